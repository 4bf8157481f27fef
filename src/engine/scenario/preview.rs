//! A quick preview of an estimate that would take long: the same scenario with fewer trees,
//! one repetition and, on large data, a seeded subsample of whole units, so that the window
//! can show a number within a fraction of a second while the full estimate runs.
//!
//! The preview is a real estimate (the same learners, scores and standard errors) of a reduced
//! problem, marked as such with what was reduced ([`Reduction`]); it never replaces the full
//! result, and the full result does not depend on it (it runs on its own inputs and cache).
//!
//! Whether a preview is worth it follows a cost model of the nuisance fits
//! ([`predicted_seconds`]): per fit on `n` training rows with `p` features,
//!
//! | learner | work |
//! |---|---|
//! | random forest, gradient boosting | trees x n x log2(n + 2), 11 ns per unit |
//! | support-vector regression | n² x p, 4 ns per unit |
//! | lasso (cross-validated path) | 100 x 5 x n x p, 1 ns per unit |
//! | OLS | n x p², 1 ns per unit |
//!
//! summed over the model's nuisances, folds and repetitions. The forest constant was read off
//! the measured baselines on this project's 2-core machine (360, 2,780 and 33,600 rows: 10.9 to
//! 11.4 ns per unit); the window scales the prediction by the ratio of measured to predicted
//! time of its last full estimate, so a faster or slower machine corrects it.

use super::Scenario;
use crate::engine::data::Panel;
use crate::engine::dml::spec::nuisances;
use crate::engine::learners::LearnerSpec;
use crate::engine::rng::{rng_for, stream};

/// A full estimate predicted to take longer than this gets a preview first (seconds).
pub const PREVIEW_ABOVE_SECONDS: f64 = 0.5;

/// The preview is reduced until it is predicted to take at most this long (seconds).
pub const PREVIEW_BUDGET_SECONDS: f64 = 0.15;

/// Forests in a preview grow at most this many trees.
pub const PREVIEW_TREES: usize = 50;

/// A row subsample keeps at least this many rows (fewer rows than this are not subsampled).
pub const PREVIEW_MIN_ROWS: usize = 400;

/// What a preview reduced, each as (preview, full).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reduction {
    /// Trees per forest.
    pub trees: Option<(usize, usize)>,
    /// Repetitions of cross-fitting.
    pub repetitions: Option<(usize, usize)>,
    /// Rows of the data (whole units when the data are a panel).
    pub rows: Option<(usize, usize)>,
    /// Units kept, when the rows are a subsample of whole units.
    pub units: Option<(usize, usize)>,
}

/// Rows of the full panel kept for a preview.
pub struct Subsample {
    /// The kept rows as a panel of their own.
    pub panel: Panel,
    /// The full panel's row of every row of `panel`.
    pub kept_rows: Vec<usize>,
}

/// A preview to run before the full estimate.
pub struct Preview {
    /// The reduced scenario.
    pub scenario: Scenario,
    /// What was reduced.
    pub reduction: Reduction,
    /// The rows it runs on, when not all of them (the full panel is not copied otherwise).
    pub subsample: Option<Subsample>,
}

impl Preview {
    /// The data the preview runs on: the subsample, or `full`.
    pub fn panel<'a>(&'a self, full: &'a Panel) -> &'a Panel {
        self.subsample.as_ref().map_or(full, |s| &s.panel)
    }

    /// Rows of the preview's panel (an estimate's `rows`) as rows of the full panel, so that
    /// what the window draws per row (units, the sample's true effects) reads the right rows.
    pub fn full_rows(&self, rows: &[usize]) -> Vec<usize> {
        match &self.subsample {
            Some(s) => rows.iter().map(|&r| s.kept_rows[r]).collect(),
            None => rows.to_vec(),
        }
    }
}

/// Nanoseconds per unit of work of each learner (see the module's table).
fn fit_seconds(learner: &LearnerSpec, n: usize, p: usize) -> f64 {
    let n = n as f64;
    let p = p.max(1) as f64;
    let log = (n + 2.0).log2();
    let ns = match learner {
        LearnerSpec::Forest(f) => f.n_trees as f64 * n * log * 11.0,
        LearnerSpec::Boosting(b) => b.n_trees as f64 * n * log * 11.0,
        LearnerSpec::Svr(_) => n * n * p * 4.0,
        LearnerSpec::Lasso(_) => 500.0 * n * p,
        LearnerSpec::Ols => n * p * p,
    };
    ns * 1e-9
}

