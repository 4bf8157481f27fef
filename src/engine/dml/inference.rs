//! Inference from the score: standard errors (independent rows, one-way and two-way clusters),
//! t, normal p-values, 95% intervals, and the aggregation over repeated cross-fitting.
//!
//! Without clusters (DoubleML `_var_est`): `J = mean(psi_a)`, `sigma^2 = mean(psi^2) / (n J^2)`,
//! `se = sqrt(sigma^2)`. With clusters (Chiang et al. 2021, as DoubleML computes it):
//! one-way, `gamma = (1/K) sum_k (1/|I_k|) sum_{c in I_k} (sum_{i in c} psi_i)^2`,
//! `J = (1/K) sum_k (1/|I_k|) sum_{i in test_k} psi_a_i`, `sigma^2 = gamma / (C J^2)` with C
//! clusters; two-way over the K x K folds with unit clusters `I_k` and year clusters `J_l`,
//! `const = min(|I_k|, |J_l|) / (|I_k| |J_l|)^2`, both cluster dimensions summed, everything
//! divided by `K^2`, and `C = min(C_unit, C_year)`.

use super::folds::Folds;
use super::score::{mean, sum};
use super::spec::Aggregation;

/// The standard normal quantile at 0.975 (`scipy.stats.norm.ppf(0.975)`), used for intervals.
pub const Z975: f64 = 1.959_963_984_540_054;

/// The rounded critical value DoubleML uses to aggregate standard errors over repetitions.
pub const Z_AGG: f64 = 1.96;

/// The variance of one repetition: `sigma^2 = se^2` and the scaling `n` (or number of clusters).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variance {
    /// `se^2`.
    pub sigma2: f64,
    /// `n`, or the number of clusters (two-way: the smaller of both counts).
    pub scaling: f64,
}

/// Variance of theta from the score `psi` and its derivative `psi_a` (DoubleML `_var_est`).
pub fn variance(psi: &[f64], psi_a: &[f64], folds: &Folds) -> Variance {
    let Some(cl) = &folds.clusters else {
        let n = psi.len() as f64;
        let j = mean(psi_a);
        let gamma = sum(psi.iter().map(|p| p * p)) / n;
        return Variance { sigma2: gamma / (n * j * j), scaling: n };
    };
    let k = cl.folds_per_var as f64;
    let mut gamma_terms = Vec::with_capacity(folds.k());
    let mut j_terms = Vec::with_capacity(folds.k());
    for (f, test) in folds.test.iter().enumerate() {
        let per_var = &cl.test_clusters[f];
        let sizes: Vec<f64> = per_var.iter().map(|v| v.len() as f64).collect();
        let prod: f64 = sizes.iter().product();
        let cnst = if per_var.len() == 1 { 1.0 / sizes[0] } else { sizes[0].min(sizes[1]) / (prod * prod) };
        let mut g = Vec::new();
        for (v, ids) in cl.ids.iter().enumerate() {
            let mut by_cluster = vec![0.0; cl.n_clusters[v]];
            for &r in test {
                by_cluster[ids[r] as usize] += psi[r];
            }
            g.extend(per_var[v].iter().map(|&c| by_cluster[c as usize].powi(2)));
        }
        gamma_terms.push(cnst * sum(g));
        j_terms.push(sum(test.iter().map(|&r| psi_a[r])) / prod);
    }
    let ways = cl.ids.len() as i32;
    let kk = k.powi(ways);
    let j = sum(j_terms) / kk;
    let gamma = sum(gamma_terms) / kk;
    let scaling = cl.n_clusters.iter().copied().min().unwrap_or(1) as f64;
    Variance { sigma2: gamma / (scaling * j * j), scaling }
}

/// Two-sided normal p-value `2 Phi(-|t|) = erfc(|t| / sqrt 2)`.
pub fn p_value(t: f64) -> f64 {
    libm::erfc(t.abs() / std::f64::consts::SQRT_2)
}

/// Median as `numpy.median` (mean of the two middle values for an even count).
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Final inference on theta.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Inference {
    /// Estimate.
    pub theta: f64,
    /// Standard error.
    pub se: f64,
    /// `theta / se`.
    pub t: f64,
    /// Two-sided normal p-value of `theta = 0`.
    pub p: f64,
    /// 95% confidence interval.
    pub ci95: [f64; 2],
}

/// Combine per-repetition estimates (`thetas`, `ses`, variance scalings) by `rule`.
///
/// `MedianBounds` (DoubleML 0.11 `_aggregate_coefs_and_ses` and `confint`):
/// `theta = median theta_r`, `se = (median(theta_r + 1.96 se_r) - theta) / 1.96`,
/// `ci = [median(theta_r - z se_r), median(theta_r + z se_r)]` with `z = Phi^-1(0.975)`.
/// `MedianVariance`: `se = sqrt(median(s se_r^2 + (theta_r - theta)^2) / s)` with `s` the
/// variance scaling, `ci = theta -+ z se`. Either way `t = theta / se`, `p = 2 Phi(-|t|)`.
pub fn aggregate(thetas: &[f64], ses: &[f64], scaling: f64, rule: Aggregation) -> Inference {
    let theta = median(thetas);
    let (se, ci95) = match rule {
        Aggregation::MedianBounds => {
            let upper: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t + Z_AGG * s).collect();
            let se = (median(&upper) - theta) / Z_AGG;
            let lo: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t - Z975 * s).collect();
            let hi: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t + Z975 * s).collect();
            (se, [median(&lo), median(&hi)])
        }
        Aggregation::MedianVariance => {
            let v: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| scaling * s * s + (t - theta).powi(2)).collect();
            let se = (median(&v) / scaling).sqrt();
            (se, [theta - Z975 * se, theta + Z975 * se])
        }
    };
    let t = theta / se;
    Inference { theta, se, t, p: p_value(t), ci95 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_values_match_scipy() {
        // scipy.stats.norm.cdf: 2 * norm.cdf(-1.96) and 2 * norm.cdf(-5)
        assert!((p_value(1.96) - 0.04999579029644087).abs() < 1e-15);
        assert!((p_value(-5.0) - 5.733031437583878e-07).abs() / 5.733031437583878e-07 < 1e-12);
        assert_eq!(p_value(0.0), 1.0);
    }

    #[test]
    fn single_repetition_aggregates_to_itself() {
        let a = aggregate(&[0.5], &[0.1], 100.0, Aggregation::MedianBounds);
        assert!((a.se - 0.1).abs() < 1e-15 && a.theta == 0.5);
        assert!((a.ci95[0] - (0.5 - Z975 * 0.1)).abs() < 1e-15);
        let b = aggregate(&[0.5], &[0.1], 100.0, Aggregation::MedianVariance);
        assert!((b.se - 0.1).abs() < 1e-15);
    }

    #[test]
    fn median_like_numpy() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
    }
}
