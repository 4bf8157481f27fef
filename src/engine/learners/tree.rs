//! CART regression trees shared by the random forest and gradient boosting.
//!
//! Written by hand on plain vectors (plus rayon in the callers): no well-kept Rust crate
//! offers seeded, thread-count-independent CART with scikit-learn's semantics at the speed the
//! live DML view needs (the study's 500-tree forest on ~288 rows, ten times per estimate).
//! `linfa-trees` and
//! `smartcore` sort at every node, cannot take bootstrap weights and draw from their own RNGs;
//! histogram learners approximate the split points.
//!
//! Semantics follow `sklearn.tree.DecisionTreeRegressor` (Breiman et al. 1984):
//! - a node is split on the feature and threshold that maximise the weighted squared-error
//!   reduction, equivalently the proxy `S_L^2 / W_L + S_R^2 / W_R` (S = sum of w*y, W = sum of w);
//! - thresholds are midpoints `x_k / 2 + x_{k+1} / 2` between consecutive distinct values and a
//!   row goes left when `x <= threshold`;
//! - a node is a leaf when it is at `max_depth`, has fewer than `min_samples_split` rows or
//!   fewer than `2 * min_samples_leaf`, when all its targets are equal, or when no split leaves
//!   `min_samples_leaf` rows on both sides; row counts are unweighted, so a bootstrap sample is
//!   passed as weights (draw counts) exactly as scikit-learn's forest does;
//! - `max_features` features are drawn without replacement at each node (a Fisher-Yates draw
//!   from the tree's own seeded stream); features constant in the node are skipped without
//!   counting, and ties between equally good splits go to the feature drawn first.
//!
//! Differences from scikit-learn, all deliberate: values are compared in `f64` (scikit-learn
//! casts X to `float32` and treats values closer than 1e-7 as equal), and a node is pure when
//! its targets are exactly equal (scikit-learn: weighted variance below machine epsilon).
//!
//! Speed: each fit sorts every feature once ([`Presorted`]); a tree keeps, per feature, the ids of
//! its in-bag rows in that order and partitions them stably after each split (branch-free, in
//! place, and only for children that will be split again), so a node costs `O(p * n_node)` with
//! no allocation and no sorting. The split scan ([`scan`]) has no data-dependent branch and
//! evaluates four features side by side so that the compiler vectorizes the arithmetic (with
//! AVX2 where the processor has it). Arrays indexed by row id have power-of-two lengths and
//! are indexed with `id & mask`, which lets the compiler drop bounds checks in safe code.
//! Prediction walks a tree with four rows at once ([`Tree::add_predictions`]).
//!
//! Two-valued features (dummies) keep no sorted list: the trees keep the node's rows in
//! position order instead, and one pass over them sums the left side of every dummy's only
//! split, sixteen dummies side by side ([`binary`]); by the tie rule these are the very sums,
//! in the very order, of the sorted scan, so the trees are unchanged bit for bit. Likewise a
//! feature that is an increasing function of an earlier one (`expersq` of `exper`) shares its
//! sorted list ([`Presorted::owner`]). A fit with neither (most panels) takes the plain split
//! search and partition, without the per-node tables the dummies need. Measured with
//! `carbon-dml run` (user CPU seconds, runs alternating with the code before, 2 shared cores,
//! load 0.3-0.7): Card's 3,010-row cross-section (PLIV, 12 of 14 controls are dummies) 5.42-5.56
//! before, 2.97-3.02 after; the generated city panel (no dummies) 2.69-2.71 before, 2.77-2.89
//! after, with 0.7% more instructions (callgrind: the scan is called, not inlined).
//!
//! A test grows hundreds of trees (ties, constant columns, weights, every stopping rule) with a
//! textbook CART that sorts at every node, and checks that the trees agree bit for bit.

mod binary;
mod data;
mod grow;
pub mod hist;
mod partition;
mod presort;
mod scan;
mod split;

pub use data::{TreeData, TreeScratch};
pub use grow::{GrowScratch, TreeParams, grow_tree};
pub use presort::Presorted;

use serde::{Deserialize, Serialize};

/// How the trees of a forest or of boosting search for splits.
///
/// `Exact` (the default, the study's replication) tries every midpoint between distinct values
/// of the node's rows; `Hist` bins each feature once per fit into at most
/// [`hist::MAX_BINS`] quantile bins and searches per-node histograms ([`hist`]), splitting only
/// at bin boundaries. Measured on the generated panels (issue 16), the histogram forest takes
/// about 12% less CPU time than the exact one on the county panel (33,596 rows) and about
/// the same on the city panel (2,776 rows): fully grown trees spend most of their time in
/// small nodes, where histograms do not help (see [`hist`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SplitMethod {
    /// Every distinct value (scikit-learn's `RandomForestRegressor`).
    #[default]
    Exact,
    /// Quantile bins and histograms (LightGBM, scikit-learn's `HistGradientBoostingRegressor`).
    Hist,
}

