//! Wording of [`TransformError`] (log, lag, interpolation, winsorizing).

use crate::engine::transform::TransformError;
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for TransformError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            TransformError::NonPositive { column, count, first, value } => Message::new("transform-non-positive")
                .arg("column", column)
                .arg("count", count.to_string())
                .arg("first", first)
                .arg("value", value.to_string()),
            TransformError::NoColumn(column) => Message::new("transform-no-column").arg("column", column),
            TransformError::NotAPanel(what) => Message::new("transform-not-a-panel").arg("what", which(what, lang)),
            TransformError::DuplicateUnitYear { what, unit, year } => Message::new("transform-duplicate-unit-year")
                .arg("what", which(what, lang))
                .arg("unit", unit)
                .arg("year", year.to_string()),
            TransformError::Percentiles { lower, upper } => {
                Message::new("transform-percentiles").arg("lower", lower.to_string()).arg("upper", upper.to_string())
            }
            TransformError::NoInstrument => Message::new("transform-no-instrument"),
        }
        .render(lang)
    }
}

/// A transform named by the engine (`lag`, `interpolate`), worded in `lang`.
fn which(what: &str, lang: Lang) -> String {
    Message::new("transform-what").arg("what", what).render(lang)
}

crate::english_display!(TransformError);
