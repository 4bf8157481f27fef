//! The Index view's labels, in English and simplified Chinese.

use crate::gui::i18n::Text;

/// Title of the weights table.
pub const WEIGHTS_TABLE: Text = Text { en: "Indicator weights", zh: "指标权重" };
/// Column: indicator.
pub const INDICATOR: Text = Text { en: "Indicator", zh: "指标" };
/// Column: dimension.
pub const DIMENSION: Text = Text { en: "Dimension", zh: "维度" };
/// Column: direction.
pub const DIRECTION: Text = Text { en: "Direction", zh: "方向" };
/// Positive direction.
pub const POSITIVE: Text = Text { en: "+ positive", zh: "+ 正向" };
/// Negative direction.
pub const NEGATIVE: Text = Text { en: "− negative", zh: "− 负向" };
/// Hover text of the direction button.
pub const DIRECTION_HELP: Text = Text {
    en: "Click to flip. Positive: larger values mean more development, x' = (x − min)/(max − min). \
         Negative (e.g. data-centre PUE): smaller is better, x' = (max − x)/(max − min).",
    zh: "点击切换。正向：数值越大发展水平越高，x' = (x − min)/(max − min)。\
         负向（如数据中心 PUE）：越小越好，x' = (max − x)/(max − min)。",
};
/// Hover text of the dimension choice.
pub const DIMENSION_HELP: Text = Text {
    en: "The dimension this indicator belongs to: each dimension gets its own sub-index DCP_<dimension>.",
    zh: "该指标所属的维度：每个维度单独构成分维度指数 DCP_<维度>。",
};
/// Entropy weights.
pub const ENTROPY: Text = Text { en: "Entropy", zh: "熵权法" };
/// PCA, first component.
pub const PCA_FIRST: Text = Text { en: "PCA (first component)", zh: "主成分（第一主成分）" };
/// PCA, Kaiser rule.
pub const PCA_KAISER: Text = Text { en: "PCA (eigenvalue > 1)", zh: "主成分（特征值 > 1）" };
/// Column header of the PCA weights.
pub const PCA_COLUMN: Text = Text { en: "PCA", zh: "主成分" };
/// Hover text of the PCA column.
pub const PCA_COLUMN_HELP: Text = Text {
    en: "Coefficients of the PCA score on the standardized indicators, b_j / Σ|b|; they can be negative. \
         The PCA index is that score rescaled to [0, 1], not a weighted sum of x'.",
    zh: "主成分得分在标准化指标上的系数 b_j / Σ|b|，可能为负。主成分指数是该得分缩放到 [0, 1]，而非 x' 的加权和。",
};
/// Equal weights.
pub const EQUAL: Text = Text { en: "Equal", zh: "等权" };
/// Manual weights.
pub const MANUAL: Text = Text { en: "Manual", zh: "手动" };
/// Column: two-level weight.
pub const TWO_LEVEL_COLUMN: Text = Text { en: "Two-level", zh: "两级" };
/// Column: the weight in use (slider).
pub const WEIGHT_IN_USE: Text = Text { en: "Weight in use", zh: "当前权重" };
/// Column: within-dimension weight (slider, two-level weighting).
pub const WITHIN_DIMENSION: Text = Text { en: "Weight within dimension", zh: "维度内权重" };
/// Column: lock.
pub const LOCK: Text = Text { en: "Lock", zh: "锁定" };
/// Hover text of a lock.
pub const LOCK_HELP: Text = Text {
    en: "A locked weight stays where it is while you move the other sliders.",
    zh: "锁定的权重在拖动其他滑块时保持不变。",
};
/// Hover text of a weight slider.
pub const SLIDER_HELP: Text = Text {
    en: "Drag to set this weight by hand. The method becomes manual, starting from the weights in use; \
         the unlocked weights absorb the change in proportion, so the total stays 1.",
    zh: "拖动以手动设定该权重。赋权方法随即改为手动，从当前权重出发；未锁定的权重按比例吸收变化，总和保持为 1。",
};
/// Hover text of a within-dimension slider.
pub const WITHIN_SLIDER_HELP: Text = Text {
    en: "Drag to set this weight within its dimension (manual weights). The other unlocked indicators of \
         the same dimension absorb the change, so the weights of each dimension sum to 1.",
    zh: "拖动以设定该指标在其维度内的权重（手动赋权）。同一维度中未锁定的其他指标按比例吸收变化，每个维度内权重之和为 1。",
};
/// Hover text of the remove button.
pub const REMOVE_HELP: Text = Text { en: "Remove this indicator from the index", zh: "从指数中移除该指标" };
/// Sum row.
pub const SUM: Text = Text { en: "Sum", zh: "合计" };
/// Add an indicator.
pub const ADD_INDICATOR: Text = Text { en: "+ Add an indicator", zh: "+ 添加指标" };
/// No dimension.
pub const NO_DIMENSION: Text = Text { en: "(none)", zh: "（无）" };
/// New dimension text field.
pub const NEW_DIMENSION: Text = Text { en: "New dimension", zh: "新维度" };
/// Restore the study's index.
pub const STUDY_INDEX: Text = Text { en: "The study's index", zh: "原文指数" };
/// Hover text of the study button.
pub const STUDY_INDEX_HELP: Text = Text {
    en: "Restore the study's ten indicators in four dimensions, entropy weights, normalization over the \
         whole panel and the shift 0.0001.",
    zh: "恢复原文四个维度的十个指标、熵权法、全样本标准化与平移量 0.0001。",
};
/// Method switch.
pub const METHOD: Text = Text { en: "Weighting method", zh: "赋权方法" };
/// Hover text of the method switch.
pub const METHOD_HELP: Text = Text {
    en: "Entropy: indicators whose values differ more across provinces and years get more weight \
         (w_j ∝ 1 − e_j). PCA: weights from the principal components of the standardized indicators. \
         Equal: 1/k each. Manual: your own weights (drag a slider).",
    zh: "熵权法：在各省份和年份间差异越大的指标权重越大（w_j ∝ 1 − e_j）。主成分：由标准化指标的主成分确定权重。\
         等权：每个指标 1/k。手动：自行设定（拖动滑块）。",
};
/// Normalization.
pub const NORMALIZATION: Text = Text { en: "Min-max normalization", zh: "极差标准化" };
/// Normalization over the whole panel.
pub const WHOLE_PANEL: Text = Text { en: "over the whole panel", zh: "全样本" };
/// Normalization per year.
pub const PER_YEAR: Text = Text { en: "within each year", zh: "逐年" };
/// Hover text of the normalization.
pub const NORMALIZATION_HELP: Text = Text {
    en: "min and max are taken over all provinces and years (the study), or within each year, which \
         removes the common trend: a province's index then shows its rank within the year.",
    zh: "最小值和最大值取自全部省份和年份（原文做法），或在每一年内分别计算；后者剔除共同趋势，指数反映省份在当年的相对位置。",
};
/// Shift.
pub const SHIFT: Text = Text { en: "Shift", zh: "平移量" };
/// Hover text of the shift.
pub const SHIFT_HELP: Text = Text {
    en: "Added to every normalized value so that ln p stays finite in the entropy weights (the study uses \
         0.0001). 0 is allowed when no normalized value is zero.",
    zh: "加在每个标准化值上，使熵权计算中的 ln p 有意义（原文取 0.0001）。当标准化值中没有 0 时可取 0。",
};
/// The button that restores the study's shift.
pub const STUDY_SHIFT: Text = Text { en: "study: 0.0001", zh: "原文：0.0001" };
/// Hover text of the button that restores the study's shift.
pub const STUDY_SHIFT_HELP: Text = Text { en: "Back to the study's shift", zh: "恢复原文的平移量" };
/// Two-level weighting.
pub const TWO_LEVEL: Text = Text { en: "Two-level weighting", zh: "两级赋权" };
/// Hover text of two-level weighting.
pub const TWO_LEVEL_HELP: Text = Text {
    en: "Weight of an indicator = weight of its dimension × its weight within the dimension (entropy, equal \
         or manual inside each dimension). Not available with PCA.",
    zh: "指标权重 = 所属维度的权重 × 维度内权重（维度内用熵权、等权或手动）。不能与主成分法同时使用。",
};
/// PCA disabled under two-level weighting.
pub const PCA_NOT_TWO_LEVEL: Text = Text {
    en: "PCA cannot be combined with two-level weighting.",
    zh: "主成分法不能与两级赋权同时使用。",
};
/// Dimension weights.
pub const DIMENSION_WEIGHTS: Text = Text { en: "Dimension weights", zh: "维度权重" };
/// Entropy weights of the sub-indices.
pub const DIM_ENTROPY: Text = Text { en: "entropy of the sub-indices", zh: "分维度指数的熵权" };
/// The index cannot be built.
pub const INDEX_ERROR: Text =
    Text { en: "The index cannot be built with these settings:", zh: "按当前设置无法构建指数：" };
