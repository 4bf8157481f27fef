//! What the weights table shows, computed from the raw panel and the index settings, and
//! cached by those inputs so that it is not recomputed every frame.
//!
//! The table is [`weights_table`] (every method side by side). When the settings in use fail
//! (a constant indicator, manual weights that are all zero, PCA under two-level weighting...),
//! the error is kept for display and the other methods' columns are still filled from the
//! study's method (entropy, single level) on the same normalization, when that works.

use super::edit::Current;
use crate::engine::data::Panel;
use crate::engine::measures::index::{DimensionWeights, IndexError, WeightsTable, dimensions_of, weights_table};
use crate::engine::measures::{IndexSpec, IndicatorSpec, WeightMethod, compute_index};
use std::time::{Duration, Instant};

/// The computed content of the weights table.
#[derive(Clone, Debug)]
pub struct TableData {
    /// The table under the settings in use, or why it cannot be built.
    pub table: Result<WeightsTable, IndexError>,
    /// Entropy / PCA / equal columns when the settings in use fail.
    pub fallback: Option<WeightsTable>,
    /// Dimensions in order of first appearance.
    pub dimensions: Vec<String>,
    /// Weight of each dimension (`W_d`), under the settings in use.
    pub dimension_weights: Option<Vec<f64>>,
    /// Within-dimension weight of each indicator (two-level weighting).
    pub within: Option<Vec<f64>>,
    /// Rows with every indicator present.
    pub rows_used: Option<usize>,
    /// Rows of the panel.
    pub n_rows: usize,
    /// Time taken to compute all of the above.
    pub elapsed: Duration,
}

impl TableData {
    /// The rows to show (the table in use, else the fallback).
    pub fn shown(&self) -> Option<&WeightsTable> {
        self.table.as_ref().ok().or(self.fallback.as_ref())
    }

    /// The weights in use, for starting manual weights.
    pub fn current(&self) -> Current {
        Current {
            used: self.table.as_ref().ok().map(|t| t.rows.iter().map(|r| r.used).collect()),
            within: self.within.clone(),
            dimension_weights: self.dimension_weights.clone(),
        }
    }
}

/// Compute the table content for `indicators` of `panel` under `spec`.
///
/// Under two-level weighting the within-dimension weights are `v_j = D w_j`, where `w_j` are
/// the two-level weights with equal dimension weights `1/D` (the within weights do not depend
/// on the dimension weights).
pub fn compute(panel: &Panel, indicators: &[IndicatorSpec], spec: &IndexSpec) -> TableData {
    let started = Instant::now();
    let table = weights_table(panel, indicators, spec);
    let fallback = match &table {
        Ok(_) => None,
        Err(_) => {
            let study = IndexSpec { method: WeightMethod::Entropy, two_level: None, ..spec.clone() };
            weights_table(panel, indicators, &study).ok().map(|mut t| {
                // Only the other methods' columns are meaningful here.
                t.rows.iter_mut().for_each(|r| {
                    r.used = f64::NAN;
                    r.manual = None;
                    r.two_level = None;
                });
                t
            })
        }
    };
    let (dimensions, _) = dimensions_of(indicators);
    let result = table.as_ref().ok().and_then(|_| compute_index(panel, indicators, spec).ok());
    let rows_used = result.as_ref().map(|r| r.rows_used);
    let dimension_weights = result.map(|r| r.dimension_weights);
    let within = match spec.two_level {
        Some(_) if table.is_ok() => {
            let equal = IndexSpec { two_level: Some(DimensionWeights::Equal), ..spec.clone() };
            let d = dimensions.len() as f64;
            compute_index(panel, indicators, &equal).ok().map(|r| r.weights.iter().map(|w| w * d).collect())
        }
        _ => None,
    };
    TableData {
        table,
        fallback,
        dimensions,
        dimension_weights,
        within,
        rows_used,
        n_rows: panel.n_rows(),
        elapsed: started.elapsed(),
    }
}

