//! `carbon-dml simulate`: the classroom lab headless. Draws R data sets from a process with a
//! known effect and reports naive OLS, DML with OLS learners and DML with the chosen learner.
//!
//! `--json` prints `{"truth", "process", "n", "replications", "settings", "estimators": [{"name",
//! "bias", "sd", "mean_se", "coverage", "replications", "failed"}]}`, identical for the same seed
//! on any thread count.

use super::CliError;
use super::columns::{pad_end, pad_start};
use super::output::emit;
use super::run::{LearnerArg, spec_of};
use crate::engine::dml::{Cluster, FoldScheme};
use crate::engine::lab::{LabSpec, Process, Replication, run_lab, summarize};
use crate::engine::learners::LearnerSpec;
use crate::locale::Lang;
use crate::tr;
use clap::{Args, ValueEnum};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// `--process`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ProcessArg {
    /// The bundled sample's process (the study's baseline model on a fresh panel).
    Sample,
    /// Nonlinear confounding, independent rows.
    Nonlinear,
    /// Nonlinear confounding with unit effects (clustering matters).
    Panel,
}

/// `simulate` arguments.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// Data-generating process.
    #[arg(long, value_enum, default_value = "nonlinear")]
    pub process: ProcessArg,
    /// Rows per data set (units x years for panel and sample).
    #[arg(long, default_value_t = 500)]
    pub n: usize,
    /// Replications.
    #[arg(long, default_value_t = 100)]
    pub reps: usize,
    /// Learner of the flexible DML estimator.
    #[arg(long, value_enum, default_value = "rf")]
    pub learner: LearnerArg,
    /// Random forest: trees.
    #[arg(long)]
    pub rf_trees: Option<usize>,
    /// Strength of the nonlinear confounding (0 = none; not for the sample process).
    #[arg(long, default_value_t = 1.0)]
    pub confounding: f64,
    /// Cross-fitting folds K.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Deal whole units to folds (panel and sample processes).
    #[arg(long)]
    pub folds_by_unit: bool,
    /// Cluster standard errors by unit (panel and sample processes).
    #[arg(long)]
    pub cluster_unit: bool,
    /// Fit the nuisances on the rows they predict (no cross-fitting): wrong in practice, shown
    /// for teaching.
    #[arg(long)]
    pub no_cross_fitting: bool,
    /// Seed.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Compute only slice I of N of the replications (1-based, e.g. 2/3) and write it as a slice
    /// file (to --out, else stdout); `carbon-dml merge` combines the slices.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<String>,
    /// With --shard: the slice file to write (default: stdout).
    #[arg(long, value_name = "FILE", requires = "shard")]
    pub out: Option<std::path::PathBuf>,
}

impl SimulateArgs {
    /// The experiment these flags describe.
    pub fn spec(&self) -> LabSpec {
        let mut learner = spec_of(self.learner);
        if let (LearnerSpec::Forest(p), Some(t)) = (&mut learner, self.rf_trees) {
            p.n_trees = t;
        }
        LabSpec {
            process: match self.process {
                ProcessArg::Sample => Process::Sample,
                ProcessArg::Nonlinear => Process::Nonlinear,
                ProcessArg::Panel => Process::Panel,
            },
            n: self.n,
            confounding: self.confounding,
            learner,
            folds: self.folds,
            fold_scheme: if self.folds_by_unit { FoldScheme::ByUnit } else { FoldScheme::Random },
            cluster: if self.cluster_unit { Cluster::Unit } else { Cluster::None },
            cross_fitting: !self.no_cross_fitting,
            replications: self.reps,
            seed: self.seed,
        }
    }
}

/// The estimators' names in reports.
pub fn estimator_names(spec: &LabSpec) -> [String; 3] {
    let cf = if spec.cross_fitting { "" } else { ", no cross-fitting" };
    ["naive OLS".to_string(), format!("DML, OLS learners{cf}"), format!("DML, {}{cf}", spec.learner.describe())]
}

