//! Nuisance learners: regressors that DML fits on some rows and predicts on others.
//!
//! Every learner follows linfa's split between *parameters* (a serde struct whose defaults
//! equal scikit-learn's, checked once by [`LearnerSpec::validate`]) and a *fitted model*.
//! The [`Regressor`] trait is deliberately small: fit on a set of rows of a feature matrix,
//! predict a set of rows. Rows are indices into the full matrix so that cross-fitting never
//! copies data.
//!
//! | learner | module | scikit-learn equivalent | checked against it (tests/learners.rs) |
//! |---|---|---|---|
//! | OLS | [`ols`] | `LinearRegression()` | predictions to 1e-6 (incl. rank-deficient design) |
//! | Lasso with CV penalty | [`lasso`] | `make_pipeline(StandardScaler(), LassoCV())` | penalty, CV path, predictions to 1e-6 |
//! | Random forest | [`forest`] | `RandomForestRegressor()` | test RMSE within 5% |
//! | Gradient boosting | [`boosting`] | `GradientBoostingRegressor()` | test RMSE within 5% |
//! | Support-vector regression | [`svr`] | `make_pipeline(StandardScaler(), SVR())` | predictions to 1e-2, RMSE within 5% |
//!
//! All five are written by hand on nalgebra (OLS) or plain vectors plus rayon: no well-kept
//! crate offers these with scikit-learn's semantics, one seed driving every draw with results
//! independent of the thread count, and the speed a live view needs; each module says why in
//! more detail. Every `fit` validates its settings and runs [`check_fit_input`] first, so bad
//! input is a [`LearnerError`], never a panic.

pub mod bench;
pub mod boosting;
pub mod error;
pub mod forest;
pub mod lasso;
pub mod ols;
pub mod prepared;
pub mod remark;
pub mod svr;
pub mod tree;

pub use error::LearnerError;
pub use prepared::{Needs, Prepared};
pub use remark::LearnerRemark;

use serde::{Deserialize, Serialize};

/// Feature matrix: one row per observation, one column per feature (column-major storage).
pub type Features = nalgebra::DMatrix<f64>;

/// A regression algorithm with its settings, ready to be fitted.
pub trait Regressor: Send + Sync {
    /// Fit on `rows` of `x` and `y`. `seed` drives every random choice of the fit.
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], seed: u64) -> Result<Box<dyn Fitted>, LearnerError>;

    /// [`Regressor::fit`] that stops early with [`LearnerError::Cancelled`] once `cancel` is
    /// set, and may take the sorted or binned training rows from `prepared` (built by
    /// [`Prepared::new`] from the same `x` and `rows`) instead of computing them. Learners with
    /// long fits check `cancel` inside (the forest before each tree, SVR every 256 solver
    /// iterations); the others check it once before fitting. Learners that prepare nothing
    /// ignore `prepared`. An uncancelled fit is bit for bit the same as [`Regressor::fit`].
    fn fit_prepared(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        seed: u64,
        cancel: &std::sync::atomic::AtomicBool,
        prepared: Option<&Prepared>,
    ) -> Result<Box<dyn Fitted>, LearnerError> {
        let _ = prepared;
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(LearnerError::Cancelled);
        }
        self.fit(x, y, rows, seed)
    }
}

/// A fitted regression model.
pub trait Fitted: Send + Sync {
    /// Predictions for `rows` of `x` (same columns as in the fit).
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64>;

    /// Remarks about the fit a user should see (rank deficiency, iteration cap reached, ...).
    fn notes(&self) -> Vec<LearnerRemark> {
        Vec::new()
    }

    /// Number of feature columns the model was fitted on, when it records it.
    fn n_features(&self) -> Option<usize> {
        None
    }

