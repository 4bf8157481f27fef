//! Inference on theta: t, normal p-values, Wald intervals, and the aggregation over repeated
//! cross-fitting. The standard error of each repetition comes from the shared variance
//! ([`super::variance::ScoreVariance`]: independent rows, one-way or two-way clusters,
//! small-sample corrections), so the SE and the IV diagnostics use the same variance.

use super::normal::Level;
use super::spec::Aggregation;

/// The standard normal quantile at 0.975 (`scipy.stats.norm.ppf(0.975)`), used for intervals.
pub const Z975: f64 = 1.959_963_984_540_054;

/// The rounded critical value DoubleML uses to aggregate standard errors over repetitions.
pub const Z_AGG: f64 = 1.96;

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
    let se = match rule {
        Aggregation::MedianBounds => {
            let upper: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t + Z_AGG * s).collect();
            (median(&upper) - theta) / Z_AGG
        }
        Aggregation::MedianVariance => {
            let v: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| scaling * s * s + (t - theta).powi(2)).collect();
            (median(&v) / scaling).sqrt()
        }
    };
    let ci95 = wald_interval(thetas, ses, se, rule, Z975);
    let t = theta / se;
    Inference { theta, se, t, p: p_value(t), ci95 }
}

/// The Wald interval with critical value `z`: medians of `theta_r -+ z se_r` (`MedianBounds`,
/// DoubleML's `confint(level)`), or `theta -+ z se` with the aggregated `se` (`MedianVariance`).
pub fn wald_interval(thetas: &[f64], ses: &[f64], se: f64, rule: Aggregation, z: f64) -> [f64; 2] {
    match rule {
        Aggregation::MedianBounds => {
            let lo: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t - z * s).collect();
            let hi: Vec<f64> = thetas.iter().zip(ses).map(|(t, s)| t + z * s).collect();
            [median(&lo), median(&hi)]
        }
        Aggregation::MedianVariance => {
            let theta = median(thetas);
            [theta - z * se, theta + z * se]
        }
    }
}

/// Wald intervals at 90, 95 and 99% (see [`wald_interval`]).
pub fn wald_intervals(thetas: &[f64], ses: &[f64], se: f64, rule: Aggregation) -> [[f64; 2]; 3] {
    Level::ALL.map(|l| wald_interval(thetas, ses, se, rule, l.z()))
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
