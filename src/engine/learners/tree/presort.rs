//! Training rows sorted once by each feature, shared by every tree of a fit.

use crate::engine::learners::Features;
use rayon::prelude::*;

/// The training rows of a fit, copied into positions `0..n`, and for each feature the positions
/// in increasing order of that feature (ties by position, so the order is deterministic).
#[derive(Clone, Debug)]
pub struct Presorted {
    n: usize,
    p: usize,
    /// Feature values, column-major: `x[f * n + pos]`.
    x: Vec<f64>,
    /// Per feature, positions sorted by value: `order[f * n .. (f + 1) * n]`.
    order: Vec<u32>,
}

impl Presorted {
    /// Sort `rows` of `x` by every column (columns in parallel). Values must be finite.
    pub fn new(x: &Features, rows: &[usize]) -> Self {
        let n = rows.len();
        let p = x.ncols();
        let mut xv = vec![0.0; n * p];
        let mut order = vec![0u32; n * p];
        if n > 0 {
            xv.par_chunks_mut(n).zip(order.par_chunks_mut(n)).enumerate().for_each(|(f, (col, ord))| {
                for (pos, &r) in rows.iter().enumerate() {
                    col[pos] = x[(r, f)];
                }
                for (pos, o) in ord.iter_mut().enumerate() {
                    *o = pos as u32;
                }
                ord.sort_unstable_by(|&a, &b| col[a as usize].total_cmp(&col[b as usize]).then(a.cmp(&b)));
            });
        }
        Presorted { n, p, x: xv, order }
    }

    /// Number of training rows.
    pub fn n(&self) -> usize {
        self.n
    }

    /// Number of features.
    pub fn p(&self) -> usize {
        self.p
    }

    /// Value of feature `f` at position `pos`.
    #[inline]
    pub fn value(&self, f: usize, pos: usize) -> f64 {
        self.x[f * self.n + pos]
    }

    /// Column `f` by position.
    #[inline]
    pub fn column(&self, f: usize) -> &[f64] {
        &self.x[f * self.n..(f + 1) * self.n]
    }

    /// Positions sorted by feature `f`.
    #[inline]
    pub fn order(&self, f: usize) -> &[u32] {
        &self.order[f * self.n..(f + 1) * self.n]
    }
}
