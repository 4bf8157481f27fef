//! What `run` prints: the results table, the JSON object, and the predictions CSV.

use crate::cli::columns::{pad_end, pad_start};
use crate::engine::data::Panel;
use crate::engine::dml::Estimate;
use crate::engine::dml::heterogeneity::{Difference, GroupEstimate};
use crate::engine::dml::mediation::Mediation;
use crate::engine::dml::variance::describe_variance;
use crate::engine::report::json::estimate_json as one;
use crate::locale::Lang;
use crate::tr;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// Significance stars: `***` p < 0.01, `**` p < 0.05, `*` p < 0.1.
pub fn stars(p: f64) -> &'static str {
    if p < 0.01 {
        "***"
    } else if p < 0.05 {
        "**"
    } else if p < 0.1 {
        "*"
    } else {
        ""
    }
}

/// Mechanism, subgroup and mediation results that accompany the main estimate.
#[derive(Default)]
pub struct Extra {
    /// DML of each mechanism variable on D.
    pub mechanisms: Vec<Estimate>,
    /// Subgroup estimates.
    pub groups: Vec<GroupEstimate>,
    /// Pairwise group differences.
    pub differences: Vec<Difference>,
    /// Mediation analysis.
    pub mediation: Option<Mediation>,
}

/// `{"estimates": [...]}` with the fields of the issue (and a few more). Mechanism and
/// subgroup estimates follow the main one (with `"role"` set); group failures, differences
/// and mediation get their own keys.
pub fn json(estimates: &[Estimate], extra: &Extra) -> Value {
    let mut list: Vec<Value> = estimates.iter().map(|e| with_role(one(e), "main")).collect();
    list.extend(extra.mechanisms.iter().map(|e| with_role(one(e), "mechanism")));
    let mut failed = Vec::new();
    for g in &extra.groups {
        match &g.result {
            Ok(e) => {
                let mut v = with_role(one(e), "group");
                v["group"] = Value::String(g.label.clone());
                list.push(v);
            }
            Err(err) => failed.push(json!({"group": g.label, "error": err.to_string()})),
        }
    }
    let mut out = json!({ "estimates": list });
    if !extra.groups.is_empty() {
        out["group_errors"] = Value::Array(failed);
        out["differences"] = serde_json::to_value(&extra.differences).unwrap_or(Value::Null);
    }
    if let Some(m) = &extra.mediation {
        let mut v = serde_json::to_value(m).unwrap_or(Value::Null);
        v["reading"] = Value::String(crate::locale::inference::mediation_reading(m, Lang::En));
        out["mediation"] = v;
    }
    out
}

fn with_role(mut v: Value, role: &str) -> Value {
    v["role"] = Value::String(role.into());
    v
}

/// The plain results table, its words in `lang`.
pub fn table(estimates: &[Estimate], panel: &Panel, lang: Lang) -> String {
    let mut out = String::new();
    for e in estimates {
        let i = &e.inference;
        let _ = writeln!(out, "{}", crate::locale::estimate_label(e, lang));
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "run-model-line",
                model = e.model.cli_name().to_uppercase(),
                score = e.score.cli_name(),
                folds = e.folds,
                reps = e.n_rep,
                n = e.n,
                source = crate::locale::source_name(&panel.source, lang)
            )
        );
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "run-outcome-treatment", outcome = e.outcome.as_str(), treatment = e.treatment.as_str())
        );
        if let Some(z) = &e.instrument {
            let _ = writeln!(out, "{}", tr!(lang, "run-instrument", z = z.as_str()));
        }
        let shown: Vec<&str> = e.controls.iter().filter(|c| !c.contains('=')).map(String::as_str).collect();
        let dummies = e.controls.len() - shown.len();
        let list = if shown.is_empty() { tr!(lang, "run-controls-none") } else { shown.join(", ") };
        let _ = writeln!(out, "{}", tr!(lang, "run-controls", list = list, dummies = dummies));
        if !e.n_clusters.is_empty() {
            let counts = e.n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" x ");
            let _ = writeln!(out, "{}", tr!(lang, "run-clusters", what = e.cluster.cli_name(), counts = counts));
        }
        let variance = match lang {
            Lang::En => describe_variance(e.cluster, &e.n_clusters, e.small_sample),
            Lang::Zh => crate::locale::inference::variance_text(e.cluster, &e.n_clusters, e.small_sample, lang),
        };
        let _ = writeln!(out, "{}", tr!(lang, "run-variance", what = variance));
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{} {} {} {} {}   {}",
            " ".repeat(22),
            pad_start(&tr!(lang, "run-col-coef"), 12),
            pad_start(&tr!(lang, "run-col-se"), 10),
            pad_start(&tr!(lang, "run-col-t"), 8),
            pad_start(&tr!(lang, "run-col-p"), 10),
            pad_end(&tr!(lang, "run-col-ci"), 24)
        );
        let _ = writeln!(
            out,
            "{:<22} {:>12} {:>10.4} {:>8.2} {:>10.4}   [{:.4}, {:.4}]",
            e.treatment,
            format!("{:.4}{}", i.theta, stars(i.p)),
            i.se,
            i.t,
            i.p,
            i.ci95[0],
            i.ci95[1]
        );
        if e.n_rep > 1 {
            let thetas: Vec<String> = e.reps.iter().map(|r| format!("{:.4}", r.theta)).collect();
            let _ = writeln!(out, "  {}", tr!(lang, "run-per-repetition", thetas = thetas.join(", ")));
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{} {} {} {:>10} {:>8}",
            pad_end(&tr!(lang, "run-col-nuisance"), 10),
            pad_end(&tr!(lang, "run-col-learner"), 34),
            pad_end(&tr!(lang, "run-col-target"), 18),
            "RMSE",
            "R^2"
        );
        for r in &e.nuisance {
            let learner = crate::locale::learner_description(&r.spec, lang);
            let _ = writeln!(
                out,
                "{:<10} {} {:<18} {:>10.4} {:>8.3}",
                r.nuisance.name(),
                pad_end(&learner, 34),
                r.target,
                r.mean_rmse(),
                r.mean_r2()
            );
        }
        if let Some(iv) = &e.iv {
            super::iv_text::iv_lines(&mut out, e, iv, lang);
        }
        let _ = writeln!(out, "\n{}", tr!(lang, "run-stars"));
        let notes = crate::locale::notes::estimate_notes(e, lang);
        let inference = e.inference_notes.iter().map(|n| crate::locale::inference::note_text(n, lang));
        for n in inference.chain(notes) {
            let _ = writeln!(out, "{}", tr!(lang, "run-note", note = n));
        }
        let _ = writeln!(out);
    }
    out
}

/// One row per design row: unit, year, fold, targets, out-of-fold predictions, residuals.
pub fn predictions_csv(e: &Estimate, panel: &Panel) -> String {
    let mut out = String::from("row,unit,year,fold");
    for r in &e.nuisance {
        let n = r.nuisance.name();
        let _ = write!(out, ",{n}_target,{n}_hat,{n}_residual");
    }
    out.push('\n');
    for (i, &row) in e.rows.iter().enumerate() {
        let unit = panel.unit_label(row).unwrap_or("").replace(',', " ");
        let year = panel.year_of(row).map(|y| y.to_string()).unwrap_or_default();
        let _ = write!(out, "{},{unit},{year},{}", row + 1, e.fold_of_row[i] + 1);
        for r in &e.nuisance {
            let _ = write!(out, ",{},{},{}", r.targets[i], r.predictions[i], r.residuals[i]);
        }
        out.push('\n');
    }
    out
}
