//! Interface languages: English and simplified Chinese, switchable at run time.
//!
//! Every label is a [`Text`]: the id of a message in `assets/locales/<lang>/gui*.ftl`, named by a
//! constant in [`tr`] or in the view that uses it. Province names come from the registry
//! (`name_en`, `name_zh`).

pub use crate::locale::Lang;

use crate::locale::fluent;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A label of the interface: the id of a message in the GUI's Fluent files
/// (`assets/locales/<lang>/gui*.ftl`), where a translator edits the wording of both languages.
/// `tests/locale.rs` fails when an id the code names is missing in either language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// The message id (`gui-menu-file`).
    pub id: &'static str,
}

impl Text {
    /// The label with message id `id`.
    pub const fn id(id: &'static str) -> Text {
        Text { id }
    }
}

impl Lang {
    /// The label in this language: the message rendered once per language and kept for the
    /// life of the program; the id itself if no file defines it (a test keeps that from
    /// happening).
    pub fn t(self, text: &Text) -> &'static str {
        labels(self).get(text.id).copied().unwrap_or(text.id)
    }
}

/// Every message of the GUI's files in `lang`, rendered without arguments.
fn labels(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    static EN: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    static ZH: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    };
    cell.get_or_init(|| {
        fluent::gui_ids()
            .map(|id| {
                // Leaked once per message and language: a few hundred short strings.
                let text: &'static str = Box::leak(fluent::message(lang, id, None).into_boxed_str());
                (id, text)
            })
            .collect()
    })
}

/// Shorthand for defining a [`Text`] constant by its message id.
macro_rules! text {
    ($name:ident, $id:literal) => {
        #[doc = concat!("The label `", $id, "`.")]
        pub const $name: Text = Text::id($id);
    };
}

/// Every label of the interface.
pub mod tr {
    use super::Text;

    // Application and menus.
    text!(APP_TITLE, "gui-app-title");
    text!(MENU_FILE, "gui-menu-file");
    text!(MENU_VIEW, "gui-menu-view");
    text!(MENU_HELP, "gui-menu-help");
    text!(TABLE_LANGUAGE, "gui-table-language");
    text!(TABLE_LANGUAGE_HELP, "gui-table-language-help");
    text!(SAME_AS_INTERFACE, "gui-same-as-interface");
    text!(OPEN_CSV, "gui-open-csv");
    text!(OPEN_SAMPLE, "gui-open-sample");
    text!(OPEN_SCENARIO, "gui-open-scenario");
    text!(SAVE_SCENARIO, "gui-save-scenario");
    text!(SAVE_SCENARIO_AS, "gui-save-scenario-as");
    text!(REPRODUCE_STUDY, "gui-reproduce-study");
    text!(MESSAGE, "gui-message");
    text!(RECENT_FILES, "gui-recent-files");
    text!(NO_RECENT, "gui-no-recent");
    text!(QUIT, "gui-quit");
    text!(LANGUAGE, "gui-language");
    text!(THEME, "gui-theme");
    text!(THEME_LIGHT, "gui-theme-light");
    text!(THEME_DARK, "gui-theme-dark");
    text!(ZOOM, "gui-zoom");
    text!(ZOOM_IN, "gui-zoom-in");
    text!(ZOOM_OUT, "gui-zoom-out");
    text!(ZOOM_RESET, "gui-zoom-reset");
    text!(PRESENTATION, "gui-presentation");
    text!(DEBUG_OVERLAY, "gui-debug-overlay");
    text!(BUILTIN_FILE_CHOOSER, "gui-builtin-file-chooser");
    text!(BUILTIN_FILE_CHOOSER_HELP, "gui-builtin-file-chooser-help");
    text!(ABOUT_STUDY, "gui-about-study");
    text!(ABOUT_METHODS, "gui-about-methods");
    text!(SHORTCUTS, "gui-shortcuts");
    text!(CLOSE, "gui-close");
    text!(DISMISS, "gui-dismiss");

    // Navigation.
    text!(VIEW_DATA, "gui-view-data");
    text!(VIEW_INDEX, "gui-view-index");
    text!(VIEW_MODEL, "gui-view-model");
    text!(VIEW_RESULTS, "gui-view-results");
    text!(VIEW_MAPS, "gui-view-maps");
    text!(VIEW_ROBUSTNESS, "gui-view-robustness");
    text!(VIEW_SCENARIOS, "gui-view-scenarios");
    text!(VIEW_LAB, "gui-view-lab");

    // Results: comparisons beside the estimate.
    text!(NAIVE_OLS, "gui-naive-ols");
    text!(NAIVE_OLS_HELP, "gui-naive-ols-help");
    text!(TRUE_EFFECT, "gui-true-effect");
    text!(TRUE_EFFECT_HELP, "gui-true-effect-help");

