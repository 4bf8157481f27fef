//! `--shard I/N`: compute one slice of a `simulate` or `report --spec-curve` run and write it as
//! a slice file ([`crate::engine::shard::file`]) for `carbon-dml merge`.

use super::CliError;
use super::args::DataArgs;
use super::output::emit;
use crate::engine::battery::{SpecCurveSpec, run_spec_items};
use crate::engine::data::Panel;
use crate::engine::dml::NuisanceCache;
use crate::engine::lab::{LabSpec, run_replications};
use crate::engine::scenario::Scenario;
use crate::engine::shard::file::{CurveSettings, DataIdentity, Results, settings_text, slice_file_name};
use crate::engine::shard::records::{RepRecord, SpecRecord};
use crate::engine::shard::{RunKind, Shard, ShardFile};
use crate::locale::Lang;
use crate::tr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// A slice of a specification curve to compute.
pub(super) struct CurveJob<'a> {
    /// The battery's baseline (flags applied).
    pub scenario: &'a Scenario,
    /// The curve's sets.
    pub spec: &'a SpecCurveSpec,
    /// The data.
    pub panel: &'a Panel,
    /// How the data were read (recorded, so that `merge` reads them again).
    pub data: &'a DataArgs,
    /// The report's output directory: the slice is written into it.
    pub out: &'a Path,
}

/// How the data were read, with the file as an absolute path and the content hash.
fn data_identity(args: &DataArgs, panel: &Panel) -> DataIdentity {
    DataIdentity {
        file: args.data.as_ref().map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()).display().to_string()),
        sheet: args.sheet.clone(),
        wide: args.wide.clone(),
        unit: args.unit.clone(),
        year: args.year.clone(),
        source: panel.source.clone(),
        content_hash: format!("{:016x}", panel.content_hash),
    }
}

/// Compute slice `shard` (`I/N`) of the curve and write it to `out/slice-I-of-N.json`.
pub(super) fn curve_slice(job: &CurveJob, shard: &str, quiet: bool, lang: Lang) -> Result<ExitCode, CliError> {
    let shard = Shard::parse(shard)?;
    let total = job.spec.count();
    let range = shard.range(total);
    let progress = super::report::reporter(quiet, "cli-progress-curve", lang);
    let cancel = AtomicBool::new(false);
    let outcomes =
        run_spec_items(job.panel, job.scenario, job.spec, range.clone(), &progress, &cancel, &NuisanceCache::new())
            .map_err(super::report::not_fitting(&job.panel.source))?;
    let records = range.clone().zip(&outcomes).map(|(k, o)| SpecRecord::new(k, o)).collect();
    let settings = CurveSettings { scenario: job.scenario.clone(), spec_curve: job.spec.clone() };
    let file = ShardFile::new(
        RunKind::Report,
        shard,
        total,
        job.scenario.seed,
        Some(data_identity(job.data, job.panel)),
        settings_text(&settings),
        Results::Specifications(records),
    );
    let path = job.out.join(slice_file_name(shard));
    file.write(&path).map_err(|e| CliError::io(&path, &e))?;
    if !quiet {
        eprintln!("{}", written(shard, range.len(), total, &path, lang));
    }
    Ok(ExitCode::SUCCESS)
}

/// Compute slice `shard` of the lab experiment's replications; write it to `out`, or stdout.
pub(super) fn lab_slice(spec: &LabSpec, shard: &str, out: Option<&Path>) -> Result<ExitCode, CliError> {
    let shard = Shard::parse(shard)?;
    let range = shard.range(spec.replications);
    let reps = run_replications(spec, range, &|_| {}, &AtomicBool::new(false))?;
    let file = ShardFile::new(
        RunKind::Simulate,
        shard,
        spec.replications,
        spec.seed,
        None,
        settings_text(spec),
        Results::Replications(reps.iter().map(RepRecord::from).collect()),
    );
    match out {
        Some(path) => file.write(path).map_err(|e| CliError::io(path, &e))?,
        None => emit(&file.to_json())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn written(shard: Shard, items: usize, total: usize, path: &Path, lang: Lang) -> String {
    tr!(
        lang,
        "cli-slice-written",
        shard = shard.label(),
        items = items,
        total = total,
        file = path.display().to_string()
    )
}
