//! The application: state, the frame loop (logic, then drawing), menus, navigation, status bar.
//!
//! Views never mutate shared state directly: they push [`Command`]s that [`ExplorerApp::apply`]
//! carries out in one place after the frame is drawn.

use super::LaunchOptions;
use super::i18n::{Lang, tr};
use super::prefs::Prefs;
use super::theme::{self, ThemeChoice};
use super::views::data::DataView;
use crate::engine::data::{ColumnChoice, ImportOptions, Imported, Report, import_bytes, import_path, sample};
use std::path::PathBuf;
use std::time::Instant;

/// The navigation's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// Import, validation, preview, Table 3.
    #[default]
    Data,
}

impl View {
    /// Views in navigation order.
    pub const ALL: [View; 1] = [View::Data];

    /// Label in the current language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            View::Data => lang.t(&tr::VIEW_DATA),
        }
    }

    /// Parse a command-line view name.
    pub fn parse(s: &str) -> Option<View> {
        match s.to_ascii_lowercase().as_str() {
            "data" => Some(View::Data),
            _ => None,
        }
    }
}

/// The loaded data and its validation report.
pub struct DataState {
    /// The current import (never replaced by a failed one).
    pub imported: Imported,
    /// The path it came from (`None` for the bundled sample).
    pub path: Option<PathBuf>,
    /// The report of the last failed import, shown until dismissed.
    pub failed: Option<Report>,
    /// The column mapping used for the current import.
    pub options: ImportOptions,
}

impl DataState {
    /// The bundled sample.
    pub fn bundled() -> Self {
        let imported = import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &ImportOptions::default())
            .expect("the bundled sample imports");
        DataState { imported, path: None, failed: None, options: ImportOptions::default() }
    }

    /// True for the bundled synthetic sample.
    pub fn is_sample(&self) -> bool {
        self.path.is_none()
    }
}

/// Something a view asks the application to do.
#[derive(Clone, Debug)]
pub enum Command {
    /// Show the native open dialog.
    OpenCsvDialog,
    /// Import a file (a failure keeps the current data).
    OpenCsv(PathBuf),
    /// Go back to the bundled sample.
    LoadSample,
    /// Re-import the current file with another unit/year mapping.
    Remap {
        /// Unit column choice.
        unit: ColumnChoice,
        /// Year column choice.
        year: ColumnChoice,
    },
    /// Dismiss the failed-import report.
    DismissFailure,
    /// Switch view.
    ShowView(View),
}

