//! Cyclic coordinate descent for the Lasso with a duality-gap stop and gap-safe screening,
//! following scikit-learn's `enet_coordinate_descent` and `enet_coordinate_descent_gram`
//! (`sklearn/linear_model/_cd_fast.pyx`, version 1.9) step for step, so that the iterates and
//! the stopping point agree with `LassoCV` up to rounding.
//!
//! Problem (with `l1 = alpha * n`): `min_w 1/2 ||y - X w||^2 + l1 ||w||_1`.
//! Update of coordinate `j`: `w_j <- S(X_j' r + w_j ||X_j||^2, l1) / ||X_j||^2`, with `S` the
//! soft threshold. After a sweep whose largest change is at most `tol` times the largest
//! coefficient, the duality gap (Fercoq, Gramfort & Salmon 2015) is checked against
//! `tol * ||y||^2`; features that the gap-safe rule (Ndiaye et al. 2017, eq. 11) proves to be
//! zero at the optimum are then dropped from the sweeps.

/// Outcome of one coordinate-descent solve.
#[derive(Clone, Copy, Debug)]
pub struct CdOutcome {
    /// Final duality gap.
    pub gap: f64,
    /// Gap tolerance used (`tol * ||y||^2`).
    pub tol: f64,
    /// Sweeps done.
    pub sweeps: usize,
    /// False when `max_iter` sweeps ended without meeting the tolerance.
    pub converged: bool,
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(u, v)| u * v).sum()
}

fn soft_threshold(t: f64, l1: f64) -> f64 {
    if t == 0.0 { 0.0 } else { t.signum() * (t.abs() - l1).max(0.0) }
}

/// Duality gap from `||R||^2`, `R'y`, `||w||_1` and `max_j |X_j' R|` (formulation A, beta = 0).
fn gap_a(l1: f64, w_l1: f64, r_norm2: f64, ry: f64, dual_norm: f64) -> f64 {
    let primal = 0.5 * r_norm2 + l1 * w_l1;
    let scale = if dual_norm > l1 { l1 / dual_norm } else { 1.0 };
    let dual = -0.5 * scale * scale * r_norm2 + scale * ry;
    primal - dual
}

/// Gap-safe screening: features kept in the sweeps, zeroing the others (`zero(j)` undoes
/// their contribution to the residual or to `Q w`).
#[allow(clippy::too_many_arguments)]
fn screen(
    active: &mut Vec<usize>,
    excluded: &mut [bool],
    w: &mut [f64],
    xta: &[f64],
    norm2: &[f64],
    l1: f64,
    dual_norm: f64,
    radius: f64,
    mut zero: impl FnMut(usize, f64),
) {
    active.clear();
    for j in 0..w.len() {
        if excluded[j] {
            continue;
        }
        let xj_theta = xta[j] / l1.max(dual_norm);
        let d_j = (1.0 - xj_theta.abs()) / norm2[j].sqrt();
        if d_j <= radius {
            active.push(j);
        } else {
            if w[j] != 0.0 {
                zero(j, w[j]);
                w[j] = 0.0;
            }
            excluded[j] = true;
        }
    }
}

