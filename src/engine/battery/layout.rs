//! The battery's tables in the study's layout: one column per specification, the coefficient
//! with stars and t in parentheses, then controls, fixed effects, instrument rows (Table 7),
//! difference tests (Tables 9 to 11), N, learner and K. Skipped or failed columns show a dash
//! and a note saying why.

use super::report::{GroupDifference, ItemOutcome, ItemResult};
use super::table_id::TableId;
use crate::engine::dml::heterogeneity::{GroupEstimate, differences as pairwise};
use crate::engine::dml::{Estimate, FixedEffects, Model};
use crate::engine::report::estimates::{fixed_effects_label, iv_cells, iv_note, iv_rows, learner_label, yes_no};
use crate::engine::report::table::{Cell, ResultTable};
use crate::locale::Lang;
use crate::tr;

const DASH: &str = "—";

/// Pairwise difference tests between the subgroups of each heterogeneity table, per outcome,
/// `z = (theta_a - theta_b) / sqrt(se_a^2 + se_b^2)` (see [`pairwise`]).
pub fn differences(items: &[ItemOutcome]) -> Vec<GroupDifference> {
    let mut out = Vec::new();
    for table in TableId::ALL.into_iter().filter(|t| t.has_differences()) {
        let mut outcomes: Vec<&str> = Vec::new();
        for o in items.iter().filter(|o| o.item.table == table) {
            if !outcomes.contains(&o.item.outcome.as_str()) {
                outcomes.push(&o.item.outcome);
            }
        }
        for y in outcomes {
            let groups: Vec<GroupEstimate> = items
                .iter()
                .filter(|o| o.item.table == table && o.item.outcome == y)
                .filter_map(|o| {
                    let e = o.estimate()?;
                    Some(GroupEstimate { label: o.item.variant.clone(), result: Ok(e.clone()) })
                })
                .collect();
            out.extend(pairwise(&groups).into_iter().map(|difference| GroupDifference {
                table,
                outcome: y.to_string(),
                difference,
            }));
        }
    }
    out
}

/// Tables 3 to 11 (the maps are figures, not tables), with labels and notes in `lang`.
/// The coefficient row is labelled with the baseline's `treatment` (the PCA column too, as in
/// the study).
pub fn tables(items: &[ItemOutcome], diffs: &[GroupDifference], treatment: &str, lang: Lang) -> Vec<ResultTable> {
    TableId::ALL
        .into_iter()
        .filter(|t| *t != TableId::Maps)
        .filter_map(|t| {
            let cols: Vec<&ItemOutcome> = items.iter().filter(|o| o.item.table == t).collect();
            if cols.is_empty() {
                return None;
            }
            Some(if t == TableId::T3 { descriptive(&cols, lang) } else { estimates(t, &cols, diffs, treatment, lang) })
        })
        .collect()
}

fn descriptive(cols: &[&ItemOutcome], lang: Lang) -> ResultTable {
    let headers = [
        tr!(lang, "describe-n"),
        tr!(lang, "describe-mean"),
        tr!(lang, "describe-sd"),
        tr!(lang, "describe-min"),
        tr!(lang, "describe-max"),
    ]
    .to_vec();
    let mut t = ResultTable::new_in(lang, TableId::T3.id(), &TableId::T3.title_in(lang), headers);
    t.notes.clear();
    for o in cols {
        if let ItemResult::Describe(rows) = &o.result {
            for s in rows {
                let num = |value: f64| Cell::Number { value, decimals: 4 };
                t.push(&s.name, vec![Cell::Int(s.n as i64), num(s.mean), num(s.sd), num(s.min), num(s.max)]);
            }
        }
    }
    t.notes.push(tr!(lang, "table-note-describe"));
    t
}

fn controls_label(o: &ItemOutcome, lang: Lang) -> String {
    let Some(s) = o.item.scenario() else { return DASH.into() };
    if s.controls.is_empty() {
        return yes_no(false, lang);
    }
    let mut parts = vec![yes_no(true, lang)];
    if s.transforms.winsorize_controls.is_some() {
        parts.push(tr!(lang, "table-winsorized"));
    }
    if s.transforms.square_controls {
        parts.push(tr!(lang, "table-squares"));
    }
    parts.join(&tr!(lang, "list-separator"))
}

