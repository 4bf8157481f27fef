//! Gradient boosting regressor with squared loss (Friedman 2001), as
//! `sklearn.ensemble.GradientBoostingRegressor()`.
//!
//! Written by hand on the shared CART code in [`super::tree`] (see its docs for why no crate):
//! `F_0 = mean(y)`; stage `m` fits a depth-limited CART tree `h_m` to the residuals
//! `r_i = y_i - F_{m-1}(x_i)` (the negative gradient of `(y - F)^2 / 2`) and sets
//! `F_m = F_{m-1} + learning_rate * h_m`, where a leaf of `h_m` predicts the mean residual of its
//! rows (the exact line-search step for squared loss). With `subsample < 1` each stage fits on
//! `max(1, floor(subsample * n))` rows drawn without replacement.
//!
//! scikit-learn grows these trees with the `friedman_mse` criterion: its improvement
//! `n_L n_R (mean_L - mean_R)^2 / n` equals the squared-error reduction for unweighted rows, so
//! both choose the same splits (up to floating-point ties).
//!
//! Determinism: stage `m` draws its subsample and its feature order from
//! `rng_for(seed, &[stream::TREE, m])`; stages are sequential by nature, and prediction sums the
//! stages in order, so results do not depend on the thread count.

use super::prepared::tree_data;
use super::tree::{SplitMethod, Tree, TreeParams, TreeScratch, gather_row};
use super::{Features, Fitted, LearnerError, Prepared, Regressor, check_fit_input};
use crate::engine::allowed::Allowed;
use crate::engine::rng::{rng_for, stream};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Gradient boosting settings; defaults equal `GradientBoostingRegressor()`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `n_trees` | 100 | >= 1 | boosting stages |
/// | `learning_rate` | 0.1 | > 0 | shrinkage of each tree |
/// | `max_depth` | 3 | >= 1 | depth of each tree |
/// | `subsample` | 1.0 | (0, 1] | share of rows drawn (without replacement) per stage |
/// | `min_samples_split` | 2 | >= 2 | rows a node needs to be split |
/// | `min_samples_leaf` | 1 | >= 1 | rows each leaf must keep |
/// | `split` | exact | exact, hist | split search: every distinct value, or 255 quantile bins ([`SplitMethod`]) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoostingParams {
    /// Number of boosting stages.
    pub n_trees: usize,
    /// Shrinkage.
    pub learning_rate: f64,
    /// Tree depth.
    pub max_depth: usize,
    /// Row subsampling fraction.
    pub subsample: f64,
    /// Minimum rows to split a node.
    pub min_samples_split: usize,
    /// Minimum rows in a leaf.
    pub min_samples_leaf: usize,
    /// Split search (left out of scenario files when exact, so they stay as before).
    #[serde(skip_serializing_if = "SplitMethod::is_exact")]
    pub split: SplitMethod,
}

impl Default for BoostingParams {
    fn default() -> Self {
        BoostingParams {
            n_trees: 100,
            learning_rate: 0.1,
            max_depth: 3,
            subsample: 1.0,
            min_samples_split: 2,
            min_samples_leaf: 1,
            split: SplitMethod::Exact,
        }
    }
}

impl BoostingParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if self.n_trees == 0 {
            return bad("n_trees", "0".into(), Allowed::AtLeast(1));
        }
        if !(self.learning_rate > 0.0 && self.learning_rate.is_finite()) {
            return bad("learning_rate", self.learning_rate.to_string(), Allowed::Positive);
        }
        if self.max_depth == 0 {
            return bad("max_depth", "0".into(), Allowed::AtLeast(1));
        }
        if !(self.subsample > 0.0 && self.subsample <= 1.0) {
            return bad("subsample", self.subsample.to_string(), Allowed::Fraction);
        }
        if self.min_samples_split < 2 {
            return bad("min_samples_split", self.min_samples_split.to_string(), Allowed::AtLeast(2));
        }
        if self.min_samples_leaf == 0 {
            return bad("min_samples_leaf", "0".into(), Allowed::AtLeast(1));
        }
        Ok(())
    }
}

