//! Benchmark harness behind `carbon-dml bench`: wall-clock medians of repeated runs.
//!
//! Each engine area contributes a suite (a function returning measurements); the targets
//! come from the issues. Run with a release build: `cargo run --release -- bench`.

use std::time::Instant;

/// One timed operation.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Measurement {
    /// What was timed.
    pub name: String,
    /// Target from the issue, in milliseconds.
    pub target_ms: Option<f64>,
    /// Number of timed runs.
    pub runs: usize,
    /// Median wall time in milliseconds.
    pub median_ms: f64,
    /// Fastest run in milliseconds.
    pub min_ms: f64,
    /// Free-form remark (sizes, peak memory, quality figures).
    pub note: String,
}

impl Measurement {
    /// True when a target exists and the median meets it.
    pub fn meets_target(&self) -> Option<bool> {
        self.target_ms.map(|t| self.median_ms <= t)
    }
}

/// Time `f` once for warm-up, then `runs` times; report median and minimum.
pub fn measure(name: &str, target_ms: Option<f64>, runs: usize, mut f: impl FnMut() -> String) -> Measurement {
    let mut note = f();
    let mut times = Vec::with_capacity(runs.max(1));
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        note = f();
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    Measurement {
        name: name.to_string(),
        target_ms,
        runs: times.len(),
        median_ms: times[times.len() / 2],
        min_ms: times[0],
        note,
    }
}

/// A named suite of benchmarks. `quick` asks for fewer repetitions.
pub type Suite = (&'static str, fn(quick: bool) -> Vec<Measurement>);

/// Every suite, in the order `carbon-dml bench` runs them.
pub fn suites() -> Vec<Suite> {
    vec![
        ("import", import_suite),
        ("import-large", super::data::bench::suite),
        ("learners", super::learners::bench::suite),
        ("dml", super::dml::bench::suite),
        ("pliv-card", super::dml::pliv_bench::suite),
        ("measures", super::measures::bench::suite),
        ("tfee", super::measures::tfee_bench::suite),
        ("maps", super::spatial::bench::suite),
        ("spatial-stats", super::spatial::stats_bench::suite),
        ("battery", super::battery::bench::suite),
    ]
}

fn import_suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 3 } else { 10 };
    let text = super::data::sample::BUNDLED_CSV;
    vec![measure("import bundled sample (360 rows x 35 columns)", None, runs, || {
        let r = super::data::import_bytes(text.as_bytes(), "sample", &Default::default());
        format!("{} rows", r.map(|i| i.panel.n_rows()).unwrap_or(0))
    })]
}
