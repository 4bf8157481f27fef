//! The live analysis: derived variables and estimates recomputed in the background.
//!
//! Three jobs, each a [`JobSlot`] (newest wins, cancellable):
//! 1. **derive**: raw panel + the scenario's measure settings → panel with the derived
//!    variables the estimate reads (transitively) and every quick one (DCP and its sub-indices,
//!    CEE, CIWB, ISU, K). Keyed by the data fingerprint and the measure settings, so changing K
//!    (folds) or a learner never recomputes the index.
//! 2. **derive-rest**: the slow derived variables the estimate does not read (TFEE), started
//!    once the first stage is in, with its progress in the status bar; the views that need them
//!    wait for it, the estimate on DCP and CEE does not.
//! 3. **estimate**: derived panel + scenario → validated spec → DML estimate. Fits are reused
//!    through a [`NuisanceCache`] when their inputs are unchanged. When the scenario reads a
//!    variable of stage 2 (TFEE as the outcome), it starts once stage 2 is done.
//!
//! Each derived variable is kept in a [`DerivedCache`] by its own inputs and settings: new
//! index weights recompute the index, not TFEE; new TFEE settings recompute TFEE, not the index.
//!
//! A change marks the result stale at once; the job starts after a short debounce so that a
//! slider drag produces one estimate, not fifty. Results carry the scenario they belong to.

use super::jobs::{CANCELLED, JobSlot, JobState};
use super::preview::{PreviewSlot, Speed};
use crate::engine::data::Panel;
use crate::engine::dml::cache::NuisanceCache;
use crate::engine::dml::{DmlError, Estimate, estimate_cached};
use crate::engine::measures::tfee::TfeeProgress;
use crate::engine::measures::{DerivedCache, DerivedReport, DerivedVar, MeasureSpec, needed_derived};
use crate::engine::scenario::preview::{self, Reduction};
use crate::engine::scenario::{Scenario, SpecError};
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long edits must pause before a new estimate starts.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// The panel with derived variables, and how each was derived.
pub struct Derived {
    /// Fingerprint of the inputs (data and measure settings).
    pub key: u64,
    /// Raw columns plus derived ones.
    pub panel: Arc<Panel>,
    /// Status of every derived variable computed so far.
    pub report: DerivedReport,
    /// The derived variables still being computed in the background (TFEE), absent from
    /// `panel` until then.
    pub pending: BTreeSet<DerivedVar>,
}

impl Derived {
    /// True when every derived variable is in (nothing pending).
    pub fn is_complete(&self) -> bool {
        self.pending.is_empty()
    }

    /// The pending derived variables that `scenario` reads (transitively), in order.
    pub fn waiting_for(&self, scenario: &Scenario) -> Vec<DerivedVar> {
        if self.pending.is_empty() {
            return Vec::new();
        }
        needed_derived(&scenario.measures, &scenario.columns_read()).intersection(&self.pending).copied().collect()
    }
}

/// The derived variables of the first stage: those `scenario` reads and every quick one.
fn first_stage(scenario: &Scenario) -> BTreeSet<DerivedVar> {
    let mut vars = needed_derived(&scenario.measures, &scenario.columns_read());
    vars.extend(DerivedVar::ALL.into_iter().filter(|v| !v.is_slow()));
    vars
}

/// Add the derived variables `vars` to a copy of `panel` inside job `jc`, taking and keeping
/// them in `cache`. The job's bar follows the TFEE programs (per mille; the only slow derived
/// variable, the quick ones take a moment) and TFEE stops when the job is cancelled: then
/// `Err(CANCELLED)` and nothing is kept.
fn derive_in_job(
    jc: &super::jobs::JobContext,
    cache: &DerivedCache,
    measures: &MeasureSpec,
    panel: &Panel,
    vars: &BTreeSet<DerivedVar>,
) -> Result<(Panel, DerivedReport), String> {
    let bar = jc.progress.clone();
    bar.set_total(1000);
    let tfee = TfeeProgress::with_callback(move |done, total| {
        let per_mille = if total == 0 { 0 } else { (1000.0 * done as f64 / total as f64) as u32 };
        bar.set_done(per_mille.min(1000));
    })
    .with_cancel(jc.cancel.clone());
    let mut panel = panel.clone();
    let report = cache.add(&mut panel, measures, Some(&tfee), vars);
    if tfee.cancelled() {
        return Err(CANCELLED.to_string());
    }
    jc.progress.set_done(1000);
    Ok((panel, report))
}

