//! The specification curve's settings: the sets the user ticks and every combination of them.
//!
//! Dimensions: model (PLR, or PLIV with the study's instrument x lagged treatment, as
//! Table 7's IV column) x learner x K x index (the scenario's, PCA) x winsorized controls x
//! squared controls x fixed effects x fold scheme. IV specifications carry their first-stage F,
//! AR and tF sets, all with the scenario's variance. An empty set means "the scenario's own setting",
//! so the default curve has one specification, the baseline. The count is the product of
//! the set sizes; [`SpecCurveSpec::count`] gives it before anything runs.

use super::plan::{IndexVariant, PCA_INDEX, baseline, iv_variant, learner_of_kind};
use crate::engine::dml::{FixedEffects, FoldScheme, Model};
use crate::engine::learners::LearnerKind;
use crate::engine::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// Most specifications one curve may have.
pub const MAX_SPECIFICATIONS: usize = 2000;

/// The sets ticked for a specification curve.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `learners` | [] (scenario's) | `Ols`, `Lasso`, `Forest`, `Boosting`, `Svr` | learner of every nuisance |
/// | `folds` | [] (scenario's) | 2..=20 each | K |
/// | `index` | [] (scenario's) | `AsScenario`, `Pca` | the treatment index |
/// | `winsorize` | [] (scenario's) | `false`, `true` | controls winsorized at 1% / 99% |
/// | `squares` | [] (scenario's) | `false`, `true` | squared controls added |
/// | `fixed_effects` | [] (scenario's) | `None`, `Unit`, `Year`, `UnitYear`, `Within` | fixed effects |
/// | `fold_schemes` | [] (scenario's) | `Random`, `ByUnit`, `Column("..")` | fold assignment |
/// | `models` | [] (PLR) | `Plr`, `Pliv` | PLR, or PLIV with the instrument x lagged treatment |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpecCurveSpec {
    /// Models (PLIV: the study's IV specification of Table 7).
    pub models: Vec<Model>,
    /// Learners.
    pub learners: Vec<LearnerKind>,
    /// Fold counts.
    pub folds: Vec<usize>,
    /// Index choices.
    pub index: Vec<IndexVariant>,
    /// Winsorizing on / off.
    pub winsorize: Vec<bool>,
    /// Squared controls on / off.
    pub squares: Vec<bool>,
    /// Fixed effects.
    pub fixed_effects: Vec<FixedEffects>,
    /// Fold schemes.
    pub fold_schemes: Vec<FoldScheme>,
}

/// Why a specification curve cannot be set up.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecCurveError {
    /// A K outside 2..=20.
    Folds(usize),
    /// Too many combinations.
    TooMany {
        /// Combinations asked for.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A value in the command-line form is not understood.
    Parse {
        /// Key.
        key: String,
        /// Offending value.
        value: String,
        /// What is accepted.
        expected: Expected,
    },
}

/// What a key of the command-line form accepts (named when a value is not understood).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// The `key=value,value` shape itself.
    KeyValue,
    /// `plr` or `pliv`.
    Model,
    /// A learner's command-line name.
    Learner,
    /// A whole number of folds.
    Folds,
    /// `entropy` or `pca`.
    Index,
    /// `yes` or `no`.
    YesNo,
    /// A fixed-effects choice.
    FixedEffects,
    /// A known key.
    Key,
}

/// One combination, with every dimension resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Specification {
    /// Model.
    pub model: Model,
    /// Learner of every nuisance.
    pub learner: LearnerKind,
    /// K.
    pub folds: usize,
    /// Treatment index.
    pub index: IndexVariant,
    /// Controls winsorized.
    pub winsorize: bool,
    /// Squared controls.
    pub squares: bool,
    /// Fixed effects.
    pub fixed_effects: FixedEffects,
    /// Fold assignment.
    pub fold_scheme: FoldScheme,
}

impl Specification {
    /// The scenario of this combination, built on `base` (the battery's baseline).
    pub fn scenario(&self, base: &Scenario) -> Scenario {
        let mut s = baseline(base);
        s.learners = learner_of_kind(&s, self.learner);
        s.folds = self.folds;
        if self.index == IndexVariant::Pca {
            s.treatment = PCA_INDEX.into();
        }
        s.transforms.winsorize_controls =
            if self.winsorize { Some(base.transforms.winsorize_controls.unwrap_or_default()) } else { None };
        s.transforms.square_controls = self.squares;
        s.fixed_effects = self.fixed_effects;
        s.fold_scheme = self.fold_scheme.clone();
        if self.model == Model::Pliv { iv_variant(&s, base) } else { s }
    }

    /// A compact label such as `rf, K=5, entropy, FE none, random`.
    pub fn label(&self) -> String {
        let mut parts =
            vec![self.learner.cli_name().to_string(), format!("K={}", self.folds), index_label(self.index).to_string()];
        if self.model == Model::Pliv {
            parts.insert(0, "PLIV".into());
        }
        if self.winsorize {
            parts.push("winsorized".into());
        }
        if self.squares {
            parts.push("squares".into());
        }
        parts.push(format!("FE {}", self.fixed_effects.cli_name()));
        parts.push(fold_scheme_label(&self.fold_scheme));
        parts.join(", ")
    }
}

/// `entropy` (the scenario's index) or `pca`.
pub fn index_label(i: IndexVariant) -> &'static str {
    match i {
        IndexVariant::AsScenario => "entropy",
        IndexVariant::Pca => "pca",
    }
}

