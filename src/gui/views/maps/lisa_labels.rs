//! Labels of the LISA maps of the Maps view in English and simplified Chinese.

use crate::gui::i18n::Text;

/// Heading of the map-kind choice.
pub const MAP_KIND: Text = Text { en: "Map", zh: "地图类型" };
/// Choropleth of the values.
pub const VALUES: Text = Text { en: "Values (choropleth)", zh: "数值（分级设色）" };
/// LISA cluster map.
pub const CLUSTERS: Text = Text { en: "LISA cluster map", zh: "LISA 聚类图" };
/// LISA significance map.
pub const SIGNIFICANCE: Text = Text { en: "LISA significance map", zh: "LISA 显著性图" };
/// Help on the LISA maps.
pub const LISA_HELP: Text = Text {
    en: "Local Moran (Anselin 1995) on row-standardized weights, conditional permutation p-values; \
         the variable's units in the shown year only.",
    zh: "局部 Moran 指数（Anselin 1995），行标准化权重，条件置换 p 值；仅用所示年份有数值的单元。",
};
/// Weights picker.
pub const WEIGHTS: Text = Text { en: "Spatial weights", zh: "空间权重" };
/// Queen contiguity.
pub const QUEEN: Text = Text { en: "Queen contiguity", zh: "后邻接（Queen）" };
/// Rook contiguity.
pub const ROOK: Text = Text { en: "Rook contiguity", zh: "车邻接（Rook）" };
/// k nearest neighbours.
pub const KNN: Text = Text { en: "k nearest neighbours", zh: "k 近邻" };
/// Inverse distance.
pub const IDW: Text = Text { en: "Inverse distance", zh: "反距离" };
/// Number of neighbours.
pub const K: Text = Text { en: "k", zh: "k" };
/// Snapping tolerance.
pub const SNAP: Text = Text { en: "Snap (km)", zh: "容差（公里）" };
/// Permutations.
pub const PERMUTATIONS: Text = Text { en: "Permutations", zh: "置换次数" };
/// After the number of permutations.
pub const PERMUTATIONS_N: Text = Text { en: "permutations", zh: "次置换" };
/// Significance level.
pub const ALPHA: Text = Text { en: "Significance level", zh: "显著性水平" };
/// High-High.
pub const HH: Text = Text { en: "High-High", zh: "高-高" };
/// Low-Low.
pub const LL: Text = Text { en: "Low-Low", zh: "低-低" };
/// Low-High.
pub const LH: Text = Text { en: "Low-High", zh: "低-高" };
/// High-Low.
pub const HL: Text = Text { en: "High-Low", zh: "高-低" };
/// Not significant.
pub const NOT_SIGNIFICANT: Text = Text { en: "Not significant", zh: "不显著" };
/// No neighbours.
pub const NEIGHBOURLESS: Text = Text { en: "No neighbours", zh: "无邻居" };
/// Moran's I line.
pub const MORANS_I: Text = Text { en: "Moran's I", zh: "Moran 指数 I" };
/// Permutation p-value.
pub const P_SIM: Text = Text { en: "pseudo p", zh: "伪 p 值" };
/// Normal p-value.
pub const P_NORM: Text = Text { en: "p (normal)", zh: "p（正态）" };
/// Local Moran in the hover.
pub const LOCAL_I: Text = Text { en: "local I", zh: "局部 I" };
/// Seed note.
pub const SEED: Text = Text { en: "seed", zh: "种子" };
