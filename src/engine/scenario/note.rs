//! The footnotes of an estimate as typed values: the sample, what transforms changed, dropped
//! rows, clustering and fixed-effect remarks. `crate::locale::notes` words them in any
//! language; `Display` is the English (what the JSON carries).

use super::filter::SampleFilter;
use crate::engine::transform::TransformNote;
use std::fmt;

/// One footnote of a validated specification.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecNote {
    /// A sample filter keeps `rows` of `total` rows.
    Sample {
        /// The filter.
        filter: SampleFilter,
        /// Rows kept.
        rows: usize,
        /// Rows of the panel.
        total: usize,
    },
    /// What a transform (interpolation, lag, winsorizing) changed.
    Transform(TransformNote),
    /// Rows dropped for missing values, with the count per column.
    Dropped {
        /// Rows dropped.
        total: usize,
        /// Missing cells per column, in column order.
        by: Vec<(String, usize)>,
    },
    /// PLR does not use the instrument the scenario names.
    InstrumentUnused,
    /// A fold column gives the same folds in every repetition.
    FoldColumnRepeats,
    /// Clustered by unit, with folds drawn by unit.
    ClusterUnitFolds,
    /// Clustered by unit and year: `k x k` folds from unit and year folds.
    ClusterUnitYearFolds {
        /// Folds per dimension.
        k: usize,
    },
    /// Unit and year dummies stand for the study's interactive effects.
    UnitYearDummies,
    /// The data differ from those the scenario was saved with.
    DataChanged {
        /// The hash saved in the scenario.
        saved: u64,
        /// The hash of the data now.
        now: u64,
    },
}

impl fmt::Display for SpecNote {
    /// The English footnote (from the message catalogue, as every language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::locale::notes::spec_note(self, crate::locale::Lang::En))
    }
}
