//! Interface languages: English and simplified Chinese, switchable at run time.
//!
//! Every label is a [`Text`] constant in [`tr`] holding both languages, so a label cannot exist
//! in one language only. Province names come from the registry (`name_en`, `name_zh`).

pub use crate::locale::Lang;

/// One label in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl Lang {
    /// The label in this language.
    pub fn t(self, text: &Text) -> &'static str {
        match self {
            Lang::En => text.en,
            Lang::Zh => text.zh,
        }
    }
}

/// Shorthand for defining a [`Text`].
macro_rules! text {
    ($name:ident, $en:expr, $zh:expr) => {
        #[doc = $en]
        pub const $name: Text = Text { en: $en, zh: $zh };
    };
}

/// Every label of the interface.
pub mod tr {
    use super::Text;

    // Application and menus.
    text!(APP_TITLE, "Carbon DML Explorer", "算力降碳 DML 探索器");
    text!(MENU_FILE, "File", "文件");
    text!(MENU_VIEW, "View", "视图");
    text!(MENU_HELP, "Help", "帮助");
    text!(TABLE_LANGUAGE, "Result tables", "结果表格语言");
    text!(
        TABLE_LANGUAGE_HELP,
        "Language of the result tables and of what they export (CSV, Markdown, LaTeX, copy for Word), apart from the interface's.",
        "结果表格及其导出（CSV、Markdown、LaTeX、复制到 Word）的语言，可与界面语言不同。"
    );
    text!(SAME_AS_INTERFACE, "Same as the interface", "与界面相同");
    text!(OPEN_CSV, "Open CSV…", "打开 CSV…");
    text!(OPEN_SAMPLE, "Load the bundled sample", "载入内置样本");
    text!(OPEN_SCENARIO, "Open scenario…", "打开情景…");
    text!(SAVE_SCENARIO, "Save scenario", "保存情景");
    text!(SAVE_SCENARIO_AS, "Save scenario as…", "情景另存为…");
    text!(REPRODUCE_STUDY, "Reproduce the study", "复现研究");
    text!(MESSAGE, "Message", "消息");
    text!(RECENT_FILES, "Recent files", "最近文件");
    text!(NO_RECENT, "(none yet)", "（暂无）");
    text!(QUIT, "Quit", "退出");
    text!(LANGUAGE, "Language", "语言");
    text!(THEME, "Theme", "主题");
    text!(THEME_LIGHT, "Light", "浅色");
    text!(THEME_DARK, "Dark", "深色");
    text!(ZOOM, "Zoom", "缩放");
    text!(ZOOM_IN, "Zoom in", "放大");
    text!(ZOOM_OUT, "Zoom out", "缩小");
    text!(ZOOM_RESET, "Actual size", "原始大小");
    text!(PRESENTATION, "Presentation mode (large text)", "演示模式（大字号）");
    text!(DEBUG_OVERLAY, "Frame-time overlay", "帧时间叠加层");
    text!(BUILTIN_FILE_CHOOSER, "Use the built-in file chooser", "使用内置文件选择器");
    text!(
        BUILTIN_FILE_CHOOSER_HELP,
        "Open, save and export with the chooser drawn in this window instead of the system's dialog (for desktops where the system dialog does not appear or misbehaves).",
        "打开、保存和导出时使用本窗口内的文件选择器，不使用系统文件对话框（系统对话框无法显示或工作异常时可用）。"
    );
    text!(ABOUT_STUDY, "About the study", "关于本研究");
    text!(ABOUT_METHODS, "About the methods", "关于方法");
    text!(SHORTCUTS, "Keyboard shortcuts", "键盘快捷键");
    text!(CLOSE, "Close", "关闭");
    text!(DISMISS, "Dismiss", "关闭提示");

    // Navigation.
    text!(VIEW_DATA, "Data", "数据");
    text!(VIEW_INDEX, "Index", "指数");
    text!(VIEW_MODEL, "Model", "模型");
    text!(VIEW_RESULTS, "Results", "结果");
    text!(VIEW_MAPS, "Maps", "地图");
    text!(VIEW_ROBUSTNESS, "Robustness", "稳健性");
    text!(VIEW_SCENARIOS, "Scenarios", "情景");
    text!(VIEW_LAB, "Lab", "实验室");

