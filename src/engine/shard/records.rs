//! Per-item records of a slice: one replication of `simulate`, one specification of a curve.
//! Every number is [`Exact`], so a merged run has the bits a single run would have.

use super::exact::Exact;
use crate::engine::battery::report::ItemError;
use crate::engine::battery::{SpecFailure, SpecOutcome, SpecPoint, Specification};
use crate::engine::dml::diagnostics::{ArSet, FirstStage};
use crate::engine::dml::inference::Inference;
use crate::engine::dml::iv::{ArLevel, IvInference, TfInterval};
use crate::engine::dml::normal::Level;
use crate::engine::dml::{Cluster, SmallSample};
use crate::engine::lab::Replication;
use crate::locale::{Lang, Worded};
use serde::{Deserialize, Serialize};

/// One replication of `simulate`: its rows, its truth and the three estimators' `(theta, se)`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RepRecord {
    /// Replication (0-based, global).
    pub replication: usize,
    /// Rows of its data set.
    pub rows: usize,
    /// Its true effect.
    pub truth: Exact,
    /// `[theta, se]` of naive OLS, DML with OLS, DML with the learner.
    pub estimates: [[Exact; 2]; 3],
}

impl From<&Replication> for RepRecord {
    fn from(r: &Replication) -> Self {
        RepRecord {
            replication: r.index,
            rows: r.rows,
            truth: r.truth.into(),
            estimates: r.estimates.map(|(t, s)| [t.into(), s.into()]),
        }
    }
}

impl From<&RepRecord> for Replication {
    fn from(r: &RepRecord) -> Self {
        Replication {
            index: r.replication,
            rows: r.rows,
            truth: r.truth.0,
            estimates: r.estimates.map(|[t, s]| (t.0, s.0)),
        }
    }
}

/// One specification of a curve: its global index, its label (for a reader of the file) and
/// what it gave.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SpecRecord {
    /// Index among every combination of the curve (0-based, enumeration order).
    pub spec: usize,
    /// [`Specification::label`].
    pub label: String,
    /// The estimate, or why there is none.
    pub result: RecordedOutcome,
}

/// What one specification gave.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordedOutcome {
    /// An estimate.
    Estimate {
        /// Rows used.
        n: usize,
        /// theta, se, t, p, 95% interval.
        inference: InferenceRecord,
        /// IV statistics (PLIV specifications).
        iv: Option<Box<IvRecord>>,
    },
    /// No estimate: the reason worded in both languages where it happened.
    Failed {
        /// English.
        en: String,
        /// Chinese.
        zh: String,
    },
}

impl SpecRecord {
    /// The record of the `index`-th specification's result.
    pub fn new(index: usize, result: &SpecOutcome) -> SpecRecord {
        let (spec, outcome) = match result {
            SpecOutcome::Point(p) => (
                &p.spec,
                RecordedOutcome::Estimate {
                    n: p.n,
                    inference: (&p.inference).into(),
                    iv: p.iv.as_ref().map(|iv| Box::new(iv.into())),
                },
            ),
            SpecOutcome::Failure(f) => {
                (&f.spec, RecordedOutcome::Failed { en: f.error.worded(Lang::En), zh: f.error.worded(Lang::Zh) })
            }
        };
        SpecRecord { spec: index, label: spec.label(), result: outcome }
    }

    /// The result again, for the specification `spec` (the curve's own, by index).
    pub fn result(&self, spec: Specification) -> SpecOutcome {
        match &self.result {
            RecordedOutcome::Estimate { n, inference, iv } => SpecOutcome::Point(Box::new(SpecPoint {
                spec,
                inference: inference.into(),
                n: *n,
                iv: iv.as_deref().map(IvInference::from),
            })),
            RecordedOutcome::Failed { en, zh } => SpecOutcome::Failure(SpecFailure {
                spec,
                error: ItemError::Recorded { en: en.clone(), zh: zh.clone() },
            }),
        }
    }
}

/// [`Inference`], exactly.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InferenceRecord {
    /// Estimate.
    pub theta: Exact,
    /// Standard error.
    pub se: Exact,
    /// t statistic.
    pub t: Exact,
    /// p-value.
    pub p: Exact,
    /// 95% interval.
    pub ci95: [Exact; 2],
}

impl From<&Inference> for InferenceRecord {
    fn from(i: &Inference) -> Self {
        InferenceRecord {
            theta: i.theta.into(),
            se: i.se.into(),
            t: i.t.into(),
            p: i.p.into(),
            ci95: i.ci95.map(Exact),
        }
    }
}

impl From<&InferenceRecord> for Inference {
    fn from(i: &InferenceRecord) -> Self {
        Inference { theta: i.theta.0, se: i.se.0, t: i.t.0, p: i.p.0, ci95: i.ci95.map(|x| x.0) }
    }
}

