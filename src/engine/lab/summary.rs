//! Bias, spread, mean standard error and coverage of each estimator over the replications.

use super::runner::{Estimator, Replication};
use crate::engine::dml::inference::Z975;
use crate::engine::dml::score::sum;
use serde::Serialize;

/// One estimator's performance over R replications.
///
/// With estimates `theta_r`, standard errors `se_r` and truths `theta0_r`:
/// `bias = mean(theta_r - theta0_r)`, `sd = sqrt(sum (theta_r - mean theta)^2 / (R - 1))`,
/// `mean_se = mean(se_r)`, `coverage = share of r with |theta_r - theta0_r| <= 1.96 se_r`.
/// Replications whose estimate is not finite are left out and counted in `failed`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabSummary {
    /// Which estimator.
    #[serde(skip)]
    pub estimator: Estimator,
    /// Replications summarized.
    pub replications: usize,
    /// Replications left out (non-finite estimate or standard error).
    pub failed: usize,
    /// Mean error against the truth.
    pub bias: f64,
    /// Standard deviation of the estimates.
    pub sd: f64,
    /// Mean reported standard error.
    pub mean_se: f64,
    /// Share of 95% Wald intervals that contain the truth.
    pub coverage: f64,
}

/// Summarize `reps` for each estimator, in [`Estimator::ALL`] order.
pub fn summarize(reps: &[Replication]) -> Vec<LabSummary> {
    Estimator::ALL
        .iter()
        .enumerate()
        .map(|(k, &estimator)| {
            let ok: Vec<(f64, f64, f64)> = reps
                .iter()
                .map(|r| (r.estimates[k].0, r.estimates[k].1, r.truth))
                .filter(|(t, s, _)| t.is_finite() && s.is_finite())
                .collect();
            let r = ok.len() as f64;
            let mean = sum(ok.iter().map(|e| e.0)) / r;
            let sd = (sum(ok.iter().map(|e| (e.0 - mean).powi(2))) / (r - 1.0).max(1.0)).sqrt();
            let covered = ok.iter().filter(|(t, s, truth)| (t - truth).abs() <= Z975 * s).count();
            LabSummary {
                estimator,
                replications: ok.len(),
                failed: reps.len() - ok.len(),
                bias: sum(ok.iter().map(|e| e.0 - e.2)) / r,
                sd,
                mean_se: sum(ok.iter().map(|e| e.1)) / r,
                coverage: covered as f64 / r,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bias_sd_se_and_coverage_by_their_formulas() {
        let rep = |index, t: f64, s: f64| Replication {
            index,
            rows: 10,
            truth: 1.0,
            estimates: [(t, s), (t, s), (f64::NAN, s)],
        };
        let reps = [rep(0, 1.1, 0.1), rep(1, 0.7, 0.1), rep(2, 1.0, 0.2)];
        let s = summarize(&reps);
        assert!((s[0].bias - (-0.2 / 3.0)).abs() < 1e-15);
        let mean = 2.8 / 3.0;
        let var = ((1.1f64 - mean).powi(2) + (0.7f64 - mean).powi(2) + (1.0f64 - mean).powi(2)) / 2.0;
        assert!((s[0].sd - var.sqrt()).abs() < 1e-15);
        assert!((s[0].mean_se - 0.4 / 3.0).abs() < 1e-15);
        assert_eq!(s[0].coverage, 2.0 / 3.0, "0.7 is 3 se from the truth");
        assert_eq!((s[2].replications, s[2].failed), (0, 3));
    }
}
