//! The Lab view's labels in English and Chinese.

use crate::gui::i18n::Text;

/// View heading.
pub const TITLE: Text =
    Text { en: "Lab: DML against naive regression", zh: "实验室：双重机器学习与朴素回归" };
/// What the lab shows.
pub const INTRO: Text = Text {
    en: "Draw many data sets from a process whose true effect is known, estimate it on each, and compare: naive OLS misses nonlinear confounding, DML with a flexible learner finds the effect.",
    zh: "从真实效应已知的数据生成过程中抽取多组数据，逐组估计并比较：朴素 OLS 无法处理非线性混杂，采用灵活学习器的双重机器学习能够找到真实效应。",
};
/// Process choice.
pub const PROCESS: Text = Text { en: "Data-generating process", zh: "数据生成过程" };
/// Nonlinear process.
pub const NONLINEAR: Text = Text { en: "Nonlinear confounding", zh: "非线性混杂" };
/// Nonlinear process, explained.
pub const NONLINEAR_HELP: Text = Text {
    en: "Independent rows; D and Y both depend on |x1| and a step in x2, which linear controls cannot absorb. True effect 0.5.",
    zh: "各行相互独立；D 与 Y 都依赖 |x1| 及 x2 的阶跃，线性控制变量无法吸收。真实效应为 0.5。",
};
/// Panel process.
pub const PANEL: Text = Text { en: "Panel with unit effects", zh: "含个体效应的面板" };
/// Panel process, explained.
pub const PANEL_HELP: Text = Text {
    en: "Units observed for 10 years, with unit effects in D and Y that the controls do not explain: errors treated as independent are too small; clustering by unit fixes the coverage. True effect 0.5.",
    zh: "每个个体观测 10 年，D 与 Y 中含有控制变量无法解释的个体效应：按独立误差计算的标准误偏小，按个体聚类可恢复覆盖率。真实效应为 0.5。",
};
/// Sample process.
pub const SAMPLE: Text = Text { en: "The bundled sample's process", zh: "内置样本的生成过程" };
/// Sample process, explained.
pub const SAMPLE_HELP: Text = Text {
    en: "A fresh synthetic province panel (2011-2022) from the bundled sample's process, with the study's baseline model (CEE on DCP, six controls). The truth is the average regional DCP effect.",
    zh: "由内置样本的生成过程重新抽取的模拟省级面板（2011-2022），采用研究的基准模型（CEE 对 DCP，六个控制变量）。真实效应为各地区 DCP 效应的平均值。",
};
/// Rows per data set.
pub const ROWS: Text = Text { en: "Rows per data set (n)", zh: "每组数据行数 (n)" };
/// Confounding strength.
pub const CONFOUNDING: Text = Text { en: "Strength of confounding", zh: "混杂强度" };
/// Confounding strength, explained.
pub const CONFOUNDING_HELP: Text = Text {
    en: "Multiplies the nonlinear confounding h(x) in D and Y: 0 removes it (naive OLS is then unbiased). Not used by the sample's process.",
    zh: "与 D 和 Y 中的非线性混杂项 h(x) 相乘：取 0 时没有混杂（此时朴素 OLS 无偏）。内置样本的生成过程不使用此项。",
};
/// Learner.
pub const LEARNER: Text = Text { en: "Flexible learner", zh: "灵活学习器" };
/// Folds.
pub const FOLDS: Text = Text { en: "Folds K", zh: "折数 K" };
/// Folds by unit.
pub const BY_UNIT: Text = Text { en: "Deal whole units to folds", zh: "按个体整体分折" };
/// Cluster.
pub const CLUSTER: Text = Text { en: "Cluster standard errors by unit", zh: "按个体聚类标准误" };
/// Units required.
pub const NEEDS_UNITS: Text = Text {
    en: "This process has no units (rows are independent).",
    zh: "该过程没有个体（各行相互独立）。",
};
/// Cross-fitting.
pub const CROSS_FITTING: Text = Text { en: "Cross-fitting", zh: "交叉拟合" };
/// No cross-fitting warning.
pub const NO_CROSS_FITTING: Text = Text {
    en: "Off: nuisances are fitted on the rows they predict. Wrong in practice: shown only to see the overfitting bias.",
    zh: "关闭：辅助函数在其预测的同一批行上拟合。实际研究中不应如此，仅用于展示过拟合偏差。",
};
/// Replications.
pub const REPLICATIONS: Text = Text { en: "Replications R", zh: "重复次数 R" };
/// Seed.
pub const SEED: Text = Text { en: "Seed", zh: "随机种子" };
/// Run.
pub const RUN: Text = Text { en: "Run the experiment", zh: "运行实验" };
/// Cancel.
pub const CANCEL: Text = Text { en: "Cancel the experiment", zh: "取消实验" };
/// Progress.
pub const DONE_OF: Text = Text { en: "replications done", zh: "次重复已完成" };
/// Changed settings.
pub const CHANGED: Text = Text {
    en: "Settings changed since this run: press Run to see them.",
    zh: "设置已更改：点击“运行实验”查看新结果。",
};
/// Nothing yet.
pub const NOTHING_YET: Text =
    Text { en: "Press Run to draw the data sets.", zh: "点击“运行实验”开始抽取数据。" };
