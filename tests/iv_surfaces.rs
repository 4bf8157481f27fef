//! The IV statistics reach every surface with the estimate's variance: `run --json`, the
//! results table, and the specification curve's IV specifications (issue 13).

use carbon_dml::engine::battery::{SpecCurveSpec, run_spec_curve};
use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::dml::{Cluster, Learners, Model, NuisanceCache, estimate};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::measures::{MeasureSpec, add_derived};
use carbon_dml::engine::report::estimates::{Column, iv_rows, study_table};
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::locale::Lang;
use std::process::Command;
use std::sync::atomic::AtomicBool;

fn panel() -> carbon_dml::engine::data::Panel {
    let mut p = bundled_panel();
    add_derived(&mut p, &MeasureSpec::default());
    p
}

fn clustered_iv() -> Scenario {
    let mut s = Scenario {
        model: Model::Pliv,
        instrument: Some("telegraph1907".into()),
        cluster: Cluster::Unit,
        learners: Learners::all(LearnerSpec::Ols),
        ..Scenario::default()
    };
    s.transforms.instrument_times_lagged_treatment = true;
    s
}

#[test]
fn run_json_reports_the_clustered_statistics_and_says_which_variance() {
    let args = [
        "run",
        "--model",
        "pliv",
        "--z",
        "telegraph1907",
        "--z-times-lag-d",
        "--cluster",
        "unit",
        "--learner",
        "ols",
        "--json",
    ];
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().expect("binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let e = &v["estimates"][0];
    assert_eq!(e["variance"], "cluster-unit");
    assert!(e["variance_description"].as_str().unwrap_or("").contains("30 clusters"));
    let iv = &e["iv"];
    assert_eq!(iv["variance"], "cluster-unit");
    let (fr, fi) =
        (iv["first_stage"]["f_robust"].as_f64().unwrap(), iv["first_stage"]["f_nonrobust"].as_f64().unwrap());
    assert!(fr > 0.0 && fr < fi, "clustered F {fr} below the iid F {fi} on the sample");
    for level in ["90", "95", "99"] {
        assert!(iv["ar_sets"][level]["kind"].is_string(), "AR {level}%");
        assert!(iv["wald"][level].is_array() && e["wald"][level].is_array());
    }
    assert!((iv["tf"]["threshold"].as_f64().unwrap() - 104.67).abs() < 0.01);
    let kinds: Vec<&str> = e["inference_notes"].as_array().unwrap().iter().filter_map(|n| n["kind"].as_str()).collect();
    assert!(kinds.contains(&"few_clusters") && kinds.contains(&"below_tf_threshold"), "{kinds:?}");
    // The 95% AR set is at least as wide as the clustered Wald interval here (the bug
    // was the opposite).
    let ar = &iv["ar_sets"]["95"];
    let wald = &e["ci95"];
    if ar["kind"] == "interval" {
        assert!(ar["lower"].as_f64().unwrap() <= wald[0].as_f64().unwrap());
        assert!(ar["upper"].as_f64().unwrap() >= wald[1].as_f64().unwrap());
    }
}

#[test]
fn the_results_table_has_the_iv_rows_with_the_variance() {
    let panel = panel();
    let spec = clustered_iv().validate(&panel).expect("valid");
    let e = estimate(&spec, &|_| {}, &AtomicBool::new(false)).expect("estimate");
    let columns = [Column { estimate: &e, fixed_effects: spec.scenario.fixed_effects }];
    let t = study_table("t", "IV", &columns, Lang::En);
    for label in iv_rows(Lang::En) {
        assert!(t.rows.iter().any(|r| r.label == label), "row {label}");
    }
    let md = t.to_markdown();
    assert!(md.contains("cluster: unit (30)"), "{md}");
    assert!(t.notes.iter().any(|n| n.contains("Kleibergen-Paap")));

    // The same table for a Chinese journal: Chinese row labels, the journals' note, and the
    // numbers unchanged.
    let zh = study_table("t", "工具变量", &columns, Lang::Zh);
    let labels: Vec<&str> = zh.rows.iter().map(|r| r.label.as_str()).collect();
    for label in ["控制变量", "固定效应", "工具变量", "第一阶段 F 值（稳健）", "观测值", "学习器", "折数 K"]
    {
        assert!(labels.contains(&label), "{label} missing from {labels:?}");
    }
    assert_eq!(zh.notes[0], "注：***、**、* 分别表示在 1%、5%、10% 的水平上显著；括号内为 t 值。");
    assert!(zh.to_markdown().contains("聚类：个体（30）"), "{}", zh.to_markdown());
    assert_eq!(zh.rows[0].cells, t.rows[0].cells, "the coefficient cell does not depend on the language");
    assert!(zh.to_latex().starts_with("% Chinese text: compile with XeLaTeX"));
    carbon_dml::engine::report::table::latex_is_balanced(&zh.to_latex()).unwrap();
}

#[test]
fn the_specification_curve_has_iv_specifications_with_their_statistics() {
    let panel = panel();
    let base = Scenario { learners: Learners::all(LearnerSpec::Ols), cluster: Cluster::Unit, ..Scenario::default() };
    let spec = SpecCurveSpec::parse("model=plr,pliv;k=4,5").expect("parses");
    assert_eq!(spec.count(), 4);
    let r = run_spec_curve(&panel, &base, &spec, &|_| {}, &AtomicBool::new(false), &NuisanceCache::default())
        .expect("curve");
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    let iv: Vec<_> = r.points.iter().filter(|p| p.spec.model == Model::Pliv).collect();
    assert_eq!(iv.len(), 2);
    for p in iv {
        let s = p.iv.as_ref().expect("IV statistics on an IV specification");
        assert_eq!(s.variance, Cluster::Unit);
        assert!(p.spec.label().starts_with("PLIV"));
    }
    assert!(r.points.iter().filter(|p| p.spec.model == Model::Plr).all(|p| p.iv.is_none()));
    assert!(r.indicators.iter().any(|row| row.dimension == "model"));
    let j = carbon_dml::engine::report::json::curve_json(&r);
    assert!(j["points"].as_array().unwrap().iter().any(|p| p["iv"]["first_stage"]["f_robust"].is_number()));
}
