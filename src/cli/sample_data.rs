//! `carbon-dml sample-data`: write the synthetic panel and its true effects.

use super::CliError;
use super::args::SampleDataArgs;
use crate::engine::data::sample::{SampleSpec, generate};
use crate::engine::data::sample_tfee::with_tfee_truth;
use crate::tr;
use std::process::ExitCode;

/// Run `sample-data`. Writes `<name>.csv` and `<name>.true_effects.json`.
pub fn run(args: &SampleDataArgs, lang: crate::locale::Lang) -> Result<ExitCode, CliError> {
    if args.units == 0 || args.years == 0 {
        return Err(CliError::msg("cli-units-years-min"));
    }
    let spec = SampleSpec { units: args.units, years: args.years, seed: args.seed, ..Default::default() };
    // The TFEE effect is measured by finite differences of the frontier scores: cheap for the
    // provinces, too slow for panels of thousands of units (left null there).
    let sample = if spec.units <= 30 { with_tfee_truth(generate(&spec)) } else { generate(&spec) };
    std::fs::create_dir_all(&args.out).map_err(|e| CliError::io(&args.out, &e))?;
    let stem = if spec == SampleSpec::default() {
        "provinces_2011_2022".to_string()
    } else {
        format!("sample_{}x{}_seed{}", args.units, args.years, args.seed)
    };
    let csv = args.out.join(format!("{stem}.csv"));
    let truth = args.out.join(format!("{stem}.true_effects.json"));
    crate::engine::report::atomic_write(&csv, sample.csv.as_bytes())?;
    let json = serde_json::to_string_pretty(&sample.truth)? + "\n";
    crate::engine::report::atomic_write(&truth, json.as_bytes())?;
    println!("{}", tr!(lang, "cli-wrote-two", first = csv.display().to_string(), second = truth.display().to_string()));
    Ok(ExitCode::SUCCESS)
}
