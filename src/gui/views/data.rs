//! The Data view: column mapping, validation report, descriptive statistics (Table 3) and a
//! virtualized preview of every row.

use crate::engine::data::ColumnChoice;
use crate::engine::data::Panel;
use crate::engine::data::panel::ColumnData;
use crate::engine::data::summary::{VariableSummary, describe};
use crate::engine::data::validation::Severity;
use crate::gui::app::{Command, DataState, Selection};
use crate::gui::i18n::{Lang, tr};
use crate::gui::jobs::JobSlot;
use crate::gui::theme;
use crate::locale::fluent::Message;
use egui_extras::{Column, TableBuilder};
use std::sync::Arc;

/// Table 3 of panels with more cells than this is computed in the background.
pub const BACKGROUND_STATS_CELLS: usize = 2_000_000;

/// The preview table shows at most this many columns (a 10,000-column file stays fluid).
pub const MAX_PREVIEW_COLUMNS: usize = 200;

type StatsKey = (u64, usize, usize);

/// State of the Data view.
pub struct DataView {
    /// Table 3, cached per data fingerprint (hash, rows, columns).
    stats: Option<(StatsKey, Vec<VariableSummary>)>,
    /// Table 3 of a large panel, being computed.
    stats_job: JobSlot<(StatsKey, Vec<VariableSummary>)>,
    stats_pending: Option<StatsKey>,
    /// Mapping being edited.
    unit_choice: Option<ColumnChoice>,
    year_choice: Option<ColumnChoice>,
    /// Sheet and wide reading being edited (`None`: as imported).
    sheet_choice: Option<Option<String>>,
    wide_choice: Option<(bool, String)>,
    /// The file those two were edited for (another file starts from its own options).
    edited_for: String,
}

impl Default for DataView {
    fn default() -> Self {
        DataView {
            stats: None,
            stats_job: JobSlot::new("table3"),
            stats_pending: None,
            unit_choice: None,
            year_choice: None,
            sheet_choice: None,
            wide_choice: None,
            edited_for: String::new(),
        }
    }
}

fn choice_label(choice: &ColumnChoice, lang: Lang) -> String {
    match choice {
        ColumnChoice::Auto => lang.t(&tr::AUTO_DETECT).to_string(),
        ColumnChoice::Absent => lang.t(&tr::NONE_CROSS_SECTION).to_string(),
        ColumnChoice::Named(n) => n.clone(),
    }
}

