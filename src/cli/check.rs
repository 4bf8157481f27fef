//! `carbon-dml check`: print the validation report of a data file; exit 1 on errors.

use super::CliError;
use super::args::CheckArgs;
use crate::engine::data::{Report, import_bytes, import_path, sample};
use std::process::ExitCode;

/// Run `check`.
pub fn run(args: &CheckArgs) -> Result<ExitCode, CliError> {
    let opts = args.data.import_options();
    let result = match &args.data.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let (report, ok, summary): (Report, bool, String) = match result {
        Ok(imp) => {
            let p = &imp.panel;
            let shape = match (&p.unit, &p.year) {
                (Some(u), Some(_)) => {
                    let ys = p.years();
                    format!(
                        "{} rows: {} units x {} years ({}-{}), {} numeric columns",
                        p.n_rows(),
                        u.n_units(),
                        ys.len(),
                        ys.first().copied().unwrap_or(0),
                        ys.last().copied().unwrap_or(0),
                        p.numeric_names().len()
                    )
                }
                _ => format!("{} rows (cross-section), {} numeric columns", p.n_rows(), p.numeric_names().len()),
            };
            (imp.report, true, shape)
        }
        Err(report) => (report, false, String::new()),
    };
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({"ok": ok, "summary": summary, "report": report}))?
        );
    } else {
        if ok {
            println!("{}: {summary}", report.file);
        }
        print!("{report}");
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
