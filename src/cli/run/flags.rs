//! Command-line flags of `run` and how they override a scenario.

use crate::cli::CliError;
use crate::cli::args::DataArgs;
use crate::engine::dml::{Aggregation, Cluster, FixedEffects, FoldScheme, Model, Nuisance, Score, SmallSample};
use crate::engine::learners::forest::MaxFeatures;
use crate::engine::learners::tree::SplitMethod;
use crate::engine::learners::{LearnerKind, LearnerSpec};
use crate::engine::scenario::Scenario;
use crate::engine::transform::Winsor;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// `--model`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ModelArg {
    /// Partially linear regression.
    Plr,
    /// Partially linear IV.
    Pliv,
}

/// `--score`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ScoreArg {
    /// Partialling out (default).
    PartiallingOut,
    /// IV-type.
    IvType,
}

/// `--learner`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LearnerArg {
    /// Ordinary least squares.
    Ols,
    /// Lasso with cross-validated penalty.
    Lasso,
    /// Random forest (500 trees, the study's; change with --rf-trees).
    Rf,
    /// Gradient boosting.
    Gbm,
    /// Support-vector regression.
    Svr,
}

/// `--rf-split`, `--gbm-split`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SplitArg {
    /// Every midpoint between distinct values (the default; the study's replication).
    Exact,
    /// At most 255 quantile bins per feature, histogram split search (splits only at bin edges).
    Hist,
}

impl SplitArg {
    /// The engine's split method.
    pub fn method(self) -> SplitMethod {
        match self {
            SplitArg::Exact => SplitMethod::Exact,
            SplitArg::Hist => SplitMethod::Hist,
        }
    }
}

/// `--fold-scheme`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FoldSchemeArg {
    /// Random rows.
    Random,
    /// Whole units.
    Unit,
    /// A fold-id column (`--fold-column`).
    Column,
}

/// `--cluster`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ClusterArg {
    /// Independent rows.
    None,
    /// By unit.
    Unit,
    /// By unit and year.
    UnitYear,
}

/// `--small-sample`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SmallSampleArg {
    /// No correction (DoubleML).
    None,
    /// G/(G-1) for clustered variances.
    Clusters,
    /// n/(n-k), or (n-1)/(n-k) with clusters (k = 1).
    Dof,
    /// Both (Stata ivreg2 `small`, linearmodels `debiased=True`).
    Both,
}

/// `--fe`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FeArg {
    /// None.
    None,
    /// Unit dummies.
    Unit,
    /// Year dummies.
    Year,
    /// Unit and year dummies.
    UnitYear,
    /// Within transformation (unit means removed).
    Within,
}

/// `--aggregation`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum AggregationArg {
    /// DoubleML 0.11: medians of estimates and of interval bounds.
    Doubleml,
    /// Older rule: median of n se^2 + (theta_r - theta)^2.
    MedianVariance,
}

