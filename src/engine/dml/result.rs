//! The result of one DML estimate: inference, per-repetition estimates, nuisance fits
//! (out-of-fold predictions, residuals, RMSE, R^2), PLIV inference (first stage, AR and tF
//! sets with the estimate's variance) and notes.

use super::inference::Inference;
use super::iv::{InferenceNote, IvInference};
use super::spec::{Cluster, Model, Nuisance, Score, SmallSample};

/// One repetition of cross-fitting.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct RepEstimate {
    /// Estimate of this repetition.
    pub theta: f64,
    /// Its standard error.
    pub se: f64,
}

/// How well one nuisance function was learned, out of fold.
#[derive(Clone, Debug, PartialEq)]
pub struct NuisanceReport {
    /// Which nuisance.
    pub nuisance: Nuisance,
    /// Learner description (English).
    pub learner: String,
    /// The learner's settings, to word it in another language.
    pub spec: crate::engine::learners::LearnerSpec,
    /// What it predicts (`Y`, `D`, `Z`, `Y - theta_init D`).
    pub target: String,
    /// Out-of-fold RMSE per repetition.
    pub rmse: Vec<f64>,
    /// Out-of-fold R^2 per repetition.
    pub r2: Vec<f64>,
    /// Targets of the first repetition (one per design row).
    pub targets: Vec<f64>,
    /// Out-of-fold predictions of the first repetition.
    pub predictions: Vec<f64>,
    /// `targets - predictions` of the first repetition.
    pub residuals: Vec<f64>,
    /// Learner notes.
    pub notes: Vec<crate::engine::learners::LearnerRemark>,
}

impl NuisanceReport {
    /// Mean out-of-fold RMSE over repetitions.
    pub fn mean_rmse(&self) -> f64 {
        self.rmse.iter().sum::<f64>() / self.rmse.len().max(1) as f64
    }

    /// Mean out-of-fold R^2 over repetitions.
    pub fn mean_r2(&self) -> f64 {
        self.r2.iter().sum::<f64>() / self.r2.len().max(1) as f64
    }
}

/// The naive regression beside a DML estimate: OLS of Y on D and X with an intercept,
/// `theta` by Frisch-Waugh-Lovell and its classical (homoskedastic) standard error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NaiveOls {
    /// Coefficient of D.
    pub theta: f64,
    /// Classical standard error, `sqrt(s^2 / sum d~^2)` with `s^2` on `n - k - 2` degrees of freedom.
    pub se: f64,
}

/// A finished estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    /// OLS of Y on D and the controls with classical standard errors, for comparison (PLR
    /// only; `None` for PLIV, or when the design is too large to be worth it: `n k^2 > 2e9`).
    pub naive_ols: Option<NaiveOls>,
    /// Label (scenario name or subsample).
    pub label: String,
    /// Model.
    pub model: Model,
    /// Score.
    pub score: Score,
    /// Outcome column.
    pub outcome: String,
    /// Treatment column.
    pub treatment: String,
    /// Instrument column (PLIV).
    pub instrument: Option<String>,
    /// Controls used (including fixed-effect dummies).
    pub controls: Vec<String>,
    /// theta, se, t, p, interval (aggregated over repetitions).
    pub inference: Inference,
    /// Rows used.
    pub n: usize,
    /// Folds in each repetition (`K^2` for two-way clustering).
    pub folds: usize,
    /// Repetitions.
    pub n_rep: usize,
    /// Clustering.
    pub cluster: Cluster,
    /// Number of clusters per cluster variable.
    pub n_clusters: Vec<usize>,
    /// Small-sample corrections of every variance.
    pub small_sample: SmallSample,
    /// Wald intervals at 90, 95 and 99% (the 95% one is `inference.ci95`).
    pub wald: [[f64; 2]; 3],
    /// Per-repetition estimates.
    pub reps: Vec<RepEstimate>,
    /// Nuisance fits in fitting order.
    pub nuisance: Vec<NuisanceReport>,
    /// Panel row of every design row.
    pub rows: Vec<usize>,
    /// Fold of every design row in the first repetition (0-based).
    pub fold_of_row: Vec<usize>,
    /// PLIV: first stage, Anderson-Rubin sets, tF interval, all with the estimate's variance.
    pub iv: Option<IvInference>,
    /// Where inference is fragile (few clusters, weak instrument), typed for each language.
    pub inference_notes: Vec<InferenceNote>,
    /// Footnotes in English: dropped rows, transforms, learner remarks. The first
    /// `spec_notes.len()` are [`Estimate::spec_notes`] worded; learner remarks follow.
    pub notes: Vec<String>,
    /// The specification's footnotes as typed values (worded in any language at the edge).
    pub spec_notes: Vec<crate::engine::scenario::note::SpecNote>,
    /// Fingerprint of the inputs (scenario and data).
    pub fingerprint: u64,
}

impl Estimate {
    /// The report of nuisance `n`, if the model fitted it.
    pub fn nuisance(&self, n: Nuisance) -> Option<&NuisanceReport> {
        self.nuisance.iter().find(|r| r.nuisance == n)
    }
}
