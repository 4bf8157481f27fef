//! PLIV diagnostics: first-stage strength of the residualized instrument and the
//! Anderson-Rubin (weak-instrument robust) confidence set, both with the estimate's variance.
//!
//! First stage, from `w = D - r^` and `v = Z - m^` of one repetition:
//! - non-robust (iid) F: the regression of `w` on `v` with an intercept (as
//!   `scipy.stats.linregress`), partial `R^2 = corr(v, w)^2`, `F = (n - 2) R^2 / (1 - R^2)`:
//!   the Cragg-Donald / ivreg2 "F" of the residualized first stage under homoskedasticity;
//! - robust F: the residualized first stage as a DML score, `phi = v (w - pi v)`
//!   (`phi_a = -v^2`, `phi_b = v w`), `pi = -E_w[phi_b] / E_w[phi_a]` (`= sum v w / sum v^2`
//!   without clusters), `Var(pi)` from the shared [`ScoreVariance`] (the estimate's clusters and
//!   small-sample corrections) and `F = pi^2 / Var(pi)`: the Wald F of the first stage with
//!   the estimate's variance. With one instrument this is the Kleibergen-Paap (2006) rk Wald F
//!   (ivreg2's `widstat` under `robust` / `cluster`) and the Montiel Olea-Pflueger (2013)
//!   effective F: MOP's `F_eff = pi' Z'Z pi / tr(W2)` (instruments normalized to `Z'Z / n = I`,
//!   `W2` the robust variance of the first-stage coefficients) has one term for one
//!   instrument and reduces to `pi^2 (v'v)^2 / S = pi^2 / Var(pi)`, `S` the robust variance
//!   of `v'w`. Packages differ from it only by the small-sample factor they apply.
//!
//! AR set (the score test inverted; without clusters DoubleML's `robust_confset`): theta is in
//! the set at level `1 - alpha` when `E_w[psi(theta)]^2 <= z^2 Var(E_w[psi(theta)])`,
//! `psi = theta psi_a + psi_b`, with the variance of the shared [`ScoreVariance`]. Both sides
//! are quadratic in theta, so the set is `{theta : a theta^2 + b theta + c <= 0}` with
//! `a = M_a^2 - z^2 V_aa`, `b = 2 (M_a M_b - z^2 V_ab)`, `c = M_b^2 - z^2 V_bb`,
//! `M_x = E_w[psi_x]`, `V_xy = Cov(E_w[psi_x], E_w[psi_y])`. With repeated cross-fitting the
//! means and covariances are averaged over repetitions (DoubleML's pooling of its score
//! elements). Its shape tells the instrument's strength: a bounded interval, the union of two
//! rays, or the whole line.

use super::inference::median;
use super::score::{ScoreElements, mean, sum};
use super::variance::ScoreVariance;

/// Strength of the first stage (one repetition, or the median over repetitions).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct FirstStage {
    /// Squared correlation of `D - r^` and `Z - m^`.
    pub partial_r2: f64,
    /// Non-robust (iid) F of the slope with intercept: `(n - 2) R^2 / (1 - R^2)`.
    pub f_nonrobust: f64,
    /// Robust F with the estimate's variance: `pi^2 / Var(pi)` (module docs).
    pub f_robust: f64,
    /// The residualized first-stage coefficient `pi` (no intercept, DML weighting).
    pub pi: f64,
    /// Its standard error with the estimate's variance.
    pub se_pi: f64,
    /// Slope of `D - r^` on `Z - m^` with intercept (the plotted line).
    pub slope: f64,
    /// Rows.
    pub n: usize,
}

