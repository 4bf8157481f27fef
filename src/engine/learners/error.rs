//! Errors raised by learners: bad settings and unusable training data.

/// Why a learner could not be configured or fitted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LearnerError {
    /// A setting is out of its allowed range.
    #[error("invalid setting {name} = {value}: {reason}")]
    InvalidSetting {
        /// Setting name as in the scenario file (`n_trees`, `c`, ...).
        name: &'static str,
        /// The rejected value, formatted.
        value: String,
        /// What range is allowed.
        reason: &'static str,
    },
    /// The fit was stopped by its cancel flag (a newer estimate superseded it).
    #[error("cancelled")]
    Cancelled,
    /// No training rows.
    #[error("no rows to fit on: the sample (or a cross-fitting fold) is empty")]
    NoRows,
    /// Fewer training rows than the learner needs.
    #[error("too few rows to fit: {got} given, at least {need} needed (use fewer folds or a larger sample)")]
    TooFewRows {
        /// Minimum number of rows.
        need: usize,
        /// Rows given.
        got: usize,
    },
    /// A NaN or infinite value in the features or the target.
    #[error("non-finite value {value} in row {row}{}: drop or fill missing values before fitting", column.map(|c| format!(", feature {c}")).unwrap_or_else(|| ", target".into()))]
    NonFinite {
        /// Row index (0-based, into the full matrix).
        row: usize,
        /// Feature column index, or `None` for the target.
        column: Option<usize>,
        /// The offending value.
        value: f64,
    },
    /// The target has one value on the training rows.
    #[error("the target is constant on the training rows ({value}): there is nothing to learn")]
    ConstantTarget {
        /// The constant value.
        value: f64,
    },
    /// The target has a different length than the feature matrix has rows.
    #[error("the target has {y_len} values but the feature matrix has {x_rows} rows: pass one target value per row")]
    LengthMismatch {
        /// Rows of the feature matrix.
        x_rows: usize,
        /// Length of the target.
        y_len: usize,
    },
    /// A row index beyond the feature matrix.
    #[error("row {row} does not exist: the feature matrix has {n_rows} rows")]
    RowOutOfRange {
        /// The offending row index.
        row: usize,
        /// Rows of the feature matrix.
        n_rows: usize,
    },
    /// Prediction asked on a matrix with another number of columns than the fit.
    #[error("the model was fitted on {fitted} features but {given} were given: predict with the same controls")]
    ColumnMismatch {
        /// Columns at fit time.
        fitted: usize,
        /// Columns given now.
        given: usize,
    },
    /// The learner is not available in this build.
    #[error("learner {0} is not available yet")]
    NotAvailable(&'static str),
}
