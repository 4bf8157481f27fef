//! Benchmarks of the DML engine (suite "dml" of `carbon-dml bench`), against the issue's
//! targets: the study's baseline (PLR, random forests with 500 trees for both nuisances,
//! K = 5, 360 rows, 8 controls) under 150 ms; 2,780 rows under 1.5 s; 33,600 rows under 30 s;
//! and (issue 16) the 2,780- and 33,600-row baselines with histogram forests
//! (`--rf-split hist`), the county panel under 5 s.
//!
//! Each size also runs with OLS learners: that measures the DML layer itself (design,
//! folds, scores, inference; the learner costs almost nothing), so the difference to the
//! forest run is the forest's cost. The baseline uses the study's CEE and DCP (derived from
//! the bundled sample's raw columns, outside the timing); the generated panels use raw
//! columns (co2 on internet_users), which costs the same.

use super::cache::NuisanceCache;
use super::entry::{estimate, estimate_cached};
use super::montecarlo::monte_carlo;
use super::spec::Learners;
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::Panel;
use crate::engine::data::sample::{SampleSpec, bundled_panel, sample_panel};
use crate::engine::learners::forest::ForestParams;
use crate::engine::learners::tree::SplitMethod;
use crate::engine::learners::{Features, LearnerSpec};
use crate::engine::measures::{MeasureSpec, add_derived};
use crate::engine::scenario::Scenario;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Eight controls of the sample panel (the study's six plus environmental regulation and the
/// industry share of output).
const CONTROLS: [&str; 8] = ["lngdp", "lnpop", "green", "human", "ind", "edu", "er", "share2"];

fn forest_available() -> bool {
    let x = Features::from_fn(8, 1, |i, _| i as f64);
    let y: Vec<f64> = (0..8).map(|i| i as f64).collect();
    LearnerSpec::default().regressor().fit(&x, &y, &[0, 1, 2, 3, 4, 5, 6, 7], 1).is_ok()
}

/// The baseline scenario on `panel`: the study's columns when the measures exist, raw ones
/// otherwise (co2 per unit of GDP is not needed for timing).
fn baseline(panel: &Panel, learner: &LearnerSpec) -> Scenario {
    let (y, d) = if panel.numeric("CEE").is_some() && panel.numeric("DCP").is_some() {
        ("CEE", "DCP")
    } else {
        ("co2", "internet_users")
    };
    let mut s = Scenario {
        outcome: y.into(),
        treatment: d.into(),
        controls: CONTROLS.iter().map(|c| c.to_string()).collect(),
        learners: Learners::all(learner.clone()),
        ..Default::default()
    };
    s.transforms.interpolate = true;
    s
}

/// The study's forest (500 trees) with histogram split search.
fn hist_forest() -> LearnerSpec {
    LearnerSpec::Forest(ForestParams { n_trees: 500, split: SplitMethod::Hist, ..Default::default() })
}

fn case(name: &str, panel: &Panel, target_ms: Option<f64>, runs: usize, rf: bool) -> Measurement {
    let learner = if rf { LearnerSpec::default() } else { LearnerSpec::Ols };
    let label = if rf { name.to_string() } else { format!("{name} [OLS learners: DML layer only]") };
    let target = if rf { target_ms } else { None };
    timed_case(&label, panel, &learner, target, runs)
}

/// Time the baseline scenario on `panel` with `learner` for every nuisance.
fn timed_case(label: &str, panel: &Panel, learner: &LearnerSpec, target: Option<f64>, runs: usize) -> Measurement {
    let s = baseline(panel, learner);
    let reports = AtomicUsize::new(0);
    measure(label, target, runs, || {
        reports.store(0, Ordering::Relaxed);
        let result = s.validate(panel).map_err(|e| format!("{e:?}")).and_then(|spec| {
            estimate(
                &spec,
                &|_| {
                    reports.fetch_add(1, Ordering::Relaxed);
                },
                &AtomicBool::new(false),
            )
            .map_err(|e| e.to_string())
        });
        match result {
            Ok(e) => format!(
                "{} rows, theta {:.4} (se {:.4}), {} progress reports",
                e.n,
                e.inference.theta,
                e.inference.se,
                reports.load(Ordering::Relaxed)
            ),
            Err(e) => format!("failed: {e}"),
        }
    })
}

/// How long an estimate takes to stop after its cancel flag is set 300 ms into the fit (what
/// a user waits for when a newer change supersedes a running estimate).
fn cancel_latency(panel: &Panel, runs: usize) -> Measurement {
    let name = "cancel 300 ms into an estimate, 2,780 rows, RF 500: time to stop";
    let Ok(spec) = baseline(panel, &LearnerSpec::default()).validate(panel) else {
        return measure(name, None, 1, || "failed: the scenario does not fit the panel".into());
    };
    let mut times = Vec::new();
    let mut outcome = String::new();
    for _ in 0..runs.max(1) {
        let cancel = AtomicBool::new(false);
        let (stopped_after, result) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| {
                let r = estimate(&spec, &|_| {}, &cancel);
                (std::time::Instant::now(), r)
            });
            std::thread::sleep(std::time::Duration::from_millis(300));
            let set = std::time::Instant::now();
            cancel.store(true, Ordering::Relaxed);
            match worker.join() {
                Ok((done, r)) => (done.saturating_duration_since(set), r.map(|_| ()).map_err(|e| e.to_string())),
                Err(_) => (std::time::Duration::ZERO, Err("the estimate panicked".into())),
            }
        });
        times.push(stopped_after.as_secs_f64() * 1e3);
        outcome = match result {
            Err(e) if e == "cancelled" => "stopped with Cancelled".into(),
            Err(e) => format!("failed: {e}"),
            Ok(()) => "finished before the flag was read".into(),
        };
    }
    times.sort_by(f64::total_cmp);
    Measurement {
        name: name.into(),
        target_ms: None,
        runs: times.len(),
        median_ms: times[times.len() / 2],
        min_ms: times[0],
        note: outcome,
    }
}

