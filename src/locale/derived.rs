//! Wording of the derived variables' remarks ([`DerivedNote`], [`TfeeNote`], [`CapitalNote`])
//! and missing inputs ([`MissingInput`]) from `assets/locales/<lang>/notes.ftl`.

use super::fluent::Message;
use super::{Lang, Worded};
use crate::engine::measures::capital::CapitalNote;
use crate::engine::measures::derived_note::{DerivedNote, MissingInput, TfeeNote};
use crate::engine::measures::sbm::DmuStatus;

impl Worded for DerivedNote {
    fn worded(&self, lang: Lang) -> String {
        match self {
            DerivedNote::InputMissing { rows } => Message::new("derived-input-missing").arg("rows", *rows),
            DerivedNote::NonPositive { rows, divisor, first } => Message::new("derived-non-positive")
                .arg("rows", *rows)
                .arg("divisor", Message::new("derived-divisor").arg("divisor", *divisor).render(lang))
                .arg("first", first),
            DerivedNote::Overflow { rows, first } => {
                Message::new("derived-overflow").arg("rows", *rows).arg("first", first)
            }
            DerivedNote::IndicatorMissing { rows } => Message::new("derived-indicator-missing").arg("rows", *rows),
            DerivedNote::Capital(n) => return n.worded(lang),
            DerivedNote::Tfee(n) => return n.worded(lang),
            DerivedNote::Unscored { count, status } => {
                Message::new("derived-unscored").arg("count", *count).arg("status", dmu_status(*status, lang))
            }
        }
        .render(lang)
    }
}

fn dmu_status(s: DmuStatus, lang: Lang) -> String {
    Message::new(match s {
        DmuStatus::Sbm => "dmu-sbm",
        DmuStatus::SuperSbm => "dmu-super-sbm",
        DmuStatus::Missing => "dmu-missing",
        DmuStatus::TooFewUnits => "dmu-too-few-units",
        DmuStatus::Infeasible => "dmu-infeasible",
        DmuStatus::Unbounded => "dmu-unbounded",
        DmuStatus::SolverError => "dmu-solver-error",
    })
    .render(lang)
}

impl Worded for TfeeNote {
    fn worded(&self, lang: Lang) -> String {
        match self {
            TfeeNote::Incomplete { missing, total } => {
                Message::new("tfee-note-incomplete").arg("missing", *missing).arg("total", *total)
            }
            TfeeNote::Adjusted { column, count, value, factor } => Message::new("tfee-note-adjusted")
                .arg("column", column)
                .arg("count", *count)
                .arg("value", value.to_string())
                .arg("factor", factor.to_string()),
        }
        .render(lang)
    }
}

impl Worded for CapitalNote {
    fn worded(&self, lang: Lang) -> String {
        match self {
            CapitalNote::NoBaseYear { unit, year } => {
                Message::new("capital-note-no-base-year").arg("unit", unit).arg("year", year.to_string())
            }
            CapitalNote::BadBaseInvestment { unit, year } => {
                Message::new("capital-note-bad-base").arg("unit", unit).arg("year", year.to_string())
            }
            CapitalNote::BaseGrowth { unit, g } => {
                Message::new("capital-note-base-growth").arg("unit", unit).arg("g", format!("{g:.4}"))
            }
            CapitalNote::MissingInvestment { unit, year } => {
                Message::new("capital-note-missing-investment").arg("unit", unit).arg("year", year.to_string())
            }
            CapitalNote::Gap { unit, year } => {
                Message::new("capital-note-gap").arg("unit", unit).arg("year", year.to_string())
            }
        }
        .render(lang)
    }
}

impl Worded for MissingInput {
    fn worded(&self, lang: Lang) -> String {
        match self {
            MissingInput::Column(c) => c.clone(),
            MissingInput::NotMapped(role) => Message::new("derived-not-mapped").arg("role", *role).render(lang),
            MissingInput::NoIndicators => Message::new("derived-no-indicators").render(lang),
        }
    }
}

crate::english_wording!(DerivedNote, TfeeNote, CapitalNote, MissingInput);
