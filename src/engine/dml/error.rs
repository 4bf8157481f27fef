//! Errors of estimation: unusable designs, failed learner fits, degenerate scores, cancellation.

use super::spec::Nuisance;
use crate::engine::learners::LearnerError;

/// Why an estimate could not be produced. Each message says what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum DmlError {
    /// The run was cancelled (a newer change superseded it).
    Cancelled,
    /// A nuisance learner failed on one fold.
    Learner {
        /// Which nuisance function.
        nuisance: Nuisance,
        /// Repetition (0-based).
        rep: usize,
        /// Fold (0-based).
        fold: usize,
        /// The learner's error.
        source: LearnerError,
    },
    /// A learner returned a NaN or infinite prediction.
    NonFinitePrediction {
        /// Which nuisance function.
        nuisance: Nuisance,
        /// Design row.
        row: usize,
        /// The prediction.
        value: f64,
    },
    /// Too few rows for the number of folds.
    TooFewRows {
        /// Usable rows.
        rows: usize,
        /// Folds requested.
        folds: usize,
    },
    /// A fold has no test rows or no training rows.
    EmptyFold {
        /// Fold (1-based).
        fold: usize,
        /// Test rows.
        test: usize,
        /// Training rows.
        train: usize,
    },
    /// The score's Jacobian `mean(psi_a)` is zero: the residualized treatment (or instrument)
    /// carries no variation.
    DegenerateScore {
        /// `mean(psi_a)`.
        value: f64,
        /// "treatment" or "instrument".
        what: &'static str,
    },
    /// Clustering needs a unit (and year) column.
    NoClusterColumn(&'static str),
    /// A fold-id column splits a cluster across folds.
    FoldColumnSplitsCluster {
        /// Fold column.
        column: String,
        /// Unit label.
        unit: String,
    },
    /// Fewer clusters than folds.
    TooFewClusters {
        /// Number of clusters.
        clusters: usize,
        /// "units" or "years".
        what: &'static str,
        /// Folds per cluster variable.
        folds: usize,
    },
    /// An invalid setting reached estimation.
    Setting {
        /// Setting name.
        name: &'static str,
        /// Rejected value.
        value: String,
        /// Allowed range.
        reason: crate::engine::allowed::Allowed,
    },
}
