//! The battery against an independent reference: every checked column re-built by hand in
//! pandas and estimated with DoubleML (OLS learners, the same explicit folds), Table 3 with
//! pandas, the median split with numpy, the difference test with scipy. Fixture made by
//! `tests/fixtures/battery/make_reference.py` (versions in its header and in the JSON).

use carbon_dml::engine::battery::{ItemResult, TableId, run_battery};
use carbon_dml::engine::data::{ImportOptions, import_path};
use carbon_dml::engine::dml::{FoldScheme, Learners};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::measures::{MeasureSpec, add_derived};
use carbon_dml::engine::scenario::Scenario;
use serde_json::Value;
use std::path::Path;
use std::sync::atomic::AtomicBool;

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-3)
}

#[test]
fn battery_columns_match_doubleml_on_the_same_folds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/battery");
    let reference: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("reference.json")).unwrap()).unwrap();
    let mut panel = import_path(&dir.join("panel.csv"), &ImportOptions::default()).unwrap().panel;
    add_derived(&mut panel, &MeasureSpec::default());
    let s = Scenario {
        learners: Learners::all(LearnerSpec::Ols),
        fold_scheme: FoldScheme::Column("fold".into()),
        ..Scenario::default()
    };
    let r = run_battery(&panel, &s, &|_| {}, &AtomicBool::new(false)).unwrap();
    let cols = reference["columns"].as_object().unwrap();
    assert_eq!(cols.len(), 12);
    for (label, want) in cols {
        let o = r.items.iter().find(|o| &o.item.column == label).unwrap_or_else(|| panic!("no column {label}"));
        let e = o.estimate().unwrap_or_else(|| panic!("{label}: {:?}", o.problem()));
        let i = &e.inference;
        assert_eq!(e.n as u64, want["n"].as_u64().unwrap(), "{label}: n");
        assert!(
            close(i.theta, want["theta"].as_f64().unwrap(), 1e-8),
            "{label}: theta {} vs {}",
            i.theta,
            want["theta"]
        );
        assert!(close(i.se, want["se"].as_f64().unwrap(), 1e-8), "{label}: se {} vs {}", i.se, want["se"]);
    }
    let d = r
        .differences
        .iter()
        .find(|d| d.table == TableId::T9 && d.outcome == "CEE")
        .expect("coastal - inland difference");
    let want = &reference["difference_coastal_inland_CEE"];
    assert_eq!((d.difference.a.as_str(), d.difference.b.as_str()), ("Coastal", "Inland"));
    assert!(close(d.difference.diff, want["diff"].as_f64().unwrap(), 1e-8));
    assert!(close(d.difference.z, want["z"].as_f64().unwrap(), 1e-8));
    assert!(close(d.difference.p, want["p"].as_f64().unwrap(), 1e-6));
    // The median split: the engine's threshold is numpy's median.
    let above = r.items.iter().find(|o| o.item.column == "ER above median: CEE").unwrap();
    let cond = format!("{:?}", above.item.scenario().unwrap().filter.conditions);
    let med = reference["er_median"].as_f64().unwrap();
    assert!(cond.contains(&format!("value: {med:?}")), "{cond} vs median {med}");
    // Table 3.
    let ItemResult::Describe(rows) = &r.items.iter().find(|o| o.item.table == TableId::T3).unwrap().result else {
        panic!("Table 3 missing")
    };
    for (name, want) in reference["describe"].as_object().unwrap() {
        let s = rows.iter().find(|s| &s.name == name).unwrap_or_else(|| panic!("Table 3 lacks {name}"));
        assert_eq!(s.n as u64, want["n"].as_u64().unwrap());
        for (got, key) in [(s.mean, "mean"), (s.sd, "sd"), (s.min, "min"), (s.max, "max")] {
            assert!(close(got, want[key].as_f64().unwrap(), 1e-10), "{name} {key}: {got} vs {}", want[key]);
        }
    }
}
