//! The application: state, the frame loop (logic, then drawing), menus, navigation, status bar.
//!
//! Views never mutate shared state directly: they push [`Command`]s that [`ExplorerApp::apply`]
//! carries out in one place after the frame is drawn.

use super::LaunchOptions;
use super::analysis::Analysis;
use super::autosave::{self, Autosave};
use super::file_dialog::{Ask, FileAnswer, FileDialogs, FileRequest, Purpose, texts as file_texts};
use super::i18n::{Lang, tr};
use super::import_job::BackgroundImport;
use super::prefs::Prefs;
use super::theme::{self, ThemeChoice};
use super::views::ViewCtx;
use super::views::data::DataView;
use super::views::index::IndexView;
use super::views::lab::LabView;
use super::views::maps::MapsView;
use super::views::model::ModelView;
use super::views::results::ResultsView;
use super::views::robustness::RobustnessView;
use super::views::scenarios::{ScenariosView, resolve_data};
use crate::engine::data::{ColumnChoice, ImportOptions, Imported, Panel, Report, import_bytes, import_path, sample};
use crate::engine::scenario::Scenario;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The navigation's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// Import, validation, preview, Table 3.
    #[default]
    Data,
    /// Index weights and DCP over time.
    Index,
    /// Model set-up.
    Model,
    /// Estimates, tables and plots.
    Results,
    /// Choropleth maps.
    Maps,
    /// The study's battery and the specification curve.
    Robustness,
    /// Saved scenarios side by side.
    Scenarios,
    /// The classroom lab: Monte Carlo of naive OLS against DML.
    Lab,
}

impl View {
    /// Views in navigation order.
    pub const ALL: [View; 8] =
        [View::Data, View::Index, View::Model, View::Results, View::Maps, View::Robustness, View::Scenarios, View::Lab];

    /// Label in the current language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            View::Data => &tr::VIEW_DATA,
            View::Index => &tr::VIEW_INDEX,
            View::Model => &tr::VIEW_MODEL,
            View::Results => &tr::VIEW_RESULTS,
            View::Maps => &tr::VIEW_MAPS,
            View::Robustness => &tr::VIEW_ROBUSTNESS,
            View::Scenarios => &tr::VIEW_SCENARIOS,
            View::Lab => &tr::VIEW_LAB,
        })
    }

    /// Command-line name.
    pub fn cli_name(self) -> &'static str {
        match self {
            View::Data => "data",
            View::Index => "index",
            View::Model => "model",
            View::Results => "results",
            View::Maps => "maps",
            View::Robustness => "robustness",
            View::Scenarios => "scenarios",
            View::Lab => "lab",
        }
    }

    /// Parse a command-line view name.
    pub fn parse(s: &str) -> Option<View> {
        // The Maps view's LISA maps (see `MapsView::for_view_name`).
        if matches!(s.to_ascii_lowercase().as_str(), "lisa" | "lisa-significance") {
            return Some(View::Maps);
        }
        View::ALL.into_iter().find(|v| v.cli_name() == s.to_ascii_lowercase())
    }
}

/// Storage key of the scenario restored at the next start.
pub const SCENARIO_KEY: &str = "carbon-dml-scenario";

/// An import as the window keeps it: the panel in an `Arc` that the analysis shares (its raw
/// panel is this same allocation), so the data are held once and adopting an import copies
/// nothing (a 1,000,000-row copy took 340 ms, one whole frame, on the window thread).
pub struct SharedImport {
    /// The data.
    pub panel: Arc<Panel>,
    /// Warnings and notes (no errors).
    pub report: Report,
    /// File line of each panel row.
    pub lines: Vec<usize>,
}

impl From<Imported> for SharedImport {
    fn from(imported: Imported) -> Self {
        SharedImport { panel: Arc::new(imported.panel), report: imported.report, lines: imported.lines }
    }
}

/// The loaded data and its validation report.
pub struct DataState {
    /// The current import (never replaced by a failed one).
    pub imported: SharedImport,
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
            .expect("the bundled sample imports")
            .into();
        DataState { imported, path: None, failed: None, options: ImportOptions::default() }
    }

    /// True for the bundled synthetic sample.
    pub fn is_sample(&self) -> bool {
        self.path.is_none()
    }

    /// The data's source as shown: the file, or the bundled sample in `lang`.
    pub fn source_name(&self, lang: Lang) -> String {
        crate::locale::source_name(&self.imported.panel.source, lang)
    }
}

/// The unit selected on a map, in a table or a plot (linked highlighting across views).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Unit label as in the panel (English province name or generic id).
    pub unit: Option<String>,
}

