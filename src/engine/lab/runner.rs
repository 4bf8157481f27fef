//! Running a lab experiment: R replications, three estimators each, reported as they finish.

use super::process::{Draw, Process, draw};
use crate::engine::allowed::Allowed;
use crate::engine::dml::folds::{ClusterSplit, Folds};
use crate::engine::dml::montecarlo::naive_ols;
use crate::engine::dml::{
    Aggregation, Cluster, DmlError, FoldScheme, Learners, Model, Score, Settings, SmallSample, make_folds,
    run_with_folds,
};
use crate::engine::learners::LearnerSpec;
use crate::engine::rng::{rng_for, stream};
use std::sync::atomic::{AtomicBool, Ordering};

/// Stream of the estimators' seeds: `rng_for(seed, &[LEARNER, LAB_FITS, replication])`.
const LAB_FITS: u64 = 18;

/// Largest number of replications one experiment runs.
pub const MAX_REPLICATIONS: usize = 5_000;

/// A lab experiment.
///
/// | field | default | range | meaning |
/// |---|---|---|---|
/// | `process` | nonlinear | sample, nonlinear, panel | the data-generating process |
/// | `n` | 500 | 40-100,000 | rows per data set (units x years for the panel processes) |
/// | `confounding` | 1 | 0-3 | strength `c` of the nonlinear confounding (not for the sample) |
/// | `learner` | RF 500 | any learner | the flexible learner of the third estimator |
/// | `folds` | 5 | 2-20 | cross-fitting folds K |
/// | `fold_scheme` | random | random, by unit | how rows are dealt to folds |
/// | `cluster` | none | none, unit | standard errors |
/// | `cross_fitting` | on | on, off | off fits the nuisances on the rows they predict (wrong in practice) |
/// | `replications` | 100 | 2-5,000 | data sets drawn |
/// | `seed` | 42 | any | drives every draw and fit |
#[derive(Clone, Debug, PartialEq)]
pub struct LabSpec {
    /// Data-generating process.
    pub process: Process,
    /// Rows per data set.
    pub n: usize,
    /// Confounding strength `c`.
    pub confounding: f64,
    /// Learner of the flexible DML estimator.
    pub learner: LearnerSpec,
    /// Folds K.
    pub folds: usize,
    /// Fold assignment.
    pub fold_scheme: FoldScheme,
    /// Clustering of the standard errors.
    pub cluster: Cluster,
    /// Cross-fitting (off: nuisances fitted and evaluated on the same rows).
    pub cross_fitting: bool,
    /// Replications R.
    pub replications: usize,
    /// Master seed.
    pub seed: u64,
}

impl Default for LabSpec {
    fn default() -> Self {
        LabSpec {
            process: Process::Nonlinear,
            n: 500,
            confounding: 1.0,
            learner: LearnerSpec::default(),
            folds: 5,
            fold_scheme: FoldScheme::Random,
            cluster: Cluster::None,
            cross_fitting: true,
            replications: 100,
            seed: 42,
        }
    }
}

/// The three estimators, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Estimator {
    /// OLS of Y on D and X with classical standard errors.
    NaiveOls,
    /// DML (PLR, partialling out) with OLS for both nuisances.
    DmlOls,
    /// DML with the experiment's learner for both nuisances.
    DmlLearner,
}

impl Estimator {
    /// All three, in report order.
    pub const ALL: [Estimator; 3] = [Estimator::NaiveOls, Estimator::DmlOls, Estimator::DmlLearner];
}

/// One replication's estimates `(theta, se)` by [`Estimator::ALL`] order, and its truth.
#[derive(Clone, Debug, PartialEq)]
pub struct Replication {
    /// Index of the replication (0-based).
    pub index: usize,
    /// Rows of this data set (after the sample process's listwise deletion).
    pub rows: usize,
    /// The true effect of this data set.
    pub truth: f64,
    /// `(theta, se)` of naive OLS, DML with OLS, DML with the learner.
    pub estimates: [(f64, f64); 3],
}

