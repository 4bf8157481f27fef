//! Labels of the file dialogs (titles, filters, the in-window chooser), in English and Chinese.

use crate::gui::i18n::Text;

// Titles of the requests.
/// Title: open a data file.
pub const TITLE_OPEN_CSV: Text = Text::id("gui-files-title-open-csv");
/// Title: open a scenario.
pub const TITLE_OPEN_SCENARIO: Text = Text::id("gui-files-title-open-scenario");
/// Title: save the scenario.
pub const TITLE_SAVE_SCENARIO: Text = Text::id("gui-files-title-save-scenario");
/// Title: save a plot as PNG.
pub const TITLE_EXPORT_PNG: Text = Text::id("gui-files-title-export-png");
/// Title: export a table.
pub const TITLE_EXPORT_TABLE: Text = Text::id("gui-files-title-export-table");
/// Title: load boundaries.
pub const TITLE_LOAD_GEOJSON: Text = Text::id("gui-files-title-load-geojson");
/// Title: export a map.
pub const TITLE_EXPORT_MAP: Text = Text::id("gui-files-title-export-map");
/// Title: folder for the robustness report.
pub const TITLE_EXPORT_REPORT: Text = Text::id("gui-files-title-export-report");
/// Title: add scenarios to the comparison.
pub const TITLE_COMPARE: Text = Text::id("gui-files-title-compare");
/// Title: add gridded data to the panel.
pub const TITLE_ADD_GRIDDED: Text = Text::id("gui-files-title-add-gridded");

// Filter names.
/// Filter: delimited text.
pub const FILTER_CSV: Text = Text::id("gui-files-filter-csv");
/// Filter: scenarios.
pub const FILTER_SCENARIO: Text = Text::id("gui-files-filter-scenario");
/// Filter: PNG images.
pub const FILTER_PNG: Text = Text::id("gui-files-filter-png");
/// Filter: GeoJSON.
pub const FILTER_GEOJSON: Text = Text::id("gui-files-filter-geojson");
/// Filter: GeoTIFF rasters.
pub const FILTER_GEOTIFF: Text = Text::id("gui-files-filter-geotiff");

// The chooser.
/// Go to the parent folder.
pub const UP: Text = Text::id("gui-files-up");
/// Go to the home folder.
pub const HOME: Text = Text::id("gui-files-home");
/// Label of the editable folder path.
pub const FOLDER: Text = Text::id("gui-files-folder");
/// Hover of the folder path.
pub const FOLDER_HELP: Text = Text::id("gui-files-folder-help");
/// Show every file, not only the request's types.
pub const ALL_FILES: Text = Text::id("gui-files-all-files");
/// Accessible name of a row's checkbox (open several); followed by the file name.
pub const TICK: Text = Text::id("gui-files-tick");
/// Show hidden files.
pub const SHOW_HIDDEN: Text = Text::id("gui-files-show-hidden");
/// Label of the file-name field (save).
pub const FILE_NAME: Text = Text::id("gui-files-file-name");
/// Accept (open).
pub const OPEN: Text = Text::id("gui-files-open");
/// Accept (save).
pub const SAVE: Text = Text::id("gui-files-save");
/// Accept (folder): the folder shown.
pub const CHOOSE_FOLDER: Text = Text::id("gui-files-choose-folder");
/// Accept (folder): the folder selected in the list; followed by its name.
pub const CHOOSE: Text = Text::id("gui-files-choose");
/// Cancel.
pub const CANCEL: Text = Text::id("gui-files-cancel");
/// While the folder is read.
pub const READING: Text = Text::id("gui-files-reading");
/// The folder holds nothing to show.
pub const EMPTY: Text = Text::id("gui-files-empty");
/// Hint for several files.
pub const MANY_HINT: Text = Text::id("gui-files-many-hint");
/// Nothing chosen yet.
pub const NOTHING_SELECTED: Text = Text::id("gui-files-nothing-selected");
/// Save without a name.
pub const NAME_NEEDED: Text = Text::id("gui-files-name-needed");
/// Overwrite question; followed by the file name.
pub const REPLACE_QUESTION: Text = Text::id("gui-files-replace-question");
/// Overwrite: yes.
pub const REPLACE: Text = Text::id("gui-files-replace");
/// Overwrite: no.
pub const KEEP: Text = Text::id("gui-files-keep");
/// One-line note when the system dialog could not be shown.
pub const NATIVE_UNAVAILABLE: Text = Text::id("gui-files-native-unavailable");
/// While the system dialog is open.
pub const WAITING_NATIVE: Text = Text::id("gui-files-waiting-native");
/// Abandon the system dialog for the built-in one.
pub const USE_BUILTIN_INSTEAD: Text = Text::id("gui-files-use-builtin-instead");
/// Hover of [`USE_BUILTIN_INSTEAD`].
pub const USE_BUILTIN_HELP: Text = Text::id("gui-files-use-builtin-help");
/// The answer arrived when what it was for had gone.
pub const NOT_READY: Text = Text::id("gui-files-not-ready");

// Folder errors.
/// Folder error: permission.
pub const ERR_PERMISSION: Text = Text::id("gui-files-err-permission");
/// Folder error: gone.
pub const ERR_NOT_FOUND: Text = Text::id("gui-files-err-not-found");
/// Folder error: a file.
pub const ERR_NOT_A_FOLDER: Text = Text::id("gui-files-err-not-a-folder");
/// Folder error: anything else.
pub const ERR_OTHER: Text = Text::id("gui-files-err-other");
