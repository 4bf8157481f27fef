//! `carbon-dml report`: the study's whole empirical section (Tables 3 to 11, the maps, a
//! coefficient plot, optionally a specification curve) on the current data, written to a
//! directory. Progress goes to stderr; errors exit with code 1.

use super::CliError;
use super::args::DataArgs;
use crate::engine::battery::{BatteryError, BatteryProgress, SpecCurveSpec, run_battery_cached, run_spec_curve};
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
    /// No progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// Print `[done/total] label` whenever the item changes.
fn reporter(quiet: bool, what: &'static str, lang: crate::locale::Lang) -> impl Fn(BatteryProgress) + Sync {
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

/// Run `report`.
pub fn run(args: &ReportArgs, langs: super::Langs) -> Result<ExitCode, CliError> {
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
    let curve_spec = args.spec_curve.as_deref().map(SpecCurveSpec::parse).transpose()?;
    let data_args = super::run::data_args(&scenario, base.as_deref(), &args.data);
    let imported = super::load::load_with(&data_args, &scenario.measures, langs.text)?;
    let panel = &imported.panel;
    let cancel = AtomicBool::new(false);
    let cache = NuisanceCache::new();
    let started = Instant::now();
    // A scenario that does not fit the data is worded as `run` words it, in the user's language.
    let not_fitting = |e: BatteryError| match e {
        BatteryError::Baseline(errors) => CliError::Spec { source: panel.source.clone(), errors },
        other => other.into(),
    };
    let report = run_battery_cached(
        panel,
        &scenario,
        &reporter(args.quiet, "cli-progress-battery", langs.text),
        &cancel,
        &cache,
    )
    .map_err(not_fitting)?;
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
                .map_err(not_fitting)?,
            )
        }
        None => None,
    };
    let written = write_report(&args.out, &report, curve.as_ref(), panel, langs.tables)?;
    for w in &written.warnings {
        eprintln!("{}", tr!(langs.text, "cli-warning", message = w.as_str()));
    }
    if !args.quiet {
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
            seconds = format!("{:.1}", started.elapsed().as_secs_f64()),
            files = written.files.len(),
            dir = args.out.display().to_string(),
        );
        eprintln!("{summary}");
    }
    Ok(ExitCode::SUCCESS)
}
