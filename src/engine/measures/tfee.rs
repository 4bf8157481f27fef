//! Total-factor energy efficiency (TFEE) of every unit-year: SBM / super-SBM with undesirable
//! outputs (see [`super::sbm`]) against a frontier per year or over all years.
//!
//! Each unit-year is a DMU. With the contemporaneous frontier ([`Frontier::Year`], default)
//! a DMU is compared with the DMUs of its own year; with the global frontier
//! ([`Frontier::Global`]) with every DMU of every year. Inefficient DMUs get their SBM score
//! (< 1), efficient ones their super-SBM score (>= 1). Unit-years with a missing input or
//! output get no score (status `missing`) and are left out of every reference set; programs
//! that are infeasible or unbounded, or that the solver cannot finish, are reported per
//! unit-year with their status and no number.
//!
//! Two methods give the same scores ([`TfeeMethod`]): the default solves each DMU's program
//! against the efficient frontier only (hierarchical screening, then reduced programs: see
//! [`super::reduced`], where the equality is proved); [`TfeeMethod::Full`] solves every program
//! against every DMU of its frontier (the reference, kept for tests and benchmarks).
//! Programs run in parallel (rayon) across DMUs and frontier groups, collected in order, so
//! each result is the same on every run and at any thread count.

use super::ColumnProblem;
use super::derived_note::TfeeNote;
use super::sbm::{DeaData, DmuScore, DmuStatus, Rts, evaluate};
use crate::engine::data::Panel;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How the linear programs are solved; both give the same scores (to the simplex's rounding).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TfeeMethod {
    /// Screen for the efficient frontier, then solve each program against it only
    /// ([`super::reduced::evaluate_group`]).
    #[default]
    Reduced,
    /// Every program against every DMU of its frontier ([`super::sbm::evaluate`]).
    Full,
}

/// Callback of [`TfeeProgress::with_callback`]: `(done, total)` after each advance.
pub type ProgressCallback = Box<dyn Fn(usize, usize) + Send + Sync>;

/// Progress of a TFEE computation, readable from another thread: `done` of `total` steps,
/// two per scored unit-year (screened, then scored).
#[derive(Default)]
pub struct TfeeProgress {
    done: AtomicUsize,
    total: AtomicUsize,
    on_advance: Option<ProgressCallback>,
    /// Set from another thread to stop the computation ([`TfeeError::Cancelled`]).
    cancel: Option<Arc<AtomicBool>>,
}

impl std::fmt::Debug for TfeeProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (done, total) = self.get();
        f.debug_struct("TfeeProgress").field("done", &done).field("total", &total).finish()
    }
}

impl TfeeProgress {
    /// A counter at zero of zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// A counter that also calls `f(done, total)` after every advance (from worker threads;
    /// keep it cheap, e.g. storing into an atomic).
    pub fn with_callback(f: impl Fn(usize, usize) + Send + Sync + 'static) -> Self {
        TfeeProgress { on_advance: Some(Box::new(f)), ..Self::default() }
    }

    /// The same counter, stopped when `flag` is set: the programs not yet started are skipped
    /// and the computation ends with [`TfeeError::Cancelled`].
    pub fn with_cancel(self, flag: Arc<AtomicBool>) -> Self {
        TfeeProgress { cancel: Some(flag), ..self }
    }

    /// True once the cancel flag is set.
    pub fn cancelled(&self) -> bool {
        self.cancel.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// Add `k` finished steps.
    pub fn advance(&self, k: usize) {
        let done = self.done.fetch_add(k, Ordering::Relaxed) + k;
        if let Some(f) = &self.on_advance {
            f(done, self.total.load(Ordering::Relaxed));
        }
    }

    /// `(done, total)` steps so far (`total` is 0 until the panel is checked).
    pub fn get(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// Fraction done in `[0, 1]` (0 before the total is known).
    pub fn fraction(&self) -> f32 {
        let (d, t) = self.get();
        if t == 0 { 0.0 } else { (d as f64 / t as f64).min(1.0) as f32 }
    }
}

/// Which DMUs form a DMU's frontier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Frontier {
    /// The DMUs of the same year (contemporaneous).
    #[default]
    Year,
    /// All DMUs of all years (global, pooled).
    Global,
}

/// What to do with zero or negative inputs and outputs (SBM divides by them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NonPositive {
    /// Refuse, naming the column and the first unit-year.
    #[default]
    Error,
    /// Replace every value `<= 0` of a column by [`ADJUST_FACTOR`] times the smallest positive
    /// value of that column (over the rows used), and report how many were replaced.
    Adjust,
}

/// The fraction of a column's smallest positive value that replaces its non-positive values
/// under [`NonPositive::Adjust`].
pub const ADJUST_FACTOR: f64 = 0.01;

