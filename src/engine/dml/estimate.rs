//! One DML estimate on a design, in DoubleML's three steps: cross-fit the nuisances (every
//! repetition, in parallel), solve the score per repetition, then inference and aggregation.

use super::cache::NuisanceCache;
use super::crossfit::{Context, CrossFitted, Job, Progress, cross_fit, fit_quality};
use super::design::Design;
use super::error::DmlError;
use super::folds::{Folds, check_clusters, kfold_assignment};
use super::inference::{aggregate, wald_intervals};
use super::iv::{RepInputs, iv_inference, notes as inference_notes};
use super::result::{Estimate, NuisanceReport, RepEstimate};
use super::score::{ScoreElements, psi, solve_theta};
use super::spec::{Aggregation, Cluster, FoldScheme, Learners, Model, Nuisance, Score, SmallSample, nuisances};
use super::variance::ScoreVariance;
use super::{pliv, plr};
use crate::engine::allowed::Allowed;
use crate::engine::rng::{rng_for, stream};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Estimation settings (checked by scenario validation before they get here).
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Model.
    pub model: Model,
    /// Score.
    pub score: Score,
    /// Learner per nuisance.
    pub learners: Learners,
    /// Folds K (per cluster variable with clustering).
    pub folds: usize,
    /// Repetitions of cross-fitting.
    pub n_rep: usize,
    /// Fold assignment.
    pub fold_scheme: FoldScheme,
    /// Clustering.
    pub cluster: Cluster,
    /// Aggregation over repetitions.
    pub aggregation: Aggregation,
    /// Small-sample corrections of every variance (off: DoubleML's).
    pub small_sample: SmallSample,
    /// Master seed.
    pub seed: u64,
}

/// The folds of repetition `rep`, drawn from `rng_for(seed, &[FOLDS, rep])`.
///
/// With clustering, folds are drawn by cluster as DoubleML does: by unit (one-way; a fold
/// column must then be constant within units), or the K x K product of unit and year folds.
pub fn make_folds(design: &Design, s: &Settings, rep: usize) -> Result<Folds, DmlError> {
    let mut rng = rng_for(s.seed, &[stream::FOLDS, rep as u64]);
    let k = s.folds;
    let n = design.n();
    let units = || design.units.as_ref().ok_or(DmlError::NoClusterColumn("unit"));
    let folds = match (s.cluster, &s.fold_scheme) {
        (Cluster::None, FoldScheme::Random) => Folds::random(n, k, &mut rng)?,
        (Cluster::None, FoldScheme::ByUnit) => Folds::by_groups(units()?, design.unit_labels.len(), k, &mut rng)?,
        (Cluster::UnitYear, FoldScheme::Column(_)) => {
            return Err(DmlError::Setting {
                name: "fold_scheme",
                value: "column".into(),
                reason: Allowed::TwoWayOwnFolds,
            });
        }
        (_, FoldScheme::Column(name)) => {
            let ids = design.fold_ids.as_ref().ok_or_else(|| DmlError::Setting {
                name: "fold_column",
                value: name.clone(),
                reason: Allowed::FoldColumnNeeded,
            })?;
            if s.cluster == Cluster::None {
                Folds::from_ids(ids)
            } else {
                one_way_from_column(design, units()?, ids, name)?
            }
        }
        (Cluster::Unit, _) => {
            let nu = design.unit_labels.len();
            check_clusters(nu, k, "units")?;
            let uf = kfold_assignment(nu, k, &mut rng);
            Folds::one_way(units()?, nu, &uf, k)
        }
        (Cluster::UnitYear, _) => {
            let years = design.years.as_ref().ok_or(DmlError::NoClusterColumn("year"))?;
            let (nu, ny) = (design.unit_labels.len(), design.year_values.len());
            check_clusters(nu, k, "units")?;
            check_clusters(ny, k, "years")?;
            let uf = kfold_assignment(nu, k, &mut rng);
            let yf = kfold_assignment(ny, k, &mut rng);
            Folds::two_way(units()?, nu, &uf, years, ny, &yf, k)
        }
    };
    folds.check_nonempty()?;
    Ok(folds)
}

fn one_way_from_column(design: &Design, units: &[u32], ids: &[f64], column: &str) -> Result<Folds, DmlError> {
    let nu = design.unit_labels.len();
    let mut unit_id = vec![f64::NAN; nu];
    for (&u, &v) in units.iter().zip(ids) {
        let slot = &mut unit_id[u as usize];
        if slot.is_nan() {
            *slot = v;
        } else if *slot != v {
            return Err(DmlError::FoldColumnSplitsCluster {
                column: column.to_string(),
                unit: design.unit_labels[u as usize].clone(),
            });
        }
    }
    let by_id = Folds::from_ids(&unit_id);
    let mut unit_fold = vec![0; nu];
    for (f, members) in by_id.test.iter().enumerate() {
        for &u in members {
            unit_fold[u] = f;
        }
    }
    Ok(Folds::one_way(units, nu, &unit_fold, by_id.k()))
}

