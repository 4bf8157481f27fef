//! The classroom lab: Monte Carlo experiments that show why double machine learning exists.
//!
//! A [`LabSpec`] names a data-generating process with a known effect ([`Process`]), its size and
//! the strength of confounding, and the estimation choices a teacher wants to vary (learner, K,
//! fold scheme, clustering, cross-fitting on or off). [`run_lab`] draws R data sets from the
//! process and estimates the effect on each with three estimators:
//!
//! | estimator | what it shows |
//! |---|---|
//! | naive OLS of Y on D and X | misses the effect when confounding is nonlinear |
//! | DML with OLS learners | cross-fitting alone does not remove nonlinear confounding |
//! | DML with the chosen learner | a flexible learner does |
//!
//! [`summarize`] reduces the estimates to bias, standard deviation, mean standard error and 95%
//! coverage against the truth. Every random choice derives from `spec.seed` through named
//! streams, and replications run one after another (each estimate parallel inside), so results
//! are bit-identical on any thread count.

mod process;
mod runner;
mod summary;

pub use process::{Draw, PANEL_YEARS, Process, THETA, draw, nonlinear};
pub use runner::{Estimator, LabError, LabSpec, Replication, run_lab, run_replications, same_rows_folds};
pub use summary::{LabSummary, summarize};