    /// [`Fitted::predict`] after checking that `x` has the fitted number of columns and that every
    /// row exists (`predict` itself never panics on such input but returns NaN).
    fn try_predict(&self, x: &Features, rows: &[usize]) -> Result<Vec<f64>, LearnerError> {
        if let Some(p) = self.n_features()
            && x.ncols() != p
        {
            return Err(LearnerError::ColumnMismatch { fitted: p, given: x.ncols() });
        }
        if let Some(&r) = rows.iter().find(|&&r| r >= x.nrows()) {
            return Err(LearnerError::RowOutOfRange { row: r, n_rows: x.nrows() });
        }
        Ok(self.predict(x, rows))
    }
}

/// Which learner to use for a nuisance function, with its settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LearnerSpec {
    /// Ordinary least squares with intercept.
    Ols,
    /// Lasso with cross-validated penalty on standardized inputs.
    Lasso(lasso::LassoParams),
    /// Random forest regressor.
    Forest(forest::ForestParams),
    /// Gradient boosting regressor (squared loss).
    Boosting(boosting::BoostingParams),
    /// Epsilon-support-vector regression with RBF kernel on standardized inputs.
    Svr(svr::SvrParams),
}

impl Default for LearnerSpec {
    /// The study's learner: a random forest with 500 trees.
    fn default() -> Self {
        LearnerSpec::Forest(forest::ForestParams { n_trees: 500, ..Default::default() })
    }
}

/// The kind of a learner without its settings (for menus and command-line flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LearnerKind {
    /// See [`LearnerSpec::Ols`].
    Ols,
    /// See [`LearnerSpec::Lasso`].
    Lasso,
    /// See [`LearnerSpec::Forest`].
    Forest,
    /// See [`LearnerSpec::Boosting`].
    Boosting,
    /// See [`LearnerSpec::Svr`].
    Svr,
}

impl LearnerKind {
    /// All kinds, in menu order.
    pub const ALL: [LearnerKind; 5] =
        [LearnerKind::Ols, LearnerKind::Lasso, LearnerKind::Forest, LearnerKind::Boosting, LearnerKind::Svr];

    /// Short command-line name (`ols`, `lasso`, `rf`, `gbm`, `svr`).
    pub fn cli_name(self) -> &'static str {
        match self {
            LearnerKind::Ols => "ols",
            LearnerKind::Lasso => "lasso",
            LearnerKind::Forest => "rf",
            LearnerKind::Boosting => "gbm",
            LearnerKind::Svr => "svr",
        }
    }

    /// Parse a command-line name.
    pub fn from_cli_name(s: &str) -> Option<LearnerKind> {
        LearnerKind::ALL.into_iter().find(|k| k.cli_name() == s.to_ascii_lowercase())
    }

    /// Display name.
    pub fn label(self) -> &'static str {
        match self {
            LearnerKind::Ols => "OLS",
            LearnerKind::Lasso => "Lasso (CV)",
            LearnerKind::Forest => "Random forest",
            LearnerKind::Boosting => "Gradient boosting",
            LearnerKind::Svr => "SVR",
        }
    }

    /// The default settings of this kind (scikit-learn's defaults).
    pub fn default_spec(self) -> LearnerSpec {
        match self {
            LearnerKind::Ols => LearnerSpec::Ols,
            LearnerKind::Lasso => LearnerSpec::Lasso(Default::default()),
            LearnerKind::Forest => LearnerSpec::Forest(Default::default()),
            LearnerKind::Boosting => LearnerSpec::Boosting(Default::default()),
            LearnerKind::Svr => LearnerSpec::Svr(Default::default()),
        }
    }
}

impl LearnerSpec {
    /// The kind of this learner.
    pub fn kind(&self) -> LearnerKind {
        match self {
            LearnerSpec::Ols => LearnerKind::Ols,
            LearnerSpec::Lasso(_) => LearnerKind::Lasso,
            LearnerSpec::Forest(_) => LearnerKind::Forest,
            LearnerSpec::Boosting(_) => LearnerKind::Boosting,
            LearnerSpec::Svr(_) => LearnerKind::Svr,
        }
    }

