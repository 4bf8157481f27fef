//! `carbon-dml index`: weights and composite index (DCP) of chosen indicators.

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::Panel;
use crate::engine::measures::index::{
    DimensionWeights, IndexSpec, IndicatorSpec, ManualWeights, WeightMethod, compute_index, weights_table,
};
use crate::engine::measures::normalize::Direction;
use crate::engine::measures::pca::PcaMode;
use crate::engine::measures::spec::ColumnMap;
use clap::{Args, ValueEnum};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Weighting method flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Entropy weights (the study).
    Entropy,
    /// Principal components.
    Pca,
    /// Equal weights.
    Equal,
    /// Weights from --weights.
    Manual,
}

/// PCA components flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PcaArg {
    /// Components with eigenvalue > 1, weighted by explained variance.
    Kaiser,
    /// The first component.
    First,
}

/// `index` arguments.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Indicator columns, comma-separated (default: the study's ten indicators, with their
    /// dimensions and directions).
    #[arg(long, value_delimiter = ',')]
    pub indicators: Vec<String>,
    /// Indicators for which smaller is better (e.g. dc_pue).
    #[arg(long, value_delimiter = ',')]
    pub negative: Vec<String>,
    /// Dimension of each indicator: `col:dimension,...` (gives sub-indices DCP_<dimension>).
    #[arg(long, value_delimiter = ',')]
    pub dimensions: Vec<String>,
    /// Weighting method.
    #[arg(long, value_enum, default_value = "entropy")]
    pub method: MethodArg,
    /// PCA components (with --method pca).
    #[arg(long, value_enum, default_value = "kaiser")]
    pub pca: PcaArg,
    /// Manual weights `col=w,...` (with --method manual; renormalized to sum to 1).
    #[arg(long, value_delimiter = ',')]
    pub weights: Vec<String>,
    /// Two-level weighting with these dimension weights: `equal`, `entropy` or `dim=w,...`.
    #[arg(long, value_delimiter = ',')]
    pub dimension_weights: Vec<String>,
    /// Min-max normalize within each year instead of over the whole panel.
    #[arg(long)]
    pub per_year: bool,
    /// Shift added after normalization.
    #[arg(long, default_value_t = 1e-4)]
    pub shift: f64,
    /// Write the index per unit-year (and sub-indices) to this CSV file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

fn pairs(flag: &str, items: &[String], sep: char) -> Result<Vec<(String, String)>, CliError> {
    items
        .iter()
        .map(|s| match s.split_once(sep) {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Ok((a.trim().to_string(), b.trim().to_string()))
            }
            _ => Err(CliError::msg("cli-pair-form").arg("flag", flag).arg("item", s).arg("sep", sep.to_string())),
        })
        .collect()
}

fn numbers(flag: &str, items: &[(String, String)]) -> Result<BTreeMap<String, f64>, CliError> {
    items
        .iter()
        .map(|(k, v)| {
            v.parse::<f64>()
                .map(|x| (k.clone(), x))
                .map_err(|_| CliError::msg("cli-pair-number").arg("flag", flag).arg("value", v).arg("name", k))
        })
        .collect()
}

/// The indicators and the index settings the flags describe.
pub fn spec_from_args(args: &IndexArgs) -> Result<(Vec<IndicatorSpec>, IndexSpec), CliError> {
    let mut inds: Vec<IndicatorSpec> = if args.indicators.is_empty() {
        ColumnMap::default().indicators
    } else {
        args.indicators.iter().map(|c| IndicatorSpec::new(c.trim(), "", Direction::Positive)).collect()
    };
    let find = |inds: &mut Vec<IndicatorSpec>, flag: &str, c: &str| -> Result<usize, CliError> {
        inds.iter()
            .position(|i| i.column == c)
            .ok_or_else(|| CliError::msg("cli-not-indicator").arg("flag", flag).arg("column", c))
    };
    for c in &args.negative {
        let j = find(&mut inds, "--negative", c.trim())?;
        inds[j].direction = Direction::Negative;
    }
    for (c, d) in pairs("--dimensions", &args.dimensions, ':')? {
        let j = find(&mut inds, "--dimensions", &c)?;
        inds[j].dimension = d;
    }
    let method = match args.method {
        MethodArg::Entropy => WeightMethod::Entropy,
        MethodArg::Equal => WeightMethod::Equal,
        MethodArg::Pca => WeightMethod::Pca(match args.pca {
            PcaArg::Kaiser => PcaMode::Kaiser,
            PcaArg::First => PcaMode::First,
        }),
        MethodArg::Manual => {
            if args.weights.is_empty() {
                return Err(CliError::msg("cli-manual-needs-weights"));
            }
            let weights = numbers("--weights", &pairs("--weights", &args.weights, '=')?)?;
            WeightMethod::Manual(ManualWeights { weights, ..Default::default() })
        }
    };
    if !args.weights.is_empty() && args.method != MethodArg::Manual {
        return Err(CliError::msg("cli-weights-only-manual"));
    }
    let two_level = match args.dimension_weights.as_slice() {
        [] => None,
        [one] if one == "equal" => Some(DimensionWeights::Equal),
        [one] if one == "entropy" => Some(DimensionWeights::Entropy),
        many => {
            Some(DimensionWeights::Manual(numbers("--dimension-weights", &pairs("--dimension-weights", many, '=')?)?))
        }
    };
    Ok((inds, IndexSpec { method, two_level, per_year: args.per_year, shift: args.shift }))
}

