//! PLIV diagnostics: first-stage strength of the residualized instrument and the
//! Anderson-Rubin (weak-instrument robust) confidence set.
//!
//! First stage: the regression of `W = D - r^` on `V = Z - m^` (with intercept, as
//! `scipy.stats.linregress`): partial `R^2 = corr(V, W)^2`, `F = t^2 = (n - 2) R^2 / (1 - R^2)`.
//!
//! AR set (the score test inverted, as DoubleML's `robust_confset`): theta is in the set when
//! `n mean(psi(theta))^2 / mean(psi(theta)^2) <= z^2`, `psi = theta psi_a + psi_b`, i.e.
//! `a theta^2 + b theta + c <= 0` with `a = n mean(psi_a)^2 - z^2 mean(psi_a^2)`,
//! `b = 2 n mean(psi_a) mean(psi_b) - 2 z^2 mean(psi_a psi_b)`,
//! `c = n mean(psi_b)^2 - z^2 mean(psi_b^2)`. Its shape tells the instrument's strength:
//! a bounded interval (strong), the union of two rays, or the whole line (weak).

use super::inference::Z975;
use super::score::{ScoreElements, mean, sum};

/// Strength of the first stage.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct FirstStage {
    /// Squared correlation of `D - r^` and `Z - m^`.
    pub partial_r2: f64,
    /// F statistic of the slope (one instrument: `t^2`).
    pub f: f64,
    /// Slope of `D - r^` on `Z - m^`.
    pub slope: f64,
    /// Rows.
    pub n: usize,
}

/// First-stage statistics from the residuals `w = D - r^` and `v = Z - m^`.
pub fn first_stage(w: &[f64], v: &[f64]) -> FirstStage {
    let n = w.len();
    let (mw, mv) = (mean(w), mean(v));
    let sxy = sum(v.iter().zip(w).map(|(v, w)| (v - mv) * (w - mw)));
    let sxx = sum(v.iter().map(|v| (v - mv).powi(2)));
    let syy = sum(w.iter().map(|w| (w - mw).powi(2)));
    let r2 = if sxx > 0.0 && syy > 0.0 { sxy * sxy / (sxx * syy) } else { 0.0 };
    let f = if r2 < 1.0 { (n as f64 - 2.0) * r2 / (1.0 - r2) } else { f64::INFINITY };
    FirstStage { partial_r2: r2, f, slope: if sxx > 0.0 { sxy / sxx } else { f64::NAN }, n }
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

/// The 95% Anderson-Rubin set from the score elements.
pub fn ar_set(el: &ScoreElements) -> ArSet {
    let n = el.psi_a.len() as f64;
    let z2 = Z975 * Z975;
    let (ma, mb) = (mean(&el.psi_a), mean(&el.psi_b));
    let maa = sum(el.psi_a.iter().map(|a| a * a)) / n;
    let mbb = sum(el.psi_b.iter().map(|b| b * b)) / n;
    let mab = sum(el.psi_a.iter().zip(&el.psi_b).map(|(a, b)| a * b)) / n;
    let a = n * ma * ma - z2 * maa;
    let b = 2.0 * n * ma * mb - 2.0 * z2 * mab;
    let c = n * mb * mb - z2 * mbb;
    solve_quadratic_inequality(a, b, c, 1e-12 * (n * ma * ma + z2 * maa))
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
    fn first_stage_of_a_perfect_fit() {
        let v = [1.0, 2.0, 3.0, 4.0];
        let w = [2.0, 4.1, 5.9, 8.0];
        let fs = first_stage(&w, &v);
        assert!(fs.partial_r2 > 0.99 && fs.f > 100.0 && (fs.slope - 1.98).abs() < 1e-12, "{fs:?}");
    }
}