impl DataView {
    /// Draw the view.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &DataState,
        raw: &Arc<Panel>,
        selection: &Selection,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        let colors = theme::palette(ui.visuals());
        if let Some(report) = &data.failed {
            egui::Frame::group(ui.style()).stroke(egui::Stroke::new(1.5, colors.error)).show(ui, |ui| {
                ui.colored_label(colors.error, format!("{} — {}", lang.t(&tr::IMPORT_FAILED), report.file));
                for f in &report.findings {
                    ui.label(crate::locale::import::locate(report, f, lang));
                }
                if ui.button(lang.t(&tr::DISMISS)).clicked() {
                    commands.push(Command::DismissFailure);
                }
            });
            ui.add_space(6.0);
        }
        let panel = &data.imported.panel;
        ui.horizontal_wrapped(|ui| {
            ui.heading(data.source_name(lang));
            let shape = match (&panel.unit, &panel.year) {
                (Some(u), Some(_)) => format!(
                    "{} {} · {} {} · {} {}",
                    panel.n_rows(),
                    lang.t(&tr::ROWS),
                    u.n_units(),
                    lang.t(&tr::UNITS),
                    panel.years().len(),
                    lang.t(&tr::YEARS)
                ),
                _ => format!("{} {} · {}", panel.n_rows(), lang.t(&tr::ROWS), lang.t(&tr::CROSS_SECTION)),
            };
            ui.label(shape);
        });
        if data.is_sample() {
            ui.colored_label(colors.warning, lang.t(&tr::SYNTHETIC_NOTE));
        }
        ui.weak(lang.t(&tr::DROP_HINT));
        ui.add_space(4.0);
        self.mapping(ui, data, lang, commands);
        egui::CollapsingHeader::new(lang.t(&tr::VALIDATION)).default_open(true).show(ui, |ui| {
            let report = &data.imported.report;
            if report.findings.is_empty() {
                ui.colored_label(colors.ok, lang.t(&tr::NO_PROBLEMS));
            }
            egui::ScrollArea::vertical().id_salt("validation").max_height(110.0).show(ui, |ui| {
                for f in &report.findings {
                    let (color, word) = match f.severity {
                        Severity::Error => (colors.error, &tr::ERROR),
                        Severity::Warning => (colors.warning, &tr::WARNING),
                        Severity::Note => (ui.visuals().text_color(), &tr::NOTE),
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(color, lang.t(word));
                        ui.label(crate::locale::import::locate(report, f, lang));
                    });
                }
            });
        });
        ui.separator();
        self.update_stats(ui.ctx(), panel, raw);
        let stats = self.stats.as_ref().map(|(_, s)| s.as_slice()).unwrap_or(&[]);
        if self.stats_job.is_running() {
            ui.horizontal(|ui| {
                crate::gui::views::widgets::busy(ui);
                ui.weak(lang.t(&tr::SUMMARY_STATS));
            });
        }
        ui.columns(2, |cols| {
            cols[0].strong(lang.t(&tr::SUMMARY_STATS));
            summary_table(&mut cols[0], stats, lang);
            cols[1].strong(lang.t(&tr::PREVIEW));
            preview_table(&mut cols[1], data, selection, lang, commands);
        });
    }

    /// Table 3 for the current data: at once for small panels, on a worker for large ones
    /// (the previous table stays until the new one is in). `raw` is the same panel, shared.
    fn update_stats(&mut self, ctx: &egui::Context, panel: &Panel, raw: &Arc<Panel>) {
        let key = (panel.content_hash, panel.n_rows(), panel.columns.len());
        if let Some(Ok(done)) = self.stats_job.poll() {
            self.stats_pending = None;
            self.stats = Some(done);
        }
        if self.stats.as_ref().is_some_and(|(k, _)| *k == key) || self.stats_pending == Some(key) {
            return;
        }
        if panel.n_rows() * panel.columns.len() < BACKGROUND_STATS_CELLS || raw.n_rows() != panel.n_rows() {
            self.stats = Some((key, describe(panel, &[])));
            return;
        }
        let shared = raw.clone();
        let wake = ctx.clone();
        self.stats_pending = Some(key);
        self.stats_job.spawn(move || wake.request_repaint(), move |_| Ok((key, describe(&shared, &[]))));
    }

    fn mapping(&mut self, ui: &mut egui::Ui, data: &DataState, lang: Lang, commands: &mut Vec<Command>) {
        let names: Vec<String> = data.imported.panel.column_names().iter().map(|s| s.to_string()).collect();
        egui::CollapsingHeader::new(lang.t(&tr::COLUMN_MAPPING)).default_open(false).show(ui, |ui| {
            egui::Grid::new("mapping").num_columns(2).show(ui, |ui| {
                let unit = self.unit_choice.get_or_insert_with(|| data.options.unit.clone());
                ui.label(lang.t(&tr::UNIT_COLUMN));
                egui::ComboBox::from_id_salt("unit-col").selected_text(choice_label(unit, lang)).show_ui(ui, |ui| {
                    ui.selectable_value(unit, ColumnChoice::Auto, lang.t(&tr::AUTO_DETECT));
                    ui.selectable_value(unit, ColumnChoice::Absent, lang.t(&tr::NONE_CROSS_SECTION));
                    for n in &names {
                        ui.selectable_value(unit, ColumnChoice::Named(n.clone()), n);
                    }
                });
                ui.end_row();
                let year = self.year_choice.get_or_insert_with(|| data.options.year.clone());
                ui.label(lang.t(&tr::YEAR_COLUMN));
                egui::ComboBox::from_id_salt("year-col").selected_text(choice_label(year, lang)).show_ui(ui, |ui| {
                    ui.selectable_value(year, ColumnChoice::Auto, lang.t(&tr::AUTO_DETECT));
                    ui.selectable_value(year, ColumnChoice::Absent, lang.t(&tr::NONE_CROSS_SECTION));
                    for n in &names {
                        ui.selectable_value(year, ColumnChoice::Named(n.clone()), n);
                    }
                });
                ui.end_row();
                if self.edited_for != data.imported.report.file {
                    self.edited_for = data.imported.report.file.clone();
                    (self.sheet_choice, self.wide_choice) = (None, None);
                }
                let sheets = data.imported.report.sheets();
                let sheet = self.sheet_choice.get_or_insert_with(|| data.options.sheet.clone());
                if sheets.len() > 1 {
                    let label = ui.label(lang.t(&tr::SHEET));
                    let shown = sheet.clone().unwrap_or_else(|| lang.t(&tr::SHEET_AUTO).to_string());
                    egui::ComboBox::from_id_salt("sheet")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(sheet, None, lang.t(&tr::SHEET_AUTO));
                            for n in sheets {
                                ui.selectable_value(sheet, Some(n.clone()), n);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                }
                let (wide, variable) = self.wide_choice.get_or_insert_with(|| {
                    (data.options.wide.is_some(), data.options.wide.clone().unwrap_or_default())
                });
                ui.checkbox(wide, lang.t(&tr::WIDE_TABLE)).on_hover_text(lang.t(&tr::WIDE_HINT));
                // Named by its hover text, not by the checkbox: a field labelled by the checkbox
                // answers to the checkbox's name too, and a click by that name reached the field.
                ui.add_enabled(*wide, egui::TextEdit::singleline(variable).desired_width(120.0).hint_text("GDP"))
                    .on_hover_text(lang.t(&tr::WIDE_HINT));
                ui.end_row();
            });
            if ui.button(lang.t(&tr::APPLY_MAPPING)).clicked() {
                let wide = self.wide_choice.clone().filter(|(on, v)| *on && !v.trim().is_empty());
                commands.push(Command::Remap {
                    unit: self.unit_choice.clone().unwrap_or_default(),
                    year: self.year_choice.clone().unwrap_or_default(),
                    sheet: self.sheet_choice.clone().flatten(),
                    wide: wide.map(|(_, v)| v.trim().to_string()),
                });
            }
        });
    }
}