/// Why an experiment cannot run.
#[derive(Debug, Clone, PartialEq)]
pub enum LabError {
    /// A setting is out of range.
    Setting {
        /// Setting name.
        name: &'static str,
        /// Value given.
        value: String,
        /// Allowed range.
        reason: crate::engine::allowed::Allowed,
    },
    /// The sample process's generated data did not import (its validation report).
    DataImport(Box<crate::engine::data::Report>),
    /// The study's scenario does not fit the sample process's data.
    DataSpec(Vec<crate::engine::scenario::SpecError>),
    /// An estimate failed.
    Estimate {
        /// Replication index.
        replication: usize,
        /// What went wrong.
        source: DmlError,
    },
    /// The run was cancelled.
    Cancelled,
}

impl LabSpec {
    /// Check the settings once (linfa's `check`): ranges, and choices the process supports.
    pub fn check(&self) -> Result<(), LabError> {
        let bad = |name, value: String, reason| Err(LabError::Setting { name, value, reason });
        if !(40..=100_000).contains(&self.n) {
            return bad("n", self.n.to_string(), Allowed::Between(40, 100_000));
        }
        if !(0.0..=3.0).contains(&self.confounding) {
            return bad("confounding", self.confounding.to_string(), Allowed::BetweenReal(0.0, 3.0));
        }
        if !(2..=20).contains(&self.folds) {
            return bad("folds", self.folds.to_string(), Allowed::Between(2, 20));
        }
        if !(2..=MAX_REPLICATIONS).contains(&self.replications) {
            return bad("replications", self.replications.to_string(), Allowed::Between(2, MAX_REPLICATIONS as u64));
        }
        if !self.process.has_units() && (self.cluster != Cluster::None || self.fold_scheme != FoldScheme::Random) {
            return bad("cluster", format!("{:?}", self.cluster), Allowed::NonlinearNoUnits);
        }
        if matches!(self.fold_scheme, FoldScheme::Column(_)) {
            return bad("fold_scheme", "column".into(), Allowed::LabFoldScheme);
        }
        if self.cluster == Cluster::UnitYear {
            return bad("cluster", "unit-year".into(), Allowed::LabCluster);
        }
        Ok(())
    }

    fn settings(&self, learner: &LearnerSpec, seed: u64) -> Settings {
        Settings {
            model: Model::Plr,
            score: Score::PartiallingOut,
            learners: Learners::all(learner.clone()),
            folds: self.folds,
            n_rep: 1,
            fold_scheme: self.fold_scheme.clone(),
            cluster: self.cluster,
            aggregation: Aggregation::default(),
            small_sample: SmallSample::default(),
            seed,
        }
    }
}

/// Folds that do no cross-fitting: one "fold" that trains and tests on every row (the teaching
/// option that shows the overfitting bias). Cluster information of `folds` is kept, with all
/// clusters in the one test set, so clustered standard errors stay defined.
pub fn same_rows_folds(folds: &Folds, n: usize) -> Folds {
    let all: Vec<usize> = (0..n).collect();
    let clusters = folds.clusters.as_ref().map(|c| ClusterSplit {
        ids: c.ids.clone(),
        n_clusters: c.n_clusters.clone(),
        test_clusters: vec![c.n_clusters.iter().map(|&g| (0..g as u32).collect()).collect()],
        folds_per_var: 1,
    });
    Folds { test: vec![all.clone()], train: vec![all], clusters }
}

fn dml(
    spec: &LabSpec,
    draw: &Draw,
    learner: &LearnerSpec,
    seed: u64,
    cancel: &AtomicBool,
) -> Result<(f64, f64), DmlError> {
    let s = spec.settings(learner, seed);
    let mut folds = make_folds(&draw.design, &s, 0)?;
    if !spec.cross_fitting {
        folds = same_rows_folds(&folds, draw.design.n());
    }
    let e = run_with_folds(&draw.design, &s, &[folds], &|_| {}, cancel, None)?;
    Ok((e.inference.theta, e.inference.se))
}