/// A method's column is empty.
pub const COLUMN_EMPTY: Text = Text { en: "Column left empty", zh: "空列原因" };
/// Rows used.
pub const ROWS_USED: Text = Text { en: "rows with every indicator present", zh: "所有指标均有值的行" };
/// Time to build the table.
pub const TABLE_TIME: Text = Text { en: "table computed in", zh: "权重表计算耗时" };
/// DCP by region plot.
pub const DCP_BY_REGION: Text =
    Text { en: "DCP over time by region (mean per year)", zh: "各地区 DCP 的年均值" };
/// Sub-indices plot.
pub const SUB_INDICES: Text =
    Text { en: "Sub-indices over time (national mean per year)", zh: "分维度指数的年均值（全国）" };
/// National mean.
pub const NATIONAL: Text = Text { en: "national mean", zh: "全国均值" };
/// Year axis.
pub const YEAR: Text = Text { en: "year", zh: "年份" };
/// DCP not available.
pub const NO_DCP: Text = Text {
    en: "DCP is not available on the current data: see its status under Definitions below.",
    zh: "当前数据上没有 DCP：其状态见下方“定义”。",
};
/// No year column.
pub const NO_YEARS: Text = Text {
    en: "The data have no year column: nothing to plot over time.",
    zh: "数据没有年份列，无法按时间作图。",
};
/// Regions from a column.
pub const REGIONS_FROM_COLUMN: Text =
    Text { en: "Regions from the data's region3 column.", zh: "地区取自数据中的 region3 列。" };
