//! Estimation settings: model, score, learners per nuisance, folds, clustering, fixed effects.
//!
//! These are the choices a [`crate::engine::scenario::Scenario`] stores and the Model view
//! edits. They are enums, never strings; each has a command-line name for `carbon-dml run`.

use crate::engine::learners::LearnerSpec;
use serde::{Deserialize, Serialize};

/// The partially linear model to estimate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Model {
    /// Partially linear regression `Y = theta D + g(X) + e`, `D = m(X) + v`.
    #[default]
    Plr,
    /// Partially linear IV `Y = theta D + g(X) + e`, `Z = m(X) + v`, `D = r(X) + w`.
    Pliv,
}

/// The Neyman-orthogonal score of the model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Score {
    /// Partialling out: `psi_a = -V^2`, `psi_b = V W` (PLR) with `V = D - m^`, `W = Y - l^`.
    #[default]
    PartiallingOut,
    /// IV-type: `psi_a = -V D`, `psi_b = V (Y - g^)` with `g` fitted on `Y - theta_init D`.
    IvType,
}

/// How rows are assigned to cross-fitting folds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FoldScheme {
    /// Rows drawn at random (seeded), as scikit-learn's `KFold(shuffle=True)` sizes them.
    #[default]
    Random,
    /// Units drawn at random; every row of a unit lands in the same fold.
    ByUnit,
    /// A fold-id column of the data: fold k holds the rows with the k-th smallest id.
    Column(String),
}

/// Cluster-robust standard errors (Chiang et al. 2021, as DoubleML's cluster data).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cluster {
    /// Independent rows (written `Off` in scenario files; `None` is read too).
    #[default]
    #[serde(rename = "Off", alias = "None")]
    None,
    /// One-way clustering by unit; folds are drawn by unit.
    Unit,
    /// Two-way clustering by unit and year; K x K folds from unit folds times year folds.
    UnitYear,
}

/// Fixed effects for panels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FixedEffects {
    /// No fixed effects (written `Off` in scenario files; `None` is read too).
    #[default]
    #[serde(rename = "Off", alias = "None")]
    None,
    /// Unit dummies among the controls (first unit left out).
    Unit,
    /// Year dummies among the controls (first year left out).
    Year,
    /// Unit and year dummies among the controls (the study's "province x year" effects).
    UnitYear,
    /// Within transformation: Y, D, Z and X minus their unit means.
    Within,
}

/// How estimates from repeated cross-fitting are combined.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Aggregation {
    /// DoubleML 0.11: `theta = median theta_r`, `se = (median(theta_r + 1.96 se_r) - theta) / 1.96`,
    /// interval = medians of the per-repetition bounds.
    #[default]
    MedianBounds,
    /// Chernozhukov et al. (2018) / DoubleML < 0.6: `se = sqrt(median(n se_r^2 + (theta_r - theta)^2) / n)`.
    MedianVariance,
}

/// A nuisance function of the partially linear models.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Nuisance {
    /// `l(X) = E[Y | X]`.
    L,
    /// `m(X) = E[D | X]` (PLR) or `E[Z | X]` (PLIV).
    M,
    /// `r(X) = E[D | X]` (PLIV).
    R,
    /// `g(X) = E[Y - theta D | X]` (IV-type score).
    G,
}

impl Nuisance {
    /// Short name (`l`, `m`, `r`, `g`), as in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Nuisance::L => "l",
            Nuisance::M => "m",
            Nuisance::R => "r",
            Nuisance::G => "g",
        }
    }

    /// Stream id used in the learner seed path (`rng_for(seed, &[LEARNER, rep, code, fold])`).
    pub fn code(self) -> u64 {
        match self {
            Nuisance::L => 1,
            Nuisance::M => 2,
            Nuisance::R => 3,
            Nuisance::G => 4,
        }
    }
}

/// One learner per nuisance function; each defaults to the study's random forest (500 trees).
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `l` | RF 500 trees | any learner | fits `E[Y | X]` |
/// | `m` | RF 500 trees | any learner | fits `E[D | X]` (PLR) or `E[Z | X]` (PLIV) |
/// | `r` | RF 500 trees | any learner | fits `E[D | X]` (PLIV only) |
/// | `g` | RF 500 trees | any learner | fits `E[Y - theta D | X]` (IV-type score only) |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Learners {
    /// Learner for `l`.
    pub l: LearnerSpec,
    /// Learner for `m`.
    pub m: LearnerSpec,
    /// Learner for `r`.
    pub r: LearnerSpec,
    /// Learner for `g`.
    pub g: LearnerSpec,
}

