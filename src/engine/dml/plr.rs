//! Partially linear regression (Chernozhukov et al. 2018; DoubleML `DoubleMLPLR`):
//! `Y = theta D + g(X) + e`, `D = m(X) + v`.
//!
//! Nuisances: `l(X) = E[Y | X]`, `m(X) = E[D | X]`, and for the IV-type score
//! `g(X) = E[Y - theta_init D | X]` with `theta_init` the partialling-out estimate of the same
//! repetition (`-mean(psi_b) / mean(psi_a)`, unweighted as in DoubleML).

use super::score::{ScoreElements, mean};

/// Partialling-out score elements: `V = D - m^`, `psi_a = -V^2`, `psi_b = V (Y - l^)`.
pub fn partialling_out(y: &[f64], d: &[f64], l: &[f64], m: &[f64]) -> ScoreElements {
    let v: Vec<f64> = d.iter().zip(m).map(|(d, m)| d - m).collect();
    ScoreElements {
        psi_a: v.iter().map(|v| -v * v).collect(),
        psi_b: v.iter().zip(y.iter().zip(l)).map(|(v, (y, l))| v * (y - l)).collect(),
    }
}

/// IV-type score elements: `psi_a = -V D`, `psi_b = V (Y - g^)`.
pub fn iv_type(y: &[f64], d: &[f64], m: &[f64], g: &[f64]) -> ScoreElements {
    let v: Vec<f64> = d.iter().zip(m).map(|(d, m)| d - m).collect();
    ScoreElements {
        psi_a: v.iter().zip(d).map(|(v, d)| -v * d).collect(),
        psi_b: v.iter().zip(y.iter().zip(g)).map(|(v, (y, g))| v * (y - g)).collect(),
    }
}

/// The target of `g`: `Y - theta_init D` with `theta_init` from the partialling-out score.
pub fn g_target(y: &[f64], d: &[f64], l: &[f64], m: &[f64]) -> Vec<f64> {
    let el = partialling_out(y, d, l, m);
    let theta0 = -mean(&el.psi_b) / mean(&el.psi_a);
    y.iter().zip(d).map(|(y, d)| y - theta0 * d).collect()
}
