//! Edits of the index settings made in the Index view, applied to a [`MeasureSpec`].
//!
//! The view collects the [`Edit`]s of one frame and applies them here; the result goes out as
//! one `Command::SetScenario`. Slider semantics are the engine's
//! ([`ManualWeights::set`], [`rebalance`]): the moved weight takes its new value, locked
//! weights stay, the other weights absorb the change in proportion and the total stays 1.
//! The first slider move switches the method to manual, starting from the weights in use.

use crate::engine::measures::index::{DimensionWeights, ManualWeights, dimensions_of};
use crate::engine::measures::normalize::Direction;
use crate::engine::measures::pca::PcaMode;
use crate::engine::measures::weights::{equal_weights, rebalance};
use crate::engine::measures::{ColumnMap, IndexSpec, IndicatorSpec, MeasureSpec, WeightMethod};
use std::collections::{BTreeMap, BTreeSet};

/// The method switch's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodChoice {
    /// Entropy weights.
    Entropy,
    /// PCA, first component.
    PcaFirst,
    /// PCA, components with eigenvalue > 1.
    PcaKaiser,
    /// Equal weights.
    Equal,
    /// Manual weights.
    Manual,
}

impl MethodChoice {
    /// Every choice, in the switch's order.
    pub const ALL: [MethodChoice; 5] = [
        MethodChoice::Entropy,
        MethodChoice::PcaFirst,
        MethodChoice::PcaKaiser,
        MethodChoice::Equal,
        MethodChoice::Manual,
    ];

    /// The choice that describes `method`.
    pub fn of(method: &WeightMethod) -> Self {
        match method {
            WeightMethod::Entropy => MethodChoice::Entropy,
            WeightMethod::Pca(PcaMode::First) => MethodChoice::PcaFirst,
            WeightMethod::Pca(PcaMode::Kaiser) => MethodChoice::PcaKaiser,
            WeightMethod::Equal => MethodChoice::Equal,
            WeightMethod::Manual(_) => MethodChoice::Manual,
        }
    }

    /// True for the two PCA choices.
    pub fn is_pca(self) -> bool {
        matches!(self, MethodChoice::PcaFirst | MethodChoice::PcaKaiser)
    }
}

/// The choices of dimension weights under two-level weighting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DimensionChoice {
    /// `1 / number of dimensions`.
    Equal,
    /// Entropy weights of the sub-indices.
    Entropy,
    /// Set by hand.
    Manual,
}

impl DimensionChoice {
    /// The choice that describes `w`.
    pub fn of(w: &DimensionWeights) -> Self {
        match w {
            DimensionWeights::Equal => DimensionChoice::Equal,
            DimensionWeights::Entropy => DimensionChoice::Entropy,
            DimensionWeights::Manual(_) => DimensionChoice::Manual,
        }
    }
}

/// One change made in the view.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A weight slider moved (the weight in use, or the within-dimension weight under
    /// two-level weighting).
    Weight {
        /// Indicator column.
        column: String,
        /// New value in [0, 1].
        value: f64,
    },
    /// An indicator's lock was toggled.
    Lock {
        /// Indicator column.
        column: String,
        /// Locked or not.
        locked: bool,
    },
    /// A dimension-weight slider moved (two-level weighting).
    DimensionWeight {
        /// Dimension name.
        dimension: String,
        /// New value in [0, 1].
        value: f64,
    },
    /// A dimension's lock was toggled.
    DimensionLock {
        /// Dimension name.
        dimension: String,
        /// Locked or not.
        locked: bool,
    },
    /// An indicator moved to another dimension (empty: none).
    Dimension {
        /// Indicator column.
        column: String,
        /// New dimension.
        dimension: String,
    },
    /// An indicator's direction was flipped.
    FlipDirection(String),
    /// An indicator was removed.
    Remove(String),
    /// A numeric column was added as an indicator.
    Add(String),
    /// The method switch.
    Method(MethodChoice),
    /// Normalize per year (true) or over the whole panel.
    PerYear(bool),
    /// The shift after normalization.
    Shift(f64),
    /// Two-level weighting on or off.
    TwoLevel(bool),
    /// The dimension weights' method.
    DimensionMethod(DimensionChoice),
    /// Back to the study's index.
    Study,
}