fn csv_value(v: f64) -> String {
    if v.is_nan() { String::new() } else { format!("{v}") }
}

fn index_csv(panel: &Panel, names: &[String], cols: &[&[f64]]) -> String {
    let mut s = String::from("unit,year");
    for n in names {
        let _ = write!(s, ",{n}");
    }
    s.push('\n');
    for r in 0..panel.n_rows() {
        let unit = panel.unit_label(r).unwrap_or("");
        let year = panel.year_of(r).map(|y| y.to_string()).unwrap_or_default();
        let _ = write!(s, "{unit},{year}");
        for c in cols {
            let _ = write!(s, ",{}", csv_value(c[r]));
        }
        s.push('\n');
    }
    s
}

/// Run `index`.
pub fn run(args: &IndexArgs, lang: crate::locale::Lang) -> Result<ExitCode, CliError> {
    let (inds, spec) = spec_from_args(args)?;
    // The index is computed below from the indicators: only what they need (usually nothing)
    // is derived first.
    let columns: Vec<&str> = inds.iter().map(|i| i.column.as_str()).collect();
    let imp = super::load::load_needing(&args.data, &Default::default(), lang, &columns)?;
    let panel = &imp.panel;
    let res = compute_index(panel, &inds, &spec)?;
    let table = weights_table(panel, &inds, &spec)?;
    let sub_names: Vec<String> = res.dimensions.iter().map(|d| format!("DCP_{d}")).collect();
    if let Some(path) = &args.out {
        let mut names = vec!["DCP".to_string()];
        names.extend(sub_names.iter().cloned());
        let mut cols: Vec<&[f64]> = vec![&res.index];
        cols.extend(res.sub_indices.iter().map(Vec::as_slice));
        crate::engine::report::atomic_write(path, index_csv(panel, &names, &cols).as_bytes())?;
    }
    if args.json {
        let weights: serde_json::Map<String, serde_json::Value> =
            res.indicators.iter().zip(&res.weights).map(|(n, w)| (n.clone(), serde_json::json!(w))).collect();
        let dims: serde_json::Map<String, serde_json::Value> =
            res.dimensions.iter().zip(&res.dimension_weights).map(|(d, w)| (d.clone(), serde_json::json!(w))).collect();
        let index: Vec<serde_json::Value> = (0..panel.n_rows())
            .map(|r| serde_json::json!({"unit": panel.unit_label(r), "year": panel.year_of(r), "value": res.index[r]}))
            .collect();
        let subs: serde_json::Map<String, serde_json::Value> =
            res.dimensions.iter().zip(&res.sub_indices).map(|(d, v)| (d.clone(), serde_json::json!(v))).collect();
        let out = serde_json::json!({
            "method": spec.method.label(),
            "two_level": spec.two_level.is_some(),
            "per_year": spec.per_year,
            "shift": spec.shift,
            "weights": weights,
            "dimension_weights": dims,
            "table": table,
            "rows_used": res.rows_used,
            "pca": res.pca.as_ref().map(|p| serde_json::json!({"eigenvalues": p.eigenvalues, "kept": p.kept})),
            "index": index,
            "sub_indices": subs,
        });
        super::output::emit(&(serde_json::to_string_pretty(&out)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}: index by {} weights, {} of {} rows complete",
        panel.source,
        spec.method.label(),
        res.rows_used,
        panel.n_rows()
    );
    let _ = writeln!(
        o,
        "{:<20} {:<12} {:<9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "indicator", "dimension", "direction", "entropy", "pca", "equal", "manual", "used"
    );
    let f = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |x| format!("{x:.4}"));
    for r in &table.rows {
        let _ = writeln!(
            o,
            "{:<20} {:<12} {:<9} {:>9} {:>9} {:>9.4} {:>9} {:>9.4}",
            r.indicator,
            r.dimension,
            r.direction.label(),
            f(r.entropy),
            f(r.pca),
            r.equal,
            f(r.manual),
            r.used
        );
    }
    for n in &table.notes {
        let _ = writeln!(o, "note: {n}");
    }
    match &args.out {
        Some(p) => writeln!(o, "wrote the index per unit-year to {}", p.display())?,
        None => {
            let mut names = vec!["DCP".to_string()];
            names.extend(sub_names);
            let mut cols: Vec<&[f64]> = vec![&res.index];
            cols.extend(res.sub_indices.iter().map(Vec::as_slice));
            o.push_str(&index_csv(panel, &names, &cols));
        }
    }
    super::output::emit(&o)?;
    Ok(ExitCode::SUCCESS)
}
