//! The real window driven by egui_kittest: views, language switch, failed imports.

use carbon_dml::gui::app::{Command, ExplorerApp};
use carbon_dml::gui::{LaunchOptions, fonts};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    Harness::builder().with_size([1360.0, 860.0]).with_context_setup(fonts::install_bundled).build_ui_state(
        |ui, app: &mut ExplorerApp| {
            app.logic_step(ui.ctx());
            app.draw(ui);
            app.apply();
        },
        app,
    )
}

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
