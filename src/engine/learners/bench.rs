//! Benchmark suite "learners" for `carbon-dml bench`: fit and predict times of every learner
//! against the targets of issue 3, on synthetic data drawn with [`rng_for`].
//!
//! Each note also gives the CPU time per run summed over all threads (on Linux, from
//! `/proc/self/task/*/schedstat`): on a busy machine the wall-clock median mostly measures the
//! wait for a core, while CPU time divided by the thread count bounds what an idle machine
//! would take.

use super::boosting::BoostingParams;
use super::forest::ForestParams;
use super::lasso::LassoParams;
use super::svr::SvrParams;
use super::{Features, Regressor, ols::Ols};
use crate::engine::bench::{Measurement, measure};
use crate::engine::rng::rng_for;

/// Synthetic regression data: `n` rows, `p` standard-normal features,
/// `y = sin(x1) + x2^2/2 + 0.5 x3 x4 + (x5 > 0) + N(0, 0.3^2)`.
pub fn synthetic(n: usize, p: usize, seed: u64) -> (Features, Vec<f64>) {
    let mut rng = rng_for(seed, &[99]);
    let x = Features::from_fn(n, p, |_, _| rng.normal());
    let col = |i: usize, j: usize| if j < p { x[(i, j)] } else { 0.0 };
    let y = (0..n)
        .map(|i| {
            col(i, 0).sin()
                + col(i, 1).powi(2) / 2.0
                + 0.5 * col(i, 2) * col(i, 3)
                + f64::from(u8::from(col(i, 4) > 0.0))
        })
        .collect::<Vec<_>>();
    let y = y.into_iter().map(|v| v + 0.3 * rng.normal()).collect();
    (x, y)
}

/// Fit on the first `n_train` rows, predict the rest; returns a note with the test RMSE.
fn fit_predict(learner: &dyn Regressor, x: &Features, y: &[f64], n_train: usize) -> String {
    let train: Vec<usize> = (0..n_train).collect();
    let test: Vec<usize> = (n_train..x.nrows()).collect();
    match learner.fit(x, y, &train, 7) {
        Ok(f) => {
            let pred = f.predict(x, &test);
            let notes: Vec<String> = f.notes().iter().map(ToString::to_string).collect();
            format!(
                "test RMSE {:.4}{}",
                rmse(y, &test, &pred),
                if notes.is_empty() { String::new() } else { format!("; {}", notes.join("; ")) }
            )
        }
        Err(e) => format!("error: {e}"),
    }
}

/// Root mean squared error of `pred` against `y[rows]`.
fn rmse(y: &[f64], rows: &[usize], pred: &[f64]) -> f64 {
    (rows.iter().zip(pred).map(|(&r, p)| (y[r] - p).powi(2)).sum::<f64>() / rows.len().max(1) as f64).sqrt()
}

/// CPU time used so far by all threads of this process, in milliseconds (Linux only).
fn cpu_ms() -> Option<f64> {
    let mut total_ns = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let text = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        total_ns += text.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(total_ns as f64 / 1e6)
}

/// [`measure`], with the CPU time per run appended to the note.
fn timed(name: &str, target_ms: Option<f64>, runs: usize, f: impl FnMut() -> String) -> Measurement {
    let before = cpu_ms();
    let mut m = measure(name, target_ms, runs, f);
    if let (Some(a), Some(b)) = (before, cpu_ms()) {
        // measure() runs f once more as a warm-up.
        m.note = format!("cpu {:.1} ms/run; {}", (b - a) / (m.runs + 1) as f64, m.note);
    }
    m
}

