//! Joining panel units to boundary features by a property (code or name), with the lists of
//! features and units left unmatched.
//!
//! Province panels resolve each feature's property through the registry
//! ([`Registry::lookup`]: GB/T codes, HASC, English or Chinese names in any accepted spelling);
//! generic panels (cities, counties) match the property text to the unit id exactly (after
//! trimming spaces). Several features may belong to one unit (islands as separate features).

use super::geojson::Boundaries;
use crate::engine::data::panel::{Panel, UnitKind};
use crate::engine::data::registry::Registry;
use serde::{Deserialize, Serialize};

/// How property values are compared with unit labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum JoinMatch {
    /// Registry for province panels, exact text for others.
    #[default]
    Auto,
    /// Resolve both sides through the province registry (codes and every name spelling).
    Province,
    /// Trimmed text equality with the unit label.
    Exact,
}

/// Which feature property identifies the unit, and how it is compared.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `property` | `"code"` | a property of the features | the key holding the unit code or name |
/// | `matching` | `Auto` | `Auto`, `Province`, `Exact` | registry resolution or exact text |
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JoinSpec {
    /// Feature property holding the unit code or name.
    pub property: String,
    /// How values are compared.
    pub matching: JoinMatch,
}

impl Default for JoinSpec {
    fn default() -> Self {
        JoinSpec { property: "code".into(), matching: JoinMatch::Auto }
    }
}

/// Why a join could not be attempted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinError {
    /// The panel has no unit column.
    NoUnits,
    /// No feature has the property.
    PropertyMissing {
        /// The property asked for.
        property: String,
        /// Properties present in every feature.
        available: Vec<String>,
    },
}

/// A feature that matched no unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnmatchedFeature {
    /// Feature index in the boundary file (features with geometry, in order).
    pub feature: usize,
    /// Its property value (empty when the feature lacks the property).
    pub value: String,
}

/// The outcome of a join.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Join {
    /// The property used.
    pub property: String,
    /// Panel unit id of each feature, if matched.
    pub feature_unit: Vec<Option<u32>>,
    /// Features whose property matched no unit.
    pub unmatched_features: Vec<UnmatchedFeature>,
    /// Panel units (id, label) with no feature: they cannot be drawn.
    pub unmatched_units: Vec<(u32, String)>,
}

impl Join {
    /// Number of matched features.
    pub fn n_matched(&self) -> usize {
        self.feature_unit.iter().filter(|u| u.is_some()).count()
    }
}

/// Join the units of `panel` to the features of `boundaries` by `spec`.
pub fn join(boundaries: &Boundaries, panel: &Panel, spec: &JoinSpec) -> Result<Join, JoinError> {
    let units = panel.unit.as_ref().ok_or(JoinError::NoUnits)?;
    if !boundaries.features.iter().any(|f| f.property(&spec.property).is_some()) {
        return Err(JoinError::PropertyMissing {
            property: spec.property.clone(),
            available: boundaries.common_keys(),
        });
    }
    let province = match spec.matching {
        JoinMatch::Auto => units.kind == UnitKind::Province,
        JoinMatch::Province => true,
        JoinMatch::Exact => false,
    };
    let reg = Registry::embedded();
    let unit_code: Vec<Option<u8>> =
        (0..units.n_units()).map(|u| units.codes[u].or_else(|| reg.lookup(&units.labels[u]).map(|p| p.code))).collect();
    let mut feature_unit = Vec::with_capacity(boundaries.features.len());
    let mut unmatched_features = Vec::new();
    for (i, f) in boundaries.features.iter().enumerate() {
        let value = f.property(&spec.property).unwrap_or("").trim();
        let unit = if value.is_empty() {
            None
        } else if province {
            reg.lookup(value).and_then(|p| unit_code.iter().position(|c| *c == Some(p.code)))
        } else {
            units.labels.iter().position(|l| l.trim() == value)
        };
        if unit.is_none() {
            unmatched_features.push(UnmatchedFeature { feature: i, value: value.to_string() });
        }
        feature_unit.push(unit.map(|u| u as u32));
    }
    let unmatched_units = (0..units.n_units() as u32)
        .filter(|u| !feature_unit.contains(&Some(*u)))
        .map(|u| (u, units.labels[u as usize].clone()))
        .collect();
    Ok(Join { property: spec.property.clone(), feature_unit, unmatched_features, unmatched_units })
}

/// The property (among those every feature has) that matches the most units, for a first
/// guess in the join dialog; ties go to the first key in sorted order. `None` when nothing
/// matches or the panel has no units.
pub fn suggest_property(boundaries: &Boundaries, panel: &Panel) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for key in boundaries.common_keys() {
        let spec = JoinSpec { property: key.clone(), matching: JoinMatch::Auto };
        if let Ok(j) = join(boundaries, panel, &spec) {
            let n = j.n_matched();
            if n > 0 && best.as_ref().is_none_or(|(b, _)| n > *b) {
                best = Some((n, key));
            }
        }
    }
    best.map(|(_, k)| k)
}
