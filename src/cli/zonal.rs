//! `carbon-dml zonal`: zonal sums or means of GeoTIFF rasters per unit (embedded provinces or
//! a GeoJSON's features), with exact coverage weighting of edge cells (exactextract's
//! semantics), dated by the file names and gathered by year: `{"rows": [{"unit", "year",
//! "value"}]}` with `--json`, a table otherwise, and `unit,year,value` with `--out FILE.csv`.

use super::CliError;
use crate::engine::spatial::Boundaries;
use crate::engine::spatial::zonal::crs::Crs;
use crate::engine::spatial::zonal::extract::boundary_rings;
use crate::engine::spatial::zonal::files::{ZonalRequest, zonal_files};
use crate::engine::spatial::zonal::period::{Combine, UnitYear};
use crate::engine::spatial::zonal::units::{FeatureUnits, Stat};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// `zonal` arguments.
#[derive(Debug, Args)]
pub struct ZonalArgs {
    /// GeoTIFF raster(s), one a year or a month (EPSG:4326, 3857 or Albers equal-area).
    #[arg(long, value_name = "FILE", num_args = 1.., required = true)]
    pub raster: Vec<PathBuf>,
    /// Statistic per unit: sum (totals) or mean (coverage-weighted).
    #[arg(long, value_enum)]
    pub stat: Stat,
    /// How several rasters of one year (months) combine into the year: sum or mean.
    #[arg(long, value_enum, value_name = "sum|mean")]
    pub months: Option<Combine>,
    /// Band to read (1-based).
    #[arg(long, default_value_t = 1)]
    pub band: usize,
    /// Years of the rasters, one per raster in order (default: read from the file names).
    #[arg(long, value_name = "Y", value_delimiter = ',')]
    pub year: Vec<i32>,
    /// The boundaries and how their features are joined to units.
    #[command(flatten)]
    pub geo: super::args::BoundaryArgs,
    /// Also write unit,year,value to a CSV file (to merge into a panel).
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Run `zonal`.
pub fn run(args: &ZonalArgs) -> Result<ExitCode, CliError> {
    let owned = args.geo.read()?;
    let boundaries = match &owned {
        Some(b) => b,
        None => Boundaries::embedded(),
    };
    for s in &boundaries.skipped {
        eprintln!("note: boundary feature {} has a {} geometry (no area): skipped", s.feature, s.geometry);
    }
    let units = FeatureUnits::by_property(boundaries, &args.geo.join_property, args.geo.exact_join)?;
    for (i, u) in units.of_feature.iter().enumerate() {
        if u.is_none() {
            eprintln!("note: feature {i} has no \"{}\": left out", args.geo.join_property);
        }
    }
    let req = ZonalRequest {
        paths: args.raster.clone(),
        band: args.band,
        stat: args.stat,
        months: args.months,
        years: args.year.clone(),
    };
    let Some(z) = zonal_files(&req, &boundary_rings(boundaries), &units, &mut |_| true)? else {
        return Err(CliError::msg("cli-cancelled"));
    };
    for (name, _, info) in &z.files {
        if info.bands > 1 && args.band == 1 {
            eprintln!("note: {name} has {} bands; band 1 was read (choose with --band)", info.bands);
        }
    }
    for name in &z.empty {
        eprintln!("note: {name}: no boundary covers a valid cell (wrong CRS or region?)");
    }
    if let Some(out) = &args.out {
        write_csv(out, &z.rows)?;
        eprintln!("wrote {} ({} rows)", out.display(), z.rows.len());
    }
    if args.json {
        let v = serde_json::json!({ "rows": z.rows });
        super::output::emit(&format!("{}\n", serde_json::to_string(&v)?))?;
        return Ok(ExitCode::SUCCESS);
    }
    let stat = match args.stat {
        Stat::Sum => "sum",
        Stat::Mean => "mean",
    };
    let mut text = format!(
        "Zonal {stat} of {} raster(s), band {}, over {} ({} units), exact coverage weighting\n",
        z.files.len(),
        args.band,
        boundaries.source,
        units.labels.len()
    );
    for (name, p, info) in &z.files {
        let month = p.month.map(|m| format!("-{m:02}")).unwrap_or_default();
        let nodata = info.nodata.map_or("none".to_string(), |v| v.to_string());
        text += &format!(
            "  {name}: {}{month}, {} x {} {} cells, {}, nodata {nodata}\n",
            p.year,
            info.grid.cols,
            info.grid.rows,
            info.sample,
            crs_name(&info.crs)
        );
    }
    let width = units.labels.iter().map(|l| l.chars().count()).max().unwrap_or(4).max(4);
    text += &format!("\n  {:width$}  {:>4}  {:>18}\n", "unit", "year", "value");
    for r in &z.rows {
        let v = r.value.map_or("-".to_string(), |v| format!("{v:.6}"));
        text += &format!("  {:width$}  {:>4}  {v:>18}\n", r.unit, r.year);
    }
    super::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// A CRS as users name it.
fn crs_name(crs: &Crs) -> String {
    match crs {
        Crs::LonLat => "longitude-latitude".into(),
        Crs::WebMercator => "Web Mercator (EPSG:3857)".into(),
        Crs::Albers(p) => format!(
            "Albers equal-area (lon0 {}, lat0 {}, parallels {} and {}, a = {} m)",
            p.lon0, p.lat0, p.lat1, p.lat2, p.ellipsoid.a
        ),
    }
}

/// `unit,year,value` (value empty when undefined; units quoted when they hold a comma or quote).
fn write_csv(path: &std::path::Path, rows: &[UnitYear]) -> Result<(), CliError> {
    let mut s = String::from("unit,year,value\n");
    for r in rows {
        let unit = if r.unit.contains([',', '"', '\n']) {
            format!("\"{}\"", r.unit.replace('"', "\"\""))
        } else {
            r.unit.clone()
        };
        let v = r.value.map_or(String::new(), |v| format!("{v}"));
        s += &format!("{unit},{},{v}\n", r.year);
    }
    std::fs::write(path, s).map_err(|e| CliError::io(path, &e))
}
