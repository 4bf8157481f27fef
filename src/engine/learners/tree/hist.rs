//! Histogram trees: the features are binned once per fit into at most [`MAX_BINS`] quantile
//! bins ([`bins`]), and each node's split is found on per-bin sums instead of sorted rows
//! ([`grow_hist_tree`]), as in LightGBM (Ke et al. 2017) and scikit-learn's
//! `HistGradientBoostingRegressor`.
//!
//! The trees are ordinary [`super::Tree`]s with real-valued thresholds (the midpoint between
//! the training values either side of the chosen bin boundary), so prediction needs neither
//! the bins nor any code beyond the exact learner's. Growing costs `O(p * rows)` per histogram
//! (halved by the sibling subtraction) plus `O(p * bins)` per large node, instead of keeping
//! `p` sorted row lists partitioned at every node; nodes below [`SMALL`] rows are grown like
//! the exact trees, on bin codes.
//!
//! Status (issue 16, release build, 2 cores): on the generated county panel (33,596 rows, RF
//! 500, K = 5) `run --rf-split hist` takes 43.5 s against 25.4 s exact, and on the city panel
//! 4.1 s against 1.7 s. Fully grown trees spend most of their time in small nodes, where this
//! code is a plain scan while the exact learner's is vectorized (`tree/scan.rs`); a speed-up
//! needs that work, not more histogram.

pub mod bins;
mod grow;
mod small;

pub use bins::{Binned, FeatureBins, MAX_BINS};
pub use grow::{HistScratch, SMALL, grow_hist_tree};
