//! Opening other data makes the shown estimate stale at once, until the estimate on the new
//! data arrives: the window never calls an estimate of the previous file "up to date". Checked
//! for a small file (imported at once) and for a file imported in the background.

use carbon_dml::engine::data::sample::BUNDLED_CSV;
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp, View};
use egui_kittest::kittest::Queryable;

use crate::common::{harness, ols_scenario, wait};

/// The rows the current estimate used, once it is current and complete.
fn estimated_rows(app: &ExplorerApp) -> Option<usize> {
    let a = &app.analysis;
    if a.is_stale() || a.is_running() || app.importer.is_running() {
        return None;
    }
    a.outcome.as_ref().and_then(|o| o.result.as_ref().ok()).map(|e| e.n)
}

/// The bundled sample without its first province (12 rows fewer), written to a file.
fn smaller_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = BUNDLED_CSV.lines();
    let header = lines.next().expect("header");
    let rows: Vec<&str> = lines.collect();
    let first = rows[0].split(',').next().expect("province");
    let kept: Vec<&str> = rows.iter().copied().filter(|l| l.split(',').next() != Some(first)).collect();
    assert_eq!(kept.len() + 12, rows.len());
    let path = dir.join("eleven_years_fewer.csv");
    std::fs::write(&path, format!("{header}\n{}\n", kept.join("\n"))).expect("write");
    path
}

fn opening_new_data_makes_the_estimate_stale(background: bool) {
    let dir = std::env::temp_dir().join(format!("carbon-dml-new-data-{}-{background}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = smaller_file(&dir);
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.state_mut().commands.push(Command::SetScenario(Box::new(ols_scenario("CEE"))));
    h.state_mut().commands.push(Command::ShowView(View::Results));
    wait(&mut h, 120, "the estimate on the bundled sample", |app| estimated_rows(app).is_some());
    let before = estimated_rows(h.state()).expect("estimate");
    assert!(h.query_by_label_contains("up to date").is_some(), "the status bar says the estimate is current");

    if background {
        h.state_mut().importer.threshold = 0;
    }
    h.state_mut().open_csv(path.clone());
    if background {
        // The previous file stays the current data until the new one is in.
        let start = std::time::Instant::now();
        while h.state().data.path.as_deref() != Some(path.as_path()) {
            assert!(start.elapsed().as_secs() < 60, "the import did not finish");
            std::thread::sleep(std::time::Duration::from_millis(5));
            h.run_steps(1);
        }
    }
    // As soon as the new data is in: the old estimate does not belong to it.
    assert!(h.state().analysis.is_stale(), "an estimate on the previous data is not current");
    h.run_steps(1);
    assert!(h.query_by_label_contains("up to date").is_none(), "no frame calls the old estimate current");
    wait(&mut h, 120, "the estimate on the new file", |app| {
        app.data.path.as_deref() == Some(path.as_path()) && estimated_rows(app).is_some()
    });
    let after = estimated_rows(h.state()).expect("estimate");
    assert_eq!(h.state().analysis.raw().n_rows(), 348);
    assert!(after < before, "the new estimate uses the smaller file ({after} rows, was {before})");
    assert!(h.query_by_label_contains("up to date").is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_small_file_makes_the_estimate_stale_at_once() {
    opening_new_data_makes_the_estimate_stale(false);
}

#[test]
fn a_file_imported_in_the_background_makes_the_estimate_stale_until_its_own_arrives() {
    opening_new_data_makes_the_estimate_stale(true);
}

#[test]
fn no_estimate_starts_on_the_data_an_import_is_about_to_replace() {
    use carbon_dml::engine::data::sample::{SampleSpec, generate};
    let dir = std::env::temp_dir().join(format!("carbon-dml-new-data-{}-launch", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("units2800.csv");
    std::fs::write(&path, generate(&SampleSpec { units: 2800, years: 12, seed: 5, ..Default::default() }).csv)
        .expect("write");
    // As at launch with a file: the bundled sample is loaded, and the file imports in the
    // background (the window's threshold is 4 MiB; this file is larger).
    // A new window starts its first analysis job on the first frame (no debounce yet).
    let mut app = ExplorerApp::with_options(LaunchOptions::default());
    app.analysis.scenario = ols_scenario("CEE");
    app.open_csv(path.clone());
    assert!(app.importer.is_running());
    let mut h = harness(app);
    let start = std::time::Instant::now();
    let mut frames_while_importing = 0;
    while h.state().importer.is_running() {
        assert!(start.elapsed().as_secs() < 120, "the import did not finish");
        assert_eq!(h.state().analysis.full_runs_started(), 0, "an estimate started on the bundled sample");
        assert!(!h.state().analysis.is_running());
        frames_while_importing += 1;
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The import may also finish before the first frame (then nothing could start on the
    // sample anyway); the count is only reported.
    eprintln!("{frames_while_importing} frame(s) drawn while importing");
    wait(&mut h, 120, "the estimate on the file", |app| estimated_rows(app).is_some());
    assert_eq!(h.state().analysis.full_runs_started(), 1, "one estimate, on the file");
    assert_eq!(h.state().analysis.raw().n_rows(), 33_600);
    let _ = std::fs::remove_dir_all(&dir);
}
