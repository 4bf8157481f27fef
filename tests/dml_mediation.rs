//! Mediation against known paths, and subgroup / mechanism estimates on the bundled sample.

use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::data::{ColumnChoice, ImportOptions, Panel, import_bytes};
use carbon_dml::engine::dml::heterogeneity::{GroupBy, by_group, differences, mechanism};
use carbon_dml::engine::dml::mediation::{mediation, paths};
use carbon_dml::engine::dml::{Learners, estimate};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::rng::Rng;
use carbon_dml::engine::scenario::{Condition, Scenario};
use std::sync::atomic::AtomicBool;

/// A cross-section with `D = 0.5 x1 + x2 + v`, `M = a D + 0.3 x1 + e1`,
/// `Y = c' D + b M + 0.2 x2 + e2`.
fn linear(n: usize, a: f64, b: f64, direct: f64, seed: u64) -> Panel {
    let mut r = Rng::seed_from_u64(seed);
    let mut csv = String::from("x1,x2,d,m,y\n");
    for _ in 0..n {
        let (x1, x2) = (r.normal(), r.normal());
        let d = 0.5 * x1 + x2 + r.normal();
        let m = a * d + 0.3 * x1 + r.normal();
        let y = direct * d + b * m + 0.2 * x2 + r.normal();
        csv.push_str(&format!("{x1},{x2},{d},{m},{y}\n"));
    }
    let opts = ImportOptions { unit: ColumnChoice::Absent, year: ColumnChoice::Absent, ..Default::default() };
    import_bytes(csv.as_bytes(), "linear.csv", &opts).expect("imports").panel
}

fn scenario() -> Scenario {
    Scenario {
        outcome: "y".into(),
        treatment: "d".into(),
        controls: vec!["x1".into(), "x2".into()],
        learners: Learners::all(LearnerSpec::Ols),
        ..Default::default()
    }
}

#[test]
fn decomposition_is_exact_on_any_sample() {
    let y = [1.0, -2.0, 0.5, 3.0, -1.0];
    let d = [0.5, -1.0, 0.2, 1.0, -0.4];
    let m = [0.1, -0.3, 0.9, 0.2, -0.5];
    let p = paths(&y, &d, &m, &[0, 1, 2, 3, 4, 4, 1]);
    assert!((p.total - (p.direct + p.indirect)).abs() < 1e-12, "{p:?}");
}

#[test]
fn mediation_recovers_known_paths() {
    let panel = linear(3000, 0.5, 0.8, 0.3, 11);
    let spec = scenario().validate(&panel).unwrap();
    let med = mediation(&spec, panel.numeric("m").unwrap(), "m", 499, &AtomicBool::new(false)).unwrap();
    let p = med.paths;
    assert!((p.a - 0.5).abs() < 0.05 && (p.b - 0.8).abs() < 0.05 && (p.direct - 0.3).abs() < 0.06, "{p:?}");
    assert!((p.indirect - 0.4).abs() < 0.05 && (p.total - 0.7).abs() < 0.06, "{p:?}");
    assert!(med.indirect_ci95[0] < 0.4 && 0.4 < med.indirect_ci95[1], "{:?}", med.indirect_ci95);
    assert!(med.indirect_ci95[1] - med.indirect_ci95[0] < 0.15);
    assert!(!med.suppression);
    assert!((med.share - p.indirect / p.total).abs() < 1e-15);
    // The total equals the PLR estimate with the same folds and learners.
    let e = estimate(&spec, &|_| {}, &AtomicBool::new(false)).unwrap();
    assert!((e.inference.theta - p.total).abs() < 1e-12);
    // Same seed, same bootstrap interval.
    let again = mediation(&spec, panel.numeric("m").unwrap(), "m", 499, &AtomicBool::new(false)).unwrap();
    assert_eq!(med, again);
}

#[test]
fn a_mediator_equal_to_the_treatment_is_an_error_not_nan() {
    let panel = linear(200, 0.5, 0.8, 0.3, 13);
    let spec = scenario().validate(&panel).unwrap();
    let e = mediation(&spec, panel.numeric("d").unwrap(), "d", 9, &AtomicBool::new(false));
    assert!(e.is_err(), "{e:?}");
}

#[test]
fn opposite_signs_are_labelled_suppression() {
    let panel = linear(2000, 0.5, -0.8, 0.6, 12);
    let spec = scenario().validate(&panel).unwrap();
    let med = mediation(&spec, panel.numeric("m").unwrap(), "m", 199, &AtomicBool::new(false)).unwrap();
    assert!(med.suppression, "{med:?}");
    assert!(med.paths.indirect < 0.0 && med.paths.direct > 0.0);
    let reading = carbon_dml::locale::inference::mediation_reading(&med, carbon_dml::locale::Lang::En);
    assert!(reading.starts_with("suppression"), "{reading}");
    let chinese = carbon_dml::locale::inference::mediation_reading(&med, carbon_dml::locale::Lang::Zh);
    assert!(chinese.starts_with("遮掩效应"), "{chinese}");
}

fn sample_scenario() -> Scenario {
    Scenario {
        outcome: "gdp".into(),
        treatment: "internet_users".into(),
        controls: vec!["lngdp".into(), "lnpop".into(), "human".into()],
        learners: Learners::all(LearnerSpec::Ols),
        ..Default::default()
    }
}

#[test]
fn subgroups_partition_the_sample_and_match_a_filtered_run() {
    let p = bundled_panel();
    let s = sample_scenario();
    let no = AtomicBool::new(false);
    let groups = by_group(&s, &p, &GroupBy::Coastal, &|_| {}, &no).unwrap();
    let labels: Vec<&str> = groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels, ["coastal", "inland"]);
    let ns: Vec<usize> = groups.iter().map(|g| g.result.as_ref().unwrap().n).collect();
    assert_eq!(ns.iter().sum::<usize>(), 360);
    assert_eq!(ns[0], 11 * 12, "11 coastal provinces");
    let mut coastal = s.clone();
    coastal.filter.conditions.push(Condition::Coastal(true));
    let direct = estimate(&coastal.validate(&p).unwrap(), &|_| {}, &no).unwrap();
    assert_eq!(direct.inference, groups[0].result.as_ref().unwrap().inference);
    let d = differences(&groups);
    assert_eq!(d.len(), 1);
    let (a, b) = (&groups[0].result.as_ref().unwrap().inference, &groups[1].result.as_ref().unwrap().inference);
    assert!((d[0].diff - (a.theta - b.theta)).abs() < 1e-12 && d[0].p > 0.0 && d[0].p <= 1.0);

    let split = by_group(&s, &p, &GroupBy::Threshold("er".into(), None), &|_| {}, &no).unwrap();
    let n: usize = split.iter().map(|g| g.result.as_ref().unwrap().n).sum();
    assert_eq!(n, 358, "two rows miss er");
    let regions = by_group(&s, &p, &GroupBy::Region3, &|_| {}, &no).unwrap();
    assert_eq!(regions.len(), 3);
    assert_eq!(differences(&regions).len(), 3);
}

#[test]
fn mechanism_is_the_estimate_with_the_mechanism_as_outcome() {
    let p = bundled_panel();
    let s = sample_scenario();
    let no = AtomicBool::new(false);
    let m = mechanism(&s, &p, "share3", &|_| {}, &no).unwrap();
    let mut direct = s.clone();
    direct.outcome = "share3".into();
    let e = estimate(&direct.validate(&p).unwrap(), &|_| {}, &no).unwrap();
    assert_eq!(m.inference, e.inference);
    assert_eq!(m.outcome, "share3");
}