/// Something a view asks the application to do.
#[derive(Clone, Debug)]
pub enum Command {
    /// Replace the analysis set-up (model, learners, index weights, ...).
    SetScenario(Box<Scenario>),
    /// Re-estimate now.
    Rerun,
    /// Cancel the running estimate.
    CancelEstimate,
    /// Select a unit (or clear the selection).
    Select(Option<String>),
    /// Save the scenario (to its file, or asking for one when `ask` or when it has none).
    SaveScenario {
        /// Always ask for a file name (Save as).
        ask: bool,
    },
    /// Show the open dialog for a scenario.
    OpenScenarioDialog,
    /// Ask for a file (native dialog or the in-window chooser); the answer is carried out by
    /// its purpose on a later frame.
    RequestFile(FileRequest),
    /// Open a scenario file (a bad file changes nothing and shows its message).
    OpenScenario(PathBuf),
    /// The bundled sample with the study's baseline scenario.
    ReproduceStudy,
    /// Save the part of the window inside `rect` as a PNG (asks for the file name).
    ExportPng {
        /// Screen rectangle (points).
        rect: egui::Rect,
        /// Suggested file name stem.
        name: String,
    },
    /// Ask for a data file to import.
    OpenCsvDialog,
    /// Import a file (a failure keeps the current data).
    OpenCsv(PathBuf),
    /// Go back to the bundled sample.
    LoadSample,
    /// Re-import the current file with another unit/year mapping, sheet or wide reading.
    Remap {
        /// Unit column choice.
        unit: ColumnChoice,
        /// Year column choice.
        year: ColumnChoice,
        /// Worksheet of a workbook (`None`: the first that holds a table).
        sheet: Option<String>,
        /// Read as a wide table of this variable.
        wide: Option<String>,
    },
    /// Dismiss the failed-import report.
    DismissFailure,
    /// Cancel the background import (the current data stays).
    CancelImport,
    /// The answer to the recovery dialog (a crashed session's autosaved set-up).
    Recover(autosave::Choice),
    /// Switch view.
    ShowView(View),
    /// Show a variable in the Maps view (first and last year side by side).
    ShowMap(String),
    /// Add a column to the panel from `unit, year, value` rows (gridded data summed per unit);
    /// rows of the panel without a value get a missing value.
    AddColumn(crate::gui::views::maps::gridded::GriddedColumn),
}

/// The Carbon DML Explorer application.
pub struct ExplorerApp {
    /// Data and import state.
    pub data: DataState,
    /// Persisted preferences.
    pub prefs: Prefs,
    /// Commands queued by views during this frame.
    pub commands: Vec<Command>,
    /// The live analysis.
    pub analysis: Analysis,
    /// The selected unit.
    pub selection: Selection,
    data_view: DataView,
    index_view: IndexView,
    model_view: ModelView,
    results_view: ResultsView,
    maps_view: MapsView,
    scenarios_view: ScenariosView,
    /// The Robustness view (public for tests: its battery state).
    pub robustness_view: RobustnessView,
    /// The Lab view (public for tests: its experiment).
    pub lab_view: LabView,
    /// The tour of the app (first launch, Help menu).
    pub tour: super::tour::Tour,
    /// File the current scenario was opened from or saved to.
    pub scenario_path: Option<PathBuf>,
    /// A message for the user (file errors), shown until dismissed.
    pub message: Option<String>,
    /// Every open, save and export dialog (public for tests: the chooser's state).
    pub file_dialogs: FileDialogs,
    /// The background import of large files (public for tests: its threshold).
    pub importer: BackgroundImport,
    /// The autosave of the set-up and its recovery offer (public for tests: its file).
    pub autosave: Autosave,
    /// Wakes the window when a background import finishes (set on the first frame).
    repaint: Option<egui::Context>,
    /// Requests queued by [`Self::apply`], shown by the next [`Self::logic_step`].
    file_requests: Vec<FileRequest>,
    screenshot: Option<PathBuf>,
    /// `CARBON_DML_SCREENSHOT_PREVIEW=1` at launch: the screenshot is taken while a preview is
    /// shown (to look at previews) rather than after the full estimate.
    screenshot_at_preview: bool,
    screenshot_requested: bool,
    frames: u64,
    /// UI-thread work per frame (logic + drawing), milliseconds, the last 120 frames.
    frame_times: std::collections::VecDeque<f32>,
    frame_start: Option<Instant>,
    /// Time from launch to the first complete estimate.
    first_estimate: Option<std::time::Duration>,
    first_preview: Option<std::time::Duration>,
    warmup: super::warmup::GlyphWarmup,
    launched: Instant,
    show_about: Option<About>,
    pending_png: Option<(egui::Rect, PathBuf)>,
    started: Option<Instant>,
}

/// How long `--screenshot` waits for the estimates.
const SCREENSHOT_TIMEOUT_SECS: u64 = 180;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum About {
    Study,
    Methods,
    Shortcuts,
}

