//! The tF critical value function of Lee, McCrary, Moreira and Porter (2022, "Valid t-Ratio
//! Inference for IV", AER 112(10)), derived here from its defining property rather than copied
//! from the paper's table.
//!
//! Under weak-instrument asymptotics with one instrument, the first-stage t `f = pi / se(pi)`
//! is `N(f0, 1)`, the Anderson-Rubin t `t_AR` is `N(0, 1)` under the null, their correlation is
//! `rho`, and the Wald t-ratio obeys `t^2 = t_AR^2 / (1 - 2 rho t_AR / f + t_AR^2 / f^2)`. The
//! worst case is `|rho| = 1`, where `t_AR = f - f0` and `|t| = |f| |f - f0| / f0`. The tF test
//! rejects when `|t| > c(F)`, `F = f^2`; LMMP's `c` makes the rejection probability at
//! `rho = 1` exactly `alpha` for every `f0` up to the point where `c` reaches `z = 1.96`
//! (at 5%), and `c = z` beyond. For `f0 > 0` the rejection region is two tails: `f > B(f0)`
//! with `B (B - f0) = f0 c(B^2)` and `f < -A(f0)` with `A (A + f0) = f0 c(A^2)`, so
//! `1 - Phi(B - f0) + Phi(-A - f0) = alpha`. Writing both boundaries through the same `c`
//! gives `A(f0) = B(f0 A / (A + 2 f0))`: a point is the lower boundary at `f0` when it is the
//! upper boundary at the smaller `f0 A / (A + 2 f0)`. That is a forward recurrence for `B`:
//! `A(f0)` solves the fixed point from the earlier `B`, then
//! `B(f0) = f0 + Phi^-1(1 - alpha + Phi(-A - f0))`, and `c(B^2) = B (B - f0) / f0`.
//!
//! It starts from the expansion `B(f0) = z + (z / 2) f0^2 + f0^3 + O(f0^4)` at `f0 -> 0`
//! (derived by matching powers of `f0` in the size equation; `c -> inf` as `F -> z^2`, where
//! the AR set becomes unbounded too), runs on a grid of step `1e-3` with cubic Lagrange
//! interpolation of the earlier `B`, and stops where `c` falls to `z`: at `F = 104.67`, LMMP's
//! threshold. Every entry of LMMP's published 5% table (sqrt F = 2.0, 2.1, ..., 10.3) is the
//! value here rounded up to two decimals (a unit test checks all 84), and `c(10) = 3.4304`
//! (their 3.43). At 1% the two-tail form no longer holds (a middle rejection region appears),
//! so only the 5% function is offered.

use super::normal::{cdf, quantile};
use std::sync::OnceLock;

/// Largest grid step in `f0`.
const STEP: f64 = 1e-3;

/// First grid point after 0 (started from the series; its error is `O(f0^4)`, about 1e-12).
const START: f64 = 1e-3;

/// The critical value function on its grid.
#[derive(Clone, Debug)]
pub struct TfCurve {
    alpha: f64,
    z: f64,
    /// Grid in `f0` (0, then from [`START`] with steps growing to the largest step).
    f: Vec<f64>,
    /// `B` at each grid point.
    b: Vec<f64>,
    /// `f0` where `c` reaches `z`.
    f_end: f64,
    /// `F` where `c` reaches `z`.
    threshold: f64,
}

/// Cubic Lagrange interpolation of `(f, b)` at `x`, on the four nodes around it.
fn lagrange(f: &[f64], b: &[f64], x: f64) -> f64 {
    let n = f.len();
    if n < 4 {
        return b[n - 1];
    }
    let k = f.partition_point(|&v| v <= x);
    let j0 = k.saturating_sub(2).min(n - 4);
    let mut out = 0.0;
    for j in j0..j0 + 4 {
        let mut w = 1.0;
        for m in j0..j0 + 4 {
            if m != j {
                w *= (x - f[m]) / (f[j] - f[m]);
            }
        }
        out += w * b[j];
    }
    out
}