impl Regressor for BoostingParams {
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.fit_boosting(x, y, rows, seed)?))
    }

    fn fit_prepared(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
        cancel: &std::sync::atomic::AtomicBool,
        prepared: Option<&Prepared>,
    ) -> Result<Box<dyn Fitted>, LearnerError> {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(LearnerError::Cancelled);
        }
        Ok(Box::new(self.fit_with(x, y, rows, seed, prepared)?))
    }
}

impl BoostingParams {
    /// Fit the boosted trees on `rows`.
    pub fn fit_boosting(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
    ) -> Result<BoostingFit, LearnerError> {
        self.fit_with(x, y, rows, seed, None)
    }

    /// [`BoostingParams::fit_boosting`], taking the presorted or binned rows from `prepared`
    /// when it holds them.
    fn fit_with(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
        prepared: Option<&Prepared>,
    ) -> Result<BoostingFit, LearnerError> {
        self.validate()?;
        check_fit_input(x, y, rows, 2)?;
        let n = rows.len();
        let p = x.ncols();
        let params = TreeParams {
            max_depth: Some(self.max_depth),
            min_samples_split: self.min_samples_split,
            min_samples_leaf: self.min_samples_leaf,
            max_features: p.max(1),
        };
        let mut own = Prepared::default();
        let data = tree_data(x, rows, self.split, prepared, &mut own)?;
        let yv: Vec<f64> = rows.iter().map(|&r| y[r]).collect();
        let init = yv.iter().sum::<f64>() / n as f64;
        // Training rows, row-major, to update the fitted values after each stage.
        let mut xr = vec![0.0; n * p];
        for (i, &r) in rows.iter().enumerate() {
            gather_row(x, r, &mut xr[i * p..(i + 1) * p]);
        }
        let n_inbag = ((self.subsample * n as f64) as usize).clamp(1, n);
        let mut fitted = vec![init; n];
        let mut resid = vec![0.0; n];
        let mut mask = vec![1u32; n];
        let mut perm: Vec<usize> = (0..n).collect();
        let mut scratch = TreeScratch::default();
        let mut trees = Vec::with_capacity(self.n_trees);
        for m in 0..self.n_trees {
            let mut rng = rng_for(seed, &[stream::TREE, m as u64]);
            for i in 0..n {
                resid[i] = yv[i] - fitted[i];
            }
            if n_inbag < n {
                // Partial Fisher-Yates: the first n_inbag entries of perm are a uniform draw.
                mask.fill(0);
                for i in 0..n_inbag {
                    let j = i + rng.below(n - i);
                    perm.swap(i, j);
                    mask[perm[i]] = 1;
                }
            }
            let mut tree = data.grow(&resid, &mask, &params, &mut rng, &mut scratch);
            for node in tree.nodes.iter_mut().filter(|nd| nd.feature == super::tree::LEAF) {
                node.value *= self.learning_rate;
            }
            for (i, f) in fitted.iter_mut().enumerate() {
                *f += tree.predict_row(&xr[i * p..(i + 1) * p]);
            }
            trees.push(tree);
        }
        Ok(BoostingFit { init, trees, n_features: p })
    }
}

/// A fitted boosting model: `F(x) = init + sum_m tree_m(x)` (leaves already scaled by the
/// learning rate).
#[derive(Clone, Debug)]
pub struct BoostingFit {
    /// Initial prediction (training mean).
    pub init: f64,
    /// The stages in order.
    pub trees: Vec<Tree>,
    /// Number of features seen in the fit.
    pub n_features: usize,
}

impl Fitted for BoostingFit {
    /// `init` plus the stages summed in order; NaN for rows out of range or another column count.
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64> {
        let p = self.n_features;
        if x.ncols() != p {
            return vec![f64::NAN; rows.len()];
        }
        rows.par_chunks(64)
            .flat_map_iter(|chunk| {
                let mut buf = vec![0.0; p];
                chunk
                    .iter()
                    .map(|&r| {
                        if r >= x.nrows() {
                            return f64::NAN;
                        }
                        gather_row(x, r, &mut buf);
                        let mut f = self.init;
                        for t in &self.trees {
                            f += t.predict_row(&buf);
                        }
                        f
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn n_features(&self) -> Option<usize> {
        Some(self.n_features)
    }
}
