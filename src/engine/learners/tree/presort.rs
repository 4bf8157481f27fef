//! Training rows sorted once by each feature, shared by every tree of a fit.

use super::binary::LANES;
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
    /// Per feature, the values in that order: `sorted[f * n + k] = x[f * n + order[f * n + k]]`.
    sorted: Vec<f64>,
    /// Per feature, its lowest and highest value when it has at most two distinct values
    /// (compared bit for bit).
    two: Vec<Option<(f64, f64)>>,
    /// Codes of the two-valued features by position, [`LANES`] features per chunk in the order
    /// of their columns: `two_codes[chunk * n + pos][lane]`, 0 for the lower value, 1 for the
    /// higher (and 1 in unused lanes).
    two_codes: Vec<[u8; LANES]>,
    /// Per feature, the first feature with the same row order and the same ties (itself
    /// unless it is, on these rows, a strictly increasing function of an earlier one, as
    /// `expersq` of `exper`).
    owner: Vec<usize>,
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
        let sorted: Vec<f64> = (0..n * p).map(|k| xv[(k / n.max(1)) * n + order[k] as usize]).collect();
        let two = (0..p)
            .map(|f| {
                let col = &sorted[f * n..(f + 1) * n];
                let (&lo, &hi) = (col.first()?, col.last()?);
                // Bitwise, so that the rows of each value are one tie group in position order
                // (-0.0 and 0.0 sort apart but compare equal: such a column is not two-valued).
                let same = |a: f64, b: f64| a.to_bits() == b.to_bits();
                let two = (same(lo, hi) || lo < hi) && col.iter().all(|&v| same(v, lo) || same(v, hi));
                two.then_some((lo, hi))
            })
            .collect();
        let two: Vec<Option<(f64, f64)>> = two;
        let dummies: Vec<(usize, f64)> = (0..p).filter_map(|f| two[f].map(|(lo, _)| (f, lo))).collect();
        let mut two_codes = vec![[1u8; LANES]; dummies.len().div_ceil(LANES) * n];
        for (slot, &(f, lo)) in dummies.iter().enumerate() {
            let chunk = &mut two_codes[slot / LANES * n..(slot / LANES + 1) * n];
            for (c, &v) in chunk.iter_mut().zip(&xv[f * n..(f + 1) * n]) {
                c[slot % LANES] = u8::from(v > lo);
            }
        }
        let mut owner: Vec<usize> = (0..p).collect();
        for f in 0..p {
            if two[f].is_some() {
                continue;
            }
            let same = |g: usize| {
                let (a, b) = (&sorted[f * n..(f + 1) * n], &sorted[g * n..(g + 1) * n]);
                order[f * n..(f + 1) * n] == order[g * n..(g + 1) * n]
                    && a.windows(2).zip(b.windows(2)).all(|(u, v)| (u[0] == u[1]) == (v[0] == v[1]))
            };
            if let Some(g) = (0..f).find(|&g| two[g].is_none() && owner[g] == g && same(g)) {
                owner[f] = g;
            }
        }
        Presorted { n, p, x: xv, order, sorted, two, two_codes, owner }
    }

    /// The first feature whose sorted rows and ties equal those of `f` (`f` itself when there
    /// is none): the trees keep one sorted list for both, since every scan, partition and sum
    /// over it is the same.
    #[inline]
    pub fn owner(&self, f: usize) -> usize {
        self.owner[f]
    }

    /// Codes of chunk `chunk` of the two-valued features by position (see
    /// [`Presorted::two_values`]; slot `k` is the `k`-th two-valued column, in chunk
    /// `k / LANES`, lane `k % LANES`).
    #[inline]
    pub(super) fn two_codes(&self, chunk: usize) -> &[[u8; LANES]] {
        &self.two_codes[chunk * self.n..(chunk + 1) * self.n]
    }

    /// The lowest and highest value of feature `f` when it takes at most two distinct values
    /// (a dummy; both equal when it is constant), else `None`.
    #[inline]
    pub fn two_values(&self, f: usize) -> Option<(f64, f64)> {
        self.two[f]
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

    /// Values of feature `f` in increasing order (matching [`Presorted::order`]).
    #[inline]
    pub fn sorted_values(&self, f: usize) -> &[f64] {
        &self.sorted[f * self.n..(f + 1) * self.n]
    }

    /// Positions sorted by feature `f`.
    #[inline]
    pub fn order(&self, f: usize) -> &[u32] {
        &self.order[f * self.n..(f + 1) * self.n]
    }
}
