//! A dense two-phase primal simplex for linear programs with few rows and any number of
//! columns, the shape of every DEA program (`1 + m + s1 + s2` rows, one column per DMU):
//!
//! ```text
//! min c'z  s.t.  A z = b,  z >= 0
//! ```
//!
//! Phase 1 minimizes the sum of one artificial variable per row (rows with `b_i < 0` are
//! negated first); phase 2 the objective from the feasible basis. The entering column is the
//! most negative reduced cost (Dantzig), switching to Bland's smallest-index rule after a run of
//! degenerate pivots so that the (highly degenerate) DEA programs cannot cycle; ties in the
//! ratio test go to the smallest basic index. At the end the basic values are re-solved from
//! the original columns (`B z_B = b`, Gaussian elimination with partial pivoting) and the
//! objective recomputed from them, which removes the tableau's accumulated rounding.
//! Any doubt (iteration limit, a re-solved basic value below `-1e-9`, a singular basis) is a
//! [`DenseFailure::Numerical`], and the caller falls back to `microlp`.
//!
//! Textbook method: Dantzig 1963, *Linear Programming and Extensions*; Bland 1977, *New finite
//! pivoting rules for the simplex method*, Math. of OR 2(2): 103-107.

/// Why [`solve`] has no optimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DenseFailure {
    /// Phase 1 ended with a positive sum of artificials.
    Infeasible,
    /// A column with negative reduced cost has no positive entry.
    Unbounded,
    /// The iteration limit was reached or the final basis failed its check.
    Numerical,
}

/// A program `min c'z, A z = b, z >= 0` with `A` stored row by row (`a[i * cols + j]`).
#[derive(Clone, Debug)]
pub struct DenseLp {
    /// Number of rows.
    pub rows: usize,
    /// Number of columns (variables).
    pub cols: usize,
    /// Constraint matrix, row-major.
    pub a: Vec<f64>,
    /// Right-hand side.
    pub b: Vec<f64>,
    /// Objective coefficients.
    pub c: Vec<f64>,
}

/// An optimum: the objective value and every variable's value.
#[derive(Clone, Debug)]
pub struct DenseSolution {
    /// `c'z` at the optimum (recomputed from the re-solved basis).
    pub objective: f64,
    /// The variables.
    pub z: Vec<f64>,
}

/// Reduced costs above `-COST_TOL` count as non-negative.
const COST_TOL: f64 = 1e-11;
/// Pivot entries below this are not used.
const PIVOT_TOL: f64 = 1e-9;
/// Phase-1 sums above this (relative to `1 + |b|`) mean infeasible.
const FEAS_TOL: f64 = 1e-9;
/// Degenerate pivots in a row before Bland's rule takes over.
const DEGENERATE_RUN: usize = 30;

struct Tableau {
    /// `rows x (width)` where `width = cols + rows + 1` (artificials, then the right-hand side).
    t: Vec<f64>,
    width: usize,
    rows: usize,
    basis: Vec<usize>,
}

impl Tableau {
    fn at(&self, i: usize, j: usize) -> f64 {
        self.t[i * self.width + j]
    }

    fn pivot(&mut self, r: usize, col: usize, cost: &mut [f64]) {
        let w = self.width;
        let p = self.t[r * w + col];
        for v in &mut self.t[r * w..(r + 1) * w] {
            *v /= p;
        }
        let (before, rest) = self.t.split_at_mut(r * w);
        let (prow, after) = rest.split_at_mut(w);
        for row in before.chunks_exact_mut(w).chain(after.chunks_exact_mut(w)) {
            let f = row[col];
            if f != 0.0 {
                for (v, &q) in row.iter_mut().zip(prow.iter()) {
                    *v -= f * q;
                }
                row[col] = 0.0;
            }
        }
        let f = cost[col];
        if f != 0.0 {
            for (v, &q) in cost.iter_mut().zip(prow.iter()) {
                *v -= f * q;
            }
            cost[col] = 0.0;
        }
        self.basis[r] = col;
    }

