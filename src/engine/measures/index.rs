//! The composite index (DCP): indicators, weighting method, sub-indices per dimension.
//!
//! Steps: normalize every indicator by direction ([`super::normalize`], over the whole panel or
//! per year, plus a shift), weight them (entropy, PCA, equal, manual; optionally in two
//! levels), and sum.
//!
//! * Single level: `DCP_i = sum_j w_j x'_ij` (PCA: the rescaled score of [`super::pca`]).
//!   Sub-index of dimension `d`: `DCP_d,i = sum_{j in d} (w_j / W_d) x'_ij` with
//!   `W_d = sum_{j in d} w_j` (equal weights inside `d` when `W_d = 0`), so that
//!   `DCP = sum_d W_d DCP_d` when every indicator has a dimension. With PCA, each sub-index is
//!   the PCA index of its dimension's indicators.
//! * Two levels: within-dimension weights `v_j` by the method (entropy or equal on the
//!   dimension's indicators, or the manual weights renormalized inside it), sub-indices
//!   `DCP_d = sum_{j in d} v_j x'_j`, dimension weights `W_d` (equal, manual, or entropy
//!   weights of the sub-indices), and `w_j = W_d(j) v_j`, `DCP = sum_j w_j x'_j`.

use super::ColumnProblem;
use super::entropy::{EntropyError, complete_rows, composite, try_entropy_weights};
use super::normalize::{Direction, NormalizeError, normalize, normalize_per_year};
use super::pca::{PcaError, PcaIndex, PcaMode, pca_index};
use super::weights::{WeightsError, equal_weights, manual_weights};
use crate::engine::data::Panel;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One index indicator: its column, dimension and direction.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `column` | `""` | a numeric column | the indicator's column |
/// | `dimension` | `""` | any text; empty = none | the dimension it belongs to (sub-index `DCP_<dimension>`) |
/// | `direction` | `Positive` | `Positive`, `Negative` | whether larger values mean more development |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IndicatorSpec {
    /// Column name.
    pub column: String,
    /// Dimension name (empty: in no dimension).
    pub dimension: String,
    /// Direction.
    pub direction: Direction,
}

impl IndicatorSpec {
    /// Convenience constructor.
    pub fn new(column: &str, dimension: &str, direction: Direction) -> Self {
        IndicatorSpec { column: column.to_string(), dimension: dimension.to_string(), direction }
    }
}

/// Manual weights by indicator, and which of them the sliders keep fixed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ManualWeights {
    /// Weight per indicator column (renormalized to sum to 1 before use).
    pub weights: BTreeMap<String, f64>,
    /// Indicators whose weight stays fixed when another slider moves.
    pub locked: BTreeSet<String>,
}

impl ManualWeights {
    /// Move the slider of `name` to `value` (the weights table): locked weights stay, the
    /// other weights of `indicators` absorb the change proportionally (see
    /// [`super::weights::rebalance`]); indicators without a weight start at 0. The stored
    /// weights are replaced by the rebalanced ones, which sum to 1.
    pub fn set(&mut self, indicators: &[String], name: &str, value: f64) {
        let current: Vec<f64> = indicators.iter().map(|n| self.weights.get(n).copied().unwrap_or(0.0)).collect();
        let locked: Vec<bool> = indicators.iter().map(|n| self.locked.contains(n)).collect();
        let Some(moved) = indicators.iter().position(|n| n == name) else { return };
        let new = super::weights::rebalance(&current, &locked, moved, value);
        self.weights = indicators.iter().cloned().zip(new).collect();
    }
}

/// How indicators are weighted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum WeightMethod {
    /// Entropy weights (the study's method).
    #[default]
    Entropy,
    /// Principal components (the study's robustness index).
    Pca(PcaMode),
    /// Equal weights.
    Equal,
    /// Weights set by the user.
    Manual(ManualWeights),
}

impl WeightMethod {
    /// Short label (`entropy`, `pca`, `equal`, `manual`).
    pub fn label(&self) -> &'static str {
        match self {
            WeightMethod::Entropy => "entropy",
            WeightMethod::Pca(_) => "pca",
            WeightMethod::Equal => "equal",
            WeightMethod::Manual(_) => "manual",
        }
    }
}

