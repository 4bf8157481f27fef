//! What a set of spatial weights is, as a typed value ([`WeightsDescription`]) worded in the
//! reader's language at the edge (`crate::locale::spatial`); `Display` is the English wording
//! (`queen contiguity (snap 1 km)`), which also fills the header of a written GAL / GWT file.

use super::contiguity::Rule;

/// What a set of weights is: how it was built or which file it came from.
#[derive(Clone, Debug, PartialEq)]
pub enum WeightsDescription {
    /// Queen or rook contiguity of the boundaries; `snap_km` 0 means shared vertices only.
    Contiguity {
        /// Queen (a shared point suffices) or rook (a shared edge is needed).
        rule: Rule,
        /// Vertices closer than this many kilometres count as shared.
        snap_km: f64,
    },
    /// The `k` nearest neighbours of each region's centroid.
    Nearest {
        /// Neighbours per region.
        k: usize,
    },
    /// Inverse distance between centroids, `w_ij = d_ij^-power` within `band_km`.
    InverseDistance {
        /// The distance's power.
        power: f64,
        /// The distance band in kilometres (chosen so that every region has a neighbour when
        /// none was given).
        band_km: f64,
    },
    /// A GAL file (neighbour lists).
    GalFile {
        /// The file's name.
        file: String,
    },
    /// A GWT file (neighbour pairs with weights); `announced` is the header's region count
    /// when it differs from the `found` regions.
    GwtFile {
        /// The file's name.
        file: String,
        /// `(announced, found)` when the header's count is not what the file holds.
        mismatch: Option<(usize, usize)>,
    },
    /// A description given as text (weights built by hand).
    Named(String),
}

impl From<&str> for WeightsDescription {
    fn from(text: &str) -> Self {
        WeightsDescription::Named(text.to_string())
    }
}

crate::english_wording!(WeightsDescription);
