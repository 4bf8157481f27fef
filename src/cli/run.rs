//! `carbon-dml run`: estimate a scenario headless; flags override the scenario file.
//!
//! Without a file the scenario is the study's baseline on the bundled sample (CEE on DCP,
//! six controls, PLR partialling out, random forests with 500 trees, K = 5, seed 42).
//! Plain output is a table; `--json` prints one JSON object; `--out DIR` also writes
//! `estimate.json`, `predictions.csv` (cross-fitted predictions and residuals), `table.txt`
//! and the effective `scenario.ron`. Errors go to stderr with exit code 1.

mod extra;
mod flags;
mod iv_text;
mod output;

pub use flags::{LearnerArg, RunArgs, spec_of};

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::ColumnChoice;
use crate::engine::dml::heterogeneity::{self, GroupBy};
use crate::engine::dml::{self, Progress, mediation};
use crate::engine::measures::{DerivedVar, add_derived_only, needed_derived};
use crate::engine::scenario::Scenario;
use crate::engine::scenario::SpecError;
use crate::tr;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Run `run`.
pub fn run(args: &RunArgs, langs: super::Langs) -> Result<ExitCode, CliError> {
    let (mut scenario, base) = match &args.scenario {
        Some(path) => (Scenario::load(path).map_err(CliError::scenario_file)?, path.parent().map(Path::to_path_buf)),
        None => (Scenario::default(), None),
    };
    flags::apply(args, &mut scenario)?;
    let data_args = data_args(&scenario, base.as_deref(), &args.data);
    // Only the derived variables this run reads (TFEE only when read).
    let needed = needed_derived(&scenario.measures, &columns_read(args, &scenario));
    let mut imported = super::load::load_only(&data_args, &scenario.measures, langs.text, &needed)?;
    let spec = match scenario.validate(&imported.panel) {
        Ok(spec) => spec,
        Err(errors) => return Err(spec_error(&scenario, &mut imported.panel, &needed, errors)),
    };
    let panel = &imported.panel;
    if let Some(path) = &args.save_scenario {
        let mut saved = scenario.clone();
        saved.data.content_hash = Some(panel.content_hash);
        saved.save(path).map_err(CliError::saving)?;
        if !args.json {
            eprintln!("{}", tr!(langs.text, "cli-saved-scenario", path = path.display().to_string()));
        }
    }
    let show = std::io::stderr().is_terminal() && !args.json;
    let shown = AtomicUsize::new(0);
    let progress = |p: Progress| {
        let pct = p.done * 100 / p.total.max(1);
        if show && pct >= shown.load(Ordering::Relaxed) + 10 {
            shown.store(pct, Ordering::Relaxed);
            eprint!("\rfitting nuisances: {}/{} fits ({pct}%)   ", p.done, p.total);
        }
    };
    let cancel = AtomicBool::new(false);
    let estimate = dml::estimate(&spec, &progress, &cancel)?;
    let mut extra = output::Extra::default();
    for m in &args.mechanism {
        extra.mechanisms.push(heterogeneity::mechanism(&scenario, panel, m, &progress, &cancel)?);
    }
    if let Some(by) = &args.by {
        let group = match by.as_str() {
            "coastal" => GroupBy::Coastal,
            "region3" => GroupBy::Region3,
            col if args.by_values => GroupBy::Values(col.to_string()),
            col => GroupBy::Threshold(col.to_string(), args.threshold),
        };
        let groups = heterogeneity::by_group(&scenario, panel, &group, &progress, &cancel)?;
        extra.differences = heterogeneity::differences(&groups);
        extra.groups = groups;
    }
    if let Some(m) = &args.mediation {
        let values = panel.numeric(m).ok_or_else(|| CliError::msg("cli-mediation-column").arg("column", m))?;
        extra.mediation = Some(mediation::mediation(&spec, values, m, args.bootstrap, &cancel)?);
    }
    if show {
        eprint!("\r{:60}\r", "");
    }
    let estimates = vec![estimate];
    let json = output::json(&estimates, &extra);
    let table = output::table(&estimates, panel, langs.text) + &extra::extra_table(&extra, langs.text);
    if let Some(dir) = &args.out {
        write_outputs(dir, &json, &table, &estimates, panel, &scenario)?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        print!("{table}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The error of a scenario that does not fit `panel`. A mistyped column is answered with every
/// column as suggestions, so the derived variables not yet computed are added first (on this
/// error path only) and the scenario checked again.
fn spec_error(
    scenario: &Scenario,
    panel: &mut crate::engine::data::Panel,
    derived: &BTreeSet<DerivedVar>,
    errors: Vec<SpecError>,
) -> CliError {
    let rest: BTreeSet<DerivedVar> = DerivedVar::ALL.into_iter().filter(|v| !derived.contains(v)).collect();
    let errors = if errors.iter().any(|e| matches!(e, SpecError::UnknownColumn { .. })) && !rest.is_empty() {
        add_derived_only(panel, &scenario.measures, None, &rest);
        scenario.validate(panel).err().unwrap_or(errors)
    } else {
        errors
    };
    CliError::Spec { source: panel.source.clone(), errors }
}

/// Every column this run reads: the scenario's, the mechanism outcomes, the grouping column
/// and the mediator (only the derived variables these need are computed).
fn columns_read<'a>(args: &'a RunArgs, scenario: &'a Scenario) -> Vec<&'a str> {
    let mut cols = scenario.columns_read();
    cols.extend(args.mechanism.iter().map(String::as_str));
    cols.extend(args.by.as_deref().filter(|by| !matches!(*by, "coastal" | "region3")));
    cols.extend(args.mediation.as_deref());
    cols
}

/// The data flags implied by the scenario, overridden by the command line.
pub(crate) fn data_args(s: &Scenario, base: Option<&Path>, cli: &DataArgs) -> DataArgs {
    let choice = |c: &ColumnChoice| match c {
        ColumnChoice::Auto => None,
        ColumnChoice::Named(n) => Some(n.clone()),
        ColumnChoice::Absent => Some("none".to_string()),
    };
    let path = s.data.path.as_ref().map(|p| match base {
        Some(b) if p.is_relative() => b.join(p),
        _ => p.clone(),
    });
    DataArgs {
        data: cli.data.clone().or(path),
        unit: cli.unit.clone().or_else(|| choice(&s.data.unit)),
        year: cli.year.clone().or_else(|| choice(&s.data.year)),
        sheet: cli.sheet.clone(),
        wide: cli.wide.clone(),
    }
}

fn write_outputs(
    dir: &PathBuf,
    json: &serde_json::Value,
    table: &str,
    estimates: &[dml::Estimate],
    panel: &crate::engine::data::Panel,
    scenario: &Scenario,
) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(|e| CliError::io(dir, &e))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        crate::engine::report::atomic_write(&path, bytes).map_err(|e| CliError::io(&path, &e))
    };
    write("estimate.json", (serde_json::to_string_pretty(json)? + "\n").as_bytes())?;
    write("table.txt", table.as_bytes())?;
    if let Some(e) = estimates.first() {
        write("predictions.csv", output::predictions_csv(e, panel).as_bytes())?;
    }
    let mut saved = scenario.clone();
    saved.data.content_hash = Some(panel.content_hash);
    write("scenario.ron", crate::engine::scenario::file::to_string(&saved).as_bytes())?;
    Ok(())
}