/// Histogram heading.
pub const HISTOGRAM: Text = Text { en: "Estimates over the replications", zh: "各次重复的估计值分布" };
/// Truth line.
pub const TRUTH: Text = Text { en: "true effect", zh: "真实效应" };
/// Estimate axis.
pub const ESTIMATE: Text = Text { en: "estimate of the effect of D on Y", zh: "D 对 Y 效应的估计值" };
/// Count axis.
pub const COUNT: Text = Text { en: "data sets", zh: "数据组数" };
/// Naive OLS.
pub const NAIVE: Text = Text { en: "naive OLS", zh: "朴素 OLS" };
/// DML with OLS.
pub const DML_OLS: Text = Text { en: "DML, OLS learners", zh: "DML，OLS 学习器" };
/// DML with the learner.
pub const DML_LEARNER: Text = Text { en: "DML,", zh: "DML，" };
/// Without cross-fitting suffix.
pub const NO_CF_SUFFIX: Text = Text { en: "(no cross-fitting)", zh: "（无交叉拟合）" };
/// Table title.
pub const TABLE_TITLE: Text = Text { en: "Bias, spread and coverage", zh: "偏差、离散程度与覆盖率" };
/// Column: estimator.
pub const COL_ESTIMATOR: Text = Text { en: "Estimator", zh: "估计量" };
/// Column: bias.
pub const COL_BIAS: Text = Text { en: "Bias", zh: "偏差" };
/// Column: sd.
pub const COL_SD: Text = Text { en: "SD of estimates", zh: "估计值标准差" };
/// Column: mean se.
pub const COL_SE: Text = Text { en: "Mean SE", zh: "平均标准误" };
/// Column: coverage.
pub const COL_COVERAGE: Text = Text { en: "95% coverage", zh: "95% 覆盖率" };
/// Table note.
pub const TABLE_NOTE: Text = Text {
    en: "Bias = mean(estimate - truth); coverage = share of 95% intervals that contain the true effect (nominal 0.95). A mean SE below the SD of the estimates means the standard errors are too small.",
    zh: "偏差 = 估计值减真实值的均值；覆盖率 = 95% 置信区间包含真实效应的比例（名义值 0.95）。平均标准误小于估计值标准差，说明标准误偏小。",
};
/// Export plot.
pub const EXPORT_PLOT: Text = Text { en: "Export plot as PNG…", zh: "导出图形为 PNG…" };
/// Failed.
pub const FAILED: Text = Text { en: "The experiment failed:", zh: "实验失败：" };
