//! Estimates laid out as the study's tables: one column per specification.

use super::table::{Cell, ResultTable};
use crate::engine::dml::diagnostics::ArSet;
use crate::engine::dml::normal::Level;
use crate::engine::dml::{Cluster, Estimate, FixedEffects, Model};

/// Labels of the IV rows (Results table, Table 7), in order; see [`iv_cells`].
pub const IV_ROWS: [&str; 5] =
    ["Variance", "First-stage F (robust)", "First-stage F (non-robust)", "AR 95% set", "tF 95% interval"];

/// The table note that says what the IV rows compute.
pub const IV_NOTE: &str = "IV rows: every statistic uses the variance of the Variance row (HC0 = heteroskedasticity-robust, independent rows; cluster = cluster-robust, as the standard error). First-stage F (robust): Wald F of the residualized first stage with that variance; with one instrument it is the Kleibergen-Paap rk Wald F and the Montiel Olea-Pflueger effective F. Non-robust F: iid errors. AR: Anderson-Rubin set with the same variance. tF: Lee, McCrary, Moreira and Porter (2022) interval theta -+ c(F) se, c(F) in brackets.";

/// A short form of an Anderson-Rubin set for a table cell.
pub fn ar_short(a: &ArSet) -> String {
    match *a {
        ArSet::Interval { lower, upper } => format!("[{lower:.3}, {upper:.3}]"),
        ArSet::TwoRays { below, above } => format!("(-inf, {below:.3}] U [{above:.3}, inf)"),
        ArSet::WholeLine => "(-inf, inf)".into(),
        ArSet::RayBelow { upper } => format!("(-inf, {upper:.3}]"),
        ArSet::RayAbove { lower } => format!("[{lower:.3}, inf)"),
        ArSet::Empty => "empty".into(),
    }
}

/// A short form of the variance: `HC0`, `cluster: unit (30)`, `cluster: unit x year (30 x 11)`,
/// with `+ small-sample` when a correction is on.
pub fn variance_short(e: &Estimate) -> String {
    let counts = e.n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" x ");
    let mut s = match e.cluster {
        Cluster::None => "HC0".to_string(),
        Cluster::Unit => format!("cluster: unit ({counts})"),
        Cluster::UnitYear => format!("cluster: unit x year ({counts})"),
    };
    if e.small_sample.clusters || e.small_sample.dof {
        s.push_str(&format!(" + small-sample ({})", e.small_sample.cli_name()));
    }
    s
}

/// The cells of the [`IV_ROWS`] for one estimate (empty cells when it is not PLIV, except the
/// variance).
pub fn iv_cells(e: &Estimate) -> Vec<Cell> {
    let Some(iv) = &e.iv else {
        let mut v = vec![Cell::Text(variance_short(e))];
        v.extend(std::iter::repeat_n(Cell::Empty, IV_ROWS.len() - 1));
        return v;
    };
    let tf = match (iv.tf.interval, iv.tf.critical_value) {
        (Some(ci), Some(c)) => format!("[{:.3}, {:.3}] (c = {c:.2})", ci[0], ci[1]),
        _ => "(-inf, inf)".into(),
    };
    vec![
        Cell::Text(variance_short(e)),
        Cell::Number { value: iv.first_stage.f_robust, decimals: 2 },
        Cell::Number { value: iv.first_stage.f_nonrobust, decimals: 2 },
        Cell::Text(ar_short(&iv.ar_at(Level::P95))),
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
        let cells: Vec<Vec<Cell>> = columns.iter().map(|c| iv_cells(c.estimate)).collect();
        for (i, label) in IV_ROWS.iter().enumerate() {
            t.push(label, cells.iter().map(|c| c[i].clone()).collect());
        }
        t.notes.push(IV_NOTE.into());
    }
    t.push("N", columns.iter().map(|c| Cell::Int(c.estimate.n as i64)).collect());
    t.push("Learner", columns.iter().map(|c| Cell::Text(learner_label(c.estimate))).collect());
    t.push("K", columns.iter().map(|c| Cell::Int(c.estimate.folds as i64)).collect());
    if columns.iter().any(|c| c.estimate.n_rep > 1) {
        t.push("Repetitions", columns.iter().map(|c| Cell::Int(c.estimate.n_rep as i64)).collect());
    }
    t
}
