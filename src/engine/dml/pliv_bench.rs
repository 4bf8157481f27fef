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
            "theta {:.4} (se {:.4}); DoubleML {}, scikit-learn {}, Python {}",
            r.theta,
            r.se,
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

/// The "pliv-card" suite: our estimate, the reference when [`REFERENCE_PYTHON_ENV`] is set,
/// and the whole `run` command.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let name = "PLIV, exact RF 500 x 3 nuisances, K=5, 3,010 rows (Card 1995)";
    let runs = if quick { 3 } else { 5 };
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
    let mut ours = measure(name, None, runs, || match estimate(&spec, &|_| {}, &AtomicBool::new(false)) {
        Ok(e) => format!("{} rows, theta {:.4} (se {:.4})", e.n, e.inference.theta, e.inference.se),
        Err(e) => format!("failed: {e}"),
    });
    let mut rows = Vec::new();
    match std::env::var_os(REFERENCE_PYTHON_ENV) {
        None => {
            ours.note.push_str(&format!(
                "; reference not run (set {REFERENCE_PYTHON_ENV}=/path/to/python with doubleml to run {} here)",
                reference_script().display()
            ));
        }
        Some(python) => {
            let python = PathBuf::from(python);
            let ref_runs = if quick { 1 } else { 3 };
            let started = Instant::now();
            let results: Vec<Result<Reference, String>> =
                [1, -1].iter().map(|&j| run_reference(&python, j, ref_runs)).collect();
            let mut best: Option<&Reference> = None;
            for r in &results {
                match r {
                    Ok(r) => {
                        rows.push(reference_row(r));
                        if best.is_none_or(|b| r.seconds < b.seconds) {
                            best = Some(r);
                        }
                    }
                    Err(e) => ours.note.push_str(&format!("; reference: {e}")),
                }
            }
            if let Some(b) = best {
                let ratio = b.seconds * 1e3 / ours.median_ms;
                ours.target_ms = Some(b.seconds * 1e3 / TARGET_SPEEDUP);
                ours.note.push_str(&format!(
                    "; {ratio:.1}x faster than DoubleML's best (n_jobs={}, {:.2} s; reference took {:.0} s in all)",
                    b.n_jobs,
                    b.seconds,
                    started.elapsed().as_secs_f64()
                ));
            }
        }
    }
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
