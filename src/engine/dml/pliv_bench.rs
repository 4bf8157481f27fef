//! The `pliv-card` bench suite (issue 16): PLIV with exact 500-tree forests for l, m and r,
//! K = 5, on Card (1995)'s 3,010-row cross-section, against DoubleML + scikit-learn on the
//! same machine in the same bench run. Target: at least 20x faster in wall time than the
//! faster of DoubleML's two configurations (forests on one thread, `n_jobs=1`, and on every
//! core, `n_jobs=-1`).
//!
//! The data (`tests/fixtures/iv/card.csv`) and the reference script
//! (`tests/fixtures/iv/bench_pliv_doubleml.py`, which documents the model and the matched
//! learner settings) are read from the source tree at run time, so the suite runs from a
//! checkout. The reference runs only when [`REFERENCE_PYTHON_ENV`] names a Python with
//! DoubleML; otherwise the rows say that it was not run. `cargo test` never needs Python.

use super::entry::estimate;
use super::spec::{FoldScheme, Learners, Model};
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::{ColumnChoice, ImportOptions, Panel, import_path};
use crate::engine::learners::LearnerSpec;
use crate::engine::scenario::Scenario;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// Environment variable naming the Python interpreter that runs the reference script.
pub const REFERENCE_PYTHON_ENV: &str = "CARBON_DML_REFERENCE_PYTHON";

/// How many times faster than the best reference configuration the issue asks for.
pub const TARGET_SPEEDUP: f64 = 20.0;

/// Outcome, treatment and instrument: log wage on schooling, instrumented by college proximity.
const OUTCOME: &str = "lwage";
const TREATMENT: &str = "educ";
const INSTRUMENT: &str = "nearc4";
/// The controls of Wooldridge's Example 15.4 (Card's IV wage equation).
pub const CONTROLS: [&str; 14] = [
    "exper", "expersq", "black", "smsa", "south", "smsa66", "reg662", "reg663", "reg664", "reg665", "reg666", "reg667",
    "reg668", "reg669",
];
/// The stored fold-id column (K = 5), shared with the reference script.
const FOLD_COLUMN: &str = "fold";

/// The fixture folder in the source tree.
fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join("iv")
}

/// Path of the stored cross-section.
pub fn card_csv() -> PathBuf {
    fixture_dir().join("card.csv")
}

/// Path of the DoubleML reference script.
pub fn reference_script() -> PathBuf {
    fixture_dir().join("bench_pliv_doubleml.py")
}

/// Read the cross-section (no unit or year column).
pub fn card_panel(path: &Path) -> Result<Panel, String> {
    let opts = ImportOptions { unit: ColumnChoice::Absent, year: ColumnChoice::Absent, ..Default::default() };
    import_path(path, &opts).map(|i| i.panel).map_err(|r| format!("{} could not be read: {r:?}", path.display()))
}

/// The bench's scenario: PLIV, partialling out, RF 500 (exact, scikit-learn's defaults) for
/// every nuisance, K = 5 on the stored fold column, one repetition.
pub fn card_scenario() -> Scenario {
    Scenario {
        outcome: OUTCOME.into(),
        treatment: TREATMENT.into(),
        instrument: Some(INSTRUMENT.into()),
        controls: CONTROLS.iter().map(|c| c.to_string()).collect(),
        model: Model::Pliv,
        learners: Learners::all(LearnerSpec::default()),
        folds: 5,
        fold_scheme: FoldScheme::Column(FOLD_COLUMN.into()),
        ..Default::default()
    }
}

/// The flags of `carbon-dml run` that give [`card_scenario`] on `csv`.
pub fn run_args(csv: &Path) -> Vec<String> {
    let mut a: Vec<String> = vec!["run".into(), "--data".into(), csv.display().to_string()];
    for (flag, value) in [
        ("--unit", "none"),
        ("--year", "none"),
        ("--y", OUTCOME),
        ("--d", TREATMENT),
        ("--z", INSTRUMENT),
        ("--model", "pliv"),
        ("--learner", "rf"),
        ("--fold-column", FOLD_COLUMN),
    ] {
        a.push(flag.into());
        a.push(value.into());
    }
    a.push("--x".into());
    a.push(CONTROLS.join(","));
    a
}

/// What one run of the reference script printed.
#[derive(Clone, Debug, serde::Deserialize)]
struct Reference {
    seconds: f64,
    all_seconds: Vec<f64>,
    /// CPU time of the process (every thread) per run, median.
    cpu_seconds: f64,
    theta: f64,
    se: f64,
    n_jobs: i64,
    versions: std::collections::BTreeMap<String, String>,
}