    /// Simplex iterations on the reduced-cost row `cost` (last entry: minus the objective)
    /// over the columns `0..allowed`.
    fn run(&mut self, cost: &mut [f64], allowed: usize) -> Result<(), DenseFailure> {
        let rhs = self.width - 1;
        let mut degenerate = 0;
        for _ in 0..(50 * (allowed + self.rows)).max(1000) {
            let bland = degenerate >= DEGENERATE_RUN;
            let mut enter = None;
            let mut best = -COST_TOL;
            for (j, &d) in cost[..allowed].iter().enumerate() {
                if d < best {
                    enter = Some(j);
                    if bland {
                        break;
                    }
                    best = d;
                }
            }
            let Some(col) = enter else { return Ok(()) };
            let mut leave: Option<(usize, f64)> = None;
            for i in 0..self.rows {
                let a = self.at(i, col);
                if a > PIVOT_TOL {
                    let ratio = self.at(i, rhs).max(0.0) / a;
                    let better = match leave {
                        None => true,
                        Some((l, r)) => ratio < r || (ratio == r && self.basis[i] < self.basis[l]),
                    };
                    if better {
                        leave = Some((i, ratio));
                    }
                }
            }
            let Some((r, ratio)) = leave else { return Err(DenseFailure::Unbounded) };
            degenerate = if ratio == 0.0 { degenerate + 1 } else { 0 };
            self.pivot(r, col, cost);
        }
        Err(DenseFailure::Numerical)
    }
}

/// Solve `B x = rhs` for the square `n x n` row-major `b` (partial pivoting); `None` if singular.
fn gauss(mut b: Vec<f64>, mut rhs: Vec<f64>, n: usize) -> Option<Vec<f64>> {
    for k in 0..n {
        let p = (k..n).max_by(|&i, &j| b[i * n + k].abs().total_cmp(&b[j * n + k].abs()))?;
        if b[p * n + k].abs() < 1e-12 {
            return None;
        }
        if p != k {
            for j in 0..n {
                b.swap(k * n + j, p * n + j);
            }
            rhs.swap(k, p);
        }
        for i in k + 1..n {
            let f = b[i * n + k] / b[k * n + k];
            if f != 0.0 {
                for j in k..n {
                    b[i * n + j] -= f * b[k * n + j];
                }
                rhs[i] -= f * rhs[k];
            }
        }
    }
    let mut x = vec![0.0; n];
    for k in (0..n).rev() {
        let s: f64 = (k + 1..n).map(|j| b[k * n + j] * x[j]).sum();
        x[k] = (rhs[k] - s) / b[k * n + k];
    }
    Some(x)
}

