//! The Data view: validation report, table preview and descriptive statistics (Table 3).

use crate::engine::data::panel::ColumnData;
use crate::engine::data::summary::describe;
use crate::engine::data::validation::Severity;
use crate::gui::app::DataState;
use egui_extras::{Column, TableBuilder};

/// State of the Data view.
#[derive(Default)]
pub struct DataView {}

impl DataView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &mut DataState) {
        let Self {} = self;
        if let Some(report) = &data.failed {
            let mut dismiss = false;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Import failed: {} (the previous data are kept)", report.file),
                );
                for f in &report.findings {
                    ui.label(report.describe(f));
                }
                dismiss = ui.button("Dismiss").clicked();
            });
            if dismiss {
                data.failed = None;
            }
        }
        let panel = &data.imported.panel;
        ui.heading(&panel.source);
        for f in &data.imported.report.findings {
            let color = match f.severity {
                Severity::Error => ui.visuals().error_fg_color,
                Severity::Warning => ui.visuals().warn_fg_color,
                Severity::Note => ui.visuals().text_color(),
            };
            ui.colored_label(color, data.imported.report.describe(f));
        }
        ui.separator();
        ui.heading("Descriptive statistics (Table 3)");
        let stats = describe(panel, &[]);
        egui::ScrollArea::vertical().id_salt("stats").max_height(ui.available_height() * 0.45).show(ui, |ui| {
            egui::Grid::new("table3").striped(true).show(ui, |ui| {
                for h in ["Variable", "N", "Mean", "SD", "Min", "Max"] {
                    ui.strong(h);
                }
                ui.end_row();
                for s in &stats {
                    ui.label(&s.name);
                    ui.label(s.n.to_string());
                    for v in [s.mean, s.sd, s.min, s.max] {
                        ui.label(format!("{v:.3}"));
                    }
                    ui.end_row();
                }
            });
        });
        ui.separator();
        ui.heading("Preview");
        let cols = &panel.columns;
        egui::ScrollArea::horizontal().id_salt("preview").show(ui, |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .columns(Column::auto().at_least(60.0), cols.len())
                .header(20.0, |mut header| {
                    for c in cols {
                        header.col(|ui| {
                            ui.strong(&c.name);
                        });
                    }
                })
                .body(|body| {
                    body.rows(18.0, panel.n_rows(), |mut row| {
                        let r = row.index();
                        for c in cols {
                            row.col(|ui| {
                                match &c.data {
                                    ColumnData::Numeric(v) if v[r].is_nan() => ui.weak("—"),
                                    ColumnData::Numeric(v) => ui.label(format!("{}", v[r])),
                                    ColumnData::Text(v) => ui.label(v[r].as_deref().unwrap_or("")),
                                };
                            });
                        }
                    });
                });
        });
    }
}
