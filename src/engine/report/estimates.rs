//! Estimates laid out as the study's tables: one column per specification.

use super::table::{Cell, ResultTable};
use crate::engine::dml::diagnostics::ArSet;
use crate::engine::dml::normal::Level;
use crate::engine::dml::{Cluster, Estimate, FixedEffects, Model};
use crate::locale::Lang;
use crate::locale::fluent::Message;

/// Message ids of the IV rows (Results table, Table 7), in order; see [`iv_cells`] and
/// [`iv_rows`].
pub const IV_ROWS: [&str; 5] = ["iv-variance", "iv-f-robust", "iv-f-nonrobust", "iv-ar-95", "iv-tf-95"];

/// The labels of the IV rows in `lang`.
pub fn iv_rows(lang: Lang) -> [String; 5] {
    IV_ROWS.map(|id| crate::locale::fluent::message(lang, id, None))
}

/// The table note that says what the IV rows compute, in `lang`.
pub fn iv_note(lang: Lang) -> String {
    crate::tr!(lang, "iv-note")
}

/// A short form of an Anderson-Rubin set for a table cell (`empty` in the table's language).
pub fn ar_short(a: &ArSet) -> String {
    ar_short_in(a, Lang::En)
}

/// [`ar_short`] in `lang`.
pub fn ar_short_in(a: &ArSet, lang: Lang) -> String {
    match *a {
        ArSet::Interval { lower, upper } => format!("[{lower:.3}, {upper:.3}]"),
        ArSet::TwoRays { below, above } => format!("(-inf, {below:.3}] U [{above:.3}, inf)"),
        ArSet::WholeLine => "(-inf, inf)".into(),
        ArSet::RayBelow { upper } => format!("(-inf, {upper:.3}]"),
        ArSet::RayAbove { lower } => format!("[{lower:.3}, inf)"),
        ArSet::Empty => crate::tr!(lang, "set-empty"),
    }
}

/// A short form of the variance: `HC0`, `cluster: unit (30)`, `cluster: unit x year (30 x 11)`,
/// with `+ small-sample` when a correction is on.
pub fn variance_short(e: &Estimate, lang: Lang) -> String {
    let counts = e.n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" x ");
    let mut s = match e.cluster {
        Cluster::None => crate::tr!(lang, "variance-hc0"),
        Cluster::Unit => crate::tr!(lang, "variance-cluster-unit", counts = counts),
        Cluster::UnitYear => crate::tr!(lang, "variance-cluster-unit-year", counts = counts),
    };
    if e.small_sample.clusters || e.small_sample.dof {
        s.push_str(&crate::tr!(lang, "variance-small-sample", which = e.small_sample.cli_name()));
    }
    s
}

/// The cells of the [`IV_ROWS`] for one estimate (empty cells when it is not PLIV, except the
/// variance), in `lang`.
pub fn iv_cells(e: &Estimate, lang: Lang) -> Vec<Cell> {
    let Some(iv) = &e.iv else {
        let mut v = vec![Cell::Text(variance_short(e, lang))];
        v.extend(std::iter::repeat_n(Cell::Empty, IV_ROWS.len() - 1));
        return v;
    };
    let tf = match (iv.tf.interval, iv.tf.critical_value) {
        (Some(ci), Some(c)) => format!("[{:.3}, {:.3}] (c = {c:.2})", ci[0], ci[1]),
        _ => "(-inf, inf)".into(),
    };
    vec![
        Cell::Text(variance_short(e, lang)),
        Cell::Number { value: iv.first_stage.f_robust, decimals: 2 },
        Cell::Number { value: iv.first_stage.f_nonrobust, decimals: 2 },
        Cell::Text(ar_short_in(&iv.ar_at(Level::P95), lang)),
        Cell::Text(tf),
    ]
}

/// One column of a study-style table: an estimate and the settings printed beneath it.
#[derive(Clone, Copy, Debug)]
pub struct Column<'a> {
    /// The estimate.
    pub estimate: &'a Estimate,
    /// Fixed effects of the specification.
    pub fixed_effects: FixedEffects,
}

