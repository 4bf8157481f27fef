//! Wording of an estimate's typed footnotes ([`SpecNote`]) and of a sample filter, from
//! `assets/locales/<lang>/notes.ftl`. English is what `SpecNote`'s `Display` prints.

use super::Lang;
use super::fluent::Message;
use crate::engine::data::registry::Region3;
use crate::engine::learners::LearnerRemark;
use crate::engine::scenario::filter::{Condition, SampleFilter};
use crate::engine::scenario::note::SpecNote;

/// A sample filter in `lang` (`2011-2015, region east` / `2011-2015，东部`).
pub fn filter_label(filter: &SampleFilter, lang: Lang) -> String {
    if lang == Lang::En {
        return filter.label();
    }
    let mut parts = Vec::new();
    if let Some((a, b)) = filter.years {
        parts.push(format!("{a}-{b}"));
    }
    for c in &filter.conditions {
        parts.push(condition_label(c, lang));
    }
    if parts.is_empty() {
        Message::new("filter-all-rows").render(lang)
    } else {
        parts.join(&Message::new("list-separator").render(lang))
    }
}

/// One condition of a sample filter in `lang` (`er >= 0.2`, `东部`, `沿海`).
pub fn condition_label(c: &Condition, lang: Lang) -> String {
    match c {
        Condition::Compare { column, op, value } => format!("{column} {} {value}", op.symbol()),
        Condition::Region(r) => Message::new(match r {
            Region3::East => "filter-east",
            Region3::Central => "filter-central",
            Region3::West => "filter-west",
        })
        .render(lang),
        Condition::Coastal(true) => Message::new("filter-coastal").render(lang),
        Condition::Coastal(false) => Message::new("filter-inland").render(lang),
        Condition::Units(u) => Message::new("filter-units").arg("units", u.join("、")).render(lang),
    }
}

/// One footnote in `lang`.
pub fn spec_note(n: &SpecNote, lang: Lang) -> String {
    let m = Message::new;
    match n {
        SpecNote::Sample { filter, rows, total } => m("note-sample")
            .arg("filter", filter_label(filter, lang))
            .arg("rows", *rows)
            .arg("total", *total)
            .render(lang),
        SpecNote::Transform(t) => {
            let id = match (lang, t.transform) {
                (Lang::En, _) => return format!("{}.", t.message),
                (_, "interpolate") => "note-interpolate",
                (_, "lag") => "note-lag",
                (_, "winsorize") => "note-winsorize",
                _ => return format!("{}.", t.message),
            };
            m(id).arg("column", t.column.as_str()).arg("cells", t.cells).render(lang)
        }
        SpecNote::Dropped { total, by } => {
            let by: Vec<String> = by.iter().map(|(c, k)| format!("{c} {k}")).collect();
            m("note-dropped").arg("total", *total).arg("by", by.join(", ")).render(lang)
        }
        SpecNote::InstrumentUnused => m("note-instrument-unused").render(lang),
        SpecNote::FoldColumnRepeats => m("note-fold-column-repeats").render(lang),
        SpecNote::ClusterUnitFolds => m("note-cluster-unit").render(lang),
        SpecNote::ClusterUnitYearFolds { k } => {
            m("note-cluster-unit-year").arg("k", *k).arg("folds", k * k).render(lang)
        }
        SpecNote::UnitYearDummies => m("note-unit-year-dummies").render(lang),
        SpecNote::DataChanged { saved, now } => {
            m("note-data-changed").arg("saved", format!("{saved:016x}")).arg("now", format!("{now:016x}")).render(lang)
        }
    }
}

/// Every footnote of an estimate in `lang`: its typed notes worded, then the learners'
/// remarks, each once (in English, the estimate's `notes` word for word).
pub fn estimate_notes(e: &crate::engine::dml::Estimate, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = e.spec_notes.iter().map(|n| spec_note(n, lang)).collect();
    for r in &e.nuisance {
        for n in &r.notes {
            let note = Message::new("learner-remark")
                .arg("nuisance", r.nuisance.name())
                .arg("learner", r.learner.as_str())
                .arg("remark", learner_remark(n, lang))
                .render(lang);
            if !out.contains(&note) {
                out.push(note);
            }
        }
    }
    out
}

/// A learner's remark about its fit in `lang` (English: its `Display`).
pub fn learner_remark(r: &LearnerRemark, lang: Lang) -> String {
    match *r {
        LearnerRemark::OlsCollinear { rank, columns } => {
            Message::new("remark-ols-collinear").arg("rank", rank).arg("columns", columns)
        }
        LearnerRemark::LassoNotConverged { max_iter } => {
            Message::new("remark-lasso-not-converged").arg("max_iter", max_iter.to_string())
        }
        LearnerRemark::LassoAllZero { alpha } => {
            Message::new("remark-lasso-all-zero").arg("alpha", format!("{alpha:.3e}"))
        }
        LearnerRemark::SvrNotConverged { iterations, violation, tol } => Message::new("remark-svr-not-converged")
            .arg("iterations", iterations.to_string())
            .arg("violation", format!("{violation:.2e}"))
            .arg("tol", format!("{tol:.0e}")),
    }
    .render(lang)
}
