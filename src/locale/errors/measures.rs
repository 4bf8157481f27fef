//! Wording of the derived measures' errors: the composite index ([`IndexError`] and the
//! normalization, entropy, PCA and weight errors inside it), TFEE ([`TfeeError`], [`LpFailure`])
//! and the capital stock ([`CapitalError`]).

use crate::engine::measures::DerivedFailure;
use crate::engine::measures::capital::CapitalError;
use crate::engine::measures::entropy::EntropyError;
use crate::engine::measures::index::IndexError;
use crate::engine::measures::normalize::NormalizeError;
use crate::engine::measures::pca::PcaError;
use crate::engine::measures::sbm::LpFailure;
use crate::engine::measures::tfee::TfeeError;
use crate::engine::measures::weights::WeightsError;
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for IndexError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            IndexError::NoIndicators => Message::new("composite-no-indicators"),
            IndexError::MissingColumn(name) => Message::new("composite-missing-column").arg("name", name),
            IndexError::NotNumeric(name) => Message::new("composite-not-numeric").arg("name", name),
            IndexError::Duplicate(name) => Message::new("composite-duplicate").arg("name", name),
            IndexError::NoYearColumn => Message::new("composite-no-year-column"),
            IndexError::NoDimension(name) => Message::new("composite-no-dimension").arg("name", name),
            IndexError::TwoLevelPca => Message::new("composite-two-level-pca"),
            IndexError::Normalize(error) => return error.worded(lang),
            IndexError::Entropy(error) => Message::new("composite-entropy").arg("error", error.worded(lang)),
            IndexError::Pca(error) => Message::new("composite-pca").arg("error", error.worded(lang)),
            IndexError::Weights(error) => return error.worded(lang),
        }
        .render(lang)
    }
}

impl Worded for TfeeError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            TfeeError::NoInputs => Message::new("tfee-no-inputs"),
            TfeeError::NoGoodOutputs => Message::new("tfee-no-good-outputs"),
            TfeeError::Duplicate(name) => Message::new("tfee-duplicate").arg("name", name),
            TfeeError::MissingColumn(name) => Message::new("tfee-missing-column").arg("name", name),
            TfeeError::NotNumeric(name) => Message::new("tfee-not-numeric").arg("name", name),
            TfeeError::NoValues(name) => Message::new("tfee-no-values").arg("name", name),
            TfeeError::NoYearColumn => Message::new("tfee-no-year-column"),
            TfeeError::NonPositive { column, count, at, value } => Message::new("tfee-non-positive")
                .arg("column", column)
                .arg("count", count.to_string())
                .arg("at", at.worded(lang))
                .arg("value", value.to_string()),
            TfeeError::NoPositive(name) => Message::new("tfee-no-positive").arg("name", name),
            TfeeError::Cancelled => Message::new("tfee-cancelled"),
        }
        .render(lang)
    }
}

impl Worded for EntropyError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            EntropyError::NoIndicators => Message::new("entropy-no-indicators"),
            EntropyError::TooFewRows(n) => Message::new("entropy-too-few-rows").arg("n", n.to_string()),
            EntropyError::Negative { indicator, row, value } => Message::new("entropy-negative")
                .arg("indicator", indicator.to_string())
                .arg("row", row.to_string())
                .arg("value", value.to_string()),
            EntropyError::ZeroColumn(n) => Message::new("entropy-zero-column").arg("n", n.to_string()),
        }
        .render(lang)
    }
}

impl Worded for NormalizeError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            NormalizeError::AllMissing(name) => Message::new("normalize-all-missing").arg("name", name),
            NormalizeError::Constant(name, value) => {
                Message::new("normalize-constant").arg("name", name).arg("value", value.to_string())
            }
            NormalizeError::AllMissingInYear { name, year } => {
                Message::new("normalize-all-missing-in-year").arg("name", name).arg("year", year.to_string())
            }
            NormalizeError::ConstantInYear { name, year, value } => Message::new("normalize-constant-in-year")
                .arg("name", name)
                .arg("year", year.to_string())
                .arg("value", value.to_string()),
            NormalizeError::BadShift(value) => Message::new("normalize-bad-shift").arg("value", value.to_string()),
            NormalizeError::Infinite { name, row, value } => Message::new("normalize-infinite")
                .arg("name", name)
                .arg("row", row.to_string())
                .arg("value", value.to_string()),
        }
        .render(lang)
    }
}

impl Worded for WeightsError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            WeightsError::Negative { name, value } => {
                Message::new("weights-negative").arg("name", name).arg("value", value.to_string())
            }
            WeightsError::NotFinite { name, value } => {
                Message::new("weights-not-finite").arg("name", name).arg("value", value.to_string())
            }
            WeightsError::AllZero => Message::new("weights-all-zero"),
            WeightsError::Missing(name) => Message::new("weights-missing").arg("name", name),
            WeightsError::Unknown(name) => Message::new("weights-unknown").arg("name", name),
        }
        .render(lang)
    }
}

impl Worded for PcaError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            PcaError::NoIndicators => Message::new("pca-no-indicators"),
            PcaError::TooFewRows(n) => Message::new("pca-too-few-rows").arg("n", n.to_string()),
            PcaError::Constant { indicator, value } => {
                Message::new("pca-constant").arg("indicator", indicator.to_string()).arg("value", value.to_string())
            }
            PcaError::NoConvergence => Message::new("pca-no-convergence"),
            PcaError::ConstantScore => Message::new("pca-constant-score"),
        }
        .render(lang)
    }
}

impl Worded for CapitalError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            CapitalError::BadDelta(value) => Message::new("capital-bad-delta").arg("value", value.to_string()),
            CapitalError::BadGrowthYears(n) => Message::new("capital-bad-growth-years").arg("n", n.to_string()),
            CapitalError::NotAPanel => Message::new("capital-not-a-panel"),
            CapitalError::MissingColumn(name) => Message::new("capital-missing-column").arg("name", name),
        }
        .render(lang)
    }
}

impl Worded for LpFailure {
    fn worded(&self, lang: Lang) -> String {
        match self {
            LpFailure::Infeasible => Message::new("lp-infeasible"),
            LpFailure::Unbounded => Message::new("lp-unbounded"),
            LpFailure::Solver(name) => Message::new("lp-solver").arg("name", name),
        }
        .render(lang)
    }
}

impl Worded for DerivedFailure {
    fn worded(&self, lang: Lang) -> String {
        match self {
            DerivedFailure::Index(e) => e.worded(lang),
            DerivedFailure::Capital(e) => e.worded(lang),
            DerivedFailure::Tfee(e) => e.worded(lang),
        }
    }
}

crate::english_display!(
    IndexError,
    TfeeError,
    EntropyError,
    NormalizeError,
    WeightsError,
    PcaError,
    CapitalError,
    LpFailure
);