/// First-stage statistics from the residuals `w = D - r^` and `v = Z - m^`.
pub fn first_stage(w: &[f64], v: &[f64], var: &ScoreVariance<'_>) -> FirstStage {
    let n = w.len();
    let (mw, mv) = (mean(w), mean(v));
    let sxy = sum(v.iter().zip(w).map(|(v, w)| (v - mv) * (w - mw)));
    let sxx = sum(v.iter().map(|v| (v - mv).powi(2)));
    let syy = sum(w.iter().map(|w| (w - mw).powi(2)));
    let r2 = if sxx > 0.0 && syy > 0.0 { sxy * sxy / (sxx * syy) } else { 0.0 };
    let f = if r2 < 1.0 { (n as f64 - 2.0) * r2 / (1.0 - r2) } else { f64::INFINITY };
    let phi_a: Vec<f64> = v.iter().map(|v| -v * v).collect();
    let phi_b: Vec<f64> = v.iter().zip(w).map(|(v, w)| v * w).collect();
    let pi = -var.mean(&phi_b) / var.mean(&phi_a);
    let phi: Vec<f64> = phi_a.iter().zip(&phi_b).map(|(a, b)| pi * a + b).collect();
    let se_pi = var.estimator_variance(&phi, &phi_a).sqrt();
    FirstStage {
        partial_r2: r2,
        f_nonrobust: f,
        f_robust: (pi / se_pi).powi(2),
        pi,
        se_pi,
        slope: if sxx > 0.0 { sxy / sxx } else { f64::NAN },
        n,
    }
}

/// The median over repetitions of every first-stage statistic (as DoubleML aggregates theta).
pub fn median_first_stage(reps: &[FirstStage]) -> FirstStage {
    let m = |f: fn(&FirstStage) -> f64| median(&reps.iter().map(f).collect::<Vec<_>>());
    FirstStage {
        partial_r2: m(|s| s.partial_r2),
        f_nonrobust: m(|s| s.f_nonrobust),
        f_robust: m(|s| s.f_robust),
        pi: m(|s| s.pi),
        se_pi: m(|s| s.se_pi),
        slope: m(|s| s.slope),
        n: reps.first().map_or(0, |s| s.n),
    }
}

/// An Anderson-Rubin confidence set.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArSet {
    /// `[lower, upper]`: the instrument identifies theta.
    Interval {
        /// Lower bound.
        lower: f64,
        /// Upper bound.
        upper: f64,
    },
    /// `(-inf, below] U [above, inf)`: weak instrument, theta not bounded.
    TwoRays {
        /// End of the lower ray.
        below: f64,
        /// Start of the upper ray.
        above: f64,
    },
    /// Every theta: the instrument carries no information.
    WholeLine,
    /// `(-inf, upper]` (degenerate linear case).
    RayBelow {
        /// End of the ray.
        upper: f64,
    },
    /// `[lower, inf)` (degenerate linear case).
    RayAbove {
        /// Start of the ray.
        lower: f64,
    },
    /// No theta (cannot happen for a score solved at its estimate; kept for completeness).
    Empty,
}

impl ArSet {
    /// True for two rays, a ray or the whole line.
    pub fn is_unbounded(&self) -> bool {
        !matches!(self, ArSet::Interval { .. } | ArSet::Empty)
    }

    /// Plain-language description.
    pub fn describe(&self) -> String {
        match *self {
            ArSet::Interval { lower, upper } => format!("interval [{lower:.4}, {upper:.4}]"),
            ArSet::TwoRays { below, above } => {
                format!("union of two rays (-inf, {below:.4}] U [{above:.4}, inf): weak instrument")
            }
            ArSet::WholeLine => "the whole real line: the instrument is too weak to bound theta".into(),
            ArSet::RayBelow { upper } => format!("ray (-inf, {upper:.4}]"),
            ArSet::RayAbove { lower } => format!("ray [{lower:.4}, inf)"),
            ArSet::Empty => "empty".into(),
        }
    }
}