/// Why an estimate is missing.
#[derive(Clone, Debug)]
pub enum Failure {
    /// The scenario does not fit the data (one error per field).
    Spec(Vec<SpecError>),
    /// Estimation failed: the engine's error (or the job's own message), worded in the
    /// window's language when shown.
    Engine(crate::locale::SharedError),
}

/// The outcome of one estimation run, with the inputs it belongs to.
#[derive(Clone)]
pub struct Outcome {
    /// The scenario that was estimated.
    pub scenario: Scenario,
    /// The derived-data key it was estimated on.
    pub derived_key: u64,
    /// The estimate or why there is none.
    pub result: Result<Arc<Estimate>, Failure>,
    /// Wall time of the run (of the full estimate, without its preview).
    pub duration: Duration,
    /// `Some` for a preview shown while the full estimate runs: what was reduced.
    pub preview: Option<Reduction>,
}

/// Inputs fingerprint of the derive stage.
pub fn derive_key(raw: &Panel, measures: &MeasureSpec) -> u64 {
    let spec = ron::to_string(measures).unwrap_or_default();
    let mut bytes = raw.content_hash.to_le_bytes().to_vec();
    bytes.extend_from_slice(&(raw.n_rows() as u64).to_le_bytes());
    bytes.extend_from_slice(raw.unit.as_ref().map_or("", |u| u.column.as_str()).as_bytes());
    bytes.extend_from_slice(raw.year.as_ref().map_or("", |y| y.column.as_str()).as_bytes());
    bytes.extend_from_slice(spec.as_bytes());
    crate::engine::data::panel::fnv1a64(&bytes)
}

/// The live analysis state of the window.
pub struct Analysis {
    /// The set-up being edited (persisted).
    pub scenario: Scenario,
    /// The current derived data, if computed.
    pub derived: Option<Arc<Derived>>,
    /// The newest estimation outcome.
    pub outcome: Option<Outcome>,
    derive_job: JobSlot<Arc<Derived>>,
    rest_job: JobSlot<Arc<Derived>>,
    /// The derived-data key whose second stage failed or was cancelled (not restarted until
    /// the next change).
    rest_stopped: Option<u64>,
    derived_cache: Arc<DerivedCache>,
    estimate_job: JobSlot<Outcome>,
    changed_at: Option<Instant>,
    cache: Arc<NuisanceCache>,
    /// The raw panel the derived data is built from.
    raw: Arc<Panel>,
    pending_derive: bool,
    previews: PreviewSlot,
    speed: Speed,
    /// Full estimates started (previews not counted): a slider drag starts one.
    full_runs: u64,
}

impl Analysis {
    /// A new analysis of `raw` with `scenario`; nothing runs until [`Analysis::tick`].
    pub fn new(raw: Arc<Panel>, scenario: Scenario) -> Self {
        Analysis {
            scenario,
            derived: None,
            outcome: None,
            derive_job: JobSlot::new("derive"),
            rest_job: JobSlot::new("derive-rest"),
            rest_stopped: None,
            derived_cache: Arc::new(DerivedCache::new()),
            estimate_job: JobSlot::new("estimate"),
            changed_at: Some(Instant::now() - DEBOUNCE),
            cache: Arc::new(NuisanceCache::new()),
            raw,
            pending_derive: true,
            previews: PreviewSlot::default(),
            speed: Speed::default(),
            full_runs: 0,
        }
    }