/// The suite: see the module docs.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 3 } else { 15 };
    let big_runs = if quick { 1 } else { 3 };
    let (x, y) = synthetic(360, 10, 1);
    let rf500 = ForestParams { n_trees: 500, ..Default::default() };
    let mut out = Vec::new();
    let train: Vec<usize> = (0..288).collect();
    out.push(timed("rf 500 trees: fit 288 x 10", None, runs, || match rf500.fit_forest(&x, &y, &train, 7) {
        Ok(f) => {
            let nodes: usize = f.trees.iter().map(|t| t.nodes.len()).sum();
            format!("{nodes} nodes, {:.1} MB", (nodes * 16) as f64 / 1e6)
        }
        Err(e) => format!("error: {e}"),
    }));
    if let Ok(f) = rf500.fit_forest(&x, &y, &train, 7) {
        let test: Vec<usize> = (288..360).collect();
        out.push(timed("rf 500 trees: predict 72 rows", None, runs, || {
            use super::Fitted;
            format!("{} predictions", f.predict(&x, &test).len())
        }));
    }
    out.push(timed("rf 500 trees: fit 288 x 10 + predict 72", Some(40.0), runs, || fit_predict(&rf500, &x, &y, 288)));
    out.push(timed("rf 100 trees: fit 288 x 10 + predict 72", None, runs, || {
        fit_predict(&ForestParams::default(), &x, &y, 288)
    }));
    // The study's baseline workload: 2 nuisances x 5 folds of a 500-tree forest on 360 rows x 8
    // controls, fitted one after another (each with parallel trees). No target here: the 150 ms
    // target belongs to the DML estimate, which schedules the ten fits together (`--suite dml`).
    let (x8, y8) = synthetic(360, 8, 2);
    let (_, d8) = synthetic(360, 8, 3);
    out.push(timed("rf 500 trees: 10 fold fits 288 x 8 + predict 72, one after another", None, runs, || {
        let mut s = 0.0;
        for target in [&y8, &d8] {
            for k in 0..5 {
                let test: Vec<usize> = (k * 72..(k + 1) * 72).collect();
                let train: Vec<usize> = (0..360).filter(|r| !(k * 72..(k + 1) * 72).contains(r)).collect();
                if let Ok(f) = rf500.fit(&x8, target, &train, k as u64) {
                    s += f.predict(&x8, &test).iter().sum::<f64>();
                }
            }
        }
        format!("checksum {s:.3}")
    }));
    let (xb, yb) = synthetic(35_000, 10, 4);
    out.push(timed("rf 500 trees: fit 28,000 x 10 + predict 7,000", Some(5000.0), big_runs, || {
        use super::Fitted;
        let train: Vec<usize> = (0..28_000).collect();
        let test: Vec<usize> = (28_000..35_000).collect();
        match rf500.fit_forest(&xb, &yb, &train, 7) {
            Ok(f) => {
                let pred = f.predict(&xb, &test);
                let nodes: usize = f.trees.iter().map(|t| t.nodes.len()).sum();
                format!(
                    "test RMSE {:.4}; forest {nodes} nodes = {:.0} MB",
                    rmse(&yb, &test, &pred),
                    (nodes * 16) as f64 / 1e6
                )
            }
            Err(e) => format!("error: {e}"),
        }
    }));
    let rf500_hist = ForestParams { split: super::tree::SplitMethod::Hist, ..rf500.clone() };
    out.push(timed("rf 500 trees hist: fit 28,000 x 10 + predict 7,000", None, big_runs, || {
        fit_predict(&rf500_hist, &xb, &yb, 28_000)
    }));
    out.push(timed("gbm 100 trees: fit 288 x 10 + predict 72", Some(10.0), runs, || {
        fit_predict(&BoostingParams::default(), &x, &y, 288)
    }));
    out.push(timed("svr: fit 288 x 10 + predict 72", Some(20.0), runs, || {
        fit_predict(&SvrParams::default(), &x, &y, 288)
    }));
    out.push(timed("lasso-cv: fit 288 x 10 + predict 72", None, runs, || {
        fit_predict(&LassoParams::default(), &x, &y, 288)
    }));
    out.push(timed("ols: fit 288 x 10 + predict 72", None, runs, || fit_predict(&Ols, &x, &y, 288)));
    let (xs, ys) = synthetic(35_000, 10, 5);
    out.push(timed("svr: fit 28,000 x 10 + predict 7,000", None, 1, || {
        use super::Fitted;
        let train: Vec<usize> = (0..28_000).collect();
        let test: Vec<usize> = (28_000..35_000).collect();
        match SvrParams::default().fit_svr(&xs, &ys, &train) {
            Ok(f) => {
                let pred = f.predict(&xs, &test);
                let cache_rows = (super::svr::kernel::CACHE_BYTES / (8 * 28_000)).min(28_000);
                format!(
                    "test RMSE {:.4}; {} SV, {} iterations, {} kernel rows computed; kernel cache <= {} rows = {:.0} MB \
                     (a full matrix would be {:.0} MB)",
                    rmse(&ys, &test, &pred),
                    f.n_support(),
                    f.iterations,
                    f.kernel_rows_computed,
                    cache_rows,
                    (cache_rows * 28_000 * 8) as f64 / 1e6,
                    28_000f64 * 28_000.0 * 8.0 / 1e6
                )
            }
            Err(e) => format!("error: {e}"),
        }
    }));
    out
}