/// Coordinate descent on the data: `x` column-major `n x p` (centred), `y` centred; `w` is the
/// warm start and receives the solution. scikit-learn's `enet_coordinate_descent`.
pub fn cd_residual(w: &mut [f64], l1: f64, x: &[f64], n: usize, y: &[f64], max_iter: usize, tol: f64) -> CdOutcome {
    let p = w.len();
    let col = |j: usize| &x[j * n..(j + 1) * n];
    let norm2: Vec<f64> = (0..p).map(|j| dot(col(j), col(j))).collect();
    let mut r: Vec<f64> = y.to_vec();
    for (j, &wj) in w.iter().enumerate() {
        if wj != 0.0 {
            for (ri, xi) in r.iter_mut().zip(col(j)) {
                *ri -= wj * xi;
            }
        }
    }
    let d_w_tol = tol;
    let tol = tol * dot(y, y);
    let mut xta = vec![0.0; p];
    let gap_fn = |w: &[f64], r: &[f64], xta: &mut [f64]| {
        for (j, v) in xta.iter_mut().enumerate() {
            *v = dot(col(j), r);
        }
        let dual_norm = xta.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        let w_l1: f64 = w.iter().map(|v| v.abs()).sum();
        (gap_a(l1, w_l1, dot(r, r), dot(r, y), dual_norm), dual_norm)
    };
    let (mut gap, mut dual_norm) = gap_fn(w, &r, &mut xta);
    if gap <= tol {
        return CdOutcome { gap, tol, sweeps: 0, converged: true };
    }
    let mut excluded = vec![false; p];
    let mut active = Vec::with_capacity(p);
    for j in 0..p {
        if norm2[j] == 0.0 {
            w[j] = 0.0;
            excluded[j] = true;
        }
    }
    let zero = |r: &mut [f64], j: usize, wj: f64| {
        for (ri, xi) in r.iter_mut().zip(col(j)) {
            *ri += wj * xi;
        }
    };
    screen(&mut active, &mut excluded, w, &xta, &norm2, l1, dual_norm, (2.0 * gap).sqrt() / l1, |j, wj| {
        zero(&mut r, j, wj)
    });
    for sweep in 0..max_iter {
        let (mut w_max, mut d_w_max) = (0.0_f64, 0.0_f64);
        for &j in &active {
            let w_j = w[j];
            let tmp = dot(col(j), &r) + w_j * norm2[j];
            w[j] = soft_threshold(tmp, l1) / norm2[j];
            if w[j] != w_j {
                let d = w_j - w[j];
                for (ri, xi) in r.iter_mut().zip(col(j)) {
                    *ri += d * xi;
                }
            }
            d_w_max = d_w_max.max((w[j] - w_j).abs());
            w_max = w_max.max(w[j].abs());
        }
        if w_max == 0.0 || d_w_max / w_max <= d_w_tol || sweep == max_iter - 1 {
            (gap, dual_norm) = gap_fn(w, &r, &mut xta);
            if gap <= tol {
                return CdOutcome { gap, tol, sweeps: sweep + 1, converged: true };
            }
            let radius = (2.0 * gap).sqrt() / l1;
            screen(&mut active, &mut excluded, w, &xta, &norm2, l1, dual_norm, radius, |j, wj| zero(&mut r, j, wj));
        }
    }
    CdOutcome { gap, tol, sweeps: max_iter, converged: false }
}

