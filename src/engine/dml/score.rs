//! The shared DML step for scores linear in theta: `psi = theta psi_a + psi_b`.
//!
//! DML2 (DoubleML's only algorithm): the scores of all folds are pooled and
//! `theta = -sum(psi_b) / sum(psi_a)`. With cluster data the fold sums are weighted by
//! `1 / prod_v |test clusters of variable v in fold k|` (DoubleML `LinearScoreMixin._est_coef`).

use super::error::DmlError;
use super::folds::Folds;

/// Score elements of one repetition, one value per design row.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreElements {
    /// `psi_a` (the derivative of the score in theta).
    pub psi_a: Vec<f64>,
    /// `psi_b`.
    pub psi_b: Vec<f64>,
}

/// Neumaier-compensated sum: exact to about one rounding whatever the order of magnitude.
pub fn sum(values: impl IntoIterator<Item = f64>) -> f64 {
    let mut s = 0.0_f64;
    let mut c = 0.0_f64;
    for v in values {
        let t = s + v;
        if s.abs() >= v.abs() {
            c += (s - t) + v;
        } else {
            c += (v - t) + s;
        }
        s = t;
    }
    s + c
}

/// Mean by [`sum`].
pub fn mean(values: &[f64]) -> f64 {
    sum(values.iter().copied()) / values.len() as f64
}

/// Weight of each fold's sums: 1 without clusters, `1 / prod_v |I_kv|` with clusters.
pub fn fold_weights(folds: &Folds) -> Vec<f64> {
    match &folds.clusters {
        None => vec![1.0; folds.k()],
        Some(c) => c
            .test_clusters
            .iter()
            .map(|per_var| 1.0 / per_var.iter().map(|v| v.len() as f64).product::<f64>())
            .collect(),
    }
}

/// The DML2 solution `theta = -E[psi_b] / E[psi_a]` (cluster-weighted with cluster folds).
/// `what` names the residualized variable ("treatment" or "instrument") for the error message.
pub fn solve_theta(el: &ScoreElements, folds: &Folds, what: &'static str) -> Result<f64, DmlError> {
    let (a, b) = match &folds.clusters {
        None => (mean(&el.psi_a), mean(&el.psi_b)),
        Some(_) => {
            let w = fold_weights(folds);
            let a = sum(folds.test.iter().zip(&w).map(|(t, w)| w * sum(t.iter().map(|&r| el.psi_a[r]))));
            let b = sum(folds.test.iter().zip(&w).map(|(t, w)| w * sum(t.iter().map(|&r| el.psi_b[r]))));
            (a, b)
        }
    };
    let scale = mean(&el.psi_a.iter().map(|v| v.abs()).collect::<Vec<_>>());
    if a == 0.0 || !a.is_finite() || a.abs() <= 1e-12 * scale.max(f64::MIN_POSITIVE) {
        return Err(DmlError::DegenerateScore { value: a, what });
    }
    Ok(-b / a)
}

/// The score at `theta`: `psi_i = theta psi_a_i + psi_b_i`.
pub fn psi(el: &ScoreElements, theta: f64) -> Vec<f64> {
    el.psi_a.iter().zip(&el.psi_b).map(|(a, b)| a * theta + b).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    #[test]
    fn neumaier_sum_keeps_small_terms() {
        let v = [1e16, 1.0, -1e16, 1.0];
        assert_eq!(sum(v), 2.0);
    }

    #[test]
    fn partialling_out_theta_is_the_residual_regression_slope() {
        let folds = Folds::random(6, 2, &mut Rng::seed_from_u64(1)).unwrap();
        let v = [1.0, -2.0, 0.5, 1.5, -1.0, 0.0];
        let w = [2.1, -3.9, 1.2, 2.8, -2.2, 0.3];
        let el = ScoreElements {
            psi_a: v.iter().map(|x| -x * x).collect(),
            psi_b: v.iter().zip(&w).map(|(a, b)| a * b).collect(),
        };
        let t = solve_theta(&el, &folds, "treatment").unwrap();
        let slope = v.iter().zip(&w).map(|(a, b)| a * b).sum::<f64>() / v.iter().map(|a| a * a).sum::<f64>();
        assert!((t - slope).abs() < 1e-14);
    }

    #[test]
    fn zero_jacobian_is_an_error() {
        let folds = Folds::random(4, 2, &mut Rng::seed_from_u64(1)).unwrap();
        let el = ScoreElements { psi_a: vec![0.0; 4], psi_b: vec![1.0; 4] };
        assert!(matches!(solve_theta(&el, &folds, "treatment"), Err(DmlError::DegenerateScore { .. })));
    }
}