/// Run the reference script with `python`, forests on `n_jobs` threads, `runs` timed fits.
fn run_reference(python: &Path, n_jobs: i64, runs: usize) -> Result<Reference, String> {
    let out = std::process::Command::new(python)
        .arg(reference_script())
        .args(["--csv".as_ref(), card_csv().as_os_str()])
        .args(["--n-jobs", &n_jobs.to_string(), "--runs", &runs.to_string()])
        .output()
        .map_err(|e| format!("{} could not be started: {e}", python.display()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        return Err(format!("the reference script failed: {}", tail.into_iter().rev().collect::<Vec<_>>().join(" | ")));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("the reference script printed no result: {e}"))
}

/// A measurement of the reference's `n_jobs` configuration.
fn reference_row(r: &Reference) -> Measurement {
    let mut times = r.all_seconds.iter().map(|s| s * 1e3).collect::<Vec<_>>();
    times.sort_by(f64::total_cmp);
    let v = |k: &str| r.versions.get(k).map(String::as_str).unwrap_or("?");
    Measurement {
        name: format!("  reference: DoubleML + scikit-learn, forests n_jobs={}", r.n_jobs),
        target_ms: None,
        runs: times.len(),
        median_ms: times.get(times.len() / 2).copied().unwrap_or(r.seconds * 1e3),
        min_ms: r.seconds * 1e3,
        note: format!(
            "theta {:.4} (se {:.4}); CPU {:.2} s a run; DoubleML {}, scikit-learn {}, Python {}",
            r.theta,
            r.se,
            r.cpu_seconds,
            v("doubleml"),
            v("scikit-learn"),
            v("python")
        ),
    }
}

/// Time the whole `carbon-dml run` command (import, estimate, printing) as a user runs it.
fn whole_command(runs: usize) -> Measurement {
    let name = "  the same through `carbon-dml run` (whole command)";
    let Ok(exe) = std::env::current_exe() else {
        return measure(name, None, 1, || "failed: this program's path is unknown".into());
    };
    let args = run_args(&card_csv());
    measure(name, None, runs, || match std::process::Command::new(&exe).args(&args).output() {
        Ok(o) if o.status.success() => "import + estimate + report, separate process".into(),
        Ok(o) => format!("failed: {}", String::from_utf8_lossy(&o.stderr).lines().next().unwrap_or("")),
        Err(e) => format!("failed: {e}"),
    })
}

/// CPU time of this process so far (every thread), in seconds, from `/proc/self/stat`
/// (Linux; clock ticks of 1/100 s); `None` elsewhere.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at state: utime and stime
    // are the 12th and 13th of them.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Median of some numbers (NaN for none).
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The "pliv-card" suite: our estimate, the reference when [`REFERENCE_PYTHON_ENV`] is set
/// (our runs are split before and after it, so that a change in the machine's load while it
/// runs weighs on both sides), and the whole `run` command. Ratios compare medians.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let name = "PLIV, exact RF 500 x 3 nuisances, K=5, 3,010 rows (Card 1995)";
    let runs = if quick { 2 } else { 3 };
    let panel = match card_panel(&card_csv()) {
        Ok(p) => p,
        Err(e) => {
            return vec![measure(name, None, 1, || format!("failed: {e} (the suite runs from a source checkout)"))];
        }
    };
    let spec = match card_scenario().validate(&panel) {
        Ok(s) => s,
        Err(e) => return vec![measure(name, None, 1, || format!("failed: the scenario does not fit the data: {e:?}"))],
    };
    let (mut wall, mut cpu, mut outcome) = (Vec::new(), Vec::new(), String::new());
    // `keep: false` is the warm-up.
    let mut batch = |n: usize, keep: bool| {
        for _ in 0..n {
            let (t, c) = (Instant::now(), process_cpu_seconds());
            outcome = match estimate(&spec, &|_| {}, &AtomicBool::new(false)) {
                Ok(e) => format!("{} rows, theta {:.4} (se {:.4})", e.n, e.inference.theta, e.inference.se),
                Err(e) => format!("failed: {e}"),
            };
            if keep {
                wall.push(t.elapsed().as_secs_f64() * 1e3);
                if let (Some(a), Some(b)) = (c, process_cpu_seconds()) {
                    cpu.push(b - a);
                }
            }
        }
    };
    batch(1, false);
    batch(runs, true);
    let mut rows = Vec::new();
    // The faster reference configuration and its median wall time in ms.
    let mut best: Option<(f64, Reference)> = None;
    let mut notes = Vec::new();
    match std::env::var_os(REFERENCE_PYTHON_ENV) {
        None => notes.push(format!(
            "reference not run (set {REFERENCE_PYTHON_ENV}=/path/to/python with doubleml to run {} here)",
            reference_script().display()
        )),
        Some(python) => {
            let python = PathBuf::from(python);
            let ref_runs = if quick { 1 } else { 3 };
            for j in [1, -1] {
                match run_reference(&python, j, ref_runs) {
                    Ok(r) => {
                        rows.push(reference_row(&r));
                        let ms = median(r.all_seconds.clone()) * 1e3;
                        if best.as_ref().is_none_or(|(b, _)| ms < *b) {
                            best = Some((ms, r));
                        }
                    }
                    Err(e) => notes.push(format!("reference: {e}")),
                }
            }
            batch(runs, true);
        }
    }
    let ours_ms = median(wall.clone());
    let mut note = format!("{outcome}; CPU {:.2} s a run", median(cpu.clone()));
    if let Some((ref_ms, b)) = &best {
        notes.push(format!(
            "{:.1}x faster than DoubleML's best (n_jobs={}, median {:.2} s, CPU {:.2} s a run)",
            ref_ms / ours_ms,
            b.n_jobs,
            ref_ms / 1e3,
            b.cpu_seconds
        ));
    }
    for n in notes {
        note.push_str("; ");
        note.push_str(&n);
    }
    let ours = Measurement {
        name: name.into(),
        target_ms: best.as_ref().map(|(ref_ms, _)| ref_ms / TARGET_SPEEDUP),
        runs: wall.len(),
        median_ms: ours_ms,
        min_ms: wall.iter().copied().reduce(f64::min).unwrap_or(f64::NAN),
        note,
    };
    let mut out = vec![ours];
    out.extend(rows);
    out.push(whole_command(if quick { 1 } else { 3 }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_cross_section_validates_as_the_bench_scenario() {
        let panel = card_panel(&card_csv()).expect("card.csv is stored");
        assert_eq!(panel.n_rows(), 3010);
        let spec = card_scenario().validate(&panel);
        assert!(spec.is_ok(), "{spec:?}");
    }
}
