//! JSON of estimates and of the whole battery: the fields of `carbon-dml run --json`, plus
//! table and column labels for `report.json`.
//!
//! Output is deterministic: keys are sorted (serde_json's ordered map), lists keep the
//! battery's order, numbers print in their shortest round-trip form, and nothing depends on
//! time or timing. NaN and infinities become `null`.

use crate::engine::battery::{BatteryReport, ItemResult, SpecCurveResult, Verdict};
use crate::engine::dml::Estimate;
use crate::engine::dml::diagnostics::ArSet;
use crate::engine::dml::iv::IvInference;
use crate::engine::dml::normal::Level;
use crate::engine::dml::variance::{describe_variance, variance_name};
use serde_json::{Map, Value, json};

/// A JSON number, or `null` for NaN and infinities.
pub fn num(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}

/// An Anderson-Rubin set: `{"kind": "interval", "lower": .., "upper": .., "description": ..}`.
pub fn ar_json(ar: &ArSet) -> Value {
    let mut v = serde_json::to_value(ar).unwrap_or(Value::Null);
    v["description"] = Value::String(ar.describe());
    v
}

fn interval(v: [f64; 2]) -> Value {
    json!([num(v[0]), num(v[1])])
}

/// The PLIV statistics of `run --json` (see [`estimate_json`]).
pub fn iv_json(iv: &IvInference) -> Value {
    let fs = &iv.first_stage;
    let by_level = |f: &dyn Fn(Level) -> Value| -> Value {
        Value::Object(Level::ALL.iter().map(|l| (l.percent().to_string(), f(*l))).collect())
    };
    json!({
        "variance": variance_name(iv.variance),
        "first_stage": {
            "f_robust": num(fs.f_robust),
            "f_nonrobust": num(fs.f_nonrobust),
            "partial_r2": num(fs.partial_r2),
            "pi": num(fs.pi),
            "se_pi": num(fs.se_pi),
            "slope": num(fs.slope),
            "n": fs.n,
            "f_robust_reps": iv.first_stage_reps.iter().map(|r| num(r.f_robust)).collect::<Vec<_>>(),
        },
        "ar_sets": by_level(&|l| ar_json(&iv.ar_at(l))),
        "wald": by_level(&|l| interval(iv.wald_at(l))),
        "tf": {
            "level": 95,
            "f": num(iv.tf.f),
            "critical_value": iv.tf.critical_value.map_or(Value::Null, num),
            "interval": iv.tf.interval.map_or(Value::Null, interval),
            "threshold": num(iv.tf.threshold),
        },
    })
}

/// One estimate with the fields of `run --json`: label, model, score, outcome, treatment,
/// instrument, theta, se, t, p, ci95, n, folds, n_rep, cluster, n_clusters, controls,
/// learners, nuisance fit (RMSE, R^2), per-repetition estimates, notes, fingerprint, the naive OLS
/// beside it (`naive_ols`: theta and classical se; null for PLIV); the
/// variance every statistic uses (`variance`, `variance_description`, `small_sample`), Wald
/// intervals at 90/95/99% (`wald`), typed `inference_notes`; and for PLIV `iv` (first stage
/// with robust and non-robust F, AR sets and Wald intervals at 90/95/99%, the tF interval)
/// plus `first_stage` and `ar_set` (95%) at the top level.
pub fn estimate_json(e: &Estimate) -> Value {
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
    o["naive_ols"] = e.naive_ols.map_or(Value::Null, |n| json!({"theta": num(n.theta), "se": num(n.se)}));
    o["variance"] = json!(variance_name(e.cluster));
    o["variance_description"] = json!(describe_variance(e.cluster, &e.n_clusters, e.small_sample));
    o["small_sample"] = json!(e.small_sample.cli_name());
    o["wald"] =
        Value::Object(Level::ALL.iter().zip(&e.wald).map(|(l, w)| (l.percent().to_string(), interval(*w))).collect());
    o["inference_notes"] = Value::Array(
        e.inference_notes
            .iter()
            .map(|n| {
                let mut v = serde_json::to_value(n).unwrap_or(Value::Null);
                v["text"] = Value::String(n.to_string());
                v
            })
            .collect(),
    );
    if let Some(iv) = &e.iv {
        let v = iv_json(iv);
        o["first_stage"] = v["first_stage"].clone();
        o["ar_set"] = ar_json(&iv.ar_at(Level::P95));
        o["iv"] = v;
    }
    o
}

