//! Wording of the study battery's errors: [`BatteryError`], [`SpecCurveError`], [`ItemError`]
//! and the report files' [`ReportError`].

use crate::engine::battery::BatteryError;
use crate::engine::battery::report::ItemError;
use crate::engine::battery::spec_curve::{Expected, SpecCurveError};
use crate::engine::report::battery_files::ReportError;
use crate::locale::fluent::Message;
use crate::locale::scenario::spec_errors;
use crate::locale::{Lang, Worded};

impl Worded for BatteryError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            BatteryError::Cancelled => Message::new("error-cancelled").render(lang),
            BatteryError::Baseline(errors) => {
                Message::new("study-baseline").arg("errors", spec_errors(errors, "; ", lang)).render(lang)
            }
            BatteryError::SpecCurve(e) => e.worded(lang),
        }
    }
}

impl Worded for SpecCurveError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            SpecCurveError::Folds(k) => Message::new("curve-folds").arg("k", k.to_string()),
            SpecCurveError::TooMany { count, max } => {
                Message::new("curve-too-many").arg("count", count.to_string()).arg("max", max.to_string())
            }
            SpecCurveError::Parse { key, value, expected } => Message::new("curve-parse")
                .arg("key", key)
                .arg("value", value)
                .arg("expected", expected_values(*expected, lang)),
        }
        .render(lang)
    }
}

fn expected_values(e: Expected, lang: Lang) -> String {
    Message::new(match e {
        Expected::KeyValue => "curve-expected-key-value",
        Expected::Model => "curve-expected-model",
        Expected::Learner => "curve-expected-learner",
        Expected::Folds => "curve-expected-folds",
        Expected::Index => "curve-expected-index",
        Expected::YesNo => "curve-expected-yes-no",
        Expected::FixedEffects => "curve-expected-fixed-effects",
        Expected::Key => "curve-expected-key",
    })
    .render(lang)
}

impl Worded for ItemError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ItemError::Spec(errors) => spec_errors(errors, "; ", lang),
            ItemError::Dml(e) => e.worded(lang),
            ItemError::Index(e) => Message::new("study-pca-index").arg("error", e.worded(lang)).render(lang),
            ItemError::Map(e) => e.worded(lang),
        }
    }
}

impl Worded for ReportError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ReportError::Io { path, message } => {
                Message::new("report-io").arg("path", path).arg("error", message).render(lang)
            }
            ReportError::Latex(detail) => Message::new("report-latex-unbalanced").arg("detail", detail).render(lang),
        }
    }
}

crate::english_display!(BatteryError, SpecCurveError, ItemError, ReportError);
