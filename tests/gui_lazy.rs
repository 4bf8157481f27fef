//! The window derives lazily: the estimate on DCP and CEE starts while TFEE is still being
//! computed in the background, a scenario that reads TFEE waits for it (and says so) without
//! blocking the window, and new index weights do not recompute TFEE.

use carbon_dml::engine::measures::derive_cache::fingerprint;
use carbon_dml::engine::measures::{DerivedVar, MeasureSpec, add_derived_only};
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp, View};
use egui_kittest::kittest::Queryable;
use std::collections::BTreeSet;

use crate::common::{harness, ols_scenario as ols, wait};

fn estimated(app: &ExplorerApp, outcome: &str) -> bool {
    let a = &app.analysis;
    a.outcome.as_ref().is_some_and(|o| o.scenario.outcome == outcome && o.result.is_ok())
        && !a.is_stale()
        && !a.is_running()
}

#[test]
fn the_baseline_does_not_wait_for_tfee_and_a_tfee_model_waits_for_it() {
    let app = ExplorerApp::with_options(LaunchOptions::default());
    // Hold TFEE back: its key (the default settings on the sample with K) is reserved here,
    // before the first frame, so the background job that computes it waits until the
    // reservation is dropped.
    let cache = app.analysis.derived_cache();
    let spec = MeasureSpec::default();
    let mut with_k = (**app.analysis.raw()).clone();
    add_derived_only(&mut with_k, &spec, None, &BTreeSet::from([DerivedVar::Capital]));
    let held = cache.reserve(DerivedVar::Tfee, fingerprint(&with_k, &spec, DerivedVar::Tfee)).expect("TFEE free");
    let mut h = harness(app);

    h.state_mut().commands.push(Command::SetScenario(Box::new(ols("CEE"))));
    h.state_mut().commands.push(Command::ShowView(View::Results));
    wait(&mut h, 120, "the baseline estimate", |app| estimated(app, "CEE"));
    let d = h.state().analysis.derived.clone().expect("derived data");
    assert!(d.pending.contains(&DerivedVar::Tfee) && d.panel.column("TFEE").is_none(), "TFEE is not in yet");
    assert!(d.panel.column("DCP").is_some() && d.panel.column("K").is_some(), "the quick ones are");
    h.get_by_label_contains("computing in the background: TFEE");

    // A model on TFEE waits for it, and says so; the window keeps drawing meanwhile.
    h.state_mut().commands.push(Command::SetScenario(Box::new(ols("TFEE"))));
    for _ in 0..30 {
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(h.state().analysis.is_running());
    assert_eq!(h.state().analysis.waiting_for(), vec![DerivedVar::Tfee]);
    assert!(h.query_all_by_label_contains("the estimate waits for TFEE").count() >= 1);

    drop(held);
    wait(&mut h, 300, "the estimate on TFEE", |app| estimated(app, "TFEE"));
    assert!(h.state().analysis.derived.as_ref().is_some_and(|d| d.is_complete()));
    assert!(h.query_by_label_contains("computing in the background").is_none());

    // New index weights: the index again, never TFEE.
    let tfee_runs = |c: &[DerivedVar]| c.iter().filter(|v| **v == DerivedVar::Tfee).count();
    assert_eq!(tfee_runs(&cache.computed()), 1);
    let mut reweighted = ols("TFEE");
    reweighted.measures.index.shift = 0.01;
    h.state_mut().commands.push(Command::SetScenario(Box::new(reweighted)));
    wait(&mut h, 120, "the estimate after new weights", |app| {
        estimated(app, "TFEE") && app.analysis.outcome.as_ref().is_some_and(|o| o.scenario.measures.index.shift == 0.01)
    });
    let computed = cache.computed();
    assert_eq!(tfee_runs(&computed), 1, "{computed:?}");
    assert_eq!(computed.last(), Some(&DerivedVar::Index));
}
