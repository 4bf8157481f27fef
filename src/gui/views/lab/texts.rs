//! The Lab view's labels in English and Chinese.

use crate::gui::i18n::Text;

/// View heading.
pub const TITLE: Text = Text::id("gui-lab-title");
/// What the lab shows.
pub const INTRO: Text = Text::id("gui-lab-intro");
/// Process choice.
pub const PROCESS: Text = Text::id("gui-lab-process");
/// Nonlinear process.
pub const NONLINEAR: Text = Text::id("gui-lab-nonlinear");
/// Nonlinear process, explained.
pub const NONLINEAR_HELP: Text = Text::id("gui-lab-nonlinear-help");
/// Panel process.
pub const PANEL: Text = Text::id("gui-lab-panel");
/// Panel process, explained.
pub const PANEL_HELP: Text = Text::id("gui-lab-panel-help");
/// Sample process.
pub const SAMPLE: Text = Text::id("gui-lab-sample");
/// Sample process, explained.
pub const SAMPLE_HELP: Text = Text::id("gui-lab-sample-help");
/// Rows per data set.
pub const ROWS: Text = Text::id("gui-lab-rows");
/// Confounding strength.
pub const CONFOUNDING: Text = Text::id("gui-lab-confounding");
/// Confounding strength, explained.
pub const CONFOUNDING_HELP: Text = Text::id("gui-lab-confounding-help");
/// Learner.
pub const LEARNER: Text = Text::id("gui-lab-learner");
/// Folds.
pub const FOLDS: Text = Text::id("gui-lab-folds");
/// Folds by unit.
pub const BY_UNIT: Text = Text::id("gui-lab-by-unit");
/// Cluster.
pub const CLUSTER: Text = Text::id("gui-lab-cluster");
/// Units required.
pub const NEEDS_UNITS: Text = Text::id("gui-lab-needs-units");
/// Cross-fitting.
pub const CROSS_FITTING: Text = Text::id("gui-lab-cross-fitting");
/// No cross-fitting warning.
pub const NO_CROSS_FITTING: Text = Text::id("gui-lab-no-cross-fitting");
/// Replications.
pub const REPLICATIONS: Text = Text::id("gui-lab-replications");
/// Seed.
pub const SEED: Text = Text::id("gui-lab-seed");
/// Run.
pub const RUN: Text = Text::id("gui-lab-run");
/// Cancel.
pub const CANCEL: Text = Text::id("gui-lab-cancel");
/// Progress.
pub const DONE_OF: Text = Text::id("gui-lab-done-of");
/// Changed settings.
pub const CHANGED: Text = Text::id("gui-lab-changed");
/// Nothing yet.
pub const NOTHING_YET: Text = Text::id("gui-lab-nothing-yet");
/// Histogram heading.
pub const HISTOGRAM: Text = Text::id("gui-lab-histogram");
/// Truth line.
pub const TRUTH: Text = Text::id("gui-lab-truth");
/// Estimate axis.
pub const ESTIMATE: Text = Text::id("gui-lab-estimate");
/// Count axis.
pub const COUNT: Text = Text::id("gui-lab-count");
/// Naive OLS.
pub const NAIVE: Text = Text::id("gui-lab-naive");
/// DML with OLS.
pub const DML_OLS: Text = Text::id("gui-lab-dml-ols");
/// DML with the learner.
pub const DML_LEARNER: Text = Text::id("gui-lab-dml-learner");
/// Without cross-fitting suffix.
pub const NO_CF_SUFFIX: Text = Text::id("gui-lab-no-cf-suffix");
/// Table title.
pub const TABLE_TITLE: Text = Text::id("gui-lab-table-title");
/// Column: estimator.
pub const COL_ESTIMATOR: Text = Text::id("gui-lab-col-estimator");
/// Column: bias.
pub const COL_BIAS: Text = Text::id("gui-lab-col-bias");
/// Column: sd.
pub const COL_SD: Text = Text::id("gui-lab-col-sd");
/// Column: mean se.
pub const COL_SE: Text = Text::id("gui-lab-col-se");
/// Column: coverage.
pub const COL_COVERAGE: Text = Text::id("gui-lab-col-coverage");
/// Table note.
pub const TABLE_NOTE: Text = Text::id("gui-lab-table-note");
/// Export plot.
pub const EXPORT_PLOT: Text = Text::id("gui-lab-export-plot");
/// Failed.
pub const FAILED: Text = Text::id("gui-lab-failed");
