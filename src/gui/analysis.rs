//! The live analysis: derived variables and estimates recomputed in the background.
//!
//! Two stages, each a [`JobSlot`] (newest wins, cancellable):
//! 1. **derive**: raw panel + the scenario's measure settings → panel with DCP, CEE, CIWB,
//!    ISU, K, TFEE. Keyed by the data fingerprint and the measure settings, so changing K or a
//!    learner never recomputes the index.
//! 2. **estimate**: derived panel + scenario → validated spec → DML estimate. Fits are reused
//!    through a [`NuisanceCache`] when their inputs are unchanged.
//!
//! A change marks the result stale at once; the job starts after a short debounce so that a
//! slider drag produces one estimate, not fifty. Results carry the scenario they belong to.

use super::jobs::{CANCELLED, JobSlot, JobState};
use crate::engine::data::Panel;
use crate::engine::dml::cache::NuisanceCache;
use crate::engine::dml::{DmlError, Estimate, estimate_cached};
use crate::engine::measures::derive::add_derived_with_progress;
use crate::engine::measures::tfee::TfeeProgress;
use crate::engine::measures::{DerivedReport, MeasureSpec};
use crate::engine::scenario::{Scenario, SpecError};
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
    /// Status of every derived variable.
    pub report: DerivedReport,
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
    /// Wall time of the run.
    pub duration: Duration,
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
    estimate_job: JobSlot<Outcome>,
    changed_at: Option<Instant>,
    cache: Arc<NuisanceCache>,
    /// The raw panel the derived data is built from.
    raw: Arc<Panel>,
    pending_derive: bool,
}

impl Analysis {
    /// A new analysis of `raw` with `scenario`; nothing runs until [`Analysis::tick`].
    pub fn new(raw: Arc<Panel>, scenario: Scenario) -> Self {
        Analysis {
            scenario,
            derived: None,
            outcome: None,
            derive_job: JobSlot::new("derive"),
            estimate_job: JobSlot::new("estimate"),
            changed_at: Some(Instant::now() - DEBOUNCE),
            cache: Arc::new(NuisanceCache::new()),
            raw,
            pending_derive: true,
        }
    }

    /// Replace the raw data (after an import); derived data and estimates follow.
    pub fn set_raw(&mut self, raw: Arc<Panel>) {
        self.raw = raw;
        self.cache = Arc::new(NuisanceCache::new());
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
        self.outcome = None;
    }

    /// Cancel the running estimate.
    pub fn cancel(&mut self) {
        self.estimate_job.cancel();
        self.derive_job.cancel();
        self.changed_at = None;
    }

    /// The panel the views should show: derived if available, raw otherwise.
    pub fn panel(&self) -> Arc<Panel> {
        self.derived.as_ref().map(|d| d.panel.clone()).unwrap_or_else(|| self.raw.clone())
    }

    /// True when the shown estimate does not belong to the current set-up.
    pub fn is_stale(&self) -> bool {
        match &self.outcome {
            None => true,
            Some(o) => o.scenario != self.scenario || Some(o.derived_key) != self.derived.as_ref().map(|d| d.key),
        }
    }

    /// True while a derive or estimate job runs.
    pub fn is_running(&self) -> bool {
        self.derive_job.is_running() || self.estimate_job.is_running()
    }

    /// Progress of the running estimate in [0, 1].
    pub fn progress(&self) -> Option<f32> {
        self.estimate_job.progress().or_else(|| self.derive_job.progress())
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
                        derived_key: 0,
                        result: Err(Failure::Engine(crate::locale::SharedError::plain(e))),
                        duration: Duration::ZERO,
                    })
                }
            }
        }
        if let Some(result) = self.estimate_job.poll() {
            match result {
                Ok(o) => self.outcome = Some(o),
                Err(e) => {
                    self.outcome = Some(Outcome {
                        scenario: self.scenario.clone(),
                        derived_key: self.derived.as_ref().map_or(0, |d| d.key),
                        result: Err(Failure::Engine(crate::locale::SharedError::plain(e))),
                        duration: Duration::ZERO,
                    })
                }
            }
        }
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
            self.estimate_job.cancel();
            self.derive_job.spawn(wake, move |jc| {
                // The bar follows the TFEE programs (per mille), the only slow derived variable.
                jc.progress.set_total(1000);
                let bar = jc.progress.clone();
                let tfee = TfeeProgress::with_callback(move |done, total| {
                    let per_mille = if total == 0 { 0 } else { (1000.0 * done as f64 / total as f64) as u32 };
                    bar.set_done(per_mille.min(1000));
                });
                let mut panel = (*raw).clone();
                let report = add_derived_with_progress(&mut panel, &measures, Some(&tfee));
                jc.progress.set_done(1000);
                Ok(Arc::new(Derived { key, panel: Arc::new(panel), report }))
            });
            return None;
        }
        self.pending_derive = false;
        if self.derive_job.is_running() {
            return None;
        }
        let derived = self.derived.clone()?;
        self.changed_at = None;
        let scenario = self.scenario.clone();
        let cache = self.cache.clone();
        self.estimate_job.spawn(wake, move |jc| {
            let started = Instant::now();
            let outcome = |result| Outcome {
                scenario: scenario.clone(),
                derived_key: derived.key,
                result,
                duration: started.elapsed(),
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
}
