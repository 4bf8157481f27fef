//! The reduced-basis TFEE (programs against the efficient frontier only) against the full
//! programs (every DMU against every DMU of its frontier): every score and SBM score within
//! 1e-9, the same status for every unit-year, on generated panels of several sizes, CRS and
//! VRS, per-year and global frontiers, pollutants or CO2 or nothing as undesirable outputs,
//! and on degenerate integer data full of ties and duplicate DMUs.

use carbon_dml::engine::data::sample::{SampleSpec, sample_panel};
use carbon_dml::engine::data::{Panel, import_bytes};
use carbon_dml::engine::measures::capital::{CapitalSpec, capital_stock};
use carbon_dml::engine::measures::sbm::{DmuStatus, Rts};
use carbon_dml::engine::measures::tfee::{Frontier, TfeeMethod, TfeeProgress, TfeeResult, TfeeSpec, compute_tfee_with};
use std::fmt::Write as _;

fn generated(units: usize, years: usize, seed: u64) -> Panel {
    let mut p = sample_panel(&SampleSpec { units, years, seed, ..Default::default() }).unwrap();
    let k = capital_stock(&p, "investment", &CapitalSpec::default()).unwrap();
    p.set_numeric("K", k.values);
    p
}

/// Compare both methods on `panel`; returns the full programs' result.
fn same_as_full(panel: &Panel, spec: &TfeeSpec, what: &str) -> TfeeResult {
    let full = compute_tfee_with(panel, spec, TfeeMethod::Full, None).unwrap();
    let progress = TfeeProgress::new();
    let red = compute_tfee_with(panel, spec, TfeeMethod::Reduced, Some(&progress)).unwrap();
    assert_eq!(full.rows.len(), red.rows.len());
    let close = |a: f64, b: f64| (a.is_nan() && b.is_nan()) || (a - b).abs() <= 1e-9;
    for (i, (f, r)) in full.rows.iter().zip(&red.rows).enumerate() {
        assert_eq!(f.status, r.status, "{what}, row {i}: status {:?} vs {:?} ({f:?} vs {r:?})", f.status, r.status);
        assert!(close(f.score, r.score), "{what}, row {i}: score {} vs {} ({:e})", f.score, r.score, f.score - r.score);
        assert!(close(f.sbm, r.sbm), "{what}, row {i}: sbm {} vs {}", f.sbm, r.sbm);
    }
    let (done, total) = progress.get();
    let missing = full.rows.iter().filter(|r| r.status == DmuStatus::Missing).count();
    assert_eq!(total, 2 * (full.rows.len() - missing), "{what}: progress total");
    assert_eq!(done, total, "{what}: progress ends at its total");
    full
}

fn spec(rts: Rts, frontier: Frontier, bad: &[&str]) -> TfeeSpec {
    TfeeSpec { rts, frontier, bad: bad.iter().map(|s| s.to_string()).collect(), ..Default::default() }
}

const POLLUTANTS: &[&str] = &["wastewater", "so2", "nox", "dust"];

#[test]
fn reduced_equals_full_on_small_generated_panels_every_setting() {
    for (units, years, seed) in [(20, 3, 1), (100, 2, 2)] {
        let panel = generated(units, years, seed);
        for rts in [Rts::Crs, Rts::Vrs] {
            for frontier in [Frontier::Year, Frontier::Global] {
                for bad in [POLLUTANTS, &["co2"], &[]] {
                    let what = format!("{units} units x {years} years, {rts:?}, {frontier:?}, bad {bad:?}");
                    let counts = same_as_full(&panel, &spec(rts, frontier, bad), &what).status_counts();
                    assert!(counts.iter().any(|&(s, c)| s == DmuStatus::SuperSbm && c >= 2), "{what}: {counts:?}");
                }
            }
        }
    }
}