/// TFEE settings.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `inputs` | `K, labour, energy` | >= 1 numeric columns | inputs (capital stock, labour, energy) |
/// | `good` | `gdp` | >= 1 numeric columns | desirable outputs |
/// | `bad` | `wastewater, so2, nox, dust` | >= 0 numeric columns | undesirable outputs |
/// | `rts` | `Crs` | `Crs`, `Vrs` | returns to scale |
/// | `frontier` | `Year` | `Year`, `Global` | contemporaneous or global frontier |
/// | `non_positive` | `Error` | `Error`, `Adjust` | zero or negative values: refuse, or replace by a small positive value |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TfeeSpec {
    /// Input columns.
    pub inputs: Vec<String>,
    /// Desirable-output columns.
    pub good: Vec<String>,
    /// Undesirable-output columns.
    pub bad: Vec<String>,
    /// Returns to scale.
    pub rts: Rts,
    /// Frontier.
    pub frontier: Frontier,
    /// Handling of non-positive values.
    pub non_positive: NonPositive,
}

impl Default for TfeeSpec {
    /// The study's set-up on the bundled sample's columns.
    fn default() -> Self {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect();
        TfeeSpec {
            inputs: v(&["K", "labour", "energy"]),
            good: v(&["gdp"]),
            bad: v(&["wastewater", "so2", "nox", "dust"]),
            rts: Rts::Crs,
            frontier: Frontier::Year,
            non_positive: NonPositive::Error,
        }
    }
}

/// Why TFEE cannot be computed at all.
#[derive(Clone, Debug, PartialEq)]
pub enum TfeeError {
    /// No input column.
    NoInputs,
    /// No desirable output.
    NoGoodOutputs,
    /// A column is named twice.
    Duplicate(String),
    /// A column is absent.
    MissingColumn(String),
    /// A column holds text.
    NotNumeric(String),
    /// A column has no value at all.
    NoValues(String),
    /// A per-year frontier without a year column.
    NoYearColumn,
    /// A zero or negative value under [`NonPositive::Error`].
    NonPositive {
        /// Column.
        column: String,
        /// Number of such values among complete rows.
        count: usize,
        /// Where the first one is (unit and year, or row).
        at: crate::engine::data::place::Place,
        /// The first such value.
        value: f64,
    },
    /// No positive value to derive the adjustment from.
    NoPositive(String),
    /// Stopped through [`TfeeProgress::with_cancel`] before every program was solved.
    Cancelled,
}

/// The TFEE of every panel row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TfeeResult {
    /// One result per panel row, in row order.
    pub rows: Vec<DmuScore>,
    /// Remarks (values adjusted, rows missing).
    pub notes: Vec<TfeeNote>,
}

impl TfeeResult {
    /// The scores as a column (NaN where there is none).
    pub fn scores(&self) -> Vec<f64> {
        self.rows.iter().map(|r| r.score).collect()
    }

    /// Number of rows with each status, in [`DmuStatus`] order, zero counts left out.
    pub fn status_counts(&self) -> Vec<(DmuStatus, usize)> {
        use DmuStatus::*;
        [Sbm, SuperSbm, Missing, TooFewUnits, Infeasible, Unbounded, SolverError]
            .into_iter()
            .map(|s| (s, self.rows.iter().filter(|r| r.status == s).count()))
            .filter(|&(_, c)| c > 0)
            .collect()
    }
}

impl TfeeSpec {
    /// Check the settings against the panel: every column present and numeric, no repeats.
    pub fn validate(&self, panel: &Panel) -> Result<(), TfeeError> {
        if self.inputs.is_empty() {
            return Err(TfeeError::NoInputs);
        }
        if self.good.is_empty() {
            return Err(TfeeError::NoGoodOutputs);
        }
        let mut seen = std::collections::BTreeSet::new();
        for c in self.inputs.iter().chain(&self.good).chain(&self.bad) {
            if !seen.insert(c.as_str()) {
                return Err(TfeeError::Duplicate(c.clone()));
            }
            match super::numeric_column(panel, c) {
                Ok(_) => {}
                Err(ColumnProblem::Empty) => return Err(TfeeError::NoValues(c.clone())),
                Err(ColumnProblem::Text) => return Err(TfeeError::NotNumeric(c.clone())),
                Err(ColumnProblem::Absent) => return Err(TfeeError::MissingColumn(c.clone())),
            }
        }
        if self.frontier == Frontier::Year && panel.year.is_none() {
            return Err(TfeeError::NoYearColumn);
        }
        Ok(())
    }
}

/// Compute TFEE for every row of `panel` (by the default, reduced method).
pub fn compute_tfee(panel: &Panel, spec: &TfeeSpec) -> Result<TfeeResult, TfeeError> {
    compute_tfee_with(panel, spec, TfeeMethod::Reduced, None)
}

