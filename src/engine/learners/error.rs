//! Errors raised by learners: bad settings and unusable training data.

/// Why a learner could not be configured or fitted.
#[derive(Debug, Clone, PartialEq)]
pub enum LearnerError {
    /// A setting is out of its allowed range.
    InvalidSetting {
        /// Setting name as in the scenario file (`n_trees`, `c`, ...).
        name: &'static str,
        /// The rejected value, formatted.
        value: String,
        /// What range is allowed.
        reason: crate::engine::allowed::Allowed,
    },
    /// The fit was stopped by its cancel flag (a newer estimate superseded it).
    Cancelled,
    /// No training rows.
    NoRows,
    /// Fewer training rows than the learner needs.
    TooFewRows {
        /// Minimum number of rows.
        need: usize,
        /// Rows given.
        got: usize,
    },
    /// A NaN or infinite value in the features or the target.
    NonFinite {
        /// Row index (0-based, into the full matrix).
        row: usize,
        /// Feature column index, or `None` for the target.
        column: Option<usize>,
        /// The offending value.
        value: f64,
    },
    /// The target has one value on the training rows.
    ConstantTarget {
        /// The constant value.
        value: f64,
    },
    /// The target has a different length than the feature matrix has rows.
    LengthMismatch {
        /// Rows of the feature matrix.
        x_rows: usize,
        /// Length of the target.
        y_len: usize,
    },
    /// A row index beyond the feature matrix.
    RowOutOfRange {
        /// The offending row index.
        row: usize,
        /// Rows of the feature matrix.
        n_rows: usize,
    },
    /// Prediction asked on a matrix with another number of columns than the fit.
    ColumnMismatch {
        /// Columns at fit time.
        fitted: usize,
        /// Columns given now.
        given: usize,
    },
    /// The learner is not available in this build.
    NotAvailable(&'static str),
}