/// Short name of a verdict (`holds`, `not_significant`, `opposite_sign`, `not_estimated`).
pub fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => "holds",
        Verdict::NotSignificant => "not_significant",
        Verdict::OppositeSign => "opposite_sign",
        Verdict::NotEstimated => "not_estimated",
    }
}

/// `report.json`: every estimate (the `run --json` fields plus `table`, `column`, `variant`
/// and the conclusion mark), skipped and failed items with the reason, difference tests,
/// Table 3, the maps, and the specification curve when it was run.
pub fn battery_json(r: &BatteryReport, curve: Option<&SpecCurveResult>) -> Value {
    let mut estimates = Vec::new();
    let mut not_estimated = Vec::new();
    let mut descriptive = Value::Null;
    let mut maps = Vec::new();
    for o in &r.items {
        let it = &o.item;
        match &o.result {
            ItemResult::Estimate(e) => {
                let mut v = estimate_json(e);
                v["table"] = json!(it.table.id());
                v["column"] = json!(it.column);
                v["variant"] = json!(it.variant);
                v["reference"] = json!(it.reference);
                v["conclusion"] = json!({
                    "verdict": verdict_name(o.conclusion.verdict),
                    "expected": o.conclusion.expected.map(|s| s.label()),
                    "reason": o.conclusion.reason,
                });
                estimates.push(v);
            }
            ItemResult::Describe(rows) => {
                descriptive = Value::Array(
                    rows.iter()
                        .map(|s| {
                            json!({"variable": s.name, "n": s.n, "mean": num(s.mean), "sd": num(s.sd),
                                   "min": num(s.min), "max": num(s.max)})
                        })
                        .collect(),
                );
            }
            ItemResult::Map(m) => maps.push(json!({
                "variable": m.variable,
                "year": m.year,
                "units_with_data": m.values.iter().filter(|v| v.is_finite()).count(),
            })),
            ItemResult::Failed(_) | ItemResult::Skipped(_) => not_estimated.push(json!({
                "table": it.table.id(),
                "column": it.column,
                "status": if matches!(o.result, ItemResult::Skipped(_)) { "skipped" } else { "failed" },
                "reason": o.problem().unwrap_or_default(),
            })),
        }
    }
    let differences: Vec<Value> = r
        .differences
        .iter()
        .map(|d| {
            let x = &d.difference;
            json!({"table": d.table.id(), "outcome": d.outcome, "a": x.a, "b": x.b,
                   "diff": num(x.diff), "se": num(x.se), "z": num(x.z), "p": num(x.p)})
        })
        .collect();
    let mut out = json!({
        "source": r.source,
        "scenario": r.scenario.label(),
        "seed": r.scenario.seed,
        "estimates": estimates,
        "not_estimated": not_estimated,
        "differences": differences,
        "descriptive": descriptive,
        "maps": maps,
        "notes": r.notes,
    });
    if let Some(c) = curve {
        out["spec_curve"] = curve_json(c);
    }
    out
}

/// The specification curve: sorted estimates with their specification, failures, the share.
pub fn curve_json(c: &SpecCurveResult) -> Value {
    json!({
        "outcome": c.outcome,
        "treatment": c.treatment,
        "count": c.points.len() + c.failures.len(),
        "reference_sign": c.reference_sign.map(|s| s.label()),
        "share_significant_same_sign": num(c.share_significant_same_sign),
        "points": c.points.iter().map(|p| {
            let i = &p.inference;
            let mut v = json!({"spec": p.spec.label(), "model": p.spec.model.cli_name(), "theta": num(i.theta),
                   "se": num(i.se), "t": num(i.t), "p": num(i.p), "ci95": [num(i.ci95[0]), num(i.ci95[1])], "n": p.n});
            if let Some(iv) = &p.iv {
                v["iv"] = iv_json(iv);
            }
            v
        }).collect::<Vec<_>>(),
        "failures": c.failures.iter().map(|f| json!({"spec": f.spec.label(), "error": f.error.to_string()})).collect::<Vec<_>>(),
    })
}