/// The JSON report of an experiment.
pub fn report_json(spec: &LabSpec, reps: &[Replication]) -> serde_json::Value {
    let truth = reps.iter().map(|r| r.truth).sum::<f64>() / reps.len().max(1) as f64;
    let names = estimator_names(spec);
    let estimators: Vec<serde_json::Value> = summarize(reps)
        .into_iter()
        .zip(names)
        .map(|(s, name)| {
            serde_json::json!({
                "name": name, "bias": s.bias, "sd": s.sd, "mean_se": s.mean_se, "coverage": s.coverage,
                "replications": s.replications, "failed": s.failed,
            })
        })
        .collect();
    serde_json::json!({
        "truth": truth,
        "process": spec.process.cli_name(),
        "n": reps.first().map_or(spec.n, |r| r.rows),
        "replications": reps.len(),
        "settings": {
            "confounding": spec.confounding, "folds": spec.folds,
            "fold_scheme": if spec.fold_scheme == FoldScheme::ByUnit { "unit" } else { "random" },
            "cluster": if spec.cluster == Cluster::Unit { "unit" } else { "none" },
            "cross_fitting": spec.cross_fitting, "seed": spec.seed, "learner": spec.learner.describe(),
        },
        "estimators": estimators,
    })
}

/// Run `simulate`.
pub fn run(args: &SimulateArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let spec = args.spec();
    if let Some(shard) = &args.shard {
        return super::shard::lab_slice(&spec, shard, args.out.as_deref());
    }
    let show = std::io::stderr().is_terminal() && !args.json;
    let progress = |r: &Replication| {
        if show {
            eprint!("\r{}   ", tr!(lang, "simulate-progress", done = r.index + 1, total = spec.replications));
        }
    };
    let reps = run_lab(&spec, &progress, &AtomicBool::new(false))?;
    if show {
        eprintln!();
    }
    print(&spec, &reps, args.json, lang)
}

/// Print the experiment's results: JSON, or the table (shared by `simulate` and `merge`, so a
/// merged run prints the same bytes).
pub(super) fn print(spec: &LabSpec, reps: &[Replication], json_out: bool, lang: Lang) -> Result<ExitCode, CliError> {
    let json = report_json(spec, reps);
    if json_out {
        return emit(&format!("{}\n", serde_json::to_string_pretty(&json)?)).map(|()| ExitCode::SUCCESS);
    }
    let heading = tr!(
        lang,
        "simulate-heading",
        process = spec.process.cli_name(),
        n = json["n"].to_string(),
        reps = reps.len(),
        truth = format!("{:.4}", json["truth"].as_f64().unwrap_or(f64::NAN))
    );
    let cols =
        ["simulate-col-estimator", "simulate-col-bias", "simulate-col-sd", "simulate-col-se", "simulate-col-coverage"]
            .map(|id| crate::locale::fluent::Message::new(id).render(lang));
    let mut text = format!(
        "{heading}\n\n{} {} {} {} {}\n",
        pad_end(&cols[0], 44),
        pad_start(&cols[1], 9),
        pad_start(&cols[2], 9),
        pad_start(&cols[3], 9),
        pad_start(&cols[4], 9)
    );
    let names = worded_names(spec, lang);
    for (i, e) in json["estimators"].as_array().into_iter().flatten().enumerate() {
        let f = |k: &str| e[k].as_f64().unwrap_or(f64::NAN);
        let name = names.get(i).cloned().unwrap_or_default();
        text.push_str(&format!(
            "{} {:>9.4} {:>9.4} {:>9.4} {:>9.3}\n",
            pad_end(&name, 44),
            f("bias"),
            f("sd"),
            f("mean_se"),
            f("coverage")
        ));
    }
    text.push_str(&format!("\n{}\n", tr!(lang, "simulate-coverage-note")));
    emit(&text).map(|()| ExitCode::SUCCESS)
}

/// The estimators' names in `lang` (in English, [`estimator_names`], as the JSON carries them).
fn worded_names(spec: &LabSpec, lang: Lang) -> [String; 3] {
    if lang == Lang::En {
        return estimator_names(spec);
    }
    let m = |id| crate::locale::fluent::Message::new(id).render(lang);
    // Chinese needs no spaces between words and full-width brackets.
    let cf = if spec.cross_fitting { String::new() } else { m("gui-lab-no-cf-suffix") };
    let learner = crate::locale::learner_description(&spec.learner, lang);
    [m("gui-lab-naive"), format!("{}{cf}", m("gui-lab-dml-ols")), format!("{}{learner}{cf}", m("gui-lab-dml-learner"))]
}
