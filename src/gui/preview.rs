//! The window's side of previews ([`crate::engine::scenario::preview`]): the estimate job posts
//! its preview here before it starts the full estimate, the analysis picks it up on the next
//! frame, and the machine's speed is learnt from each full estimate so that the decision to
//! preview follows this machine rather than the one the cost model was measured on.

use super::analysis::Outcome;
use crate::engine::scenario::Scenario;
use crate::engine::scenario::preview::{Reduction, predicted_seconds};
use std::sync::{Arc, Mutex};

/// Where the running estimate job posts its preview; a preview of a superseded job is
/// ignored (each job carries the generation it was started with).
#[derive(Default)]
pub struct PreviewSlot {
    generation: u64,
    posted: Arc<Mutex<Option<(u64, Outcome)>>>,
}

/// The job's end of a [`PreviewSlot`].
pub struct PreviewPost {
    generation: u64,
    posted: Arc<Mutex<Option<(u64, Outcome)>>>,
}

impl PreviewPost {
    /// Post the preview (replacing an unread one of the same job).
    pub fn post(&self, outcome: Outcome) {
        if let Ok(mut slot) = self.posted.lock() {
            *slot = Some((self.generation, outcome));
        }
    }
}

impl PreviewSlot {
    /// A new job starts: earlier posts no longer count. Returns the new job's end.
    pub fn next_job(&mut self) -> PreviewPost {
        self.generation += 1;
        if let Ok(mut slot) = self.posted.lock() {
            *slot = None;
        }
        PreviewPost { generation: self.generation, posted: self.posted.clone() }
    }

    /// The current job's preview, if it posted one since the last call.
    pub fn take(&mut self) -> Option<Outcome> {
        let mut slot = self.posted.lock().ok()?;
        match slot.take() {
            Some((g, o)) if g == self.generation => Some(o),
            _ => None,
        }
    }
}

/// The measured / predicted time of the last full estimate (1 until one was long enough to
/// say), clamped to [0.25, 8] so that one odd run cannot switch previews off or on for good.
#[derive(Clone, Copy, Debug)]
pub struct Speed(f64);

impl Default for Speed {
    fn default() -> Self {
        Speed(1.0)
    }
}

impl Speed {
    /// A factor set by hand, clamped to [0.25, 100] (wider than a learnt one, so that tests
    /// can act a very slow machine).
    pub fn assumed(factor: f64) -> Speed {
        Speed(if factor.is_finite() { factor.clamp(0.25, 100.0) } else { 1.0 })
    }

    /// The factor the cost model's prediction is multiplied by.
    pub fn factor(self) -> f64 {
        self.0
    }

    /// Learn from a full estimate of `scenario` on `rows` rows that took `seconds`; runs
    /// predicted under 0.05 s are dominated by overheads the model leaves out and are ignored.
    pub fn learn(&mut self, scenario: &Scenario, rows: usize, seconds: f64) {
        let predicted = predicted_seconds(scenario, rows);
        if predicted >= 0.05 && seconds.is_finite() && seconds > 0.0 {
            self.0 = (seconds / predicted).clamp(0.25, 8.0);
        }
    }
}

/// The orange line over a preview: what was reduced, and that the full estimate follows.
pub fn banner(ui: &mut egui::Ui, r: &Reduction, lang: super::i18n::Lang) {
    let text = crate::tr!(lang, "gui-preview-banner", what = reduction_text(r, lang));
    ui.colored_label(super::theme::palette(ui.visuals()).warning, text);
}

/// The preview's description, e.g. "50 of 500 trees; 1 of 3 repetitions; 2,016 of 33,600
/// rows (168 of 2,800 units, whole)", in `lang`.
pub fn reduction_text(r: &Reduction, lang: super::i18n::Lang) -> String {
    let mut parts = Vec::new();
    if let Some((p, f)) = r.trees {
        parts.push(crate::tr!(lang, "gui-preview-trees", preview = p, full = f));
    }
    if let Some((p, f)) = r.repetitions {
        parts.push(crate::tr!(lang, "gui-preview-repetitions", preview = p, full = f));
    }
    match (r.rows, r.units) {
        (Some((p, f)), Some((u, all))) => {
            parts.push(crate::tr!(lang, "gui-preview-units", preview = p, full = f, units = u, all = all))
        }
        (Some((p, f)), None) => parts.push(crate::tr!(lang, "gui-preview-rows", preview = p, full = f)),
        _ => {}
    }
    parts.join(&crate::tr!(lang, "gui-preview-separator"))
}
