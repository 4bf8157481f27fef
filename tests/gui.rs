//! The real window driven by egui_kittest: views, language switch, failed imports.

use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::harness;

#[test]
fn opens_on_the_sample_with_table3_and_preview() {
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.run_steps(3);
    h.get_by_label("Descriptive statistics (Table 3)");
    h.get_by_label("Table preview");
    assert!(h.query_all_by_label_contains("These data are synthetic").count() == 1);
    assert_eq!(h.state().data.imported.panel.n_rows(), 360);
}

#[test]
fn switching_to_chinese_shows_chinese_labels_and_province_names() {
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.run_steps(2);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("中文").click();
    h.run_steps(3);
    h.get_by_label("描述性统计（表 3）");
    assert!(h.query_all_by_label("北京").count() > 0, "province names in Chinese in the preview");
}

#[test]
fn a_malformed_csv_shows_its_report_and_keeps_the_previous_data() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-gui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("broken.csv");
    std::fs::write(&bad, "province,year,co2\nBeijing,2011,1\nTianjin,2011,oops\n").unwrap();
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsv(bad));
    h.run_steps(3);
    h.get_by_label_contains("Import failed");
    h.get_by_label_contains("column \"co2\", line 3");
    assert_eq!(h.state().data.imported.panel.n_rows(), 360, "the sample stays loaded");
    h.get_by_label("Dismiss").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("Import failed").is_none());
}

#[test]
fn opening_a_good_csv_replaces_the_data() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-gui-ok-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("mine.csv");
    std::fs::write(&good, "province,year,x\n北京,2011,1\n天津,2011,2\n").unwrap();
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.state_mut().commands.push(Command::OpenCsv(good.clone()));
    h.run_steps(3);
    assert_eq!(h.state().data.imported.panel.n_rows(), 2);
    assert_eq!(h.state().prefs.recent_files.first(), Some(&good));
    assert!(h.query_all_by_label_contains("mine.csv").count() >= 1);
}

/// Step the harness until the estimate for the current scenario is in (or fail after 120 s).
fn wait_for_estimate(h: &mut Harness<'static, ExplorerApp>) {
    let start = std::time::Instant::now();
    loop {
        h.run_steps(1);
        let a = &h.state().analysis;
        if a.outcome.is_some() && !a.is_stale() && !a.is_running() {
            return;
        }
        assert!(start.elapsed().as_secs() < 120, "no estimate after 120 s");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn fast_scenario() -> carbon_dml::engine::scenario::Scenario {
    use carbon_dml::engine::dml::Learners;
    use carbon_dml::engine::learners::LearnerSpec;
    carbon_dml::engine::scenario::Scenario { learners: Learners::all(LearnerSpec::Ols), ..Default::default() }
}

fn theta(h: &Harness<'static, ExplorerApp>) -> f64 {
    let o = h.state().analysis.outcome.as_ref().expect("an outcome");
    o.result.as_ref().map(|e| e.inference.theta).unwrap_or_else(|_| panic!("estimate failed"))
}

#[test]
fn every_view_opens_from_the_navigation() {
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.run_steps(2);
    for (label, expect) in [
        ("Index", "Index"),
        ("Model", "Controls X"),
        ("Results", "Results"),
        ("Maps", "Maps"),
        ("Robustness", "Robustness"),
        ("Scenarios", "Compare scenarios"),
        ("Data", "Descriptive statistics (Table 3)"),
    ] {
        h.get_all_by_label(label).next().expect("navigation entry").click();
        h.run_steps(3);
        assert!(h.query_all_by_label_contains(expect).count() > 0, "view {label} shows {expect}");
    }
}

#[test]
fn changing_k_brings_a_new_estimate() {
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h.state_mut().commands.push(Command::SetScenario(Box::new(fast_scenario())));
    h.state_mut().commands.push(Command::ShowView(carbon_dml::gui::app::View::Model));
    wait_for_estimate(&mut h);
    let before = theta(&h);
    assert_eq!(h.state().analysis.outcome.as_ref().unwrap().scenario.folds, 5);
    h.get_by_label("K=8").click();
    h.run_steps(2);
    assert!(h.state().analysis.is_stale(), "the old estimate is marked stale at once");
    wait_for_estimate(&mut h);
    let o = h.state().analysis.outcome.as_ref().unwrap();
    assert_eq!(o.scenario.folds, 8);
    assert_eq!(o.result.as_ref().unwrap().folds, 8);
    assert_ne!(theta(&h), before, "8 folds give another cross-fit");
}

#[test]
fn a_saved_scenario_reopens_with_identical_results() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-gui-scn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.ron");
    let mut h = harness(ExplorerApp::with_options(LaunchOptions::default()));
    let mut s = fast_scenario();
    s.folds = 4;
    s.seed = 7;
    h.state_mut().commands.push(Command::SetScenario(Box::new(s)));
    wait_for_estimate(&mut h);
    let first = theta(&h);
    h.state_mut().save_scenario_to(path.clone());
    assert_eq!(h.state().scenario_path.as_ref(), Some(&path));

    let mut h2 = harness(ExplorerApp::with_options(LaunchOptions::default()));
    h2.state_mut().commands.push(Command::OpenScenario(path.clone()));
    h2.run_steps(1);
    assert_eq!(h2.state().analysis.scenario.folds, 4);
    wait_for_estimate(&mut h2);
    assert_eq!(theta(&h2).to_bits(), first.to_bits(), "bit-identical after reopening");

    // A bad file gives a message and changes nothing.
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, "(version: 1, folds: \"five\")").unwrap();
    h2.state_mut().commands.push(Command::OpenScenario(bad));
    h2.run_steps(2);
    assert!(h2.state().message.as_deref().unwrap_or("").contains("bad.ron"));
    assert_eq!(h2.state().analysis.scenario.folds, 4);
    assert_eq!(h2.state().scenario_path.as_ref(), Some(&path));
}

#[test]
fn a_control_can_be_unticked_and_ticked_again_in_the_model_view() {
    let mut h = harness(ExplorerApp::with_options(LaunchOptions { view: Some("model".into()), ..Default::default() }));
    h.run_steps(3);
    assert!(h.state().analysis.scenario.controls.contains(&"edu".to_string()));
    h.get_by_label("edu").click();
    h.run_steps(2);
    assert!(!h.state().analysis.scenario.controls.contains(&"edu".to_string()), "unticked");
    h.get_by_label("edu").click();
    h.run_steps(2);
    assert_eq!(
        h.state().analysis.scenario.controls.last().map(String::as_str),
        Some("edu"),
        "ticked again, at the end"
    );
}