impl SplitMethod {
    /// True for [`SplitMethod::Exact`] (scenario files leave the default out).
    pub fn is_exact(&self) -> bool {
        *self == SplitMethod::Exact
    }
}

/// Marker in [`Node::feature`] for a leaf.
pub const LEAF: u32 = u32::MAX;

/// One tree node in 16 bytes: a split (`feature`, threshold in `value`, children at `left` and
/// `left + 1`) or a leaf (`feature == LEAF`, prediction in `value`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    /// Split threshold, or the leaf's prediction.
    pub value: f64,
    /// Feature (column) index, or [`LEAF`].
    pub feature: u32,
    /// Index of the left child; the right child follows it.
    pub left: u32,
}

/// A fitted regression tree; node 0 is the root.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    /// The nodes, children always after their parent.
    pub nodes: Vec<Node>,
}

impl Tree {
    /// Prediction for one observation given as its feature values (`row[j]` = feature `j`).
    #[inline]
    pub fn predict_row(&self, row: &[f64]) -> f64 {
        let mut i = 0usize;
        loop {
            let n = self.nodes[i];
            if n.feature == LEAF {
                return n.value;
            }
            i = n.left as usize + usize::from(row[n.feature as usize] > n.value);
        }
    }

    /// Add this tree's prediction for every row of `rows` (row `i` is `rows[i * p..(i + 1) * p]`)
    /// to `out[i]`. Same values as [`Tree::predict_row`], but four rows walk the tree together:
    /// their node loads are independent, so the processor overlaps them instead of waiting on
    /// one chain of loads at a time.
    pub fn add_predictions(&self, rows: &[f64], p: usize, out: &mut [f64]) {
        const G: usize = 4;
        let nodes = &self.nodes[..];
        if p == 0 || nodes.is_empty() {
            return;
        }
        let n_rows = out.len().min(rows.len() / p);
        let full = n_rows / G * G;
        for g in (0..full).step_by(G) {
            let x: [&[f64]; G] = std::array::from_fn(|l| &rows[(g + l) * p..(g + l + 1) * p]);
            let mut at = [0usize; G];
            loop {
                let mut moving = false;
                for l in 0..G {
                    let n = nodes[at[l]];
                    let split = n.feature != LEAF;
                    // A leaf stays where it is; its feature index is clamped only to stay in bounds.
                    let f = (n.feature as usize).min(p - 1);
                    let next = n.left as usize + usize::from(x[l][f] > n.value);
                    at[l] = if split { next } else { at[l] };
                    moving |= split;
                }
                if !moving {
                    break;
                }
            }
            for l in 0..G {
                out[g + l] += nodes[at[l]].value;
            }
        }
        for i in full..n_rows {
            out[i] += self.predict_row(&rows[i * p..(i + 1) * p]);
        }
    }

    /// Number of leaves.
    pub fn n_leaves(&self) -> usize {
        self.nodes.iter().filter(|n| n.feature == LEAF).count()
    }

    /// Depth (a single leaf has depth 0).
    pub fn depth(&self) -> usize {
        let mut depth = vec![0usize; self.nodes.len()];
        let mut max = 0;
        for (i, n) in self.nodes.iter().enumerate() {
            if n.feature != LEAF {
                let l = n.left as usize;
                depth[l] = depth[i] + 1;
                depth[l + 1] = depth[i] + 1;
                max = max.max(depth[i] + 1);
            }
        }
        max
    }
}

