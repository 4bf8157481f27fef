//! CART regression trees shared by the random forest and gradient boosting.
//!
//! Written by hand on plain vectors (plus rayon in the callers): no well-kept Rust crate
//! offers seeded, thread-count-independent CART with scikit-learn's semantics at the speed the
//! live DML view needs (a 500-tree forest on ~288 rows in about 10 ms). `linfa-trees` and
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
//! its in-bag rows in that order and partitions them stably in place after each split
//! (branch-free), so a node costs `O(p * n_node)` with no allocation and no sorting.

mod grow;
mod presort;

pub use grow::{GrowScratch, TreeParams, grow_tree};
pub use presort::Presorted;

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
