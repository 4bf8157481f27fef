//! Whether the study's conclusion holds on the current data, estimate by estimate.
//!
//! Rule: a conclusion *holds* when the estimate has the expected sign and is significant at
//! 5% (`p < 0.05`). The expected sign is the study's claim for the study's own variables
//! (DCP raises CEE, TFEE and ISU and lowers CIWB) and, for robustness and subsample columns
//! of the user's outcome, the sign of the baseline estimate on the current data.

use crate::engine::dml::Estimate;
use crate::engine::measures::derive::{CEE, CIWB, ISU, TFEE};
use serde::Serialize;

/// Significance level of the conclusion marks.
pub const ALPHA: f64 = 0.05;

/// The sign of an effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Sign {
    /// Greater than zero.
    Positive,
    /// Less than zero.
    Negative,
}

impl Sign {
    /// The sign of `x` (zero and NaN have none).
    pub fn of(x: f64) -> Option<Sign> {
        if x > 0.0 {
            Some(Sign::Positive)
        } else if x < 0.0 {
            Some(Sign::Negative)
        } else {
            None
        }
    }

    /// `positive` or `negative`.
    pub fn label(self) -> &'static str {
        match self {
            Sign::Positive => "positive",
            Sign::Negative => "negative",
        }
    }
}

/// The study's claimed sign of the treatment's effect on `outcome` (DCP raises CEE, TFEE and
/// ISU, lowers CIWB); `None` for variables the study does not use.
pub fn study_claim(outcome: &str) -> Option<Sign> {
    match outcome {
        CEE | TFEE | ISU => Some(Sign::Positive),
        CIWB => Some(Sign::Negative),
        _ => None,
    }
}

/// What an estimate is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Expectation {
    /// The sign of the baseline estimate of the same outcome on the current data.
    SameAsBaseline,
    /// The sign the study reports.
    StudySign(Sign),
    /// Nothing to compare (descriptive statistics, maps).
    None,
}

/// The mark the Robustness view shows next to an estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// Expected sign and significant at 5%.
    Holds,
    /// Expected sign but not significant at 5%.
    NotSignificant,
    /// The opposite sign.
    OppositeSign,
    /// No estimate (skipped or failed) or no reference to compare with.
    NotEstimated,
}

/// A verdict with the sign it was judged against and a sentence for the user.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conclusion {
    /// The mark.
    pub verdict: Verdict,
    /// The sign expected (`None` when there was nothing to compare with).
    pub expected: Option<Sign>,
    /// Why, in one sentence.
    pub reason: String,
}

impl Conclusion {
    /// A conclusion for an item without an estimate.
    pub fn not_estimated(reason: impl Into<String>) -> Conclusion {
        Conclusion { verdict: Verdict::NotEstimated, expected: None, reason: reason.into() }
    }
}

/// Judge `e` against `expectation`; `baseline` is the reference estimate (for
/// [`Expectation::SameAsBaseline`]).
pub fn judge(e: &Estimate, expectation: Expectation, baseline: Option<&Estimate>) -> Conclusion {
    let i = &e.inference;
    let (expected, against) = match expectation {
        Expectation::StudySign(s) => (Some(s), "the study's sign"),
        Expectation::SameAsBaseline => (baseline.and_then(|b| Sign::of(b.inference.theta)), "the baseline's sign"),
        Expectation::None => (None, ""),
    };
    let Some(expected) = expected else {
        return Conclusion::not_estimated("no baseline estimate to compare with");
    };
    let got = Sign::of(i.theta);
    let (verdict, reason) = if got != Some(expected) {
        (
            Verdict::OppositeSign,
            format!("estimate {:.4} is not {} ({against}): the conclusion does not hold", i.theta, expected.label()),
        )
    } else if i.p < ALPHA {
        (Verdict::Holds, format!("{} as {against} and significant at 5% (p = {:.4})", expected.label(), i.p))
    } else {
        (
            Verdict::NotSignificant,
            format!("{} as {against} but not significant at 5% (p = {:.4})", expected.label(), i.p),
        )
    };
    Conclusion { verdict, expected: Some(expected), reason }
}