/// Compute TFEE for every row of `panel` by `method`, counting steps in `progress`.
pub fn compute_tfee_with(
    panel: &Panel,
    spec: &TfeeSpec,
    method: TfeeMethod,
    progress: Option<&TfeeProgress>,
) -> Result<TfeeResult, TfeeError> {
    spec.validate(panel)?;
    let n = panel.n_rows();
    let all: Vec<&String> = spec.inputs.iter().chain(&spec.good).chain(&spec.bad).collect();
    let cols: Vec<&[f64]> = all.iter().map(|c| panel.numeric(c).unwrap_or(&[])).collect();
    let complete: Vec<usize> = (0..n).filter(|&r| cols.iter().all(|c| c[r].is_finite())).collect();
    let mut notes = Vec::new();
    if complete.len() < n {
        notes.push(TfeeNote::Incomplete { missing: n - complete.len(), total: n });
    }
    // Values per column over the complete rows, adjusted if asked.
    let mut values: Vec<Vec<f64>> = Vec::with_capacity(cols.len());
    for (name, col) in all.iter().zip(&cols) {
        let mut v: Vec<f64> = col.to_vec();
        let bad: Vec<usize> = complete.iter().copied().filter(|&r| v[r] <= 0.0).collect();
        if let Some(&first) = bad.first() {
            match spec.non_positive {
                NonPositive::Error => {
                    return Err(TfeeError::NonPositive {
                        column: name.to_string(),
                        count: bad.len(),
                        at: super::place(panel, first),
                        value: v[first],
                    });
                }
                NonPositive::Adjust => {
                    let min_pos = complete.iter().map(|&r| v[r]).filter(|&x| x > 0.0).fold(f64::INFINITY, f64::min);
                    if !min_pos.is_finite() {
                        return Err(TfeeError::NoPositive(name.to_string()));
                    }
                    for &r in &bad {
                        v[r] = ADJUST_FACTOR * min_pos;
                    }
                    notes.push(TfeeNote::Adjusted {
                        column: name.to_string(),
                        count: bad.len(),
                        value: ADJUST_FACTOR * min_pos,
                        factor: ADJUST_FACTOR,
                    });
                }
            }
        }
        values.push(v);
    }
    // Frontier groups of complete rows.
    let groups: Vec<Vec<usize>> = match (spec.frontier, &panel.year) {
        (Frontier::Year, Some(y)) => {
            let years = panel.years();
            years.iter().map(|&yr| complete.iter().copied().filter(|&r| y.years[r] == yr).collect()).collect()
        }
        _ => vec![complete.clone()],
    };
    let (m, s1, s2) = (spec.inputs.len(), spec.good.len(), spec.bad.len());
    let datas: Vec<DeaData> = groups
        .iter()
        .map(|rows| {
            let take = |range: std::ops::Range<usize>| -> Vec<f64> {
                rows.iter().flat_map(|&r| values[range.clone()].iter().map(move |c| c[r])).collect()
            };
            DeaData { m, s1, s2, x: take(0..m), yg: take(m..m + s1), yb: take(m + s1..m + s1 + s2) }
        })
        .collect();
    if let Some(p) = progress {
        p.total.store(2 * complete.len(), Ordering::Relaxed);
    }
    let scored: Vec<Vec<DmuScore>> = match method {
        TfeeMethod::Reduced => {
            datas.par_iter().map(|d| super::reduced::evaluate_group(d, spec.rts, progress)).collect()
        }
        TfeeMethod::Full => datas.par_iter().map(|d| evaluate_full(d, spec.rts, progress)).collect(),
    };
    if stopped(progress) {
        return Err(TfeeError::Cancelled);
    }
    let mut rows = vec![DmuScore::failed(DmuStatus::Missing, f64::NAN); n];
    for (g, s) in groups.iter().zip(scored) {
        for (&r, score) in g.iter().zip(s) {
            rows[r] = score;
        }
    }
    Ok(TfeeResult { rows, notes })
}

/// True when `progress` has been cancelled: programs not yet started are skipped (their
/// placeholder results are never returned: [`compute_tfee_with`] ends with
/// [`TfeeError::Cancelled`]).
pub(super) fn stopped(progress: Option<&TfeeProgress>) -> bool {
    progress.is_some_and(TfeeProgress::cancelled)
}

/// Every DMU of `d` evaluated against all DMUs of `d` (the full programs).
fn evaluate_full(d: &DeaData, rts: Rts, progress: Option<&TfeeProgress>) -> Vec<DmuScore> {
    let members: Vec<usize> = (0..d.n()).collect();
    members
        .par_iter()
        .map(|&o| {
            if stopped(progress) {
                return DmuScore::failed(DmuStatus::SolverError, f64::NAN);
            }
            let r = evaluate(d, o, &members, rts);
            if let Some(p) = progress {
                p.advance(2);
            }
            r
        })
        .collect()
}
