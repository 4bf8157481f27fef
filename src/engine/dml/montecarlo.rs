//! Monte Carlo check of the estimator on a process with known theta and nonlinear confounding.
//!
//! Process (all draws from `rng_for(seed, &[SAMPLE_DATA, replication])`), for `i = 1..n`:
//! `x_1..x_5 ~ N(0, 1)`, `h(x) = |x_1| - sqrt(2 / pi) + 0.5 1[x_2 > 0] - 0.25` (mean zero),
//! `D = 0.5 x_3 + h(x) + v`, `Y = theta D + 0.5 x_3 + 2 h(x) + e`, `v, e ~ N(0, 1)`, `theta = 0.5`.
//! The `|x_1|` part has no linear correlation with `x`, so linear controls cannot remove it:
//! naive OLS of Y on D and X is biased, and so is DML with OLS learners. Trees represent `h`
//! well: DoubleML with scikit-learn forests on this process has small bias and about nominal
//! coverage (`tests/fixtures/dml/montecarlo_reference.py`).

use super::design::Design;
use super::estimate::{Settings, run};
use super::score::sum;
use super::spec::{Aggregation, Cluster, FoldScheme, Learners, Model, Score};
use crate::engine::learners::LearnerSpec;
use crate::engine::learners::ols::fit_ols;
use crate::engine::rng::{rng_for, stream};
use std::sync::atomic::AtomicBool;

/// The true effect of the process.
pub const THETA: f64 = 0.5;

/// One simulated data set as a design: the lab's nonlinear process at confounding 1
/// ([`crate::engine::lab`]), drawn from `rng_for(seed, &[SAMPLE_DATA, replication])`.
pub fn simulate(n: usize, seed: u64, replication: u64) -> Design {
    let mut rng = rng_for(seed, &[stream::SAMPLE_DATA, replication]);
    crate::engine::lab::nonlinear(n, 1.0, &mut rng)
}

/// Naive OLS of Y on D and X (with intercept): `(theta, classical se)` by Frisch-Waugh-Lovell.
pub fn naive_ols(d: &Design) -> (f64, f64) {
    let rows: Vec<usize> = (0..d.n()).collect();
    let resid = |t: &[f64]| -> Vec<f64> {
        match fit_ols(&d.x, t, &rows) {
            Ok(f) => {
                use crate::engine::learners::Fitted;
                t.iter().zip(f.predict(&d.x, &rows)).map(|(a, b)| a - b).collect()
            }
            Err(_) => vec![f64::NAN; t.len()],
        }
    };
    let (dt, yt) = (resid(&d.d), resid(&d.y));
    let sdd = sum(dt.iter().map(|v| v * v));
    let theta = sum(dt.iter().zip(&yt).map(|(a, b)| a * b)) / sdd;
    let dof = d.n() as f64 - d.x.ncols() as f64 - 2.0;
    let s2 = sum(dt.iter().zip(&yt).map(|(a, b)| (b - theta * a).powi(2))) / dof;
    (theta, (s2 / sdd).sqrt())
}

/// Bias, spread and coverage of one estimator over the replications.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct McSummary {
    /// Estimator name.
    pub estimator: String,
    /// Replications.
    pub replications: usize,
    /// Mean of theta minus the truth.
    pub bias: f64,
    /// Standard deviation of theta.
    pub sd: f64,
    /// Mean reported standard error.
    pub mean_se: f64,
    /// Share of 95% intervals containing the truth.
    pub coverage: f64,
}

fn summarize(name: &str, est: &[(f64, f64)]) -> McSummary {
    let r = est.len() as f64;
    let mean = est.iter().map(|e| e.0).sum::<f64>() / r;
    let sd = (est.iter().map(|e| (e.0 - mean).powi(2)).sum::<f64>() / (r - 1.0).max(1.0)).sqrt();
    let z = super::inference::Z975;
    let covered = est.iter().filter(|(t, s)| (t - THETA).abs() <= z * s).count();
    McSummary {
        estimator: name.to_string(),
        replications: est.len(),
        bias: mean - THETA,
        sd,
        mean_se: est.iter().map(|e| e.1).sum::<f64>() / r,
        coverage: covered as f64 / r,
    }
}

/// Run `replications` data sets of `n` rows: naive OLS and PLR (K = 5) with `learner`.
pub fn monte_carlo(n: usize, replications: usize, learner: &LearnerSpec, seed: u64) -> Vec<McSummary> {
    let settings = Settings {
        model: Model::Plr,
        score: Score::PartiallingOut,
        learners: Learners::all(learner.clone()),
        folds: 5,
        n_rep: 1,
        fold_scheme: FoldScheme::Random,
        cluster: Cluster::None,
        aggregation: Aggregation::MedianBounds,
        small_sample: Default::default(),
        seed,
    };
    let mut naive = Vec::with_capacity(replications);
    let mut dml = Vec::with_capacity(replications);
    let cancel = AtomicBool::new(false);
    for r in 0..replications {
        let d = simulate(n, seed, r as u64);
        naive.push(naive_ols(&d));
        let s = Settings { seed: seed.wrapping_add(r as u64), ..settings.clone() };
        match run(&d, &s, &|_| {}, &cancel, None) {
            Ok(e) => dml.push((e.inference.theta, e.inference.se)),
            Err(_) => dml.push((f64::NAN, f64::NAN)),
        }
    }
    vec![summarize("naive OLS", &naive), summarize(&format!("PLR, {}", learner.describe()), &dml)]
}