impl ExplorerApp {
    /// Create the app: preferences from storage, the bundled sample loaded, fonts installed.
    pub fn new(cc: &eframe::CreationContext<'_>, options: LaunchOptions) -> Self {
        let fresh = options.screenshot.is_some();
        let open = options.open.clone();
        let prefs = if fresh {
            Prefs::default()
        } else {
            cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, Prefs::KEY)).map(Prefs::sanitized).unwrap_or_default()
        };
        let scenario = if fresh {
            Scenario::default()
        } else {
            cc.storage.and_then(|s| eframe::get_value::<Scenario>(s, SCENARIO_KEY)).unwrap_or_default()
        };
        super::fonts::install(&cc.egui_ctx);
        let first_start = !fresh && !prefs.tour_seen;
        let mut app = Self::with_prefs(prefs, options);
        app.analysis.set_scenario(scenario);
        if first_start && !app.tour.is_open() {
            app.prefs.view = app.tour.open();
        }
        app.restore_last_file();
        app.autosave = Autosave::for_window(if fresh { None } else { eframe::storage_dir(super::identity::APP_ID) });
        app.autosave.drop_offer_if_same(&app.current_setup());
        if let Some(path) = open {
            app.open_path(path);
        }
        app
    }

    /// Open a file named on the command line or double-clicked in the file manager: a `.ron`
    /// file as a scenario, anything else as data. A file that fails shows why and changes nothing.
    pub fn open_path(&mut self, path: PathBuf) {
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
            self.open_scenario(path);
        } else {
            self.open_csv(path);
            if self.data.failed.is_some() {
                self.prefs.view = View::Data;
            }
        }
    }

    /// Create the app without an eframe context (tests): default preferences.
    pub fn with_options(options: LaunchOptions) -> Self {
        let open = options.open.clone();
        let mut app = Self::with_prefs(Prefs::default(), options);
        if let Some(path) = open {
            app.open_path(path);
        }
        app
    }

    fn with_prefs(mut prefs: Prefs, options: LaunchOptions) -> Self {
        if let Some(l) = options.lang.as_deref().and_then(Lang::parse) {
            prefs.lang = l;
        }
        prefs.presentation |= options.presentation;
        let mut tour = super::tour::Tour::default();
        if options.tour {
            prefs.view = tour.open();
        }
        if let Some(v) = options.view.as_deref().and_then(View::parse) {
            prefs.view = v;
        }
        let maps_view = MapsView::for_view_name(options.view.as_deref());
        let data = DataState::bundled();
        let analysis = Analysis::new(data.imported.panel.clone(), Scenario::default());
        ExplorerApp {
            data,
            prefs,
            commands: Vec::new(),
            analysis,
            selection: Selection::default(),
            data_view: DataView::default(),
            index_view: IndexView::default(),
            model_view: ModelView::default(),
            results_view: ResultsView::default(),
            maps_view,
            scenarios_view: ScenariosView::default(),
            robustness_view: RobustnessView::default(),
            lab_view: LabView::default(),
            tour,
            scenario_path: None,
            message: None,
            file_dialogs: FileDialogs::default(),
            importer: BackgroundImport::default(),
            autosave: Autosave::disabled(),
            repaint: None,
            file_requests: Vec::new(),
            screenshot: options.screenshot,
            screenshot_at_preview: std::env::var_os("CARBON_DML_SCREENSHOT_PREVIEW").is_some_and(|v| v == "1"),
            screenshot_requested: false,
            frames: 0,
            frame_times: Default::default(),
            frame_start: None,
            first_estimate: None,
            first_preview: None,
            warmup: Default::default(),
            launched: super::LAUNCHED.get().copied().unwrap_or_else(Instant::now),
            show_about: None,
            pending_png: None,
            started: None,
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

    /// Import `path` with its remembered mapping; on failure keep the current data. A large
    /// file is imported in the background ([`BackgroundImport`]) and applied when done.
    pub fn open_csv(&mut self, path: PathBuf) {
        let options = self.prefs.mapping_for(&path);
        if self.importer.wants(&path) {
            let ctx = self.repaint.clone();
            self.importer.start(path, options, move || {
                if let Some(c) = &ctx {
                    c.request_repaint();
                }
            });
            return;
        }
        let result = import_path(&path, &options);
        self.adopt_import(path, options, result);
    }

    /// Make a finished import the current data, or show why it failed.
    fn adopt_import(&mut self, path: PathBuf, options: ImportOptions, result: Result<Imported, Report>) {
        // Newer data wins: a background import still running would replace it when done.
        self.importer.cancel();
        match result {
            Ok(imported) => {
                self.prefs.remember_file(&path);
                self.data = DataState { imported: imported.into(), path: Some(path), failed: None, options };
                self.share_panel();
                self.selection = Selection::default();
            }
            Err(report) => self.data.failed = Some(report),
        }
    }

    /// Save the scenario to its file, or ask for one when `ask` or when it has none.
    pub fn save_scenario(&mut self, ask: bool) {
        match (&self.scenario_path, ask) {
            (Some(p), false) => self.save_scenario_to(p.clone()),
            _ => {
                let name =
                    if self.analysis.scenario.name.is_empty() { "scenario" } else { &self.analysis.scenario.name };
                let request =
                    FileRequest::save(file_texts::TITLE_SAVE_SCENARIO, format!("{name}.ron"), Purpose::SaveScenario)
                        .filter(file_texts::FILTER_SCENARIO, &["ron"]);
                self.file_requests.push(request);
            }
        }
    }

    /// Save the scenario to `path` (atomic write).
    pub fn save_scenario_to(&mut self, path: PathBuf) {
        let s = self.current_setup();
        match s.save(&path) {
            Ok(()) => {
                self.analysis.set_scenario(s);
                self.scenario_path = Some(path);
            }
            Err(e) => self.message = Some(crate::locale::scenario::file_error(&e, self.lang())),
        }
    }

    /// The current set-up as a scenario file holds it: the scenario, the data file with its hash and the column mapping.
    pub fn current_setup(&self) -> Scenario {
        let mut s = self.analysis.scenario.clone();
        s.data.path = self.data.path.clone();
        s.data.content_hash = self.data.path.as_ref().map(|_| self.data.imported.panel.content_hash);
        s.data.unit = self.data.options.unit.clone();
        s.data.year = self.data.options.year.clone();
        s
    }

    /// Open a scenario and the data it names; on any failure nothing changes.
    pub fn open_scenario(&mut self, path: PathBuf) {
        let s = match Scenario::load(&path) {
            Ok(s) => s,
            Err(e) => {
                self.message = Some(e.to_string());
                return;
            }
        };
        if self.adopt_scenario(s, &path) {
            self.scenario_path = Some(path);
        }
    }

    /// Make `s` (read from `path`, against which a relative data path resolves) the current
    /// set-up with its data; on failure nothing changes and false is returned.
    fn adopt_scenario(&mut self, s: Scenario, path: &std::path::Path) -> bool {
        self.importer.cancel();
        let options = ImportOptions { unit: s.data.unit.clone(), year: s.data.year.clone(), ..Default::default() };
        let data = match resolve_data(&s, path) {
            None => DataState::bundled(),
            Some(p) => match import_path(&p, &options) {
                Ok(imported) => DataState { imported: imported.into(), path: Some(p), failed: None, options },
                Err(report) => {
                    self.message =
                        Some(format!("{}: the scenario's data could not be imported:\n{report}", path.display()));
                    return false;
                }
            },
        };
        if let Some(h) = s.data.content_hash
            && h != data.imported.panel.content_hash
        {
            self.message = Some(format!(
                "{}: the data file has changed since the scenario was saved; results may differ.",
                path.display()
            ));
        }
        self.data = data;
        self.share_panel();
        self.analysis.set_scenario(s);
        self.selection = Selection::default();
        true
    }

    /// Carry out the queued commands.
    pub fn apply(&mut self) {
        for cmd in std::mem::take(&mut self.commands) {
            match cmd {
                Command::OpenCsvDialog => self.file_requests.push(
                    FileRequest::open(file_texts::TITLE_OPEN_CSV, Purpose::OpenCsv)
                        .filter(file_texts::FILTER_CSV, &["csv", "txt", "tsv", "xlsx", "xls"]),
                ),
                Command::RequestFile(request) => self.file_requests.push(request),
                Command::OpenCsv(p) => self.open_csv(p),
                Command::LoadSample => {
                    self.importer.cancel();
                    self.data = DataState::bundled();
                    self.share_panel();
                    self.prefs.last_file = None;
                }
                Command::Remap { unit, year, sheet, wide } => {
                    let options = ImportOptions { unit, year, sheet, wide, ..self.data.options.clone() };
                    let result = match &self.data.path {
                        Some(p) => import_path(p, &options),
                        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &options),
                    };
                    match result {
                        Ok(imported) => {
                            if let Some(p) = &self.data.path {
                                self.prefs.set_mapping(p, &options);
                            }
                            self.data.imported = imported.into();
                            self.share_panel();
                            self.data.options = options;
                            self.data.failed = None;
                        }
                        Err(report) => self.data.failed = Some(report),
                    }
                }
                Command::DismissFailure => self.data.failed = None,
                Command::CancelImport => self.importer.cancel(),
                Command::Recover(choice) => {
                    if let (autosave::Choice::Restore, Some(s), Some(p)) =
                        (choice, self.autosave.offer.clone(), self.autosave.path().cloned())
                    {
                        self.adopt_scenario(s, &p);
                    }
                    self.autosave.answer(choice);
                }
                Command::ShowView(v) => self.prefs.view = v,
                Command::ShowMap(variable) => {
                    self.maps_view.show_column(&variable);
                    self.prefs.view = View::Maps;
                }
                Command::AddColumn(c) => self.add_column(&c),
                Command::SetScenario(s) => self.analysis.set_scenario(*s),
                Command::Rerun => self.analysis.rerun_now(),
                Command::CancelEstimate => self.analysis.cancel(),
                Command::Select(u) => self.selection.unit = u,
                Command::SaveScenario { ask } => self.save_scenario(ask),
                Command::OpenScenarioDialog => self.file_requests.push(
                    FileRequest::open(file_texts::TITLE_OPEN_SCENARIO, Purpose::OpenScenario)
                        .filter(file_texts::FILTER_SCENARIO, &["ron"]),
                ),
                Command::OpenScenario(p) => self.open_scenario(p),
                Command::ReproduceStudy => {
                    self.data = DataState::bundled();
                    self.share_panel();
                    self.analysis.set_scenario(Scenario { name: "Study baseline".into(), ..Scenario::default() });
                    self.prefs.last_file = None;
                    self.scenario_path = None;
                    self.prefs.view = View::Results;
                }
                Command::ExportPng { rect, name } => self.file_requests.push(
                    FileRequest::save(file_texts::TITLE_EXPORT_PNG, format!("{name}.png"), Purpose::ExportPng { rect })
                        .filter(file_texts::FILTER_PNG, &["png"]),
                ),
            }
        }
    }

    /// Give the analysis the data shown, after any change to them: the same `Arc`, not a copy,
    /// so the window holds the data once.
    fn share_panel(&mut self) {
        self.analysis.set_raw(self.data.imported.panel.clone());
    }

    /// Add a gridded-data column to the raw panel (and the data shown), then map it.
    fn add_column(&mut self, c: &crate::gui::views::maps::gridded::GriddedColumn) {
        let mut panel = (**self.analysis.raw()).clone();
        let (values, matched) = crate::engine::spatial::zonal::files::panel_column(&panel, &c.rows);
        let n = values.len();
        panel.set_numeric(&c.name, values);
        self.data.imported.panel = Arc::new(panel);
        self.share_panel();
        let lang = self.lang();
        self.maps_view.gridded_added(lang, &c.name, matched, n);
    }

    /// Show the queued file requests (one dialog at a time: the router ignores the rest while
    /// one is open) and carry out the answers that came in.
    fn file_dialog_step(&mut self, ctx: &egui::Context) {
        for request in std::mem::take(&mut self.file_requests) {
            let how = Ask {
                lang: self.prefs.lang,
                builtin: self.prefs.builtin_file_chooser,
                near: self.data.path.as_deref(),
            };
            self.file_dialogs.request(request, ctx, how);
        }
        for answer in self.file_dialogs.poll(ctx) {
            self.on_file(answer, ctx);
        }
    }

    /// Do what a chosen file was asked for (public for tests: answer as a dialog would).
    pub fn on_file(&mut self, answer: FileAnswer, ctx: &egui::Context) {
        let FileAnswer { purpose, paths } = answer;
        let Some(path) = paths.first().cloned() else { return };
        let lang = self.lang();
        let done = match purpose {
            Purpose::OpenCsv => {
                self.open_csv(path);
                true
            }
            Purpose::OpenScenario => {
                self.open_scenario(path);
                true
            }
            Purpose::SaveScenario => {
                self.save_scenario_to(path);
                true
            }
            Purpose::ExportPng { rect } => {
                self.pending_png = Some((rect, path));
                true
            }
            Purpose::ExportTable { table, format } => {
                if let Err(e) = super::views::table_ui::write(&table, format, &path) {
                    self.message = Some(e);
                }
                true
            }
            Purpose::LoadGeoJson => self.maps_view.load_geojson(path, ctx),
            Purpose::ExportMapPng => self.maps_view.export_png(path, lang, &self.data, ctx),
            Purpose::ExportReport { report, panel } => {
                let table_lang = self.prefs.table_lang.unwrap_or(self.prefs.lang);
                self.robustness_view.start_export(ctx, report, panel, path, table_lang);
                true
            }
            Purpose::AddGridded => self.maps_view.add_gridded(paths, ctx),
            Purpose::CompareScenarios => {
                self.scenarios_view.add_files(paths, self.analysis.raw(), self.data.path.clone(), ctx, self.lang());
                true
            }
        };
        if !done {
            self.message = Some(lang.t(&file_texts::NOT_READY).to_string());
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
                ui.separator();
                if ui.add(egui::Button::new(lang.t(&tr::OPEN_SCENARIO))).clicked() {
                    self.commands.push(Command::OpenScenarioDialog);
                    ui.close();
                }
                if ui.add(egui::Button::new(lang.t(&tr::SAVE_SCENARIO)).shortcut_text("Ctrl+S")).clicked() {
                    self.commands.push(Command::SaveScenario { ask: self.scenario_path.is_none() });
                    ui.close();
                }
                if ui.add(egui::Button::new(lang.t(&tr::SAVE_SCENARIO_AS)).shortcut_text("Ctrl+Shift+S")).clicked() {
                    self.commands.push(Command::SaveScenario { ask: true });
                    ui.close();
                }
                if ui.button(lang.t(&tr::REPRODUCE_STUDY)).clicked() {
                    self.commands.push(Command::ReproduceStudy);
                    ui.close();
                }
                ui.separator();
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
                ui.menu_button(lang.t(&tr::TABLE_LANGUAGE), |ui| {
                    ui.label(lang.t(&tr::TABLE_LANGUAGE_HELP));
                    ui.radio_value(&mut self.prefs.table_lang, None, lang.t(&tr::SAME_AS_INTERFACE));
                    ui.radio_value(&mut self.prefs.table_lang, Some(Lang::En), "English");
                    ui.radio_value(&mut self.prefs.table_lang, Some(Lang::Zh), "中文");
                });
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
                ui.checkbox(&mut self.prefs.builtin_file_chooser, lang.t(&tr::BUILTIN_FILE_CHOOSER))
                    .on_hover_text(lang.t(&tr::BUILTIN_FILE_CHOOSER_HELP));
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
                ui.separator();
                if ui.button(lang.t(&super::tour::MENU)).clicked() {
                    let view = self.tour.open();
                    self.commands.push(Command::ShowView(view));
                    ui.close();
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

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let colors = theme::palette(ui.visuals());
        let p = &self.data.imported.panel;
        ui.horizontal(|ui| {
            let mut source =
                format!("{}: {} — N = {}", lang.t(&tr::STATUS_DATA), self.data.source_name(lang), p.n_rows());
            // The bundled sample's name already says it is synthetic; other generated data
            // (no file behind it) are marked here.
            if self.data.is_sample() && p.source != crate::engine::data::sample::BUNDLED_NAME {
                source = format!("{} ({})", source, lang.t(&tr::SYNTHETIC));
            }
            ui.label(source);
            ui.separator();
            if self.importer.status_ui(ui, lang) {
                self.commands.push(Command::CancelImport);
            }
            let a = &self.analysis;
            if a.is_running() {
                crate::gui::views::widgets::busy(ui);
                let frac = a.progress().unwrap_or(0.0);
                let waiting = a.waiting_for();
                let doing = if a.showing_preview() {
                    format!("{} · {}", crate::tr!(lang, "gui-preview-status"), lang.t(&tr::STATUS_RUNNING))
                } else if waiting.is_empty() {
                    lang.t(&tr::STATUS_RUNNING).to_string()
                } else {
                    format!("{} {}", lang.t(&tr::STATUS_WAITING_FOR), derived_names(&waiting))
                };
                // The words beside the bar, not in it: "preview shown · estimating" did not fit.
                ui.label(doing);
                ui.add(egui::ProgressBar::new(frac).desired_width(120.0).show_percentage());
                if ui.small_button(lang.t(&tr::CANCEL)).on_hover_text("Esc").clicked() {
                    self.commands.push(Command::CancelEstimate);
                }
            } else {
                match (&a.outcome, a.is_stale()) {
                    (Some(o), false) => match &o.result {
                        Ok(_) => ui.colored_label(colors.ok, lang.t(&tr::STATUS_UP_TO_DATE)),
                        Err(_) => ui.colored_label(colors.error, lang.t(&tr::STATUS_ERROR)),
                    },
                    (None, _) => ui.weak(lang.t(&tr::STATUS_IDLE)),
                    (Some(_), true) => ui.colored_label(colors.warning, lang.t(&tr::STATUS_STALE)),
                };
                // TFEE still being computed for the views that show it: the estimate did not wait.
                let deriving = a.deriving();
                if !deriving.is_empty() {
                    ui.separator();
                    crate::gui::views::widgets::busy(ui);
                    ui.label(format!("{} {}", lang.t(&tr::STATUS_DERIVING), derived_names(&deriving)));
                    let frac = a.deriving_progress().unwrap_or(0.0);
                    ui.add(egui::ProgressBar::new(frac).desired_width(120.0).show_percentage());
                }
            }
            if let (Some(at), Some(o)) = (a.finished_at(), &a.outcome) {
                let ago = at.elapsed().map(|d| d.as_secs()).unwrap_or(0);
                ui.separator();
                ui.weak(format!(
                    "{}: {} ({:.0} ms)",
                    lang.t(&tr::LAST_ESTIMATE),
                    super::views::widgets::ago(ago, lang),
                    o.duration.as_secs_f64() * 1e3
                ));
            }
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

    fn message_window(&mut self, ctx: &egui::Context) {
        let Some(msg) = self.message.clone() else { return };
        let lang = self.lang();
        let mut close = false;
        egui::Window::new(lang.t(&tr::MESSAGE)).collapsible(false).default_width(520.0).show(ctx, |ui| {
            ui.label(msg);
            close = ui.button(lang.t(&tr::CLOSE)).clicked();
        });
        if close {
            self.message = None;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        if ctx.input_mut(|i| i.consume_shortcut(&open)) {
            self.commands.push(Command::OpenCsvDialog);
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8];
        for (k, v) in keys.iter().zip(View::ALL) {
            if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, *k))) {
                self.commands.push(Command::ShowView(v));
            }
        }
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        if ctx.input_mut(|i| i.consume_shortcut(&save_as)) {
            self.commands.push(Command::SaveScenario { ask: true });
        } else if ctx.input_mut(|i| i.consume_shortcut(&save)) {
            self.commands.push(Command::SaveScenario { ask: self.scenario_path.is_none() });
        }
        let rerun = KeyboardShortcut::new(Modifiers::COMMAND, Key::R);
        if ctx.input_mut(|i| i.consume_shortcut(&rerun) || i.key_pressed(Key::F5)) {
            self.commands.push(Command::Rerun);
        }
        if self.analysis.is_running() && ctx.input(|i| i.key_pressed(Key::Escape)) {
            self.commands.push(Command::CancelEstimate);
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
        if !self.prefs.debug_overlay {
            return;
        }
        let last = self.frame_times.back().copied().unwrap_or(0.0);
        let worst = self.frame_times.iter().copied().fold(0.0f32, f32::max);
        let first = self.first_estimate.map_or("-".to_string(), |d| format!("{} ms", d.as_millis()));
        egui::Area::new(egui::Id::unique("debug-overlay")).anchor(egui::Align2::RIGHT_TOP, [-8.0, 32.0]).show(
            ctx,
            |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.monospace(format!("UI work {last:5.1} ms  worst of 120 frames {worst:5.1} ms"));
                    ui.monospace(format!("launch to first estimate {first}"));
                });
            },
        );
    }

    /// Record the UI thread's work of the frame that started at `frame_start`.
    fn end_frame(&mut self) {
        if let Some(start) = self.frame_start.take() {
            self.frame_times.push_back(start.elapsed().as_secs_f32() * 1000.0);
            while self.frame_times.len() > 120 {
                self.frame_times.pop_front();
            }
        }
    }

    /// Note when the first complete estimate arrived (shown in the debug overlay; printed in
    /// `--screenshot` mode, where it measures start-up).
    fn note_first_estimate(&mut self) {
        // The estimate on the data the window was opened with: not the bundled sample's while
        // a file named on the command line is still being imported, nor a preview.
        let current = !self.importer.is_running() && !self.analysis.is_stale();
        if self.first_preview.is_none() && current && self.analysis.showing_preview() {
            let d = self.launched.elapsed();
            self.first_preview = Some(d);
            if self.screenshot.is_some() {
                eprintln!("first preview {} ms after launch", d.as_millis());
            }
        }
        if self.first_estimate.is_none()
            && current
            && self.analysis.outcome.as_ref().is_some_and(|o| o.result.is_ok() && o.preview.is_none())
        {
            let d = self.launched.elapsed();
            self.first_estimate = Some(d);
            if self.screenshot.is_some() {
                eprintln!("first complete estimate {} ms after launch", d.as_millis());
            }
        }
    }

    fn take_screenshot_when_ready(&mut self, ctx: &egui::Context) {
        let Some(path) = self.screenshot.clone() else { return };
        self.frames += 1;
        if self.frames == 1 {
            eprintln!("first frame {} ms after launch", self.launched.elapsed().as_millis());
        }
        let started = *self.started.get_or_insert_with(Instant::now);
        let battery_pending = (self.prefs.view == View::Robustness
            && (self.robustness_view.is_running() || self.robustness_view.last.is_none()))
            || (self.prefs.view == View::Lab && (self.lab_view.is_running() || self.lab_view.shown.is_none()));
        let at_preview = self.screenshot_at_preview;
        let ready = !self.importer.is_running()
            && (!self.analysis.is_running() || (at_preview && self.analysis.showing_preview()))
            && self.analysis.outcome.is_some()
            && !self.analysis.is_stale()
            && !battery_pending;
        let timed_out = started.elapsed() > std::time::Duration::from_secs(SCREENSHOT_TIMEOUT_SECS);
        if timed_out && !ready && !self.screenshot_requested {
            eprintln!(
                "warning: the estimate was not ready after {SCREENSHOT_TIMEOUT_SECS} s; taking the screenshot anyway"
            );
        }
        if self.frames >= 5 && (ready || timed_out) && !self.screenshot_requested {
            self.screenshot_requested = true;
            let worst = self.frame_times.iter().copied().fold(0.0f32, f32::max);
            eprintln!(
                "UI-thread work per frame: worst {worst:.1} ms over the last {} frames; {} frames in all",
                self.frame_times.len(),
                self.frames
            );
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
        // Frames keep coming until the picture is taken, at the pace of the progress display:
        // on a virtual display every frame is rasterized by the CPU, beside the estimate.
        ctx.request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
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
        egui::CentralPanel::default_margins().show(ui, |ui| {
            let mut vc = ViewCtx {
                lang: self.prefs.lang,
                table_lang: self.prefs.table_lang.unwrap_or(self.prefs.lang),
                data: &self.data,
                analysis: &self.analysis,
                selection: &self.selection,
                commands: &mut self.commands,
            };
            match self.prefs.view {
                View::Data => self.data_view.ui(
                    ui,
                    &self.data,
                    self.analysis.raw(),
                    &self.selection,
                    self.prefs.lang,
                    vc.commands,
                ),
                View::Index => self.index_view.ui(ui, &mut vc),
                View::Model => self.model_view.ui(ui, &mut vc),
                View::Results => self.results_view.ui(ui, &mut vc),
                View::Maps => self.maps_view.ui(ui, &mut vc),
                View::Scenarios => self.scenarios_view.ui(ui, &mut vc, self.scenario_path.as_ref()),
                View::Robustness => self.robustness_view.ui(ui, &mut vc),
                View::Lab => self.lab_view.ui(ui, &mut vc),
            }
        });
        self.about_window(&ctx);
        match self.tour.ui(&ctx, self.prefs.lang) {
            Some(super::tour::TourEvent::Show(view)) => self.commands.push(Command::ShowView(view)),
            Some(super::tour::TourEvent::Closed) => self.prefs.tour_seen = true,
            None => {}
        }
        self.message_window(&ctx);
        if let Some(choice) = self.autosave.dialog(&ctx, self.prefs.lang) {
            self.commands.push(Command::Recover(choice));
        }
        self.debug_overlay(&ctx);
        self.file_dialogs.ui(&ctx, self.prefs.lang);
    }

    /// Per-frame logic: input, dropped files, shortcuts (no drawing).
    pub fn logic_step(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.first().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty())
        });
        if let Some(p) = dropped {
            self.commands.push(Command::OpenCsv(p));
        }
        // A dialog is modal: Esc, Ctrl+O and the rest belong to it while it is open.
        if !self.file_dialogs.is_open() {
            self.shortcuts(ctx);
        }
        if self.repaint.is_none() {
            self.repaint = Some(ctx.clone());
        }
        if self.warmup.step(ctx, self.lang()) {
            ctx.request_repaint();
        }
        self.apply();
        self.file_dialog_step(ctx);
        match self.importer.poll() {
            Some(Ok(done)) => self.adopt_import(done.path, done.options, done.result),
            Some(Err(e)) => self.message = Some(e),
            None => {}
        }
        if self.importer.is_running() {
            ctx.request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
        }
        match self.autosave.note(&self.current_setup(), Instant::now()) {
            (_, Some(e)) => self.message = Some(format!("{}{e}", self.lang().t(&autosave::WRITE_FAILED))),
            (Some(wait), None) => ctx.request_repaint_after(wait),
            (None, None) => {}
        }
        // While a file is being imported, no new analysis job starts on the data it is about to
        // replace (at launch with a file, the bundled sample's estimate competed with the
        // import for the cores); running jobs finish and are collected afterwards.
        let wake_ctx = ctx.clone();
        if !self.importer.is_running()
            && let Some(wait) = self.analysis.tick(move || wake_ctx.request_repaint())
        {
            ctx.request_repaint_after(wait);
        }
        if self.analysis.is_running() {
            ctx.request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
        }
        self.note_first_estimate();
    }
}

impl eframe::App for ExplorerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.frame_start = Some(Instant::now());
        self.logic_step(ctx);
        self.take_screenshot_when_ready(ctx);
        if let Some((rect, path)) = self.pending_png.take() {
            super::export::request_crop_png(ctx, rect, path);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
        self.apply();
        if !self.file_requests.is_empty() {
            // Shown by the next frame's logic.
            ui.ctx().request_repaint();
        }
        self.end_frame();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, Prefs::KEY, &self.prefs);
            eframe::set_value(storage, SCENARIO_KEY, &self.analysis.scenario);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.autosave.clean_exit();
    }
}

/// The column names of derived variables, comma-separated (`TFEE`).
pub(crate) fn derived_names(vars: &[crate::engine::measures::DerivedVar]) -> String {
    vars.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
}
