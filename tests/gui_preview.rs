//! A long estimate shows a preview first (fewer trees, one repetition, a subsample of whole
//! units on large data), marked with what was reduced, and the full result that replaces it is
//! the same bits as an estimate run without any preview. A slider drag starts one full run.

use carbon_dml::engine::data::sample::{SampleSpec, generate};
use carbon_dml::engine::dml::cache::NuisanceCache;
use carbon_dml::engine::dml::estimate_cached;
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp};
use egui_kittest::kittest::Queryable;
use std::sync::atomic::AtomicBool;

use crate::common::{harness, wait};

/// A 150-unit, 10-year panel (1,500 rows): the study's forest of 500 trees is predicted to
/// take about 0.7 s there, above the preview threshold, and its preview (50 trees) under 0.1 s.
fn panel_file(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-preview-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("units150.csv");
    std::fs::write(&path, generate(&SampleSpec { units: 150, years: 10, seed: 3, ..Default::default() }).csv)
        .expect("write");
    path
}

fn open(tag: &str, speed: f64, lang: &str) -> egui_kittest::Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_options(LaunchOptions {
        view: Some("results".into()),
        lang: Some(lang.into()),
        ..Default::default()
    });
    app.analysis.assume_speed(speed);
    app.open_csv(panel_file(tag));
    harness(app)
}

fn wait_for_preview(h: &mut egui_kittest::Harness<'static, ExplorerApp>) {
    wait(h, 120, "a preview", |app| {
        app.analysis.showing_preview() || (!app.analysis.is_running() && app.analysis.outcome.is_some())
    });
    assert!(h.state().analysis.showing_preview(), "the preview came before the full estimate");
    assert!(h.state().analysis.is_running(), "the full estimate runs behind the preview");
}

fn wait_for_full(h: &mut egui_kittest::Harness<'static, ExplorerApp>) {
    wait(h, 300, "the full estimate", |app| {
        let a = &app.analysis;
        !a.is_running() && !a.is_stale() && a.outcome.as_ref().is_some_and(|o| o.result.is_ok())
    });
}

#[test]
fn a_preview_with_fewer_trees_then_the_same_bits_as_without_it() {
    let mut h = open("trees", 1.0, "en");
    wait_for_preview(&mut h);
    h.get_by_label_contains("Preview: 50 of 500 trees. The full estimate is running and will replace it.");
    let preview = h.state().analysis.outcome.clone().expect("preview");
    assert_eq!(preview.preview.and_then(|r| r.rows), None, "1,500 rows need no subsample");

    wait_for_full(&mut h);
    assert!(!h.state().analysis.showing_preview());
    assert!(h.query_by_label_contains("Preview:").is_none(), "the mark goes with the preview");
    let full = h.state().analysis.outcome.clone().expect("full");
    let got = full.result.expect("estimate");

    // The same scenario on the same data, estimated directly with a fresh cache.
    let panel = h.state().analysis.panel();
    let spec = Scenario::default().validate(&panel).expect("valid");
    let direct = estimate_cached(&spec, &|_| {}, &AtomicBool::new(false), &NuisanceCache::new()).expect("estimate");
    assert_eq!(got.inference.theta.to_bits(), direct.inference.theta.to_bits());
    assert_eq!(got.inference.se.to_bits(), direct.inference.se.to_bits());
    assert_eq!(got.rows, direct.rows);
    let p = preview.result.expect("preview estimate");
    assert_ne!(p.inference.theta.to_bits(), got.inference.theta.to_bits(), "the preview is another fit");
    assert!(p.inference.se > 0.0 && p.n == got.n);
}

#[test]
fn on_a_slow_machine_the_preview_subsamples_whole_units_in_the_window_language() {
    let mut h = open("units", 60.0, "zh");
    wait_for_preview(&mut h);
    let o = h.state().analysis.outcome.clone().expect("preview");
    let r = o.preview.expect("marked as a preview");
    let (rows, all) = r.rows.expect("a subsample");
    let (units, n_units) = r.units.expect("whole units");
    assert_eq!((all, n_units), (1500, 150));
    assert!(rows < all && rows == units * 10, "{rows} rows of {units} whole units");
    h.get_by_label_contains(&format!(
        "预览：500 棵树中的 50 棵；1500 行中的 {rows} 行（150 个单位中的 {units} 个，整单位抽取）"
    ));
    // The preview's rows are rows of the full panel: whole units of it.
    let e = o.result.expect("estimate");
    let panel = h.state().analysis.panel();
    let mut per_unit = std::collections::BTreeMap::new();
    for &row in &e.rows {
        assert!(row < panel.n_rows());
        *per_unit.entry(panel.unit_label(row).expect("unit").to_string()).or_insert(0) += 1;
    }
    assert!(per_unit.len() <= units && per_unit.values().all(|&n| n <= 10));
    assert!(per_unit.values().filter(|&&n| n == 10).count() >= units - 2, "whole units, but for dropped rows");
    wait_for_full(&mut h);
    assert_eq!(h.state().analysis.outcome.as_ref().and_then(|o| o.preview), None);
}

#[test]
fn a_slider_drag_starts_one_full_estimate() {
    let mut h = open("drag", 1.0, "en");
    wait_for_full(&mut h);
    let before = h.state().analysis.full_runs_started();
    // Twenty steps of the trees slider, one every 30 ms (faster than the debounce).
    for trees in (300..500).step_by(10) {
        let mut s = Scenario::default();
        if let LearnerSpec::Forest(f) = &mut s.learners.l {
            f.n_trees = trees;
        }
        h.state_mut().commands.push(Command::SetScenario(Box::new(s)));
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    wait_for_full(&mut h);
    assert_eq!(h.state().analysis.full_runs_started(), before + 1, "one full estimate for the whole drag");
    let shown = h.state().analysis.outcome.as_ref().expect("estimate");
    assert!(matches!(&shown.scenario.learners.l, LearnerSpec::Forest(f) if f.n_trees == 490));
}