/// The Carbon DML Explorer application.
pub struct ExplorerApp {
    /// Data and import state.
    pub data: DataState,
    /// Persisted preferences.
    pub prefs: Prefs,
    /// Commands queued by views during this frame.
    pub commands: Vec<Command>,
    data_view: DataView,
    screenshot: Option<PathBuf>,
    screenshot_requested: bool,
    frames: u64,
    frame_times: std::collections::VecDeque<f32>,
    last_frame: Option<Instant>,
    show_about: Option<About>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum About {
    Study,
    Methods,
    Shortcuts,
}

impl ExplorerApp {
    /// Create the app: preferences from storage, the bundled sample loaded, fonts installed.
    pub fn new(cc: &eframe::CreationContext<'_>, options: LaunchOptions) -> Self {
        let prefs = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, Prefs::KEY)).unwrap_or_default();
        super::fonts::install(&cc.egui_ctx);
        let mut app = Self::with_prefs(prefs, options);
        app.restore_last_file();
        app
    }

    /// Create the app without an eframe context (tests): default preferences.
    pub fn with_options(options: LaunchOptions) -> Self {
        Self::with_prefs(Prefs::default(), options)
    }

    fn with_prefs(mut prefs: Prefs, options: LaunchOptions) -> Self {
        if let Some(l) = options.lang.as_deref().and_then(Lang::parse) {
            prefs.lang = l;
        }
        if let Some(v) = options.view.as_deref().and_then(View::parse) {
            prefs.view = v;
        }
        ExplorerApp {
            data: DataState::bundled(),
            prefs,
            commands: Vec::new(),
            data_view: DataView::default(),
            screenshot: options.screenshot,
            screenshot_requested: false,
            frames: 0,
            frame_times: Default::default(),
            last_frame: None,
            show_about: None,
        }
    }

    fn restore_last_file(&mut self) {
        if self.screenshot.is_some() {
            return;
        }
        if let Some(p) = self.prefs.last_file.clone()
            && p.exists()
        {
            self.open_csv(p);
            self.data.failed = None;
        }
    }

    /// Current language.
    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// Import `path` with its remembered mapping; on failure keep the current data.
    pub fn open_csv(&mut self, path: PathBuf) {
        let options = self.prefs.mapping_for(&path);
        match import_path(&path, &options) {
            Ok(imported) => {
                self.prefs.remember_file(&path);
                self.data = DataState { imported, path: Some(path), failed: None, options };
            }
            Err(report) => self.data.failed = Some(report),
        }
    }

    /// Carry out the queued commands.
    pub fn apply(&mut self) {
        for cmd in std::mem::take(&mut self.commands) {
            match cmd {
                Command::OpenCsvDialog => {
                    if let Some(p) = rfd::FileDialog::new().add_filter("CSV", &["csv", "txt", "tsv"]).pick_file() {
                        self.open_csv(p);
                    }
                }
                Command::OpenCsv(p) => self.open_csv(p),
                Command::LoadSample => {
                    self.data = DataState::bundled();
                    self.prefs.last_file = None;
                }
                Command::Remap { unit, year } => {
                    let options = ImportOptions { separator: None, unit, year };
                    let result = match &self.data.path {
                        Some(p) => import_path(p, &options),
                        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &options),
                    };
                    match result {
                        Ok(imported) => {
                            if let Some(p) = &self.data.path {
                                self.prefs.set_mapping(p, &options);
                            }
                            self.data.imported = imported;
                            self.data.options = options;
                            self.data.failed = None;
                        }
                        Err(report) => self.data.failed = Some(report),
                    }
                }
                Command::DismissFailure => self.data.failed = None,
                Command::ShowView(v) => self.prefs.view = v,
            }
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.t(&tr::MENU_FILE), |ui| {
                if ui.add(egui::Button::new(lang.t(&tr::OPEN_CSV)).shortcut_text("Ctrl+O")).clicked() {
                    self.commands.push(Command::OpenCsvDialog);
                    ui.close();
                }
                if ui.button(lang.t(&tr::OPEN_SAMPLE)).clicked() {
                    self.commands.push(Command::LoadSample);
                    ui.close();
                }
                ui.menu_button(lang.t(&tr::RECENT_FILES), |ui| {
                    if self.prefs.recent_files.is_empty() {
                        ui.weak(lang.t(&tr::NO_RECENT));
                    }
                    for p in self.prefs.recent_files.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            self.commands.push(Command::OpenCsv(p));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                if ui.button(lang.t(&tr::QUIT)).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button(lang.t(&tr::MENU_VIEW), |ui| {
                ui.label(lang.t(&tr::LANGUAGE));
                ui.radio_value(&mut self.prefs.lang, Lang::En, "English");
                ui.radio_value(&mut self.prefs.lang, Lang::Zh, "中文");
                ui.separator();
                ui.label(lang.t(&tr::THEME));
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Light, lang.t(&tr::THEME_LIGHT));
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Dark, lang.t(&tr::THEME_DARK));
                ui.separator();
                ui.label(lang.t(&tr::ZOOM));
                ui.horizontal(|ui| {
                    if ui.button(lang.t(&tr::ZOOM_OUT)).clicked() {
                        self.prefs.zoom = (self.prefs.zoom - 0.1).max(*theme::ZOOM_RANGE.start());
                    }
                    if ui.button(lang.t(&tr::ZOOM_RESET)).clicked() {
                        self.prefs.zoom = 1.0;
                    }
                    if ui.button(lang.t(&tr::ZOOM_IN)).clicked() {
                        self.prefs.zoom = (self.prefs.zoom + 0.1).min(*theme::ZOOM_RANGE.end());
                    }
                });
                ui.checkbox(&mut self.prefs.presentation, lang.t(&tr::PRESENTATION));
                ui.checkbox(&mut self.prefs.debug_overlay, lang.t(&tr::DEBUG_OVERLAY));
            });
            ui.menu_button(lang.t(&tr::MENU_HELP), |ui| {
                for (about, label) in [
                    (About::Study, &tr::ABOUT_STUDY),
                    (About::Methods, &tr::ABOUT_METHODS),
                    (About::Shortcuts, &tr::SHORTCUTS),
                ] {
                    if ui.button(lang.t(label)).clicked() {
                        self.show_about = Some(about);
                        ui.close();
                    }
                }
            });
        });
    }

    fn navigation(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        ui.add_space(6.0);
        for (i, v) in View::ALL.iter().enumerate() {
            let selected = self.prefs.view == *v;
            let r = ui
                .add_sized([ui.available_width(), 28.0], egui::Button::selectable(selected, v.label(lang)))
                .on_hover_text(format!("Ctrl+{}", i + 1));
            if r.clicked() {
                self.commands.push(Command::ShowView(*v));
            }
        }
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let p = &self.data.imported.panel;
        ui.horizontal(|ui| {
            let mut source = format!("{}: {} — N = {}", lang.t(&tr::STATUS_DATA), p.source, p.n_rows());
            if self.data.is_sample() {
                source = format!("{} ({})", source, lang.t(&tr::SYNTHETIC));
            }
            ui.label(source);
        });
    }

    fn about_window(&mut self, ctx: &egui::Context) {
        let Some(about) = self.show_about else { return };
        let lang = self.lang();
        let (title, body) = match about {
            About::Study => (lang.t(&tr::ABOUT_STUDY), super::help::study(lang)),
            About::Methods => (lang.t(&tr::ABOUT_METHODS), super::help::methods(lang)),
            About::Shortcuts => (lang.t(&tr::SHORTCUTS), super::help::shortcuts(lang)),
        };
        let mut open = true;
        egui::Window::new(title).open(&mut open).default_width(560.0).show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(480.0).show(ui, |ui| ui.label(body));
        });
        if !open {
            self.show_about = None;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        if ctx.input_mut(|i| i.consume_shortcut(&open)) {
            self.commands.push(Command::OpenCsvDialog);
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7];
        for (k, v) in keys.iter().zip(View::ALL) {
            if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, *k))) {
                self.commands.push(Command::ShowView(v));
            }
        }
        let zoom_in = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
        let zoom_in2 = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
        let zoom_out = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
        let zoom_reset = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_in) || i.consume_shortcut(&zoom_in2)) {
            self.prefs.zoom = (self.prefs.zoom + 0.1).min(*theme::ZOOM_RANGE.end());
        }
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_out)) {
            self.prefs.zoom = (self.prefs.zoom - 0.1).max(*theme::ZOOM_RANGE.start());
        }
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_reset)) {
            self.prefs.zoom = 1.0;
        }
    }

    fn debug_overlay(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        if let Some(prev) = self.last_frame {
            self.frame_times.push_back(ctx.input(|i| i.unstable_dt) * 1000.0);
            let _ = prev;
        }
        self.last_frame = Some(now);
        while self.frame_times.len() > 120 {
            self.frame_times.pop_front();
        }
        if !self.prefs.debug_overlay {
            return;
        }
        let cpu_ms = ctx.input(|i| i.unstable_dt) * 1000.0;
        let worst = self.frame_times.iter().copied().fold(0.0f32, f32::max);
        egui::Area::new(egui::Id::unique("debug-overlay")).anchor(egui::Align2::RIGHT_TOP, [-8.0, 32.0]).show(
            ctx,
            |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.monospace(format!("frame {cpu_ms:5.1} ms  worst(120) {worst:5.1} ms"));
                });
            },
        );
    }

    fn take_screenshot_when_ready(&mut self, ctx: &egui::Context) {
        let Some(path) = self.screenshot.clone() else { return };
        self.frames += 1;
        if self.frames >= 5 && !self.screenshot_requested {
            self.screenshot_requested = true;
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

    /// Draw the whole window (also used by the kittest harness).
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        theme::apply(&ctx, self.prefs.theme);
        let zoom = if self.prefs.presentation { theme::PRESENTATION_ZOOM } else { self.prefs.zoom };
        if (ctx.zoom_factor() - zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        egui::Panel::left("nav").resizable(false).exact_size(130.0).show(ui, |ui| self.navigation(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| match self.prefs.view {
            View::Data => self.data_view.ui(ui, &self.data, self.prefs.lang, &mut self.commands),
        });
        self.about_window(&ctx);
        self.debug_overlay(&ctx);
    }

    /// Per-frame logic: input, dropped files, shortcuts (no drawing).
    pub fn logic_step(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.first().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty())
        });
        if let Some(p) = dropped {
            self.commands.push(Command::OpenCsv(p));
        }
        self.shortcuts(ctx);
        self.apply();
    }
}

impl eframe::App for ExplorerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.logic_step(ctx);
        self.take_screenshot_when_ready(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
        self.apply();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, Prefs::KEY, &self.prefs);
        }
    }
}
