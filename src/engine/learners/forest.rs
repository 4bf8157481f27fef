//! Random forest regressor: bootstrap aggregation of CART trees (Breiman 2001).
//!
//! Written by hand on the shared CART code in [`super::tree`] and rayon: no well-kept crate
//! offers seeded, thread-count-independent forests with scikit-learn's semantics at this speed
//! (see the `tree` module docs). As in `sklearn.ensemble.RandomForestRegressor`, tree `t` draws
//! `n` rows with replacement and passes the draw counts as weights (so `min_samples_*` count
//! distinct in-bag rows), grows an unpruned tree by default, and the forest predicts the mean of
//! the trees: `f(x) = (1/T) sum_t tree_t(x)`.
//!
//! Determinism: tree `t` takes every random draw (bootstrap and features) from
//! `rng_for(seed, &[stream::TREE, t])`, trees are collected in index order and each prediction
//! sums the trees in index order, so results are bit-identical at any rayon thread count.

use super::prepared::tree_data;
use super::tree::{SplitMethod, Tree, TreeParams, TreeScratch, gather_row};
use super::{Features, Fitted, LearnerError, Prepared, Regressor, check_fit_input};
use crate::engine::allowed::Allowed;
use crate::engine::rng::{rng_for, stream};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, Ordering};

/// How many features each split considers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum MaxFeatures {
    /// All features (scikit-learn's regressor default, `max_features=1.0`).
    All,
    /// `max(1, floor(sqrt(p)))`.
    Sqrt,
    /// `max(1, floor(log2(p)))`.
    Log2,
    /// `max(1, floor(fraction * p))`, fraction in (0, 1].
    Fraction(f64),
}

/// Random forest settings; defaults equal `RandomForestRegressor()`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `n_trees` | 100 | >= 1 | trees in the forest (the study uses 500) |
/// | `max_depth` | none | >= 1 | deepest split level; none grows until leaves are pure |
/// | `min_samples_split` | 2 | >= 2 | rows a node needs to be split |
/// | `min_samples_leaf` | 1 | >= 1 | rows each leaf must keep |
/// | `max_features` | all | all, sqrt, log2, fraction | features tried per split |
/// | `bootstrap` | true | | resample rows with replacement for each tree |
/// | `split` | exact | exact, hist | split search: every distinct value, or 255 quantile bins ([`SplitMethod`]) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ForestParams {
    /// Number of trees.
    pub n_trees: usize,
    /// Maximum depth (`None` = unlimited).
    pub max_depth: Option<usize>,
    /// Minimum rows to split a node.
    pub min_samples_split: usize,
    /// Minimum rows in a leaf.
    pub min_samples_leaf: usize,
    /// Features considered per split.
    pub max_features: MaxFeatures,
    /// Bootstrap rows per tree.
    pub bootstrap: bool,
    /// Split search (left out of scenario files when exact, so they stay as before).
    #[serde(skip_serializing_if = "SplitMethod::is_exact")]
    pub split: SplitMethod,
}

impl Default for ForestParams {
    fn default() -> Self {
        ForestParams {
            n_trees: 100,
            max_depth: None,
            min_samples_split: 2,
            min_samples_leaf: 1,
            max_features: MaxFeatures::All,
            bootstrap: true,
            split: SplitMethod::Exact,
        }
    }
}

impl ForestParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        if self.n_trees == 0 {
            return Err(LearnerError::InvalidSetting {
                name: "n_trees",
                value: "0".into(),
                reason: Allowed::AtLeast(1),
            });
        }
        if self.max_depth == Some(0) {
            return Err(LearnerError::InvalidSetting {
                name: "max_depth",
                value: "0".into(),
                reason: Allowed::AtLeastOneOrNone,
            });
        }
        if self.min_samples_split < 2 {
            return Err(LearnerError::InvalidSetting {
                name: "min_samples_split",
                value: self.min_samples_split.to_string(),
                reason: Allowed::AtLeast(2),
            });
        }
        if self.min_samples_leaf == 0 {
            return Err(LearnerError::InvalidSetting {
                name: "min_samples_leaf",
                value: "0".into(),
                reason: Allowed::AtLeast(1),
            });
        }
        if let MaxFeatures::Fraction(f) = self.max_features
            && !(f > 0.0 && f <= 1.0)
        {
            return Err(LearnerError::InvalidSetting {
                name: "max_features",
                value: f.to_string(),
                reason: Allowed::Fraction,
            });
        }
        Ok(())
    }
}

