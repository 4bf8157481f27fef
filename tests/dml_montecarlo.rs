//! Monte Carlo on a process with known theta = 0.5 and nonlinear confounding (see
//! `engine::dml::montecarlo`). Slow: run with `cargo test --release --test dml_montecarlo -- --ignored --nocapture`.

use carbon_dml::engine::dml::montecarlo::{THETA, monte_carlo, naive_ols, simulate};
use carbon_dml::engine::learners::LearnerSpec;

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
    for m in &s {
        println!("{m:?}");
    }
    assert!(s[0].bias > 0.3 && s[0].coverage < 0.05, "naive OLS: {:?}", s[0]);
    assert!(s[1].bias > 0.3 && s[1].coverage < 0.05, "PLR-OLS: {:?}", s[1]);
}

#[test]
#[ignore = "needs the random forest of issue 3"]
fn plr_with_random_forests_recovers_theta() {
    let s = monte_carlo(500, 200, &LearnerSpec::default(), 2025);
    for m in &s {
        println!("{m:?}");
    }
    assert!(s[1].bias.abs() < 0.5 * s[1].sd.max(0.02) + 0.05, "PLR-RF bias: {:?}", s[1]);
    assert!(s[1].coverage > 0.85, "PLR-RF coverage: {:?}", s[1]);
    assert!(s[1].bias.abs() < s[0].bias.abs() / 4.0, "DML-RF should remove most of the naive bias");
}