    // Status bar.
    text!(STATUS_DATA, "gui-status-data");
    text!(SYNTHETIC, "gui-synthetic");
    text!(STATUS_UP_TO_DATE, "gui-status-up-to-date");
    text!(STATUS_RUNNING, "gui-status-running");
    text!(STATUS_STALE, "gui-status-stale");
    text!(STATUS_ERROR, "gui-status-error");
    text!(STATUS_IDLE, "gui-status-idle");
    text!(STATUS_DERIVING, "gui-status-deriving");
    text!(STATUS_WAITING_FOR, "gui-status-waiting-for");
    text!(LAST_ESTIMATE, "gui-last-estimate");
    text!(CANCEL, "gui-cancel");

    // Data view.
    text!(DATA_SOURCE, "gui-data-source");
    text!(ROWS, "gui-rows");
    text!(UNITS, "gui-units");
    text!(YEARS, "gui-years");
    text!(CROSS_SECTION, "gui-cross-section");
    text!(VALIDATION, "gui-validation");
    text!(NO_PROBLEMS, "gui-no-problems");
    text!(IMPORT_FAILED, "gui-import-failed");
    text!(COLUMN_MAPPING, "gui-column-mapping");
    text!(UNIT_COLUMN, "gui-unit-column");
    text!(YEAR_COLUMN, "gui-year-column");
    text!(AUTO_DETECT, "gui-auto-detect");
    text!(NONE_CROSS_SECTION, "gui-none-cross-section");
    text!(APPLY_MAPPING, "gui-apply-mapping");
    text!(SHEET, "gui-sheet");
    text!(SHEET_AUTO, "gui-sheet-auto");
    text!(WIDE_TABLE, "gui-wide-table");
    text!(WIDE_HINT, "gui-wide-hint");
    text!(SUMMARY_STATS, "gui-summary-stats");
    text!(PREVIEW, "gui-preview");
    text!(VARIABLE, "gui-variable");
    text!(MEAN, "gui-mean");
    text!(SD, "gui-sd");
    text!(MIN, "gui-min");
    text!(MAX, "gui-max");
    text!(SYNTHETIC_NOTE, "gui-synthetic-note");
    text!(DROP_HINT, "gui-drop-hint");
    text!(ERROR, "gui-error");
    text!(WARNING, "gui-warning");
    text!(NOTE, "gui-note");
    text!(SELECTED, "gui-selected");

