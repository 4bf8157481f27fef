//! Zonal statistics of several GeoTIFF files per unit and year: the whole step that the
//! command line (`carbon-dml zonal`) and the window ("Add gridded data…") run, and the panel
//! column made from its rows.
//!
//! Each file is opened first (a bad file fails before any pixel is read), dated by its name
//! ([`period_from_name`]) or by the years given, summed per feature block by block
//! ([`zonal_geotiff`]), pooled per unit ([`FeatureUnits::values`]) and gathered by year
//! ([`unit_year_rows`]).

use super::extract::zonal_geotiff;
use super::geotiff::{GeoTiff, GeoTiffError, RasterInfo};
use super::period::{Combine, Period, PeriodError, UnitYear, period_from_name, unit_year_rows};
use super::units::{FeatureUnits, Stat};
use crate::engine::data::Panel;
use std::path::PathBuf;

/// What to compute.
#[derive(Clone, Debug, PartialEq)]
pub struct ZonalRequest {
    /// The rasters.
    pub paths: Vec<PathBuf>,
    /// Band (1-based).
    pub band: usize,
    /// Sum or mean per unit.
    pub stat: Stat,
    /// How several rasters of a year combine (`None`: one raster a year).
    pub months: Option<Combine>,
    /// One year per raster, or empty to read them from the names.
    pub years: Vec<i32>,
}

/// Why the step failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ZonalFilesError {
    /// A file could not be read.
    GeoTiff(GeoTiffError),
    /// A file's year is unknown, or years clash.
    Period(PeriodError),
    /// `years` does not match the files.
    YearCount {
        /// Years given.
        years: usize,
        /// Files.
        files: usize,
    },
}

impl From<GeoTiffError> for ZonalFilesError {
    fn from(e: GeoTiffError) -> Self {
        ZonalFilesError::GeoTiff(e)
    }
}

impl From<PeriodError> for ZonalFilesError {
    fn from(e: PeriodError) -> Self {
        ZonalFilesError::Period(e)
    }
}

/// The rows and what was read.
#[derive(Clone, Debug, PartialEq)]
pub struct ZonalOutcome {
    /// `unit, year, value` rows, by unit then year.
    pub rows: Vec<UnitYear>,
    /// Each file's name, period and header.
    pub files: Vec<(String, Period, RasterInfo)>,
    /// Files under which no unit covers a valid cell (wrong CRS or region?).
    pub empty: Vec<String>,
}

/// Run the step over the features' longitude-latitude `rings` grouped into `units`;
/// `progress(done)` gets the fraction of all files' rows read and returns `false` to cancel
/// (then `Ok(None)`).
pub fn zonal_files(
    req: &ZonalRequest,
    rings: &[Vec<Vec<[f64; 2]>>],
    units: &FeatureUnits,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<Option<ZonalOutcome>, ZonalFilesError> {
    if !req.years.is_empty() && req.years.len() != req.paths.len() {
        return Err(ZonalFilesError::YearCount { years: req.years.len(), files: req.paths.len() });
    }
    let names: Vec<String> = req
        .paths
        .iter()
        .map(|p| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()))
        .collect();
    let periods: Vec<Period> = if req.years.is_empty() {
        names.iter().map(|n| period_from_name(n)).collect::<Result<_, _>>()?
    } else {
        req.years.iter().map(|&year| Period { year, month: None }).collect()
    };
    let mut tiffs = Vec::with_capacity(req.paths.len());
    for p in &req.paths {
        tiffs.push(GeoTiff::open(p)?);
    }
    // Fail on a clash of years before reading pixels.
    let none: Vec<Vec<Option<f64>>> = vec![Vec::new(); names.len()];
    unit_year_rows(&[], &periods, &names, &none, req.months)?;
    let n = tiffs.len().max(1) as f64;
    let mut values = Vec::with_capacity(tiffs.len());
    let mut empty = Vec::new();
    for (k, t) in tiffs.iter_mut().enumerate() {
        let mut step = |f: f64| progress((k as f64 + f) / n);
        let Some(stats) = zonal_geotiff(t, req.band, rings, &mut step)? else { return Ok(None) };
        if stats.iter().all(|s| s.count == 0.0) {
            empty.push(names[k].clone());
        }
        values.push(units.values(&stats, req.stat));
    }
    let rows = unit_year_rows(&units.labels, &periods, &names, &values, req.months)?;
    let files = names.into_iter().zip(periods).zip(tiffs).map(|((n, p), t)| (n, p, t.info)).collect();
    Ok(Some(ZonalOutcome { rows, files, empty }))
}

/// A panel column from the rows: row `r` of `panel` gets the value of its unit and year
/// (NaN, i.e. missing, when there is none). Returns the values and how many rows got one.
pub fn panel_column(panel: &Panel, rows: &[UnitYear]) -> (Vec<f64>, usize) {
    let n = panel.n_rows();
    let mut out = vec![f64::NAN; n];
    let mut matched = 0;
    for (r, v) in out.iter_mut().enumerate() {
        let (Some(unit), Some(year)) = (panel.unit_label(r), panel.year_of(r)) else { continue };
        if let Some(x) = rows.iter().find(|z| z.unit == unit && z.year == year).and_then(|z| z.value) {
            *v = x;
            matched += 1;
        }
    }
    (out, matched)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::sample;

    #[test]
    fn rows_fill_the_panel_by_unit_and_year() {
        let panel = sample::bundled_panel();
        let rows = vec![
            UnitYear { unit: "Beijing".into(), year: 2015, value: Some(3.5) },
            UnitYear { unit: "Hebei".into(), year: 2016, value: None },
            UnitYear { unit: "Atlantis".into(), year: 2015, value: Some(1.0) },
        ];
        let (col, matched) = panel_column(&panel, &rows);
        assert_eq!((col.len(), matched), (panel.n_rows(), 1));
        let r = (0..panel.n_rows()).find(|&r| panel.unit_label(r) == Some("Beijing") && panel.year_of(r) == Some(2015));
        assert_eq!(r.map(|r| col[r]), Some(3.5));
        assert_eq!(col.iter().filter(|v| v.is_nan()).count(), panel.n_rows() - 1);
    }
}