/// The "dml" suite.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let rf = forest_available();
    let runs = if quick { 3 } else { 10 };
    let mut out = Vec::new();
    let mut small = bundled_panel();
    add_derived(&mut small, &MeasureSpec::default());
    let mut sizes: Vec<(&str, Panel, Option<f64>, usize)> =
        vec![("PLR baseline, RF 500 x 2 nuisances, K=5, 360 rows, 8 controls", small.clone(), Some(150.0), runs)];
    if let Ok(mid) = sample_panel(&SampleSpec { units: 278, years: 10, seed: 1, ..Default::default() }) {
        sizes.push(("PLR baseline, 2,780 rows", mid, Some(1500.0), if quick { 1 } else { 3 }));
    }
    if let Ok(big) = sample_panel(&SampleSpec { units: 2800, years: 12, seed: 1, ..Default::default() }) {
        sizes.push(("PLR baseline, 33,600 rows", big, Some(30_000.0), 1));
    }
    for (name, panel, target, n) in &sizes {
        out.push(case(name, panel, *target, (*n).max(1), false));
        if rf {
            out.push(case(name, panel, *target, *n, true));
        }
    }
    // Issue 16: the same baselines with histogram forests (county panel under 5 s).
    if rf {
        for (i, (name, panel, _, n)) in sizes.iter().enumerate().skip(1) {
            let target = (i == 2).then_some(5000.0);
            out.push(timed_case(&format!("{name}, RF 500 hist (--rf-split hist)"), panel, &hist_forest(), target, *n));
        }
    }
    // Rerun after changing only the outcome: the m(X) fits come from the cache.
    let learner = if rf { LearnerSpec::default() } else { LearnerSpec::Ols };
    let a = baseline(&small, &learner);
    let mut b = a.clone();
    b.outcome = "gdp".into();
    if let (Ok(sa), Ok(sb)) = (a.validate(&small), b.validate(&small)) {
        let suffix = if rf { ", RF 500" } else { ", OLS (forest not available)" };
        let no = AtomicBool::new(false);
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..runs {
            let cache = NuisanceCache::new();
            let _ = estimate_cached(&sa, &|_| {}, &no, &cache);
            let t = std::time::Instant::now();
            let _ = estimate_cached(&sb, &|_| {}, &no, &cache);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            hits = cache.stats().0;
        }
        times.sort_by(f64::total_cmp);
        out.push(Measurement {
            name: format!("rerun after an outcome change, with cache{suffix}"),
            target_ms: None,
            runs,
            median_ms: times[times.len() / 2],
            min_ms: times[0],
            note: format!("only the second run is timed; {hits} cross-fit(s) reused"),
        });
    }
    if rf && let Some((_, mid, _, _)) = sizes.get(1) {
        out.push(cancel_latency(mid, runs));
    }
    let reps = if quick { 50 } else { 200 };
    out.push(measure(&format!("Monte Carlo, {reps} x n=500, naive OLS vs PLR-OLS"), None, 1, || {
        monte_carlo(500, reps, &LearnerSpec::Ols, 2025)
            .iter()
            .map(|m| format!("{}: bias {:.3}, coverage {:.2}", m.estimator, m.bias, m.coverage))
            .collect::<Vec<_>>()
            .join("; ")
    }));
    out
}
