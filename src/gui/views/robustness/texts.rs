//! Labels of the Robustness view, in English and Chinese.

use crate::gui::i18n::Text;

/// View title.
pub const TITLE: Text = Text::id("gui-robustness-title");
/// What the view does.
pub const INTRO: Text = Text::id("gui-robustness-intro");
/// Run button.
pub const RUN: Text = Text::id("gui-robustness-run");
/// Run button hover.
pub const RUN_HELP: Text = Text::id("gui-robustness-run-help");
/// Rerun button.
pub const RERUN: Text = Text::id("gui-robustness-rerun");
/// Cancel button.
pub const CANCEL: Text = Text::id("gui-robustness-cancel");
/// Automatic rerun toggle.
pub const AUTO: Text = Text::id("gui-robustness-auto");
/// Automatic rerun hover.
pub const AUTO_HELP: Text = Text::id("gui-robustness-auto-help");
/// Nothing run yet.
pub const NOT_RUN: Text = Text::id("gui-robustness-not-run");
/// Waiting for derived variables.
pub const WAITING: Text = Text::id("gui-robustness-waiting");
/// Results are out of date.
pub const STALE: Text = Text::id("gui-robustness-stale");
/// Up to date.
pub const UP_TO_DATE: Text = Text::id("gui-robustness-up-to-date");
/// Cancelled.
pub const CANCELLED: Text = Text::id("gui-robustness-cancelled");
/// Failure heading.
pub const FAILED: Text = Text::id("gui-robustness-failed");
/// Summary heading.
pub const SUMMARY: Text = Text::id("gui-robustness-summary");
/// Verdict: holds.
pub const HOLDS: Text = Text::id("gui-robustness-holds");
/// Verdict: not significant.
pub const NOT_SIGNIFICANT: Text = Text::id("gui-robustness-not-significant");
/// Verdict: opposite sign.
pub const OPPOSITE: Text = Text::id("gui-robustness-opposite");
/// Verdict: not estimated.
pub const NOT_ESTIMATED: Text = Text::id("gui-robustness-not-estimated");
/// Column heading of the marks.
pub const CONCLUSIONS: Text = Text::id("gui-robustness-conclusions");
/// Items without results.
pub const PROBLEMS: Text = Text::id("gui-robustness-problems");
/// Maps section.
pub const MAPS: Text = Text::id("gui-robustness-maps");
/// Open a map.
pub const SHOW_MAP: Text = Text::id("gui-robustness-show-map");
/// Export of the whole report.
pub const EXPORT_REPORT: Text = Text::id("gui-robustness-export-report");
/// Export hover.
pub const EXPORT_REPORT_HELP: Text = Text::id("gui-robustness-export-report-help");
/// Export done.
pub const EXPORTED: Text = Text::id("gui-robustness-exported");
/// Duration label.
pub const TOOK: Text = Text::id("gui-robustness-took");
/// Specification curve heading.
pub const CURVE: Text = Text::id("gui-robustness-curve");
/// Specification curve explanation.
pub const CURVE_INTRO: Text = Text::id("gui-robustness-curve-intro");
/// Learners group.
pub const LEARNERS: Text = Text::id("gui-robustness-learners");
/// Folds group.
pub const FOLDS: Text = Text::id("gui-robustness-folds");
/// Index group.
pub const INDEX: Text = Text::id("gui-robustness-index");
/// Entropy index choice.
pub const ENTROPY: Text = Text::id("gui-robustness-entropy");
/// Winsorize group.
pub const WINSOR: Text = Text::id("gui-robustness-winsor");
/// Squares group.
pub const SQUARES: Text = Text::id("gui-robustness-squares");
/// Fixed-effects group.
pub const FE: Text = Text::id("gui-robustness-fe");
/// Fold-scheme group.
pub const SCHEME: Text = Text::id("gui-robustness-scheme");
/// No.
pub const NO: Text = Text::id("gui-robustness-no");
/// Yes.
pub const YES: Text = Text::id("gui-robustness-yes");
/// Random folds.
pub const RANDOM: Text = Text::id("gui-robustness-random");
/// Folds by unit.
pub const BY_UNIT: Text = Text::id("gui-robustness-by-unit");
/// Number of specifications.
pub const COUNT: Text = Text::id("gui-robustness-count");
/// Run the curve.
pub const RUN_CURVE: Text = Text::id("gui-robustness-run-curve");
/// Share of significant same-sign estimates.
pub const SHARE: Text = Text::id("gui-robustness-share");
/// Estimates axis.
pub const ESTIMATE: Text = Text::id("gui-robustness-estimate");
/// Rank axis.
pub const RANK: Text = Text::id("gui-robustness-rank");
/// Significant legend.
pub const SIGNIFICANT: Text = Text::id("gui-robustness-significant");
/// Other estimates legend.
pub const OTHER: Text = Text::id("gui-robustness-other");
/// Baseline line legend.
pub const BASELINE: Text = Text::id("gui-robustness-baseline");
/// Failures of the curve.
pub const CURVE_FAILED: Text = Text::id("gui-robustness-curve-failed");
/// Export of the curve.
pub const EXPORT_CURVE: Text = Text::id("gui-robustness-export-curve");
/// Heading of the true effects beside a table's estimates (bundled sample only).
pub const TRUE_EFFECTS: Text = Text::id("gui-robustness-true-effects");
/// Hover of the true effects.
pub const TRUE_EFFECTS_HELP: Text = Text::id("gui-robustness-true-effects-help");
