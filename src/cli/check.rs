//! `carbon-dml check`: print the validation report of a data file in the language of
//! `--lang` (findings, severity words, summary); exit 1 on errors. `--json` keeps the typed
//! findings with their English wording.

use super::CliError;
use super::args::CheckArgs;
use crate::engine::data::{Report, import_bytes, import_path, sample};
use crate::locale::Lang;
use crate::locale::fluent::Message;
use crate::locale::validation::report_text;
use std::process::ExitCode;

/// Run `check`, printing in `lang`.
pub fn run(args: &CheckArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let opts = args.data.import_options();
    let result = match &args.data.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let (report, ok, shape): (Report, bool, Option<Message>) = match result {
        Ok(imp) => {
            let p = &imp.panel;
            let shape = match (&p.unit, &p.year) {
                (Some(u), Some(_)) => {
                    let ys = p.years();
                    Message::new("check-panel")
                        .arg("units", u.n_units())
                        .arg("years", ys.len())
                        .arg("first", i64::from(ys.first().copied().unwrap_or(0)))
                        .arg("last", i64::from(ys.last().copied().unwrap_or(0)))
                }
                _ => Message::new("check-cross-section"),
            }
            .arg("rows", p.n_rows())
            .arg("numeric", p.numeric_names().len());
            (imp.report, true, Some(shape))
        }
        Err(report) => (report, false, None),
    };
    // The JSON keeps the English summary (as it keeps the findings' English wording).
    let summary_in = |l: Lang| shape.as_ref().map_or_else(String::new, |m| m.render(l));
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"ok": ok, "summary": summary_in(Lang::En), "report": report})
            )?
        );
    } else {
        if ok {
            let line = Message::new("check-shape").arg("file", &report.file).arg("shape", summary_in(lang));
            println!("{}", line.render(lang));
        }
        print!("{}", report_text(&report, lang));
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