/// The naive OLS beside a PLR estimate (see [`super::result::NaiveOls`]); skipped for PLIV and
/// for designs where `n k^2 > 2e9` (it would cost more than it tells).
fn naive_ols(design: &Design, model: Model) -> Option<super::result::NaiveOls> {
    let (n, k) = (design.n() as f64, design.x.ncols() as f64 + 2.0);
    if model != Model::Plr || n * k * k > 2e9 {
        return None;
    }
    let (theta, se) = super::montecarlo::naive_ols(design);
    (theta.is_finite() && se.is_finite()).then_some(super::result::NaiveOls { theta, se })
}

/// Estimate with folds drawn by [`make_folds`].
pub fn run(
    design: &Design,
    s: &Settings,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: Option<&NuisanceCache>,
) -> Result<Estimate, DmlError> {
    if !(1..=100).contains(&s.n_rep) {
        return Err(DmlError::Setting { name: "n_rep", value: s.n_rep.to_string(), reason: Allowed::Between(1, 100) });
    }
    let folds = (0..s.n_rep).map(|r| make_folds(design, s, r)).collect::<Result<Vec<_>, _>>()?;
    run_with_folds(design, s, &folds, progress, cancel, cache)
}

fn target(design: &Design, model: Model, n: Nuisance) -> (&[f64], &'static str) {
    match (n, model, design.z.as_deref()) {
        (Nuisance::L, _, _) => (&design.y, "Y"),
        (Nuisance::M, Model::Pliv, Some(z)) => (z, "Z"),
        (Nuisance::M, _, _) | (Nuisance::R, _, _) => (&design.d, "D"),
        (Nuisance::G, _, _) => (&design.y, "Y - theta_init D"),
    }
}

