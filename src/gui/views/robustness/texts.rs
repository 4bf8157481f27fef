//! Labels of the Robustness view, in English and Chinese.

use crate::gui::i18n::Text;

/// View title.
pub const TITLE: Text = Text { en: "Robustness", zh: "稳健性" };
/// What the view does.
pub const INTRO: Text = Text {
    en: "Runs the study's empirical section (Tables 3-11 and the maps) on the current data, with your Model set-up as the baseline, and marks which conclusions hold.",
    zh: "在当前数据上运行研究的全部实证部分（表 3-11 与地图），以模型视图中的设定为基准，并标出哪些结论成立。",
};
/// Run button.
pub const RUN: Text = Text { en: "Run the battery", zh: "运行全部检验" };
/// Run button hover.
pub const RUN_HELP: Text = Text {
    en: "Estimate every table of the study in the background (about 20-30 DML estimates). The window stays usable.",
    zh: "在后台估计研究的每张表（约 20-30 次 DML 估计），窗口可照常使用。",
};
/// Rerun button.
pub const RERUN: Text = Text { en: "Run again", zh: "重新运行" };
/// Cancel button.
pub const CANCEL: Text = Text { en: "Cancel", zh: "取消" };
/// Automatic rerun toggle.
pub const AUTO: Text = Text { en: "Rerun when the set-up changes", zh: "设定改变时自动重新运行" };
/// Automatic rerun hover.
pub const AUTO_HELP: Text = Text {
    en: "While this view is open, a change of data, index or model starts the battery again after the live estimate.",
    zh: "本视图打开时，数据、指数或模型的改变会在实时估计之后重新启动全部检验。",
};
/// Nothing run yet.
pub const NOT_RUN: Text = Text {
    en: "The battery has not run on this data yet. Press \"Run the battery\".",
    zh: "尚未在当前数据上运行全部检验。请点击“运行全部检验”。",
};
/// Waiting for derived variables.
pub const WAITING: Text = Text { en: "Computing the derived variables…", zh: "正在计算派生变量…" };
/// Results are out of date.
pub const STALE: Text = Text {
    en: "The set-up or the data changed since this battery ran: the tables below are out of date.",
    zh: "运行后设定或数据已改变：下列表格已过时。",
};
/// Up to date.
pub const UP_TO_DATE: Text = Text { en: "up to date", zh: "已更新" };
/// Cancelled.
pub const CANCELLED: Text = Text { en: "Cancelled.", zh: "已取消。" };
/// Failure heading.
pub const FAILED: Text = Text { en: "The battery could not run", zh: "全部检验无法运行" };
/// Summary heading.
pub const SUMMARY: Text = Text { en: "Does the conclusion hold?", zh: "结论是否成立？" };
/// Verdict: holds.
pub const HOLDS: Text = Text { en: "holds", zh: "成立" };
/// Verdict: not significant.
pub const NOT_SIGNIFICANT: Text = Text { en: "same sign, not significant", zh: "符号相同但不显著" };
/// Verdict: opposite sign.
pub const OPPOSITE: Text = Text { en: "opposite sign", zh: "符号相反" };
/// Verdict: not estimated.
pub const NOT_ESTIMATED: Text = Text { en: "not estimated", zh: "未估计" };
/// Column heading of the marks.
pub const CONCLUSIONS: Text = Text { en: "Conclusions", zh: "结论" };
/// Items without results.
pub const PROBLEMS: Text = Text { en: "Skipped or failed", zh: "跳过或失败" };
/// Maps section.
pub const MAPS: Text = Text { en: "Maps (first and last year)", zh: "地图（首年与末年）" };
/// Open a map.
pub const SHOW_MAP: Text = Text { en: "Show in Maps", zh: "在地图中查看" };
/// Export of the whole report.
pub const EXPORT_REPORT: Text = Text { en: "Export the report…", zh: "导出报告…" };
/// Export hover.
pub const EXPORT_REPORT_HELP: Text = Text {
    en: "Write tables.md, tables.tex, one CSV per table, the figures and report.json into a folder (as `carbon-dml report`).",
    zh: "将 tables.md、tables.tex、每张表的 CSV、图和 report.json 写入一个文件夹（与 carbon-dml report 相同）。",
};
/// Export done.
pub const EXPORTED: Text = Text { en: "Report written to", zh: "报告已写入" };
/// Duration label.
pub const TOOK: Text = Text { en: "took", zh: "耗时" };
/// Specification curve heading.
pub const CURVE: Text = Text { en: "Specification curve", zh: "设定曲线" };
/// Specification curve explanation.
pub const CURVE_INTRO: Text = Text {
    en: "Tick the choices to combine. Every combination is estimated; the estimates are sorted with their 95% intervals above and the choices each one uses below. An empty group keeps the Model view's setting.",
    zh: "勾选要组合的选项。每种组合都会被估计；上方按大小排列估计值及其 95% 置信区间，下方标出每个估计所用的选项。未勾选的组保持模型视图中的设定。",
};
/// Learners group.
pub const LEARNERS: Text = Text { en: "Learners", zh: "学习器" };
/// Folds group.
pub const FOLDS: Text = Text { en: "Folds K", zh: "折数 K" };
/// Index group.
pub const INDEX: Text = Text { en: "Index", zh: "指数" };
/// Entropy index choice.
pub const ENTROPY: Text = Text { en: "as in the Index view", zh: "同指数视图" };
/// Winsorize group.
pub const WINSOR: Text = Text { en: "Winsorized controls", zh: "控制变量缩尾" };
/// Squares group.
pub const SQUARES: Text = Text { en: "Squared controls", zh: "控制变量平方项" };
/// Fixed-effects group.
pub const FE: Text = Text { en: "Fixed effects", zh: "固定效应" };
/// Fold-scheme group.
pub const SCHEME: Text = Text { en: "Fold scheme", zh: "分折方式" };
/// No.
pub const NO: Text = Text { en: "no", zh: "否" };
/// Yes.
pub const YES: Text = Text { en: "yes", zh: "是" };
/// Random folds.
pub const RANDOM: Text = Text { en: "random", zh: "随机" };
/// Folds by unit.
pub const BY_UNIT: Text = Text { en: "by unit", zh: "按省份" };
/// Number of specifications.
pub const COUNT: Text = Text { en: "specifications", zh: "个设定" };
/// Run the curve.
pub const RUN_CURVE: Text = Text { en: "Run the curve", zh: "运行设定曲线" };
/// Share of significant same-sign estimates.
pub const SHARE: Text =
    Text { en: "significant (5%) with the median's sign", zh: "与中位数同号且在 5% 水平显著" };
