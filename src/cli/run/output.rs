//! What `run` prints: the results table, the JSON object, and the predictions CSV.

use crate::engine::data::Panel;
use crate::engine::dml::Estimate;
use crate::engine::dml::heterogeneity::{Difference, GroupEstimate};
use crate::engine::dml::iv::IvInference;
use crate::engine::dml::mediation::Mediation;
use crate::engine::dml::normal::Level;
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
        out["mediation"] = serde_json::to_value(m).unwrap_or(Value::Null);
    }
    out
}

fn with_role(mut v: Value, role: &str) -> Value {
    v["role"] = Value::String(role.into());
    v
}

/// Compact tables for mechanisms, subgroups (with differences) and mediation.
pub fn extra_table(x: &Extra) -> String {
    let mut out = String::new();
    let row = |out: &mut String, label: &str, e: &Estimate| {
        let i = &e.inference;
        let _ = writeln!(
            out,
            "{:<34} {:>12} {:>10.4} {:>10.4} {:>6}   [{:.4}, {:.4}]",
            label,
            format!("{:.4}{}", i.theta, stars(i.p)),
            i.se,
            i.p,
            e.n,
            i.ci95[0],
            i.ci95[1]
        );
    };
    let header = |out: &mut String, title: &str| {
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "{:<34} {:>12} {:>10} {:>10} {:>6}   95% CI", "", "coef", "se", "p", "n");
    };
    if !x.mechanisms.is_empty() {
        header(&mut out, "Mechanisms (DML of M on D)");
        for e in &x.mechanisms {
            row(&mut out, &e.outcome, e);
        }
        out.push('\n');
    }
    if !x.groups.is_empty() {
        header(&mut out, "Heterogeneity (same estimate on subsamples)");
        for g in &x.groups {
            match &g.result {
                Ok(e) => row(&mut out, &g.label, e),
                Err(err) => {
                    let _ = writeln!(out, "{:<34} not estimated: {err}", g.label);
                }
            }
        }
        for d in &x.differences {
            let _ = writeln!(
                out,
                "difference {} - {}: {:.4} (se {:.4}, z {:.2}, p {:.4})",
                d.a, d.b, d.diff, d.se, d.z, d.p
            );
        }
        out.push('\n');
    }
    if let Some(m) = &x.mediation {
        let p = &m.paths;
        let _ = writeln!(out, "Mediation through {} ({} rows, cross-fitted residuals)", m.mediator, m.n);
        let _ = writeln!(out, "  total effect c        {:>12.4}", p.total);
        let _ = writeln!(out, "  D -> M (a)            {:>12.4}", p.a);
        let _ = writeln!(out, "  M -> Y given D (b)    {:>12.4}", p.b);
        let _ = writeln!(out, "  direct effect c'      {:>12.4}", p.direct);
        let _ = writeln!(
            out,
            "  indirect effect a b   {:>12.4}   95% bootstrap [{:.4}, {:.4}] ({} replicates)",
            p.indirect, m.indirect_ci95[0], m.indirect_ci95[1], m.replicates
        );
        let _ = writeln!(out, "  share of total        {:>11.1}%", 100.0 * m.share);
        let _ = writeln!(out, "  reading: {}", m.reading);
        out.push('\n');
    }
    out
}

/// The plain results table, its words in `lang`.
pub fn table(estimates: &[Estimate], panel: &Panel, lang: Lang) -> String {
    let mut out = String::new();
    for e in estimates {
        let i = &e.inference;
        let _ = writeln!(out, "{}", e.label);
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
                source = panel.source.as_str()
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
        let variance = describe_variance(e.cluster, &e.n_clusters, e.small_sample);
        let _ = writeln!(out, "{}", tr!(lang, "run-variance", what = variance));
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<22} {:>12} {:>10} {:>8} {:>10}   {:<24}",
            "",
            tr!(lang, "run-col-coef"),
            tr!(lang, "run-col-se"),
            tr!(lang, "run-col-t"),
            tr!(lang, "run-col-p"),
            tr!(lang, "run-col-ci")
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
            "{:<10} {:<34} {:<18} {:>10} {:>8}",
            tr!(lang, "run-col-nuisance"),
            tr!(lang, "run-col-learner"),
            tr!(lang, "run-col-target"),
            "RMSE",
            "R^2"
        );
        for r in &e.nuisance {
            let _ = writeln!(
                out,
                "{:<10} {:<34} {:<18} {:>10.4} {:>8.3}",
                r.nuisance.name(),
                r.learner,
                r.target,
                r.mean_rmse(),
                r.mean_r2()
            );
        }
        if let Some(iv) = &e.iv {
            iv_lines(&mut out, e, iv);
        }
        let _ = writeln!(out, "\n{}", tr!(lang, "run-stars"));
        let notes = crate::locale::notes::estimate_notes(e, lang);
        for n in e.inference_notes.iter().map(ToString::to_string).chain(notes) {
            let _ = writeln!(out, "{}", tr!(lang, "run-note", note = n));
        }
        let _ = writeln!(out);
    }
    out
}

/// The PLIV block: both first-stage F with their variance, Wald / tF / AR sets per level.
fn iv_lines(out: &mut String, e: &Estimate, iv: &IvInference) {
    let fs = &iv.first_stage;
    let var = describe_variance(iv.variance, &e.n_clusters, iv.small_sample);
    let _ = writeln!(out, "\nFirst stage (D - r^ on Z - m^), {} rows:", fs.n);
    let _ = writeln!(
        out,
        "  robust F     {:>10.2}   ({var}; = Kleibergen-Paap rk Wald F = effective F, one instrument)",
        fs.f_robust
    );
    let _ = writeln!(out, "  non-robust F {:>10.2}   (iid errors, with intercept)", fs.f_nonrobust);
    let _ = writeln!(out, "  partial R^2  {:>10.4}   coefficient {:.6} (se {:.6})", fs.partial_r2, fs.pi, fs.se_pi);
    match (iv.tf.critical_value, iv.tf.interval) {
        (Some(c), Some(ci)) => {
            let _ = writeln!(
                out,
                "tF 95% interval       [{:.4}, {:.4}]   (critical value c(F) = {c:.4} at F = {:.2}; 1.96 needs F > {:.1})",
                ci[0], ci[1], iv.tf.f, iv.tf.threshold
            );
        }
        _ => {
            let _ = writeln!(out, "tF 95% interval       unbounded (F = {:.2} <= 3.84)", iv.tf.f);
        }
    }
    for l in Level::ALL {
        let w = iv.wald_at(l);
        let _ = writeln!(
            out,
            "{}%  Wald [{:.4}, {:.4}]   Anderson-Rubin {}",
            l.percent(),
            w[0],
            w[1],
            iv.ar_at(l).describe()
        );
    }
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
