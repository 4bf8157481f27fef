//! The prepared training features a tree grows on: presorted rows for the exact search or bin
//! codes for the histogram search, and the working memory of either.

use super::hist::{Binned, HistScratch, grow_hist_tree};
use super::{GrowScratch, Presorted, Tree, TreeParams, grow_tree};
use crate::engine::rng::Rng;

/// The training rows of a fit, prepared for one split method (shared by all trees of the fit).
#[derive(Clone, Copy, Debug)]
pub enum TreeData<'a> {
    /// Sorted once per feature ([`grow_tree`]).
    Exact(&'a Presorted),
    /// Binned once per feature ([`grow_hist_tree`]).
    Hist(&'a Binned),
}

/// Working memory for growing trees of either kind on one thread.
#[derive(Debug, Default)]
pub struct TreeScratch {
    exact: GrowScratch,
    hist: HistScratch,
}

impl TreeData<'_> {
    /// Grow one tree on the positions with `weights[pos] > 0`, targets `y[pos]`.
    pub fn grow(&self, y: &[f64], weights: &[u32], params: &TreeParams, rng: &mut Rng, s: &mut TreeScratch) -> Tree {
        match self {
            TreeData::Exact(p) => grow_tree(p, y, weights, params, rng, &mut s.exact),
            TreeData::Hist(b) => grow_hist_tree(b, y, weights, params, rng, &mut s.hist),
        }
    }
}