/// Copy row `r` of `x` into `buf` (one entry per column), for [`Tree::predict_row`].
#[inline]
pub fn gather_row(x: &super::Features, r: usize, buf: &mut [f64]) {
    let n = x.nrows();
    let data = x.as_slice();
    for (j, b) in buf.iter_mut().enumerate() {
        *b = data[j * n + r];
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::Features;
    use crate::engine::rng::{Rng, rng_for};

    /// 2 to `max_n + 1` rows of 1 to 7 features, each value one of `levels[k]` steps of 1/4 (`k`
    /// drawn): ties, constant columns and pure groups.
    pub(super) fn random_x(r: &mut Rng, max_n: usize, levels: [usize; 4]) -> Features {
        let n = 2 + r.below(max_n);
        let p = 1 + r.below(7);
        let levels = levels[r.below(4)];
        Features::from_fn(n, p, |_, _| r.below(levels) as f64 / 4.0 - 1.0)
    }

    /// Bootstrap counts or a 0/1 mask for `n` rows, and stopping rules for `p` features.
    pub(super) fn random_weights_and_params(r: &mut Rng, n: usize, p: usize) -> (Vec<u32>, TreeParams) {
        let weights: Vec<u32> = if r.below(2) == 0 {
            let mut c = vec![0u32; n];
            (0..n).for_each(|_| c[r.below(n)] += 1);
            c
        } else {
            (0..n).map(|_| r.below(2) as u32).collect()
        };
        let params = TreeParams {
            max_depth: [None, Some(1), Some(4)][r.below(3)],
            min_samples_split: [2, 2, 5][r.below(3)],
            min_samples_leaf: [1, 1, 2, 3][r.below(4)],
            max_features: 1 + r.below(p),
        };
        (weights, params)
    }

    /// Random data with ties, constant columns, dummies, twin columns, pure groups and weights of
    /// every kind.
    fn case(seed: u64) -> (Features, Vec<f64>, Vec<u32>, TreeParams) {
        let mut r = rng_for(seed, &[77]);
        let mut x = random_x(&mut r, 250, [1, 3, 8, 1_000_000]);
        let (n, p) = (x.nrows(), x.ncols());
        // Some columns are redrawn as a dummy, or as -0.0 / 0.0 / 1.0 (equal values that sort
        // apart: not two-valued for the dummy pass).
        for j in 0..p {
            match r.below(4) {
                2 => (0..n).for_each(|i| x[(i, j)] = r.below(2) as f64 * 0.5 - 1.0),
                3 => (0..n).for_each(|i| x[(i, j)] = [-0.0, 0.0, 1.0][r.below(3)]),
                _ => {}
            }
        }
        // Sometimes the last column is an increasing function of the first (a twin that
        // shares its sorted list, as expersq of exper).
        if p >= 2 && r.below(3) == 0 {
            (0..n).for_each(|i| x[(i, p - 1)] = 2.0 * x[(i, 0)] + 1.0);
        }
        let integer_y = r.below(2) == 0;
        let y: Vec<f64> = (0..x.nrows()).map(|_| if integer_y { r.below(3) as f64 } else { r.normal() }).collect();
        let (weights, params) = random_weights_and_params(&mut r, x.nrows(), x.ncols());
        (x, y, weights, params)
    }

    #[test]
    fn grown_trees_equal_the_textbook_reference_bit_for_bit() {
        let mut scratch = GrowScratch::default();
        let mut splits = 0;
        for seed in 0..500 {
            let (x, y, weights, params) = case(seed);
            if weights.iter().all(|&w| w == 0) {
                continue;
            }
            let rows: Vec<usize> = (0..x.nrows()).collect();
            let pre = Presorted::new(&x, &rows);
            let tree = grow_tree(&pre, &y, &weights, &params, &mut rng_for(seed, &[5]), &mut scratch);
            let want = reference::reference_tree(&x, &y, &weights, &params, &mut rng_for(seed, &[5]));
            assert_eq!(tree.nodes.len(), want.len(), "case {seed}: {params:?}");
            for (i, (a, b)) in tree.nodes.iter().zip(&want).enumerate() {
                assert_eq!(
                    (a.value.to_bits(), a.feature, a.left),
                    (b.value.to_bits(), b.feature, b.left),
                    "case {seed}, node {i}: {a:?} vs {b:?}"
                );
            }
            splits += tree.nodes.len() / 2;
        }
        assert!(splits > 3_000, "the cases exercise many splits: {splits}");
    }

    #[test]
    fn grouped_prediction_equals_one_row_at_a_time() {
        // The first case whose tree is worth walking.
        let (x, tree) = (0..100)
            .map(|seed| {
                let (x, y, weights, params) = case(seed);
                let rows: Vec<usize> = (0..x.nrows()).collect();
                let pre = Presorted::new(&x, &rows);
                let tree = grow_tree(&pre, &y, &weights, &params, &mut rng_for(1, &[]), &mut GrowScratch::default());
                (x, tree)
            })
            .find(|(_, t)| t.depth() >= 5)
            .expect("a deep tree among the cases");
        let p = x.ncols();
        for n in [0, 1, 4, 7, x.nrows()] {
            let mut buf = vec![0.0; n * p];
            for r in 0..n {
                gather_row(&x, r, &mut buf[r * p..(r + 1) * p]);
            }
            let mut out = vec![0.5; n];
            tree.add_predictions(&buf, p, &mut out);
            for r in 0..n {
                assert_eq!(out[r].to_bits(), (0.5 + tree.predict_row(&buf[r * p..(r + 1) * p])).to_bits());
            }
        }
    }
}
