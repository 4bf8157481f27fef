//! Derived variables computed by need: only what some columns require, bit for bit as the full
//! derivation, and cached by each variable's declared inputs and settings.

use carbon_dml::engine::data::Panel;
use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::measures::derive::{DerivedStatus, add_derived, add_derived_only};
use carbon_dml::engine::measures::{DerivedCache, DerivedVar, MeasureSpec, needed_derived};
use std::collections::BTreeSet;

fn full() -> Panel {
    let mut p = bundled_panel();
    add_derived(&mut p, &MeasureSpec::default());
    p
}

fn bits(p: &Panel, name: &str) -> Vec<u64> {
    p.numeric(name).unwrap_or_else(|| panic!("no column {name}")).iter().map(|x| x.to_bits()).collect()
}

#[test]
fn each_derived_variable_alone_is_bit_identical_to_the_full_derivation() {
    let spec = MeasureSpec::default();
    let full = full();
    let raw = bundled_panel();
    let derived: Vec<String> =
        full.column_names().into_iter().filter(|n| raw.column(n).is_none()).map(str::to_string).collect();
    assert!(derived.iter().any(|n| n == "TFEE") && derived.iter().any(|n| n.starts_with("DCP_")), "{derived:?}");
    for name in &derived {
        let needed = needed_derived(&spec, &[name.as_str()]);
        let mut p = raw.clone();
        let report = add_derived_only(&mut p, &spec, None, &needed);
        assert_eq!(bits(&p, name), bits(&full, name), "{name}");
        // Nothing beyond what was needed: the report names the needed variables only.
        let names: BTreeSet<DerivedVar> =
            report.entries.iter().filter_map(|e| DerivedVar::of_column(&e.name)).collect();
        assert_eq!(names, needed, "{name}");
    }
}

#[test]
fn the_baseline_needs_the_index_and_cee_only() {
    let spec = MeasureSpec::default();
    let needed = needed_derived(&spec, &["CEE", "DCP", "lngdp", "lnpop", "green", "human", "ind", "edu"]);
    let mut p = bundled_panel();
    let report = add_derived_only(&mut p, &spec, None, &needed);
    assert!(p.column("TFEE").is_none() && p.column("K").is_none() && p.column("CIWB").is_none());
    assert!(matches!(report.status("CEE"), Some(DerivedStatus::Computed { .. })));
    assert!(matches!(report.status("DCP"), Some(DerivedStatus::Computed { .. })));
}

#[test]
fn tfee_from_its_needs_alone_brings_the_capital_stock() {
    let spec = MeasureSpec::default();
    let mut p = bundled_panel();
    add_derived_only(&mut p, &spec, None, &needed_derived(&spec, &["TFEE"]));
    assert!(p.column("K").is_some() && p.column("DCP").is_none());
    assert_eq!(bits(&p, "TFEE"), bits(&full(), "TFEE"));
}

fn all() -> BTreeSet<DerivedVar> {
    DerivedVar::ALL.into_iter().collect()
}

#[test]
fn the_cache_gives_the_full_derivation_and_recomputes_only_what_a_change_touches() {
    let raw = bundled_panel();
    let spec = MeasureSpec::default();
    let cache = DerivedCache::new();
    let mut p = raw.clone();
    let report = cache.add(&mut p, &spec, None, &all());
    let mut reference = raw.clone();
    assert_eq!(report, add_derived(&mut reference, &spec));
    for name in reference.numeric_names() {
        assert_eq!(bits(&p, name), bits(&reference, name), "{name}");
    }
    assert_eq!(cache.computed(), DerivedVar::ALL.to_vec());

    // Same data and settings: nothing recomputed, same panel.
    let mut again = raw.clone();
    assert_eq!(cache.add(&mut again, &spec, None, &all()), report);
    assert_eq!(cache.computed().len(), 6);

    // New index weights: the index again, never TFEE.
    let mut weights = spec.clone();
    weights.index.shift = 0.01;
    let mut q = raw.clone();
    cache.add(&mut q, &weights, None, &all());
    assert_eq!(cache.computed()[6..], [DerivedVar::Index]);
    assert_eq!(bits(&q, "TFEE"), bits(&reference, "TFEE"));
    assert_ne!(bits(&q, "DCP"), bits(&reference, "DCP"));

    // New TFEE settings: TFEE again, never the index.
    let mut tfee = spec.clone();
    tfee.tfee.rts = carbon_dml::engine::measures::sbm::Rts::Vrs;
    let mut r = raw.clone();
    cache.add(&mut r, &tfee, None, &all());
    assert_eq!(cache.computed()[7..], [DerivedVar::Tfee]);

    // Back to the first settings: all kept.
    let mut back = raw.clone();
    cache.add(&mut back, &spec, None, &all());
    assert_eq!(cache.computed().len(), 8);
    assert_eq!(bits(&back, "TFEE"), bits(&reference, "TFEE"));

    // Other data in an input of the capital stock: K and TFEE (which reads K), nothing else.
    let mut changed = raw.clone();
    let mut inv = changed.numeric("investment").unwrap().to_vec();
    inv[0] *= 1.5;
    changed.set_numeric("investment", inv);
    cache.add(&mut changed, &spec, None, &all());
    assert_eq!(cache.computed()[8..], [DerivedVar::Capital, DerivedVar::Tfee]);
}

