//! What is wrong with a weights file or a weights choice, typed so that the window and the
//! command line word it in the user's language (`crate::locale::errors`). Ids, file names and
//! numbers are data; the engine writes no sentence.

/// What is wrong with a line of a GAL or GWT file.
#[derive(Debug, Clone, PartialEq)]
pub enum LineProblem {
    /// The file has no non-blank line.
    EmptyFile,
    /// The header line has no field.
    EmptyHeader,
    /// A GAL header whose count is not a number.
    GalHeader {
        /// The header line.
        header: String,
    },
    /// A GWT header whose count is not a number.
    GwtHeader {
        /// The header line.
        header: String,
    },
    /// The file lists fewer regions than its header announces.
    FewerRegions {
        /// Regions announced.
        announced: usize,
        /// Regions listed.
        listed: usize,
    },
    /// A GAL region without its neighbour count.
    CountMissing {
        /// The region id.
        region: String,
    },
    /// A GAL neighbour count that is not a number.
    NotACount {
        /// The region id.
        region: String,
        /// What stands in place of the count.
        text: String,
    },
    /// The file ends before a region's neighbours are all listed.
    FewerNeighbours {
        /// The region id.
        region: String,
        /// Neighbours announced.
        announced: usize,
        /// Neighbours listed.
        listed: usize,
    },
    /// A token after the regions the header announces.
    ExtraToken {
        /// The token.
        token: String,
        /// Regions announced.
        announced: usize,
    },
    /// A GWT line that is not `id neighbour weight`.
    NotATriple {
        /// The line.
        line: String,
    },
    /// A GWT weight that is not a finite number.
    NotAWeight {
        /// The field.
        text: String,
    },
}

/// A weights file or choice that is well formed but cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightsProblem {
    /// A region listed twice in a GAL file.
    DuplicateRegion {
        /// File name.
        file: String,
        /// The region id.
        id: String,
    },
    /// A neighbour that is not listed as a region.
    UnknownNeighbour {
        /// File name.
        file: String,
        /// The region.
        region: String,
        /// Its neighbour.
        neighbour: String,
    },
    /// k nearest neighbours with `k = 0`.
    KZero,
    /// An inverse-distance power that is not positive.
    Power(f64),
    /// An inverse-distance band that is not a positive number of km.
    Band(f64),
    /// A negative (or non-finite) snapping tolerance.
    Snap(f64),
    /// Two ids of a weights file name the same unit.
    SameUnit {
        /// The first id.
        first: String,
        /// The second id.
        second: String,
        /// The unit both name.
        unit: String,
    },
    /// No id of a weights file names a unit of the data.
    NoIdMatches {
        /// The first ids (at most 5).
        sample: Vec<String>,
    },
    /// An id that a GAL or GWT file cannot hold (empty, or with a space).
    UnwritableId {
        /// The file to write.
        path: String,
        /// The id.
        id: String,
    },
}

/// What was being built when there were too few regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightsBuild {
    /// k nearest neighbours.
    Knn(usize),
    /// Inverse-distance weights.
    InverseDistance,
}
