//! Cross-fitting: every nuisance function is fitted on the training rows of each fold and
//! predicts that fold's test rows, so no row is predicted by a model that saw it.
//!
//! All (repetition, nuisance, fold) fits of a stage run in parallel with rayon. Each fit draws
//! its seed from `rng_for(seed, &[LEARNER, rep, nuisance, fold])` and writes into its own slot,
//! so results are bit-identical at any thread count. A cancel flag is checked before every fit
//! and inside long ones (the forest before each tree, SVR every 256 solver iterations);
//! a progress callback hears about every finished fit.
//!
//! The fits of one fold (same training rows, same features; `l`, `m`, `r` differ only in the
//! target) share one [`Prepared`]: the forest's presorted rows or the histogram learners' bins
//! are computed once per fold instead of once per fit. Fits are bit for bit the same.

use super::cache::{CacheKey, NuisanceCache};
use super::error::DmlError;
use super::folds::Folds;
use super::spec::Nuisance;
use crate::engine::learners::{Features, LearnerError, LearnerSpec, Needs, Prepared};
use crate::engine::rng::{rng_for, stream};
use rayon::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Progress of a run: fits finished out of the fits planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Fits finished (including fits reused from the cache).
    pub done: usize,
    /// Fits planned.
    pub total: usize,
}

/// One nuisance function of one repetition to cross-fit.
pub struct Job<'a> {
    /// Repetition (0-based).
    pub rep: usize,
    /// Which nuisance.
    pub nuisance: Nuisance,
    /// Its learner.
    pub learner: &'a LearnerSpec,
    /// The target, one value per design row.
    pub target: &'a [f64],
    /// The folds of this repetition.
    pub folds: &'a Folds,
}

/// Out-of-fold predictions of one job.
#[derive(Clone, Debug, PartialEq)]
pub struct CrossFitted {
    /// Prediction for every design row, made by the model of the fold that tests it.
    pub pred: Vec<f64>,
    /// Learner notes (deduplicated, in fold order).
    pub notes: Vec<crate::engine::learners::LearnerRemark>,
}

/// Shared state of one estimation run.
pub struct Context<'a> {
    /// Master seed.
    pub seed: u64,
    /// Called after every fit (from worker threads).
    pub progress: &'a (dyn Fn(Progress) + Sync),
    /// Set to stop the run between fits.
    pub cancel: &'a AtomicBool,
    /// Results of earlier runs to reuse.
    pub cache: Option<&'a NuisanceCache>,
    /// Fits planned in the whole run.
    pub total: usize,
    done: AtomicUsize,
}

impl<'a> Context<'a> {
    /// A context planning `total` fits.
    pub fn new(
        seed: u64,
        total: usize,
        progress: &'a (dyn Fn(Progress) + Sync),
        cancel: &'a AtomicBool,
        cache: Option<&'a NuisanceCache>,
    ) -> Self {
        Context { seed, progress, cancel, cache, total, done: AtomicUsize::new(0) }
    }

    fn tick(&self, n: usize) {
        let done = self.done.fetch_add(n, Ordering::Relaxed) + n;
        (self.progress)(Progress { done, total: self.total });
    }
}

/// The seed of one fit.
pub fn fit_seed(seed: u64, rep: usize, nuisance: Nuisance, fold: usize) -> u64 {
    rng_for(seed, &[stream::LEARNER, rep as u64, nuisance.code(), fold as u64]).next_u64()
}

type FoldResult = Result<(Vec<f64>, Vec<crate::engine::learners::LearnerRemark>), DmlError>;