#[test]
fn reduced_equals_full_on_400_units() {
    let panel = generated(400, 2, 3);
    for (rts, frontier, bad) in [
        (Rts::Crs, Frontier::Year, POLLUTANTS),
        (Rts::Vrs, Frontier::Year, &["co2"][..]),
        (Rts::Crs, Frontier::Global, &["co2"][..]),
        (Rts::Vrs, Frontier::Global, POLLUTANTS),
    ] {
        same_as_full(&panel, &spec(rts, frontier, bad), &format!("400 units, {rts:?}, {frontier:?}, bad {bad:?}"));
    }
}

/// Integer data in 1..=4 (many ties, duplicate DMUs, DMUs dominated only by one efficient DMU)
/// from a fixed linear congruential generator.
fn degenerate_panel(units: usize, years: usize, seed: u64) -> Panel {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        1 + (state >> 33) % 4
    };
    let mut csv = String::from("unit,year,x1,x2,y,b1,b2\n");
    for u in 0..units {
        for t in 0..years {
            let v: Vec<u64> = (0..5).map(|_| next()).collect();
            let _ = writeln!(csv, "u{u},{},{},{},{},{},{}", 2011 + t, v[0], v[1], v[2], v[3], v[4]);
        }
    }
    import_bytes(csv.as_bytes(), "degenerate.csv", &Default::default()).unwrap().panel
}

#[test]
fn reduced_equals_full_on_degenerate_integer_data_with_ties() {
    let mut efficient_twins = 0;
    for (units, seed) in [(15, 1), (60, 2), (250, 3)] {
        let panel = degenerate_panel(units, 2, seed);
        for rts in [Rts::Crs, Rts::Vrs] {
            for frontier in [Frontier::Year, Frontier::Global] {
                for bad in [&["b1", "b2"][..], &["b1"], &[]] {
                    let s = TfeeSpec {
                        inputs: vec!["x1".into(), "x2".into()],
                        good: vec!["y".into()],
                        bad: bad.iter().map(|s| s.to_string()).collect(),
                        rts,
                        frontier,
                        ..Default::default()
                    };
                    let what = format!("degenerate {units} units, {rts:?}, {frontier:?}, bad {bad:?}");
                    let full = same_as_full(&panel, &s, &what);
                    // An efficient DMU with an identical twin has super-SBM score exactly 1.
                    efficient_twins += full
                        .rows
                        .iter()
                        .filter(|r| r.status == DmuStatus::SuperSbm && (r.score - 1.0).abs() < 1e-12)
                        .count();
                }
            }
        }
    }
    assert!(efficient_twins > 0, "the degenerate panels should include efficient DMUs with identical twins");
}

#[test]
fn reduced_is_bit_identical_at_any_thread_count() {
    let panel = generated(150, 2, 4);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let r = compute_tfee_with(&panel, &TfeeSpec::default(), TfeeMethod::Reduced, None).unwrap();
            r.rows.iter().map(|r| (r.score.to_bits(), r.sbm.to_bits(), r.status)).collect::<Vec<_>>()
        })
    };
    assert_eq!(run(1), run(3));
}

#[test]
fn progress_callback_sees_every_step_up_to_the_total() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let panel = generated(60, 2, 5);
    let last = Arc::new(AtomicUsize::new(0));
    let seen = last.clone();
    let progress = TfeeProgress::with_callback(move |done, total| {
        assert!(done <= total, "{done} of {total}");
        seen.fetch_max(done, Ordering::Relaxed);
    });
    let res = compute_tfee_with(&panel, &TfeeSpec::default(), TfeeMethod::Reduced, Some(&progress)).unwrap();
    let scored = res.rows.iter().filter(|r| r.status != DmuStatus::Missing).count();
    assert!(scored > 100);
    let (done, total) = progress.get();
    assert_eq!((done, total), (2 * scored, 2 * scored));
    assert_eq!(last.load(Ordering::Relaxed), total);
    assert_eq!(progress.fraction(), 1.0);
}
