//! `carbon-dml tfee`: total-factor energy efficiency (SBM / super-SBM with undesirable
//! outputs) of every unit-year.

use super::CliError;
use super::args::DataArgs;
use crate::engine::measures::sbm::Rts;
use crate::engine::measures::tfee::{Frontier, NonPositive, TfeeMethod, TfeeSpec, compute_tfee_with};
use crate::locale::Worded;
use clap::{Args, ValueEnum};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Frontier flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FrontierArg {
    /// One frontier per year (contemporaneous).
    Year,
    /// One frontier over all years (global).
    Global,
}

/// Returns-to-scale flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RtsArg {
    /// Constant returns to scale.
    Crs,
    /// Variable returns to scale.
    Vrs,
}

/// Non-positive values flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NonPositiveArg {
    /// Refuse zero or negative inputs and outputs.
    Error,
    /// Replace them by 1% of the column's smallest positive value.
    Adjust,
}

/// Solution method flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Screen for the efficient frontier, then solve each program against it (fast).
    Reduced,
    /// Every program against every unit of its frontier (the reference; slow on large panels).
    Full,
}

/// `tfee` arguments.
#[derive(Debug, Args)]
pub struct TfeeArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Input columns (default: K,labour,energy; K is the perpetual-inventory capital stock).
    #[arg(long, value_delimiter = ',')]
    pub inputs: Vec<String>,
    /// Desirable outputs (default: gdp).
    #[arg(long, value_delimiter = ',')]
    pub good: Vec<String>,
    /// Undesirable outputs (default: wastewater,so2,nox,dust).
    #[arg(long, value_delimiter = ',')]
    pub bad: Vec<String>,
    /// Use no undesirable output (plain SBM).
    #[arg(long, conflicts_with = "bad")]
    pub no_bad: bool,
    /// Frontier: per year or global.
    #[arg(long, value_enum, default_value = "year")]
    pub frontier: FrontierArg,
    /// Returns to scale.
    #[arg(long, value_enum, default_value = "crs")]
    pub rts: RtsArg,
    /// Zero or negative inputs/outputs: refuse, or adjust to a small positive value.
    #[arg(long = "nonpositive", value_enum, default_value = "error")]
    pub non_positive: NonPositiveArg,
    /// How to solve the programs (both give the same scores).
    #[arg(long, value_enum, default_value = "reduced")]
    pub method: MethodArg,
    /// Write unit, year, score, sbm, status to this CSV file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// The TFEE settings the flags describe.
pub fn spec_from_args(args: &TfeeArgs) -> TfeeSpec {
    let d = TfeeSpec::default();
    let or = |v: &Vec<String>, def: Vec<String>| {
        if v.is_empty() { def } else { v.iter().map(|s| s.trim().to_string()).collect() }
    };
    TfeeSpec {
        inputs: or(&args.inputs, d.inputs),
        good: or(&args.good, d.good),
        bad: if args.no_bad { Vec::new() } else { or(&args.bad, d.bad) },
        rts: match args.rts {
            RtsArg::Crs => Rts::Crs,
            RtsArg::Vrs => Rts::Vrs,
        },
        frontier: match args.frontier {
            FrontierArg::Year => Frontier::Year,
            FrontierArg::Global => Frontier::Global,
        },
        non_positive: match args.non_positive {
            NonPositiveArg::Error => NonPositive::Error,
            NonPositiveArg::Adjust => NonPositive::Adjust,
        },
    }
}

fn num(v: f64) -> String {
    if v.is_nan() { String::new() } else { format!("{v}") }
}

/// Run `tfee`.
pub fn run(args: &TfeeArgs, lang: crate::locale::Lang) -> Result<ExitCode, CliError> {
    let spec = spec_from_args(args);
    // TFEE is computed below with these settings: the default TFEE is not computed first.
    let skip = [crate::engine::measures::derive::TFEE];
    let imp = super::load::load_except(&args.data, &Default::default(), lang, &skip)?;
    let panel = &imp.panel;
    let method = match args.method {
        MethodArg::Reduced => TfeeMethod::Reduced,
        MethodArg::Full => TfeeMethod::Full,
    };
    let res = compute_tfee_with(panel, &spec, method, None)?;
    let status_name = |s| serde_json::to_value(s).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    if let Some(path) = &args.out {
        let mut s = String::from("unit,year,score,sbm,status\n");
        for (r, d) in res.rows.iter().enumerate() {
            let _ = writeln!(
                s,
                "{},{},{},{},{}",
                panel.unit_label(r).unwrap_or(""),
                panel.year_of(r).map(|y| y.to_string()).unwrap_or_default(),
                num(d.score),
                num(d.sbm),
                status_name(d.status)
            );
        }
        crate::engine::report::atomic_write(path, s.as_bytes())?;
    }
    let summary: serde_json::Map<String, serde_json::Value> =
        res.status_counts().into_iter().map(|(s, c)| (status_name(s), serde_json::json!(c))).collect();
    if args.json {
        let scores: Vec<serde_json::Value> = res
            .rows
            .iter()
            .enumerate()
            .map(|(r, d)| {
                serde_json::json!({
                    "unit": panel.unit_label(r),
                    "year": panel.year_of(r),
                    "score": d.score,
                    "sbm": d.sbm,
                    "status": d.status,
                })
            })
            .collect();
        let out = serde_json::json!({"settings": spec, "summary": summary, "notes": res.notes, "scores": scores});
        super::output::emit(&(serde_json::to_string_pretty(&out)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut o = String::new();
    let header = crate::tr!(
        lang,
        "cli-tfee-header",
        source = crate::locale::source_name(&panel.source, lang),
        inputs = spec.inputs.join(","),
        good = spec.good.join(","),
        bad = if spec.bad.is_empty() { "none".to_string() } else { spec.bad.join(",") },
        rts = format!("{:?}", spec.rts),
        frontier = format!("{:?}", spec.frontier),
    );
    let _ = writeln!(o, "{header}");
    for n in &res.notes {
        let _ = writeln!(o, "{}", crate::tr!(lang, "cli-note", message = n.worded(lang)));
    }
    let counts: Vec<String> = summary.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    let _ = writeln!(o, "{}", counts.join(", "));
    if let Some(p) = &args.out {
        let _ = writeln!(o, "{}", crate::tr!(lang, "cli-wrote", path = p.display().to_string()));
        super::output::emit(&o)?;
        return Ok(ExitCode::SUCCESS);
    }
    let _ = writeln!(o, "{:<20} {:>6} {:>10} {:>10}  status", "unit", "year", "score", "sbm");
    for (r, d) in res.rows.iter().enumerate() {
        let _ = writeln!(
            o,
            "{:<20} {:>6} {:>10} {:>10}  {}",
            panel.unit_label(r).unwrap_or(""),
            panel.year_of(r).map(|y| y.to_string()).unwrap_or_default(),
            if d.score.is_nan() { "-".to_string() } else { format!("{:.4}", d.score) },
            if d.sbm.is_nan() { "-".to_string() } else { format!("{:.4}", d.sbm) },
            status_name(d.status)
        );
    }
    super::output::emit(&o)?;
    Ok(ExitCode::SUCCESS)
}
