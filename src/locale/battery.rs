//! Wording of the battery's conclusion marks (holds / not significant / opposite sign), of why
//! an item was skipped, and of the report files' sections, from
//! `assets/locales/<lang>/report.ftl`.

use super::fluent::Message;
use super::{Lang, Worded};
use crate::engine::battery::report::ItemResult;
use crate::engine::battery::{ColumnPurpose, Expectation, ItemOutcome, Needs, Sign, SkipReason, Verdict};

/// The verdict in words (`holds`, `成立`).
pub fn verdict(v: Verdict, lang: Lang) -> String {
    Message::new(match v {
        Verdict::Holds => "verdict-holds",
        Verdict::NotSignificant => "verdict-not-significant",
        Verdict::OppositeSign => "verdict-opposite",
        Verdict::NotEstimated => "verdict-not-estimated",
    })
    .render(lang)
}

/// A sign in words (`positive`, `正`).
pub fn sign(s: Sign, lang: Lang) -> String {
    Message::new(match s {
        Sign::Positive => "sign-positive",
        Sign::Negative => "sign-negative",
    })
    .render(lang)
}

/// Why the mark is what it is, rebuilt from the estimate, the expected sign and what it was
/// compared with; a skipped or failed item says why ([`problem`]), others keep the engine's
/// reason.
pub fn reason(o: &ItemOutcome, lang: Lang) -> String {
    if let Some(p) = problem(o, lang) {
        return p;
    }
    let c = &o.conclusion;
    let (Some(e), Some(expected)) = (o.estimate(), c.expected) else {
        return c.reason.clone();
    };
    let id = match c.verdict {
        Verdict::Holds => "reason-holds",
        Verdict::NotSignificant => "reason-not-significant",
        Verdict::OppositeSign => "reason-opposite",
        Verdict::NotEstimated => return c.reason.clone(),
    };
    let against = match o.item.expectation {
        Expectation::StudySign(_) => "study",
        _ => "baseline",
    };
    Message::new(id)
        .arg("sign", sign(expected, lang))
        .arg("against", against)
        .arg("theta", format!("{:.4}", e.inference.theta))
        .arg("p", format!("{:.4}", e.inference.p))
        .render(lang)
}

/// Why the item has no result, if it was skipped or failed (`skipped: ...`, `已跳过：...`); a
/// failure keeps the engine's error message.
pub fn problem(o: &ItemOutcome, lang: Lang) -> Option<String> {
    match &o.result {
        ItemResult::Skipped(r) => {
            Some(Message::new("problem-skipped").arg("reason", skip_reason(r, lang)).render(lang))
        }
        ItemResult::Failed(e) => Some(Message::new("problem-failed").arg("error", e.worded(lang)).render(lang)),
        _ => None,
    }
}

/// Why an item was skipped, in `lang` (English: the reason's `Display`).
pub fn skip_reason(r: &SkipReason, lang: Lang) -> String {
    let needs = |n: &Needs| {
        Message::new(match n {
            Needs::CoastalSplit => "skip-needs-coastal-split",
            Needs::RegionSplit => "skip-needs-region-split",
            Needs::Map => "skip-needs-map",
            Needs::MapByYear => "skip-needs-map-by-year",
            Needs::InstrumentTimesLag => "skip-needs-instrument-lag",
        })
        .render(lang)
    };
    match r {
        SkipReason::MissingColumn { column, purpose } => Message::new("skip-missing-column").arg("column", column).arg(
            "purpose",
            Message::new(match purpose {
                ColumnPurpose::Outcome => "skip-purpose-outcome",
                ColumnPurpose::Instrument => "skip-purpose-instrument",
                ColumnPurpose::Regulation => "skip-purpose-regulation",
                ColumnPurpose::Mapped => "skip-purpose-mapped",
            })
            .render(lang),
        ),
        SkipReason::NotProvinces { what } => Message::new("skip-not-provinces").arg("what", needs(what)),
        SkipReason::NoYearColumn { what } => Message::new("skip-no-year-column").arg("what", needs(what)),
        SkipReason::TreatmentNotIndex { treatment } => {
            Message::new("skip-treatment-not-index").arg("treatment", treatment)
        }
        SkipReason::NoIndicators { missing } => Message::new("skip-no-indicators").arg("missing", missing.join(", ")),
    }
    .render(lang)
}

impl Worded for crate::engine::battery::report::BatteryNote {
    fn worded(&self, lang: Lang) -> String {
        use crate::engine::battery::report::BatteryNote as N;
        Message::new(match self {
            N::BaselineFailed => "study-note-baseline-failed",
            N::PlrOnly => "study-note-plr-only",
        })
        .render(lang)
    }
}

crate::english_wording!(crate::engine::battery::report::BatteryNote);

/// What the battery works on, in `lang`: `Table 5, PCA index: CEE` / `表 5 …，PCA 指数：CEE`
/// (Chinese names the table by its title, as Chinese journals do).
pub fn progress_label(item: &crate::engine::battery::runner::ProgressItem, lang: Lang) -> String {
    use crate::engine::battery::plan::variant_label;
    use crate::engine::battery::runner::ProgressItem;
    match item {
        ProgressItem::Item { table, variant, outcome } => {
            let variant = variant_label(variant, lang);
            let column = if outcome.is_empty() {
                variant
            } else {
                Message::new("progress-column").arg("variant", variant).arg("outcome", outcome).render(lang)
            };
            let table = match lang {
                Lang::En => table.short().to_string(),
                Lang::Zh => table.title_in(lang),
            };
            Message::new("progress-item").arg("table", table).arg("column", column).render(lang)
        }
        ProgressItem::Spec(label) => label.clone(),
        ProgressItem::Done => Message::new("progress-done").render(lang),
    }
}
