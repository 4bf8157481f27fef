//! The DML engine against DoubleML 0.11.4 (fixtures made by `tests/fixtures/dml/make_fixtures.py`).
//!
//! With OLS learners and DoubleML's own folds, theta and se must agree to 1e-8 relative.

use crate::common::fixtures::{dml_design as design, dml_panel as panel, dml_settings as settings};
use carbon_dml::engine::dml::diagnostics::ArSet;
use carbon_dml::engine::dml::folds::Folds;
use carbon_dml::engine::dml::{
    Aggregation, Cluster, Design, Estimate, FoldScheme, Learners, Model, Nuisance, Score, Settings, run, run_with_folds,
};
use carbon_dml::engine::learners::LearnerSpec;
use serde_json::Value;
use std::sync::atomic::AtomicBool;

const RESULTS: &str = include_str!("fixtures/dml/results.json");
const PREDICTIONS: &str = include_str!("fixtures/dml/predictions.csv");
const REL: f64 = 1e-8;

fn results(case: &str) -> Value {
    let all: Value = serde_json::from_str(RESULTS).expect("results.json parses");
    all[case].clone()
}

fn estimate(d: &Design, s: &Settings) -> Estimate {
    run(d, s, &|_| {}, &AtomicBool::new(false), None).expect("estimate")
}

fn close(ours: f64, theirs: &Value, what: &str) {
    let t = theirs.as_f64().unwrap_or_else(|| panic!("{what} missing in fixture"));
    let rel = (ours - t).abs() / t.abs().max(1e-300);
    assert!(rel <= REL, "{what}: ours {ours:.17e}, DoubleML {t:.17e}, relative difference {rel:.2e}");
}

fn check_summary(e: &Estimate, r: &Value, case: &str) {
    close(e.inference.theta, &r["theta"], &format!("{case} theta"));
    close(e.inference.se, &r["se"], &format!("{case} se"));
    close(e.inference.t, &r["t"], &format!("{case} t"));
    close(e.inference.p, &r["p"], &format!("{case} p"));
    close(e.inference.ci95[0], &r["ci95"][0], &format!("{case} ci lower"));
    close(e.inference.ci95[1], &r["ci95"][1], &format!("{case} ci upper"));
    for (i, rep) in e.reps.iter().enumerate() {
        close(rep.theta, &r["all_theta"][i], &format!("{case} theta rep {i}"));
        close(rep.se, &r["all_se"][i], &format!("{case} se rep {i}"));
    }
    for rep in &e.nuisance {
        let key = format!("ml_{}", rep.nuisance.name());
        for (i, rmse) in rep.rmse.iter().enumerate() {
            close(*rmse, &r["rmse"][&key][i], &format!("{case} rmse {key} rep {i}"));
        }
        close(rep.r2[0], &r["r2"][&key], &format!("{case} r2 {key}"));
    }
}

#[test]
fn plr_partialling_out_ols_matches_doubleml() {
    let p = panel();
    let d = design(&p, None, Some("fold1"));
    let e =
        estimate(&d, &settings(Model::Plr, Score::PartiallingOut, FoldScheme::Column("fold1".into()), Cluster::None));
    check_summary(&e, &results("plr_po_ols"), "plr_po_ols");
    // The cross-fitted predictions themselves.
    let mut lines = PREDICTIONS.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    assert_eq!(header, ["ml_l", "ml_m", "psi_a", "psi_b"]);
    let l = e.nuisance(Nuisance::L).unwrap();
    let m = e.nuisance(Nuisance::M).unwrap();
    let mut n = 0;
    for (i, line) in lines.enumerate() {
        let v: Vec<f64> = line.split(',').map(|s| s.parse().unwrap()).collect();
        assert!((l.predictions[i] - v[0]).abs() <= 1e-9 * v[0].abs().max(1.0), "row {i} l");
        assert!((m.predictions[i] - v[1]).abs() <= 1e-9 * v[1].abs().max(1.0), "row {i} m");
        n += 1;
    }
    assert_eq!(n, e.n);
}

#[test]
fn plr_iv_type_ols_matches_doubleml() {
    let p = panel();
    let d = design(&p, None, Some("fold1"));
    let e = estimate(&d, &settings(Model::Plr, Score::IvType, FoldScheme::Column("fold1".into()), Cluster::None));
    check_summary(&e, &results("plr_iv_ols"), "plr_iv_ols");
}