impl TfCurve {
    /// Build the curve for two-sided level `alpha` with largest grid step `h` (module docs).
    /// The step is kept below the recurrence's delay `2 f0^2 / (A + 2 f0)`, so the earlier `B`
    /// it reads is always interpolated between known points, never extrapolated.
    pub fn build(alpha: f64, h: f64) -> TfCurve {
        let z = quantile(1.0 - alpha / 2.0);
        let series = |f: f64| z + 0.5 * z * f * f + f * f * f;
        let c_of = |bb: f64, f: f64| bb * (bb - f) / f;
        let mut fs = vec![0.0, START, 2.0 * START, 3.0 * START];
        let mut b: Vec<f64> = fs.iter().map(|&f| series(f)).collect();
        loop {
            let prev = fs[fs.len() - 1];
            let f = prev + h.min(prev * prev / (z + 2.0 * prev));
            let mut s = b[b.len() - 1];
            for _ in 0..200 {
                let s2 = lagrange(&fs, &b, f * s / (s + 2.0 * f));
                let done = (s2 - s).abs() <= 1e-15 * s;
                s = s2;
                if done {
                    break;
                }
            }
            let next = f - quantile(alpha - cdf(-s - f));
            fs.push(f);
            b.push(next);
            let c = c_of(next, f);
            if c < z || c.is_nan() || f > 100.0 {
                break;
            }
        }
        // Where c crosses z between the last two grid points (bisection on the interpolant).
        let n = fs.len();
        let (mut lo, mut hi) = (fs[n - 2], fs[n - 1]);
        for _ in 0..64 {
            let mid = 0.5 * (lo + hi);
            if c_of(lagrange(&fs, &b, mid), mid) > z {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let f_end = 0.5 * (lo + hi);
        let threshold = lagrange(&fs, &b, f_end).powi(2);
        TfCurve { alpha, z, f: fs, b, f_end, threshold }
    }

    /// The level `alpha`.
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// The first-stage F above which `c(F) = z` (104.67 at 5%).
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// `c(F)`: `None` (infinite: no bounded interval) for `F <= z^2`, `z` for
    /// `F >= threshold`, else `sqrt F (sqrt F - f0) / f0` with `B(f0) = sqrt F`.
    pub fn critical_value(&self, f_stat: f64) -> Option<f64> {
        if f_stat.is_nan() || f_stat <= self.z * self.z {
            return None;
        }
        if f_stat >= self.threshold {
            return Some(self.z);
        }
        let s = f_stat.sqrt();
        // B is increasing in f0: bracket s on the grid, then bisect the interpolant.
        let last = self.b.len() - 1;
        let i = self.b.partition_point(|&v| v <= s).clamp(1, last);
        let (mut lo, mut hi) = (self.f[i - 1], self.f[i].min(self.f_end));
        for _ in 0..64 {
            let mid = 0.5 * (lo + hi);
            if lagrange(&self.f, &self.b, mid) < s {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let f0 = 0.5 * (lo + hi);
        Some((s * (s - f0) / f0).max(self.z))
    }
}

/// The 5% tF curve, built once.
pub fn curve_5pct() -> &'static TfCurve {
    static CURVE: OnceLock<TfCurve> = OnceLock::new();
    CURVE.get_or_init(|| TfCurve::build(0.05, STEP))
}

/// The 5% tF critical value `c(F)` (`None` when `F <= 1.96^2`: the interval is unbounded).
pub fn critical_value(f_stat: f64) -> Option<f64> {
    curve_5pct().critical_value(f_stat)
}

/// The F above which the 5% tF critical value is 1.96 (LMMP's 104.7).
pub fn threshold() -> f64 {
    curve_5pct().threshold()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// LMMP (2022) Table 3 as distributed with ivDiag (`R/tF.R`): c at sqrt F = 2.0, ..., 10.3.
    const PUBLISHED: [f64; 84] = [
        18.66, 9.74, 7.37, 6.18, 5.43, 4.92, 4.54, 4.25, 4.01, 3.82, 3.65, 3.51, 3.39, 3.29, 3.19, 3.11, 3.03, 2.97,
        2.91, 2.85, 2.80, 2.75, 2.71, 2.67, 2.63, 2.60, 2.57, 2.54, 2.51, 2.48, 2.46, 2.43, 2.41, 2.39, 2.37, 2.35,
        2.33, 2.32, 2.30, 2.29, 2.27, 2.26, 2.24, 2.23, 2.22, 2.21, 2.20, 2.19, 2.17, 2.16, 2.16, 2.15, 2.14, 2.13,
        2.12, 2.11, 2.10, 2.10, 2.09, 2.08, 2.08, 2.07, 2.06, 2.06, 2.05, 2.04, 2.04, 2.03, 2.03, 2.02, 2.02, 2.01,
        2.01, 2.00, 2.00, 1.99, 1.99, 1.99, 1.98, 1.98, 1.97, 1.97, 1.97, 1.96,
    ];

    #[test]
    fn derived_curve_rounds_up_to_the_published_table() {
        for (i, want) in PUBLISHED.iter().enumerate() {
            let sq = 2.0 + 0.1 * i as f64;
            let c = critical_value(sq * sq).expect("bounded above F = 3.84");
            let up = (c * 100.0 - 1e-9).ceil() / 100.0;
            assert!((up - want).abs() < 1e-9, "sqrt F = {sq:.1}: derived {c}, published {want}");
        }
        assert!((threshold() - 104.67).abs() < 0.005, "threshold {}", threshold());
        assert!((critical_value(10.0).unwrap() - 3.43).abs() < 0.001);
        assert_eq!(critical_value(3.8), None);
        assert_eq!(critical_value(200.0), Some(quantile(0.975)));
        println!("threshold {:.6}, c(10) = {:.6}", threshold(), critical_value(10.0).unwrap_or(f64::NAN));
    }

    #[test]
    fn grid_is_converged() {
        let fine = TfCurve::build(0.05, STEP / 2.0);
        for f in [4.0, 5.0, 10.0, 20.0, 50.0, 100.0] {
            let (a, b) = (critical_value(f).unwrap(), fine.critical_value(f).unwrap());
            assert!((a - b).abs() <= 1e-10 * a, "F = {f}: {a} vs {b}");
        }
        assert!((threshold() - fine.threshold()).abs() < 1e-9);
    }

    #[test]
    fn size_is_exact_at_rho_one() {
        // P(|x||x - f0| > f0 c(x^2)), x ~ N(f0, 1), by the trapezoid rule on a fine grid.
        for f0 in [0.5, 2.0, 5.0, 8.0] {
            let (lo, hi, m) = (f0 - 10.0, f0 + 10.0, 40_000);
            let dx = (hi - lo) / m as f64;
            let mut p = 0.0;
            for k in 0..=m {
                let x: f64 = lo + k as f64 * dx;
                let c = critical_value(x * x).unwrap_or(f64::INFINITY);
                let reject = x.abs() * (x - f0).abs() > f0 * c;
                let w = if k == 0 || k == m { 0.5 } else { 1.0 };
                if reject {
                    p += w * (-(x - f0).powi(2) / 2.0).exp() * dx / (2.0 * std::f64::consts::PI).sqrt();
                }
            }
            assert!((p - 0.05).abs() < 2e-4, "f0 = {f0}: size {p}");
        }
    }
}