/// `run` arguments.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Scenario file (.ron); flags override it. Without one: the study's baseline on the bundled sample.
    #[arg(value_name = "SCENARIO.ron")]
    pub scenario: Option<PathBuf>,
    /// Data source (--data, --unit, --year).
    #[command(flatten)]
    pub data: DataArgs,
    /// Outcome column Y.
    #[arg(long = "y", value_name = "COL")]
    pub outcome: Option<String>,
    /// Treatment column D.
    #[arg(long = "d", value_name = "COL")]
    pub treatment: Option<String>,
    /// Control columns X (comma-separated; an empty value means none).
    #[arg(long = "x", value_name = "COL,COL,...", value_delimiter = ',', num_args = 0..)]
    pub controls: Option<Vec<String>>,
    /// Instrument column Z (PLIV).
    #[arg(long = "z", value_name = "COL")]
    pub instrument: Option<String>,
    /// Model.
    #[arg(long, value_enum)]
    pub model: Option<ModelArg>,
    /// Score.
    #[arg(long, value_enum)]
    pub score: Option<ScoreArg>,
    /// Learner of every nuisance.
    #[arg(long, value_enum)]
    pub learner: Option<LearnerArg>,
    /// Learner of l(X) = E[Y|X].
    #[arg(long = "learner-l", value_enum)]
    pub learner_l: Option<LearnerArg>,
    /// Learner of m(X) = E[D|X] (PLR) or E[Z|X] (PLIV).
    #[arg(long = "learner-m", value_enum)]
    pub learner_m: Option<LearnerArg>,
    /// Learner of r(X) = E[D|X] (PLIV).
    #[arg(long = "learner-r", value_enum)]
    pub learner_r: Option<LearnerArg>,
    /// Learner of g(X) (IV-type score).
    #[arg(long = "learner-g", value_enum)]
    pub learner_g: Option<LearnerArg>,
    /// Random forest: trees.
    #[arg(long)]
    pub rf_trees: Option<usize>,
    /// Random forest: features per split (all, sqrt, log2 or a fraction in (0, 1]).
    #[arg(long)]
    pub rf_max_features: Option<String>,
    /// Random forest: minimum rows per leaf.
    #[arg(long)]
    pub rf_min_leaf: Option<usize>,
    /// Random forest: maximum depth (a number or none).
    #[arg(long)]
    pub rf_max_depth: Option<String>,
    /// Random forest: split search (exact, or hist: 255 quantile bins per feature).
    #[arg(long, value_enum, value_name = "exact|hist")]
    pub rf_split: Option<SplitArg>,
    /// Gradient boosting: trees.
    #[arg(long)]
    pub gbm_trees: Option<usize>,
    /// Gradient boosting: learning rate.
    #[arg(long)]
    pub gbm_lr: Option<f64>,
    /// Gradient boosting: tree depth.
    #[arg(long)]
    pub gbm_depth: Option<usize>,
    /// Gradient boosting: split search (exact, or hist: 255 quantile bins per feature).
    #[arg(long, value_enum, value_name = "exact|hist")]
    pub gbm_split: Option<SplitArg>,
    /// SVR: C.
    #[arg(long)]
    pub svr_c: Option<f64>,
    /// SVR: epsilon.
    #[arg(long)]
    pub svr_epsilon: Option<f64>,
    /// Folds K (2-20; per cluster variable when clustered).
    #[arg(long)]
    pub folds: Option<usize>,
    /// Repetitions of cross-fitting.
    #[arg(long)]
    pub n_rep: Option<usize>,
    /// Fold assignment.
    #[arg(long, value_enum)]
    pub fold_scheme: Option<FoldSchemeArg>,
    /// Fold-id column (implies --fold-scheme column): fold k = rows with the k-th smallest id.
    #[arg(long, value_name = "COL")]
    pub fold_column: Option<String>,
    /// Cluster-robust standard errors.
    #[arg(long, value_enum)]
    pub cluster: Option<ClusterArg>,
    /// Small-sample corrections of the SE, first-stage F, AR and tF sets.
    #[arg(long, value_enum)]
    pub small_sample: Option<SmallSampleArg>,
    /// Fixed effects.
    #[arg(long = "fe", value_enum)]
    pub fixed_effects: Option<FeArg>,
    /// Aggregation over repetitions.
    #[arg(long, value_enum)]
    pub aggregation: Option<AggregationArg>,
    /// Interpolate interior gaps within units (the study's missing-data rule).
    #[arg(long)]
    pub interpolate: bool,
    /// Columns to log (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "COL,...")]
    pub log: Vec<String>,
    /// Use the treatment of the previous year.
    #[arg(long)]
    pub lag_d: bool,
    /// Use instrument x lagged treatment as instrument (the study's IV).
    #[arg(long)]
    pub z_times_lag_d: bool,
    /// Winsorize controls at LO,HI percentiles (default 1,99).
    #[arg(long, value_name = "LO,HI", num_args = 0..=1, default_missing_value = "1,99")]
    pub winsorize: Option<String>,
    /// Add squared controls.
    #[arg(long)]
    pub squares: bool,
    /// Keep years FIRST-LAST.
    #[arg(long, value_name = "FIRST-LAST")]
    pub years: Option<String>,
    /// Seed.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Also estimate on subsamples: coastal, region3, or a numeric column (split at --threshold).
    #[arg(long, value_name = "coastal|region3|COL")]
    pub by: Option<String>,
    /// Threshold for --by COL (default: the median of the estimation sample).
    #[arg(long, value_name = "V")]
    pub threshold: Option<f64>,
    /// With --by COL: one group per distinct value instead of a threshold.
    #[arg(long)]
    pub by_values: bool,
    /// Also estimate DML of each mechanism variable on the treatment (the study's Table 8).
    #[arg(long, value_delimiter = ',', value_name = "COL,...")]
    pub mechanism: Vec<String>,
    /// Mediation analysis through COL: direct, indirect effect, share, bootstrap interval.
    #[arg(long, value_name = "COL")]
    pub mediation: Option<String>,
    /// Bootstrap replicates for --mediation.
    #[arg(long, default_value_t = 999)]
    pub bootstrap: usize,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Also write estimate.json, predictions.csv, table.txt and scenario.ron here.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Save the effective scenario (with the data's content hash).
    #[arg(long, value_name = "FILE")]
    pub save_scenario: Option<PathBuf>,
}

