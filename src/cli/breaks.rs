//! `carbon-dml breaks`: class breaks of one variable (natural breaks, quantiles or equal
//! intervals), as a table or as JSON `{"breaks": [...], "counts": [...]}`.

use super::CliError;
use super::args::DataArgs;
use crate::engine::spatial::breaks::{self, Method};
use crate::engine::spatial::choropleth::column_values;
use crate::engine::spatial::render::legend_decimals;
use crate::locale::Lang;
use crate::locale::spatial::method_name;
use crate::tr;
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
pub fn run(args: &BreaksArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let imp = super::load::load(&args.data, lang)?;
    let values = column_values(&imp.panel, &args.var, args.at_year)?;
    let b = breaks::compute(&values, args.method, args.classes)?;
    let counts = b.counts(&values);
    let scope = args.at_year.map_or(tr!(lang, "breaks-all-rows"), |y| tr!(lang, "breaks-year", year = y.to_string()));
    let note = |message: String| eprintln!("{}", tr!(lang, "cli-note", message = message));
    if let Some(k) = b.reduced_from {
        note(tr!(lang, "breaks-fewer-classes", k = b.k(), asked = k));
    }
    if b.missing > 0 {
        note(tr!(
            lang,
            "breaks-missing-ignored",
            missing = b.missing,
            variable = args.var.as_str(),
            scope = scope.as_str()
        ));
    }
    if args.json {
        println!("{}", serde_json::to_string(&serde_json::json!({ "breaks": b.upper, "counts": counts }))?);
        return Ok(ExitCode::SUCCESS);
    }
    let heading = tr!(
        lang,
        "breaks-heading",
        variable = args.var.as_str(),
        method = method_name(args.method, lang),
        k = b.k(),
        n = values.len() - b.missing,
        scope = scope
    );
    println!("{heading}");
    let mut all = vec![b.min];
    all.extend(&b.upper);
    let d = legend_decimals(&all);
    for (j, c) in counts.iter().enumerate() {
        let (lo, hi) = b.range(j);
        let open = if j == 0 { '[' } else { '(' };
        println!("  {} {open}{lo:.d$}, {hi:.d$}]  {c}", tr!(lang, "breaks-class", j = j + 1));
    }
    Ok(ExitCode::SUCCESS)
}
