//! `carbon-dml bench`: run the benchmark suites and print medians against targets.

use super::CliError;
use super::args::{BenchArgs, BenchChildArgs};
use crate::engine::bench::suites;
use std::process::ExitCode;

/// Run `bench`.
pub fn run(args: &BenchArgs) -> Result<ExitCode, CliError> {
    // The engine's suites, then the window's (the engine cannot name the GUI).
    let mut all = suites();
    all.push(("index-view", crate::gui::views::index::bench::suite));
    all.push(("window", crate::gui::bench::suite));
    for s in &args.suite {
        if !all.iter().any(|(name, _)| name == s) {
            let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
            return Err(CliError::msg("cli-bench-suite").arg("suite", s).arg("available", names.join(", ")));
        }
    }
    if cfg!(debug_assertions) {
        eprintln!("warning: this is a debug build; figures are only meaningful with --release");
    }
    // The window lowers its fitting threads' priority; the window suite run alone does too,
    // before anything starts the pool (other suites keep normal priority).
    if args.suite.len() == 1 && args.suite[0] == "window" {
        crate::gui::priority::lower_fitting_pool();
    }
    let threads = rayon::current_num_threads();
    let mut results = Vec::new();
    for (name, suite) in all {
        if !args.suite.is_empty() && !args.suite.iter().any(|s| s == name) {
            continue;
        }
        if !args.json {
            println!("== {name} ({threads} threads)");
        }
        for m in suite(args.quick) {
            if !args.json {
                let target = match (m.target_ms, m.meets_target()) {
                    (Some(t), Some(true)) => format!("target {t:.1} ms: met"),
                    (Some(t), _) => format!("target {t:.1} ms: MISSED"),
                    _ => String::new(),
                };
                println!(
                    "{:<60} median {:>10.2} ms  min {:>10.2} ms  ({} runs)  {target}  {}",
                    m.name, m.median_ms, m.min_ms, m.runs, m.note
                );
            }
            results.push(m);
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "threads": threads, "results": results }))?);
    }
    Ok(ExitCode::SUCCESS)
}

/// Run `bench-child`: one side of the `import-large` suite, or the GeoTIFF zonal row of
/// `spatial-stats` (`--side zonal`); prints its measurement as JSON.
pub fn child(args: &BenchChildArgs) -> Result<ExitCode, CliError> {
    if args.side == "zonal" {
        let result = crate::engine::spatial::zonal::bench::run_child(&args.file)
            .map_err(|e| CliError::msg("cli-bench-failed").arg("error", e))?;
        println!("{}", serde_json::to_string(&result)?);
        return Ok(ExitCode::SUCCESS);
    }
    use crate::engine::data::bench::{Side, run_child};
    let side = Side::parse(&args.side).ok_or_else(|| CliError::msg("cli-bench-side").arg("side", &args.side))?;
    let result = run_child(side, &args.file).map_err(|e| CliError::msg("cli-bench-failed").arg("error", e))?;
    println!("{}", serde_json::to_string(&result)?);
    Ok(ExitCode::SUCCESS)
}
