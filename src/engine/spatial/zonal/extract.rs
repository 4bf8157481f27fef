//! Zonal statistics of a GeoTIFF band over boundary features, read block by block
//! ([`GeoTiff::for_each_block`]) so that memory stays at one block of rows plus one coverage
//! window per feature and block, whatever the raster's size.
//!
//! The features' longitude-latitude vertices are projected into the raster's CRS
//! ([`super::crs::Projector`]) and joined by straight edges there, as when the boundaries are
//! reprojected (`ogr2ogr -t_srs`) before exactextract. For each block of rows `[r0, r1)` each
//! feature's coverage fractions of those rows ([`coverage_rows`]) weight the valid cells:
//! `sum += c_i v_i`, `count += c_i` (nodata and NaN cells skipped), cells in row-major order
//! block after block, the same order as [`super::zonal`] on the whole band.

use super::ZonalStat;
use super::coverage::{Grid, coverage_rows};
use super::geokeys::GeoKeyError;
use super::geotiff::{GeoTiff, GeoTiffError};
use crate::engine::spatial::geojson::{Boundaries, Feature};
use rayon::prelude::*;
use std::ops::ControlFlow;

/// A feature's rings (exteriors and holes) in longitude-latitude.
pub fn feature_rings(f: &Feature) -> Vec<Vec<[f64; 2]>> {
    f.polygons.iter().flat_map(|p| std::iter::once(p.exterior.clone()).chain(p.holes.iter().cloned())).collect()
}

/// The rings of every feature of `boundaries`, in order.
pub fn boundary_rings(boundaries: &Boundaries) -> Vec<Vec<Vec<[f64; 2]>>> {
    boundaries.features.iter().map(feature_rings).collect()
}

/// A feature laid on a grid: its rings in the grid's CRS and the rows its box spans.
struct Laid {
    rings: Vec<Vec<[f64; 2]>>,
    rows: std::ops::Range<usize>,
}

/// Statistics of band `band` (1-based) of `tiff` over each feature's longitude-latitude
/// `features` (see [`feature_rings`]). `progress(done)` gets the fraction of rows read and
/// returns `false` to cancel, in which case the result is `Ok(None)`.
pub fn zonal_geotiff(
    tiff: &mut GeoTiff,
    band: usize,
    features: &[Vec<Vec<[f64; 2]>>],
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<Option<Vec<ZonalStat>>, GeoTiffError> {
    let info = tiff.info.clone();
    let projector = info
        .crs
        .projector()
        .map_err(|e| GeoTiffError::Crs { path: tiff.path().display().to_string(), reason: GeoKeyError::Albers(e) })?;
    let grid = info.grid;
    let laid: Vec<Laid> = features
        .iter()
        .map(|rings| {
            let rings: Vec<Vec<[f64; 2]>> =
                rings.iter().map(|r| r.iter().map(|&p| projector.forward(p)).collect()).collect();
            let rows = row_span(&grid, &rings);
            Laid { rings, rows }
        })
        .collect();
    let mut acc = vec![(0.0f64, 0.0f64); features.len()];
    let mut cancelled = false;
    let nodata = info.nodata;
    tiff.for_each_block(band, |row0, values| {
        let n_rows = values.len() / grid.cols.max(1);
        let rows = row0..row0 + n_rows;
        let parts: Vec<Option<(f64, f64)>> = laid
            .par_iter()
            .map(|f| {
                if f.rows.end <= rows.start || f.rows.start >= rows.end {
                    return None;
                }
                let c = coverage_rows(&grid, &f.rings, rows.clone())?;
                let (mut sum, mut count) = (0.0, 0.0);
                for (r, col, frac) in c.cells() {
                    let v = values[(r - row0) * grid.cols + col];
                    if v.is_nan() || nodata.is_some_and(|nd| v == nd) {
                        continue;
                    }
                    sum += frac * v;
                    count += frac;
                }
                Some((sum, count))
            })
            .collect();
        for (a, p) in acc.iter_mut().zip(parts) {
            if let Some((s, c)) = p {
                a.0 += s;
                a.1 += c;
            }
        }
        if progress(rows.end as f64 / grid.rows.max(1) as f64) {
            ControlFlow::Continue(())
        } else {
            cancelled = true;
            ControlFlow::Break(())
        }
    })?;
    if cancelled {
        return Ok(None);
    }
    Ok(Some(
        acc.into_iter()
            .map(|(sum, count)| ZonalStat { sum, count, mean: (count > 0.0).then(|| sum / count) })
            .collect(),
    ))
}

/// The grid rows the box of `rings` spans (empty when it misses the grid).
fn row_span(grid: &Grid, rings: &[Vec<[f64; 2]>]) -> std::ops::Range<usize> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in rings.iter().flatten() {
        lo = lo.min(p[1]);
        hi = hi.max(p[1]);
    }
    if !(lo.is_finite() && hi.is_finite()) {
        return 0..0;
    }
    let r0 = ((grid.y_max - hi) / grid.dy).floor().max(0.0) as usize;
    let r1 = (((grid.y_max - lo) / grid.dy).ceil().max(0.0) as usize).min(grid.rows);
    r0.min(r1)..r1
}
