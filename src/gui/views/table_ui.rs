//! Draw a [`ResultTable`] with egui, and export it (CSV, Markdown, LaTeX files; TSV to the
//! clipboard for pasting into Word or Excel).

use crate::engine::report::table::ResultTable;
use crate::gui::i18n::{Lang, tr};

/// Draw the table in the study's layout; `stale` greys the numbers.
pub fn show(ui: &mut egui::Ui, table: &ResultTable, stale: bool) {
    let weak = ui.visuals().weak_text_color();
    ui.strong(&table.title);
    egui::Grid::new(format!("rt-{}", table.id)).striped(true).min_col_width(70.0).show(ui, |ui| {
        ui.label("");
        for c in &table.columns {
            ui.strong(c);
        }
        ui.end_row();
        if !table.subheaders.is_empty() {
            ui.label("");
            for c in &table.subheaders {
                ui.strong(c);
            }
            ui.end_row();
        }
        for r in &table.rows {
            ui.label(&r.label);
            for c in &r.cells {
                let text = egui::RichText::new(c.main_text()).monospace();
                ui.label(if stale { text.color(weak) } else { text });
            }
            ui.end_row();
            if r.cells.iter().any(|c| c.sub_text().is_some()) {
                ui.label("");
                for c in &r.cells {
                    let text = egui::RichText::new(c.sub_text().unwrap_or_default()).monospace();
                    ui.label(if stale { text.color(weak) } else { text.weak() });
                }
                ui.end_row();
            }
        }
    });
    for n in &table.notes {
        ui.small(n);
    }
}

/// Export buttons for a table. Returns an error message to show, if saving failed.
pub fn export_buttons(ui: &mut egui::Ui, table: &ResultTable, lang: Lang) -> Option<String> {
    let mut error = None;
    ui.horizontal(|ui| {
        if ui.button(lang.t(&tr::COPY_TABLE)).on_hover_text(lang.t(&tr::COPY_TABLE_HELP)).clicked() {
            ui.ctx().copy_text(table.to_tsv());
        }
        for (label, ext, render) in [
            ("CSV", "csv", ResultTable::to_csv as fn(&ResultTable) -> String),
            ("Markdown", "md", ResultTable::to_markdown),
            ("LaTeX", "tex", ResultTable::to_latex),
        ] {
            if ui.button(format!("{} {label}", lang.t(&tr::EXPORT))).clicked()
                && let Some(path) = rfd::FileDialog::new()
                    .set_file_name(format!("{}.{ext}", table.id))
                    .add_filter(label, &[ext])
                    .save_file()
                && let Err(e) = crate::engine::report::atomic_write(&path, render(table).as_bytes())
            {
                error = Some(format!("{}: {e}", path.display()));
            }
        }
    });
    error
}