/// Solve `lp` (see the module documentation).
pub fn solve(lp: &DenseLp) -> Result<DenseSolution, DenseFailure> {
    let (m, n) = (lp.rows, lp.cols);
    let width = n + m + 1;
    let mut t = vec![0.0; m * width];
    for i in 0..m {
        let sign = if lp.b[i] < 0.0 { -1.0 } else { 1.0 };
        for j in 0..n {
            t[i * width + j] = sign * lp.a[i * n + j];
        }
        t[i * width + n + i] = 1.0;
        t[i * width + width - 1] = sign * lp.b[i];
    }
    let mut tab = Tableau { t, width, rows: m, basis: (n..n + m).collect() };
    // Phase 1: minimize the sum of artificials; reduced costs -sum of rows.
    let mut cost = vec![0.0; width];
    for row in tab.t.chunks_exact(width) {
        for (c, &v) in cost[..n].iter_mut().zip(&row[..n]) {
            *c -= v;
        }
        cost[width - 1] -= row[width - 1];
    }
    tab.run(&mut cost, n)?;
    let scale = 1.0 + lp.b.iter().map(|v| v.abs()).sum::<f64>();
    if -cost[width - 1] > FEAS_TOL * scale {
        return Err(DenseFailure::Infeasible);
    }
    // Drive the artificials (at zero) out of the basis where a real column can replace them.
    let mut redundant = vec![false; m];
    for (r, red) in redundant.iter_mut().enumerate() {
        if tab.basis[r] >= n {
            match (0..n).find(|&j| tab.at(r, j).abs() > PIVOT_TOL) {
                Some(col) => tab.pivot(r, col, &mut cost),
                None => *red = true,
            }
        }
    }
    // Phase 2.
    let mut cost = vec![0.0; width];
    cost[..n].copy_from_slice(&lp.c);
    for r in 0..m {
        let cb = if tab.basis[r] < n { lp.c[tab.basis[r]] } else { 0.0 };
        if cb != 0.0 {
            for (c, &v) in cost.iter_mut().zip(&tab.t[r * width..(r + 1) * width]) {
                *c -= cb * v;
            }
        }
    }
    tab.run(&mut cost, n)?;
    // Re-solve the basic values from the original columns (redundant rows dropped).
    let keep: Vec<usize> = (0..m).filter(|&r| !redundant[r]).collect();
    let cols: Vec<usize> = keep.iter().map(|&r| tab.basis[r]).collect();
    let k = keep.len();
    let mut bm = vec![0.0; k * k];
    for (ii, &i) in keep.iter().enumerate() {
        for (jj, &j) in cols.iter().enumerate() {
            bm[ii * k + jj] = lp.a[i * n + j];
        }
    }
    let rhs: Vec<f64> = keep.iter().map(|&i| lp.b[i]).collect();
    let xb = gauss(bm, rhs, k).ok_or(DenseFailure::Numerical)?;
    let mut z = vec![0.0; n];
    for (&j, &v) in cols.iter().zip(&xb) {
        if v < -1e-9 {
            return Err(DenseFailure::Numerical);
        }
        z[j] = v.max(0.0);
    }
    let objective = lp.c.iter().zip(&z).map(|(c, v)| c * v).sum();
    Ok(DenseSolution { objective, z })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_program_has_the_hand_computed_optimum() {
        // min -x - y  s.t.  x + 2y + s1 = 4,  3x + y + s2 = 6  ->  x = 1.6, y = 1.2, -2.8.
        let lp = DenseLp {
            rows: 2,
            cols: 4,
            a: vec![1.0, 2.0, 1.0, 0.0, 3.0, 1.0, 0.0, 1.0],
            b: vec![4.0, 6.0],
            c: vec![-1.0, -1.0, 0.0, 0.0],
        };
        let s = solve(&lp).unwrap();
        assert!((s.objective + 2.8).abs() < 1e-14 && (s.z[0] - 1.6).abs() < 1e-14 && (s.z[1] - 1.2).abs() < 1e-14);
    }

    #[test]
    fn infeasible_and_unbounded_programs_are_recognized() {
        // x + y = -1 with x, y >= 0: infeasible.
        let lp = DenseLp { rows: 1, cols: 2, a: vec![1.0, 1.0], b: vec![-1.0], c: vec![0.0, 0.0] };
        assert_eq!(solve(&lp).unwrap_err(), DenseFailure::Infeasible);
        // min -x  s.t.  x - y = 1: unbounded.
        let lp = DenseLp { rows: 1, cols: 2, a: vec![1.0, -1.0], b: vec![1.0], c: vec![-1.0, 0.0] };
        assert_eq!(solve(&lp).unwrap_err(), DenseFailure::Unbounded);
    }

    #[test]
    fn redundant_rows_are_dropped() {
        // x + y = 1 twice; min x  ->  0.
        let lp = DenseLp { rows: 2, cols: 2, a: vec![1.0, 1.0, 1.0, 1.0], b: vec![1.0, 1.0], c: vec![1.0, 0.0] };
        let s = solve(&lp).unwrap();
        assert_eq!(s.objective, 0.0);
        assert_eq!(s.z, vec![0.0, 1.0]);
    }
}