/// `random`, `unit` or `column NAME`.
pub fn fold_scheme_label(f: &FoldScheme) -> String {
    match f {
        FoldScheme::Random => "random".into(),
        FoldScheme::ByUnit => "unit".into(),
        FoldScheme::Column(c) => format!("column {c}"),
    }
}

fn or_default<T: Clone>(v: &[T], d: T) -> Vec<T> {
    if v.is_empty() { vec![d] } else { v.to_vec() }
}

impl SpecCurveSpec {
    /// Number of combinations (empty sets count as one: the scenario's own setting).
    pub fn count(&self) -> usize {
        [
            self.models.len(),
            self.learners.len(),
            self.folds.len(),
            self.index.len(),
            self.winsorize.len(),
            self.squares.len(),
            self.fixed_effects.len(),
            self.fold_schemes.len(),
        ]
        .iter()
        .map(|&n| n.max(1))
        .fold(1usize, usize::saturating_mul)
    }

    /// Check the sets: K in range, not more than [`MAX_SPECIFICATIONS`] combinations.
    pub fn check(&self) -> Result<(), SpecCurveError> {
        if let Some(&k) = self.folds.iter().find(|k| !(2..=20).contains(*k)) {
            return Err(SpecCurveError::Folds(k));
        }
        let count = self.count();
        if count > MAX_SPECIFICATIONS {
            return Err(SpecCurveError::TooMany { count, max: MAX_SPECIFICATIONS });
        }
        Ok(())
    }

    /// Every combination, resolved against `base`. The index choice varies fastest, so
    /// neighbouring specifications share their outcome fits through the nuisance cache.
    pub fn specifications(&self, base: &Scenario) -> Vec<Specification> {
        let learners = or_default(&self.learners, base.learners.l.kind());
        let folds = or_default(&self.folds, base.folds);
        let index = or_default(&self.index, IndexVariant::AsScenario);
        let winsor = or_default(&self.winsorize, base.transforms.winsorize_controls.is_some());
        let squares = or_default(&self.squares, base.transforms.square_controls);
        let fes = or_default(&self.fixed_effects, base.fixed_effects);
        let schemes = or_default(&self.fold_schemes, base.fold_scheme.clone());
        let models = or_default(&self.models, Model::Plr);
        let mut out = Vec::with_capacity(self.count());
        for &model in &models {
            for &learner in &learners {
                for &k in &folds {
                    for scheme in &schemes {
                        for &fe in &fes {
                            for &w in &winsor {
                                for &sq in &squares {
                                    for &ix in &index {
                                        out.push(Specification {
                                            model,
                                            learner,
                                            folds: k,
                                            index: ix,
                                            winsorize: w,
                                            squares: sq,
                                            fixed_effects: fe,
                                            fold_scheme: scheme.clone(),
                                        });
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// Parse the command-line form `model=plr,pliv;learners=rf,gbm;k=4,5,8;index=entropy,pca;
    /// winsor=no,yes;squares=no,yes;fe=none,unit-year;folds=random,unit` (keys in any order,
    /// each optional).
    pub fn parse(text: &str) -> Result<SpecCurveSpec, SpecCurveError> {
        let mut s = SpecCurveSpec::default();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, values) = part.split_once('=').ok_or_else(|| SpecCurveError::Parse {
                key: part.into(),
                value: String::new(),
                expected: Expected::KeyValue,
            })?;
            let key = key.trim().to_ascii_lowercase();
            for v in values.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                let bad = |expected| SpecCurveError::Parse { key: key.clone(), value: v.into(), expected };
                match key.as_str() {
                    "model" | "models" => s.models.push(match v {
                        "plr" => Model::Plr,
                        "pliv" | "iv" => Model::Pliv,
                        _ => return Err(bad(Expected::Model)),
                    }),
                    "learners" | "learner" => {
                        s.learners.push(LearnerKind::from_cli_name(v).ok_or_else(|| bad(Expected::Learner))?)
                    }
                    "k" => s.folds.push(v.parse().map_err(|_| bad(Expected::Folds))?),
                    "index" => s.index.push(match v {
                        "entropy" | "scenario" => IndexVariant::AsScenario,
                        "pca" => IndexVariant::Pca,
                        _ => return Err(bad(Expected::Index)),
                    }),
                    "winsor" | "winsorize" => s.winsorize.push(yes_no(v).ok_or_else(|| bad(Expected::YesNo))?),
                    "squares" => s.squares.push(yes_no(v).ok_or_else(|| bad(Expected::YesNo))?),
                    "fe" => s.fixed_effects.push(match v {
                        "none" => FixedEffects::None,
                        "unit" => FixedEffects::Unit,
                        "year" => FixedEffects::Year,
                        "unit-year" => FixedEffects::UnitYear,
                        "within" => FixedEffects::Within,
                        _ => return Err(bad(Expected::FixedEffects)),
                    }),
                    "folds" | "scheme" => s.fold_schemes.push(match v {
                        "random" => FoldScheme::Random,
                        "unit" => FoldScheme::ByUnit,
                        col => FoldScheme::Column(col.to_string()),
                    }),
                    _ => return Err(bad(Expected::Key)),
                }
            }
        }
        s.check()?;
        Ok(s)
    }
}

fn yes_no(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "yes" | "on" | "true" | "1" => Some(true),
        "no" | "off" | "false" | "0" => Some(false),
        _ => None,
    }
}
