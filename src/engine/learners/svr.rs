//! Epsilon-support-vector regression with an RBF kernel. Implementation pending.

use super::{Features, Fitted, LearnerError, Regressor};
use serde::{Deserialize, Serialize};

/// RBF kernel width.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Gamma {
    /// `1 / (p * var(X))` on the standardized inputs (scikit-learn's `"scale"`).
    Scale,
    /// `1 / p` (scikit-learn's `"auto"`).
    Auto,
    /// A fixed positive value.
    Value(f64),
}

/// SVR settings; defaults equal `make_pipeline(StandardScaler(), SVR())`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `c` | 1.0 | > 0 | penalty on errors beyond epsilon |
/// | `epsilon` | 0.1 | >= 0 | half-width of the tube with no loss |
/// | `gamma` | scale | scale, auto, > 0 | RBF kernel width |
/// | `tol` | 1e-3 | > 0 | stopping tolerance of the solver (KKT violation) |
/// | `max_iter` | 10,000,000 | >= 1 | solver iteration cap (reported when hit) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SvrParams {
    /// Regularization constant C.
    pub c: f64,
    /// Epsilon-tube half-width.
    pub epsilon: f64,
    /// Kernel width.
    pub gamma: Gamma,
    /// Solver tolerance.
    pub tol: f64,
    /// Solver iteration cap.
    pub max_iter: usize,
}

impl Default for SvrParams {
    fn default() -> Self {
        SvrParams { c: 1.0, epsilon: 0.1, gamma: Gamma::Scale, tol: 1e-3, max_iter: 10_000_000 }
    }
}

impl SvrParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if !(self.c > 0.0 && self.c.is_finite()) {
            return bad("c", self.c.to_string(), "a positive number");
        }
        if !(self.epsilon >= 0.0 && self.epsilon.is_finite()) {
            return bad("epsilon", self.epsilon.to_string(), "zero or a positive number");
        }
        if let Gamma::Value(g) = self.gamma
            && !(g > 0.0 && g.is_finite())
        {
            return bad("gamma", g.to_string(), "a positive number, scale or auto");
        }
        if !(self.tol > 0.0 && self.tol.is_finite()) {
            return bad("tol", self.tol.to_string(), "a positive number");
        }
        if self.max_iter == 0 {
            return bad("max_iter", "0".into(), "at least 1");
        }
        Ok(())
    }
}

impl Regressor for SvrParams {
    fn fit(&self, _x: &Features, _y: &[f64], _rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Err(LearnerError::NotAvailable("SVR"))
    }
}
