//! Remarks on a derived variable (rows left missing, values adjusted, units without a score) and
//! the inputs it lacks, as typed values: `crate::locale` words them in the user's language and
//! their `Display` is the English wording.

use super::capital::CapitalNote;
use super::sbm::DmuStatus;
use serde::{Serialize, Serializer};

/// A remark on a computed derived variable.
#[derive(Clone, Debug, PartialEq)]
pub enum DerivedNote {
    /// Rows without a value because an input is missing there.
    InputMissing {
        /// Rows.
        rows: usize,
    },
    /// Rows left missing because a divisor is zero or negative.
    NonPositive {
        /// Rows.
        rows: usize,
        /// The divisor, as a key: `co2`, `population` (population or life expectancy).
        divisor: &'static str,
        /// The first such row (`Beijing 2011`).
        first: String,
    },
    /// Rows left missing because the ratio overflows the 64-bit range.
    Overflow {
        /// Rows.
        rows: usize,
        /// The first such row.
        first: String,
    },
    /// Rows of the index left missing because an indicator is missing.
    IndicatorMissing {
        /// Rows.
        rows: usize,
    },
    /// A remark of the perpetual inventory method.
    Capital(CapitalNote),
    /// A remark of the TFEE computation.
    Tfee(TfeeNote),
    /// Unit-years without a TFEE score, by why.
    Unscored {
        /// Unit-years.
        count: usize,
        /// Why they have no score.
        status: DmuStatus,
    },
}

/// A remark of the TFEE computation.
#[derive(Clone, Debug, PartialEq)]
pub enum TfeeNote {
    /// Unit-years with a missing input or output: no score, and outside every frontier.
    Incomplete {
        /// Unit-years concerned.
        missing: usize,
        /// All unit-years.
        total: usize,
    },
    /// Zero or negative values replaced by a small positive value.
    Adjusted {
        /// The column.
        column: String,
        /// Values replaced.
        count: usize,
        /// The value put in their place.
        value: f64,
        /// Its multiple of the smallest positive value.
        factor: f64,
    },
}

/// An input a derived variable needs and the data lack.
#[derive(Clone, Debug, PartialEq)]
pub enum MissingInput {
    /// A mapped column that is not a numeric column of the data.
    Column(String),
    /// A role no column is mapped to (`gdp`, `investment`).
    NotMapped(&'static str),
    /// No indicator is mapped for the index.
    NoIndicators,
}

/// Serialized as the English wording (the JSON of `describe`, `tfee` and the scenario's report).
fn english<T: std::fmt::Display, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

impl Serialize for DerivedNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        english(self, s)
    }
}

impl Serialize for TfeeNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        english(self, s)
    }
}

impl Serialize for MissingInput {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        english(self, s)
    }
}
