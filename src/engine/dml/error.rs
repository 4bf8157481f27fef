//! Errors of estimation: unusable designs, failed learner fits, degenerate scores, cancellation.

use super::spec::Nuisance;
use crate::engine::learners::LearnerError;

/// Why an estimate could not be produced. Each message says what to do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DmlError {
    /// The run was cancelled (a newer change superseded it).
    #[error("cancelled")]
    Cancelled,
    /// A nuisance learner failed on one fold.
    #[error("fitting {} (repetition {}, fold {}) failed: {source}", nuisance.name(), rep + 1, fold + 1)]
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
    #[error("the {} learner predicted a non-finite value ({value}) for row {row}: check the data for extreme values", nuisance.name())]
    NonFinitePrediction {
        /// Which nuisance function.
        nuisance: Nuisance,
        /// Design row.
        row: usize,
        /// The prediction.
        value: f64,
    },
    /// Too few rows for the number of folds.
    #[error("{rows} usable rows are too few for {folds} folds: use fewer folds or a larger sample")]
    TooFewRows {
        /// Usable rows.
        rows: usize,
        /// Folds requested.
        folds: usize,
    },
    /// A fold has no test rows or no training rows.
    #[error("fold {fold} has {test} test rows and {train} training rows: every fold needs both")]
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
    #[error(
        "the score has no information about theta (mean psi_a = {value}): the {what} is fully explained by the controls; drop controls or fixed effects"
    )]
    DegenerateScore {
        /// `mean(psi_a)`.
        value: f64,
        /// "treatment" or "instrument".
        what: &'static str,
    },
    /// Clustering needs a unit (and year) column.
    #[error("cluster-robust standard errors by {0} need a {0} column; the data is a cross-section")]
    NoClusterColumn(&'static str),
    /// A fold-id column splits a cluster across folds.
    #[error(
        "the fold column \"{column}\" puts rows of unit \"{unit}\" in different folds; with clustering every unit must be in one fold"
    )]
    FoldColumnSplitsCluster {
        /// Fold column.
        column: String,
        /// Unit label.
        unit: String,
    },
    /// Fewer clusters than folds.
    #[error("{clusters} {what} are too few for {folds} folds: use fewer folds")]
    TooFewClusters {
        /// Number of clusters.
        clusters: usize,
        /// "units" or "years".
        what: &'static str,
        /// Folds per cluster variable.
        folds: usize,
    },
    /// An invalid setting reached estimation.
    #[error("invalid setting {name} = {value}: {reason}")]
    Setting {
        /// Setting name.
        name: &'static str,
        /// Rejected value.
        value: String,
        /// Allowed range.
        reason: &'static str,
    },
}
