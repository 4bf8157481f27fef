//! Weak-instrument-robust inference of a PLIV estimate, every statistic with the estimate's
//! own variance ([`ScoreVariance`]): the first stage (robust and non-robust F, partial R^2),
//! the Anderson-Rubin set at 90, 95 and 99%, the Wald intervals beside it, and the tF interval
//! of Lee, McCrary, Moreira and Porter (2022) with its critical value; plus typed notes where
//! inference is fragile (few clusters, F below the tF threshold, an unbounded AR set).

use super::diagnostics::{ArSet, FirstStage, ar_set, first_stage, median_first_stage};
use super::inference::Inference;
use super::normal::Level;
use super::score::ScoreElements;
use super::spec::{Cluster, SmallSample};
use super::tf;
use super::variance::ScoreVariance;
use serde::Serialize;

/// Below this many clusters cluster-robust inference is fragile (Cameron and Miller 2015,
/// "A Practitioner's Guide to Cluster-Robust Inference", suggest 20 to 50; 40 is used here).
pub const FEW_CLUSTERS: usize = 40;

/// An Anderson-Rubin set at one level.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ArLevel {
    /// Confidence level.
    pub level: Level,
    /// The set.
    pub set: ArSet,
}

/// The tF interval at 5%: `theta -+ c(F) se` with the robust first-stage F and the estimate's
/// standard error, both of the same variance.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TfInterval {
    /// The F it is read at (the robust first-stage F).
    pub f: f64,
    /// `c(F)` (`None`: `F <= 3.84`, the interval is unbounded).
    pub critical_value: Option<f64>,
    /// The interval (`None` when unbounded).
    pub interval: Option<[f64; 2]>,
    /// The F above which `c = 1.96` (104.67).
    pub threshold: f64,
}

/// Where inference is fragile: typed, so the window, the command line and the report can say it
/// in their own language.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InferenceNote {
    /// Clustered with fewer than [`FEW_CLUSTERS`] clusters.
    FewClusters {
        /// The (smaller) number of clusters.
        clusters: usize,
        /// [`FEW_CLUSTERS`].
        threshold: usize,
    },
    /// The robust first-stage F is below the tF threshold: the 1.96 Wald test over-rejects.
    BelowTfThreshold {
        /// Robust first-stage F.
        f: f64,
        /// The tF threshold (104.67).
        threshold: f64,
    },
    /// The Anderson-Rubin set at this level is unbounded (two rays or the whole line).
    ArUnbounded {
        /// Level.
        level: Level,
    },
    /// With repeated cross-fitting: the F statistics are medians over repetitions and the AR
    /// set pools the repetitions' scores.
    Repetitions {
        /// Repetitions.
        n_rep: usize,
    },
}

impl std::fmt::Display for InferenceNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InferenceNote::FewClusters { clusters, threshold } => write!(
                f,
                "Only {clusters} clusters (fewer than about {threshold}): cluster-robust standard errors, F and AR sets are imprecise; read them with care."
            ),
            InferenceNote::BelowTfThreshold { f: fs, threshold } => write!(
                f,
                "Robust first-stage F = {fs:.2} is below {threshold:.1}: the usual 1.96 t-test is not a valid 5% test; use the tF interval or the Anderson-Rubin set."
            ),
            InferenceNote::ArUnbounded { level } => write!(
                f,
                "The {}% Anderson-Rubin set is unbounded: the instrument does not pin down the effect at that level.",
                level.percent()
            ),
            InferenceNote::Repetitions { n_rep } => write!(
                f,
                "First-stage statistics are medians over the {n_rep} repetitions; the Anderson-Rubin set pools their scores."
            ),
        }
    }
}

/// All IV statistics of one estimate.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IvInference {
    /// The variance every statistic uses.
    pub variance: Cluster,
    /// Its small-sample corrections.
    pub small_sample: SmallSample,
    /// First stage (median over repetitions).
    pub first_stage: FirstStage,
    /// First stage of each repetition.
    pub first_stage_reps: Vec<FirstStage>,
    /// Wald intervals at 90, 95, 99%.
    pub wald: [[f64; 2]; 3],
    /// Anderson-Rubin sets at 90, 95, 99%.
    pub ar: [ArLevel; 3],
    /// The 5% tF interval.
    pub tf: TfInterval,
}

impl IvInference {
    /// The AR set at `level`.
    pub fn ar_at(&self, level: Level) -> ArSet {
        self.ar.iter().find(|a| a.level == level).map_or(ArSet::Empty, |a| a.set)
    }

    /// The Wald interval at `level`.
    pub fn wald_at(&self, level: Level) -> [f64; 2] {
        let i = Level::ALL.iter().position(|l| *l == level).unwrap_or(1);
        self.wald[i]
    }
}

/// One repetition's inputs: score elements, first-stage residuals `w = D - r^`, `v = Z - m^`,
/// and the variance of its folds.
pub struct RepInputs<'a> {
    /// Score elements.
    pub elements: &'a ScoreElements,
    /// `D - r^`.
    pub w: Vec<f64>,
    /// `Z - m^`.
    pub v: Vec<f64>,
    /// The variance.
    pub variance: ScoreVariance<'a>,
}

/// The IV statistics from every repetition and the aggregated inference on theta.
pub fn iv_inference(reps: &[RepInputs<'_>], inference: &Inference, wald: [[f64; 2]; 3]) -> IvInference {
    let first_stage_reps: Vec<FirstStage> = reps.iter().map(|r| first_stage(&r.w, &r.v, &r.variance)).collect();
    let fs = median_first_stage(&first_stage_reps);
    let parts: Vec<(&ScoreElements, ScoreVariance<'_>)> = reps.iter().map(|r| (r.elements, r.variance)).collect();
    let ar = Level::ALL.map(|level| ArLevel { level, set: ar_set(&parts, level.z()) });
    let c = tf::critical_value(fs.f_robust);
    let tf = TfInterval {
        f: fs.f_robust,
        critical_value: c,
        interval: c.map(|c| [inference.theta - c * inference.se, inference.theta + c * inference.se]),
        threshold: tf::threshold(),
    };
    let (variance, small_sample) = reps
        .first()
        .map_or((Cluster::None, SmallSample::default()), |r| (r.variance.kind(), r.variance.small_sample()));
    IvInference { variance, small_sample, first_stage: fs, first_stage_reps, wald, ar, tf }
}

/// The notes for an estimate: few clusters (any model), and for IV the F below the tF threshold,
/// unbounded AR sets and the repetition rule.
pub fn notes(n_clusters: &[usize], iv: Option<&IvInference>, n_rep: usize) -> Vec<InferenceNote> {
    let mut out = Vec::new();
    if let Some(&g) = n_clusters.iter().min()
        && g < FEW_CLUSTERS
    {
        out.push(InferenceNote::FewClusters { clusters: g, threshold: FEW_CLUSTERS });
    }
    if let Some(iv) = iv {
        if iv.first_stage.f_robust < iv.tf.threshold || iv.first_stage.f_robust.is_nan() {
            out.push(InferenceNote::BelowTfThreshold { f: iv.first_stage.f_robust, threshold: iv.tf.threshold });
        }
        for a in &iv.ar {
            if a.set.is_unbounded() {
                out.push(InferenceNote::ArUnbounded { level: a.level });
            }
        }
        if n_rep > 1 {
            out.push(InferenceNote::Repetitions { n_rep });
        }
    }
    out
}
