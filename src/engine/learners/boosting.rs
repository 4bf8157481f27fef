//! Gradient boosting regressor with squared loss. Implementation pending.

use super::{Features, Fitted, LearnerError, Regressor};
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
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
        }
    }
}

impl BoostingParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if self.n_trees == 0 {
            return bad("n_trees", "0".into(), "at least 1 tree");
        }
        if !(self.learning_rate > 0.0 && self.learning_rate.is_finite()) {
            return bad("learning_rate", self.learning_rate.to_string(), "a positive number");
        }
        if self.max_depth == 0 {
            return bad("max_depth", "0".into(), "at least 1");
        }
        if !(self.subsample > 0.0 && self.subsample <= 1.0) {
            return bad("subsample", self.subsample.to_string(), "a fraction in (0, 1]");
        }
        if self.min_samples_split < 2 {
            return bad("min_samples_split", self.min_samples_split.to_string(), "at least 2");
        }
        if self.min_samples_leaf == 0 {
            return bad("min_samples_leaf", "0".into(), "at least 1");
        }
        Ok(())
    }
}

impl Regressor for BoostingParams {
    fn fit(&self, _x: &Features, _y: &[f64], _rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Err(LearnerError::NotAvailable("gradient boosting"))
    }
}