    // Results: comparisons beside the estimate.
    text!(
        NAIVE_OLS,
        "Naive OLS (Y on D and the controls, classical se)",
        "朴素 OLS（Y 对 D 与控制变量回归，经典标准误）"
    );
    text!(
        NAIVE_OLS_HELP,
        "The regression a reader would run without DML: linear in the controls. Where confounding is nonlinear it is biased; DML with a flexible learner is not.",
        "不使用双重机器学习时的常规回归：控制变量以线性形式进入。混杂为非线性时该估计有偏，而采用灵活学习器的双重机器学习无此偏差。"
    );
    text!(TRUE_EFFECT, "True effect built into the synthetic sample", "模拟样本中设定的真实效应");
    text!(
        TRUE_EFFECT_HELP,
        "The bundled data are synthetic: their generating process fixes this effect for every row; shown is its average over the rows this estimate used (a region or subsample gets its own), so you can see how close each estimator comes. Not shown when the index, or a log or lag of the outcome or treatment, changes what is estimated. See sample_data/README.md.",
        "内置数据为模拟数据：其生成过程为每一行设定了该效应；此处显示的是本次估计所用各行的平均值（地区或子样本各有其值），可据此判断各估计量与真实值的接近程度。若修改了指数，或对结果变量、处理变量取对数或滞后，估计目标随之改变，则不显示。详见 sample_data/README.md。"
    );

    // Status bar.
    text!(STATUS_DATA, "Data", "数据");
    text!(SYNTHETIC, "synthetic", "模拟数据");
    text!(STATUS_UP_TO_DATE, "up to date", "已更新");
    text!(STATUS_RUNNING, "estimating", "估计中");
    text!(STATUS_STALE, "stale (a change is waiting)", "已过期（有待执行的更改）");
    text!(STATUS_ERROR, "error", "错误");
    text!(STATUS_IDLE, "no estimate yet", "尚无估计");
    text!(LAST_ESTIMATE, "last estimate", "最近估计");
    text!(CANCEL, "Cancel", "取消");

    // Data view.
    text!(DATA_SOURCE, "Data source", "数据来源");
    text!(ROWS, "rows", "行");
    text!(UNITS, "units", "个单位");
    text!(YEARS, "years", "年");
    text!(CROSS_SECTION, "cross-section", "截面数据");
    text!(VALIDATION, "Validation report", "校验报告");
    text!(NO_PROBLEMS, "No problems found.", "未发现问题。");
    text!(IMPORT_FAILED, "Import failed; the previous data are kept.", "导入失败；已保留先前的数据。");
    text!(COLUMN_MAPPING, "Column mapping", "列映射");
    text!(UNIT_COLUMN, "Unit column", "单位列");
    text!(YEAR_COLUMN, "Year column", "年份列");
    text!(AUTO_DETECT, "(detect)", "（自动识别）");
    text!(NONE_CROSS_SECTION, "(none: cross-section)", "（无：截面）");
    text!(APPLY_MAPPING, "Re-import with this mapping", "按此映射重新导入");
    text!(SHEET, "Sheet", "工作表");
    text!(SHEET_AUTO, "(first sheet with a table)", "（首个含表格的工作表）");
    text!(WIDE_TABLE, "Wide table (one column per year) of", "宽表（每年一列），变量名");
    text!(
        WIDE_HINT,
        "Reshaped to the panel on import; the unit column is the first column unless chosen above.",
        "导入时转换为面板；单位列默认为第一列，也可在上方指定。"
    );
    text!(SUMMARY_STATS, "Descriptive statistics (Table 3)", "描述性统计（表 3）");
    text!(PREVIEW, "Table preview", "数据预览");
    text!(VARIABLE, "Variable", "变量");
    text!(MEAN, "Mean", "均值");
    text!(SD, "SD", "标准差");
    text!(MIN, "Min", "最小值");
    text!(MAX, "Max", "最大值");
    text!(
        SYNTHETIC_NOTE,
        "These data are synthetic: generated with known true effects, not official statistics.",
        "本数据为模拟数据：按已知真实效应生成，并非官方统计数据。"
    );
    text!(
        DROP_HINT,
        "Drop a CSV file or an Excel workbook onto the window to open it.",
        "将 CSV 文件或 Excel 工作簿拖入窗口即可打开。"
    );
    text!(ERROR, "Error", "错误");
    text!(WARNING, "Warning", "警告");
    text!(NOTE, "Note", "提示");
    text!(SELECTED, "Selected", "已选");