#[test]
fn a_partial_derivation_then_the_rest_equals_the_full_one() {
    let raw = bundled_panel();
    let spec = MeasureSpec::default();
    let cache = DerivedCache::new();
    let first = needed_derived(&spec, &["CEE", "DCP"]);
    let mut p = raw.clone();
    let mut report = cache.add(&mut p, &spec, None, &first);
    let rest: BTreeSet<DerivedVar> = all().difference(&first).copied().collect();
    report.entries.extend(cache.add(&mut p, &spec, None, &rest).entries);
    let mut reference = raw.clone();
    let want = add_derived(&mut reference, &spec);
    let mut got = report.entries.clone();
    got.sort_by(|a, b| a.name.cmp(&b.name));
    let mut want = want.entries;
    want.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(got, want);
    for name in reference.numeric_names() {
        assert_eq!(bits(&p, name), bits(&reference, name), "{name}");
    }
}

#[test]
fn a_cancelled_tfee_stops_early_is_not_kept_and_is_computed_again() {
    use carbon_dml::engine::measures::tfee::{TfeeError, TfeeMethod, TfeeProgress, compute_tfee_with};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let spec = MeasureSpec::default();
    // What TFEE reads (the capital stock), without TFEE itself.
    let inputs: BTreeSet<DerivedVar> =
        needed_derived(&spec, &["TFEE"]).into_iter().filter(|v| *v != DerivedVar::Tfee).collect();
    let mut p = bundled_panel();
    add_derived_only(&mut p, &spec, None, &inputs);
    // Cancelled a quarter of the way through: the programs not yet started are skipped.
    for method in [TfeeMethod::Reduced, TfeeMethod::Full] {
        let flag = Arc::new(AtomicBool::new(false));
        let set = flag.clone();
        let progress = TfeeProgress::with_callback(move |done, total| {
            if 4 * done >= total {
                set.store(true, Ordering::Relaxed);
            }
        })
        .with_cancel(flag);
        let r = compute_tfee_with(&p, &spec.tfee, method, Some(&progress));
        assert_eq!(r.err(), Some(TfeeError::Cancelled), "{method:?}");
        let (done, total) = progress.get();
        assert!(done < total, "{method:?}: {done} of {total} steps: nothing was skipped");
    }
    // Through the cache: a cancelled TFEE is not kept, so the next request computes it and
    // gets the same bits as a derivation that was never cancelled.
    let cache = DerivedCache::new();
    let only: BTreeSet<DerivedVar> = [DerivedVar::Tfee].into();
    let stopped = TfeeProgress::new().with_cancel(Arc::new(AtomicBool::new(true)));
    let mut a = bundled_panel();
    cache.add(&mut a, &spec, None, &inputs);
    let mut b = a.clone();
    cache.add(&mut b, &spec, Some(&stopped), &only);
    assert!(b.numeric("TFEE").is_none(), "a cancelled TFEE added a column");
    let tfee_computed = || cache.computed().iter().filter(|v| **v == DerivedVar::Tfee).count();
    assert_eq!(tfee_computed(), 0, "a cancelled TFEE was kept");
    cache.add(&mut a, &spec, None, &only);
    assert_eq!(tfee_computed(), 1, "TFEE was not computed after the cancelled attempt");
    assert_eq!(bits(&a, "TFEE"), bits(&full(), "TFEE"));
}