/// Estimate with the given folds, one entry per repetition (the fixtures use this to pass
/// DoubleML's folds). `label`, `notes` and `fingerprint` are left for the caller.
pub fn run_with_folds(
    design: &Design,
    s: &Settings,
    folds: &[Folds],
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: Option<&NuisanceCache>,
) -> Result<Estimate, DmlError> {
    let z = match (s.model, design.z.as_deref()) {
        (Model::Pliv, None) => {
            return Err(DmlError::Setting {
                name: "instrument",
                value: "none".into(),
                reason: Allowed::InstrumentNeeded,
            });
        }
        (_, z) => z,
    };
    if folds.is_empty() {
        return Err(DmlError::Setting { name: "n_rep", value: "0".into(), reason: Allowed::AtLeast(1) });
    }
    for f in folds {
        f.check_nonempty()?;
    }
    let need = nuisances(s.model, s.score);
    let total = folds.iter().map(|f| f.k()).sum::<usize>() * need.len();
    let ctx = Context::new(s.seed, total, progress, cancel, cache);
    let stage1: Vec<Nuisance> = need.iter().copied().filter(|n| *n != Nuisance::G).collect();
    let jobs1: Vec<Job> = folds
        .iter()
        .enumerate()
        .flat_map(|(rep, f)| {
            stage1.iter().map(move |&nu| Job {
                rep,
                nuisance: nu,
                learner: s.learners.get(nu),
                target: target(design, s.model, nu).0,
                folds: f,
            })
        })
        .collect();
    let res1 = cross_fit(&design.x, &jobs1, &ctx)?;
    let per_rep = stage1.len();
    let pred = |rep: usize, nu: Nuisance| -> &[f64] {
        let i = stage1.iter().position(|&x| x == nu).unwrap_or(0);
        &res1[rep * per_rep + i].pred
    };
    let (y, d) = (&design.y[..], &design.d[..]);
    let g_targets: Vec<Vec<f64>> = if s.score == Score::IvType {
        (0..folds.len())
            .map(|r| match (s.model, z) {
                (Model::Pliv, Some(z)) => {
                    pliv::g_target(y, d, z, pred(r, Nuisance::L), pred(r, Nuisance::M), pred(r, Nuisance::R))
                }
                _ => plr::g_target(y, d, pred(r, Nuisance::L), pred(r, Nuisance::M)),
            })
            .collect()
    } else {
        Vec::new()
    };
    let jobs2: Vec<Job> = g_targets
        .iter()
        .enumerate()
        .map(|(rep, t)| Job { rep, nuisance: Nuisance::G, learner: &s.learners.g, target: t, folds: &folds[rep] })
        .collect();
    let res2: Vec<Arc<CrossFitted>> = if jobs2.is_empty() { Vec::new() } else { cross_fit(&design.x, &jobs2, &ctx)? };

    let elements: Vec<ScoreElements> = (0..folds.len())
        .map(|r| match (s.model, s.score, z) {
            (Model::Plr, Score::PartiallingOut, _) => {
                plr::partialling_out(y, d, pred(r, Nuisance::L), pred(r, Nuisance::M))
            }
            (Model::Plr, Score::IvType, _) => plr::iv_type(y, d, pred(r, Nuisance::M), &res2[r].pred),
            (Model::Pliv, Score::PartiallingOut, Some(z)) => {
                pliv::partialling_out(y, d, z, pred(r, Nuisance::L), pred(r, Nuisance::M), pred(r, Nuisance::R))
            }
            (Model::Pliv, _, Some(z)) => pliv::iv_type(y, d, z, pred(r, Nuisance::M), &res2[r].pred),
            (Model::Pliv, _, None) => ScoreElements { psi_a: vec![], psi_b: vec![] },
        })
        .collect();
    let what = if s.model == Model::Pliv { "instrument" } else { "treatment" };
    let mut reps = Vec::with_capacity(folds.len());
    let mut scaling = design.n() as f64;
    for (el, f) in elements.iter().zip(folds) {
        let theta = solve_theta(el, f, what)?;
        let v = ScoreVariance::new(f, s.small_sample);
        scaling = v.scaling();
        reps.push(RepEstimate { theta, se: v.estimator_variance(&psi(el, theta), &el.psi_a).sqrt() });
    }
    let thetas: Vec<f64> = reps.iter().map(|r| r.theta).collect();
    let ses: Vec<f64> = reps.iter().map(|r| r.se).collect();
    let inference = aggregate(&thetas, &ses, scaling, s.aggregation);
    let wald = wald_intervals(&thetas, &ses, inference.se, s.aggregation);

    let nuisance = need
        .iter()
        .map(|&nu| {
            let cf = |r: usize| -> (&[f64], &[f64]) {
                if nu == Nuisance::G {
                    (&g_targets[r], &res2[r].pred)
                } else {
                    (target(design, s.model, nu).0, pred(r, nu))
                }
            };
            let (mut rmse, mut r2) = (Vec::new(), Vec::new());
            for r in 0..folds.len() {
                let (t, p) = cf(r);
                let (a, b) = fit_quality(t, p);
                rmse.push(a);
                r2.push(b);
            }
            let (t, p) = cf(0);
            let notes = if nu == Nuisance::G {
                res2[0].notes.clone()
            } else {
                res1[stage1.iter().position(|&x| x == nu).unwrap_or(0)].notes.clone()
            };
            NuisanceReport {
                nuisance: nu,
                learner: s.learners.get(nu).describe(),
                spec: s.learners.get(nu).clone(),
                target: target(design, s.model, nu).1.to_string(),
                rmse,
                r2,
                targets: t.to_vec(),
                predictions: p.to_vec(),
                residuals: t.iter().zip(p).map(|(t, p)| t - p).collect(),
                notes,
            }
        })
        .collect();

    let iv = match (s.model, z) {
        (Model::Pliv, Some(z)) => {
            let inputs: Vec<RepInputs> = (0..folds.len())
                .map(|r| RepInputs {
                    elements: &elements[r],
                    w: d.iter().zip(pred(r, Nuisance::R)).map(|(d, p)| d - p).collect(),
                    v: z.iter().zip(pred(r, Nuisance::M)).map(|(z, m)| z - m).collect(),
                    variance: ScoreVariance::new(&folds[r], s.small_sample),
                })
                .collect();
            Some(iv_inference(&inputs, &inference, wald))
        }
        _ => None,
    };
    let n_clusters: Vec<usize> =
        folds.first().and_then(|f| f.clusters.as_ref()).map(|c| c.n_clusters.clone()).unwrap_or_default();
    let mut fold_of_row = vec![0; design.n()];
    if let Some(f0) = folds.first() {
        for (k, t) in f0.test.iter().enumerate() {
            for &r in t {
                fold_of_row[r] = k;
            }
        }
    }
    Ok(Estimate {
        naive_ols: naive_ols(design, s.model),
        label: String::new(),
        model: s.model,
        score: s.score,
        outcome: design.roles.outcome.clone(),
        treatment: design.roles.treatment.clone(),
        instrument: design.roles.instrument.clone(),
        controls: design.x_names.clone(),
        inference,
        n: design.n(),
        folds: folds.first().map_or(0, |f| f.k()),
        n_rep: folds.len(),
        cluster: s.cluster,
        inference_notes: inference_notes(&n_clusters, iv.as_ref(), folds.len()),
        n_clusters,
        small_sample: s.small_sample,
        wald,
        reps,
        nuisance,
        rows: design.rows.clone(),
        fold_of_row,
        iv,
        notes: Vec::new(),
        spec_notes: Vec::new(),
        fingerprint: 0,
    })
}