#[test]
fn pliv_ols_matches_doubleml_with_diagnostics() {
    let p = panel();
    for (case, z) in [("pliv_ols", "z"), ("pliv_weak_ols", "zweak")] {
        let d = design(&p, Some(z), Some("fold1"));
        let e = estimate(
            &d,
            &settings(Model::Pliv, Score::PartiallingOut, FoldScheme::Column("fold1".into()), Cluster::None),
        );
        let r = results(case);
        check_summary(&e, &r, case);
        let iv = e.iv.as_ref().expect("IV inference");
        let fs = iv.first_stage;
        close(fs.partial_r2, &r["first_stage"]["partial_r2"], &format!("{case} partial r2"));
        close(fs.f_nonrobust, &r["first_stage"]["f"], &format!("{case} F"));
        let sets = r["ar_set"].as_array().expect("ar set");
        assert_eq!(sets.len(), 1);
        let (lo, hi) = (sets[0][0].as_f64(), sets[0][1].as_f64());
        match (iv.ar_at(carbon_dml::engine::dml::normal::Level::P95), lo, hi) {
            (ArSet::Interval { lower, upper }, Some(_), Some(_)) => {
                close(lower, &sets[0][0], "AR lower");
                close(upper, &sets[0][1], "AR upper");
            }
            // Infinite bounds are stored as the strings "-inf" and "inf".
            (ArSet::WholeLine, None, None) => {
                assert_eq!((sets[0][0].as_str(), sets[0][1].as_str()), (Some("-inf"), Some("inf")));
                assert_eq!(case, "pliv_weak_ols");
            }
            (other, _, _) => panic!("{case}: AR set {other:?} but DoubleML gives {sets:?}"),
        }
    }
}

#[test]
fn pliv_iv_type_ols_matches_doubleml() {
    let p = panel();
    let d = design(&p, Some("z"), Some("fold1"));
    let e = estimate(&d, &settings(Model::Pliv, Score::IvType, FoldScheme::Column("fold1".into()), Cluster::None));
    assert_eq!(e.nuisance.len(), 4);
    check_summary(&e, &results("pliv_iv_ols"), "pliv_iv_ols");
}

#[test]
fn plr_one_way_clustered_matches_doubleml() {
    let p = panel();
    let d = design(&p, None, Some("ufold"));
    for (case, score) in
        [("plr_po_ols_cluster_unit", Score::PartiallingOut), ("plr_iv_ols_cluster_unit", Score::IvType)]
    {
        let e = estimate(&d, &settings(Model::Plr, score, FoldScheme::Column("ufold".into()), Cluster::Unit));
        assert_eq!(e.n_clusters, vec![60]);
        check_summary(&e, &results(case), case);
    }
}

#[test]
fn plr_two_way_clustered_matches_doubleml() {
    let p = panel();
    let d = design(&p, None, None);
    let units = d.units.clone().unwrap();
    let years = d.years.clone().unwrap();
    let uf_col = p.numeric("ufold3").unwrap();
    let yf_col = p.numeric("yfold3").unwrap();
    let mut unit_fold = vec![0; d.unit_labels.len()];
    let mut year_fold = vec![0; d.year_values.len()];
    for (i, &row) in d.rows.iter().enumerate() {
        unit_fold[units[i] as usize] = uf_col[row] as usize - 1;
        year_fold[years[i] as usize] = yf_col[row] as usize - 1;
    }
    let folds = Folds::two_way(&units, unit_fold.len(), &unit_fold, &years, year_fold.len(), &year_fold, 3);
    let mut s = settings(Model::Plr, Score::PartiallingOut, FoldScheme::Random, Cluster::UnitYear);
    s.folds = 3;
    let e = run_with_folds(&d, &s, &[folds], &|_| {}, &AtomicBool::new(false), None).unwrap();
    assert_eq!(e.folds, 9);
    check_summary(&e, &results("plr_po_ols_cluster_unit_year"), "two-way");
}

#[test]
fn repeated_cross_fitting_aggregates_as_doubleml() {
    let p = panel();
    let d = design(&p, None, None);
    for (case, reps) in [("plr_po_ols_rep3", 3), ("plr_po_ols_rep4", 4)] {
        let folds: Vec<Folds> = (1..=reps)
            .map(|r| {
                let col = p.numeric(&format!("fold{r}")).unwrap();
                Folds::from_ids(&d.rows.iter().map(|&i| col[i]).collect::<Vec<_>>())
            })
            .collect();
        let mut s = settings(Model::Plr, Score::PartiallingOut, FoldScheme::Random, Cluster::None);
        s.n_rep = reps;
        let e = run_with_folds(&d, &s, &folds, &|_| {}, &AtomicBool::new(false), None).unwrap();
        let r = results(case);
        check_summary(&e, &r, case);
        s.aggregation = Aggregation::MedianVariance;
        let old = run_with_folds(&d, &s, &folds, &|_| {}, &AtomicBool::new(false), None).unwrap();
        close(old.inference.se, &r["older_rule_se"], &format!("{case} older rule se"));
    }
}

#[test]
fn plr_random_forest_within_a_quarter_se_of_doubleml() {
    let p = panel();
    let d = design(&p, None, Some("fold1"));
    let mut s = settings(Model::Plr, Score::PartiallingOut, FoldScheme::Column("fold1".into()), Cluster::None);
    s.learners = LearnerSpec::default().pipe(Learners::all);
    let e = estimate(&d, &s);
    let r = results("plr_po_rf500");
    let (theirs, se) = (r["theta"].as_f64().unwrap(), r["se"].as_f64().unwrap());
    let gap = (e.inference.theta - theirs).abs();
    println!(
        "RF500: theta {} (se {}), DoubleML {theirs} (se {se}): gap {:.3} se",
        e.inference.theta,
        e.inference.se,
        gap / se
    );
    assert!(gap <= 0.25 * se, "theta {} vs DoubleML {theirs}: gap {gap} > 0.25 se ({se})", e.inference.theta);
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}
