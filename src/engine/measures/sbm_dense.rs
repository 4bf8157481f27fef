//! The SBM and super-SBM programs of [`super::sbm`] (the same linearized programs, the same
//! ratios `x_ij / x_io`) built as dense matrices and solved by [`super::dense_lp`], which is
//! much faster than `microlp` on these small programs. If the dense simplex does not reach an
//! optimum the program is solved again by `microlp` ([`super::sbm::sbm_with_lambda`],
//! [`super::sbm::super_sbm`]), which then decides the status: with the evaluated DMU in its
//! reference set the SBM program is feasible (`Lambda_o = t = 1`) and bounded (`rho >= 0`), and
//! the super-SBM program against a non-empty set is feasible (`Sg = t yg_o` covers any output
//! shortfall, `S-` and `Sb` any excess) and bounded (`delta >= t >= 1`), so an "infeasible" or
//! "unbounded" from the dense simplex can only be rounding (a pivot entry below its tolerance).
//!
//! Variables: `t`, `Lambda_j` (one per reference DMU), `S-_i`, `Sg_r`, `Sb_r`, and for the
//! super-SBM one surplus or slack `u` per inequality row.
//!
//! SBM rows: `t + c (sum Sg + sum Sb) = 1`; `sum_j Lambda_j x_ij/x_io + S-_i - t = 0`;
//! `sum_j Lambda_j yg_rj/yg_ro - Sg_r - t = 0`; `sum_j Lambda_j yb_rj/yb_ro + Sb_r - t = 0`;
//! VRS: `sum_j Lambda_j - t = 0`; objective `min t - (1/m) sum S-_i`; `c = 1/(s1+s2)`.
//!
//! Super-SBM rows: `t - c (sum Sg + sum Sb) = 1`; `sum Lambda x/x_o - S-_i - t + u = 0`;
//! `sum Lambda yg/yg_o + Sg_r - t - u = 0`; `Sg_r - t + u = 0`; `sum Lambda yb/yb_o - Sb_r - t
//! + u = 0`; VRS as above; objective `min t + (1/m) sum S-_i`.

use super::dense_lp::{DenseLp, solve};
use super::sbm::{DeaData, LpFailure, Rts, sbm_with_lambda, super_sbm};

/// Column offsets of one program.
struct Layout {
    n_ref: usize,
    sx: usize,
    sg: usize,
    sb: usize,
    cols: usize,
}

fn layout(d: &DeaData, refs: &[usize], surplus: usize) -> Layout {
    let n_ref = refs.len();
    let sx = 1 + n_ref;
    let sg = sx + d.m;
    let sb = sg + d.s1;
    Layout { n_ref, sx, sg, sb, cols: sb + d.s2 + surplus }
}

/// Write row `row` (one per input or output) of the `Lambda` block: `data_jk / data_ok`.
fn lambda_row(a: &mut [f64], cols: usize, row: usize, (data, w, k): (&[f64], usize, usize), o: usize, refs: &[usize]) {
    let base = data[o * w + k];
    for (jj, &j) in refs.iter().enumerate() {
        a[row * cols + 1 + jj] = data[j * w + k] / base;
    }
}

