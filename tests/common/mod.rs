//! What the window tests share: the real app in an egui_kittest harness, drawn as eframe draws
//! it (logic, draw, apply), and waiting for background jobs.
#![allow(dead_code)] // each test file uses the part it needs

pub mod fixtures;

use carbon_dml::gui::app::ExplorerApp;
use carbon_dml::gui::{LaunchOptions, fonts};
use egui_kittest::Harness;

/// The app opened on `view` in `lang` (`en` or `zh`), with the bundled sample.
pub fn app_on(view: &str, lang: &str) -> ExplorerApp {
    ExplorerApp::with_options(LaunchOptions { view: Some(view.into()), lang: Some(lang.into()), ..Default::default() })
}

/// `app` in a harness of `size` points with the bundled CJK font.
pub fn harness_sized(app: ExplorerApp, size: [f32; 2]) -> Harness<'static, ExplorerApp> {
    Harness::builder().with_size(size).with_context_setup(fonts::install_bundled).build_ui_state(
        |ui, app: &mut ExplorerApp| {
            app.logic_step(ui.ctx());
            app.draw(ui);
            app.apply();
        },
        app,
    )
}

/// `app` in a 1360 x 860 harness (the window's default size).
pub fn harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    harness_sized(app, [1360.0, 860.0])
}

/// Step until `done` holds (background jobs finish on their own threads); fail after `secs`.
pub fn wait(h: &mut Harness<'static, ExplorerApp>, secs: u64, what: &str, done: impl Fn(&ExplorerApp) -> bool) {
    let start = std::time::Instant::now();
    while !done(h.state()) {
        assert!(start.elapsed().as_secs() < secs, "{what} not done after {secs} s");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run_steps(3);
}

/// The default scenario with OLS for every nuisance and `outcome` as the outcome: quick to
/// estimate in window tests.
pub fn ols_scenario(outcome: &str) -> carbon_dml::engine::scenario::Scenario {
    use carbon_dml::engine::dml::Learners;
    use carbon_dml::engine::learners::LearnerSpec;
    carbon_dml::engine::scenario::Scenario {
        outcome: outcome.into(),
        learners: Learners::all(LearnerSpec::Ols),
        ..Default::default()
    }
}
