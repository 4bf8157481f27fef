//! The "measures" benchmark suite: TFEE, the entropy index on a big panel, `add_derived`.
//!
//! Targets (issue 5): TFEE for 360 unit-years with per-year frontiers under 200 ms; entropy
//! index for 33,600 rows x 10 indicators under 50 ms; the whole `add_derived` on the bundled
//! sample well under 300 ms.

use super::capital::capital_stock;
use super::derive::add_derived;
use super::index::compute_index;
use super::spec::MeasureSpec;
use super::tfee::{Frontier, TfeeSpec, compute_tfee};
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::sample::{self, SampleSpec};

/// Run the suite.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 3 } else { 15 };
    let mut out = Vec::new();
    let base = sample::bundled_panel();
    let spec = MeasureSpec::default();
    // TFEE needs K: compute it once outside the timing.
    let mut with_k = base.clone();
    if let Ok(k) = capital_stock(&base, "investment", &spec.capital) {
        with_k.set_numeric("K", k.values);
    }
    for (label, frontier, target) in
        [("per-year frontier", Frontier::Year, Some(200.0)), ("global frontier", Frontier::Global, None)]
    {
        let tspec = TfeeSpec { frontier, ..spec.tfee.clone() };
        out.push(measure(&format!("TFEE super-SBM, 360 unit-years, {label}"), target, runs, || {
            match compute_tfee(&with_k, &tspec) {
                Ok(r) => format!("{:?}", r.status_counts()),
                Err(e) => format!("error: {e}"),
            }
        }));
    }
    match sample::sample_panel(&SampleSpec { units: 2800, years: 12, seed: 1, ..Default::default() }) {
        Ok(big) => {
            let inds = spec.columns.indicators.clone();
            out.push(measure("entropy index, 33,600 rows x 10 indicators", Some(50.0), runs, || {
                match compute_index(&big, &inds, &spec.index) {
                    Ok(r) => format!("{} rows used", r.rows_used),
                    Err(e) => format!("error: {e}"),
                }
            }));
        }
        Err(report) => eprintln!("could not build the big panel:\n{report}"),
    }
    out.push(measure("add_derived on the bundled sample (all measures)", Some(300.0), runs, || {
        let mut p = base.clone();
        let r = add_derived(&mut p, &spec);
        format!("added {}", r.added().join(", "))
    }));
    out
}
