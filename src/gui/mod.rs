//! The window: an eframe application over the engine. Draws and dispatches; computes nothing
//! heavy on the UI thread.

pub mod app;
pub mod views;

pub use app::ExplorerApp;
use std::path::PathBuf;
use std::process::ExitCode;

/// How the window is started.
#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    /// Save a PNG of the window to this file once the estimates are in, then exit.
    pub screenshot: Option<PathBuf>,
    /// View to show first.
    pub view: Option<String>,
    /// Interface language (`en` or `zh`).
    pub lang: Option<String>,
}

/// Open the window and run until it is closed.
pub fn run(options: LaunchOptions) -> ExitCode {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Carbon DML Explorer")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        persist_window: options.screenshot.is_none(),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Carbon DML Explorer",
        native,
        Box::new(move |cc| Ok(Box::new(ExplorerApp::new(cc, options)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the window could not be opened: {e}");
            eprintln!("hint: headless subcommands work without a display; see `carbon-dml --help`.");
            ExitCode::FAILURE
        }
    }
}
