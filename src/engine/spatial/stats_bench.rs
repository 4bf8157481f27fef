//! Benchmark suite "spatial-stats": spatial weights of the embedded provinces, Moran's I and
//! LISA with 999 permutations, and zonal sums of the 31 provinces over a 1 km-like grid of
//! China (6,300 x 3,600 cells of 0.01 degree, float32), with the memory the zonal step holds
//! besides the band (the largest coverage window) and the process's peak resident memory; and
//! the same sums read from a 5,000 x 4,000 GeoTIFF file block by block ([`super::zonal::bench`]).

use super::Boundaries;
use super::join::{JoinSpec, join};
use super::moran::moran;
use super::weights::WeightsSpec;
use super::weights::regions::by_property;
use super::weights::spec::for_units;
use super::zonal::{Grid, coverage, zonal};
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::sample;

/// Peak resident memory of this process (`VmHWM` of /proc/self/status, Linux), MiB.
fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Run the suite (`quick`: fewer repetitions).
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 2 } else { 7 };
    let b = Boundaries::embedded();
    let regions = by_property(b, "code");
    let mut out = Vec::new();
    for (name, spec) in [
        (
            "queen contiguity, exact vertices (31 provinces)",
            WeightsSpec::Contiguity { rule: super::weights::contiguity::Rule::Queen, snap_km: 0.0 },
        ),
        ("queen contiguity, snap 1 km (31 provinces)", WeightsSpec::default()),
        (
            "rook contiguity, snap 1 km (31 provinces)",
            WeightsSpec::Contiguity { rule: super::weights::contiguity::Rule::Rook, snap_km: 1.0 },
        ),
        ("4 nearest neighbours (31 centroids)", WeightsSpec::Knn { k: 4 }),
    ] {
        out.push(measure(name, None, runs, || match spec.build(&regions) {
            Ok(w) => format!("{} links, islands {}", w.s0(), w.islands().len()),
            Err(e) => e.to_string(),
        }));
    }
    let panel = sample::bundled_panel();
    if let (Ok(j), Some(units)) = (join(b, &panel, &JoinSpec::default()), panel.unit.as_ref())
        && let Ok(l) = for_units(&WeightsSpec::default(), b, &j, units)
    {
        out.push(measure(
            "Moran's I + LISA of co2 2015, 999 permutations (target: one frame)",
            Some(16.0),
            runs * 3,
            || match moran(&panel, "co2", Some(2015), &l, 999, 42) {
                Ok(r) => format!("I = {:.4}, p_sim = {:?}", r.global.i, r.global.p_sim),
                Err(e) => e.to_string(),
            },
        ));
    }
    let grid = Grid { x_min: 73.0, y_max: 54.0, dx: 0.01, dy: 0.01, cols: 6300, rows: 3600 };
    let band: Vec<f32> =
        (0..grid.cols * grid.rows).map(|i| ((i.wrapping_mul(2_654_435_761)) % 1000) as f32 * 0.01).collect();
    let rings: Vec<Vec<Vec<[f64; 2]>>> = b
        .features
        .iter()
        .map(|f| f.polygons.iter().flat_map(|p| std::iter::once(p.exterior.clone()).chain(p.holes.clone())).collect())
        .collect();
    let window = rings.iter().filter_map(|r| coverage(&grid, r)).map(|c| c.fraction.len()).max().unwrap_or(0);
    out.push(measure(
        "zonal sums, 31 provinces over 6,300 x 3,600 cells (f32 band in memory)",
        Some(5000.0),
        runs.min(3),
        || {
            let total: f64 = rings.iter().filter_map(|r| zonal(&grid, &band, None, r).ok()).map(|s| s.sum).sum();
            format!(
                "sum {total:.6e}; band {:.0} MiB, largest coverage window {:.0} MiB, peak RSS {}",
                (band.len() * 4) as f64 / 1048576.0,
                (window * 8) as f64 / 1048576.0,
                peak_rss_mib().map_or("n/a".into(), |m| format!("{m:.0} MiB"))
            )
        },
    ));
    out.push(super::zonal::bench::measurement(quick));
    out
}
