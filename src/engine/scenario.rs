//! The scenario: the whole estimation set-up a user can save as a `.ron` file and reopen.
//!
//! A [`Scenario`] names the data (path and content hash), the unit and year columns, the
//! variable roles, the model, score, learners, folds, repetitions, fold scheme, clustering,
//! fixed effects, transforms, sample filter and seed. It is the only persisted user state;
//! caches and results live beside it. Every field has a default (the study's baseline on the
//! bundled sample), unknown fields are refused with their name, and [`Scenario::validate`]
//! checks it against a panel once, returning one error per offending field.

pub mod errors;
pub mod file;
pub mod filter;
pub mod note;
pub mod preview;
pub mod validate;

pub use errors::{Field, FoldColumnProblem, SpecError, describe as describe_errors};
pub use file::{CURRENT_VERSION, ParseProblem, ScenarioFileError};
pub use filter::{Compare, Condition, SampleFilter};
pub use validate::ValidSpec;

use crate::engine::data::ColumnChoice;
use crate::engine::dml::{Aggregation, Cluster, FixedEffects, FoldScheme, Learners, Model, Score, SmallSample};
use crate::engine::measures::MeasureSpec;
use crate::engine::transform::Transforms;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Where the data come from.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `path` | none | file path | CSV file; none = the bundled synthetic sample; relative paths are relative to the scenario file |
/// | `content_hash` | none | u64 | XXH3-64 hash of the file when the scenario was saved (a changed file is reported) |
/// | `unit` | `Auto` | `Auto`, `Named("col")`, `Absent` | unit column |
/// | `year` | `Auto` | `Auto`, `Named("col")`, `Absent` | year column |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataSource {
    /// CSV path (`None` = bundled sample).
    pub path: Option<PathBuf>,
    /// Content hash recorded at save time.
    pub content_hash: Option<u64>,
    /// Unit column.
    pub unit: ColumnChoice,
    /// Year column.
    pub year: ColumnChoice,
}

/// A complete estimation set-up.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `version` | 1 | 1 | file format version (required in files) |
/// | `name` | "" | text | label shown in tables |
/// | `data` | bundled sample | see [`DataSource`] | data file and index columns |
/// | `outcome` | `CEE` | numeric column | Y |
/// | `treatment` | `DCP` | numeric column | D |
/// | `controls` | the study's six | numeric columns | X |
/// | `instrument` | none | numeric column | Z (PLIV) |
/// | `model` | `Plr` | `Plr`, `Pliv` | partially linear model |
/// | `score` | `PartiallingOut` | `PartiallingOut`, `IvType` | Neyman-orthogonal score |
/// | `learners` | RF 500 trees each | see [`Learners`] | learner per nuisance |
/// | `folds` | 5 | 2..=20 | K (per cluster variable when clustered) |
/// | `n_rep` | 1 | 1..=100 | repetitions of cross-fitting |
/// | `fold_scheme` | `Random` | `Random`, `ByUnit`, `Column("col")` | fold assignment |
/// | `cluster` | `None` | `None`, `Unit`, `UnitYear` | cluster-robust standard errors |
/// | `fixed_effects` | `None` | `None`, `Unit`, `Year`, `UnitYear`, `Within` | fixed effects |
/// | `transforms` | none | see [`Transforms`] | data transforms before estimation |
/// | `filter` | all rows | see [`SampleFilter`] | estimation sample |
/// | `aggregation` | `MedianBounds` | `MedianBounds`, `MedianVariance` | combining repetitions |
/// | `small_sample` | both off (DoubleML) | see [`SmallSample`] | `G/(G-1)` and `n/(n-k)` corrections of every variance |
/// | `seed` | 42 | u64 | drives folds and learners |
/// | `measures` | the study's set-up | see [`MeasureSpec`] | index weights, derived variables |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// File format version.
    pub version: u32,
    /// Label.
    pub name: String,
    /// Data source.
    pub data: DataSource,
    /// Outcome Y.
    pub outcome: String,
    /// Treatment D.
    pub treatment: String,
    /// Controls X.
    pub controls: Vec<String>,
    /// Instrument Z.
    pub instrument: Option<String>,
    /// Model.
    pub model: Model,
    /// Score.
    pub score: Score,
    /// Learners per nuisance.
    pub learners: Learners,
    /// Folds K.
    pub folds: usize,
    /// Repetitions.
    pub n_rep: usize,
    /// Fold assignment.
    pub fold_scheme: FoldScheme,
    /// Clustering.
    pub cluster: Cluster,
    /// Fixed effects.
    pub fixed_effects: FixedEffects,
    /// Transforms.
    pub transforms: Transforms,
    /// Sample filter.
    pub filter: SampleFilter,
    /// Aggregation over repetitions.
    pub aggregation: Aggregation,
    /// Small-sample corrections of the SE, F, AR and tF statistics.
    pub small_sample: SmallSample,
    /// Master seed.
    pub seed: u64,
    /// How the derived variables (DCP, CEE, CIWB, ISU, K, TFEE) are built from raw columns.
    pub measures: MeasureSpec,
}

/// The study's six controls.
pub const STUDY_CONTROLS: [&str; 6] = ["lngdp", "lnpop", "green", "human", "ind", "edu"];

/// The seed of the study's baseline scenario.
pub const DEFAULT_SEED: u64 = 42;

impl Default for Scenario {
    /// The study's baseline: CEE on DCP with the six controls, PLR partialling out, random
    /// forests with 500 trees for every nuisance, 5 random folds, one repetition, seed 42.
    fn default() -> Self {
        Scenario {
            version: CURRENT_VERSION,
            name: String::new(),
            data: DataSource::default(),
            outcome: "CEE".into(),
            treatment: "DCP".into(),
            controls: STUDY_CONTROLS.iter().map(|s| s.to_string()).collect(),
            instrument: None,
            model: Model::Plr,
            score: Score::PartiallingOut,
            learners: Learners::default(),
            folds: 5,
            n_rep: 1,
            fold_scheme: FoldScheme::Random,
            cluster: Cluster::None,
            fixed_effects: FixedEffects::None,
            transforms: Transforms::default(),
            filter: SampleFilter::default(),
            aggregation: Aggregation::MedianBounds,
            small_sample: SmallSample::default(),
            seed: DEFAULT_SEED,
            measures: MeasureSpec::default(),
        }
    }
}

impl Scenario {
    /// A label for tables: the name, or `outcome on treatment`.
    pub fn label(&self) -> String {
        if self.name.is_empty() { format!("{} on {}", self.outcome, self.treatment) } else { self.name.clone() }
    }

    /// Every data column the estimate reads (besides unit and year): outcome, treatment,
    /// controls, instrument, fold-id column, filter columns and logged columns. What the
    /// window and `carbon-dml run` derive before estimating
    /// ([`crate::engine::measures::needed_derived`] of these).
    pub fn columns_read(&self) -> Vec<&str> {
        let mut cols = vec![self.outcome.as_str(), self.treatment.as_str()];
        cols.extend(self.controls.iter().map(String::as_str));
        cols.extend(self.instrument.as_deref());
        if let FoldScheme::Column(c) = &self.fold_scheme {
            cols.push(c);
        }
        for c in &self.filter.conditions {
            if let Condition::Compare { column, .. } = c {
                cols.push(column);
            }
        }
        cols.extend(self.transforms.log.iter().map(String::as_str));
        cols
    }
}
