//! Command-line arguments (clap): the top level and the arguments shared by subcommands.

use crate::engine::data::{ColumnChoice, ImportOptions};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Carbon DML Explorer. Without a subcommand the window opens; subcommands run headless.
#[derive(Debug, Parser)]
#[command(name = "carbon-dml", version, about, long_about = None)]
pub struct Cli {
    /// Headless subcommand; none opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the window, wait until the estimates are in, save a PNG of the window to FILE, exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// View to show (with --screenshot): data, index, model, results, maps, robustness, scenarios, lab;
    /// lisa or lisa-significance for the Maps view's LISA maps.
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,
    /// Language of the window, the messages, the result tables, the report files and the maps:
    /// en or zh (default en; the window remembers its own choice).
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,
    /// Language of result tables and report files when it differs from --lang: en or zh.
    #[arg(long, value_name = "LANG", global = true)]
    pub table_lang: Option<String>,
    /// Start in presentation mode (large text, for a projector).
    #[arg(long)]
    pub presentation: bool,
    /// Open the tour of the app (it also opens by itself on the first start).
    #[arg(long)]
    pub tour: bool,
    /// Inner window size in points, e.g. 1920x1080 (default 1360x860).
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub window_size: Option<[f32; 2]>,
    /// A scenario (`.ron`) or data file (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.xls`) to open in the
    /// window: what double-clicking a file in the file manager does.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// `1920x1080` as `[1920.0, 1080.0]`: both sides between 320 and 8192 points.
fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let bad = || format!("\"{text}\" is not a window size such as 1920x1080");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let side = |v: &str| v.trim().parse::<u16>().ok().filter(|v| (320..=8192).contains(v)).map(f32::from);
    Ok([side(w).ok_or_else(bad)?, side(h).ok_or_else(bad)?])
}

/// Headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a data file: print the report, exit 1 on errors.
    Check(CheckArgs),
    /// Write the synthetic sample panel (and its true effects) to a directory.
    SampleData(SampleDataArgs),
    /// Descriptive statistics (the study's Table 3).
    Describe(DescribeArgs),
    /// Time the engine against the issues' speed targets (use a release build).
    Bench(BenchArgs),
    /// Class breaks of a variable (natural breaks, quantiles, equal intervals).
    Breaks(super::breaks::BreaksArgs),
    /// Draw choropleth maps of a variable to a PNG.
    Map(super::map::MapArgs),
    /// Global Moran's I and local Moran (LISA) of a variable in one year, on spatial weights.
    Moran(super::moran::MoranArgs),
    /// Zonal sums or means of GeoTIFF rasters per province (or GeoJSON feature) and year.
    Zonal(super::zonal::ZonalArgs),
    /// Composite index (DCP): weights of chosen indicators and the index per unit-year.
    Index(super::index::IndexArgs),
    /// Total-factor energy efficiency (SBM / super-SBM with undesirable outputs) per unit-year.
    Tfee(super::tfee::TfeeArgs),
    /// Estimate a scenario (DML) and print the results table or JSON.
    Run(Box<super::run::RunArgs>),
    /// Reproduce the study's Tables 3-11, maps and figures on the current data into a directory.
    Report(super::report::ReportArgs),
    /// The classroom lab: Monte Carlo of naive OLS and DML on a process with a known effect.
    Simulate(super::simulate::SimulateArgs),
    /// Combine the slice files of a sharded run (`--shard I/N`) into the single run's output.
    Merge(super::merge::MergeArgs),
    /// One side of the `import-large` bench in its own process (used by `bench`).
    #[command(hide = true)]
    BenchChild(BenchChildArgs),
}

/// `bench-child` arguments.
#[derive(Debug, Args)]
pub struct BenchChildArgs {
    /// `polars` or `ours` (import-large), or `zonal` (spatial-stats).
    #[arg(long)]
    pub side: String,
    /// The CSV file.
    #[arg(long)]
    pub file: PathBuf,
}