/// The default settings of the learner `kind` names.
pub fn spec_of(kind: LearnerArg) -> LearnerSpec {
    match kind {
        LearnerArg::Ols => LearnerSpec::Ols,
        LearnerArg::Lasso => LearnerKind::Lasso.default_spec(),
        LearnerArg::Rf => LearnerSpec::default(),
        LearnerArg::Gbm => LearnerKind::Boosting.default_spec(),
        LearnerArg::Svr => LearnerKind::Svr.default_spec(),
    }
}

/// `FLAG VALUE: expected ...`: `id` names the flag's message, which says what it expects.
fn bad(id: &'static str, value: &str) -> CliError {
    CliError::msg(id).arg("value", value)
}

/// Apply the flags to `s`.
pub fn apply(a: &RunArgs, s: &mut Scenario) -> Result<(), CliError> {
    if let Some(v) = &a.outcome {
        s.outcome = v.clone();
    }
    if let Some(v) = &a.treatment {
        s.treatment = v.clone();
    }
    if let Some(v) = &a.controls {
        s.controls = v.iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    }
    if let Some(v) = &a.instrument {
        s.instrument = Some(v.clone());
    }
    if let Some(m) = a.model {
        s.model = match m {
            ModelArg::Plr => Model::Plr,
            ModelArg::Pliv => Model::Pliv,
        };
    }
    if let Some(v) = a.score {
        s.score = match v {
            ScoreArg::PartiallingOut => Score::PartiallingOut,
            ScoreArg::IvType => Score::IvType,
        };
    }
    let per = [
        (Nuisance::L, a.learner_l),
        (Nuisance::M, a.learner_m),
        (Nuisance::R, a.learner_r),
        (Nuisance::G, a.learner_g),
    ];
    for (n, own) in per {
        if let Some(kind) = own.or(a.learner) {
            *s.learners.get_mut(n) = spec_of(kind);
        }
    }
    for n in [Nuisance::L, Nuisance::M, Nuisance::R, Nuisance::G] {
        settings(a, s.learners.get_mut(n))?;
    }
    if let Some(k) = a.folds {
        s.folds = k;
    }
    if let Some(r) = a.n_rep {
        s.n_rep = r;
    }
    match (a.fold_scheme, &a.fold_column) {
        (Some(FoldSchemeArg::Column) | None, Some(c)) => s.fold_scheme = FoldScheme::Column(c.clone()),
        (Some(FoldSchemeArg::Column), None) => match &s.fold_scheme {
            FoldScheme::Column(_) => {}
            _ => return Err(CliError::msg("cli-fold-scheme-needs-column")),
        },
        (Some(FoldSchemeArg::Random), None) => s.fold_scheme = FoldScheme::Random,
        (Some(FoldSchemeArg::Unit), None) => s.fold_scheme = FoldScheme::ByUnit,
        (Some(_), Some(_)) => {
            return Err(CliError::msg("cli-fold-column-needs-scheme"));
        }
        (None, None) => {}
    }
    if let Some(c) = a.cluster {
        s.cluster = match c {
            ClusterArg::None => Cluster::None,
            ClusterArg::Unit => Cluster::Unit,
            ClusterArg::UnitYear => Cluster::UnitYear,
        };
    }
    if let Some(c) = a.small_sample {
        s.small_sample = match c {
            SmallSampleArg::None => SmallSample { clusters: false, dof: false },
            SmallSampleArg::Clusters => SmallSample { clusters: true, dof: false },
            SmallSampleArg::Dof => SmallSample { clusters: false, dof: true },
            SmallSampleArg::Both => SmallSample { clusters: true, dof: true },
        };
    }
    if let Some(f) = a.fixed_effects {
        s.fixed_effects = match f {
            FeArg::None => FixedEffects::None,
            FeArg::Unit => FixedEffects::Unit,
            FeArg::Year => FixedEffects::Year,
            FeArg::UnitYear => FixedEffects::UnitYear,
            FeArg::Within => FixedEffects::Within,
        };
    }
    if let Some(g) = a.aggregation {
        s.aggregation = match g {
            AggregationArg::Doubleml => Aggregation::MedianBounds,
            AggregationArg::MedianVariance => Aggregation::MedianVariance,
        };
    }
    let t = &mut s.transforms;
    t.interpolate |= a.interpolate;
    t.log.extend(a.log.iter().filter(|c| !c.is_empty()).cloned());
    t.lag_treatment |= a.lag_d;
    t.instrument_times_lagged_treatment |= a.z_times_lag_d;
    t.square_controls |= a.squares;
    if let Some(w) = &a.winsorize {
        let parts: Vec<Option<f64>> = w.split(',').map(|x| x.trim().parse().ok()).collect();
        match parts[..] {
            [Some(lower), Some(upper)] => t.winsorize_controls = Some(Winsor { lower, upper }),
            _ => return Err(bad("cli-bad-winsorize", w)),
        }
    }
    if let Some(y) = &a.years {
        let parts: Vec<Option<i32>> = y.split('-').map(|x| x.trim().parse().ok()).collect();
        match parts[..] {
            [Some(first), Some(last)] if first <= last => s.filter.years = Some((first, last)),
            [Some(one)] => s.filter.years = Some((one, one)),
            _ => return Err(bad("cli-bad-years", y)),
        }
    }
    if let Some(seed) = a.seed {
        s.seed = seed;
    }
    Ok(())
}

