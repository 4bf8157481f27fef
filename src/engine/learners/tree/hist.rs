//! Histogram trees: the features are binned once per fit into at most [`MAX_BINS`] quantile
//! bins ([`bins`]), and each node's split is found on per-bin sums instead of sorted rows
//! ([`grow_hist_tree`]), as in LightGBM (Ke et al. 2017) and scikit-learn's
//! `HistGradientBoostingRegressor`.
//!
//! The trees are ordinary [`super::Tree`]s with real-valued thresholds (the midpoint between
//! the training values either side of the chosen bin boundary), so prediction needs neither
//! the bins nor any code beyond the exact learner's. Growing costs `O(p * rows)` per histogram
//! (halved by the sibling subtraction) plus `O(p * bins)` per large node, instead of keeping
//! `p` sorted row lists partitioned at every node; subtrees below [`SMALL`] rows are grown like
//! the exact trees, on bin codes.
//!
//! Speed (issue 16, release build, 2 shared cores, user CPU time of `carbon-dml run`, RF 500,
//! K = 5): on the generated county panel (33,596 rows) 40.9 s hist against 46.3 s exact (the
//! previous histogram code: 78.3 s); on the city panel (2,776 rows, one thread) 2.8 s against
//! 2.7 s (previously 5.8 s). Fully grown trees spend most of their time in small subtrees,
//! which now run the exact learner's vectorized scan on `u8` codes in cache-resident arrays
//! (`small.rs`); on small panels they are no cheaper than the exact learner's own nodes, so
//! the gain comes from the histogram nodes at the top of large trees.

pub mod bins;
mod grow;
mod small;

pub use bins::{Binned, FeatureBins, MAX_BINS};
pub use grow::{HistScratch, SMALL, grow_hist_tree};
