//! The `import-large` bench suite: our import and validation of a one-million-row panel
//! against polars' own `read_csv` of the same file, in the same run, on the same machine.
//!
//! Each side runs in a child process of this same binary (`carbon-dml bench-child`), so that
//! its peak memory is its own: the child reads its peak resident set size (`VmHWM` in
//! `/proc/self/status`, Linux) after the work and prints it with the wall time of the work
//! alone (process start-up excluded). Both children carry the same binary, so the same
//! baseline (code pages, thread pools) is in both peaks. The polars side is
//! `CsvReadOptions::default()` (schema inferred from 100 rows, every core, chunks left as
//! parsed) reading the file by path, which is what a user of polars would write. Our side is
//! [`super::import_path`], the same call `carbon-dml check` makes: scan, typed parse, per-cell
//! checks of refused cells, unit and year indices, and every validation check.
//!
//! The file is the generator's `--units 20000 --years 50` panel (274 MB), written once to the
//! temporary directory; `CARBON_DML_BENCH_FILE` names another file. Targets (issue 14): time
//! within 2x polars', peak memory within 1.5x.

use crate::engine::bench::Measurement;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Target ratio of our time to polars'.
pub const TIME_RATIO_TARGET: f64 = 2.0;
/// Target ratio of our peak memory to polars'.
pub const MEMORY_RATIO_TARGET: f64 = 1.5;

/// Which side a child process runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Polars' `read_csv`.
    Polars,
    /// Our import and validation.
    Ours,
}

impl Side {
    /// Command-line name.
    pub fn name(self) -> &'static str {
        match self {
            Side::Polars => "polars",
            Side::Ours => "ours",
        }
    }

    /// Parse a command-line name.
    pub fn parse(s: &str) -> Option<Side> {
        [Side::Polars, Side::Ours].into_iter().find(|x| x.name() == s)
    }
}

/// What a child measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChildResult {
    /// Wall time of the work, milliseconds.
    pub ms: f64,
    /// Peak resident set size of the process, KiB (0 where the system does not tell).
    pub peak_kib: u64,
    /// Rows read.
    pub rows: usize,
}

/// Run one side in this process and measure it (what `carbon-dml bench-child` prints).
pub fn run_child(side: Side, file: &Path) -> Result<ChildResult, String> {
    let t = Instant::now();
    let rows = match side {
        Side::Polars => {
            use polars::prelude::*;
            let df = CsvReadOptions::default()
                .with_has_header(true)
                .try_into_reader_with_file_path(Some(file.to_path_buf()))
                .and_then(|r| r.finish())
                .map_err(|e| e.to_string())?;
            df.height()
        }
        Side::Ours => {
            let imp = super::import_path(file, &super::ImportOptions::default()).map_err(|r| r.to_string())?;
            imp.panel.n_rows()
        }
    };
    let ms = t.elapsed().as_secs_f64() * 1e3;
    Ok(ChildResult { ms, peak_kib: peak_rss_kib(), rows })
}

/// Peak resident set size of this process in KiB (`VmHWM`), 0 where unknown.
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn spawn_child(side: Side, file: &Path) -> Result<ChildResult, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = std::process::Command::new(exe)
        .args(["bench-child", "--side", side.name(), "--file"])
        .arg(file)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("bad child output: {e}"))
}

/// The bench file: `CARBON_DML_BENCH_FILE`, or the generated panel in the temporary directory
/// (written on first use; `quick` uses 2,000 units instead of 20,000).
pub fn bench_file(quick: bool) -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("CARBON_DML_BENCH_FILE") {
        return Ok(PathBuf::from(p));
    }
    let units = if quick { 2_000 } else { 20_000 };
    let dir = std::env::temp_dir().join("carbon-dml-bench");
    let path = dir.join(format!("sample_{units}x50_seed2025.csv"));
    if !path.exists() {
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let spec = super::sample::SampleSpec { units, years: 50, seed: 2025, ..Default::default() };
        let csv = super::sample::generate(&spec).csv;
        crate::engine::report::atomic_write(&path, csv.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(path)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The suite: alternate polars and our side `runs` times each; medians and ratios.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 1 } else { 3 };
    let file = match bench_file(quick) {
        Ok(f) => f,
        Err(e) => return vec![failed(&format!("bench file: {e}"))],
    };
    let mb = std::fs::metadata(&file).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0);
    let mut sides: [(Side, Vec<ChildResult>); 2] = [(Side::Polars, Vec::new()), (Side::Ours, Vec::new())];
    for _ in 0..runs {
        for (side, results) in sides.iter_mut() {
            match spawn_child(*side, &file) {
                Ok(r) => results.push(r),
                Err(e) => return vec![failed(&format!("{} side failed: {e}", side.name()))],
            }
        }
    }
    let stat = |rs: &[ChildResult]| {
        let ms: Vec<f64> = rs.iter().map(|r| r.ms).collect();
        let min = ms.iter().copied().fold(f64::INFINITY, f64::min);
        (median(ms), min, median(rs.iter().map(|r| r.peak_kib as f64).collect()), rs.first().map_or(0, |r| r.rows))
    };
    let (p_ms, p_min, p_kib, rows) = stat(&sides[0].1);
    let (o_ms, o_min, o_kib, _) = stat(&sides[1].1);
    let time_ratio = o_ms / p_ms;
    let mem_ratio = o_kib / p_kib;
    let verdict = |r: f64, t: f64| if r <= t { "met" } else { "MISSED" };
    let name = file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    vec![
        Measurement {
            name: format!("polars read_csv {name} ({rows} rows, {mb:.0} MB)"),
            target_ms: None,
            runs,
            median_ms: p_ms,
            min_ms: p_min,
            note: format!("peak RSS {:.0} MiB", p_kib / 1024.0),
        },
        Measurement {
            name: format!("import + validate {name}"),
            target_ms: Some(p_ms * TIME_RATIO_TARGET),
            runs,
            median_ms: o_ms,
            min_ms: o_min,
            note: format!(
                "peak RSS {:.0} MiB; vs polars: time x{time_ratio:.2} (target {TIME_RATIO_TARGET}: {}), \
                 memory x{mem_ratio:.2} (target {MEMORY_RATIO_TARGET}: {})",
                o_kib / 1024.0,
                verdict(time_ratio, TIME_RATIO_TARGET),
                verdict(mem_ratio, MEMORY_RATIO_TARGET)
            ),
        },
    ]
}

fn failed(why: &str) -> Measurement {
    Measurement {
        name: "import-large".into(),
        target_ms: None,
        runs: 0,
        median_ms: f64::NAN,
        min_ms: f64::NAN,
        note: why.to_string(),
    }
}
