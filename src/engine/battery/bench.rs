//! Benchmarks of the battery (suite "battery" of `carbon-dml bench`), against issue 8's
//! targets: the whole battery (Tables 3-11 and the maps' values, random forests with 500
//! trees) on the sample panel under 10 s, and a 144-specification curve under 30 s, on two
//! cores in a release build. The note gives the CPU time too (the machine may be shared).

use super::{SpecCurveSpec, run_battery, run_spec_curve};
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::sample::bundled_panel;
use crate::engine::dml::NuisanceCache;
use crate::engine::measures::{MeasureSpec, add_derived};
use crate::engine::scenario::Scenario;
use std::sync::atomic::AtomicBool;

/// Process CPU time (user + system) in seconds, from `/proc/self/stat` (Linux; `None`
/// elsewhere). Assumes the usual 100 clock ticks per second.
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The 144 combinations of the issue: 3 learners x 3 K x 2 indices x winsorizing x squares x
/// fixed effects.
pub const CURVE_144: &str =
    "learners=rf,gbm,svr;k=4,5,8;index=entropy,pca;winsor=no,yes;squares=no,yes;fe=none,unit-year";

/// The suite.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 1 } else { 3 };
    let mut panel = bundled_panel();
    add_derived(&mut panel, &MeasureSpec::default());
    let s = Scenario::default();
    let cancel = AtomicBool::new(false);
    let mut out = Vec::new();
    let cpu0 = cpu_seconds();
    let mut m = measure("battery: Tables 3-11 + maps, RF 500, 360 rows", Some(10_000.0), runs, || {
        match run_battery(&panel, &s, &|_| {}, &cancel) {
            Ok(r) => format!("{} estimates, {} not estimated", r.estimates().count(), r.problems().len()),
            Err(e) => format!("failed: {e}"),
        }
    });
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        m.note.push_str(&format!("; CPU {:.1} s per run", (b - a) / (runs + 1) as f64));
    }
    out.push(m);
    let spec = SpecCurveSpec::parse(CURVE_144).unwrap_or_default();
    let cpu0 = cpu_seconds();
    let curve_runs = if quick { 1 } else { 2 };
    let mut m = measure("spec curve: 144 specifications, RF 500 / GBM / SVR", Some(30_000.0), curve_runs, || {
        let cache = NuisanceCache::new();
        match run_spec_curve(&panel, &s, &spec, &|_| {}, &cancel, &cache) {
            Ok(c) => format!(
                "{} estimated, {} failed, {:.0}% significant same-sign; cache hits/misses {:?}",
                c.points.len(),
                c.failures.len(),
                100.0 * c.share_significant_same_sign,
                cache.stats()
            ),
            Err(e) => format!("failed: {e}"),
        }
    });
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        m.note.push_str(&format!("; CPU {:.1} s per run", (b - a) / (curve_runs + 1) as f64));
    }
    out.push(m);
    out
}
