//! Monte Carlo on a process with known theta = 0.5 and nonlinear confounding (see
//! `engine::dml::montecarlo`), compared with DoubleML + scikit-learn on the same process
//! (`tests/fixtures/dml/montecarlo_reference.json`, made by `montecarlo_reference.py`).
//! The two use different random draws, so the comparison allows for sampling error:
//! bias within 3 standard errors of the difference of means, coverage within 0.15.
//! Slow: `cargo test --release --test headless dml_montecarlo:: -- --ignored --nocapture`.

use carbon_dml::engine::dml::montecarlo::{McSummary, THETA, monte_carlo, naive_ols, simulate};
use carbon_dml::engine::learners::LearnerSpec;
use serde_json::Value;

const REFERENCE: &str = include_str!("fixtures/dml/montecarlo_reference.json");

fn reference(prefix: &str) -> (f64, f64, f64, f64) {
    let v: Value = serde_json::from_str(REFERENCE).expect("reference parses");
    let r = v["results"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["estimator"].as_str().is_some_and(|s| s.starts_with(prefix))))
        .unwrap_or_else(|| panic!("no reference {prefix}"));
    let f = |k: &str| r[k].as_f64().unwrap_or(f64::NAN);
    (f("bias"), f("sd"), f("coverage"), f("replications"))
}

fn compare(ours: &McSummary, prefix: &str) {
    let (bias, sd, coverage, reps) = reference(prefix);
    let se = (ours.sd.powi(2) / ours.replications as f64 + sd * sd / reps).sqrt();
    println!(
        "ours {ours:?}\nDoubleML ({prefix}): bias {bias:.4}, sd {sd:.4}, coverage {coverage:.3} over {reps} replications"
    );
    assert!((ours.bias - bias).abs() <= 3.0 * se, "bias {} vs DoubleML {bias} (3 se = {})", ours.bias, 3.0 * se);
    assert!((ours.coverage - coverage).abs() <= 0.15, "coverage {} vs DoubleML {coverage}", ours.coverage);
}

#[test]
fn the_process_is_reproducible_and_confounded() {
    let a = simulate(300, 1, 0);
    assert_eq!(a, simulate(300, 1, 0));
    let (theta, se) = naive_ols(&a);
    assert!(theta - THETA > 5.0 * se, "naive OLS should be far off: {theta} (se {se})");
}

#[test]
#[ignore = "Monte Carlo, about a second in release"]
fn naive_ols_and_plr_with_ols_learners_miss_nonlinear_confounding() {
    let s = monte_carlo(500, 200, &LearnerSpec::Ols, 2025);
    compare(&s[0], "naive OLS");
    compare(&s[1], "DoubleML PLR, LinearRegression");
    assert!(s[0].coverage < 0.05 && s[1].coverage < 0.05);
}

#[test]
#[ignore = "Monte Carlo with 500-tree forests, about three minutes in release"]
fn plr_with_random_forests_behaves_as_doubleml_and_removes_most_bias() {
    let s = monte_carlo(500, 200, &LearnerSpec::default(), 2025);
    compare(&s[1], "DoubleML PLR, RandomForestRegressor");
    assert!(s[1].bias.abs() < s[0].bias.abs() / 4.0, "DML-RF should remove most of the naive bias: {s:?}");
}