/// Dimension weights of two-level weighting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum DimensionWeights {
    /// `1 / number of dimensions`.
    #[default]
    Equal,
    /// Entropy weights of the dimension sub-indices.
    Entropy,
    /// Weight per dimension name (renormalized).
    Manual(BTreeMap<String, f64>),
}

/// How the index is built.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `method` | `Entropy` | `Entropy`, `Pca(First \| Kaiser)`, `Equal`, `Manual(..)` | indicator weights |
/// | `two_level` | `None` | `None`, `Some(Equal \| Entropy \| Manual(..))` | dimension weights x within-dimension weights |
/// | `per_year` | `false` | bool | min-max normalize within each year instead of over the whole panel |
/// | `shift` | `0.0001` | `>= 0`, finite | added after normalization (keeps `ln p` finite) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IndexSpec {
    /// Indicator weights.
    pub method: WeightMethod,
    /// Two-level weighting with these dimension weights.
    pub two_level: Option<DimensionWeights>,
    /// Normalize per year.
    pub per_year: bool,
    /// Shift after normalization.
    pub shift: f64,
}

impl Default for IndexSpec {
    /// The study's index: entropy weights over the whole panel, shift 0.0001.
    fn default() -> Self {
        IndexSpec { method: WeightMethod::Entropy, two_level: None, per_year: false, shift: 1e-4 }
    }
}

/// Why an index cannot be built.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexError {
    /// No indicator chosen.
    NoIndicators,
    /// An indicator column does not exist.
    MissingColumn(String),
    /// An indicator column holds text.
    NotNumeric(String),
    /// The same column is listed twice.
    Duplicate(String),
    /// Per-year normalization without a year column.
    NoYearColumn,
    /// Two-level weighting needs every indicator in a dimension.
    NoDimension(String),
    /// Two-level weighting with PCA.
    TwoLevelPca,
    /// Normalization failed.
    Normalize(NormalizeError),
    /// Entropy weights failed.
    Entropy(EntropyError),
    /// PCA failed.
    Pca(PcaError),
    /// Manual or dimension weights are unusable.
    Weights(WeightsError),
}

/// The errors of the steps an index is built from, as [`IndexError`]s.
macro_rules! from_step {
    ($($variant:ident($t:ty)),+) => {
        $(impl From<$t> for IndexError {
            fn from(e: $t) -> Self {
                IndexError::$variant(e)
            }
        })+
    };
}
from_step!(Normalize(NormalizeError), Entropy(EntropyError), Pca(PcaError), Weights(WeightsError));

/// A computed index.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndexResult {
    /// Indicator columns, in the order given.
    pub indicators: Vec<String>,
    /// Final weight per indicator (PCA: `b_j / sum |b|`).
    pub weights: Vec<f64>,
    /// Dimensions with at least one indicator, in order of first appearance.
    pub dimensions: Vec<String>,
    /// Weight per dimension (`W_d`).
    pub dimension_weights: Vec<f64>,
    /// The index per panel row (NaN where an indicator is missing).
    pub index: Vec<f64>,
    /// Sub-index per dimension, per panel row.
    pub sub_indices: Vec<Vec<f64>>,
    /// Rows with every indicator present.
    pub rows_used: usize,
    /// PCA details when the method is PCA.
    pub pca: Option<PcaIndex>,
}

/// The normalized indicator columns (direction, shift, whole panel or per year).
pub fn normalized_indicators(
    panel: &Panel,
    indicators: &[IndicatorSpec],
    spec: &IndexSpec,
) -> Result<Vec<Vec<f64>>, IndexError> {
    if indicators.is_empty() {
        return Err(IndexError::NoIndicators);
    }
    let mut seen = BTreeSet::new();
    let years = match (spec.per_year, &panel.year) {
        (true, None) => return Err(IndexError::NoYearColumn),
        (true, Some(y)) => Some(&y.years),
        (false, _) => None,
    };
    indicators
        .iter()
        .map(|ind| {
            if !seen.insert(ind.column.as_str()) {
                return Err(IndexError::Duplicate(ind.column.clone()));
            }
            let x = match super::numeric_column(panel, &ind.column) {
                Ok(x) => x,
                Err(ColumnProblem::Empty) => return Err(NormalizeError::AllMissing(ind.column.clone()).into()),
                Err(ColumnProblem::Text) => return Err(IndexError::NotNumeric(ind.column.clone())),
                Err(ColumnProblem::Absent) => return Err(IndexError::MissingColumn(ind.column.clone())),
            };
            Ok(match years {
                Some(y) => normalize_per_year(&ind.column, x, y, ind.direction, spec.shift)?,
                None => normalize(&ind.column, x, ind.direction, spec.shift)?,
            })
        })
        .collect()
}