    /// Replace the raw data (after an import); derived data and estimates follow.
    pub fn set_raw(&mut self, raw: Arc<Panel>) {
        self.raw = raw;
        // The derived data of the old panel must not be shown beside the new one.
        self.derived = None;
        self.cache = Arc::new(NuisanceCache::new());
        self.derived_cache = Arc::new(DerivedCache::new());
        self.touch();
    }

    /// The nuisance cache the live estimates fill (shared with the battery, so fits the
    /// Results view already made are reused).
    pub fn cache(&self) -> Arc<NuisanceCache> {
        self.cache.clone()
    }

    /// The raw panel.
    pub fn raw(&self) -> &Arc<Panel> {
        &self.raw
    }

    /// Record that the scenario changed now (the estimate becomes stale).
    pub fn touch(&mut self) {
        self.changed_at = Some(Instant::now());
        self.pending_derive = true;
        self.rest_stopped = None;
    }

    /// Replace the scenario (no-op when equal).
    pub fn set_scenario(&mut self, scenario: Scenario) {
        if scenario != self.scenario {
            self.scenario = scenario;
            self.touch();
        }
    }

    /// Re-estimate now, skipping the debounce.
    pub fn rerun_now(&mut self) {
        self.changed_at = Some(Instant::now() - DEBOUNCE);
        self.pending_derive = true;
        self.rest_stopped = None;
        self.outcome = None;
    }

    /// Cancel the running estimate.
    pub fn cancel(&mut self) {
        self.estimate_job.cancel();
        self.derive_job.cancel();
        if self.rest_job.is_running() {
            self.rest_job.cancel();
            self.rest_stopped = self.derived.as_ref().map(|d| d.key);
        }
        self.changed_at = None;
    }

    /// Assume this machine runs estimates `factor` times as long as the cost model predicts
    /// (normally learnt from each full estimate; tests set it to force or avoid a preview).
    pub fn assume_speed(&mut self, factor: f64) {
        self.speed = Speed::assumed(factor);
    }

    /// How many full estimates were started so far (previews not counted): a slider drag,
    /// however long, starts one.
    pub fn full_runs_started(&self) -> u64 {
        self.full_runs
    }

    /// True when the shown estimate is a preview and the full one is still running.
    pub fn showing_preview(&self) -> bool {
        self.outcome.as_ref().is_some_and(|o| o.preview.is_some())
    }

    /// The derived-variable cache (for tests that check what was recomputed).
    pub fn derived_cache(&self) -> Arc<DerivedCache> {
        self.derived_cache.clone()
    }

    /// The derived variables the estimate waits for (being computed in the background).
    pub fn waiting_for(&self) -> Vec<DerivedVar> {
        self.derived.as_ref().map(|d| d.waiting_for(&self.scenario)).unwrap_or_default()
    }

    /// The derived variables being computed in the background (none when none is).
    pub fn deriving(&self) -> Vec<DerivedVar> {
        match &self.derived {
            Some(d) if self.rest_job.is_running() => d.pending.iter().copied().collect(),
            _ => Vec::new(),
        }
    }

    /// Progress of the background derivation (TFEE) in [0, 1].
    pub fn deriving_progress(&self) -> Option<f32> {
        self.rest_job.progress()
    }

    /// The panel the views should show: derived if available, raw otherwise.
    pub fn panel(&self) -> Arc<Panel> {
        self.derived.as_ref().map(|d| d.panel.clone()).unwrap_or_else(|| self.raw.clone())
    }

    /// True when the shown estimate does not belong to the current set-up: another scenario,
    /// or other data or measure settings than the ones it was estimated on. The data side is
    /// compared with the key of the current inputs ([`derive_key`]), not with the derived
    /// data in hand: after an import or new index weights the old derived data is still there
    /// until the new one is computed, and an estimate on it is not current.
    pub fn is_stale(&self) -> bool {
        match &self.outcome {
            None => true,
            Some(o) => o.scenario != self.scenario || o.derived_key != derive_key(&self.raw, &self.scenario.measures),
        }
    }

