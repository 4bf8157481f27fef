//! The window: an eframe application over the engine. Draws and dispatches; computes nothing
//! heavy on the UI thread.

pub mod analysis;
pub mod app;
pub mod autosave;
pub mod bench;
pub mod export;
pub mod file_dialog;
pub mod fonts;
pub mod help;
pub mod i18n;
pub mod identity;
pub mod import_job;
pub mod jobs;
pub mod launch_failure;
pub mod prefs;
pub mod preview;
pub mod priority;
pub mod theme;
pub mod tour;
pub mod views;
pub mod warmup;

pub use app::ExplorerApp;
use std::path::PathBuf;
use std::process::ExitCode;

/// When [`run`] was called: the start of the clock for "start-up to first estimate".
pub static LAUNCHED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// How the window is started.
#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    /// Save a PNG of the window to this file once the estimates are in, then exit.
    pub screenshot: Option<PathBuf>,
    /// View to show first.
    pub view: Option<String>,
    /// Interface language (`en` or `zh`).
    pub lang: Option<String>,
    /// A scenario (`.ron`) or data file to open once the window is up (a file double-clicked in
    /// the file manager, or named on the command line).
    pub open: Option<PathBuf>,
    /// Start in presentation mode (large text).
    pub presentation: bool,
    /// Open the tour at its first step.
    pub tour: bool,
    /// Inner window size in points (default 1360 x 860).
    pub window_size: Option<[f32; 2]>,
}

/// Open the window and run until it is closed.
pub fn run(options: LaunchOptions) -> ExitCode {
    let _ = LAUNCHED.set(std::time::Instant::now());
    // Parse and tessellate the embedded boundaries off the UI thread while the window opens,
    // so the first visit to the Maps view does not stall a frame (about 30 ms of work).
    let _ = std::thread::Builder::new().name("prewarm-maps".into()).spawn(|| {
        crate::engine::spatial::MapGeometry::embedded();
    });
    if let Some(v) = &options.view
        && app::View::parse(v).is_none()
    {
        eprintln!(
            "error: unknown view \"{v}\"; use data, index, model, results, maps, lisa, lisa-significance, robustness, scenarios or lab"
        );
        return ExitCode::FAILURE;
    }
    if let Some(l) = &options.lang
        && i18n::Lang::parse(l).is_none()
    {
        eprintln!("error: unknown language \"{l}\"; use en or zh");
        return ExitCode::FAILURE;
    }
    identity::migrate_old_preferences();
    priority::lower_fitting_pool();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(identity::APP_NAME)
        .with_app_id(identity::APP_ID)
        .with_inner_size(options.window_size.unwrap_or([1360.0, 860.0]))
        .with_min_inner_size([900.0, 560.0])
        .with_drag_and_drop(true);
    if let Some(icon) = identity::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions { viewport, persist_window: options.screenshot.is_none(), ..Default::default() };
    let result =
        eframe::run_native(identity::APP_NAME, native, Box::new(move |cc| Ok(Box::new(ExplorerApp::new(cc, options)))));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            launch_failure::report(&e.to_string());
            ExitCode::FAILURE
        }
    }
}
