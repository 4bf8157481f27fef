//! The Index view driven through the real window (egui_kittest): the weights table, sliders
//! with locks, the method switch, errors, definitions, both languages.

use carbon_dml::engine::data::sample::INDICATORS;
use carbon_dml::engine::measures::index::{DimensionWeights, ManualWeights, weights_table};
use carbon_dml::engine::measures::normalize::Direction;
use carbon_dml::engine::measures::pca::PcaMode;
use carbon_dml::engine::measures::{IndicatorSpec, MeasureSpec, WeightMethod};
use carbon_dml::gui::app::{Command, ExplorerApp};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::BTreeMap;

use crate::common;

fn harness(lang: &str) -> Harness<'static, ExplorerApp> {
    let mut h = common::harness(common::app_on("index", lang));
    h.run_steps(3);
    h
}

fn measures(h: &Harness<'static, ExplorerApp>) -> MeasureSpec {
    h.state().analysis.scenario.measures.clone()
}

fn manual(m: &MeasureSpec) -> ManualWeights {
    match &m.index.method {
        WeightMethod::Manual(mw) => mw.clone(),
        other => panic!("expected manual weights, got {other:?}"),
    }
}

/// Step until the derived data belong to the current measure settings and are complete (TFEE
/// is computed in the background after the quick ones), or fail after 60 s.
fn wait_for_derived(h: &mut Harness<'static, ExplorerApp>) {
    let start = std::time::Instant::now();
    loop {
        h.run_steps(1);
        let a = &h.state().analysis;
        let key = carbon_dml::gui::analysis::derive_key(a.raw(), &a.scenario.measures);
        if a.derived.as_ref().is_some_and(|d| d.key == key && d.is_complete()) {
            return;
        }
        assert!(start.elapsed().as_secs() < 60, "derived data not updated after 60 s");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn the_table_shows_the_ten_sample_indicators_with_every_method() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    h.get_by_label("Indicator weights");
    for (column, _, _) in INDICATORS {
        h.get_by_role_and_label(Role::Slider, column);
        h.get_by_role_and_label(Role::CheckBox, column);
    }
    assert_eq!(h.query_all_by_role(Role::Slider).count(), 10, "one weight slider per indicator");
    // The numbers shown are the engine's weights table, rounded to 4 decimals.
    let a = &h.state().analysis;
    let m = &a.scenario.measures;
    let table = weights_table(a.raw(), &m.columns.indicators, &m.index).unwrap();
    let dc_pue = table.rows.iter().find(|r| r.indicator == "dc_pue").unwrap();
    assert_eq!(dc_pue.direction, Direction::Negative);
    for v in [dc_pue.entropy.unwrap(), dc_pue.pca.unwrap()] {
        let text = format!("{v:.4}");
        assert!(h.query_all_by_label(&text).count() >= 1, "{text} shown");
    }
    h.get_by_label("− negative");
    h.get_by_label_contains("Definitions of the derived variables");
    h.get_by_label_contains("CEE — Carbon economic efficiency");
    h.get_by_label_contains("TFEE: computed on the current data");
}

#[test]
fn moving_a_weight_switches_to_manual_weights_that_sum_to_one_with_locks_kept() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    let before = measures(&h);
    let a = &h.state().analysis;
    let entropy = weights_table(a.raw(), &before.columns.indicators, &before.index).unwrap();
    let w0: BTreeMap<String, f64> = entropy.rows.iter().map(|r| (r.indicator.clone(), r.used)).collect();
    let dcp_before = a.panel().numeric("DCP").unwrap().to_vec();

    h.get_by_role_and_label(Role::CheckBox, "dc_pue").click();
    h.run_steps(2);
    assert_eq!(measures(&h), before, "a lock alone changes nothing");
    h.get_by_role_and_label(Role::Slider, "sw_revenue").set_value_accesskit(0.3);
    h.run_steps(2);

    let m = measures(&h);
    let mw = manual(&m);
    let sum: f64 = mw.weights.values().sum();
    assert!((sum - 1.0).abs() < 1e-12, "weights sum to {sum}");
    assert!((mw.weights["sw_revenue"] - 0.3).abs() < 1e-12);
    // Unchanged up to the renormalization of weights that already sum to 1 (one rounding).
    assert!((mw.weights["dc_pue"] - w0["dc_pue"]).abs() < 1e-16, "the locked weight is unchanged");
    assert!(mw.locked.contains("dc_pue") && mw.locked.len() == 1);
    // The other weights absorbed the change in proportion.
    let ratio = |w: &BTreeMap<String, f64>| w["ict_firms"] / w["internet_users"];
    assert!((ratio(&mw.weights) - ratio(&w0)).abs() < 1e-12);
    assert!(mw.weights["ict_firms"] < w0["ict_firms"], "0.3 > {}: the others shrink", w0["sw_revenue"]);

    // The locked slider no longer moves; the derived DCP follows the new weights.
    h.get_by_role_and_label(Role::Slider, "dc_pue").set_value_accesskit(0.9);
    h.run_steps(2);
    assert!((manual(&measures(&h)).weights["dc_pue"] - w0["dc_pue"]).abs() < 1e-16);
    wait_for_derived(&mut h);
    let dcp_after = h.state().analysis.panel().numeric("DCP").unwrap().to_vec();
    assert_ne!(dcp_before, dcp_after, "DCP recomputed with the manual weights");
}

