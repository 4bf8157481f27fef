//! Draw a [`ResultTable`] with egui, and export it (CSV, Markdown, LaTeX files; TSV to the
//! clipboard for pasting into Word or Excel).

use crate::engine::report::table::ResultTable;
use crate::gui::app::Command;
use crate::gui::file_dialog::{FileRequest, Purpose, texts};
use crate::gui::i18n::{Lang, Text, tr};
use std::path::Path;

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

/// A file format a table exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    /// Comma-separated values.
    Csv,
    /// A Markdown pipe table.
    Markdown,
    /// A LaTeX tabular.
    Latex,
}

impl TableFormat {
    /// Every format, in the order of the buttons.
    pub const ALL: [TableFormat; 3] = [TableFormat::Csv, TableFormat::Markdown, TableFormat::Latex];

    /// Name on the button (the same in both languages).
    pub fn label(self) -> &'static str {
        match self {
            TableFormat::Csv => "CSV",
            TableFormat::Markdown => "Markdown",
            TableFormat::Latex => "LaTeX",
        }
    }

    /// The file extension (in a slice, as the dialog's filter takes it).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            TableFormat::Csv => &["csv"],
            TableFormat::Markdown => &["md"],
            TableFormat::Latex => &["tex"],
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        self.extensions().first().copied().unwrap_or("txt")
    }

    /// The table in this format.
    pub fn render(self, table: &ResultTable) -> String {
        match self {
            TableFormat::Csv => table.to_csv(),
            TableFormat::Markdown => table.to_markdown(),
            TableFormat::Latex => table.to_latex(),
        }
    }

    /// The filter of the save dialog.
    fn filter_name(self) -> Text {
        match self {
            TableFormat::Csv => Text::id("gui-table-format-csv"),
            TableFormat::Markdown => Text::id("gui-table-format-markdown"),
            TableFormat::Latex => Text::id("gui-table-format-latex"),
        }
    }
}

/// Write `table` to `path` in `format` (atomic write); the error names the file.
pub fn write(table: &ResultTable, format: TableFormat, path: &Path) -> Result<(), String> {
    crate::engine::report::atomic_write(path, format.render(table).as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Export buttons for a table: copy to the clipboard, or ask for a file (the app writes it
/// with [`write`] and shows a failure in its message window).
pub fn export_buttons(ui: &mut egui::Ui, table: &ResultTable, lang: Lang, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui.button(lang.t(&tr::COPY_TABLE)).on_hover_text(lang.t(&tr::COPY_TABLE_HELP)).clicked() {
            ui.ctx().copy_text(table.to_tsv());
        }
        for format in TableFormat::ALL {
            if ui.button(format!("{} {}", lang.t(&tr::EXPORT), format.label())).clicked() {
                let file_name = format!("{}.{}", table.id, format.extension());
                let purpose = Purpose::ExportTable { table: Box::new(table.clone()), format };
                let request = FileRequest::save(texts::TITLE_EXPORT_TABLE, file_name, purpose)
                    .filter(format.filter_name(), format.extensions());
                commands.push(Command::RequestFile(request));
            }
        }
    });
}