impl MaxFeatures {
    /// Number of features tried per split out of `p` (scikit-learn's rounding: floor, at least 1).
    pub fn resolve(self, p: usize) -> usize {
        let k = match self {
            MaxFeatures::All => p,
            MaxFeatures::Sqrt => (p as f64).sqrt() as usize,
            MaxFeatures::Log2 => (p as f64).log2().max(0.0) as usize,
            MaxFeatures::Fraction(f) => (f * p as f64) as usize,
        };
        k.clamp(1, p.max(1))
    }
}

impl Regressor for ForestParams {
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.fit_forest(x, y, rows, seed)?))
    }

    fn fit_prepared(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
        cancel: &AtomicBool,
        prepared: Option<&Prepared>,
    ) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.grow(x, y, rows, seed, Some(cancel), prepared)?))
    }
}

impl ForestParams {
    /// Fit the forest on `rows` (trees grown in parallel).
    pub fn fit_forest(&self, x: &Features, y: &[f64], rows: &[usize], seed: u64) -> Result<ForestFit, LearnerError> {
        self.grow(x, y, rows, seed, None, None)
    }

    /// Grow the trees; with `cancel`, each tree first checks the flag and the fit stops with
    /// [`LearnerError::Cancelled`] (a tree takes milliseconds, so cancelling is prompt even on
    /// big panels). Trees do not depend on each other, so an uncancelled fit is unchanged.
    /// The presorted or binned rows come from `prepared` when it holds them.
    fn grow(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
        cancel: Option<&AtomicBool>,
        prepared: Option<&Prepared>,
    ) -> Result<ForestFit, LearnerError> {
        self.validate()?;
        check_fit_input(x, y, rows, 2)?;
        let n = rows.len();
        let p = x.ncols();
        let params = TreeParams {
            max_depth: self.max_depth,
            min_samples_split: self.min_samples_split,
            min_samples_leaf: self.min_samples_leaf,
            max_features: self.max_features.resolve(p),
        };
        let mut own = Prepared::default();
        let data = tree_data(x, rows, self.split, prepared, &mut own)?;
        let yv: Vec<f64> = rows.iter().map(|&r| y[r]).collect();
        let bootstrap = self.bootstrap;
        let stop = || cancel.is_some_and(|c| c.load(Ordering::Relaxed));
        let trees: Option<Vec<Tree>> = (0..self.n_trees)
            .into_par_iter()
            .map_init(
                || (TreeScratch::default(), vec![0u32; n]),
                |(scratch, counts), t| {
                    if stop() {
                        return None;
                    }
                    let mut rng = rng_for(seed, &[stream::TREE, t as u64]);
                    if bootstrap {
                        counts.fill(0);
                        for _ in 0..n {
                            counts[rng.below(n)] += 1;
                        }
                    } else {
                        counts.fill(1);
                    }
                    Some(data.grow(&yv, counts, &params, &mut rng, scratch))
                },
            )
            .collect();
        let trees = trees.ok_or(LearnerError::Cancelled)?;
        Ok(ForestFit { trees, n_features: p })
    }
}

/// A fitted random forest.
#[derive(Clone, Debug)]
pub struct ForestFit {
    /// The trees, in seed order.
    pub trees: Vec<Tree>,
    /// Number of features seen in the fit.
    pub n_features: usize,
}

/// Rows per prediction task: many rows share each tree while it is in cache (a deep tree on a
/// large sample has most of its nodes visited by only a few rows).
const PREDICT_ROWS: usize = 8192;
/// Trees per prediction task. Fixed, so the summation order never depends on the thread count.
const PREDICT_TREES: usize = 8;

