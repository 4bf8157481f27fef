//! `carbon-dml zonal`: zonal sums or means of GeoTIFF rasters per unit (embedded provinces or
//! a GeoJSON's features), with exact coverage weighting of edge cells (exactextract's
//! semantics), dated by the file names and gathered by year: `{"rows": [{"unit", "year",
//! "value"}]}` with `--json`, a table otherwise, and `unit,year,value` with `--out FILE.csv`.

use super::CliError;
use super::columns::{display_width, pad_end, pad_start};
use crate::engine::spatial::Boundaries;
use crate::engine::spatial::zonal::extract::boundary_rings;
use crate::engine::spatial::zonal::files::{ZonalRequest, zonal_files};
use crate::engine::spatial::zonal::period::{Combine, UnitYear};
use crate::engine::spatial::zonal::units::{FeatureUnits, Stat};
use crate::locale::Lang;
use crate::locale::spatial::{crs_name, region_name};
use crate::tr;
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
pub fn run(args: &ZonalArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let owned = args.geo.read()?;
    let boundaries = match &owned {
        Some(b) => b,
        None => Boundaries::embedded(),
    };
    note_skipped(boundaries, lang);
    let note = |message: String| eprintln!("{}", tr!(lang, "cli-note", message = message));
    let units = FeatureUnits::by_property(boundaries, &args.geo.join_property, args.geo.exact_join)?;
    for (i, u) in units.of_feature.iter().enumerate() {
        if u.is_none() {
            note(tr!(lang, "boundary-feature-no-property", feature = i, property = args.geo.join_property.as_str()));
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
            note(tr!(lang, "zonal-cli-bands", file = name.as_str(), bands = info.bands));
        }
    }
    for name in &z.empty {
        note(tr!(lang, "zonal-cli-empty", file = name.as_str()));
    }
    if let Some(out) = &args.out {
        write_csv(out, &z.rows)?;
        eprintln!("{}", tr!(lang, "zonal-cli-wrote", file = out.display().to_string(), rows = z.rows.len()));
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
    let mut text = tr!(
        lang,
        "zonal-cli-heading",
        stat = tr!(lang, "zonal-cli-stat", stat = stat),
        files = z.files.len(),
        band = args.band,
        boundaries = crate::locale::spatial::boundaries_name(&boundaries.source, lang),
        units = units.labels.len()
    );
    text.push('\n');
    for (name, p, info) in &z.files {
        let month = p.month.map(|m| format!("-{m:02}")).unwrap_or_default();
        let nodata = info.nodata.map_or(tr!(lang, "zonal-cli-none"), |v| v.to_string());
        let line = tr!(
            lang,
            "zonal-cli-file",
            file = name.as_str(),
            date = format!("{}{month}", p.year),
            cols = info.grid.cols,
            rows = info.grid.rows,
            sample = info.sample.to_string(),
            crs = crs_name(&info.crs, lang),
            nodata = nodata
        );
        text += &format!("  {line}\n");
    }
    let names: Vec<String> = z.rows.iter().map(|r| region_name(&r.unit, lang)).collect();
    let (unit, year, value) = (tr!(lang, "zonal-cli-unit"), tr!(lang, "zonal-cli-year"), tr!(lang, "zonal-cli-value"));
    let width = names.iter().map(|l| display_width(l)).max().unwrap_or(4).max(display_width(&unit));
    text += &format!("\n  {}  {}  {}\n", pad_end(&unit, width), pad_start(&year, 4), pad_start(&value, 18));
    for (r, name) in z.rows.iter().zip(&names) {
        let v = r.value.map_or("-".to_string(), |v| format!("{v:.6}"));
        text += &format!("  {}  {:>4}  {v:>18}\n", pad_end(name, width), r.year);
    }
    super::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// One note per boundary feature left out for having no area, in `lang`.
pub fn note_skipped(boundaries: &Boundaries, lang: Lang) {
    for s in &boundaries.skipped {
        let message = tr!(lang, "boundary-skipped-feature", feature = s.feature, geometry = s.geometry.to_string());
        eprintln!("{}", tr!(lang, "cli-note", message = message));
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
