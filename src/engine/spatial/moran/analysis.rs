//! Moran's I and LISA of one panel variable in one year: the units with a value and a place in
//! the weights are kept, the weights are cut to them (PySAL `w_subset`) and row-standardized,
//! then [`global_moran`] and [`local_moran`] run with one seed.
//!
//! Units dropped (no value that year, no boundary or no entry in the weights file) and islands
//! are listed as notes, so the caller can show them under the result.

use super::MAX_PERMUTATIONS;
use super::global::{GlobalMoran, global_moran};
use super::local::{LocalMoran, local_moran};
use crate::engine::data::panel::Panel;
use crate::engine::spatial::choropleth::{MapError, unit_values};
use crate::engine::spatial::weights::Weights;
use crate::engine::spatial::weights::link::Linked;

/// Why Moran's I could not be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum MoranError {
    /// The variable or year is not in the data.
    Data(MapError),
    /// Too few units with a value.
    TooFew {
        /// The variable.
        variable: String,
        /// The year (`None`: all rows).
        year: Option<i32>,
        /// Units usable.
        found: usize,
    },
    /// All values equal.
    Constant {
        /// The variable.
        variable: String,
        /// The year (`None`: all rows).
        year: Option<i32>,
    },
    /// No unit has a neighbour among the units kept.
    NoLinks {
        /// The variable.
        variable: String,
        /// The year (`None`: all rows).
        year: Option<i32>,
    },
    /// Too many permutations.
    Permutations(usize),
}

impl From<MapError> for MoranError {
    fn from(e: MapError) -> Self {
        MoranError::Data(e)
    }
}

/// Moran's I and LISA of one variable and year.
#[derive(Clone, Debug, PartialEq)]
pub struct MoranResult {
    /// The variable (panel column).
    pub variable: String,
    /// The year (`None`: all rows, for a cross-section).
    pub year: Option<i32>,
    /// Panel unit id of each analysed region, in weights order.
    pub units: Vec<u32>,
    /// Their labels.
    pub labels: Vec<String>,
    /// Their values.
    pub values: Vec<f64>,
    /// The weights used: cut to these units and row-standardized.
    pub weights: Weights,
    /// Global Moran's I.
    pub global: GlobalMoran,
    /// Local Moran.
    pub local: LocalMoran,
    /// Seed of the permutations.
    pub seed: u64,
    /// Units left out and islands, in words.
    pub notes: Vec<String>,
}

/// Moran's I and LISA of `variable` at `year` over the units of `linked`.
pub fn moran(
    panel: &Panel,
    variable: &str,
    year: Option<i32>,
    linked: &Linked,
    permutations: usize,
    seed: u64,
) -> Result<MoranResult, MoranError> {
    if permutations > MAX_PERMUTATIONS {
        return Err(MoranError::Permutations(permutations));
    }
    if let Some(y) = year {
        let ys = panel.years();
        match (ys.first(), ys.last()) {
            _ if panel.year.is_none() => return Err(MapError::NoYearColumn.into()),
            (Some(&first), Some(&last)) if ys.binary_search(&y).is_err() => {
                return Err(MapError::YearMissing { year: y, first, last }.into());
            }
            _ => {}
        }
    }
    let all = unit_values(panel, variable, year)?;
    let at = year.map(|y| format!(" in {y}")).unwrap_or_default();
    let mut notes = Vec::new();
    let mut keep = Vec::new();
    let mut no_value = Vec::new();
    for (r, &u) in linked.units.iter().enumerate() {
        if all[u as usize].is_finite() {
            keep.push(r);
        } else {
            no_value.push(linked.weights.ids[r].clone());
        }
    }
    if !no_value.is_empty() {
        notes.push(format!("no value of {variable}{at}, left out: {}", no_value.join(", ")));
    }
    if !linked.missing_units.is_empty() {
        notes.push(format!("not in the weights, left out: {}", linked.missing_units.join(", ")));
    }
    if !linked.unmatched_ids.is_empty() {
        notes.push(format!("weights ids matching no unit, dropped: {}", linked.unmatched_ids.join(", ")));
    }
    if keep.len() < 4 {
        return Err(MoranError::TooFew { variable: variable.into(), year, found: keep.len() });
    }
    let units: Vec<u32> = keep.iter().map(|&r| linked.units[r]).collect();
    let values: Vec<f64> = units.iter().map(|&u| all[u as usize]).collect();
    if values.iter().all(|v| *v == values[0]) {
        return Err(MoranError::Constant { variable: variable.into(), year });
    }
    let weights = linked.weights.subset(&keep).row_standardize();
    if weights.s0() == 0.0 {
        return Err(MoranError::NoLinks { variable: variable.into(), year });
    }
    let islands: Vec<&str> = weights.islands().iter().map(|&i| weights.ids[i].as_str()).collect();
    if !islands.is_empty() {
        notes.push(format!("without neighbours (islands, I_i = 0, no p-value): {}", islands.join(", ")));
    }
    let global = global_moran(&values, &weights, permutations, seed);
    let local = local_moran(&values, &weights, permutations, seed);
    Ok(MoranResult {
        variable: variable.to_string(),
        year,
        labels: weights.ids.clone(),
        units,
        values,
        weights,
        global,
        local,
        seed,
        notes,
    })
}
