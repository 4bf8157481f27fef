//! `carbon-dml map`: draw choropleth maps of one variable for one or more years to a PNG.

use super::CliError;
use super::args::DataArgs;
use crate::engine::spatial::choropleth::{LegendScope, MapSpec, compute_maps};
use crate::engine::spatial::join::{JoinMatch, JoinSpec, join};
use crate::engine::spatial::palette::PaletteName;
use crate::engine::spatial::render::{DEFAULT_NOTE, RenderSpec, render, write_png};
use crate::engine::spatial::text::{Face, Fonts, find_system_cjk_font};
use crate::engine::spatial::{Albers, Boundaries, MapGeometry, Method};
use crate::locale::Lang;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Legend choice on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LegendArg {
    /// One legend, breaks from all years pooled.
    Shared,
    /// One legend per map.
    PerMap,
}

/// `map` arguments.
#[derive(Debug, Args)]
pub struct MapArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Variable (numeric column) to map.
    #[arg(long, value_name = "V")]
    pub var: String,
    /// Year(s) to map; two or more are drawn side by side (e.g. --at-year 2011,2022).
    #[arg(long, value_name = "Y", value_delimiter = ',')]
    pub at_year: Vec<i32>,
    /// Classification method.
    #[arg(long, value_enum, default_value_t = Method::Jenks)]
    pub method: Method,
    /// Number of classes (2 to 9).
    #[arg(long, default_value_t = 5)]
    pub classes: usize,
    /// Your own upper class bounds, ascending (replaces --method), e.g. --breaks 1,2,5.
    #[arg(long, value_delimiter = ',', allow_negative_numbers = true)]
    pub breaks: Vec<f64>,
    /// Colour scheme (ColorBrewer).
    #[arg(long, value_enum, default_value_t = PaletteName::YlGnBu)]
    pub palette: PaletteName,
    /// Reverse the palette (for "lower is better" variables).
    #[arg(long)]
    pub reverse: bool,
    /// One shared legend or one per map.
    #[arg(long, value_enum, default_value_t = LegendArg::Shared)]
    pub legend: LegendArg,
    /// Output PNG file.
    #[arg(long, value_name = "OUT.png")]
    pub png: PathBuf,
    /// Picture width in pixels.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// Title (default: variable and years).
    #[arg(long)]
    pub title: Option<String>,
    /// The boundaries and how their features are joined to units.
    #[command(flatten)]
    pub geo: super::args::BoundaryArgs,
    /// Font file for characters the built-in face lacks (e.g. NotoSansCJK-Regular.ttc).
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

/// Run `map`.
/// Names in the picture follow `lang` (Chinese needs a CJK font: `--font`, or one installed).
pub fn run(args: &MapArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let chinese = lang == Lang::Zh;
    let imp = super::load::load(&args.data, lang)?;
    let panel = &imp.panel;
    if args.at_year.is_empty() && panel.year.is_some() {
        let ys = panel.years();
        return Err(CliError::msg("cli-map-at-year")
            .arg("first", ys.first().copied().unwrap_or(0).to_string())
            .arg("last", ys.last().copied().unwrap_or(0).to_string()));
    }
    let owned = args.geo.read()?;
    let boundaries = match &owned {
        Some(b) => b,
        None => Boundaries::embedded(),
    };
    for s in &boundaries.skipped {
        eprintln!("note: boundary feature {} has a {} geometry (no area): skipped", s.feature, s.geometry);
    }
    let matching = if args.geo.exact_join { JoinMatch::Exact } else { JoinMatch::Auto };
    let j = join(boundaries, panel, &JoinSpec { property: args.geo.join_property.clone(), matching })?;
    if j.n_matched() == 0 {
        return Err(CliError::msg("cli-no-join-match")
            .arg("property", &args.geo.join_property)
            .arg("source", &panel.source));
    }
    for f in &j.unmatched_features {
        eprintln!("note: feature {} (\"{}\") matches no unit: drawn as no data", f.feature, f.value);
    }
    for (_, label) in &j.unmatched_units {
        eprintln!("note: unit \"{label}\" has no boundary feature: not drawn");
    }
    let spec = MapSpec {
        variable: args.var.clone(),
        years: args.at_year.clone(),
        method: args.method,
        classes: args.classes,
        manual_breaks: args.breaks.clone(),
        palette: args.palette,
        reverse: args.reverse,
        legend: match args.legend {
            LegendArg::Shared => LegendScope::Shared,
            LegendArg::PerMap => LegendScope::PerMap,
        },
        center_diverging: true,
    };
    let maps = compute_maps(panel, boundaries, &j, &spec)?;
    let geometry_owned;
    let geometry = match &args.geo.boundaries {
        Some(_) => {
            geometry_owned = MapGeometry::build(boundaries, &Albers::default());
            &geometry_owned
        }
        None => MapGeometry::embedded(),
    };
    let fonts = match (&args.font, chinese) {
        (Some(p), _) => Fonts::with_fallback(Face::from_file(p)?),
        (None, true) => match find_system_cjk_font() {
            Some(f) => Fonts::with_fallback(f),
            None => return Err(CliError::msg("cli-map-cjk-font")),
        },
        (None, false) => Fonts::default(),
    };
    let years: Vec<String> = args.at_year.iter().map(i32::to_string).collect();
    let method = if args.breaks.is_empty() {
        format!("{}, {} classes", args.method.label(), maps[0].breaks.k())
    } else {
        format!("user breaks, {} classes", args.breaks.len())
    };
    let boundary_note = match &args.geo.boundaries {
        Some(p) => format!("Boundaries: {}.", p.display()),
        None => DEFAULT_NOTE.to_string(),
    };
    let rs = RenderSpec {
        width: args.width,
        title: args.title.clone().unwrap_or_else(|| format!("{} by province, {}", args.var, years.join(" and "))),
        map_titles: Vec::new(),
        legend_title: format!("{}: {method}", args.var),
        source_note: format!("Data: {}. {boundary_note}", panel.source),
        chinese_names: chinese,
    };
    let out = render(geometry, boundaries, &maps, &rs, &fonts)?;
    let (w, h) = (out.canvas.width, out.canvas.height);
    write_png(&args.png, out.canvas)?;
    let no_data: Vec<String> = maps[0].no_data.iter().map(|e| e.name.clone()).collect();
    println!(
        "wrote {} ({w} x {h} px): {} {}; {method}{}",
        args.png.display(),
        args.var,
        years.join(", "),
        if no_data.is_empty() { String::new() } else { format!("; no data: {}", no_data.join(", ")) }
    );
    Ok(ExitCode::SUCCESS)
}