impl Learners {
    /// The same learner for every nuisance.
    pub fn all(spec: LearnerSpec) -> Learners {
        Learners { l: spec.clone(), m: spec.clone(), r: spec.clone(), g: spec }
    }

    /// The learner of `n`.
    pub fn get(&self, n: Nuisance) -> &LearnerSpec {
        match n {
            Nuisance::L => &self.l,
            Nuisance::M => &self.m,
            Nuisance::R => &self.r,
            Nuisance::G => &self.g,
        }
    }

    /// The learner of `n`, mutably.
    pub fn get_mut(&mut self, n: Nuisance) -> &mut LearnerSpec {
        match n {
            Nuisance::L => &mut self.l,
            Nuisance::M => &mut self.m,
            Nuisance::R => &mut self.r,
            Nuisance::G => &mut self.g,
        }
    }
}

/// The nuisance functions a model and score need, in fitting order.
pub fn nuisances(model: Model, score: Score) -> &'static [Nuisance] {
    match (model, score) {
        (Model::Plr, Score::PartiallingOut) => &[Nuisance::L, Nuisance::M],
        (Model::Plr, Score::IvType) => &[Nuisance::L, Nuisance::M, Nuisance::G],
        (Model::Pliv, Score::PartiallingOut) => &[Nuisance::L, Nuisance::M, Nuisance::R],
        (Model::Pliv, Score::IvType) => &[Nuisance::L, Nuisance::M, Nuisance::R, Nuisance::G],
    }
}

impl Model {
    /// Command-line and JSON name (`plr`, `pliv`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Model::Plr => "plr",
            Model::Pliv => "pliv",
        }
    }
}

impl Score {
    /// Command-line and JSON name (`partialling-out`, `iv-type`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Score::PartiallingOut => "partialling-out",
            Score::IvType => "iv-type",
        }
    }
}

impl Cluster {
    /// Command-line name (`none`, `unit`, `unit-year`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Cluster::None => "none",
            Cluster::Unit => "unit",
            Cluster::UnitYear => "unit-year",
        }
    }
}

impl FixedEffects {
    /// Command-line name (`none`, `unit`, `year`, `unit-year`, `within`).
    pub fn cli_name(self) -> &'static str {
        match self {
            FixedEffects::None => "none",
            FixedEffects::Unit => "unit",
            FixedEffects::Year => "year",
            FixedEffects::UnitYear => "unit-year",
            FixedEffects::Within => "within",
        }
    }
}

/// Small-sample corrections of every variance the estimate reports (standard error, robust
/// first-stage F, Anderson-Rubin and tF sets). Both are off by default, as in DoubleML.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `clusters` | `false` | bool | multiply by `G / (G - 1)`, `G` = clusters (two-way: the smaller count, as ivreg2) |
/// | `dof` | `false` | bool | multiply by `n / (n - k)` without clusters, `(n - 1) / (n - k)` with clusters; `k = 1` |
///
/// Both on is Stata's `ivreg2 ..., small` and `regress, vce(cluster)`, linearmodels'
/// `debiased=True` and statsmodels' `use_correction=True` for the same clustering, applied to
/// the residualized regressions (one coefficient, so `k = 1`). `ivreg2` with `partial()` also
/// counts the partialled-out controls in `k`; a learner has no parameter count, so they are
/// not counted here. Critical values stay normal (DoubleML), not Student t.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmallSample {
    /// `G / (G - 1)` for clustered variances.
    pub clusters: bool,
    /// `n / (n - k)` (`(n - 1) / (n - k)` with clusters).
    pub dof: bool,
}

impl SmallSample {
    /// Command-line name (`none`, `clusters`, `dof`, `both`).
    pub fn cli_name(self) -> &'static str {
        match (self.clusters, self.dof) {
            (false, false) => "none",
            (true, false) => "clusters",
            (false, true) => "dof",
            (true, true) => "both",
        }
    }
}