    // Model view.
    text!(NOT_READY, "This view is being built.", "此视图正在建设中。");
    text!(RERUN, "Re-estimate now", "立即重新估计");
    text!(RESET_BASELINE, "Study baseline", "恢复研究基准设定");
    text!(
        RESET_BASELINE_HELP,
        "Reset every model choice to the study's baseline: CEE on DCP, six controls, PLR, random forests with 500 trees, K = 5.",
        "将所有模型选项恢复为研究的基准设定：CEE 对 DCP，六个控制变量，PLR，500 棵树的随机森林，K = 5。"
    );
    text!(VARIABLES, "Variables", "变量");
    text!(OUTCOME, "Outcome Y", "被解释变量 Y");
    text!(
        OUTCOME_HELP,
        "The variable whose response we study, e.g. CEE = GDP / CO2 (carbon economic efficiency).",
        "我们研究其变化的变量，例如 CEE = GDP / CO2（碳排放经济绩效）。"
    );
    text!(TREATMENT, "Treatment D", "核心解释变量 D");
    text!(
        TREATMENT_HELP,
        "The variable whose effect theta we estimate, e.g. DCP, the computing-power index.",
        "我们估计其效应 θ 的变量，例如算力发展指数 DCP。"
    );
    text!(INSTRUMENT, "Instrument Z", "工具变量 Z");
    text!(
        INSTRUMENT_HELP,
        "For PLIV only: a variable that moves D but affects Y only through D (the study uses telegraph offices in 1907 x lagged DCP).",
        "仅用于 PLIV：影响 D、但只通过 D 影响 Y 的变量（研究使用 1907 年电报局数量 × 滞后一期 DCP）。"
    );
    text!(NONE, "none", "无");
    text!(CONTROLS, "Controls X", "控制变量 X");
    text!(
        CONTROLS_HELP,
        "Variables that may drive both D and Y (confounders). DML lets a machine-learning model find how they matter, instead of assuming straight lines.",
        "可能同时影响 D 和 Y 的变量（混杂因素）。DML 让机器学习模型去学习它们的作用方式，而不是假定线性关系。"
    );
    text!(STUDY_CONTROLS, "The study's six", "研究的六个控制变量");
    text!(CLEAR, "Clear", "清空");
    text!(MODEL, "Model", "模型");
    text!(
        PLR_HELP,
        "Partially linear regression: Y = theta D + g(X) + e. The effect of D is a straight line; the controls may act in any way.",
        "部分线性回归：Y = θD + g(X) + e。D 的效应是线性的，控制变量的作用形式可以任意。"
    );
    text!(
        PLIV_HELP,
        "Partially linear IV: as PLR, but D may be endogenous; the instrument Z identifies theta.",
        "部分线性工具变量模型：与 PLR 相同，但 D 可能是内生的，由工具变量 Z 识别 θ。"
    );
    text!(SCORE, "Score", "得分函数");
    text!(
        SCORE_HELP,
        "Partialling out regresses the residual of Y on the residual of D. IV-type (the study's own description) uses the residual of D as an instrument for D.",
        "Partialling out：用 Y 的残差对 D 的残差回归。IV-type（研究原文的描述）：用 D 的残差作为 D 的工具变量。"
    );
    text!(PARTIALLING_OUT, "partialling out", "partialling out（残差对残差）");
    text!(IV_TYPE, "IV-type", "IV-type");
    text!(LEARNERS, "Learners", "学习器");
    text!(
        LEARNERS_HELP,
        "The machine-learning models that predict Y and D from the controls. Every prediction for a row comes from a model that never saw that row (cross-fitting).",
        "根据控制变量预测 Y 和 D 的机器学习模型。每一行的预测都来自没有见过该行的模型（交叉拟合）。"
    );
    text!(PER_NUISANCE, "one per nuisance function", "每个辅助函数单独设定");
    text!(NUISANCE, "Nuisance", "辅助函数");
    text!(
        OLS_HELP,
        "Ordinary least squares: straight lines in every control. Fast; misses nonlinear confounding.",
        "普通最小二乘：各控制变量均为线性。速度快，但捕捉不到非线性混杂。"
    );
    text!(CV_FOLDS, "CV folds for the penalty", "选择惩罚参数的交叉验证折数");
    text!(TREES, "Trees", "树的数量");
    text!(
        TREES_HELP,
        "More trees give smoother, more stable predictions and take longer. The study uses 500.",
        "树越多，预测越平滑稳定，但耗时越长。研究使用 500 棵。"
    );
    text!(MAX_DEPTH, "Max depth", "最大深度");
    text!(
        MAX_DEPTH_HELP,
        "How many questions a tree may ask in a row. Unlimited (unchecked) grows each tree until its leaves are pure.",
        "一棵树最多可连续划分的层数。不勾选表示不限深度，直到叶子节点纯净。"
    );
    text!(MIN_LEAF, "Min rows per leaf", "叶子最少样本数");
    text!(
        MIN_LEAF_HELP,
        "Each leaf must keep at least this many rows. Larger values smooth the predictions.",
        "每个叶子节点至少包含的行数。数值越大，预测越平滑。"
    );
    text!(MAX_FEATURES, "Features per split", "每次划分考虑的特征数");
    text!(
        MAX_FEATURES_HELP,
        "How many controls each split may choose from. All (scikit-learn's default for regression), the square root, log2, or a fraction of them.",
        "每次划分可选用的控制变量个数：全部（scikit-learn 回归的默认值）、平方根、log2 或某一比例。"
    );
    text!(ALL, "all", "全部");
    text!(FRACTION, "fraction", "比例");
    text!(
        BOOST_TREES_HELP,
        "Boosting stages: each small tree corrects the errors of the ones before.",
        "提升的轮数：每棵小树修正之前各树的误差。"
    );
    text!(LEARNING_RATE, "Learning rate", "学习率");
    text!(
        LEARNING_RATE_HELP,
        "How much each tree's correction counts. Smaller rates need more trees.",
        "每棵树修正量的权重。学习率越小，需要的树越多。"
    );
    text!(DEPTH, "Depth", "深度");
    text!(SUBSAMPLE, "Subsample", "子样本比例");
    text!(
        SUBSAMPLE_HELP,
        "Share of rows each tree sees (1 = all, the default; below 1 is stochastic boosting).",
        "每棵树使用的行比例（1 = 全部，为默认值；小于 1 为随机梯度提升）。"
    );
    text!(
        SVR_C_HELP,
        "Penalty on errors larger than epsilon. Larger C follows the data more closely.",
        "对超过 ε 的误差的惩罚。C 越大，拟合数据越紧。"
    );
    text!(
        SVR_EPS_HELP,
        "Errors smaller than epsilon cost nothing (the tube around the fit).",
        "小于 ε 的误差不计损失（拟合线周围的管道）。"
    );
    text!(
        SVR_GAMMA_HELP,
        "Width of the RBF kernel. 'scale' = 1 / (number of controls x variance), as scikit-learn.",
        "RBF 核的宽度。'scale' = 1 / (控制变量个数 × 方差)，与 scikit-learn 相同。"
    );
    text!(FIXED, "fixed", "固定值");
    text!(CROSS_FITTING, "Cross-fitting and inference", "交叉拟合与推断");
    text!(FOLDS, "Folds K", "折数 K");
    text!(
        FOLDS_HELP,
        "The data are split into K parts; each part is predicted by models trained on the other K-1. The study uses 5, and 4 and 8 as checks.",
        "数据被分为 K 份，每一份由在其余 K-1 份上训练的模型预测。研究使用 5，并以 4 和 8 做稳健性检验。"
    );
    text!(REPETITIONS, "Repetitions", "重复次数");
    text!(
        REPETITIONS_HELP,
        "Repeat the random split several times and take the median, so the answer depends less on one lucky or unlucky split.",
        "多次重复随机划分并取中位数，使结果较少依赖某一次划分。"
    );
    text!(FOLD_SCHEME, "Fold assignment", "分折方式");
    text!(
        FOLD_SCHEME_HELP,
        "Random rows (as in the study), all years of a unit together (no leakage across years of one province: recommended for panels), or a fold-id column of the data (to match other software exactly).",
        "随机按行（与研究相同）；按单位（同一省份的所有年份在同一折，避免跨年信息泄漏，推荐用于面板）；或按数据中的分折列（便于与其他软件精确比对）。"
    );
    text!(RANDOM_ROWS, "random rows", "随机按行");
    text!(BY_UNIT, "by unit", "按单位");
    text!(FOLD_COLUMN, "column", "分折列");
    text!(CLUSTER, "Clustered SE", "聚类标准误");
    text!(
        CLUSTER_HELP,
        "Rows of the same province are not independent. Clustering by unit (or by unit and year) widens the standard error accordingly.",
        "同一省份的各行并不独立。按单位（或按单位和年份）聚类会相应放大标准误。"
    );
    text!(UNIT_AND_YEAR, "unit and year", "单位和年份");
    text!(AGGREGATION, "Combine repetitions", "合并重复结果");
    text!(
        AGGREGATION_HELP,
        "DoubleML 0.11: median estimate, median interval bounds. The older rule: median of n se^2 + (theta_r - theta)^2.",
        "DoubleML 0.11：估计值取中位数，区间取各次上下限的中位数。旧规则：n se² + (θ_r - θ)² 的中位数。"
    );
    text!(MEDIAN_VARIANCE, "median variance (older rule)", "方差中位数（旧规则）");
    text!(SEED, "Seed", "随机种子");
    text!(
        SEED_HELP,
        "One number drives every random choice (folds, trees). The same seed gives exactly the same result.",
        "一个数字决定所有随机选择（分折、树）。相同的种子给出完全相同的结果。"
    );
    text!(FIXED_EFFECTS, "Fixed effects", "固定效应");
    text!(
        FIXED_EFFECTS_HELP,
        "Absorb everything constant within a province (unit) or common to a year (year). As dummy controls, or by subtracting unit means (within).",
        "吸收省份内不随时间变化的因素（单位）或同一年份共有的因素（年份）。可作为虚拟变量加入控制变量，或减去单位均值（组内变换）。"
    );
    text!(FE_UNIT, "unit", "单位");
    text!(FE_YEAR, "year", "年份");
    text!(FE_UNIT_YEAR, "unit + year", "单位 + 年份");
    text!(
        FE_INTERACTIVE_NOTE,
        "The study's 'province x year interactive fixed effects' are offered as unit + year effects: with one row per province-year, a literal province x year dummy would equal one row each and absorb everything.",
        "研究中的“省份 × 年份交互固定效应”在此实现为单位 + 年份固定效应：每个省份-年份只有一行，字面意义上的省份 × 年份虚拟变量会吸收全部变异。"
    );
    text!(FE_WITHIN, "within (demean)", "组内变换（去均值）");
    text!(TRANSFORMS, "Transforms", "变量变换");
    text!(INTERPOLATE, "Interpolate gaps within unit", "单位内线性插值补缺");
    text!(
        INTERPOLATE_HELP,
        "Fill interior missing years of a province linearly (the study's rule). Otherwise rows with missing values are dropped and counted.",
        "按年份对省份内部缺失值线性插值（研究采用的方法）。否则含缺失值的行将被删除并计数。"
    );
    text!(LAG_TREATMENT, "Lag the treatment one year", "核心解释变量滞后一期");
    text!(LAG_HELP, "Use last year's D (drops each unit's first year).", "使用上一年的 D（删除各单位的第一年）。");
    text!(IV_TIMES_LAG, "Instrument x lagged treatment", "工具变量 × 滞后一期核心解释变量");
    text!(
        IV_TIMES_LAG_HELP,
        "The study's instrument: telegraph offices in 1907 times DCP of the previous year.",
        "研究的工具变量：1907 年电报局数量乘以上一年的 DCP。"
    );
    text!(WINSORIZE, "Winsorize controls", "控制变量缩尾");
    text!(
        WINSORIZE_HELP,
        "Replace values beyond the chosen percentiles by the percentile (the study: 1% and 99%).",
        "将超出所选分位数的值替换为该分位数（研究：1% 和 99%）。"
    );
    text!(SQUARES, "Add squared controls", "加入控制变量二次项");
    text!(
        SQUARES_HELP,
        "Add x^2 for every control (the study's robustness check for nonlinearity).",
        "为每个控制变量加入平方项（研究中针对非线性的稳健性检验）。"
    );
    text!(LOG_COLUMNS, "Natural log of columns", "对列取自然对数");
    text!(SAMPLE_FILTER, "Sample", "样本");
    text!(
        SAMPLE_FILTER_HELP,
        "Estimate on a subsample: years, regions, coastal or inland provinces, or a condition on any column (e.g. environmental regulation above its median).",
        "在子样本上估计：年份、区域、沿海或内陆省份，或对任意列设定条件（例如环境规制高于中位数）。"
    );
    text!(YEARS_RANGE, "Years", "年份");
    text!(REGION, "Region", "区域");
    text!(EAST, "east", "东部");
    text!(CENTRAL, "central", "中部");
    text!(WEST, "west", "西部");
    text!(COAST, "Coast", "沿海");
    text!(COASTAL, "coastal", "沿海");
    text!(INLAND, "inland", "内陆");
    text!(ADD_CONDITION, "+ condition on a column", "+ 按列添加条件");
    text!(CURRENT_SAMPLE, "Estimation sample", "估计样本");