#[test]
fn the_method_switch_sets_pca_equal_and_back_to_the_study() {
    let mut h = harness("en");
    h.get_by_role_and_label(Role::RadioButton, "PCA (eigenvalue > 1)").click();
    h.run_steps(2);
    assert_eq!(measures(&h).index.method, WeightMethod::Pca(PcaMode::Kaiser));
    h.get_by_role_and_label(Role::RadioButton, "PCA (first component)").click();
    h.run_steps(2);
    assert_eq!(measures(&h).index.method, WeightMethod::Pca(PcaMode::First));
    h.get_by_role_and_label(Role::RadioButton, "Equal").click();
    h.run_steps(2);
    assert_eq!(measures(&h).index.method, WeightMethod::Equal);
    h.get_by_role_and_label(Role::RadioButton, "within each year").click();
    h.get_by_role_and_label(Role::CheckBox, "Two-level weighting").click();
    h.run_steps(2);
    let m = measures(&h);
    assert!(m.index.per_year);
    assert_eq!(m.index.two_level, Some(DimensionWeights::Equal));
    // Under two-level weighting the dimension weights get their own sliders.
    h.get_by_role_and_label(Role::Slider, "industry").set_value_accesskit(0.4);
    h.run_steps(2);
    let Some(DimensionWeights::Manual(dw)) = measures(&h).index.two_level else { panic!("manual dimension weights") };
    assert!((dw["industry"] - 0.4).abs() < 1e-12 && (dw.values().sum::<f64>() - 1.0).abs() < 1e-12);
    h.get_by_label("The study's index").click();
    h.run_steps(2);
    assert_eq!(measures(&h), MeasureSpec::default());
}

#[test]
fn directions_and_indicators_can_be_edited() {
    let mut h = harness("en");
    h.get_by_label("− negative").click();
    h.run_steps(2);
    assert_eq!(measures(&h).columns.indicators[6].direction, Direction::Positive);
    h.get_by_label("Remove this indicator from the index: dc_pue").click();
    h.run_steps(2);
    let m = measures(&h);
    assert_eq!(m.columns.indicators.len(), 9);
    assert!(m.columns.indicators.iter().all(|i| i.column != "dc_pue"));
    assert!(h.query_by_role_and_label(Role::Slider, "dc_pue").is_none());
    h.get_by_value("+ Add an indicator").click();
    h.run_steps(2);
    // Far down the popup's scrolled list: click through the accessibility action.
    h.get_by_role_and_label(Role::Button, "er").click_accesskit();
    h.run_steps(2);
    let m = measures(&h);
    assert_eq!(m.columns.indicators.last().map(|i| i.column.as_str()), Some("er"));
    h.get_by_role_and_label(Role::Slider, "er");
}

#[test]
fn bad_settings_are_shown_next_to_the_table_and_can_be_repaired() {
    let mut h = harness("en");
    let mut s = h.state().analysis.scenario.clone();
    let zero = s.measures.columns.indicators.iter().map(|i| (i.column.clone(), 0.0)).collect();
    s.measures.index.method = WeightMethod::Manual(ManualWeights { weights: zero, ..Default::default() });
    h.state_mut().commands.push(Command::SetScenario(Box::new(s.clone())));
    h.run_steps(3);
    h.get_by_label_contains("The index cannot be built with these settings: every weight is zero");
    // The other methods' columns are still filled, and a slider repairs the weights.
    h.get_by_role_and_label(Role::Slider, "ict_patents").set_value_accesskit(0.5);
    h.run_steps(3);
    assert!(h.query_by_label_contains("The index cannot be built").is_none());
    let mw = manual(&measures(&h));
    assert!((mw.weights["ict_patents"] - 0.5).abs() < 1e-12 && (mw.weights.values().sum::<f64>() - 1.0).abs() < 1e-12);

    // A column that does not exist, and a constant indicator.
    s.measures = MeasureSpec::default();
    s.measures.columns.indicators[0].column = "no_such_column".into();
    h.state_mut().commands.push(Command::SetScenario(Box::new(s.clone())));
    h.run_steps(3);
    h.get_by_label_contains("no column \"no_such_column\" in the data");
    wait_for_derived(&mut h);
    h.get_by_label_contains("DCP: not computed; missing columns: no_such_column");
    h.get_by_label_contains("DCP is not available on the current data");

    // A constant indicator in imported data.
    let dir = std::env::temp_dir().join(format!("carbon-dml-gui-index-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("constant.csv");
    std::fs::write(&csv, "province,year,x,c\nBeijing,2011,1,5\nTianjin,2011,2,5\nBeijing,2012,3,5\nTianjin,2012,4,5\n")
        .unwrap();
    h.state_mut().commands.push(Command::OpenCsv(csv));
    h.run_steps(2);
    let mut s = h.state().analysis.scenario.clone();
    s.measures.columns.indicators =
        vec![IndicatorSpec::new("x", "a", Direction::Positive), IndicatorSpec::new("c", "a", Direction::Positive)];
    h.state_mut().commands.push(Command::SetScenario(Box::new(s)));
    h.run_steps(3);
    h.get_by_label_contains("indicator \"c\" is constant (5)");
    assert_eq!(h.query_all_by_role(Role::Slider).count(), 2);
}

#[test]
fn chinese_labels_appear_with_lang_zh() {
    let h = harness("zh");
    for label in ["指标权重", "指标", "维度", "方向", "当前权重", "锁定", "合计", "原文指数"] {
        assert!(h.query_all_by_label(label).count() >= 1, "{label}");
    }
    h.get_by_role_and_label(Role::RadioButton, "熵权法");
    h.get_by_role_and_label(Role::RadioButton, "主成分（特征值 > 1）");
    h.get_by_label_contains("派生变量的定义");
    h.get_by_label_contains("CEE — 碳经济效率");
    assert!(h.query_all_by_label("− 负向").count() == 1);
}