/// `bench` arguments.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Suites to run (default all): import, import-large, learners, dml, pliv-card, measures, tfee,
    /// maps, spatial-stats, battery, index-view.
    #[arg(long, value_delimiter = ',')]
    pub suite: Vec<String>,
    /// Fewer repetitions.
    #[arg(long)]
    pub quick: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Boundaries for maps, spatial weights and zonal statistics, and the join of their features
/// to units (shared by `map`, `moran` and `zonal`).
#[derive(Debug, Clone, Args, Default)]
pub struct BoundaryArgs {
    /// Boundary GeoJSON (default: the embedded provinces).
    #[arg(long, value_name = "FILE")]
    pub boundaries: Option<PathBuf>,
    /// Feature property joined to the units (a province code or name is resolved to the province).
    #[arg(long, default_value = "code")]
    pub join_property: String,
    /// Match property values as exact text instead of resolving province names and codes.
    #[arg(long)]
    pub exact_join: bool,
}

impl BoundaryArgs {
    /// The user's boundaries, read; `None` for the embedded provinces.
    pub fn read(
        &self,
    ) -> Result<Option<crate::engine::spatial::Boundaries>, crate::engine::spatial::geojson::GeoJsonError> {
        self.boundaries.as_deref().map(crate::engine::spatial::Boundaries::read).transpose()
    }
}

/// Where the data come from and which columns identify units and years.
#[derive(Debug, Clone, Args, Default)]
pub struct DataArgs {
    /// CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the
    /// bundled synthetic sample panel).
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Worksheet of a workbook: its name or its number from 1 (default: the first sheet).
    #[arg(long, value_name = "SHEET")]
    pub sheet: Option<String>,
    /// Read a wide table (one row per province, one column per year) holding the variable VAR,
    /// and reshape it to the panel (unit column: --unit, else the first column).
    #[arg(long, value_name = "VAR")]
    pub wide: Option<String>,
    /// Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section).
    #[arg(long, value_name = "COL")]
    pub unit: Option<String>,
    /// Year column (default: detected from year / 年份; `none` for a cross-section).
    #[arg(long, value_name = "COL")]
    pub year: Option<String>,
}

impl DataArgs {
    /// The import options these flags describe.
    pub fn import_options(&self) -> ImportOptions {
        let choice = |v: &Option<String>| match v.as_deref() {
            None => ColumnChoice::Auto,
            Some("none") => ColumnChoice::Absent,
            Some(n) => ColumnChoice::Named(n.to_string()),
        };
        ImportOptions {
            separator: None,
            unit: choice(&self.unit),
            year: choice(&self.year),
            sheet: self.sheet.clone(),
            wide: self.wide.clone(),
        }
    }
}

/// `check` arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `sample-data` arguments.
#[derive(Debug, Args)]
pub struct SampleDataArgs {
    /// Output directory (created if needed).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Number of units (30 = provinces; more gives generic units such as 278 "cities").
    #[arg(long, default_value_t = 30)]
    pub units: usize,
    /// Number of years from 2011.
    #[arg(long, default_value_t = 12)]
    pub years: usize,
    /// Seed of the data-generating process.
    #[arg(long, default_value_t = 2025)]
    pub seed: u64,
}

/// `describe` arguments.
#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Variables (comma-separated; default all numeric columns).
    #[arg(long, value_delimiter = ',')]
    pub vars: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_argument_opens_the_window_and_subcommands_stay_subcommands() {
        let cli = Cli::try_parse_from(["carbon-dml", "my scenario.ron"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.file.as_deref(), Some(std::path::Path::new("my scenario.ron")));
        let cli = Cli::try_parse_from(["carbon-dml", "--lang", "zh", "panel.csv"]).unwrap();
        assert_eq!((cli.lang.as_deref(), cli.file.is_some()), (Some("zh"), true));
        let cli = Cli::try_parse_from(["carbon-dml", "check"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Check(_))) && cli.file.is_none());
        let cli = Cli::try_parse_from(["carbon-dml"]).unwrap();
        assert!(cli.command.is_none() && cli.file.is_none());
    }
}