/// What the table currently shows (to start manual weights from the weights in use), in the
/// order of the indicator list. `None` where the current settings give no weights.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Current {
    /// Final weight of each indicator.
    pub used: Option<Vec<f64>>,
    /// Within-dimension weight of each indicator (two-level weighting).
    pub within: Option<Vec<f64>>,
    /// Weight of each dimension, in order of first appearance.
    pub dimension_weights: Option<Vec<f64>>,
}

/// Locks held by the view. Indicator locks are mirrored into [`ManualWeights::locked`] while
/// the method is manual (and read back from it); dimension locks live only here.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Locks {
    /// Locked indicator columns.
    pub indicators: BTreeSet<String>,
    /// Locked dimensions.
    pub dimensions: BTreeSet<String>,
}

/// `w` with negative or non-finite entries set to 0, renormalized; equal weights if nothing
/// positive is left.
fn clean(w: Option<&Vec<f64>>, k: usize) -> Vec<f64> {
    let w: Vec<f64> = match w {
        Some(w) if w.len() == k => w.iter().map(|x| if x.is_finite() && *x > 0.0 { *x } else { 0.0 }).collect(),
        _ => return equal_weights(k),
    };
    let sum: f64 = w.iter().sum();
    if sum > 0.0 { w.iter().map(|x| x / sum).collect() } else { equal_weights(k) }
}

fn columns(m: &MeasureSpec) -> Vec<String> {
    m.columns.indicators.iter().map(|i| i.column.clone()).collect()
}

/// Manual weights that reproduce the weights in use (the within-dimension weights under
/// two-level weighting), with the view's locks.
fn start_manual(m: &MeasureSpec, cur: &Current, locks: &Locks) -> ManualWeights {
    let cols = columns(m);
    let w = match (&m.index.two_level, &cur.within) {
        // Within-dimension weights already sum to 1 in each dimension: keep them as they are
        // (a dimension left all zero is given equal weights by `sync_manual`).
        (Some(_), Some(v)) if v.len() == cols.len() => {
            v.iter().map(|x| if x.is_finite() && *x > 0.0 { *x } else { 0.0 }).collect()
        }
        (Some(_), _) => vec![1.0; cols.len()],
        (None, _) => clean(cur.used.as_ref(), cols.len()),
    };
    ManualWeights {
        weights: cols.iter().cloned().zip(w).collect(),
        locked: cols.iter().filter(|c| locks.indicators.contains(*c)).cloned().collect(),
    }
}

/// Keep manual weights in step with the indicator list: drop weights and locks of removed
/// indicators, give new ones weight 0, and (two-level) give a dimension whose weights are all
/// zero equal weights inside it, so that it can still be renormalized.
fn sync_manual(mw: &mut ManualWeights, indicators: &[IndicatorSpec], two_level: bool) {
    let cols: BTreeSet<&str> = indicators.iter().map(|i| i.column.as_str()).collect();
    mw.weights.retain(|k, _| cols.contains(k.as_str()));
    mw.locked.retain(|k| cols.contains(k.as_str()));
    for c in &cols {
        mw.weights.entry(c.to_string()).or_insert(0.0);
    }
    if two_level {
        let (dims, pos) = dimensions_of(indicators);
        for d in 0..dims.len() {
            let members: Vec<&str> =
                indicators.iter().zip(&pos).filter(|(_, p)| **p == Some(d)).map(|(i, _)| i.column.as_str()).collect();
            if members.iter().all(|c| mw.weights.get(*c).is_none_or(|w| w.is_nan() || *w <= 0.0)) {
                for c in members {
                    mw.weights.insert(c.to_string(), 1.0);
                }
            }
        }
    }
}

/// Keep manual dimension weights in step with the dimensions: drop unknown ones, give new
/// ones the mean of the others (1 if there are none).
fn sync_dimensions(spec: &mut IndexSpec, indicators: &[IndicatorSpec]) {
    let Some(DimensionWeights::Manual(map)) = &mut spec.two_level else { return };
    let (dims, _) = dimensions_of(indicators);
    map.retain(|k, _| dims.contains(k));
    let mean = if map.is_empty() { 1.0 } else { map.values().sum::<f64>() / map.len() as f64 };
    for d in dims {
        map.entry(d).or_insert(mean);
    }
}

fn sync(m: &mut MeasureSpec) {
    let two_level = m.index.two_level.is_some();
    if let WeightMethod::Manual(mw) = &mut m.index.method {
        sync_manual(mw, &m.columns.indicators, two_level);
    }
    sync_dimensions(&mut m.index, &m.columns.indicators);
}