    /// True while the estimate is being produced: derived, estimated, or waiting for a
    /// derived variable it reads ([`Analysis::waiting_for`]).
    pub fn is_running(&self) -> bool {
        self.derive_job.is_running()
            || self.estimate_job.is_running()
            || (self.rest_job.is_running() && !self.waiting_for().is_empty())
    }

    /// Progress of the running estimate in [0, 1] (of the derivation it waits for, if it does).
    pub fn progress(&self) -> Option<f32> {
        self.estimate_job.progress().or_else(|| self.derive_job.progress()).or_else(|| self.rest_job.progress())
    }

    /// State of the estimation job (for the status bar).
    pub fn estimate_state(&self) -> &JobState {
        self.estimate_job.state()
    }

    /// When the last estimate finished.
    pub fn finished_at(&self) -> Option<std::time::SystemTime> {
        self.estimate_job.finished_at()
    }

    /// Per-frame step: collect results, start jobs whose inputs changed. `wake` is called from
    /// worker threads when a result is ready (request a repaint). Returns the time until the
    /// debounce expires, if a job is waiting for it.
    pub fn tick(&mut self, wake: impl Fn() + Clone + Send + 'static) -> Option<Duration> {
        if let Some(result) = self.derive_job.poll() {
            match result {
                Ok(d) => self.derived = Some(d),
                Err(e) if e == CANCELLED => {}
                Err(e) => {
                    self.outcome = Some(Outcome {
                        scenario: self.scenario.clone(),
                        derived_key: derive_key(&self.raw, &self.scenario.measures),
                        result: Err(Failure::Engine(crate::locale::SharedError::plain(e))),
                        duration: Duration::ZERO,
                        preview: None,
                    })
                }
            }
        }
        self.poll_rest();
        if let Some(p) = self.previews.take()
            && self.estimate_job.is_running()
        {
            self.outcome = Some(p);
        }
        if let Some(result) = self.estimate_job.poll() {
            match result {
                Ok(o) => {
                    if o.result.is_ok() {
                        let rows = self.derived.as_ref().map_or(0, |d| d.panel.n_rows());
                        self.speed.learn(&o.scenario, rows, o.duration.as_secs_f64());
                    }
                    self.outcome = Some(o)
                }
                Err(e) => {
                    self.outcome = Some(Outcome {
                        scenario: self.scenario.clone(),
                        derived_key: self.derived.as_ref().map_or(0, |d| d.key),
                        result: Err(Failure::Engine(crate::locale::SharedError::plain(e))),
                        duration: Duration::ZERO,
                        preview: None,
                    })
                }
            }
        }
        self.start_rest(wake.clone());
        let changed_at = self.changed_at?;
        let waited = changed_at.elapsed();
        if waited < DEBOUNCE {
            return Some(DEBOUNCE - waited);
        }
        let key = derive_key(&self.raw, &self.scenario.measures);
        if self.pending_derive && self.derived.as_ref().is_none_or(|d| d.key != key) {
            self.pending_derive = false;
            let raw = self.raw.clone();
            let measures = self.scenario.measures.clone();
            let vars = first_stage(&self.scenario);
            let cache = self.derived_cache.clone();
            self.estimate_job.cancel();
            self.rest_job.cancel();
            self.derive_job.spawn(wake, move |jc| {
                let (panel, report) = derive_in_job(jc, &cache, &measures, &raw, &vars)?;
                let pending = DerivedVar::ALL.into_iter().filter(|v| !vars.contains(v)).collect();
                Ok(Arc::new(Derived { key, panel: Arc::new(panel), report, pending }))
            });
            return None;
        }
        self.pending_derive = false;
        if self.derive_job.is_running() {
            return None;
        }
        let derived = self.derived.clone()?;
        if !derived.waiting_for(&self.scenario).is_empty() {
            // The scenario reads TFEE: the second stage (started above) wakes us when done.
            return None;
        }
        self.changed_at = None;
        let scenario = self.scenario.clone();
        let cache = self.cache.clone();
        let post = self.previews.next_job();
        let speed = self.speed.factor();
        let wake_for_preview = wake.clone();
        self.full_runs += 1;
        self.estimate_job.spawn(wake, move |jc| {
            // A long estimate shows a reduced one first (its own inputs and cache, so the full
            // result below is the same bits as without it).
            if let Some(p) = preview::plan(&scenario, &derived.panel, speed)
                && let Ok(spec) = p.scenario.validate(p.panel(&derived.panel))
            {
                let started = Instant::now();
                match estimate_cached(&spec, &|_| {}, &jc.cancel, &NuisanceCache::new()) {
                    Ok(mut e) => {
                        e.rows = p.full_rows(&e.rows);
                        post.post(Outcome {
                            scenario: scenario.clone(),
                            derived_key: derived.key,
                            result: Ok(Arc::new(e)),
                            duration: started.elapsed(),
                            preview: Some(p.reduction),
                        });
                        wake_for_preview();
                    }
                    Err(DmlError::Cancelled) => return Err(CANCELLED.to_string()),
                    // The full estimate reports what is wrong.
                    Err(_) => {}
                }
            }
            let started = Instant::now();
            let outcome = |result| Outcome {
                scenario: scenario.clone(),
                derived_key: derived.key,
                result,
                duration: started.elapsed(),
                preview: None,
            };
            let spec = match scenario.validate(&derived.panel) {
                Ok(s) => s,
                Err(errors) => return Ok(outcome(Err(Failure::Spec(errors)))),
            };
            let progress = jc.progress.clone();
            let report = move |p: crate::engine::dml::Progress| {
                progress.set_total(p.total as u32);
                progress.set_done(p.done as u32);
            };
            match estimate_cached(&spec, &report, &jc.cancel, &cache) {
                Ok(e) => Ok(outcome(Ok(Arc::new(e)))),
                Err(DmlError::Cancelled) => Err(CANCELLED.to_string()),
                Err(e) => Ok(outcome(Err(Failure::Engine(e.into())))),
            }
        });
        None
    }