    // Model view.
    text!(NOT_READY, "gui-not-ready");
    text!(RERUN, "gui-rerun");
    text!(RESET_BASELINE, "gui-reset-baseline");
    text!(RESET_BASELINE_HELP, "gui-reset-baseline-help");
    text!(VARIABLES, "gui-variables");
    text!(OUTCOME, "gui-outcome");
    text!(OUTCOME_HELP, "gui-outcome-help");
    text!(TREATMENT, "gui-treatment");
    text!(TREATMENT_HELP, "gui-treatment-help");
    text!(INSTRUMENT, "gui-instrument");
    text!(INSTRUMENT_HELP, "gui-instrument-help");
    text!(NONE, "gui-none");
    text!(CONTROLS, "gui-controls");
    text!(CONTROLS_HELP, "gui-controls-help");
    text!(STUDY_CONTROLS, "gui-study-controls");
    text!(CLEAR, "gui-clear");
    text!(MODEL, "gui-model");
    text!(PLR_HELP, "gui-plr-help");
    text!(PLIV_HELP, "gui-pliv-help");
    text!(SCORE, "gui-score");
    text!(SCORE_HELP, "gui-score-help");
    text!(PARTIALLING_OUT, "gui-score-partialling-out");
    text!(IV_TYPE, "gui-score-iv-type");
    text!(LEARNERS, "gui-learners");
    text!(LEARNERS_HELP, "gui-learners-help");
    text!(PER_NUISANCE, "gui-per-nuisance");
    text!(NUISANCE, "gui-nuisance");
    text!(OLS_HELP, "gui-ols-help");
    text!(CV_FOLDS, "gui-cv-folds");
    text!(TREES, "gui-trees");
    text!(TREES_HELP, "gui-trees-help");
    text!(MAX_DEPTH, "gui-max-depth");
    text!(MAX_DEPTH_HELP, "gui-max-depth-help");
    text!(MIN_LEAF, "gui-min-leaf");
    text!(MIN_LEAF_HELP, "gui-min-leaf-help");
    text!(MAX_FEATURES, "gui-max-features");
    text!(MAX_FEATURES_HELP, "gui-max-features-help");
    text!(ALL, "gui-all");
    text!(FRACTION, "gui-fraction");
    text!(BOOST_TREES_HELP, "gui-boost-trees-help");
    text!(LEARNING_RATE, "gui-learning-rate");
    text!(LEARNING_RATE_HELP, "gui-learning-rate-help");
    text!(DEPTH, "gui-depth");
    text!(SUBSAMPLE, "gui-subsample");
    text!(SUBSAMPLE_HELP, "gui-subsample-help");
    text!(SPLIT_SEARCH, "gui-split-search");
    text!(SPLIT_SEARCH_HELP, "gui-split-search-help");
    text!(SPLIT_EXACT, "gui-split-exact");
    text!(SPLIT_HIST, "gui-split-hist");
    text!(SVR_C_HELP, "gui-svr-c-help");
    text!(SVR_EPS_HELP, "gui-svr-eps-help");
    text!(SVR_GAMMA_HELP, "gui-svr-gamma-help");
    text!(FIXED, "gui-fixed");
    text!(CROSS_FITTING, "gui-cross-fitting");
    text!(FOLDS, "gui-folds");
    text!(FOLDS_HELP, "gui-folds-help");
    text!(REPETITIONS, "gui-repetitions");
    text!(REPETITIONS_HELP, "gui-repetitions-help");
    text!(FOLD_SCHEME, "gui-fold-scheme");
    text!(FOLD_SCHEME_HELP, "gui-fold-scheme-help");
    text!(RANDOM_ROWS, "gui-random-rows");
    text!(BY_UNIT, "gui-by-unit");
    text!(FOLD_COLUMN, "gui-fold-column");
    text!(CLUSTER, "gui-cluster");
    text!(CLUSTER_HELP, "gui-cluster-help");
    text!(UNIT_AND_YEAR, "gui-unit-and-year");
    text!(AGGREGATION, "gui-aggregation");
    text!(AGGREGATION_HELP, "gui-aggregation-help");
    text!(MEDIAN_VARIANCE, "gui-median-variance");
    text!(SEED, "gui-seed");
    text!(SEED_HELP, "gui-seed-help");
    text!(FIXED_EFFECTS, "gui-fixed-effects");
    text!(FIXED_EFFECTS_HELP, "gui-fixed-effects-help");
    text!(FE_UNIT, "gui-fe-unit");
    text!(FE_YEAR, "gui-fe-year");
    text!(FE_UNIT_YEAR, "gui-fe-unit-year");
    text!(FE_INTERACTIVE_NOTE, "gui-fe-interactive-note");
    text!(FE_WITHIN, "gui-fe-within");
    text!(TRANSFORMS, "gui-transforms");
    text!(INTERPOLATE, "gui-interpolate");
    text!(INTERPOLATE_HELP, "gui-interpolate-help");
    text!(LAG_TREATMENT, "gui-lag-treatment");
    text!(LAG_HELP, "gui-lag-help");
    text!(IV_TIMES_LAG, "gui-iv-times-lag");
    text!(IV_TIMES_LAG_HELP, "gui-iv-times-lag-help");
    text!(WINSORIZE, "gui-winsorize");
    text!(WINSORIZE_HELP, "gui-winsorize-help");
    text!(SQUARES, "gui-squares");
    text!(SQUARES_HELP, "gui-squares-help");
    text!(LOG_COLUMNS, "gui-log-columns");
    text!(SAMPLE_FILTER, "gui-sample-filter");
    text!(SAMPLE_FILTER_HELP, "gui-sample-filter-help");
    text!(YEARS_RANGE, "gui-years-range");
    text!(REGION, "gui-region");
    text!(EAST, "gui-east");
    text!(CENTRAL, "gui-central");
    text!(WEST, "gui-west");
    text!(COAST, "gui-coast");
    text!(COASTAL, "gui-coastal");
    text!(INLAND, "gui-inland");
    text!(ADD_CONDITION, "gui-add-condition");
    text!(CURRENT_SAMPLE, "gui-current-sample");

    // Results view.
    text!(WAITING_FOR_ESTIMATE, "gui-waiting-for-estimate");
    text!(SPEC_DOES_NOT_FIT, "gui-spec-does-not-fit");
    text!(GO_TO_MODEL, "gui-go-to-model");
    text!(NOTES, "gui-notes");
    text!(PLOT_RESIDUALS, "gui-plot-residuals");
    text!(PLOT_NUISANCE, "gui-plot-nuisance");
    text!(PLOT_REPETITIONS, "gui-plot-repetitions");
    text!(PLOT_INSTRUMENT, "gui-plot-instrument");
    text!(EXPORT_PLOT_PNG, "gui-export-plot-png");
    text!(NUISANCE_FIT, "gui-nuisance-fit");
    text!(TARGET, "gui-target");
    text!(NO_RESIDUALS, "gui-no-residuals");
    text!(BAND_95, "gui-band-95");
    text!(ACTUAL, "gui-actual");
    text!(PREDICTED, "gui-predicted");
    text!(REPETITION, "gui-repetition");
    text!(AGGREGATED, "gui-aggregated");
    text!(FIRST_STAGE, "gui-first-stage");
    text!(WEAK_INSTRUMENT, "gui-weak-instrument");
    text!(COPY_TABLE, "gui-copy-table");
    text!(COPY_TABLE_HELP, "gui-copy-table-help");
    text!(EXPORT, "gui-export");
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