/// Distinct non-empty dimensions in order of first appearance, and each indicator's
/// dimension position (`None` for indicators without one).
pub fn dimensions_of(indicators: &[IndicatorSpec]) -> (Vec<String>, Vec<Option<usize>>) {
    let mut dims: Vec<String> = Vec::new();
    let pos = indicators
        .iter()
        .map(|i| {
            if i.dimension.is_empty() {
                return None;
            }
            Some(dims.iter().position(|d| *d == i.dimension).unwrap_or_else(|| {
                dims.push(i.dimension.clone());
                dims.len() - 1
            }))
        })
        .collect();
    (dims, pos)
}

fn members(pos: &[Option<usize>], d: usize) -> Vec<usize> {
    (0..pos.len()).filter(|&j| pos[j] == Some(d)).collect()
}

/// Weights of the single-level `method` on normalized columns (PCA returns its fit too).
fn method_weights(
    names: &[String],
    x: &[Vec<f64>],
    method: &WeightMethod,
) -> Result<(Vec<f64>, Option<PcaIndex>), IndexError> {
    Ok(match method {
        WeightMethod::Entropy => (try_entropy_weights(x)?.0, None),
        WeightMethod::Equal => (equal_weights(x.len()), None),
        WeightMethod::Manual(m) => (manual_weights(names, &m.weights)?, None),
        WeightMethod::Pca(mode) => {
            let p = pca_index(x, *mode)?;
            (p.weights.clone(), Some(p))
        }
    })
}

/// Within-dimension weights for two-level weighting (manual weights restricted and
/// renormalized inside the dimension).
fn within_weights(names: &[String], x: &[Vec<f64>], method: &WeightMethod) -> Result<Vec<f64>, IndexError> {
    match method {
        WeightMethod::Manual(m) => {
            let raw: Vec<f64> = names
                .iter()
                .map(|n| m.weights.get(n).copied().ok_or_else(|| WeightsError::Missing(n.clone())))
                .collect::<Result<_, _>>()?;
            Ok(super::weights::renormalize(names, &raw)?)
        }
        WeightMethod::Pca(_) => Err(IndexError::TwoLevelPca),
        other => Ok(method_weights(names, x, other)?.0),
    }
}

/// Build the index described by `spec` from `indicators` of `panel`.
pub fn compute_index(panel: &Panel, indicators: &[IndicatorSpec], spec: &IndexSpec) -> Result<IndexResult, IndexError> {
    let x = normalized_indicators(panel, indicators, spec)?;
    let names: Vec<String> = indicators.iter().map(|i| i.column.clone()).collect();
    let (dims, pos) = dimensions_of(indicators);
    let rows_used = complete_rows(&x).len();
    let pick = |idx: &[usize]| -> (Vec<String>, Vec<Vec<f64>>) {
        (idx.iter().map(|&j| names[j].clone()).collect(), idx.iter().map(|&j| x[j].clone()).collect())
    };
    if let Some(dw) = &spec.two_level {
        if let Some(j) = pos.iter().position(Option::is_none) {
            return Err(IndexError::NoDimension(names[j].clone()));
        }
        if matches!(spec.method, WeightMethod::Pca(_)) {
            return Err(IndexError::TwoLevelPca);
        }
        let mut within = vec![0.0; x.len()];
        let mut sub_indices = Vec::with_capacity(dims.len());
        for d in 0..dims.len() {
            let idx = members(&pos, d);
            let (n_d, x_d) = pick(&idx);
            let v = within_weights(&n_d, &x_d, &spec.method)?;
            for (&j, w) in idx.iter().zip(&v) {
                within[j] = *w;
            }
            sub_indices.push(composite(&x_d, &v));
        }
        let dimension_weights = match dw {
            DimensionWeights::Equal => equal_weights(dims.len()),
            DimensionWeights::Entropy => try_entropy_weights(&sub_indices)?.0,
            DimensionWeights::Manual(m) => manual_weights(&dims, m)?,
        };
        let pos_d: Vec<usize> = pos.iter().map(|p| p.unwrap_or(0)).collect();
        let weights = super::weights::two_level(&pos_d, &within, &dimension_weights);
        let index = composite(&x, &weights);
        return Ok(IndexResult {
            indicators: names,
            weights,
            dimensions: dims,
            dimension_weights,
            index,
            sub_indices,
            rows_used,
            pca: None,
        });
    }
    let (weights, pca) = method_weights(&names, &x, &spec.method)?;
    let mut dimension_weights = Vec::with_capacity(dims.len());
    let mut sub_indices = Vec::with_capacity(dims.len());
    for d in 0..dims.len() {
        let idx = members(&pos, d);
        let (_, x_d) = pick(&idx);
        let w_d: f64 = idx.iter().map(|&j| weights[j]).sum();
        dimension_weights.push(w_d);
        sub_indices.push(match &spec.method {
            WeightMethod::Pca(mode) => pca_index(&x_d, *mode)?.index,
            _ if w_d > 0.0 => composite(&x_d, &idx.iter().map(|&j| weights[j] / w_d).collect::<Vec<_>>()),
            _ => composite(&x_d, &equal_weights(idx.len())),
        });
    }
    let index = match &pca {
        Some(p) => p.index.clone(),
        None => composite(&x, &weights),
    };
    Ok(IndexResult {
        indicators: names,
        weights,
        dimensions: dims,
        dimension_weights,
        index,
        sub_indices,
        rows_used,
        pca,
    })
}

