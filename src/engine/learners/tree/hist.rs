//! Histogram trees: the features are binned once per fit into at most [`MAX_BINS`] quantile
//! bins ([`bins`]), and each node's split is found on per-bin sums instead of sorted rows
//! ([`grow_hist_tree`]), as in LightGBM (Ke et al. 2017) and scikit-learn's
//! `HistGradientBoostingRegressor`.
//!
//! The trees are ordinary [`super::Tree`]s with real-valued thresholds (the midpoint between
//! the training values either side of the chosen bin boundary), so prediction needs neither
//! the bins nor any code beyond the exact learner's. Growing costs `O(p * rows)` per histogram
//! (halved by the sibling subtraction) plus `O(p * bins)` per large node, instead of keeping
//! `p` sorted row lists partitioned at every node.

pub mod bins;
mod grow;
mod small;

pub use bins::{Binned, FeatureBins, MAX_BINS};
pub use grow::{HistScratch, SMALL, grow_hist_tree};