/// Run the experiment: replications in order, `on_replication` hears each as it finishes (for
/// live histograms), and the whole list is returned. Cancelling stops between fits.
pub fn run_lab(
    spec: &LabSpec,
    on_replication: &dyn Fn(&Replication),
    cancel: &AtomicBool,
) -> Result<Vec<Replication>, LabError> {
    spec.check()?;
    let mut out = Vec::with_capacity(spec.replications);
    for r in 0..spec.replications {
        if cancel.load(Ordering::Relaxed) {
            return Err(LabError::Cancelled);
        }
        let data = draw(spec.process, spec.n, spec.confounding, spec.seed, r as u64)?;
        let fit_seed = rng_for(spec.seed, &[stream::LEARNER, LAB_FITS, r as u64]).next_u64();
        let wrap = |source| match source {
            DmlError::Cancelled => LabError::Cancelled,
            source => LabError::Estimate { replication: r, source },
        };
        let ols = dml(spec, &data, &LearnerSpec::Ols, fit_seed, cancel).map_err(wrap)?;
        let flexible = dml(spec, &data, &spec.learner, fit_seed, cancel).map_err(wrap)?;
        let rep = Replication {
            index: r,
            rows: data.design.n(),
            truth: data.truth,
            estimates: [naive_ols(&data.design), ols, flexible],
        };
        on_replication(&rep);
        out.push(rep);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick(process: Process) -> LabSpec {
        LabSpec { process, n: 200, learner: LearnerSpec::Ols, replications: 3, ..LabSpec::default() }
    }

    #[test]
    fn settings_out_of_range_are_refused_with_their_name() {
        let e = LabSpec { folds: 1, ..quick(Process::Nonlinear) }.check().unwrap_err();
        assert!(e.to_string().starts_with("folds = 1"), "{e}");
        let e = LabSpec { cluster: Cluster::Unit, ..quick(Process::Nonlinear) }.check().unwrap_err();
        assert!(e.to_string().contains("no units"), "{e}");
        assert!(LabSpec { cluster: Cluster::Unit, ..quick(Process::Panel) }.check().is_ok());
    }

    #[test]
    fn with_ols_learners_both_dml_estimators_agree_and_each_replication_reports_once() {
        let seen = std::sync::Mutex::new(Vec::new());
        let reps =
            run_lab(&quick(Process::Nonlinear), &|r| seen.lock().unwrap().push(r.index), &AtomicBool::new(false))
                .unwrap();
        assert_eq!(*seen.lock().unwrap(), vec![0, 1, 2]);
        for r in &reps {
            assert_eq!(r.estimates[1], r.estimates[2], "same learner, same folds, same seed");
            assert!(r.estimates[0].1 > 0.0);
        }
    }

    #[test]
    fn no_cross_fitting_trains_on_the_rows_it_predicts() {
        let folds = Folds::random(10, 5, &mut rng_for(1, &[stream::FOLDS, 0])).unwrap();
        let same = same_rows_folds(&folds, 10);
        assert_eq!(same.test, vec![(0..10).collect::<Vec<_>>()]);
        assert_eq!(same.train, same.test);
        let a = run_lab(&quick(Process::Nonlinear), &|_| {}, &AtomicBool::new(false)).unwrap();
        let b =
            run_lab(&LabSpec { cross_fitting: false, ..quick(Process::Nonlinear) }, &|_| {}, &AtomicBool::new(false))
                .unwrap();
        assert_ne!(a[0].estimates[1], b[0].estimates[1]);
    }

    #[test]
    fn a_cancelled_run_stops() {
        let cancel = AtomicBool::new(true);
        assert_eq!(run_lab(&quick(Process::Nonlinear), &|_| {}, &cancel), Err(LabError::Cancelled));
    }
}