fn estimates(
    table: TableId,
    cols: &[&ItemOutcome],
    diffs: &[GroupDifference],
    treatment: &str,
    lang: Lang,
) -> ResultTable {
    let headers = (1..=cols.len()).map(|i| format!("({i})")).collect();
    let mut t = ResultTable::new_in(lang, table.id(), &table.title_in(lang), headers);
    t.subheaders = cols.iter().map(|o| o.item.outcome.clone()).collect();
    let est: Vec<Option<&Estimate>> = cols.iter().map(|o| o.estimate()).collect();
    let text = |s: String| Cell::Text(s);
    let per = |f: &dyn Fn(&ItemOutcome, &Estimate) -> Cell| -> Vec<Cell> {
        cols.iter().zip(&est).map(|(o, e)| e.map_or(text(DASH.into()), |e| f(o, e))).collect()
    };
    t.push(&tr!(lang, "table-specification"), cols.iter().map(|o| text(o.item.variant_in(lang))).collect());
    t.push(treatment, per(&|_, e| Cell::Estimate { theta: e.inference.theta, t: e.inference.t, p: e.inference.p }));
    t.push(&tr!(lang, "table-controls"), per(&|o, _| text(controls_label(o, lang))));
    t.push(
        &tr!(lang, "table-fixed-effects"),
        cols.iter()
            .map(|o| text(o.item.scenario().map_or(DASH.into(), |s| fixed_effects_label(s.fixed_effects, lang))))
            .collect(),
    );
    if cols.iter().any(|o| o.item.scenario().is_some_and(|s| s.model == Model::Pliv)) {
        t.push(&tr!(lang, "table-instrument"), per(&|_, e| text(e.instrument.clone().unwrap_or_else(|| DASH.into()))));
        for (i, label) in iv_rows(lang).iter().enumerate() {
            t.push(
                label,
                per(&|_, e| if e.model == Model::Pliv || i == 0 { iv_cells(e, lang)[i].clone() } else { Cell::Empty }),
            );
        }
        t.notes.push(iv_note(lang));
    }
    if table.has_differences() {
        for d in diffs.iter().filter(|d| d.table == table) {
            let label = tr!(
                lang,
                "table-difference",
                a = super::plan::variant_label(&d.difference.a, lang),
                b = super::plan::variant_label(&d.difference.b, lang)
            );
            let row = match t.rows.iter().position(|r| r.label == label) {
                Some(i) => i,
                None => {
                    t.push(&label, vec![Cell::Empty; cols.len()]);
                    t.rows.len() - 1
                }
            };
            if let Some(c) = cols.iter().position(|o| o.item.outcome == d.outcome && o.item.variant == d.difference.a) {
                t.rows[row].cells[c] =
                    Cell::Estimate { theta: d.difference.diff, t: d.difference.z, p: d.difference.p };
            }
        }
    }
    t.push(&tr!(lang, "table-n"), per(&|_, e| Cell::Int(e.n as i64)));
    t.push(&tr!(lang, "table-learner"), per(&|_, e| text(learner_label(e, lang))));
    t.push(&tr!(lang, "table-k"), per(&|_, e| Cell::Int(e.folds as i64)));
    if est.iter().flatten().any(|e| e.n_rep > 1) {
        t.push(&tr!(lang, "table-repetitions"), per(&|_, e| Cell::Int(e.n_rep as i64)));
    }
    if table.has_differences() {
        t.notes.push(tr!(lang, "table-note-differences"));
    }
    if cols.iter().any(|o| o.item.scenario().is_some_and(|s| s.fixed_effects == FixedEffects::UnitYear)) {
        t.notes.push(tr!(lang, "table-note-unit-year"));
    }
    for (i, o) in cols.iter().enumerate() {
        if let Some(p) = crate::locale::battery::problem(o, lang) {
            t.notes.push(format!("({}) {}: {p}", i + 1, o.item.column_in(lang)));
        }
    }
    t
}

pub use crate::engine::report::estimates::ar_short;
