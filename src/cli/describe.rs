//! `carbon-dml describe`: descriptive statistics (the study's Table 3).

use super::CliError;
use super::args::DescribeArgs;
use crate::engine::data::summary::describe;
use std::process::ExitCode;

/// Run `describe`.
pub fn run(args: &DescribeArgs, lang: crate::locale::Lang) -> Result<ExitCode, CliError> {
    let imp = super::load::load(&args.data, lang)?;
    let names: Vec<&str> = args.vars.iter().map(String::as_str).collect();
    for n in &names {
        if imp.panel.numeric(n).is_none() {
            return Err(CliError::msg("cli-no-numeric-column").arg("source", &imp.panel.source).arg("column", *n));
        }
    }
    let rows = describe(&imp.panel, &names);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "variables": rows }))?);
        return Ok(ExitCode::SUCCESS);
    }
    let head = |id: &'static str| crate::locale::fluent::message(lang, id, None);
    println!(
        "{} {} {} {} {} {}",
        pad_end(&head("cli-describe-variable"), 18),
        pad_start(&head("cli-describe-n"), 6),
        pad_start(&head("cli-describe-mean"), 14),
        pad_start(&head("cli-describe-sd"), 14),
        pad_start(&head("cli-describe-min"), 14),
        pad_start(&head("cli-describe-max"), 14)
    );
    for r in rows {
        println!("{:<18} {:>6} {:>14.4} {:>14.4} {:>14.4} {:>14.4}", r.name, r.n, r.mean, r.sd, r.min, r.max);
    }
    Ok(ExitCode::SUCCESS)
}

/// Terminal columns taken by `s`: two for a CJK character, one otherwise.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c) { 2 } else { 1 })
        .sum()
}

/// `s` padded with spaces on the right to `w` terminal columns.
fn pad_end(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// `s` padded with spaces on the left to `w` terminal columns.
fn pad_start(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}