/// [`IvInference`], exactly (an Anderson-Rubin set may be unbounded, hence [`Exact`]).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IvRecord {
    variance: Cluster,
    small_sample: SmallSample,
    first_stage: FirstStageRecord,
    first_stage_reps: Vec<FirstStageRecord>,
    wald: [[Exact; 2]; 3],
    ar: Vec<(u32, ArRecord)>,
    tf: TfRecord,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct FirstStageRecord {
    partial_r2: Exact,
    f_nonrobust: Exact,
    f_robust: Exact,
    pi: Exact,
    se_pi: Exact,
    slope: Exact,
    n: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ArRecord {
    Interval(Exact, Exact),
    TwoRays(Exact, Exact),
    WholeLine,
    RayBelow(Exact),
    RayAbove(Exact),
    Empty,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct TfRecord {
    f: Exact,
    critical_value: Option<Exact>,
    interval: Option<[Exact; 2]>,
    threshold: Exact,
}

impl From<&FirstStage> for FirstStageRecord {
    fn from(s: &FirstStage) -> Self {
        FirstStageRecord {
            partial_r2: s.partial_r2.into(),
            f_nonrobust: s.f_nonrobust.into(),
            f_robust: s.f_robust.into(),
            pi: s.pi.into(),
            se_pi: s.se_pi.into(),
            slope: s.slope.into(),
            n: s.n,
        }
    }
}

impl From<&FirstStageRecord> for FirstStage {
    fn from(s: &FirstStageRecord) -> Self {
        FirstStage {
            partial_r2: s.partial_r2.0,
            f_nonrobust: s.f_nonrobust.0,
            f_robust: s.f_robust.0,
            pi: s.pi.0,
            se_pi: s.se_pi.0,
            slope: s.slope.0,
            n: s.n,
        }
    }
}

impl From<&ArSet> for ArRecord {
    fn from(s: &ArSet) -> Self {
        match *s {
            ArSet::Interval { lower, upper } => ArRecord::Interval(lower.into(), upper.into()),
            ArSet::TwoRays { below, above } => ArRecord::TwoRays(below.into(), above.into()),
            ArSet::WholeLine => ArRecord::WholeLine,
            ArSet::RayBelow { upper } => ArRecord::RayBelow(upper.into()),
            ArSet::RayAbove { lower } => ArRecord::RayAbove(lower.into()),
            ArSet::Empty => ArRecord::Empty,
        }
    }
}

impl From<&ArRecord> for ArSet {
    fn from(s: &ArRecord) -> Self {
        match *s {
            ArRecord::Interval(lower, upper) => ArSet::Interval { lower: lower.0, upper: upper.0 },
            ArRecord::TwoRays(below, above) => ArSet::TwoRays { below: below.0, above: above.0 },
            ArRecord::WholeLine => ArSet::WholeLine,
            ArRecord::RayBelow(upper) => ArSet::RayBelow { upper: upper.0 },
            ArRecord::RayAbove(lower) => ArSet::RayAbove { lower: lower.0 },
            ArRecord::Empty => ArSet::Empty,
        }
    }
}

fn level_of(percent: u32) -> Level {
    Level::ALL.into_iter().find(|l| l.percent() == percent).unwrap_or(Level::P95)
}

impl From<&IvInference> for IvRecord {
    fn from(iv: &IvInference) -> Self {
        IvRecord {
            variance: iv.variance,
            small_sample: iv.small_sample,
            first_stage: (&iv.first_stage).into(),
            first_stage_reps: iv.first_stage_reps.iter().map(Into::into).collect(),
            wald: iv.wald.map(|w| w.map(Exact)),
            ar: iv.ar.iter().map(|a| (a.level.percent(), (&a.set).into())).collect(),
            tf: TfRecord {
                f: iv.tf.f.into(),
                critical_value: iv.tf.critical_value.map(Exact),
                interval: iv.tf.interval.map(|i| i.map(Exact)),
                threshold: iv.tf.threshold.into(),
            },
        }
    }
}

impl From<&IvRecord> for IvInference {
    fn from(r: &IvRecord) -> Self {
        let ar = |k: usize| {
            r.ar.get(k).map_or(ArLevel { level: Level::ALL[k], set: ArSet::Empty }, |(p, s)| ArLevel {
                level: level_of(*p),
                set: s.into(),
            })
        };
        IvInference {
            variance: r.variance,
            small_sample: r.small_sample,
            first_stage: (&r.first_stage).into(),
            first_stage_reps: r.first_stage_reps.iter().map(Into::into).collect(),
            wald: r.wald.map(|w| w.map(|x| x.0)),
            ar: [ar(0), ar(1), ar(2)],
            tf: TfInterval {
                f: r.tf.f.0,
                critical_value: r.tf.critical_value.map(|x| x.0),
                interval: r.tf.interval.map(|i| i.map(|x| x.0)),
                threshold: r.tf.threshold.0,
            },
        }
    }
}
