//! The Robustness view driven through the real window (egui_kittest): the battery runs in the
//! background when the view opens, every table appears with conclusion marks, a map opens in
//! the Maps view, and the specification curve counts, runs and reports its share.

use carbon_dml::engine::battery::{TableId, Verdict};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::learners::forest::ForestParams;
use carbon_dml::gui::app::{ExplorerApp, View};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;

/// The app on the Robustness view with 40-tree forests (the structure is the point here; the
/// study's 500 trees are exercised by `tests/report_cli.rs` and the benchmarks).
fn harness(lang: &str, auto: bool) -> Harness<'static, ExplorerApp> {
    let mut app = common::app_on("robustness", lang);
    let mut s = app.analysis.scenario.clone();
    let rf = LearnerSpec::Forest(ForestParams { n_trees: 40, ..Default::default() });
    s.learners.l = rf.clone();
    s.learners.m = rf.clone();
    s.learners.r = rf.clone();
    s.learners.g = rf;
    app.analysis.set_scenario(s);
    app.robustness_view.auto = auto;
    let mut h = common::harness_sized(app, [1360.0, 900.0]);
    h.run_steps(3);
    // Every derived variable, TFEE included (computed in the background): the view waits for them.
    wait(&mut h, 60, "derived variables", |a| a.analysis.derived.as_ref().is_some_and(|d| d.is_complete()));
    h
}

use crate::common::wait;

#[test]
fn the_battery_runs_on_open_and_shows_every_table_with_marks() {
    let mut h = harness("en", true);
    wait(&mut h, 240, "battery", |a| a.robustness_view.last.is_some() && !a.robustness_view.is_running());
    let run = h.state().robustness_view.last.clone().unwrap();
    assert_eq!(run.scenario, h.state().analysis.scenario, "the battery ran on the current set-up");
    for table in TableId::ALL.iter().filter(|t| **t != TableId::Maps) {
        assert!(h.query_all_by_label_contains(table.title()).count() > 0, "{} missing", table.title());
        assert!(run.report.table(*table).is_some(), "{} not built", table.id());
    }
    h.get_by_label_contains("Does the conclusion hold?");
    // Table 4 is open: its four columns carry marks, and the reference estimate holds on the
    // sample (whose process has a positive effect of DCP on CEE).
    let reference = run.report.items.iter().find(|o| o.item.reference).unwrap();
    assert_eq!(reference.conclusion.verdict, Verdict::Holds, "{}", reference.conclusion.reason);
    assert!(h.query_all_by_label_contains(": holds").count() >= 1);
    // The bundled sample's truth stands beside the estimates: Table 4's columns, and in Table
    // 10 each region's own effect (the process sets 1.4 in the west).
    assert!(h.query_all_by_label_contains("True effect built into the synthetic sample: ").count() >= 1);
    h.get_by_label_contains("Table 10.").click();
    h.run_steps(3);
    h.get_by_label_contains("West: CEE 1.4000");
    h.get_by_label_contains("East: CEE 0.8000");
    // Open Table 7 and find the instrument's first-stage row.
    h.get_by_label_contains("Table 7.").click();
    h.run_steps(3);
    assert!(h.query_all_by_label("First-stage F (robust)").count() > 0);
}

#[test]
fn show_in_maps_switches_to_the_maps_view() {
    let mut h = harness("en", true);
    wait(&mut h, 240, "battery", |a| a.robustness_view.last.is_some() && !a.robustness_view.is_running());
    h.get_by_label_contains("Maps (first and last year)").click();
    h.run_steps(3);
    let buttons: Vec<_> = h.query_all_by_label("Show in Maps").collect();
    assert_eq!(buttons.len(), 3, "CEE, CIWB and DCP");
    buttons[1].click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.view, View::Maps);
    h.get_by_label("Variable: CIWB");
}

#[test]
fn the_specification_curve_counts_runs_and_reports_its_share() {
    // No battery: this test is about the curve.
    let mut h = harness("en", false);
    h.get_by_label_contains("6 specifications");
    h.get_by_label("10").click();
    h.run_steps(2);
    h.get_by_label_contains("8 specifications");
    // Keep it small: OLS only (untick RF and GBM), K = 4 and 5.
    h.get_by_label("RF").click();
    h.get_by_label("GBM").click();
    h.get_by_label("OLS").click();
    h.get_by_label("8").click();
    h.get_by_label("10").click();
    h.run_steps(2);
    h.get_by_label_contains("2 specifications");
    h.get_by_label("Run the curve").click();
    let start = std::time::Instant::now();
    while h.query_all_by_label_contains("with the median's sign").count() == 0 {
        assert!(start.elapsed().as_secs() < 120, "curve not done after 120 s");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    h.get_by_label_contains("(2 / 2)");
}

#[test]
fn chinese_labels() {
    let h = harness("zh", false);
    h.get_by_label("运行全部检验");
    assert!(h.query_all_by_label_contains("设定曲线").count() > 0);
    h.get_by_label("学习器");
    assert!(h.state().robustness_view.last.is_none(), "nothing runs with automatic reruns off");
}

#[test]
fn in_chinese_the_marks_and_their_reasons_are_chinese() {
    let mut h = harness("zh", true);
    wait(&mut h, 240, "battery", |a| a.robustness_view.last.is_some() && !a.robustness_view.is_running());
    let marks: Vec<_> = h.query_all_by_label_contains("无固定效应: CEE: 成立").collect();
    assert_eq!(marks.len(), 1, "Table 4's first column is marked in Chinese");
    marks[0].hover();
    h.run_steps(4);
    assert!(
        h.query_all_by_label_contains("与原文结论一致，且在 5% 水平显著").count() > 0,
        "the hover explains the mark in Chinese"
    );
}
