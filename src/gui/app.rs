//! The application state and frame loop: menu bar, status bar, the current view.

use super::LaunchOptions;
use super::views::data::DataView;
use crate::engine::data::{Imported, Report, import_path, sample};
use std::path::PathBuf;

/// The loaded data and its validation report.
pub struct DataState {
    /// The current import (never replaced by a failed one).
    pub imported: Imported,
    /// The path it came from (`None` for the bundled sample).
    pub path: Option<PathBuf>,
    /// The report of the last failed import, shown until dismissed.
    pub failed: Option<Report>,
}

/// The Carbon DML Explorer application.
pub struct ExplorerApp {
    /// Data and import state.
    pub data: DataState,
    data_view: DataView,
    screenshot: Option<PathBuf>,
    frames: u32,
}

impl ExplorerApp {
    /// Create the app with the bundled sample loaded.
    pub fn new(_cc: &eframe::CreationContext<'_>, options: LaunchOptions) -> Self {
        Self::with_options(options)
    }

    /// Create the app without an eframe context (tests).
    pub fn with_options(options: LaunchOptions) -> Self {
        let imported = crate::engine::data::import_bytes(
            sample::BUNDLED_CSV.as_bytes(),
            sample::BUNDLED_NAME,
            &Default::default(),
        )
        .expect("the bundled sample imports");
        ExplorerApp {
            data: DataState { imported, path: None, failed: None },
            data_view: DataView::default(),
            screenshot: options.screenshot,
            frames: 0,
        }
    }

    /// Import `path`; on failure keep the current data and show the report.
    pub fn open_csv(&mut self, path: PathBuf) {
        match import_path(&path, &Default::default()) {
            Ok(imported) => {
                self.data = DataState { imported, path: Some(path), failed: None };
            }
            Err(report) => self.data.failed = Some(report),
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open CSV…").clicked() {
                    ui.close();
                    if let Some(p) = rfd::FileDialog::new().add_filter("CSV", &["csv", "txt", "tsv"]).pick_file() {
                        self.open_csv(p);
                    }
                }
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        let p = &self.data.imported.panel;
        ui.horizontal(|ui| {
            ui.label(format!("Data: {} — N = {}", p.source, p.n_rows()));
        });
    }

    fn take_screenshot_when_ready(&mut self, ctx: &egui::Context) {
        let Some(path) = self.screenshot.clone() else { return };
        self.frames += 1;
        if self.frames == 3 {
            let ctx2 = ctx.clone();
            ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
                let [w, h] = image.size;
                let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
                let result = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
                    .ok_or_else(|| "bad screenshot buffer".to_string())
                    .and_then(|img| img.save(&path).map_err(|e| e.to_string()));
                match result {
                    Ok(()) => eprintln!("wrote {}", path.display()),
                    Err(e) => eprintln!("error: could not write {}: {e}", path.display()),
                }
                ctx2.send_viewport_cmd(egui::ViewportCommand::Close);
                ctx2.request_repaint();
            })));
        }
        ctx.request_repaint();
    }
}

impl eframe::App for ExplorerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.first().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty())
        });
        if let Some(p) = dropped {
            self.open_csv(p);
        }
        self.take_screenshot_when_ready(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            self.data_view.ui(ui, &mut self.data);
        });
    }
}