    // Results view.
    text!(WAITING_FOR_ESTIMATE, "Waiting for the first estimate…", "正在等待首次估计结果…");
    text!(SPEC_DOES_NOT_FIT, "The model set-up does not fit the data:", "模型设定与数据不符：");
    text!(GO_TO_MODEL, "Go to the Model view", "前往模型视图");
    text!(NOTES, "Notes", "说明");
    text!(PLOT_RESIDUALS, "Residual on residual", "残差对残差");
    text!(PLOT_NUISANCE, "Nuisance fit", "辅助函数拟合");
    text!(PLOT_REPETITIONS, "Repetitions", "各次重复");
    text!(PLOT_INSTRUMENT, "First stage and AR set", "第一阶段与 AR 置信集");
    text!(EXPORT_PLOT_PNG, "Export plot as PNG…", "导出图形为 PNG…");
    text!(NUISANCE_FIT, "Out-of-fold fit of each nuisance function", "各辅助函数的样本外拟合");
    text!(TARGET, "Target", "目标变量");
    text!(NO_RESIDUALS, "No residuals to plot.", "没有可绘制的残差。");
    text!(ACTUAL, "actual", "实际值");
    text!(PREDICTED, "predicted (out of fold)", "预测值（样本外）");
    text!(REPETITION, "repetition", "重复序号");
    text!(AGGREGATED, "aggregated θ", "汇总 θ");
    text!(FIRST_STAGE, "First stage", "第一阶段");
    text!(
        WEAK_INSTRUMENT,
        "weak instrument (F < 10): trust the Anderson-Rubin set, not the Wald interval",
        "弱工具变量（F < 10）：应参考 Anderson-Rubin 置信集，而非 Wald 区间"
    );
    text!(COPY_TABLE, "Copy table", "复制表格");
    text!(
        COPY_TABLE_HELP,
        "Copy as tab-separated text: paste into Word or Excel.",
        "复制为制表符分隔文本，可粘贴到 Word 或 Excel。"
    );
    text!(EXPORT, "Export", "导出");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_pick() {
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::Zh.t(&tr::VIEW_DATA), "数据");
        assert_eq!(Lang::Zh.province("45"), "广西");
        assert_eq!(Lang::En.province("广西壮族自治区"), "Guangxi");
        assert_eq!(Lang::Zh.province("C001"), "C001");
    }
}
