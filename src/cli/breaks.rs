//! `carbon-dml breaks`: class breaks of one variable (natural breaks, quantiles or equal
//! intervals), as a table or as JSON `{"breaks": [...], "counts": [...]}`.

use super::CliError;
use super::args::DataArgs;
use crate::engine::spatial::breaks::{self, Method};
use crate::engine::spatial::choropleth::column_values;
use crate::engine::spatial::render::legend_decimals;
use clap::Args;
use std::process::ExitCode;

/// `breaks` arguments.
#[derive(Debug, Args)]
pub struct BreaksArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Variable (numeric column) to classify.
    #[arg(long, value_name = "V")]
    pub var: String,
    /// Only the rows of this year (default: all rows).
    #[arg(long, value_name = "Y")]
    pub at_year: Option<i32>,
    /// Classification method.
    #[arg(long, value_enum, default_value_t = Method::Jenks)]
    pub method: Method,
    /// Number of classes (2 to 9).
    #[arg(long, default_value_t = 5)]
    pub classes: usize,
    /// Print JSON: {"breaks": [upper bounds ascending, last = max], "counts": [...]}.
    #[arg(long)]
    pub json: bool,
}

/// Run `breaks`.
pub fn run(args: &BreaksArgs, lang: crate::locale::Lang) -> Result<ExitCode, CliError> {
    let imp = super::load::load(&args.data, lang)?;
    let values = column_values(&imp.panel, &args.var, args.at_year)?;
    let b = breaks::compute(&values, args.method, args.classes)?;
    let counts = b.counts(&values);
    let scope = args.at_year.map_or("all rows".to_string(), |y| format!("year {y}"));
    if let Some(k) = b.reduced_from {
        eprintln!("note: {} classes formed instead of {k}: too few distinct values", b.k());
    }
    if b.missing > 0 {
        eprintln!("note: {} missing value(s) of {} ignored ({scope})", b.missing, args.var);
    }
    if args.json {
        println!("{}", serde_json::to_string(&serde_json::json!({ "breaks": b.upper, "counts": counts }))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{}: {}, {} classes, {} values ({scope})", args.var, args.method.label(), b.k(), values.len() - b.missing);
    let mut all = vec![b.min];
    all.extend(&b.upper);
    let d = legend_decimals(&all);
    for (j, c) in counts.iter().enumerate() {
        let (lo, hi) = b.range(j);
        let open = if j == 0 { '[' } else { '(' };
        println!("  class {}: {open}{lo:.d$}, {hi:.d$}]  {c}", j + 1);
    }
    Ok(ExitCode::SUCCESS)
}
