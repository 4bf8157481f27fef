//! Starting the window with a file, as double-clicking a scenario or a CSV in the file manager
//! does (`carbon-dml FILE`): the file is loaded before the first frame; a bad file says why.

use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{ExplorerApp, View};
use std::path::PathBuf;

use crate::common::harness;

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-launch-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn opened(file: PathBuf) -> ExplorerApp {
    ExplorerApp::with_options(LaunchOptions { open: Some(file), ..Default::default() })
}

#[test]
fn a_scenario_file_opens_with_its_settings() {
    let dir = temp_dir("ron");
    let file = dir.join("k3.ron");
    let mut s = Scenario { name: "Three folds".into(), ..Scenario::default() };
    s.folds = 3;
    s.save(&file).unwrap();
    let mut h = harness(opened(file.clone()));
    h.run_steps(2);
    let app = h.state();
    assert_eq!(app.scenario_path.as_ref(), Some(&file));
    assert_eq!(app.analysis.scenario.name, "Three folds");
    assert_eq!(app.analysis.scenario.folds, 3);
    assert!(app.message.is_none(), "{:?}", app.message);
}

#[test]
fn a_csv_file_opens_as_the_data() {
    let dir = temp_dir("csv");
    let file = dir.join("panel.csv");
    std::fs::write(&file, "province,year,x\n北京,2011,1\n天津,2011,2\n上海,2011,4\n").unwrap();
    let mut h = harness(opened(file.clone()));
    h.run_steps(2);
    assert_eq!(h.state().data.path.as_ref(), Some(&file));
    assert_eq!(h.state().data.imported.panel.n_rows(), 3);
}

#[test]
fn a_broken_scenario_keeps_the_sample_and_says_why() {
    let dir = temp_dir("bad");
    let file = dir.join("broken.ron");
    std::fs::write(&file, "// Carbon DML Explorer scenario\n(version: 1, folds: \"five\")\n").unwrap();
    let mut h = harness(opened(file));
    h.run_steps(2);
    let app = h.state();
    assert!(app.scenario_path.is_none());
    assert!(app.message.as_deref().is_some_and(|m| m.contains("broken.ron")), "{:?}", app.message);
    assert_eq!(app.data.imported.panel.n_rows(), 360, "the sample stays loaded");
}

#[test]
fn a_malformed_csv_switches_to_the_data_view_with_its_report() {
    let dir = temp_dir("badcsv");
    let file = dir.join("broken.csv");
    std::fs::write(&file, "province,year,co2\nBeijing,2011,1\nTianjin,2011,oops\n").unwrap();
    let app = ExplorerApp::with_options(LaunchOptions {
        open: Some(file),
        view: Some("results".into()),
        ..Default::default()
    });
    assert_eq!(app.prefs.view, View::Data, "the report is where the user looks");
    let mut h = harness(app);
    h.run_steps(2);
    assert!(h.state().data.failed.is_some(), "the report stays until dismissed");
    assert_eq!(h.state().data.imported.panel.n_rows(), 360, "the sample stays loaded");
}
