//! A panic inside a background job (estimate, import, battery, specification curve, map
//! export) shows an error naming the job, and the window keeps working: each job is made to
//! panic through the debug-only hook `jobs::inject_panic`, then the same action runs again
//! and succeeds. One test function: the hook is process-wide, and tests running in parallel
//! in this binary would take each other's injected panics.

use carbon_dml::engine::dml::Learners;
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp, View};
use carbon_dml::gui::file_dialog::texts as ft;
use carbon_dml::gui::file_dialog::{FileRequest, Purpose};
use carbon_dml::gui::jobs::inject_panic;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, wait};

fn temp_folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-panics-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_panic_in_any_background_job_names_the_job_and_the_window_goes_on() {
    let dir = temp_folder("jobs");
    // Estimate: the first one panics; the error names the job; a re-run succeeds.
    inject_panic("estimate");
    let mut app = ExplorerApp::with_options(LaunchOptions { view: Some("results".into()), ..Default::default() });
    app.prefs.builtin_file_chooser = true;
    app.analysis.set_scenario(Scenario { learners: Learners::all(LearnerSpec::Ols), ..Default::default() });
    app.importer.threshold = 0;
    let mut h = harness(app);
    h.run_steps(2);
    wait(&mut h, 120, "failed estimate", |a| a.analysis.outcome.as_ref().is_some_and(|o| o.result.is_err()));
    assert!(h.query_all_by_label_contains("internal error in the estimate job").count() > 0);
    h.state_mut().analysis.rerun_now();
    wait(&mut h, 120, "estimate", |a| a.analysis.outcome.as_ref().is_some_and(|o| o.result.is_ok()));

    // Import (in the background): the message names the job, the sample stays; a retry works.
    let csv = dir.join("mine.csv");
    std::fs::write(&csv, "province,year,x\n北京,2011,1\n天津,2011,2\n").unwrap();
    inject_panic("import");
    h.state_mut().commands.push(Command::OpenCsv(csv.clone()));
    h.run_steps(1);
    wait(&mut h, 30, "import", |a| !a.importer.is_running());
    let msg = h.state().message.clone().expect("a message");
    assert!(msg.contains("the data import job") && msg.contains("数据导入"), "{msg}");
    assert_eq!(h.state().data.imported.panel.n_rows(), 360, "the current data stays");
    h.get_by_label("Close").click();
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsv(csv));
    h.run_steps(1);
    wait(&mut h, 30, "import", |a| !a.importer.is_running() && a.data.imported.panel.n_rows() == 2);
    h.state_mut().commands.push(Command::LoadSample);
    h.run_steps(2);

    // Map export: the status names the job; the next export writes the PNG.
    h.state_mut().commands.push(Command::ShowView(View::Maps));
    h.run_steps(3);
    wait(&mut h, 120, "maps", |a| a.analysis.derived.is_some());
    h.state_mut().file_dialogs.remember_folder(dir.clone());
    let export = || Command::RequestFile(FileRequest::save(ft::TITLE_EXPORT_MAP, "map.png", Purpose::ExportMapPng));
    inject_panic("map-export");
    for attempt in 0..2 {
        h.state_mut().commands.push(export());
        h.run_steps(2);
        let start = std::time::Instant::now();
        while h.query_all_by_label("Save").next().is_none() {
            assert!(start.elapsed().as_secs() < 20, "the chooser never appeared");
            h.run_steps(1);
        }
        h.run_steps(2);
        h.get_by_label("Save").click();
        h.run_steps(2);
        let start = std::time::Instant::now();
        let want = if attempt == 0 { "internal error in the map export job" } else { "map.png (" };
        while h.query_all_by_label_contains(want).next().is_none() {
            assert!(start.elapsed().as_secs() < 60, "\"{want}\" never appeared");
            h.run_steps(1);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    assert!(dir.join("map.png").is_file());

    // Battery and specification curve (Robustness view): each shows the error naming the job.
    inject_panic("battery");
    h.state_mut().robustness_view.auto = true;
    h.state_mut().commands.push(Command::ShowView(View::Robustness));
    h.run_steps(2);
    let start = std::time::Instant::now();
    while h.query_all_by_label_contains("internal error in the robustness battery job").next().is_none() {
        assert!(start.elapsed().as_secs() < 60, "no battery error shown");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    inject_panic("spec-curve");
    h.get_by_label("Run the curve").click();
    let start = std::time::Instant::now();
    while h.query_all_by_label_contains("internal error in the specification curve job").next().is_none() {
        assert!(start.elapsed().as_secs() < 60, "no curve error shown");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The window still works: another view opens and draws.
    h.state_mut().commands.push(Command::ShowView(View::Data));
    h.run_steps(3);
    h.get_by_label("Descriptive statistics (Table 3)");
    let _ = std::fs::remove_dir_all(&dir);
}
