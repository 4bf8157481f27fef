//! `carbon-dml moran`: global Moran's I and local Moran (LISA) of one variable in one year, on
//! contiguity, nearest-neighbour or inverse-distance weights of the boundaries, or a GAL / GWT
//! file; as a table or as JSON
//! `{"I", "expected", "variance", "z", "p_norm", "p_sim", "local": [{"unit", "Ii", "p_sim", "quadrant"}]}`
//! (`variance`, `z` and `p_norm` under normality, as esda's `VI_norm`, `z_norm`, `p_norm`;
//! `p_sim` null without permutations; an island has `quadrant` `"island"` and `p_sim` null).

use super::CliError;
use super::args::DataArgs;
use super::columns::{display_width, pad_end, pad_start};
use crate::engine::data::panel::UnitKind;
use crate::engine::spatial::Boundaries;
use crate::engine::spatial::join::{JoinMatch, JoinSpec, join};
use crate::engine::spatial::moran::{DEFAULT_PERMUTATIONS, moran};
use crate::engine::spatial::weights::WeightsSpec;
use crate::engine::spatial::weights::spec::{for_units, write_file};
use crate::locale::spatial::{cluster_name, region_name};
use crate::locale::{Lang, Worded};
use crate::tr;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// `moran` arguments.
#[derive(Debug, Args)]
pub struct MoranArgs {
    /// Data source.
    #[command(flatten)]
    pub data: DataArgs,
    /// Variable (numeric column).
    #[arg(long, value_name = "V")]
    pub var: String,
    /// Year (required for panel data).
    #[arg(long, value_name = "Y")]
    pub at_year: Option<i32>,
    /// Weights: queen, rook, queen:SNAP_KM, rook:SNAP_KM, knn:K, idw, idw:KM, or FILE.gal / FILE.gwt.
    #[arg(long, default_value = "queen")]
    pub weights: String,
    /// Number of permutations (0: none; at most 99999).
    #[arg(long, default_value_t = DEFAULT_PERMUTATIONS)]
    pub permutations: usize,
    /// Seed of the permutations.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Significance level of the cluster classes in the table.
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// The boundaries and how their features are joined to units.
    #[command(flatten)]
    pub geo: super::args::BoundaryArgs,
    /// Also write the weights used (before row-standardization) to FILE.gal or FILE.gwt.
    #[arg(long, value_name = "FILE")]
    pub write_weights: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Run `moran`.
pub fn run(args: &MoranArgs, lang: Lang) -> Result<ExitCode, CliError> {
    let imp = super::load::load(&args.data, lang)?;
    let panel = &imp.panel;
    if args.at_year.is_none() && panel.year.is_some() {
        let ys = panel.years();
        return Err(CliError::msg("cli-moran-at-year")
            .arg("first", ys.first().copied().unwrap_or(0).to_string())
            .arg("last", ys.last().copied().unwrap_or(0).to_string()));
    }
    if !(args.alpha > 0.0 && args.alpha < 1.0) {
        return Err(CliError::msg("cli-alpha").arg("alpha", args.alpha.to_string()));
    }
    let spec = WeightsSpec::parse(&args.weights)?;
    let Some(units) = panel.unit.as_ref() else {
        return Err(CliError::msg("cli-moran-no-unit"));
    };
    let owned = args.geo.read()?;
    let boundaries = match &owned {
        Some(b) => b,
        None => Boundaries::embedded(),
    };
    let matching = if args.geo.exact_join { JoinMatch::Exact } else { JoinMatch::Auto };
    let j = join(boundaries, panel, &JoinSpec { property: args.geo.join_property.clone(), matching })?;
    if !matches!(spec, WeightsSpec::File(_)) && j.n_matched() == 0 {
        return Err(CliError::msg("cli-no-join-match")
            .arg("property", &args.geo.join_property)
            .arg("source", &panel.source));
    }
    let linked = for_units(&spec, boundaries, &j, units)?;
    if let Some(out) = &args.write_weights {
        // Province labels may hold spaces (Inner Mongolia): write their GB/T codes instead.
        let mut w = linked.weights.clone();
        let key = match units.kind {
            UnitKind::Province => {
                w.ids = linked
                    .units
                    .iter()
                    .map(|&u| units.codes[u as usize].map_or(String::new(), |c| c.to_string()))
                    .collect();
                "code"
            }
            UnitKind::Generic => "unit",
        };
        write_file(&w, out, &w.description.to_string(), key)?;
        let weights = linked.weights.description.worded(lang);
        eprintln!("{}", tr!(lang, "moran-cli-wrote-weights", file = out.display().to_string(), weights = weights));
    }
    let r = moran(panel, &args.var, args.at_year, &linked, args.permutations, args.seed)?;
    for n in &r.notes {
        eprintln!("{}", tr!(lang, "cli-note", message = n.worded(lang)));
    }
    let g = &r.global;
    if args.json {
        let local: Vec<serde_json::Value> = (0..r.labels.len())
            .map(|i| {
                serde_json::json!({
                    "unit": r.labels[i],
                    "Ii": r.local.ii[i],
                    "p_sim": r.local.p_sim[i],
                    "quadrant": r.local.quadrant[i].code(),
                })
            })
            .collect();
        let v = serde_json::json!({
            "I": g.i, "expected": g.expected, "variance": g.variance, "z": g.z,
            "p_norm": g.p_norm, "p_sim": g.p_sim, "local": local,
        });
        super::output::emit(&format!("{}\n", serde_json::to_string(&v)?))?;
        return Ok(ExitCode::SUCCESS);
    }
    let weights = r.weights.description.worded(lang);
    let n = r.labels.len();
    let mut out = match args.at_year {
        Some(y) => tr!(
            lang,
            "moran-cli-heading-year",
            variable = args.var.as_str(),
            year = y.to_string(),
            n = n,
            weights = weights
        ),
        None => tr!(lang, "moran-cli-heading", variable = args.var.as_str(), n = n, weights = weights),
    };
    out.push('\n');
    out += &format!("  I = {:.6}   E[I] = {:.6}\n", g.i, g.expected);
    let rows = [
        (tr!(lang, "moran-cli-normality"), g.variance, g.z, g.p_norm),
        (tr!(lang, "moran-cli-randomization"), g.variance_rand, g.z_rand, g.p_rand),
    ];
    let label_width = rows.iter().map(|r| display_width(&r.0)).max().unwrap_or(0) + 1;
    for (label, variance, z, p) in &rows {
        out += &format!("  {}Var = {variance:.6e}  z = {z:.4}  p = {p:.4}\n", pad_end(label, label_width));
    }
    if let (Some(p), Some(m), Some(s)) = (g.p_sim, g.mean_sim, g.sd_sim) {
        let head = tr!(lang, "moran-cli-permutations", permutations = g.permutations, seed = r.seed.to_string());
        out += &format!("  {head} p_sim = {p:.4}  mean = {m:.6}  sd = {s:.6}\n");
    }
    out += &format!("\n{}\n", tr!(lang, "moran-cli-local", alpha = args.alpha.to_string()));
    let clusters = r.local.clusters(args.alpha);
    let names: Vec<String> = r.labels.iter().map(|l| region_name(l, lang)).collect();
    let unit = tr!(lang, "moran-cli-unit");
    let width = names.iter().map(|l| display_width(l)).max().unwrap_or(4).max(display_width(&unit));
    out += &format!(
        "  {}  {:>10}  {:>8}  {}  {}\n",
        pad_end(&unit, width),
        "Ii",
        "p_sim",
        pad_start(&tr!(lang, "moran-cli-quadrant"), 8),
        tr!(lang, "moran-cli-cluster")
    );
    for (i, (name, cluster)) in names.iter().zip(&clusters).enumerate() {
        let p = r.local.p_sim[i].map_or("-".to_string(), |p| format!("{p:.4}"));
        let (ii, q) = (r.local.ii[i], r.local.quadrant[i].code());
        out += &format!("  {}  {ii:>10.4}  {p:>8}  {q:>8}  {}\n", pad_end(name, width), cluster_name(*cluster, lang));
    }
    super::output::emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
