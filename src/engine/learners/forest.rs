//! Random forest regressor (bootstrap aggregation of CART trees). Implementation pending.

use super::{Features, Fitted, LearnerError, Regressor};
use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
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
        }
    }
}

impl ForestParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        if self.n_trees == 0 {
            return Err(LearnerError::InvalidSetting { name: "n_trees", value: "0".into(), reason: "at least 1 tree" });
        }
        if self.max_depth == Some(0) {
            return Err(LearnerError::InvalidSetting {
                name: "max_depth",
                value: "0".into(),
                reason: "at least 1, or none",
            });
        }
        if self.min_samples_split < 2 {
            return Err(LearnerError::InvalidSetting {
                name: "min_samples_split",
                value: self.min_samples_split.to_string(),
                reason: "at least 2",
            });
        }
        if self.min_samples_leaf == 0 {
            return Err(LearnerError::InvalidSetting {
                name: "min_samples_leaf",
                value: "0".into(),
                reason: "at least 1",
            });
        }
        if let MaxFeatures::Fraction(f) = self.max_features
            && !(f > 0.0 && f <= 1.0)
        {
            return Err(LearnerError::InvalidSetting {
                name: "max_features",
                value: f.to_string(),
                reason: "a fraction in (0, 1]",
            });
        }
        Ok(())
    }
}

impl Regressor for ForestParams {
    fn fit(&self, _x: &Features, _y: &[f64], _rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Err(LearnerError::NotAvailable("random forest"))
    }
}