fn settings(a: &RunArgs, spec: &mut LearnerSpec) -> Result<(), CliError> {
    match spec {
        LearnerSpec::Forest(p) => {
            if let Some(t) = a.rf_trees {
                p.n_trees = t;
            }
            if let Some(m) = a.rf_split {
                p.split = m.method();
            }
            if let Some(l) = a.rf_min_leaf {
                p.min_samples_leaf = l;
            }
            if let Some(d) = &a.rf_max_depth {
                p.max_depth = match d.as_str() {
                    "none" => None,
                    v => Some(v.parse().map_err(|_| bad("cli-bad-rf-max-depth", v))?),
                };
            }
            if let Some(f) = &a.rf_max_features {
                p.max_features = match f.as_str() {
                    "all" => MaxFeatures::All,
                    "sqrt" => MaxFeatures::Sqrt,
                    "log2" => MaxFeatures::Log2,
                    v => MaxFeatures::Fraction(v.parse().map_err(|_| bad("cli-bad-rf-max-features", v))?),
                };
            }
        }
        LearnerSpec::Boosting(p) => {
            if let Some(t) = a.gbm_trees {
                p.n_trees = t;
            }
            if let Some(m) = a.gbm_split {
                p.split = m.method();
            }
            if let Some(lr) = a.gbm_lr {
                p.learning_rate = lr;
            }
            if let Some(d) = a.gbm_depth {
                p.max_depth = d;
            }
        }
        LearnerSpec::Svr(p) => {
            if let Some(c) = a.svr_c {
                p.c = c;
            }
            if let Some(e) = a.svr_epsilon {
                p.epsilon = e;
            }
        }
        LearnerSpec::Ols | LearnerSpec::Lasso(_) => {}
    }
    Ok(())
}