/// Move the weight of `column` to `value` (see the module docs).
fn set_weight(m: &mut MeasureSpec, cur: &Current, locks: &Locks, column: &str, value: f64) {
    let mut mw = match &m.index.method {
        WeightMethod::Manual(mw) => mw.clone(),
        _ => start_manual(m, cur, locks),
    };
    let two_level = m.index.two_level.is_some();
    sync_manual(&mut mw, &m.columns.indicators, two_level);
    let cols = columns(m);
    if !two_level {
        mw.set(&cols, column, value);
    } else {
        let Some(dim) = m.columns.indicators.iter().find(|i| i.column == column).map(|i| i.dimension.clone()) else {
            return;
        };
        let members: Vec<String> =
            m.columns.indicators.iter().filter(|i| i.dimension == dim).map(|i| i.column.clone()).collect();
        let current: Vec<f64> = members.iter().map(|c| mw.weights.get(c).copied().unwrap_or(0.0)).collect();
        let locked: Vec<bool> = members.iter().map(|c| mw.locked.contains(c)).collect();
        let Some(moved) = members.iter().position(|c| c == column) else { return };
        for (c, w) in members.iter().zip(rebalance(&current, &locked, moved, value)) {
            mw.weights.insert(c.clone(), w);
        }
    }
    m.index.method = WeightMethod::Manual(mw);
}

/// Move the weight of `dimension` to `value`; dimension weights become manual.
fn set_dimension_weight(m: &mut MeasureSpec, cur: &Current, locks: &Locks, dimension: &str, value: f64) {
    let (dims, _) = dimensions_of(&m.columns.indicators);
    let current: Vec<f64> = match &m.index.two_level {
        Some(DimensionWeights::Manual(map)) => dims.iter().map(|d| map.get(d).copied().unwrap_or(0.0)).collect(),
        _ => clean(cur.dimension_weights.as_ref(), dims.len()),
    };
    let locked: Vec<bool> = dims.iter().map(|d| locks.dimensions.contains(d)).collect();
    let Some(moved) = dims.iter().position(|d| d == dimension) else { return };
    let new = rebalance(&current, &locked, moved, value);
    m.index.two_level = Some(DimensionWeights::Manual(dims.into_iter().zip(new).collect::<BTreeMap<_, _>>()));
}

fn set_method(m: &mut MeasureSpec, cur: &Current, locks: &mut Locks, choice: MethodChoice) {
    if MethodChoice::of(&m.index.method) == choice {
        return;
    }
    if let WeightMethod::Manual(mw) = &m.index.method {
        locks.indicators = mw.locked.clone();
    }
    m.index.method = match choice {
        MethodChoice::Entropy => WeightMethod::Entropy,
        MethodChoice::PcaFirst => WeightMethod::Pca(PcaMode::First),
        MethodChoice::PcaKaiser => WeightMethod::Pca(PcaMode::Kaiser),
        MethodChoice::Equal => WeightMethod::Equal,
        MethodChoice::Manual => WeightMethod::Manual(start_manual(m, cur, locks)),
    };
}

fn set_two_level(m: &mut MeasureSpec, cur: &Current, on: bool) {
    if on == m.index.two_level.is_some() {
        return;
    }
    if on {
        if matches!(m.index.method, WeightMethod::Pca(_)) {
            m.index.method = WeightMethod::Entropy;
        }
        m.index.two_level = Some(DimensionWeights::Equal);
    } else {
        m.index.two_level = None;
        // Manual weights were within-dimension weights: keep the index as it was by taking
        // the final two-level weights as the new single-level weights.
        if let (WeightMethod::Manual(mw), Some(used)) = (&mut m.index.method, &cur.used) {
            let cols: Vec<String> = m.columns.indicators.iter().map(|i| i.column.clone()).collect();
            let w = clean(Some(used), cols.len());
            mw.weights = cols.into_iter().zip(w).collect();
        }
    }
}

fn set_dimension_method(m: &mut MeasureSpec, cur: &Current, choice: DimensionChoice) {
    let Some(current) = &m.index.two_level else { return };
    if DimensionChoice::of(current) == choice {
        return;
    }
    m.index.two_level = Some(match choice {
        DimensionChoice::Equal => DimensionWeights::Equal,
        DimensionChoice::Entropy => DimensionWeights::Entropy,
        DimensionChoice::Manual => {
            let (dims, _) = dimensions_of(&m.columns.indicators);
            let w = clean(cur.dimension_weights.as_ref(), dims.len());
            DimensionWeights::Manual(dims.into_iter().zip(w).collect())
        }
    });
}