/// One row of the weights table: an indicator's weight under every method.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightsRow {
    /// Indicator column.
    pub indicator: String,
    /// Its dimension.
    pub dimension: String,
    /// Its direction.
    pub direction: Direction,
    /// Entropy weight.
    pub entropy: Option<f64>,
    /// PCA weight (`b_j / sum |b|`), with the spec's PCA mode (Kaiser if the method is not PCA).
    pub pca: Option<f64>,
    /// Equal weight.
    pub equal: f64,
    /// Manual weight (renormalized), when manual weights are set.
    pub manual: Option<f64>,
    /// Two-level weight, when two-level weighting is on.
    pub two_level: Option<f64>,
    /// The weight actually used by the spec.
    pub used: f64,
}

/// Every method's weights side by side, with a note for each method that could not be
/// computed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightsTable {
    /// One row per indicator.
    pub rows: Vec<WeightsRow>,
    /// Why a column is empty.
    pub notes: Vec<String>,
}

/// The weights table of the SPEC's Index view: entropy, PCA, equal, manual and two-level
/// weights of every indicator, beside those the spec uses.
pub fn weights_table(
    panel: &Panel,
    indicators: &[IndicatorSpec],
    spec: &IndexSpec,
) -> Result<WeightsTable, IndexError> {
    let used = compute_index(panel, indicators, spec)?;
    let x = normalized_indicators(panel, indicators, spec)?;
    let names = &used.indicators;
    let mut notes = Vec::new();
    let mut keep = |label: &str, r: Result<Vec<f64>, IndexError>| match r {
        Ok(w) => Some(w),
        Err(e) => {
            notes.push(format!("{label}: {e}"));
            None
        }
    };
    let entropy = keep("entropy", try_entropy_weights(&x).map(|w| w.0).map_err(IndexError::from));
    let mode = if let WeightMethod::Pca(m) = spec.method { m } else { PcaMode::Kaiser };
    let pca = keep("pca", pca_index(&x, mode).map(|p| p.weights).map_err(IndexError::from));
    let manual = match &spec.method {
        WeightMethod::Manual(m) => keep("manual", manual_weights(names, &m.weights).map_err(IndexError::from)),
        _ => None,
    };
    let two_level = spec.two_level.is_some().then(|| used.weights.clone());
    let equal = equal_weights(names.len());
    let rows = indicators
        .iter()
        .enumerate()
        .map(|(j, ind)| WeightsRow {
            indicator: ind.column.clone(),
            dimension: ind.dimension.clone(),
            direction: ind.direction,
            entropy: entropy.as_ref().map(|w| w[j]),
            pca: pca.as_ref().map(|w| w[j]),
            equal: equal[j],
            manual: manual.as_ref().map(|w| w[j]),
            two_level: two_level.as_ref().map(|w| w[j]),
            used: used.weights[j],
        })
        .collect();
    Ok(WeightsTable { rows, notes })
}
