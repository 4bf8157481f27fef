//! Wording of the battery's conclusion marks (holds / not significant / opposite sign) and of
//! the report files' sections, from `assets/locales/<lang>/report.ftl`.

use super::Lang;
use super::fluent::Message;
use crate::engine::battery::{Expectation, ItemOutcome, Sign, Verdict};

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
/// compared with; items without an estimate keep the engine's reason.
pub fn reason(o: &ItemOutcome, lang: Lang) -> String {
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