/// Label of a fixed-effects choice for the "Fixed effects" row, in `lang`.
pub fn fixed_effects_label(fe: FixedEffects, lang: Lang) -> String {
    Message::new(match fe {
        FixedEffects::None => "fe-none",
        FixedEffects::Unit => "fe-unit",
        FixedEffects::Year => "fe-year",
        FixedEffects::UnitYear => "fe-unit-year",
        FixedEffects::Within => "fe-within",
    })
    .render(lang)
}

/// The learner row: the learner of `l` (and of `m` when it differs), in `lang`.
pub fn learner_label(e: &Estimate, lang: Lang) -> String {
    let mut names: Vec<String> = Vec::new();
    for r in &e.nuisance {
        let short = short_learner(&r.learner, lang);
        if !names.contains(&short) {
            names.push(short);
        }
    }
    names.join(" / ")
}

fn short_learner(described: &str, lang: Lang) -> String {
    let id = if described.starts_with("Random forest") {
        "learner-rf"
    } else if described.starts_with("Gradient boosting") {
        "learner-gbm"
    } else if described.starts_with("SVR") {
        "learner-svm"
    } else if described.starts_with("Lasso") {
        "learner-lasso"
    } else if described.starts_with("OLS") {
        "learner-ols"
    } else {
        return described.to_string();
    };
    Message::new(id).render(lang)
}

/// "Yes" or "No" in `lang`.
pub fn yes_no(yes: bool, lang: Lang) -> String {
    Message::new(if yes { "table-yes" } else { "table-no" }).render(lang)
}

/// A table with one column per estimate: coefficient of the treatment with stars and t in
/// parentheses, then controls, fixed effects, N, learner and K rows (the study's layout), with
/// its labels and notes in `lang` (Chinese: the conventions of Chinese economics journals).
pub fn study_table(id: &str, title: &str, columns: &[Column<'_>], lang: Lang) -> ResultTable {
    let headers = (1..=columns.len()).map(|i| format!("({i})")).collect();
    let mut t = ResultTable::new_in(lang, id, title, headers);
    t.subheaders = columns.iter().map(|c| c.estimate.outcome.clone()).collect();
    let treatments: Vec<&str> = columns.iter().map(|c| c.estimate.treatment.as_str()).collect();
    let label = if treatments.windows(2).all(|w| w[0] == w[1]) {
        treatments.first().copied().unwrap_or("D").to_string()
    } else {
        crate::tr!(lang, "table-treatment")
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
        &crate::tr!(lang, "table-controls"),
        columns.iter().map(|c| Cell::Text(yes_no(!c.estimate.controls.is_empty(), lang))).collect(),
    );
    t.push(
        &crate::tr!(lang, "table-fixed-effects"),
        columns.iter().map(|c| Cell::Text(fixed_effects_label(c.fixed_effects, lang))).collect(),
    );
    if columns.iter().any(|c| c.estimate.model == Model::Pliv) {
        t.push(
            &crate::tr!(lang, "table-instrument"),
            columns.iter().map(|c| Cell::Text(c.estimate.instrument.clone().unwrap_or_else(|| "—".into()))).collect(),
        );
        let cells: Vec<Vec<Cell>> = columns.iter().map(|c| iv_cells(c.estimate, lang)).collect();
        for (i, label) in iv_rows(lang).iter().enumerate() {
            t.push(label, cells.iter().map(|c| c[i].clone()).collect());
        }
        t.notes.push(iv_note(lang));
    }
    t.push(&crate::tr!(lang, "table-n"), columns.iter().map(|c| Cell::Int(c.estimate.n as i64)).collect());
    t.push(
        &crate::tr!(lang, "table-learner"),
        columns.iter().map(|c| Cell::Text(learner_label(c.estimate, lang))).collect(),
    );
    t.push(&crate::tr!(lang, "table-k"), columns.iter().map(|c| Cell::Int(c.estimate.folds as i64)).collect());
    if columns.iter().any(|c| c.estimate.n_rep > 1) {
        t.push(
            &crate::tr!(lang, "table-repetitions"),
            columns.iter().map(|c| Cell::Int(c.estimate.n_rep as i64)).collect(),
        );
    }
    t
}