fn summary_table(ui: &mut egui::Ui, stats: &[VariableSummary], lang: Lang) {
    TableBuilder::new(ui)
        .id_salt("table3")
        .striped(true)
        .column(Column::auto().at_least(110.0))
        .columns(Column::auto().at_least(56.0), 5)
        .header(22.0, |mut h| {
            for t in
                [lang.t(&tr::VARIABLE), "N", lang.t(&tr::MEAN), lang.t(&tr::SD), lang.t(&tr::MIN), lang.t(&tr::MAX)]
            {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, stats.len(), |mut row| {
                let s = &stats[row.index()];
                row.col(|ui| {
                    ui.label(&s.name);
                });
                row.col(|ui| {
                    ui.label(s.n.to_string());
                });
                for v in [s.mean, s.sd, s.min, s.max] {
                    row.col(|ui| {
                        ui.label(format_number(v));
                    });
                }
            });
        });
}

fn preview_table(ui: &mut egui::Ui, data: &DataState, selection: &Selection, lang: Lang, commands: &mut Vec<Command>) {
    let panel = &data.imported.panel;
    let cols = &panel.columns[..panel.columns.len().min(MAX_PREVIEW_COLUMNS)];
    if cols.len() < panel.columns.len() {
        ui.weak(
            Message::new("gui-data-preview-columns-cut")
                .arg("n", cols.len().to_string())
                .arg("m", panel.columns.len().to_string())
                .render(lang),
        );
    }
    let unit_col = panel.unit.as_ref().map(|u| u.column.as_str());
    egui::ScrollArea::horizontal().id_salt("preview-h").show(ui, |ui| {
        TableBuilder::new(ui)
            .id_salt("preview")
            .striped(true)
            .sense(egui::Sense::click())
            .columns(Column::auto().at_least(64.0), cols.len())
            .header(22.0, |mut header| {
                for c in cols {
                    header.col(|ui| {
                        ui.strong(&c.name);
                    });
                }
            })
            .body(|body| {
                body.rows(20.0, panel.n_rows(), |mut row| {
                    let r = row.index();
                    let unit = panel.unit_label(r);
                    row.set_selected(unit.is_some() && unit == selection.unit.as_deref());
                    for c in cols {
                        row.col(|ui| {
                            match &c.data {
                                ColumnData::Numeric(v) if v[r].is_nan() => ui.weak("—"),
                                ColumnData::Numeric(v) => ui.label(format_number(v[r])),
                                ColumnData::Text(v) if Some(c.name.as_str()) == unit_col => {
                                    ui.label(lang.province(v[r].as_deref().unwrap_or("")))
                                }
                                ColumnData::Text(v) => ui.label(v[r].as_deref().unwrap_or("")),
                            };
                        });
                    }
                    if row.response().clicked()
                        && let Some(u) = unit
                    {
                        let same = selection.unit.as_deref() == Some(u);
                        commands.push(Command::Select(if same { None } else { Some(u.to_string()) }));
                    }
                });
            });
    });
}

/// Numbers for tables: up to 4 significant decimals, no scientific notation for usual sizes.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    if v.fract() == 0.0 && a < 1e12 {
        return format!("{v:.0}");
    }
    if a != 0.0 && !(1e-4..1e9).contains(&a) {
        format!("{v:.3e}")
    } else if a >= 1000.0 {
        format!("{v:.1}")
    } else if a >= 1.0 {
        format!("{v:.3}")
    } else {
        format!("{v:.4}")
    }
}
