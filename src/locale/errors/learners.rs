//! Wording of [`LearnerError`].

use super::allowed;
use crate::engine::learners::LearnerError;
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for LearnerError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            LearnerError::InvalidSetting { name, value, reason } => Message::new("learner-invalid-setting")
                .arg("name", *name)
                .arg("value", value)
                .arg("allowed", allowed(*reason, lang)),
            LearnerError::Cancelled => Message::new("error-cancelled"),
            LearnerError::NoRows => Message::new("learner-no-rows"),
            LearnerError::TooFewRows { need, got } => {
                Message::new("learner-too-few-rows").arg("need", need.to_string()).arg("got", got.to_string())
            }
            LearnerError::NonFinite { row, column, value } => match column {
                Some(c) => Message::new("learner-non-finite-feature").arg("column", c.to_string()),
                None => Message::new("learner-non-finite-target"),
            }
            .arg("row", row.to_string())
            .arg("value", value.to_string()),
            LearnerError::ConstantTarget { value } => {
                Message::new("learner-constant-target").arg("value", value.to_string())
            }
            LearnerError::LengthMismatch { x_rows, y_len } => Message::new("learner-length-mismatch")
                .arg("x_rows", x_rows.to_string())
                .arg("y_len", y_len.to_string()),
            LearnerError::RowOutOfRange { row, n_rows } => {
                Message::new("learner-row-out-of-range").arg("row", row.to_string()).arg("n_rows", n_rows.to_string())
            }
            LearnerError::ColumnMismatch { fitted, given } => Message::new("learner-column-mismatch")
                .arg("fitted", fitted.to_string())
                .arg("given", given.to_string()),
            LearnerError::NotAvailable(name) => Message::new("learner-not-available").arg("name", *name),
        }
        .render(lang)
    }
}

crate::english_display!(LearnerError);
