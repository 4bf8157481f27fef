//! Importing a data file in the background: large files are read, parsed and validated on a
//! worker thread with progress and cancel, so the window stays responsive; small files are
//! imported at once (they take milliseconds and tests expect the result on the next frame).

use super::i18n::{Lang, Text};
use super::jobs::JobSlot;
use crate::engine::data::{ImportControl, ImportError, ImportOptions, Imported, Report, import_path_with};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Files at least this large are imported in the background.
pub const BACKGROUND_AT_BYTES: u64 = 4 << 20;

/// "Importing".
pub const IMPORTING: Text = Text::id("gui-import-job-importing");
/// Cancel button.
pub const CANCEL_IMPORT: Text = Text::id("gui-import-job-cancel-import");

/// What a finished import gives the app.
pub struct ImportDone {
    /// The file.
    pub path: PathBuf,
    /// The mapping used.
    pub options: ImportOptions,
    /// The panel, or the report of why not.
    pub result: Result<Imported, Report>,
}

/// The background import slot.
pub struct BackgroundImport {
    job: JobSlot<ImportDone>,
    /// Imports of files at least this large run in the background (tests set 0).
    pub threshold: u64,
    file: Option<PathBuf>,
}

impl Default for BackgroundImport {
    fn default() -> Self {
        BackgroundImport { job: JobSlot::new("import"), threshold: BACKGROUND_AT_BYTES, file: None }
    }
}

impl BackgroundImport {
    /// True when `path` should be imported in the background.
    pub fn wants(&self, path: &Path) -> bool {
        std::fs::metadata(path).map(|m| m.len() >= self.threshold).unwrap_or(false)
    }

    /// Start importing `path` (a running import is cancelled). `wake` is called when done.
    pub fn start(&mut self, path: PathBuf, options: ImportOptions, wake: impl Fn() + Send + 'static) {
        self.file = Some(path.clone());
        self.job.spawn(wake, move |jc| {
            let progress = jc.progress.clone();
            progress.set_total(1000);
            let control = ImportControl {
                cancel: Some(jc.cancel.clone()),
                progress: Some(Arc::new(move |f: f32| progress.set_done((f * 1000.0) as u32))),
                per_cell: false,
            };
            let result = match import_path_with(&path, &options, &control) {
                Ok(imp) => Ok(imp),
                Err(ImportError::Invalid(r)) => Err(r),
                Err(ImportError::Cancelled) => return Err(super::jobs::CANCELLED.to_string()),
            };
            Ok(ImportDone { path, options, result })
        });
    }

    /// The finished import, if one arrived; `Err` is a job failure (a panic) to show.
    pub fn poll(&mut self) -> Option<Result<ImportDone, String>> {
        self.job.poll()
    }

    /// Cancel the running import (the current data stays).
    pub fn cancel(&mut self) {
        self.job.cancel();
    }

    /// True while an import runs.
    pub fn is_running(&self) -> bool {
        self.job.is_running()
    }

    /// The status bar's part: the file, a progress bar and the cancel button; true when the
    /// button was clicked.
    pub fn status_ui(&self, ui: &mut egui::Ui, lang: Lang) -> bool {
        if !self.is_running() {
            return false;
        }
        let name = self.file.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
        crate::gui::views::widgets::busy(ui);
        let frac = self.job.progress().unwrap_or(0.0);
        ui.label(format!("{} {}", lang.t(&IMPORTING), name.unwrap_or_default()));
        ui.add(egui::ProgressBar::new(frac).desired_width(120.0).text(format!("{:.0}%", frac * 100.0)));
        let clicked = ui.small_button(lang.t(&CANCEL_IMPORT)).clicked();
        ui.separator();
        clicked
    }
}