/// The Anderson-Rubin set at critical value `z` from the score elements of every repetition,
/// each with its variance (module docs).
pub fn ar_set(reps: &[(&ScoreElements, ScoreVariance<'_>)], z: f64) -> ArSet {
    let r = reps.len().max(1) as f64;
    let avg =
        |f: &dyn Fn(&ScoreElements, &ScoreVariance<'_>) -> f64| -> f64 { sum(reps.iter().map(|(el, v)| f(el, v))) / r };
    let ma = avg(&|el, v| v.mean(&el.psi_a));
    let mb = avg(&|el, v| v.mean(&el.psi_b));
    let vaa = avg(&|el, v| v.cov_of_means(&el.psi_a, &el.psi_a));
    let vab = avg(&|el, v| v.cov_of_means(&el.psi_a, &el.psi_b));
    let vbb = avg(&|el, v| v.cov_of_means(&el.psi_b, &el.psi_b));
    let z2 = z * z;
    let a = ma * ma - z2 * vaa;
    let b = 2.0 * (ma * mb - z2 * vab);
    let c = mb * mb - z2 * vbb;
    solve_quadratic_inequality(a, b, c, 1e-12 * (ma * ma + z2 * vaa))
}

/// The set `{x : a x^2 + b x + c <= 0}`; `|a| <= tol` is treated as linear.
pub fn solve_quadratic_inequality(a: f64, b: f64, c: f64, tol: f64) -> ArSet {
    if a.abs() <= tol {
        if b == 0.0 {
            return if c <= 0.0 { ArSet::WholeLine } else { ArSet::Empty };
        }
        let root = -c / b;
        return if b > 0.0 { ArSet::RayBelow { upper: root } } else { ArSet::RayAbove { lower: root } };
    }
    let disc = b * b - 4.0 * a * c;
    if disc <= 0.0 {
        return if a > 0.0 && disc < 0.0 {
            ArSet::Empty
        } else if a > 0.0 {
            let x = -b / (2.0 * a);
            ArSet::Interval { lower: x, upper: x }
        } else {
            ArSet::WholeLine
        };
    }
    // Numerically stable roots (Numerical Recipes 5.6).
    let q = -0.5 * (b + b.signum() * disc.sqrt());
    let (mut r1, mut r2) = (q / a, c / q);
    if r1 > r2 {
        std::mem::swap(&mut r1, &mut r2);
    }
    if a > 0.0 { ArSet::Interval { lower: r1, upper: r2 } } else { ArSet::TwoRays { below: r1, above: r2 } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadratic_shapes() {
        assert_eq!(solve_quadratic_inequality(1.0, 0.0, -4.0, 0.0), ArSet::Interval { lower: -2.0, upper: 2.0 });
        assert_eq!(solve_quadratic_inequality(-1.0, 0.0, 4.0, 0.0), ArSet::TwoRays { below: -2.0, above: 2.0 });
        assert_eq!(solve_quadratic_inequality(-1.0, 0.0, -4.0, 0.0), ArSet::WholeLine);
        assert_eq!(solve_quadratic_inequality(1.0, 0.0, 4.0, 0.0), ArSet::Empty);
        assert_eq!(solve_quadratic_inequality(0.0, 2.0, -4.0, 1e-12), ArSet::RayBelow { upper: 2.0 });
    }

    #[test]
    fn first_stage_of_a_near_perfect_fit() {
        let v = [1.0, 2.0, 3.0, 4.0];
        let w = [2.0, 4.1, 5.9, 8.0];
        let folds = crate::engine::dml::folds::Folds::from_ids(&[1.0, 2.0, 1.0, 2.0]);
        let var = ScoreVariance::new(&folds, Default::default());
        let fs = first_stage(&w, &v, &var);
        assert!(fs.partial_r2 > 0.99 && fs.f_nonrobust > 100.0 && (fs.slope - 1.98).abs() < 1e-12, "{fs:?}");
        // pi = sum v w / sum v^2 = 59.9 / 30; HC0: sum v^2 u^2 / (sum v^2)^2.
        let pi = 59.9 / 30.0;
        let meat: f64 = v.iter().zip(&w).map(|(v, w)| (v * (w - pi * v)).powi(2)).sum();
        assert!((fs.pi - pi).abs() < 1e-15 && (fs.f_robust - pi * pi * 900.0 / meat).abs() < 1e-9 * fs.f_robust);
    }
}
