//! Partially linear IV regression with one instrument (DoubleML `DoubleMLPLIV`, partialX):
//! `Y = theta D + g(X) + e`, `Z = m(X) + v`, `D = r(X) + w`, `E[e | Z, X] = 0`.
//!
//! Nuisances: `l(X) = E[Y | X]`, `m(X) = E[Z | X]`, `r(X) = E[D | X]`, and for the IV-type
//! score `g(X) = E[Y - theta_init D | X]`.

use super::score::{ScoreElements, mean};

/// Partialling-out elements: `psi_a = -(D - r^)(Z - m^)`, `psi_b = (Z - m^)(Y - l^)`, so
/// `theta = sum (Z - m^)(Y - l^) / sum (Z - m^)(D - r^)`.
pub fn partialling_out(y: &[f64], d: &[f64], z: &[f64], l: &[f64], m: &[f64], r: &[f64]) -> ScoreElements {
    let n = y.len();
    let mut psi_a = Vec::with_capacity(n);
    let mut psi_b = Vec::with_capacity(n);
    for i in 0..n {
        let v = z[i] - m[i];
        psi_a.push(-(d[i] - r[i]) * v);
        psi_b.push(v * (y[i] - l[i]));
    }
    ScoreElements { psi_a, psi_b }
}

/// IV-type elements: `psi_a = -(Z - m^) D`, `psi_b = (Z - m^)(Y - g^)`.
pub fn iv_type(y: &[f64], d: &[f64], z: &[f64], m: &[f64], g: &[f64]) -> ScoreElements {
    let n = y.len();
    let mut psi_a = Vec::with_capacity(n);
    let mut psi_b = Vec::with_capacity(n);
    for i in 0..n {
        let v = z[i] - m[i];
        psi_a.push(-v * d[i]);
        psi_b.push(v * (y[i] - g[i]));
    }
    ScoreElements { psi_a, psi_b }
}

/// The target of `g`: `Y - theta_init D` with `theta_init` from the partialling-out score.
pub fn g_target(y: &[f64], d: &[f64], z: &[f64], l: &[f64], m: &[f64], r: &[f64]) -> Vec<f64> {
    let el = partialling_out(y, d, z, l, m, r);
    let theta0 = -mean(&el.psi_b) / mean(&el.psi_a);
    y.iter().zip(d).map(|(y, d)| y - theta0 * d).collect()
}