/// The inputs a [`TableData`] was computed from.
#[derive(Clone, Debug, PartialEq)]
struct Key {
    content_hash: u64,
    n_rows: usize,
    indicators: Vec<IndicatorSpec>,
    spec: IndexSpec,
}

/// A [`TableData`] cached by its inputs.
#[derive(Default)]
pub struct TableCache {
    entry: Option<(Key, TableData)>,
    computations: u64,
}

impl TableCache {
    /// The table for these inputs, recomputed only when they changed.
    pub fn get(&mut self, panel: &Panel, indicators: &[IndicatorSpec], spec: &IndexSpec) -> &TableData {
        let key = Key {
            content_hash: panel.content_hash,
            n_rows: panel.n_rows(),
            indicators: indicators.to_vec(),
            spec: spec.clone(),
        };
        if self.entry.as_ref().is_some_and(|(k, _)| *k != key) {
            self.entry = None;
        }
        let count = &mut self.computations;
        let (_, data) = self.entry.get_or_insert_with(|| {
            *count += 1;
            (key, compute(panel, indicators, spec))
        });
        data
    }

    /// How many times the table was computed (a cache miss).
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::sample;
    use crate::engine::measures::MeasureSpec;
    use crate::engine::measures::index::ManualWeights;

    #[test]
    fn within_weights_times_dimension_weights_give_the_two_level_weights() {
        let panel = sample::bundled_panel();
        let m = MeasureSpec::default();
        let spec = IndexSpec { two_level: Some(DimensionWeights::Entropy), ..Default::default() };
        let t = compute(&panel, &m.columns.indicators, &spec);
        let table = t.table.as_ref().expect("two-level entropy works on the sample");
        let within = t.within.as_ref().expect("within weights");
        let dw = t.dimension_weights.as_ref().expect("dimension weights");
        let (_, pos) = dimensions_of(&m.columns.indicators);
        for (j, row) in table.rows.iter().enumerate() {
            let d = pos[j].expect("every sample indicator has a dimension");
            assert!((within[j] * dw[d] - row.used).abs() < 1e-12, "{}", row.indicator);
        }
        let complete = (0..panel.n_rows())
            .filter(|&r| {
                m.columns.indicators.iter().all(|i| panel.numeric(&i.column).is_some_and(|v| v[r].is_finite()))
            })
            .count();
        assert!(complete < 360, "the sample has holes in its indicators");
        assert_eq!(t.rows_used, Some(complete));
    }

    #[test]
    fn failing_settings_keep_the_error_and_fill_the_other_methods() {
        let panel = sample::bundled_panel();
        let m = MeasureSpec::default();
        let zero = m.columns.indicators.iter().map(|i| (i.column.clone(), 0.0)).collect();
        let spec = IndexSpec {
            method: WeightMethod::Manual(ManualWeights { weights: zero, ..Default::default() }),
            ..Default::default()
        };
        let t = compute(&panel, &m.columns.indicators, &spec);
        assert!(t.table.as_ref().is_err_and(|e| e.to_string().contains("every weight is zero")));
        let shown = t.shown().expect("fallback columns");
        assert!(shown.rows.iter().all(|r| r.entropy.is_some() && r.used.is_nan()));
        assert_eq!(t.current().used, None);
    }

    #[test]
    fn the_cache_recomputes_only_when_inputs_change() {
        let panel = sample::bundled_panel();
        let m = MeasureSpec::default();
        let mut cache = TableCache::default();
        cache.get(&panel, &m.columns.indicators, &m.index);
        cache.get(&panel, &m.columns.indicators, &m.index);
        assert_eq!(cache.computations(), 1);
        let spec = IndexSpec { method: WeightMethod::Equal, ..Default::default() };
        let t = cache.get(&panel, &m.columns.indicators, &spec);
        assert!(t.table.as_ref().is_ok_and(|t| t.rows.iter().all(|r| (r.used - 0.1).abs() < 1e-15)));
        assert_eq!(cache.computations(), 2);
    }
}