/// Apply `edit` to `m`. `cur` is what the table showed when the edit was made; `locks` are
/// the view's locks (updated by lock edits and method switches).
pub fn apply(m: &mut MeasureSpec, edit: &Edit, cur: &Current, locks: &mut Locks) {
    match edit {
        Edit::Weight { column, value } => set_weight(m, cur, locks, column, *value),
        Edit::Lock { column, locked } => {
            if *locked {
                locks.indicators.insert(column.clone());
            } else {
                locks.indicators.remove(column);
            }
            if let WeightMethod::Manual(mw) = &mut m.index.method {
                mw.locked = locks.indicators.clone();
            }
        }
        Edit::DimensionWeight { dimension, value } => set_dimension_weight(m, cur, locks, dimension, *value),
        Edit::DimensionLock { dimension, locked } => {
            if *locked {
                locks.dimensions.insert(dimension.clone());
            } else {
                locks.dimensions.remove(dimension);
            }
        }
        Edit::Dimension { column, dimension } => {
            if let Some(i) = m.columns.indicators.iter_mut().find(|i| i.column == *column) {
                i.dimension = dimension.trim().to_string();
            }
        }
        Edit::FlipDirection(column) => {
            if let Some(i) = m.columns.indicators.iter_mut().find(|i| i.column == *column) {
                i.direction = match i.direction {
                    Direction::Positive => Direction::Negative,
                    Direction::Negative => Direction::Positive,
                };
            }
        }
        Edit::Remove(column) => {
            m.columns.indicators.retain(|i| i.column != *column);
            locks.indicators.remove(column);
        }
        Edit::Add(column) => {
            if !m.columns.indicators.iter().any(|i| i.column == *column) {
                m.columns.indicators.push(IndicatorSpec::new(column, "", Direction::Positive));
            }
        }
        Edit::Method(choice) => set_method(m, cur, locks, *choice),
        Edit::PerYear(on) => m.index.per_year = *on,
        Edit::Shift(s) => m.index.shift = *s,
        Edit::TwoLevel(on) => set_two_level(m, cur, *on),
        Edit::DimensionMethod(choice) => set_dimension_method(m, cur, *choice),
        Edit::Study => {
            m.columns.indicators = ColumnMap::default().indicators;
            m.index = IndexSpec::default();
            *locks = Locks::default();
        }
    }
    sync(m);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> MeasureSpec {
        let mut m = MeasureSpec::default();
        m.columns.indicators = vec![
            IndicatorSpec::new("a", "x", Direction::Positive),
            IndicatorSpec::new("b", "x", Direction::Positive),
            IndicatorSpec::new("c", "y", Direction::Negative),
            IndicatorSpec::new("d", "y", Direction::Positive),
        ];
        m
    }

    fn manual(m: &MeasureSpec) -> &ManualWeights {
        match &m.index.method {
            WeightMethod::Manual(mw) => mw,
            other => panic!("expected manual weights, got {other:?}"),
        }
    }

    fn w(m: &MeasureSpec, c: &str) -> f64 {
        manual(m).weights[c]
    }

    #[test]
    fn first_slider_move_starts_from_the_weights_in_use_and_keeps_locks() {
        let mut m = spec();
        let cur = Current { used: Some(vec![0.1, 0.2, 0.3, 0.4]), ..Default::default() };
        let mut locks = Locks::default();
        apply(&mut m, &Edit::Lock { column: "c".into(), locked: true }, &cur, &mut locks);
        assert_eq!(m.index.method, WeightMethod::Entropy, "a lock alone does not change the index");
        apply(&mut m, &Edit::Weight { column: "a".into(), value: 0.4 }, &cur, &mut locks);
        assert!((w(&m, "a") - 0.4).abs() < 1e-12);
        assert!((w(&m, "c") - 0.3).abs() < 1e-12, "locked weight unchanged");
        // b and d share the remaining 0.3 in their old 0.2 : 0.4 ratio.
        assert!((w(&m, "b") - 0.1).abs() < 1e-12 && (w(&m, "d") - 0.2).abs() < 1e-12);
        assert!((manual(&m).weights.values().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(manual(&m).locked.contains("c"));
    }

    #[test]
    fn negative_pca_weights_start_manual_weights_at_zero() {
        let mut m = spec();
        m.index.method = WeightMethod::Pca(PcaMode::Kaiser);
        let cur = Current { used: Some(vec![0.5, -0.1, 0.3, 0.3]), ..Default::default() };
        apply(&mut m, &Edit::Method(MethodChoice::Manual), &cur, &mut Locks::default());
        assert_eq!(w(&m, "b"), 0.0);
        assert!((w(&m, "a") - 0.5 / 1.1).abs() < 1e-12);
    }

    #[test]
    fn two_level_sliders_rebalance_inside_the_dimension_only() {
        let mut m = spec();
        m.index.two_level = Some(DimensionWeights::Equal);
        let cur = Current {
            used: Some(vec![0.25, 0.25, 0.1, 0.4]),
            within: Some(vec![0.5, 0.5, 0.2, 0.8]),
            dimension_weights: Some(vec![0.5, 0.5]),
        };
        apply(&mut m, &Edit::Weight { column: "a".into(), value: 0.7 }, &cur, &mut Locks::default());
        assert!((w(&m, "a") - 0.7).abs() < 1e-12 && (w(&m, "b") - 0.3).abs() < 1e-12);
        assert!((w(&m, "c") - 0.2).abs() < 1e-12 && (w(&m, "d") - 0.8).abs() < 1e-12, "other dimension untouched");
        // Turning two-level off keeps the final weights in use.
        apply(&mut m, &Edit::TwoLevel(false), &cur, &mut Locks::default());
        assert!((w(&m, "d") - 0.4).abs() < 1e-12);
    }

    #[test]
    fn dimension_sliders_and_renamed_dimensions_stay_consistent() {
        let mut m = spec();
        m.index.two_level = Some(DimensionWeights::Equal);
        let cur = Current { dimension_weights: Some(vec![0.5, 0.5]), ..Default::default() };
        let mut locks = Locks::default();
        apply(&mut m, &Edit::DimensionWeight { dimension: "x".into(), value: 0.8 }, &cur, &mut locks);
        let Some(DimensionWeights::Manual(map)) = &m.index.two_level else { panic!("manual dimension weights") };
        assert!((map["x"] - 0.8).abs() < 1e-12 && (map["y"] - 0.2).abs() < 1e-12);
        apply(&mut m, &Edit::Dimension { column: "d".into(), dimension: " z ".into() }, &cur, &mut locks);
        let Some(DimensionWeights::Manual(map)) = &m.index.two_level else { panic!("manual dimension weights") };
        assert_eq!(map.keys().cloned().collect::<Vec<_>>(), vec!["x", "y", "z"]);
        assert!((map["z"] - 0.5).abs() < 1e-12, "a new dimension gets the mean weight");
    }

    #[test]
    fn removing_and_adding_indicators_keeps_manual_weights_usable() {
        let mut m = spec();
        let cur = Current { used: Some(vec![0.25; 4]), ..Default::default() };
        let mut locks = Locks::default();
        apply(&mut m, &Edit::Lock { column: "a".into(), locked: true }, &cur, &mut locks);
        apply(&mut m, &Edit::Method(MethodChoice::Manual), &cur, &mut locks);
        apply(&mut m, &Edit::Remove("a".into()), &cur, &mut locks);
        apply(&mut m, &Edit::Add("e".into()), &cur, &mut locks);
        let mw = manual(&m);
        assert_eq!(mw.weights.keys().cloned().collect::<Vec<_>>(), vec!["b", "c", "d", "e"]);
        assert_eq!(mw.weights["e"], 0.0);
        assert!(mw.locked.is_empty() && locks.indicators.is_empty());
        let names: Vec<String> = columns(&m);
        assert!(crate::engine::measures::weights::manual_weights(&names, &mw.weights).is_ok());
    }

    #[test]
    fn method_switches_flip_and_study_reset() {
        let mut m = spec();
        let cur = Current::default();
        let mut locks = Locks::default();
        apply(&mut m, &Edit::Method(MethodChoice::PcaFirst), &cur, &mut locks);
        assert_eq!(m.index.method, WeightMethod::Pca(PcaMode::First));
        apply(&mut m, &Edit::TwoLevel(true), &cur, &mut locks);
        assert_eq!(m.index.method, WeightMethod::Entropy, "two-level leaves PCA for entropy");
        apply(&mut m, &Edit::FlipDirection("c".into()), &cur, &mut locks);
        assert_eq!(m.columns.indicators[2].direction, Direction::Positive);
        apply(&mut m, &Edit::Study, &cur, &mut locks);
        assert_eq!(m, MeasureSpec::default());
    }
}
