//! The Index view's labels, in English and simplified Chinese.

use crate::gui::i18n::Text;

/// Title of the weights table.
pub const WEIGHTS_TABLE: Text = Text::id("gui-index-weights-table");
/// Column: indicator.
pub const INDICATOR: Text = Text::id("gui-index-indicator");
/// Column: dimension.
pub const DIMENSION: Text = Text::id("gui-index-dimension");
/// Column: direction.
pub const DIRECTION: Text = Text::id("gui-index-direction");
/// Positive direction.
pub const POSITIVE: Text = Text::id("gui-index-positive");
/// Negative direction.
pub const NEGATIVE: Text = Text::id("gui-index-negative");
/// Hover text of the direction button.
pub const DIRECTION_HELP: Text = Text::id("gui-index-direction-help");
/// Hover text of the dimension choice.
pub const DIMENSION_HELP: Text = Text::id("gui-index-dimension-help");
/// Entropy weights.
pub const ENTROPY: Text = Text::id("gui-index-entropy");
/// PCA, first component.
pub const PCA_FIRST: Text = Text::id("gui-index-pca-first");
/// PCA, Kaiser rule.
pub const PCA_KAISER: Text = Text::id("gui-index-pca-kaiser");
/// Column header of the PCA weights.
pub const PCA_COLUMN: Text = Text::id("gui-index-pca-column");
/// Hover text of the PCA column.
pub const PCA_COLUMN_HELP: Text = Text::id("gui-index-pca-column-help");
/// Equal weights.
pub const EQUAL: Text = Text::id("gui-index-equal");
/// Manual weights.
pub const MANUAL: Text = Text::id("gui-index-manual");
/// Column: two-level weight.
pub const TWO_LEVEL_COLUMN: Text = Text::id("gui-index-two-level-column");
/// Column: the weight in use (slider).
pub const WEIGHT_IN_USE: Text = Text::id("gui-index-weight-in-use");
/// Column: within-dimension weight (slider, two-level weighting).
pub const WITHIN_DIMENSION: Text = Text::id("gui-index-within-dimension");
/// Column: lock.
pub const LOCK: Text = Text::id("gui-index-lock");
/// Hover text of a lock.
pub const LOCK_HELP: Text = Text::id("gui-index-lock-help");
/// Hover text of a weight slider.
pub const SLIDER_HELP: Text = Text::id("gui-index-slider-help");
/// Hover text of a within-dimension slider.
pub const WITHIN_SLIDER_HELP: Text = Text::id("gui-index-within-slider-help");
/// Hover text of the remove button.
pub const REMOVE_HELP: Text = Text::id("gui-index-remove-help");
/// Sum row.
pub const SUM: Text = Text::id("gui-index-sum");
/// Add an indicator.
pub const ADD_INDICATOR: Text = Text::id("gui-index-add-indicator");
/// No dimension.
pub const NO_DIMENSION: Text = Text::id("gui-index-no-dimension");
/// New dimension text field.
pub const NEW_DIMENSION: Text = Text::id("gui-index-new-dimension");
/// Restore the study's index.
pub const STUDY_INDEX: Text = Text::id("gui-index-study-index");
/// Hover text of the study button.
pub const STUDY_INDEX_HELP: Text = Text::id("gui-index-study-index-help");
/// Method switch.
pub const METHOD: Text = Text::id("gui-index-method");
/// Hover text of the method switch.
pub const METHOD_HELP: Text = Text::id("gui-index-method-help");
/// Normalization.
pub const NORMALIZATION: Text = Text::id("gui-index-normalization");
/// Normalization over the whole panel.
pub const WHOLE_PANEL: Text = Text::id("gui-index-whole-panel");
/// Normalization per year.
pub const PER_YEAR: Text = Text::id("gui-index-per-year");
/// Hover text of the normalization.
pub const NORMALIZATION_HELP: Text = Text::id("gui-index-normalization-help");
/// Shift.
pub const SHIFT: Text = Text::id("gui-index-shift");
/// Hover text of the shift.
pub const SHIFT_HELP: Text = Text::id("gui-index-shift-help");
/// The button that restores the study's shift.
pub const STUDY_SHIFT: Text = Text::id("gui-index-study-shift");
/// Hover text of the button that restores the study's shift.
pub const STUDY_SHIFT_HELP: Text = Text::id("gui-index-study-shift-help");
/// Two-level weighting.
pub const TWO_LEVEL: Text = Text::id("gui-index-two-level");
/// Hover text of two-level weighting.
pub const TWO_LEVEL_HELP: Text = Text::id("gui-index-two-level-help");
/// PCA disabled under two-level weighting.
pub const PCA_NOT_TWO_LEVEL: Text = Text::id("gui-index-pca-not-two-level");
/// Dimension weights.
pub const DIMENSION_WEIGHTS: Text = Text::id("gui-index-dimension-weights");
/// Entropy weights of the sub-indices.
pub const DIM_ENTROPY: Text = Text::id("gui-index-dim-entropy");
/// The index cannot be built.
pub const INDEX_ERROR: Text = Text::id("gui-index-index-error");
/// A method's column is empty.
pub const COLUMN_EMPTY: Text = Text::id("gui-index-column-empty");
/// Rows used.
pub const ROWS_USED: Text = Text::id("gui-index-rows-used");
/// Time to build the table.
pub const TABLE_TIME: Text = Text::id("gui-index-table-time");
/// DCP by region plot.
pub const DCP_BY_REGION: Text = Text::id("gui-index-dcp-by-region");
/// Sub-indices plot.
pub const SUB_INDICES: Text = Text::id("gui-index-sub-indices");
/// National mean.
pub const NATIONAL: Text = Text::id("gui-index-national");
/// Year axis.
pub const YEAR: Text = Text::id("gui-index-year");
/// DCP not available.
pub const NO_DCP: Text = Text::id("gui-index-no-dcp");
/// No year column.
pub const NO_YEARS: Text = Text::id("gui-index-no-years");
/// Regions from a column.
pub const REGIONS_FROM_COLUMN: Text = Text::id("gui-index-regions-from-column");
/// No regions.
pub const NO_REGIONS: Text = Text::id("gui-index-no-regions");
/// The derived data are being recomputed.
pub const UPDATING: Text = Text::id("gui-index-updating");
/// Definitions panel.
pub const DEFINITIONS: Text = Text::id("gui-index-definitions");
/// Formula.
pub const FORMULA: Text = Text::id("gui-index-formula");
/// Source.
pub const SOURCE: Text = Text::id("gui-index-source");
/// Status: computed.
pub const COMPUTED: Text = Text::id("gui-index-computed");
/// Status: in the data.
pub const IN_DATA: Text = Text::id("gui-index-in-data");
/// Status: skipped.
pub const SKIPPED: Text = Text::id("gui-index-skipped");
/// Status: failed.
pub const FAILED: Text = Text::id("gui-index-failed");
/// Status: pending.
pub const PENDING: Text = Text::id("gui-index-pending");
/// Status: no sub-index.
pub const NO_SUB_INDEX: Text = Text::id("gui-index-no-sub-index");
/// Current settings of the index.
pub const IN_USE: Text = Text::id("gui-index-in-use");
