//! Double/debiased machine learning (SPEC §4): cross-fitting, PLR and PLIV scores, inference.
//!
//! The steps follow DoubleML (Bach et al. 2022) and are checked against it
//! (`tests/dml_doubleml.rs`, fixtures made by `tests/fixtures/dml/make_fixtures.py`):
//! [`design`] turns a panel and the variable roles into arrays; [`folds`] draws the
//! cross-fitting split; [`crossfit`] fits every nuisance out of fold; [`plr`] and [`pliv`]
//! turn predictions into score elements; [`score`] solves theta (DML2); [`variance`] is the one
//! variance (independent rows, one-way or two-way clusters, small-sample corrections) that
//! [`inference`] (standard errors, aggregation over repetitions) and the PLIV statistics of
//! [`iv`] share: [`diagnostics`] (first stage, Anderson-Rubin set) and [`tf`] (the tF
//! critical value of Lee, McCrary, Moreira and Porter 2022).

pub mod bench;
pub mod cache;
pub mod crossfit;
pub mod design;
pub mod diagnostics;
pub mod entry;
pub mod error;
pub mod estimate;
pub mod folds;
pub mod heterogeneity;
pub mod inference;
pub mod iv;
pub mod mediation;
pub mod montecarlo;
pub mod normal;
pub mod pliv;
pub mod pliv_bench;
pub mod plr;
pub mod result;
pub mod score;
pub mod spec;
pub mod tf;
pub mod variance;

pub use cache::NuisanceCache;
pub use crossfit::Progress;
pub use design::{Design, DesignSpec, Roles};
pub use entry::{estimate, estimate_cached};
pub use error::DmlError;
pub use estimate::{Settings, make_folds, run, run_with_folds};
pub use result::{Estimate, NaiveOls, NuisanceReport, RepEstimate};
pub use spec::{Aggregation, Cluster, FixedEffects, FoldScheme, Learners, Model, Nuisance, Score, SmallSample};