/// Coordinate descent on the Gram matrix `q = X'X` (`p x p`, row-major), `xy = X'y` and
/// `y_norm2 = y'y` (centred data). scikit-learn's `enet_coordinate_descent_gram`.
pub fn cd_gram(w: &mut [f64], l1: f64, q: &[f64], xy: &[f64], y_norm2: f64, max_iter: usize, tol: f64) -> CdOutcome {
    let p = w.len();
    let row = |j: usize| &q[j * p..(j + 1) * p];
    let norm2: Vec<f64> = (0..p).map(|j| q[j * p + j]).collect();
    let mut qw: Vec<f64> = (0..p).map(|j| dot(row(j), w)).collect();
    let d_w_tol = tol;
    let tol = tol * y_norm2;
    let mut xta = vec![0.0; p];
    let gap_fn = |w: &[f64], qw: &[f64], xta: &mut [f64]| {
        let q_dot_w = dot(w, xy);
        let wqw = dot(w, qw);
        let r_norm2 = y_norm2 + wqw - 2.0 * q_dot_w;
        let ry = y_norm2 - q_dot_w;
        for j in 0..p {
            xta[j] = xy[j] - qw[j];
        }
        let dual_norm = xta.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        let w_l1: f64 = w.iter().map(|v| v.abs()).sum();
        (gap_a(l1, w_l1, r_norm2, ry, dual_norm), dual_norm)
    };
    let (mut gap, mut dual_norm) = gap_fn(w, &qw, &mut xta);
    if (0.0..=tol).contains(&gap) {
        return CdOutcome { gap, tol, sweeps: 0, converged: true };
    }
    let mut excluded = vec![false; p];
    let mut active = Vec::with_capacity(p);
    for j in 0..p {
        if norm2[j] == 0.0 {
            w[j] = 0.0;
            excluded[j] = true;
        }
    }
    let zero = |qw: &mut [f64], j: usize, wj: f64| {
        for (a, b) in qw.iter_mut().zip(row(j)) {
            *a -= wj * b;
        }
    };
    let radius = (2.0 * gap.abs()).sqrt() / l1;
    screen(&mut active, &mut excluded, w, &xta, &norm2, l1, dual_norm, radius, |j, wj| zero(&mut qw, j, wj));
    for sweep in 0..max_iter {
        let (mut w_max, mut d_w_max) = (0.0_f64, 0.0_f64);
        for &j in &active {
            let w_j = w[j];
            let tmp = xy[j] - qw[j] + w_j * norm2[j];
            w[j] = soft_threshold(tmp, l1) / norm2[j];
            if w[j] != w_j {
                let d = w[j] - w_j;
                for (a, b) in qw.iter_mut().zip(row(j)) {
                    *a += d * b;
                }
            }
            d_w_max = d_w_max.max((w[j] - w_j).abs());
            w_max = w_max.max(w[j].abs());
        }
        if w_max == 0.0 || d_w_max / w_max <= d_w_tol || sweep == max_iter - 1 {
            (gap, dual_norm) = gap_fn(w, &qw, &mut xta);
            if gap <= tol {
                return CdOutcome { gap, tol, sweeps: sweep + 1, converged: true };
            }
            let radius = (2.0 * gap.abs()).sqrt() / l1;
            screen(&mut active, &mut excluded, w, &xta, &norm2, l1, dual_norm, radius, |j, wj| zero(&mut qw, j, wj));
        }
    }
    CdOutcome { gap, tol, sweeps: max_iter, converged: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gram_and_residual_forms_agree_and_meet_kkt() {
        // Centred 6 x 2 design.
        let (n, p) = (6, 2);
        let mut x = vec![1.0, -2.0, 0.5, 3.0, -1.5, -1.0, 0.3, 1.0, -0.7, 0.2, -1.2, 0.4];
        for j in 0..p {
            let m = x[j * n..(j + 1) * n].iter().sum::<f64>() / n as f64;
            x[j * n..(j + 1) * n].iter_mut().for_each(|v| *v -= m);
        }
        let y: Vec<f64> = (0..n).map(|i| 2.0 * x[i] - x[n + i] + 0.1 * (i as f64 - 2.5)).collect();
        let ym = y.iter().sum::<f64>() / n as f64;
        let y: Vec<f64> = y.iter().map(|v| v - ym).collect();
        let l1 = 0.5;
        let mut w1 = vec![0.0; p];
        let o1 = cd_residual(&mut w1, l1, &x, n, &y, 10_000, 1e-14);
        let q: Vec<f64> =
            (0..p * p).map(|k| dot(&x[(k / p) * n..(k / p + 1) * n], &x[(k % p) * n..(k % p + 1) * n])).collect();
        let xy: Vec<f64> = (0..p).map(|j| dot(&x[j * n..(j + 1) * n], &y)).collect();
        let mut w2 = vec![0.0; p];
        let o2 = cd_gram(&mut w2, l1, &q, &xy, dot(&y, &y), 10_000, 1e-14);
        assert!(o1.converged && o2.converged);
        for j in 0..p {
            assert!((w1[j] - w2[j]).abs() < 1e-9, "{w1:?} {w2:?}");
            // KKT: X_j' r = l1 sign(w_j) for non-zero w_j.
            let r: Vec<f64> = (0..n).map(|i| y[i] - x[i] * w1[0] - x[n + i] * w1[1]).collect();
            let g = dot(&x[j * n..(j + 1) * n], &r);
            if w1[j] != 0.0 {
                assert!((g - l1 * w1[j].signum()).abs() < 1e-6, "{g}");
            } else {
                assert!(g.abs() <= l1 + 1e-9);
            }
        }
    }
}
