//! `carbon-dml merge FILE...`: combine the slice files of a sharded `simulate` or
//! `report --spec-curve` run into the output the run gives on one machine, byte for byte.
//!
//! `simulate` slices: the experiment's report on stdout (`--json` as `simulate --json`).
//! `report` slices: the report directory (`--out`, default the first slice's directory). The
//! battery (Tables 3-11 and the maps), which every report holds and whose size does not grow
//! with the curve, is computed here, on the data the slices name, checked against their hash.

use super::CliError;
use super::args::DataArgs;
use crate::engine::battery::{assemble_curve, run_battery_cached};
use crate::engine::dml::NuisanceCache;
use crate::engine::lab::{LabSpec, Replication};
use crate::engine::shard::file::{CurveSettings, Results};
use crate::engine::shard::{MergeError, MergeProblem, Merged, RunKind, merge_files};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// `merge` arguments.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Slice files written by `simulate --shard I/N` or `report --spec-curve ... --shard I/N`:
    /// every slice of one run, in any order.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Report slices: the output directory (default: the directory of the first slice).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Report slices: read the data from FILE instead of the path the slices name (it must be
    /// the same data: its hash is checked).
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Simulate slices: print one JSON object, as `simulate --json` does.
    #[arg(long)]
    pub json: bool,
    /// No progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// One problem with the first slice, as a merge error.
fn refuse(problem: MergeProblem) -> CliError {
    MergeError { problems: vec![problem] }.into()
}

/// Run `merge`.
pub fn run(args: &MergeArgs, langs: super::Langs) -> Result<ExitCode, CliError> {
    let started = Instant::now();
    let merged = merge_files(&args.files)?;
    let first = merged.files.first().map_or_else(String::new, |p| p.display().to_string());
    let unreadable = |detail: String| refuse(MergeProblem::NotASlice { file: first.clone(), detail });
    match (&merged.run.command, &merged.run.results) {
        (RunKind::Simulate, Results::Replications(records)) => {
            let spec: LabSpec = ron::from_str(&merged.run.settings).map_err(|e| unreadable(e.to_string()))?;
            let reps: Vec<Replication> = records.iter().map(Replication::from).collect();
            super::simulate::print(&spec, &reps, args.json, langs.text)
        }
        (RunKind::Report, Results::Specifications(_)) => {
            let settings: CurveSettings = ron::from_str(&merged.run.settings).map_err(|e| unreadable(e.to_string()))?;
            report(args, &merged, &settings, langs, started)
        }
        _ => Err(unreadable("records of the other command".into())),
    }
}

/// The report of merged curve slices: the battery computed here, the curve from the slices.
fn report(
    args: &MergeArgs,
    merged: &Merged,
    settings: &CurveSettings,
    langs: super::Langs,
    started: Instant,
) -> Result<ExitCode, CliError> {
    let first = merged.files.first().cloned().unwrap_or_default();
    let Some(identity) = &merged.run.data else {
        return Err(refuse(MergeProblem::NotASlice { file: first.display().to_string(), detail: "no data".into() }));
    };
    let data = DataArgs {
        data: args.data.clone().or_else(|| identity.file.as_ref().map(PathBuf::from)),
        sheet: identity.sheet.clone(),
        wide: identity.wide.clone(),
        unit: identity.unit.clone(),
        year: identity.year.clone(),
    };
    let scenario = &settings.scenario;
    let imported = super::load::load_with(&data, &scenario.measures, langs.text)?;
    let panel = &imported.panel;
    if format!("{:016x}", panel.content_hash) != identity.content_hash {
        let name = data.data.as_ref().map_or_else(|| panel.source.clone(), |p| p.display().to_string());
        return Err(refuse(MergeProblem::DataChanged { data: name, first: first.display().to_string() }));
    }
    let Results::Specifications(records) = &merged.run.results else {
        return Err(refuse(MergeProblem::NotASlice { file: first.display().to_string(), detail: String::new() }));
    };
    let specs = settings.spec_curve.specifications(scenario);
    let mut outcomes = Vec::with_capacity(records.len());
    for r in records {
        let Some(spec) = specs.get(r.spec) else {
            let shard = merged.run.shard;
            return Err(refuse(MergeProblem::Inconsistent { file: first.display().to_string(), shard }));
        };
        outcomes.push(r.result(spec.clone()));
    }
    let battery = run_battery_cached(
        panel,
        scenario,
        &super::report::reporter(args.quiet, "cli-progress-battery", langs.text),
        &AtomicBool::new(false),
        &NuisanceCache::new(),
    )
    .map_err(super::report::not_fitting(&panel.source))?;
    let curve = assemble_curve(scenario, outcomes);
    let out = args.out.clone().unwrap_or_else(|| first.parent().map_or_else(PathBuf::new, Path::to_path_buf));
    let out = if out.as_os_str().is_empty() { PathBuf::from(".") } else { out };
    let finished = super::report::Finished { out: &out, report: &battery, curve: Some(&curve), panel, started };
    super::report::write(&finished, langs, args.quiet)
}