    /// Check the settings; an error names the offending setting and its value.
    pub fn validate(&self) -> Result<(), LearnerError> {
        match self {
            LearnerSpec::Ols => Ok(()),
            LearnerSpec::Lasso(p) => p.validate(),
            LearnerSpec::Forest(p) => p.validate(),
            LearnerSpec::Boosting(p) => p.validate(),
            LearnerSpec::Svr(p) => p.validate(),
        }
    }

    /// The regressor for these settings (validate first).
    pub fn regressor(&self) -> Box<dyn Regressor> {
        match self {
            LearnerSpec::Ols => Box::new(ols::Ols),
            LearnerSpec::Lasso(p) => Box::new(p.clone()),
            LearnerSpec::Forest(p) => Box::new(p.clone()),
            LearnerSpec::Boosting(p) => Box::new(p.clone()),
            LearnerSpec::Svr(p) => Box::new(p.clone()),
        }
    }

    /// A one-line description such as `Random forest (500 trees)`.
    pub fn describe(&self) -> String {
        match self {
            LearnerSpec::Ols => "OLS".into(),
            LearnerSpec::Lasso(p) => format!("Lasso (CV, {} folds)", p.cv_folds),
            LearnerSpec::Forest(p) => format!("Random forest ({} trees{})", p.n_trees, hist_suffix(p.split)),
            LearnerSpec::Boosting(p) => format!(
                "Gradient boosting ({} trees, lr {}, depth {}{})",
                p.n_trees,
                p.learning_rate,
                p.max_depth,
                hist_suffix(p.split)
            ),
            LearnerSpec::Svr(p) => format!("SVR (RBF, C {}, epsilon {})", p.c, p.epsilon),
        }
    }
}

/// `, hist` for [`tree::SplitMethod::Hist`], nothing for the default.
fn hist_suffix(split: tree::SplitMethod) -> &'static str {
    if split.is_exact() { "" } else { ", hist" }
}

/// Check that `rows` of `x` and `y` are usable for fitting: `y` as long as `x`, rows in range,
/// non-empty, finite, enough rows.
pub fn check_training_data(x: &Features, y: &[f64], rows: &[usize], min_rows: usize) -> Result<(), LearnerError> {
    if y.len() != x.nrows() {
        return Err(LearnerError::LengthMismatch { x_rows: x.nrows(), y_len: y.len() });
    }
    if let Some(&r) = rows.iter().find(|&&r| r >= x.nrows()) {
        return Err(LearnerError::RowOutOfRange { row: r, n_rows: x.nrows() });
    }
    if rows.is_empty() {
        return Err(LearnerError::NoRows);
    }
    if rows.len() < min_rows {
        return Err(LearnerError::TooFewRows { need: min_rows, got: rows.len() });
    }
    for &r in rows {
        if !y[r].is_finite() {
            return Err(LearnerError::NonFinite { row: r, column: None, value: y[r] });
        }
        for c in 0..x.ncols() {
            let v = x[(r, c)];
            if !v.is_finite() {
                return Err(LearnerError::NonFinite { row: r, column: Some(c), value: v });
            }
        }
    }
    Ok(())
}

/// True when `y` takes one value on `rows` (or `rows` is empty).
pub fn is_constant(y: &[f64], rows: &[usize]) -> bool {
    let Some(&r0) = rows.first() else { return true };
    let first = y[r0];
    rows.iter().all(|&r| y[r] == first)
}

/// The checks every learner runs before fitting: [`check_training_data`], then a target that is
/// not constant on `rows` ([`LearnerError::ConstantTarget`]: there is nothing to learn, and a
/// DML nuisance that is constant within a fold makes the score degenerate).
pub fn check_fit_input(x: &Features, y: &[f64], rows: &[usize], min_rows: usize) -> Result<(), LearnerError> {
    check_training_data(x, y, rows, min_rows)?;
    if is_constant(y, rows) {
        return Err(LearnerError::ConstantTarget { value: y[rows[0]] });
    }
    Ok(())
}
