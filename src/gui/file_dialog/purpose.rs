//! What to do with a chosen file: one variant per open, save and export of the window,
//! carrying what the action needs that could change while the dialog is open.

use crate::engine::battery::BatteryReport;
use crate::engine::data::Panel;
use crate::engine::report::table::ResultTable;
use crate::gui::views::table_ui::TableFormat;
use std::sync::Arc;

/// The continuation of a [`super::FileRequest`], carried out by the app when the answer comes.
#[derive(Clone, Debug)]
pub enum Purpose {
    /// Import a data file (File > Open CSV…).
    OpenCsv,
    /// Open a scenario and its data.
    OpenScenario,
    /// Save the scenario to the chosen file.
    SaveScenario,
    /// Save the part of the window inside `rect` (a plot) as a PNG.
    ExportPng {
        /// Screen rectangle, points.
        rect: egui::Rect,
    },
    /// Write a result table.
    ExportTable {
        /// The table as shown when the button was pressed.
        table: Box<ResultTable>,
        /// CSV, Markdown or LaTeX.
        format: TableFormat,
    },
    /// Load the Maps view's boundaries from a GeoJSON file.
    LoadGeoJson,
    /// Render the Maps view's maps to a PNG file.
    ExportMapPng,
    /// Write the Robustness view's report files into the chosen folder.
    ExportReport {
        /// The battery as shown when the button was pressed.
        report: Arc<BatteryReport>,
        /// The derived panel it ran on.
        panel: Arc<Panel>,
    },
    /// Add the chosen scenario files to the Scenarios view's comparison.
    CompareScenarios,
    /// Sum the chosen GeoTIFF rasters per unit and year into a panel column (Maps view).
    AddGridded,
}
