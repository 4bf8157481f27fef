//! What `run` prints: the results table, the JSON object, and the predictions CSV.

use crate::engine::data::Panel;
use crate::engine::dml::Estimate;
use serde_json::{Map, Value, json};
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

fn num(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}

/// `{"estimates": [...]}` with the fields of the issue (and a few more).
pub fn json(estimates: &[Estimate]) -> Value {
    let list: Vec<Value> = estimates.iter().map(one).collect();
    json!({ "estimates": list })
}

fn one(e: &Estimate) -> Value {
    let i = &e.inference;
    let mut learners = Map::new();
    let mut nuisance = Map::new();
    for r in &e.nuisance {
        learners.insert(r.nuisance.name().into(), Value::String(r.learner.clone()));
        nuisance.insert(
            r.nuisance.name().into(),
            json!({"rmse": num(r.mean_rmse()), "r2": num(r.mean_r2()), "target": r.target}),
        );
    }
    let mut o = json!({
        "label": e.label,
        "model": e.model.cli_name(),
        "score": e.score.cli_name(),
        "outcome": e.outcome,
        "treatment": e.treatment,
        "instrument": e.instrument,
        "theta": num(i.theta),
        "se": num(i.se),
        "t": num(i.t),
        "p": num(i.p),
        "ci95": [num(i.ci95[0]), num(i.ci95[1])],
        "n": e.n,
        "folds": e.folds,
        "n_rep": e.n_rep,
        "cluster": e.cluster.cli_name(),
        "n_clusters": e.n_clusters,
        "controls": e.controls,
        "learners": learners,
        "nuisance": nuisance,
        "reps": e.reps.iter().map(|r| json!({"theta": num(r.theta), "se": num(r.se)})).collect::<Vec<_>>(),
        "notes": e.notes,
        "fingerprint": format!("{:016x}", e.fingerprint),
    });
    if let Some(fs) = &e.first_stage {
        o["first_stage"] = json!({"f": num(fs.f), "partial_r2": num(fs.partial_r2), "slope": num(fs.slope), "n": fs.n});
    }
    if let Some(ar) = &e.ar_set {
        let mut v = serde_json::to_value(ar).unwrap_or(Value::Null);
        v["description"] = Value::String(ar.describe());
        o["ar_set"] = v;
    }
    o
}

/// The plain results table.
pub fn table(estimates: &[Estimate], panel: &Panel) -> String {
    let mut out = String::new();
    for e in estimates {
        let i = &e.inference;
        let _ = writeln!(out, "{}", e.label);
        let _ = writeln!(
            out,
            "{} ({} score), DML2, {} folds x {} repetition(s), {} rows of {}",
            e.model.cli_name().to_uppercase(),
            e.score.cli_name(),
            e.folds,
            e.n_rep,
            e.n,
            panel.source
        );
        let _ = writeln!(out, "Outcome: {}   Treatment: {}", e.outcome, e.treatment);
        if let Some(z) = &e.instrument {
            let _ = writeln!(out, "Instrument: {z}");
        }
        let shown: Vec<&str> = e.controls.iter().filter(|c| !c.contains('=')).map(String::as_str).collect();
        let dummies = e.controls.len() - shown.len();
        let _ = writeln!(
            out,
            "Controls: {}{}",
            if shown.is_empty() { "none".to_string() } else { shown.join(", ") },
            if dummies > 0 { format!(" (+{dummies} fixed-effect dummies)") } else { String::new() }
        );
        if !e.n_clusters.is_empty() {
            let _ = writeln!(out, "Clusters: {} ({:?})", e.cluster.cli_name(), e.n_clusters);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{:<22} {:>12} {:>10} {:>8} {:>10}   {:<24}", "", "coef", "se", "t", "p", "95% CI");
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
            let _ = writeln!(out, "  per repetition: {}", thetas.join(", "));
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{:<10} {:<34} {:<18} {:>10} {:>8}", "nuisance", "learner", "target", "RMSE", "R^2");
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
        if let Some(fs) = &e.first_stage {
            let _ =
                writeln!(out, "\nFirst stage (D - r^ on Z - m^): F = {:.2}, partial R^2 = {:.4}", fs.f, fs.partial_r2);
        }
        if let Some(ar) = &e.ar_set {
            let _ = writeln!(out, "Anderson-Rubin 95% set: {}", ar.describe());
        }
        let _ = writeln!(out, "\n*** p<0.01, ** p<0.05, * p<0.1 (normal p-values)");
        for n in &e.notes {
            let _ = writeln!(out, "Note: {n}");
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
