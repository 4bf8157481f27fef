//! Labels of the Maps view in English and simplified Chinese (one `Text` per label; the view's
//! own constants, kept out of the shared `i18n.rs`).

use crate::gui::i18n::Text;

/// Variable picker.
pub const VARIABLE: Text = Text::id("gui-maps-variable");
/// Group heading of the residual variables in the picker.
pub const RESIDUALS: Text = Text::id("gui-maps-residuals");
/// Shown while the derived variables are computed.
pub const WAITING_DERIVED: Text = Text::id("gui-maps-waiting-derived");
/// A residual variable is chosen but there is no estimate.
pub const NO_ESTIMATE: Text = Text::id("gui-maps-no-estimate");
/// The residuals shown belong to an older set-up.
pub const STALE_RESIDUALS: Text = Text::id("gui-maps-stale-residuals");
/// Toggle between one and two maps.
pub const TWO_MAPS: Text = Text::id("gui-maps-two-maps");
/// Year slider.
pub const YEAR: Text = Text::id("gui-maps-year");
/// Play button.
pub const PLAY: Text = Text::id("gui-maps-play");
/// Pause button.
pub const PAUSE: Text = Text::id("gui-maps-pause");
/// Play button help.
pub const PLAY_HELP: Text = Text::id("gui-maps-play-help");
/// Classification heading.
pub const CLASSIFICATION: Text = Text::id("gui-maps-classification");
/// Method: natural breaks.
pub const JENKS: Text = Text::id("gui-maps-jenks");
/// Method: quantiles.
pub const QUANTILE: Text = Text::id("gui-maps-quantile");
/// Method: equal intervals.
pub const EQUAL: Text = Text::id("gui-maps-equal");
/// Number of classes.
pub const CLASSES: Text = Text::id("gui-maps-classes");
/// Breaks editor heading.
pub const BREAKS: Text = Text::id("gui-maps-breaks");
/// Breaks editor help.
pub const BREAKS_HELP: Text = Text::id("gui-maps-breaks-help");
/// Breaks edited by the user.
pub const USER_BREAKS: Text = Text::id("gui-maps-user-breaks");
/// Reset edited breaks.
pub const RESET_BREAKS: Text = Text::id("gui-maps-reset-breaks");
/// A break text is not a number.
pub const NOT_A_NUMBER: Text = Text::id("gui-maps-not-a-number");
/// Fewer classes than asked.
pub const REDUCED: Text = Text::id("gui-maps-reduced");
/// Palette picker.
pub const PALETTE: Text = Text::id("gui-maps-palette");
/// Sequential palette kind.
pub const SEQUENTIAL: Text = Text::id("gui-maps-sequential");
/// Diverging palette kind.
pub const DIVERGING: Text = Text::id("gui-maps-diverging");
/// Reverse toggle.
pub const REVERSE: Text = Text::id("gui-maps-reverse");
/// Legend scope: shared.
pub const LEGEND_SHARED: Text = Text::id("gui-maps-legend-shared");
/// Legend scope: one per map.
pub const LEGEND_PER_MAP: Text = Text::id("gui-maps-legend-per-map");
/// Legend heading.
pub const LEGEND: Text = Text::id("gui-maps-legend");
/// Legend count column.
pub const UNITS: Text = Text::id("gui-maps-units");
/// No data.
pub const NO_DATA: Text = Text::id("gui-maps-no-data");
/// No-data reason: not in the data.
pub const NOT_IN_DATA: Text = Text::id("gui-maps-not-in-data");
/// No-data reason: missing value.
pub const MISSING_VALUE: Text = Text::id("gui-maps-missing-value");
/// "class" in the hover text.
pub const CLASS: Text = Text::id("gui-maps-class");
/// "of" in "class 2 of 5".
pub const OF: Text = Text::id("gui-maps-of");
/// Hint under the maps.
pub const CLICK_HINT: Text = Text::id("gui-maps-click-hint");
/// National median line.
pub const NATIONAL_MEDIAN: Text = Text::id("gui-maps-national-median");
/// Selected unit heading.
pub const SELECTED: Text = Text::id("gui-maps-selected");
/// Clear the selection.
pub const CLEAR_SELECTION: Text = Text::id("gui-maps-clear-selection");
/// Boundaries heading.
pub const BOUNDARIES: Text = Text::id("gui-maps-boundaries");
/// The embedded boundaries.
pub const EMBEDDED: Text = Text::id("gui-maps-embedded");
/// Load a GeoJSON.
pub const LOAD_BOUNDARIES: Text = Text::id("gui-maps-load-boundaries");
/// Back to embedded boundaries.
pub const USE_EMBEDDED: Text = Text::id("gui-maps-use-embedded");
/// Reading a file.
pub const LOADING: Text = Text::id("gui-maps-loading");
/// Join property.
pub const JOIN_BY: Text = Text::id("gui-maps-join-by");
/// Join matching.
pub const MATCHING: Text = Text::id("gui-maps-matching");
/// Matching: automatic.
pub const MATCH_AUTO: Text = Text::id("gui-maps-match-auto");
/// Matching: province registry.
pub const MATCH_PROVINCE: Text = Text::id("gui-maps-match-province");
/// Matching: exact text.
pub const MATCH_EXACT: Text = Text::id("gui-maps-match-exact");
/// "features matched".
pub const FEATURES_MATCHED: Text = Text::id("gui-maps-features-matched");
/// Unmatched features.
pub const UNMATCHED_FEATURES: Text = Text::id("gui-maps-unmatched-features");
/// Unmatched units.
pub const UNMATCHED_UNITS: Text = Text::id("gui-maps-unmatched-units");
/// Skipped features (no area).
pub const SKIPPED: Text = Text::id("gui-maps-skipped");
/// No match at all.
pub const NOTHING_MATCHED: Text = Text::id("gui-maps-nothing-matched");
/// Export heading.
pub const EXPORT: Text = Text::id("gui-maps-export");
/// Export width.
pub const WIDTH_PX: Text = Text::id("gui-maps-width-px");
/// Export running.
pub const EXPORTING: Text = Text::id("gui-maps-exporting");
/// Export done.
pub const SAVED: Text = Text::id("gui-maps-saved");
/// Export failed.
pub const EXPORT_FAILED: Text = Text::id("gui-maps-export-failed");
/// Export title: "{variable} by province".
pub const BY_PROVINCE: Text = Text::id("gui-maps-by-province");
/// "and" between years.
pub const AND: Text = Text::id("gui-maps-and");
/// Source note: synthetic data.
pub const SYNTHETIC_NOTE: Text = Text::id("gui-maps-synthetic-note");
/// Source note: the embedded boundaries (as `render::DEFAULT_NOTE`).
pub const BOUNDARY_NOTE: Text = Text::id("gui-maps-boundary-note");
/// Comma between title parts.
pub const COMMA: Text = Text::id("gui-maps-comma");
/// Colon after a note's heading.
pub const COLON: Text = Text::id("gui-maps-colon");
/// Source note: data.
pub const DATA: Text = Text::id("gui-maps-data");
/// Accessible name of a map.
pub const MAP: Text = Text::id("gui-maps-map");
/// Heading of the gridded-data panel.
pub const GRIDDED: Text = Text::id("gui-maps-gridded");
/// What the gridded-data panel does.
pub const GRIDDED_NOTE: Text = Text::id("gui-maps-gridded-note");
/// Statistic per unit.
pub const GRIDDED_STAT: Text = Text::id("gui-maps-gridded-stat");
/// How several files of a year combine.
pub const GRIDDED_MONTHS: Text = Text::id("gui-maps-gridded-months");
/// Sum.
pub const GRIDDED_SUM: Text = Text::id("gui-maps-gridded-sum");
/// Mean.
pub const GRIDDED_MEAN: Text = Text::id("gui-maps-gridded-mean");
/// Name of the new column.
pub const GRIDDED_COLUMN: Text = Text::id("gui-maps-gridded-column");
/// The button.
pub const GRIDDED_ADD: Text = Text::id("gui-maps-gridded-add");
/// Cancel the job.
pub const GRIDDED_CANCEL: Text = Text::id("gui-maps-gridded-cancel");
/// The job was cancelled.
pub const GRIDDED_CANCELLED: Text = Text::id("gui-maps-gridded-cancelled");
/// "Added column" before the name.
pub const GRIDDED_ADDED: Text = Text::id("gui-maps-gridded-added");
/// "rows have a value" after the counts.
pub const GRIDDED_ROWS: Text = Text::id("gui-maps-gridded-rows");