/// Predicted wall time of the nuisance fits of `scenario` on `rows` rows (seconds, before the
/// window's machine correction).
pub fn predicted_seconds(scenario: &Scenario, rows: usize) -> f64 {
    let k = scenario.folds.max(2);
    let train = rows - rows / k;
    let p = scenario.controls.len() + 1;
    let per_fold: f64 = nuisances(scenario.model, scenario.score)
        .iter()
        .map(|&n| fit_seconds(scenario.learners.get(n), train, p))
        .sum();
    per_fold * k as f64 * scenario.n_rep.max(1) as f64
}

/// The preview of `scenario` on `panel`, or `None` when the full estimate is predicted to take
/// at most [`PREVIEW_ABOVE_SECONDS`] (after multiplying by `speed`, the measured/predicted ratio
/// of the machine) or when nothing can be reduced.
///
/// Reductions, in order, until the prediction is within [`PREVIEW_BUDGET_SECONDS`]: one
/// repetition; at most [`PREVIEW_TREES`] trees per forest (boosting keeps its stages: fewer
/// stages is another model); then a subsample of whole units (rows when the data have no unit
/// column), drawn from the scenario's seed, keeping at least [`PREVIEW_MIN_ROWS`] rows.
pub fn plan(scenario: &Scenario, panel: &Panel, speed: f64) -> Option<Preview> {
    let rows = panel.n_rows();
    let speed = if speed.is_finite() && speed > 0.0 { speed } else { 1.0 };
    if predicted_seconds(scenario, rows) * speed <= PREVIEW_ABOVE_SECONDS {
        return None;
    }
    let mut reduced = scenario.clone();
    let mut reduction = Reduction::default();
    if reduced.n_rep > 1 {
        reduction.repetitions = Some((1, reduced.n_rep));
        reduced.n_rep = 1;
    }
    let mut most_trees = 0;
    for &n in nuisances(scenario.model, scenario.score) {
        if let LearnerSpec::Forest(f) = reduced.learners.get_mut(n)
            && f.n_trees > PREVIEW_TREES
        {
            most_trees = most_trees.max(f.n_trees);
            f.n_trees = PREVIEW_TREES;
        }
    }
    if most_trees > 0 {
        reduction.trees = Some((PREVIEW_TREES, most_trees));
    }
    let within = |r: usize| predicted_seconds(&reduced, r) * speed <= PREVIEW_BUDGET_SECONDS;
    let mut target = rows;
    while target > PREVIEW_MIN_ROWS && !within(target) {
        target = (target * 4 / 5).max(PREVIEW_MIN_ROWS);
    }
    let subsample = if target < rows {
        let (sub, units) = subsample(panel, target, scenario.seed);
        reduction.rows = Some((sub.panel.n_rows(), rows));
        reduction.units = units;
        Some(sub)
    } else if reduction == Reduction::default() {
        return None;
    } else {
        None
    };
    Some(Preview { scenario: reduced, reduction, subsample })
}