/// Estimates axis.
pub const ESTIMATE: Text = Text { en: "estimate θ", zh: "估计值 θ" };
/// Rank axis.
pub const RANK: Text = Text { en: "specifications, sorted by θ", zh: "按 θ 排序的设定" };
/// Significant legend.
pub const SIGNIFICANT: Text = Text { en: "significant, median's sign", zh: "显著且与中位数同号" };
/// Other estimates legend.
pub const OTHER: Text = Text { en: "other", zh: "其他" };
/// Baseline line legend.
pub const BASELINE: Text = Text { en: "baseline", zh: "基准" };
/// Failures of the curve.
pub const CURVE_FAILED: Text = Text { en: "could not be estimated", zh: "无法估计" };
/// Export of the curve.
pub const EXPORT_CURVE: Text = Text { en: "Export PNG…", zh: "导出 PNG…" };
/// Heading of the true effects beside a table's estimates (bundled sample only).
pub const TRUE_EFFECTS: Text =
    Text { en: "True effect built into the synthetic sample", zh: "模拟样本中设定的真实效应" };
/// Hover of the true effects.
pub const TRUE_EFFECTS_HELP: Text = Text {
    en: "The bundled data are synthetic with known effects. Each number is the true effect averaged over the rows that column used, so a subgroup (a region, the coastal provinces, regulation above its median) gets its own; for TFEE, a score relative to each year's frontier, it is the average derivative of each row's own score, measured by finite differences. Columns whose treatment is another index (PCA) or is lagged or logged have none.",
    zh: "内置数据为效应已知的模拟数据。每个数值是该列所用各行真实效应的平均值，因此各子样本（地区、沿海省份、环境规制高于中位数）各有其值；TFEE 为相对于每年前沿的得分，其值为各行自身得分导数的平均值（有限差分计算）。处理变量为其他指数（PCA）或经过滞后、取对数的列不显示。",
};