impl Fitted for ForestFit {
    /// Mean of the trees' predictions. Work is split into fixed blocks of rows and of trees,
    /// run in parallel; each block of trees is summed in tree order and the block sums are added
    /// in block order, so the result is the same at any thread count. Rows out of range or a
    /// matrix with a different number of columns than in the fit give NaN (see
    /// [`Fitted::try_predict`]).
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64> {
        let p = self.n_features;
        if x.ncols() != p || self.trees.is_empty() {
            return vec![f64::NAN; rows.len()];
        }
        let scale = 1.0 / self.trees.len() as f64;
        let blocks: Vec<&[Tree]> = self.trees.chunks(PREDICT_TREES).collect();
        rows.par_chunks(PREDICT_ROWS)
            .flat_map_iter(|chunk| {
                let mut buf = vec![0.0; chunk.len() * p];
                for (i, &r) in chunk.iter().enumerate() {
                    if r < x.nrows() {
                        gather_row(x, r, &mut buf[i * p..(i + 1) * p]);
                    }
                }
                let partial: Vec<Vec<f64>> = blocks
                    .par_iter()
                    .map(|block| {
                        let mut sums = vec![0.0; chunk.len()];
                        for tree in *block {
                            tree.add_predictions(&buf, p, &mut sums);
                        }
                        sums
                    })
                    .collect();
                let mut total = vec![0.0; chunk.len()];
                for sums in &partial {
                    for (t, s) in total.iter_mut().zip(sums) {
                        *t += s;
                    }
                }
                total.into_iter().zip(chunk).map(move |(s, &r)| if r < x.nrows() { s * scale } else { f64::NAN })
            })
            .collect()
    }

    fn n_features(&self) -> Option<usize> {
        Some(self.n_features)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::bench::synthetic;

    #[test]
    fn max_features_rounds_like_scikit_learn() {
        assert_eq!(MaxFeatures::All.resolve(10), 10);
        assert_eq!(MaxFeatures::Sqrt.resolve(10), 3);
        assert_eq!(MaxFeatures::Log2.resolve(10), 3);
        assert_eq!(MaxFeatures::Fraction(0.33).resolve(10), 3);
        assert_eq!(MaxFeatures::Fraction(0.01).resolve(10), 1);
        assert_eq!(MaxFeatures::Log2.resolve(1), 1);
    }

    #[test]
    fn bootstrap_off_and_all_features_gives_identical_trees_up_to_ties() {
        // Without bootstrap and with all features, every tree sees the same data: with
        // continuous features there are no ties, so all trees predict the same.
        let (x, y) = synthetic(120, 4, 9);
        let rows: Vec<usize> = (0..100).collect();
        let p = ForestParams { n_trees: 5, bootstrap: false, ..Default::default() };
        let f = p.fit_forest(&x, &y, &rows, 1).unwrap();
        let row = [0.1, -0.2, 0.3, 0.4];
        let first = f.trees[0].predict_row(&row);
        assert!(f.trees.iter().all(|t| t.predict_row(&row) == first));
        // A fully grown tree without bootstrap reproduces its training targets.
        let fitted = f.predict(&x, &rows);
        assert!(rows.iter().zip(&fitted).all(|(&r, v)| (y[r] - v).abs() < 1e-12));
    }

    #[test]
    fn a_set_cancel_flag_stops_the_forest_and_an_unset_one_changes_nothing() {
        let (x, y) = synthetic(200, 5, 2);
        let rows: Vec<usize> = (0..200).collect();
        let p = ForestParams { n_trees: 30, ..Default::default() };
        let flag = AtomicBool::new(true);
        assert!(matches!(p.fit_prepared(&x, &y, &rows, 7, &flag, None), Err(LearnerError::Cancelled)));
        flag.store(false, Ordering::Relaxed);
        let cancellable = p.fit_prepared(&x, &y, &rows, 7, &flag, None).unwrap().predict(&x, &rows);
        let plain = p.fit_forest(&x, &y, &rows, 7).unwrap().predict(&x, &rows);
        assert_eq!(cancellable, plain);
    }

    #[test]
    fn sqrt_features_change_the_forest() {
        let (x, y) = synthetic(150, 9, 4);
        let rows: Vec<usize> = (0..150).collect();
        let all = ForestParams { n_trees: 20, ..Default::default() }.fit_forest(&x, &y, &rows, 3).unwrap();
        let sqrt = ForestParams { n_trees: 20, max_features: MaxFeatures::Sqrt, ..Default::default() }
            .fit_forest(&x, &y, &rows, 3)
            .unwrap();
        assert_ne!(all.predict(&x, &[0, 1, 2]), sqrt.predict(&x, &[0, 1, 2]));
    }
}
