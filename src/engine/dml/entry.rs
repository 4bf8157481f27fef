//! The engine entry the window and the command line call: a validated scenario in, an
//! [`Estimate`] out, with progress, cancellation and (optionally) reuse of earlier fits.

use super::cache::NuisanceCache;
use super::crossfit::Progress;
use super::error::DmlError;
use super::estimate::run;
use super::result::Estimate;
use crate::engine::scenario::ValidSpec;
use std::sync::atomic::AtomicBool;

/// Estimate a validated scenario. `progress` hears about every finished fit (from worker
/// threads); setting `cancel` stops the run between fits with [`DmlError::Cancelled`].
pub fn estimate(
    spec: &ValidSpec,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Estimate, DmlError> {
    finish(spec, run(&spec.design, &spec.settings, progress, cancel, None)?)
}

/// As [`estimate`], reusing cross-fits from `cache` whose inputs are unchanged and storing
/// the new ones (for example, the `m(X)` fits survive a change of outcome).
pub fn estimate_cached(
    spec: &ValidSpec,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: &NuisanceCache,
) -> Result<Estimate, DmlError> {
    finish(spec, run(&spec.design, &spec.settings, progress, cancel, Some(cache))?)
}

fn finish(spec: &ValidSpec, mut e: Estimate) -> Result<Estimate, DmlError> {
    e.label = spec.scenario.label();
    e.fingerprint = spec.fingerprint;
    e.spec_notes = spec.notes.clone();
    e.notes = spec.notes.iter().map(ToString::to_string).collect();
    for r in &e.nuisance {
        for n in &r.notes {
            let note = format!("{} ({}): {n}", r.nuisance.name(), r.learner);
            if !e.notes.contains(&note) {
                e.notes.push(note);
            }
        }
    }
    Ok(e)
}
