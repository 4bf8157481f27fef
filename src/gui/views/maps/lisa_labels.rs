//! Labels of the LISA maps of the Maps view in English and simplified Chinese.

use crate::gui::i18n::Text;

/// Heading of the map-kind choice.
pub const MAP_KIND: Text = Text::id("gui-lisa-map-kind");
/// Choropleth of the values.
pub const VALUES: Text = Text::id("gui-lisa-values");
/// LISA cluster map.
pub const CLUSTERS: Text = Text::id("gui-lisa-clusters");
/// LISA significance map.
pub const SIGNIFICANCE: Text = Text::id("gui-lisa-significance");
/// Help on the LISA maps.
pub const LISA_HELP: Text = Text::id("gui-lisa-lisa-help");
/// Weights picker.
pub const WEIGHTS: Text = Text::id("gui-lisa-weights");
/// Queen contiguity.
pub const QUEEN: Text = Text::id("gui-lisa-queen");
/// Rook contiguity.
pub const ROOK: Text = Text::id("gui-lisa-rook");
/// k nearest neighbours.
pub const KNN: Text = Text::id("gui-lisa-knn");
/// Inverse distance.
pub const IDW: Text = Text::id("gui-lisa-idw");
/// Number of neighbours.
pub const K: Text = Text::id("gui-lisa-k");
/// Snapping tolerance.
pub const SNAP: Text = Text::id("gui-lisa-snap");
/// Permutations.
pub const PERMUTATIONS: Text = Text::id("gui-lisa-permutations");
/// After the number of permutations.
pub const PERMUTATIONS_N: Text = Text::id("gui-lisa-permutations-n");
/// Significance level.
pub const ALPHA: Text = Text::id("gui-lisa-alpha");
/// High-High.
pub const HH: Text = Text::id("gui-lisa-hh");
/// Low-Low.
pub const LL: Text = Text::id("gui-lisa-ll");
/// Low-High.
pub const LH: Text = Text::id("gui-lisa-lh");
/// High-Low.
pub const HL: Text = Text::id("gui-lisa-hl");
/// Not significant.
pub const NOT_SIGNIFICANT: Text = Text::id("gui-lisa-not-significant");
/// No neighbours.
pub const NEIGHBOURLESS: Text = Text::id("gui-lisa-neighbourless");
/// Moran's I line.
pub const MORANS_I: Text = Text::id("gui-lisa-morans-i");
/// Permutation p-value.
pub const P_SIM: Text = Text::id("gui-lisa-p-sim");
/// Normal p-value.
pub const P_NORM: Text = Text::id("gui-lisa-p-norm");
/// Local Moran in the hover.
pub const LOCAL_I: Text = Text::id("gui-lisa-local-i");
/// Seed note.
pub const SEED: Text = Text::id("gui-lisa-seed");
