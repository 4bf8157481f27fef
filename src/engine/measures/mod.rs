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
//! | [`derive`] | [`add_derived`]: every derived variable added to a panel |
//! | [`definitions`] | definitions in English and Chinese |

pub mod bench;
pub mod capital;
pub mod definitions;
pub mod dense_lp;
pub mod derive;
pub mod derived_note;
pub mod entropy;
pub mod index;
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
};
pub use index::{IndexResult, IndexSpec, IndicatorSpec, WeightMethod, compute_index};
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

/// Where row `r` is, for messages: `"<unit> <year>"`, or `"row <r+1>"` without unit and year.
pub(crate) fn place(panel: &Panel, r: usize) -> String {
    match (panel.unit_label(r), panel.year_of(r)) {
        (Some(u), Some(y)) => format!("{u} {y}"),
        (Some(u), None) => u.to_string(),
        (None, Some(y)) => format!("row {} ({y})", r + 1),
        (None, None) => format!("row {}", r + 1),
    }
}
