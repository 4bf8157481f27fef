//! `carbon-dml report`: the study's whole empirical section (Tables 3 to 11, the maps, a
//! coefficient plot, optionally a specification curve) on the current data, written to a
//! directory. Progress goes to stderr; errors exit with code 1.

use super::CliError;
use super::args::DataArgs;
use crate::engine::battery::{
    BatteryError, BatteryProgress, BatteryReport, SpecCurveResult, SpecCurveSpec, run_battery_cached, run_spec_curve,
};
use crate::engine::data::Panel;
use crate::engine::dml::NuisanceCache;
use crate::engine::learners::LearnerSpec;
use crate::engine::report::battery_files::write_report;
use crate::engine::scenario::Scenario;
use crate::tr;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// `report` arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Scenario file (.ron); default: the study's baseline on the bundled sample.
    #[arg(value_name = "SCENARIO.ron")]
    pub scenario: Option<PathBuf>,
    /// Data source (overrides the scenario's).
    #[command(flatten)]
    pub data: DataArgs,
    /// Output directory (created if needed).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Also run a specification curve, e.g. "learners=rf,gbm;k=4,5,8;index=entropy,pca;winsor=no,yes;squares=no,yes;fe=none,unit-year;folds=random,unit".
    #[arg(long, value_name = "SETS")]
    pub spec_curve: Option<String>,
    /// Trees of every random forest (overrides the scenario; the study uses 500).
    #[arg(long, value_name = "N")]
    pub trees: Option<usize>,
    /// Master seed (overrides the scenario).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Compute only slice I of N of the specification curve (1-based, e.g. 2/3) and write it to
    /// DIR/slice-I-of-N.json; `carbon-dml merge` combines the slices into the report.
    #[arg(long, value_name = "I/N", requires = "spec_curve")]
    pub shard: Option<String>,
    /// No progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// Print `[done/total] label` whenever the item changes.
pub(super) fn reporter(quiet: bool, what: &'static str, lang: crate::locale::Lang) -> impl Fn(BatteryProgress) + Sync {
    let last = Mutex::new(usize::MAX);
    move |p: BatteryProgress| {
        if quiet || p.done >= p.total {
            return;
        }
        let mut l = last.lock().unwrap_or_else(|e| e.into_inner());
        if *l != p.done {
            *l = p.done;
            let what = crate::locale::fluent::message(lang, what, None);
            eprintln!("{what} [{}/{}] {}", p.done + 1, p.total, crate::locale::battery::progress_label(&p.label, lang));
        }
    }
}

fn load_scenario(path: Option<&Path>) -> Result<(Scenario, Option<PathBuf>), CliError> {
    match path {
        Some(p) => Ok((Scenario::load(p).map_err(CliError::scenario_file)?, p.parent().map(Path::to_path_buf))),
        None => Ok((Scenario::default(), None)),
    }
}

/// The scenario of a `report` run: the file (or the study's baseline) with `--trees` and
/// `--seed` applied, and the directory that relative data paths are read from.
fn scenario_of(args: &ReportArgs) -> Result<(Scenario, Option<PathBuf>), CliError> {
    let (mut scenario, base) = load_scenario(args.scenario.as_deref())?;
    if let Some(n) = args.trees {
        for n_ in
            [&mut scenario.learners.l, &mut scenario.learners.m, &mut scenario.learners.r, &mut scenario.learners.g]
        {
            if let LearnerSpec::Forest(p) = n_ {
                p.n_trees = n;
            }
        }
    }
    if let Some(s) = args.seed {
        scenario.seed = s;
    }
    Ok((scenario, base))
}

/// A scenario that does not fit the data, worded as `run` words it, in the user's language.
pub(super) fn not_fitting(source: &str) -> impl Fn(BatteryError) -> CliError + '_ {
    move |e| match e {
        BatteryError::Baseline(errors) => CliError::Spec { source: source.to_string(), errors },
        other => other.into(),
    }
}

/// Run `report`.
pub fn run(args: &ReportArgs, langs: super::Langs) -> Result<ExitCode, CliError> {
    let (scenario, base) = scenario_of(args)?;
    let curve_spec = args.spec_curve.as_deref().map(SpecCurveSpec::parse).transpose()?;
    let data_args = super::run::data_args(&scenario, base.as_deref(), &args.data);
    let imported = super::load::load_with(&data_args, &scenario.measures, langs.text)?;
    let panel = &imported.panel;
    if let (Some(shard), Some(spec)) = (&args.shard, &curve_spec) {
        let job = super::shard::CurveJob { scenario: &scenario, spec, panel, data: &data_args, out: &args.out };
        return super::shard::curve_slice(&job, shard, args.quiet, langs.text);
    }
    let cancel = AtomicBool::new(false);
    let cache = NuisanceCache::new();
    let started = Instant::now();
    let report = run_battery_cached(
        panel,
        &scenario,
        &reporter(args.quiet, "cli-progress-battery", langs.text),
        &cancel,
        &cache,
    )
    .map_err(not_fitting(&panel.source))?;
    let curve = match &curve_spec {
        Some(spec) => {
            if !args.quiet {
                eprintln!("{}", tr!(langs.text, "cli-report-curve-count", count = spec.count()));
            }
            Some(
                run_spec_curve(
                    panel,
                    &scenario,
                    spec,
                    &reporter(args.quiet, "cli-progress-curve", langs.text),
                    &cancel,
                    &cache,
                )
                .map_err(not_fitting(&panel.source))?,
            )
        }
        None => None,
    };
    write(&Finished { out: &args.out, report: &report, curve: curve.as_ref(), panel, started }, langs, args.quiet)
}

/// A finished report, ready to be written.
pub(super) struct Finished<'a> {
    /// Output directory.
    pub out: &'a Path,
    /// The battery.
    pub report: &'a BatteryReport,
    /// The specification curve, when run.
    pub curve: Option<&'a SpecCurveResult>,
    /// The data.
    pub panel: &'a Panel,
    /// When the work began (for the summary line).
    pub started: Instant,
}

/// Write the report's files and say on stderr what was estimated (shared by `report` and
/// `merge`, so a merged report is the same bytes).
pub(super) fn write(f: &Finished, langs: super::Langs, quiet: bool) -> Result<ExitCode, CliError> {
    let (report, out) = (f.report, f.out);
    let written = write_report(out, report, f.curve, f.panel, langs.tables)?;
    for w in &written.warnings {
        eprintln!("{}", tr!(langs.text, "cli-warning", message = w.as_str()));
    }
    if !quiet {
        let lang = langs.text;
        let mut not_estimated: usize = 0;
        for o in &report.items {
            if let Some(p) = crate::locale::battery::problem(o, lang) {
                not_estimated += 1;
                let item = format!("{} {}", o.item.table.id(), o.item.column_in(lang));
                eprintln!("{}", tr!(lang, "cli-note", message = format!("{item}: {p}")));
            }
        }
        let summary = tr!(
            lang,
            "cli-report-summary",
            estimates = report.estimates().count(),
            failed = not_estimated,
            seconds = format!("{:.1}", f.started.elapsed().as_secs_f64()),
            files = written.files.len(),
            dir = out.display().to_string(),
        );
        eprintln!("{summary}");
    }
    Ok(ExitCode::SUCCESS)
}