/// No regions.
pub const NO_REGIONS: Text = Text {
    en: "The units are not provinces and the data have no region3 column: only the national mean is shown.",
    zh: "单位不是省份且数据中没有 region3 列：只显示全国均值。",
};
/// The derived data are being recomputed.
pub const UPDATING: Text = Text { en: "recomputing the index…", zh: "正在重新计算指数…" };
/// Definitions panel.
pub const DEFINITIONS: Text = Text { en: "Definitions of the derived variables", zh: "派生变量的定义" };
/// Formula.
pub const FORMULA: Text = Text { en: "Formula", zh: "公式" };
/// Source.
pub const SOURCE: Text = Text { en: "Source", zh: "来源" };
/// Status: computed.
pub const COMPUTED: Text = Text { en: "computed on the current data", zh: "已用当前数据计算" };
/// Status: in the data.
pub const IN_DATA: Text = Text { en: "taken from the data (not recomputed)", zh: "取自数据（未重新计算）" };
/// Status: skipped.
pub const SKIPPED: Text = Text { en: "not computed; missing columns", zh: "未计算；缺少的列" };
/// Status: failed.
pub const FAILED: Text = Text { en: "failed", zh: "计算失败" };
/// Status: pending.
pub const PENDING: Text = Text { en: "being computed…", zh: "正在计算…" };
/// Status: no sub-index.
pub const NO_SUB_INDEX: Text =
    Text { en: "no sub-index (no indicator has a dimension)", zh: "无分维度指数（没有指标设定维度）" };
/// Current settings of the index.
pub const IN_USE: Text = Text { en: "In use", zh: "当前设置" };
