//! Lasso with the penalty chosen by K-fold cross-validation. Implementation pending.

use super::{Features, Fitted, LearnerError, Regressor};
use serde::{Deserialize, Serialize};

/// Lasso-CV settings; defaults equal `make_pipeline(StandardScaler(), LassoCV())`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `n_alphas` | 100 | >= 1 | penalties on the path |
/// | `eps` | 1e-3 | (0, 1) | smallest / largest penalty on the path |
/// | `cv_folds` | 5 | >= 2 | folds for choosing the penalty (contiguous, unshuffled) |
/// | `max_iter` | 1000 | >= 1 | coordinate-descent sweeps |
/// | `tol` | 1e-4 | > 0 | coordinate-descent tolerance (duality gap) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LassoParams {
    /// Penalties on the path.
    pub n_alphas: usize,
    /// Path length ratio.
    pub eps: f64,
    /// Cross-validation folds.
    pub cv_folds: usize,
    /// Iteration cap.
    pub max_iter: usize,
    /// Tolerance.
    pub tol: f64,
}

impl Default for LassoParams {
    fn default() -> Self {
        LassoParams { n_alphas: 100, eps: 1e-3, cv_folds: 5, max_iter: 1000, tol: 1e-4 }
    }
}

impl LassoParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if self.n_alphas == 0 {
            return bad("n_alphas", "0".into(), "at least 1");
        }
        if !(self.eps > 0.0 && self.eps < 1.0) {
            return bad("eps", self.eps.to_string(), "a number in (0, 1)");
        }
        if self.cv_folds < 2 {
            return bad("cv_folds", self.cv_folds.to_string(), "at least 2");
        }
        if self.max_iter == 0 {
            return bad("max_iter", "0".into(), "at least 1");
        }
        if !(self.tol > 0.0 && self.tol.is_finite()) {
            return bad("tol", self.tol.to_string(), "a positive number");
        }
        Ok(())
    }
}

impl Regressor for LassoParams {
    fn fit(&self, _x: &Features, _y: &[f64], _rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Err(LearnerError::NotAvailable("Lasso"))
    }
}