/// SBM score `rho*` of DMU `o` against `refs`, and `lambda*_j = Lambda_j / t` in the order of
/// `refs` (as [`super::sbm::sbm_with_lambda`], whose `microlp` solve is the fallback).
pub fn sbm_dense(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> Result<(f64, Vec<f64>), LpFailure> {
    let (m, s1, s2) = (d.m, d.s1, d.s2);
    let l = layout(d, refs, 0);
    let rows = 1 + m + s1 + s2 + usize::from(rts == Rts::Vrs);
    let cols = l.cols;
    let mut a = vec![0.0; rows * cols];
    let mut b = vec![0.0; rows];
    let mut c = vec![0.0; cols];
    let cw = 1.0 / (s1 + s2) as f64;
    a[0] = 1.0;
    b[0] = 1.0;
    c[0] = 1.0;
    for r in 0..s1 + s2 {
        a[l.sg + r] = cw;
    }
    for i in 0..m {
        let row = 1 + i;
        lambda_row(&mut a, cols, row, (&d.x, m, i), o, refs);
        a[row * cols + l.sx + i] = 1.0;
        a[row * cols] = -1.0;
        c[l.sx + i] = -1.0 / m as f64;
    }
    for r in 0..s1 {
        let row = 1 + m + r;
        lambda_row(&mut a, cols, row, (&d.yg, s1, r), o, refs);
        a[row * cols + l.sg + r] = -1.0;
        a[row * cols] = -1.0;
    }
    for r in 0..s2 {
        let row = 1 + m + s1 + r;
        lambda_row(&mut a, cols, row, (&d.yb, s2, r), o, refs);
        a[row * cols + l.sb + r] = 1.0;
        a[row * cols] = -1.0;
    }
    if rts == Rts::Vrs {
        let row = rows - 1;
        for jj in 0..l.n_ref {
            a[row * cols + 1 + jj] = 1.0;
        }
        a[row * cols] = -1.0;
    }
    match solve(&DenseLp { rows, cols, a, b, c }) {
        Ok(s) => {
            let t = s.z[0];
            let lambda = s.z[1..1 + l.n_ref].iter().map(|&v| if t > 0.0 { v / t } else { v }).collect();
            Ok((s.objective, lambda))
        }
        Err(_) => sbm_with_lambda(d, o, refs, rts),
    }
}

/// Super-efficiency SBM score `delta*` of DMU `o` against `refs` (without `o`), as
/// [`super::sbm::super_sbm`] (whose `microlp` solve is the fallback).
pub fn super_sbm_dense(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> Result<f64, LpFailure> {
    let (m, s1, s2) = (d.m, d.s1, d.s2);
    let n_ineq = m + 2 * s1 + s2;
    let l = layout(d, refs, n_ineq);
    let u0 = l.sb + s2;
    let rows = 1 + n_ineq + usize::from(rts == Rts::Vrs);
    let cols = l.cols;
    let mut a = vec![0.0; rows * cols];
    let mut b = vec![0.0; rows];
    let mut c = vec![0.0; cols];
    let cw = 1.0 / (s1 + s2) as f64;
    a[0] = 1.0;
    b[0] = 1.0;
    c[0] = 1.0;
    for r in 0..s1 + s2 {
        a[l.sg + r] = -cw;
    }
    let mut row = 1;
    for i in 0..m {
        lambda_row(&mut a, cols, row, (&d.x, m, i), o, refs);
        a[row * cols + l.sx + i] = -1.0;
        a[row * cols] = -1.0;
        a[row * cols + u0 + row - 1] = 1.0;
        c[l.sx + i] = 1.0 / m as f64;
        row += 1;
    }
    for r in 0..s1 {
        lambda_row(&mut a, cols, row, (&d.yg, s1, r), o, refs);
        a[row * cols + l.sg + r] = 1.0;
        a[row * cols] = -1.0;
        a[row * cols + u0 + row - 1] = -1.0;
        row += 1;
        a[row * cols + l.sg + r] = 1.0;
        a[row * cols] = -1.0;
        a[row * cols + u0 + row - 1] = 1.0;
        row += 1;
    }
    for r in 0..s2 {
        lambda_row(&mut a, cols, row, (&d.yb, s2, r), o, refs);
        a[row * cols + l.sb + r] = -1.0;
        a[row * cols] = -1.0;
        a[row * cols + u0 + row - 1] = 1.0;
        row += 1;
    }
    if rts == Rts::Vrs {
        for jj in 0..l.n_ref {
            a[row * cols + 1 + jj] = 1.0;
        }
        a[row * cols] = -1.0;
    }
    match solve(&DenseLp { rows, cols, a, b, c }) {
        Ok(s) => Ok(s.objective),
        Err(_) => super_sbm(d, o, refs, rts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::measures::sbm::sbm;

    /// Tone (2001), Table 2, with an undesirable output added.
    fn data() -> DeaData {
        let x = [[4.0, 3.0], [6.0, 3.0], [8.0, 1.0], [8.0, 1.0], [2.0, 4.0]];
        let y = [[2.0, 3.0], [2.0, 3.0], [6.0, 2.0], [6.0, 1.0], [1.0, 4.0]];
        DeaData { m: 2, s1: 2, s2: 1, x: x.concat(), yg: y.concat(), yb: vec![3.0, 2.0, 4.0, 1.0, 2.0] }
    }

    #[test]
    fn dense_programs_match_microlp() {
        let d = data();
        for rts in [Rts::Crs, Rts::Vrs] {
            let all: Vec<usize> = (0..5).collect();
            for o in 0..5 {
                let (rho, lambda) = sbm_dense(&d, o, &all, rts).unwrap();
                assert!((rho - sbm(&d, o, &all, rts).unwrap()).abs() < 1e-9, "{rts:?} {o}");
                assert_eq!(lambda.len(), 5);
                let others: Vec<usize> = all.iter().copied().filter(|&j| j != o).collect();
                let dense = super_sbm_dense(&d, o, &others, rts);
                let micro = super_sbm(&d, o, &others, rts);
                match (dense, micro) {
                    (Ok(a), Ok(b)) => assert!((a - b).abs() < 1e-9, "{rts:?} {o}: {a} vs {b}"),
                    (a, b) => assert_eq!(a, b, "{rts:?} {o}"),
                }
            }
        }
    }
}
