//! Measures built from raw columns: the computing-power index (DCP) and its weights, CEE,
//! CIWB, ISU, capital stock and TFEE (SPEC §3).
//!
//! | file | measure |
//! |---|---|
//! | [`normalize`] | min-max normalization by direction (whole panel or per year) |
//! | [`entropy`] | entropy weights and the weighted composite |
//! | [`pca`] | principal-component weights |
//! | [`weights`] | equal, manual, slider rebalancing with locks, two-level |
//! | [`index`] | the index, its sub-indices and the weights table |
//! | [`ratios`] | CEE, CIWB, ISU |
//! | [`capital`] | capital stock by perpetual inventory |
//! | [`sbm`] | SBM and super-SBM with undesirable outputs (one DMU, one LP) |
//! | [`dense_lp`] | dense two-phase simplex for programs with few rows |
//! | [`sbm_dense`] | the SBM programs on the dense simplex (`microlp` as fallback) |
//! | [`reduced`] | SBM / super-SBM against the efficient frontier only (hierarchical screening) |
//! | [`tfee`] | TFEE of every unit-year, per-year or global frontier |
//! | [`tfee_bench`] | the `tfee` benchmark suite (city and county panels) |
//! | [`spec`] | [`MeasureSpec`]: column mapping and settings |
//! | [`derive`] | [`add_derived`]: every derived variable added to a panel ([`add_derived_only`]: some) |
//! | [`needs`] | [`needed_derived`]: the derived variables some columns need, transitively |
//! | [`derive_cache`] | [`DerivedCache`]: each derived variable kept by its inputs and settings |
//! | [`definitions`] | definitions in English and Chinese |

pub mod bench;
pub mod capital;
pub mod definitions;
pub mod dense_lp;
pub mod derive;
pub mod derive_cache;
pub mod derived_note;
pub mod entropy;
pub mod index;
pub mod needs;
pub mod normalize;
pub mod pca;
pub mod ratios;
pub mod reduced;
pub mod sbm;
pub mod sbm_dense;
pub mod spec;
pub mod tfee;
pub mod tfee_bench;
pub mod weights;

pub use derive::{
    DerivedFailure, DerivedNote, DerivedReport, DerivedStatus, MissingInput, TfeeNote, add_derived, add_derived_except,
    add_derived_only,
};
pub use derive_cache::DerivedCache;
pub use index::{IndexResult, IndexSpec, IndicatorSpec, WeightMethod, compute_index};
pub use needs::{DerivedVar, needed_derived};
pub use spec::{ColumnMap, MeasureSpec};
pub use tfee::{TfeeResult, TfeeSpec, compute_tfee};

use crate::engine::data::Panel;
use crate::engine::data::panel::ColumnData;

/// Why a column cannot be read as numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ColumnProblem {
    /// No column of that name.
    Absent,
    /// Every cell is empty.
    Empty,
    /// The column holds text.
    Text,
}

/// The numeric values of column `name`, or why there are none.
pub(crate) fn numeric_column<'a>(panel: &'a Panel, name: &str) -> Result<&'a [f64], ColumnProblem> {
    match panel.column(name).map(|c| &c.data) {
        None => Err(ColumnProblem::Absent),
        // Every cell empty: the typed reader keeps such a column as numbers (all NaN), the
        // per-cell reader as text; both are "no values".
        Some(ColumnData::Numeric(v)) if v.iter().all(|x| x.is_nan()) => Err(ColumnProblem::Empty),
        Some(ColumnData::Numeric(v)) => Ok(v),
        Some(ColumnData::Text(cells)) if cells.iter().all(Option::is_none) => Err(ColumnProblem::Empty),
        Some(ColumnData::Text(_)) => Err(ColumnProblem::Text),
    }
}

/// Where row `r` is, for messages.
pub(crate) fn place(panel: &Panel, r: usize) -> crate::engine::data::place::Place {
    crate::engine::data::place::Place::of(panel, r)
}