/// Cross-fit `jobs` on `x`; results in job order. Jobs found in the cache are not refitted.
pub fn cross_fit(x: &Features, jobs: &[Job], ctx: &Context) -> Result<Vec<Arc<CrossFitted>>, DmlError> {
    let x_hash = ctx.cache.map(|_| super::cache::hash_matrix(x));
    let mut results: Vec<Option<Arc<CrossFitted>>> = vec![None; jobs.len()];
    let mut keys: Vec<Option<CacheKey>> = vec![None; jobs.len()];
    if let (Some(cache), Some(xh)) = (ctx.cache, x_hash) {
        for (i, job) in jobs.iter().enumerate() {
            let key = CacheKey::new(xh, job, ctx.seed);
            if let Some(hit) = cache.get(&key) {
                ctx.tick(job.folds.k());
                results[i] = Some(hit);
            }
            keys[i] = Some(key);
        }
    }
    let tasks: Vec<(usize, usize)> = jobs
        .iter()
        .enumerate()
        .filter(|(i, _)| results[*i].is_none())
        .flat_map(|(i, job)| (0..job.folds.k()).map(move |f| (i, f)))
        .collect();
    // Tasks on the same training rows (same folds, same fold), in task order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (t, &(i, f)) in tasks.iter().enumerate() {
        let same = |g: &Vec<usize>| {
            let (i0, f0) = tasks[g[0]];
            f0 == f && std::ptr::eq(jobs[i0].folds, jobs[i].folds)
        };
        match groups.iter_mut().find(|g| same(g)) {
            Some(g) => g.push(t),
            None => groups.push(vec![t]),
        }
    }
    let per_group: Vec<Vec<(usize, FoldResult)>> = groups
        .par_iter()
        .map(|group| {
            let (i0, f0) = tasks[group[0]];
            let needs = group.iter().fold(Needs::default(), |a, &t| a.union(jobs[tasks[t].0].learner.needs()));
            // A preparation that fails (bad input) is skipped: each fit then reports the error.
            let prepared = (group.len() > 1 && !needs.is_empty() && !ctx.cancel.load(Ordering::Relaxed))
                .then(|| Prepared::new(x, &jobs[i0].folds.train[f0], needs).ok())
                .flatten();
            group
                .par_iter()
                .map(|&t| {
                    let (i, f) = tasks[t];
                    if ctx.cancel.load(Ordering::Relaxed) {
                        return (t, Err(DmlError::Cancelled));
                    }
                    let out = fit_fold(x, &jobs[i], f, ctx.seed, ctx.cancel, prepared.as_ref());
                    ctx.tick(1);
                    (t, out)
                })
                .collect()
        })
        .collect();
    let mut fitted: Vec<Option<FoldResult>> = (0..tasks.len()).map(|_| None).collect();
    for (t, res) in per_group.into_iter().flatten() {
        fitted[t] = Some(res);
    }
    let fitted: Vec<FoldResult> = fitted.into_iter().map(|r| r.unwrap_or(Err(DmlError::Cancelled))).collect();
    if ctx.cancel.load(Ordering::Relaxed) {
        return Err(DmlError::Cancelled);
    }
    let mut preds: Vec<Vec<f64>> = jobs.iter().map(|j| vec![f64::NAN; j.target.len()]).collect();
    let mut notes: Vec<Vec<crate::engine::learners::LearnerRemark>> = vec![Vec::new(); jobs.len()];
    for (&(i, f), res) in tasks.iter().zip(fitted) {
        let (p, n) = res?;
        for (&row, v) in jobs[i].folds.test[f].iter().zip(p) {
            preds[i][row] = v;
        }
        for note in n {
            if !notes[i].contains(&note) {
                notes[i].push(note);
            }
        }
    }
    for (i, job) in jobs.iter().enumerate() {
        if results[i].is_some() {
            continue;
        }
        let pred = std::mem::take(&mut preds[i]);
        if let Some((row, &value)) = pred.iter().enumerate().find(|(_, v)| !v.is_finite()) {
            return Err(DmlError::NonFinitePrediction { nuisance: job.nuisance, row, value });
        }
        let cf = Arc::new(CrossFitted { pred, notes: std::mem::take(&mut notes[i]) });
        if let (Some(cache), Some(key)) = (ctx.cache, keys[i].take()) {
            cache.insert(key, cf.clone());
        }
        results[i] = Some(cf);
    }
    Ok(results.into_iter().flatten().collect())
}

fn fit_fold(
    x: &Features,
    job: &Job,
    fold: usize,
    seed: u64,
    cancel: &AtomicBool,
    prepared: Option<&Prepared>,
) -> FoldResult {
    let wrap = |source| match source {
        LearnerError::Cancelled => DmlError::Cancelled,
        source => DmlError::Learner { nuisance: job.nuisance, rep: job.rep, fold, source },
    };
    let model = job
        .learner
        .regressor()
        .fit_prepared(
            x,
            job.target,
            &job.folds.train[fold],
            fit_seed(seed, job.rep, job.nuisance, fold),
            cancel,
            prepared,
        )
        .map_err(wrap)?;
    Ok((model.predict(x, &job.folds.test[fold]), model.notes()))
}

/// Out-of-fold fit quality: `rmse = sqrt(mean((t - p)^2))` (DoubleML's `nuisance_loss`) and
/// `r2 = 1 - sum (t - p)^2 / sum (t - mean t)^2` (scikit-learn's `r2_score`).
pub fn fit_quality(target: &[f64], pred: &[f64]) -> (f64, f64) {
    let n = target.len() as f64;
    let mean = target.iter().sum::<f64>() / n;
    let sse: f64 = target.iter().zip(pred).map(|(t, p)| (t - p).powi(2)).sum();
    let sst: f64 = target.iter().map(|t| (t - mean).powi(2)).sum();
    let r2 = if sst > 0.0 { 1.0 - sse / sst } else { f64::NAN };
    ((sse / n).sqrt(), r2)
}
