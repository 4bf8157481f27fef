//! Estimates laid out as the study's tables: one column per specification.

use super::table::{Cell, ResultTable};
use crate::engine::dml::{Estimate, FixedEffects, Model};

/// One column of a study-style table: an estimate and the settings printed beneath it.
#[derive(Clone, Copy, Debug)]
pub struct Column<'a> {
    /// The estimate.
    pub estimate: &'a Estimate,
    /// Fixed effects of the specification.
    pub fixed_effects: FixedEffects,
}

/// Label of a fixed-effects choice for the "Fixed effects" row.
pub fn fixed_effects_label(fe: FixedEffects) -> &'static str {
    match fe {
        FixedEffects::None => "No",
        FixedEffects::Unit => "Unit",
        FixedEffects::Year => "Year",
        FixedEffects::UnitYear => "Unit + year",
        FixedEffects::Within => "Unit (within)",
    }
}

/// The learner row: the learner of `l` (and of `m` when it differs).
pub fn learner_label(e: &Estimate) -> String {
    let mut names: Vec<String> = Vec::new();
    for r in &e.nuisance {
        let short = short_learner(&r.learner);
        if !names.contains(&short) {
            names.push(short);
        }
    }
    names.join(" / ")
}

fn short_learner(described: &str) -> String {
    if described.starts_with("Random forest") {
        "RF".into()
    } else if described.starts_with("Gradient boosting") {
        "GBM".into()
    } else if described.starts_with("SVR") {
        "SVM".into()
    } else if described.starts_with("Lasso") {
        "Lasso".into()
    } else {
        described.to_string()
    }
}

/// A table with one column per estimate: coefficient of the treatment with stars and t in
/// parentheses, then controls, fixed effects, N, learner and K rows (the study's layout).
pub fn study_table(id: &str, title: &str, columns: &[Column<'_>]) -> ResultTable {
    let headers = (1..=columns.len()).map(|i| format!("({i})")).collect();
    let mut t = ResultTable::new(id, title, headers);
    t.subheaders = columns.iter().map(|c| c.estimate.outcome.clone()).collect();
    let treatments: Vec<&str> = columns.iter().map(|c| c.estimate.treatment.as_str()).collect();
    let label = if treatments.windows(2).all(|w| w[0] == w[1]) {
        treatments.first().copied().unwrap_or("D").to_string()
    } else {
        "Treatment".to_string()
    };
    t.push(
        &label,
        columns
            .iter()
            .map(|c| {
                let i = &c.estimate.inference;
                Cell::Estimate { theta: i.theta, t: i.t, p: i.p }
            })
            .collect(),
    );
    t.push(
        "Controls",
        columns.iter().map(|c| Cell::Text(if c.estimate.controls.is_empty() { "No" } else { "Yes" }.into())).collect(),
    );
    t.push("Fixed effects", columns.iter().map(|c| Cell::Text(fixed_effects_label(c.fixed_effects).into())).collect());
    if columns.iter().any(|c| c.estimate.model == Model::Pliv) {
        t.push(
            "Instrument",
            columns.iter().map(|c| Cell::Text(c.estimate.instrument.clone().unwrap_or_else(|| "—".into()))).collect(),
        );
        t.push(
            "First-stage F",
            columns
                .iter()
                .map(|c| match &c.estimate.first_stage {
                    Some(f) => Cell::Number { value: f.f, decimals: 2 },
                    None => Cell::Empty,
                })
                .collect(),
        );
    }
    t.push("N", columns.iter().map(|c| Cell::Int(c.estimate.n as i64)).collect());
    t.push("Learner", columns.iter().map(|c| Cell::Text(learner_label(c.estimate))).collect());
    t.push("K", columns.iter().map(|c| Cell::Int(c.estimate.folds as i64)).collect());
    if columns.iter().any(|c| c.estimate.n_rep > 1) {
        t.push("Repetitions", columns.iter().map(|c| Cell::Int(c.estimate.n_rep as i64)).collect());
    }
    t
}
