//! Zonal statistics of rasters over polygons with exact coverage weighting of edge cells, as
//! exactextract defines them ([`coverage`] gives the fractions `c_i`):
//!
//! ```text
//! sum   = sum_i c_i v_i
//! count = sum_i c_i
//! mean  = sum_i c_i v_i / sum_i c_i
//! ```
//!
//! over the cells `i` whose value `v_i` is not the band's nodata value and not NaN (cells
//! outside the raster do not count). A polygon covering no valid cell has `mean` undefined
//! (`None`) and `sum` 0, as exactextract reports.
//!
//! Checked against the `exactextract` Python package in `tests/spatial_zonal.rs` (bands in
//! memory) and `tests/spatial_geotiff.rs` (GeoTIFF files read by [`geotiff`], in
//! longitude-latitude, Web Mercator and Albers, multi-band, with nodata).
//!
//! From files: [`geotiff`] reads a raster block by block, [`extract`] accumulates each
//! feature's statistics over the blocks, [`units`] pools features into units and [`period`]
//! dates the rasters by their names and gathers `unit, year, value` rows.

pub mod bench;
pub mod coverage;
pub mod crs;
pub mod extract;
pub mod files;
pub mod geokeys;
pub mod geotiff;
pub mod period;
pub mod problem;
pub mod units;

pub use coverage::{Coverage, Grid, coverage, coverage_rows};

/// Zonal statistics of one polygon on one band.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct ZonalStat {
    /// `sum c_i v_i`.
    pub sum: f64,
    /// `sum c_i` over valid cells.
    pub count: f64,
    /// `sum / count` (`None` when no valid cell is covered).
    pub mean: Option<f64>,
}

/// Why zonal statistics could not be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum ZonalError {
    /// The band's length does not match its grid.
    BandSize {
        /// Values found.
        found: usize,
        /// Grid columns.
        cols: usize,
        /// Grid rows.
        rows: usize,
    },
    /// The grid has no area.
    EmptyGrid,
}

/// Statistics of the polygon `rings` (in the grid's coordinates) over the row-major band
/// `values` of `grid`, skipping `nodata` and NaN cells.
pub fn zonal(
    grid: &Grid,
    values: &[f32],
    nodata: Option<f64>,
    rings: &[Vec<[f64; 2]>],
) -> Result<ZonalStat, ZonalError> {
    if !(grid.dx > 0.0 && grid.dy > 0.0 && grid.dx.is_finite() && grid.dy.is_finite())
        || grid.cols == 0
        || grid.rows == 0
    {
        return Err(ZonalError::EmptyGrid);
    }
    if values.len() != grid.cols * grid.rows {
        return Err(ZonalError::BandSize { found: values.len(), cols: grid.cols, rows: grid.rows });
    }
    let (mut sum, mut count) = (0.0, 0.0);
    if let Some(c) = coverage(grid, rings) {
        for (r, col, f) in c.cells() {
            let v = f64::from(values[r * grid.cols + col]);
            if v.is_nan() || nodata.is_some_and(|nd| v == nd) {
                continue;
            }
            sum += f * v;
            count += f;
        }
    }
    Ok(ZonalStat { sum, count, mean: (count > 0.0).then(|| sum / count) })
}
