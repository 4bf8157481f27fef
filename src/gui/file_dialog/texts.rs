//! Labels of the file dialogs (titles, filters, the in-window chooser), in English and Chinese.

use crate::gui::i18n::Text;

// Titles of the requests.
/// Title: open a data file.
pub const TITLE_OPEN_CSV: Text = Text { en: "Open CSV", zh: "打开 CSV" };
/// Title: open a scenario.
pub const TITLE_OPEN_SCENARIO: Text = Text { en: "Open scenario", zh: "打开情景" };
/// Title: save the scenario.
pub const TITLE_SAVE_SCENARIO: Text = Text { en: "Save scenario", zh: "保存情景" };
/// Title: save a plot as PNG.
pub const TITLE_EXPORT_PNG: Text = Text { en: "Export PNG", zh: "导出 PNG" };
/// Title: export a table.
pub const TITLE_EXPORT_TABLE: Text = Text { en: "Export table", zh: "导出表格" };
/// Title: load boundaries.
pub const TITLE_LOAD_GEOJSON: Text = Text { en: "Load GeoJSON boundaries", zh: "载入 GeoJSON 边界" };
/// Title: export a map.
pub const TITLE_EXPORT_MAP: Text = Text { en: "Export map as PNG", zh: "导出地图为 PNG" };
/// Title: folder for the robustness report.
pub const TITLE_EXPORT_REPORT: Text =
    Text { en: "Choose a folder for the report files", zh: "选择报告文件的保存文件夹" };
/// Title: add scenarios to the comparison.
pub const TITLE_COMPARE: Text = Text { en: "Add scenario files", zh: "加入情景文件" };
/// Title: add gridded data to the panel.
pub const TITLE_ADD_GRIDDED: Text = Text { en: "Add gridded data (GeoTIFF)", zh: "添加 GeoTIFF 数据" };

// Filter names.
/// Filter: delimited text.
pub const FILTER_CSV: Text =
    Text { en: "CSV, text tables and Excel workbooks", zh: "CSV、文本表格与 Excel 工作簿" };
/// Filter: scenarios.
pub const FILTER_SCENARIO: Text = Text { en: "Scenario", zh: "情景" };
/// Filter: PNG images.
pub const FILTER_PNG: Text = Text { en: "PNG image", zh: "PNG 图像" };
/// Filter: GeoJSON.
pub const FILTER_GEOJSON: Text = Text { en: "GeoJSON", zh: "GeoJSON" };
/// Filter: GeoTIFF rasters.
pub const FILTER_GEOTIFF: Text = Text { en: "GeoTIFF rasters", zh: "GeoTIFF 文件" };

// The chooser.
/// Go to the parent folder.
pub const UP: Text = Text { en: "Up", zh: "上一级" };
/// Go to the home folder.
pub const HOME: Text = Text { en: "Home", zh: "主文件夹" };
/// Label of the editable folder path.
pub const FOLDER: Text = Text { en: "Folder", zh: "文件夹" };
/// Hover of the folder path.
pub const FOLDER_HELP: Text =
    Text { en: "Type a folder and press Enter to go there.", zh: "输入文件夹的位置，按回车键前往。" };
/// Show every file, not only the request's types.
pub const ALL_FILES: Text = Text { en: "All files", zh: "所有文件" };
/// Accessible name of a row's checkbox (open several); followed by the file name.
pub const TICK: Text = Text { en: "Select", zh: "选择" };
/// Show hidden files.
pub const SHOW_HIDDEN: Text = Text { en: "Show hidden files", zh: "显示隐藏文件" };
/// Label of the file-name field (save).
pub const FILE_NAME: Text = Text { en: "File name", zh: "文件名" };
/// Accept (open).
pub const OPEN: Text = Text { en: "Open", zh: "打开" };
/// Accept (save).
pub const SAVE: Text = Text { en: "Save", zh: "保存" };
/// Accept (folder): the folder shown.
pub const CHOOSE_FOLDER: Text = Text { en: "Choose this folder", zh: "选择此文件夹" };
/// Accept (folder): the folder selected in the list; followed by its name.
pub const CHOOSE: Text = Text { en: "Choose", zh: "选择" };
/// Cancel.
pub const CANCEL: Text = Text { en: "Cancel", zh: "取消" };
/// While the folder is read.
pub const READING: Text = Text { en: "Reading the folder…", zh: "正在读取文件夹…" };
/// The folder holds nothing to show.
pub const EMPTY: Text =
    Text { en: "(nothing here of the requested type)", zh: "（此处没有所需类型的文件）" };
/// Hint for several files.
pub const MANY_HINT: Text = Text {
    en: "Tick several files, or Ctrl+click and Shift+click.",
    zh: "可勾选多个文件，或使用 Ctrl+单击 与 Shift+单击。",
};
/// Nothing chosen yet.
pub const NOTHING_SELECTED: Text = Text { en: "Select a file first.", zh: "请先选择文件。" };
/// Save without a name.
pub const NAME_NEEDED: Text = Text { en: "Type a file name first.", zh: "请先输入文件名。" };
/// Overwrite question; followed by the file name.
pub const REPLACE_QUESTION: Text =
    Text { en: "This file already exists. Replace it?", zh: "该文件已存在。是否替换？" };
/// Overwrite: yes.
pub const REPLACE: Text = Text { en: "Replace", zh: "替换" };
/// Overwrite: no.
pub const KEEP: Text = Text { en: "Keep it", zh: "保留原文件" };
/// One-line note when the system dialog could not be shown.
pub const NATIVE_UNAVAILABLE: Text = Text {
    en: "The system file dialog is not available on this desktop; using the built-in chooser.",
    zh: "系统文件对话框无法打开，已改用内置文件选择器。",
};
/// While the system dialog is open.
pub const WAITING_NATIVE: Text =
    Text { en: "Waiting for the system file dialog…", zh: "正在等待系统文件对话框…" };
/// Abandon the system dialog for the built-in one.
pub const USE_BUILTIN_INSTEAD: Text =
    Text { en: "Use the built-in chooser instead", zh: "改用内置文件选择器" };
/// Hover of [`USE_BUILTIN_INSTEAD`].
pub const USE_BUILTIN_HELP: Text = Text {
    en: "If the system dialog did not appear (or is hidden behind this window), choose the file here.",
    zh: "如果系统文件对话框没有出现（或在本窗口后面），可在此处选择文件。",
};
/// The answer arrived when what it was for had gone.
pub const NOT_READY: Text = Text {
    en: "The view changed before the file was chosen; nothing was done. Please try again.",
    zh: "选择文件期间视图已改变，因此未执行。请再选择一次。",
};

// Folder errors.
/// Folder error: permission.
pub const ERR_PERMISSION: Text =
    Text { en: "This folder cannot be read (permission denied)", zh: "无法读取此文件夹（没有权限）" };
/// Folder error: gone.
pub const ERR_NOT_FOUND: Text = Text { en: "This folder does not exist", zh: "此文件夹不存在" };
/// Folder error: a file.
pub const ERR_NOT_A_FOLDER: Text = Text { en: "This is not a folder", zh: "此项不是文件夹" };
/// Folder error: anything else.
pub const ERR_OTHER: Text = Text { en: "This folder cannot be read", zh: "无法读取此文件夹" };