    /// Collect the second stage: the complete derived data replaces the partial one (same key:
    /// the estimate on it stays current).
    fn poll_rest(&mut self) {
        let Some(result) = self.rest_job.poll() else { return };
        let current = self.derived.as_ref().map(|d| d.key);
        match result {
            Ok(d) if Some(d.key) == current => self.derived = Some(d),
            Ok(_) => {}
            Err(e) => {
                self.rest_stopped = current;
                if e != CANCELLED && !self.waiting_for().is_empty() {
                    self.changed_at = None;
                    self.outcome = Some(Outcome {
                        scenario: self.scenario.clone(),
                        derived_key: current.unwrap_or(0),
                        result: Err(Failure::Engine(crate::locale::SharedError::plain(e))),
                        duration: Duration::ZERO,
                        preview: None,
                    });
                }
            }
        }
    }

    /// Start the second stage when the current derived data has variables pending.
    fn start_rest(&mut self, wake: impl Fn() + Send + 'static) {
        let Some(d) = self.derived.clone() else { return };
        if d.is_complete() || self.rest_job.is_running() || self.derive_job.is_running() {
            return;
        }
        if self.rest_stopped == Some(d.key) || d.key != derive_key(&self.raw, &self.scenario.measures) {
            return;
        }
        let measures = self.scenario.measures.clone();
        let cache = self.derived_cache.clone();
        self.rest_job.spawn(wake, move |jc| {
            let (panel, rest) = derive_in_job(jc, &cache, &measures, &d.panel, &d.pending)?;
            let report = d.report.clone().merged(rest);
            Ok(Arc::new(Derived { key: d.key, panel: Arc::new(panel), report, pending: BTreeSet::new() }))
        });
    }
}