/// About `target` rows of `panel`: whole units in a seeded random order until the target is
/// reached (all rows of a unit or none, so lags, unit effects and clustering stay meaningful),
/// or single rows when there is no unit column. Rows keep their order. The subsample's content
/// hash differs from the panel's, so nothing cached for the full data is mistaken for it.
fn subsample(panel: &Panel, target: usize, seed: u64) -> (Subsample, Option<(usize, usize)>) {
    let mut rng = rng_for(seed, &[stream::PREVIEW]);
    let (mut rows, units) = match &panel.unit {
        Some(u) => {
            // Rows per unit, then units in the seeded order until the target, then one pass
            // over the rows (a list of rows per unit cost 24 ms at 1,000,000 rows).
            let n_units = u.n_units();
            let mut counts = vec![0usize; n_units];
            for &id in &u.ids {
                counts[id as usize] += 1;
            }
            let mut chosen = vec![false; n_units];
            let (mut taken, mut kept) = (0, 0);
            for unit in rng.permutation(n_units) {
                if taken >= target {
                    break;
                }
                kept += usize::from(counts[unit] > 0);
                taken += counts[unit];
                chosen[unit] = true;
            }
            let rows = (0..u.ids.len()).filter(|&r| chosen[u.ids[r] as usize]).collect();
            (rows, Some((kept, counts.iter().filter(|&&c| c > 0).count())))
        }
        None => {
            let mut rows = rng.permutation(panel.n_rows());
            rows.truncate(target);
            (rows, None)
        }
    };
    rows.sort_unstable();
    let mut sub = panel.select_rows(&rows);
    sub.content_hash =
        crate::engine::data::panel::fnv1a64(&[panel.content_hash.to_le_bytes(), target.to_le_bytes()].concat())
            ^ 0x5052_4556_4945_5721;
    (Subsample { panel: sub, kept_rows: rows }, units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dml::Learners;

    fn panel(units: usize, years: usize) -> Panel {
        crate::engine::data::sample::sample_panel(&crate::engine::data::sample::SampleSpec {
            units,
            years,
            seed: 1,
            ..Default::default()
        })
        .expect("sample panel")
    }

    #[test]
    fn small_problems_get_no_preview() {
        let p = panel(30, 12);
        let ols = Scenario { learners: Learners::all(LearnerSpec::Ols), ..Default::default() };
        assert!(plan(&ols, &p, 1.0).is_none());
        // The study's baseline on 360 rows: about 0.13 s predicted.
        let rf = Scenario::default();
        assert!(predicted_seconds(&rf, 360) < PREVIEW_ABOVE_SECONDS);
        assert!(plan(&rf, &p, 1.0).is_none());
        // A slow machine (measured 5x the prediction) previews the same baseline, with fewer
        // trees on all the rows (which are not copied).
        let pre = plan(&rf, &p, 5.0).expect("a preview");
        assert_eq!(pre.reduction.trees, Some((PREVIEW_TREES, 500)));
        assert!(pre.subsample.is_none() && std::ptr::eq(pre.panel(&p), &p));
    }

    #[test]
    fn a_large_panel_is_previewed_with_fewer_trees_on_whole_units() {
        let p = panel(2800, 12);
        let s = Scenario { n_rep: 3, ..Default::default() };
        let pre = plan(&s, &p, 1.0).expect("a preview");
        assert_eq!(pre.reduction.trees, Some((PREVIEW_TREES, 500)));
        assert_eq!(pre.reduction.repetitions, Some((1, 3)));
        let (kept, all) = pre.reduction.rows.expect("a subsample");
        assert_eq!(all, 33_600);
        assert!(kept < all && kept >= PREVIEW_MIN_ROWS && kept % 12 == 0, "{kept} rows of whole units");
        let (units, n_units) = pre.reduction.units.expect("units");
        assert_eq!((units * 12, n_units), (kept, 2800));
        assert!(predicted_seconds(&pre.scenario, kept) <= PREVIEW_BUDGET_SECONDS);
        let units_of = |pre: &Preview| pre.panel(&p).unit.as_ref().map(|u| u.labels.clone());
        assert_ne!(pre.panel(&p).content_hash, p.content_hash);
        // The same seed draws the same units; another seed other units.
        let again = plan(&s, &p, 1.0).expect("a preview");
        assert_eq!(units_of(&again), units_of(&pre));
        let other = plan(&Scenario { seed: 7, ..s }, &p, 1.0).expect("a preview");
        assert_ne!(units_of(&other), units_of(&pre));
    }

    #[test]
    fn the_subsample_is_whole_units_in_the_seeded_order_until_the_target() {
        // Units of unequal size: drop some rows so that units hold 12, 11, ... rows.
        let full = panel(300, 12);
        let keep: Vec<usize> = (0..full.n_rows()).filter(|r| r % 12 < 12 - (r / 12) % 5).collect();
        let p = full.select_rows(&keep);
        let u = p.unit.as_ref().expect("units");
        for (target, seed) in [(400, 1), (1000, 2), (2500, 3)] {
            let (sub, units) = subsample(&p, target, seed);
            // Reference: each unit's rows listed, units taken in the same seeded order.
            let mut by_unit: Vec<Vec<usize>> = vec![Vec::new(); u.n_units()];
            for (row, &id) in u.ids.iter().enumerate() {
                by_unit[id as usize].push(row);
            }
            let mut rows = Vec::new();
            let mut kept = 0;
            for unit in rng_for(seed, &[stream::PREVIEW]).permutation(u.n_units()) {
                if rows.len() >= target {
                    break;
                }
                kept += 1;
                rows.extend_from_slice(&by_unit[unit]);
            }
            rows.sort_unstable();
            assert_eq!(sub.kept_rows, rows, "target {target}");
            assert_eq!(units, Some((kept, 300)));
            assert!(rows.len() >= target && sub.panel.n_rows() == rows.len());
        }
    }

    #[test]
    fn boosting_keeps_its_stages_and_is_subsampled_instead() {
        let p = panel(278, 10);
        let gbm = LearnerSpec::Boosting(Default::default());
        let s = Scenario { learners: Learners::all(gbm.clone()), ..Default::default() };
        let pre = plan(&s, &p, 10.0).expect("a preview on a slow machine");
        assert_eq!(pre.reduction.trees, None);
        assert_eq!(pre.scenario.learners.l, gbm);
        assert!(pre.reduction.rows.is_some());
    }
}
