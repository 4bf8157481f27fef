//! Which unit each boundary feature belongs to, for zonal statistics written as panel rows,
//! and the per-unit value from per-feature statistics.
//!
//! Without a panel (the command line), a feature's unit is its `property` value; a province
//! code or name that the registry resolves ([`Registry::lookup`], as the map join does for
//! province panels) becomes the province's English name, the label province panels use, so
//! the rows merge into such a panel. With `exact`, the property text is kept as it is. With a
//! panel (the window), the map join ([`super::super::join`]) gives the panel's own labels.
//!
//! Several features of one unit (islands) are pooled: `sum = Σ sums`, `mean = Σ sums / Σ
//! counts`, the coverage-weighted mean over all of the unit's cells.

use super::ZonalStat;
use crate::engine::data::registry::Registry;
use crate::engine::spatial::geojson::Boundaries;
use crate::engine::spatial::join::{Join, JoinError};

/// The statistic reported per unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stat {
    /// `Σ c_i v_i`: totals (emissions in tonnes per cell).
    Sum,
    /// `Σ c_i v_i / Σ c_i`: densities or rates.
    Mean,
}

/// Units of the features: `labels` (distinct, in first-feature order) and each feature's index
/// into them (`None`: left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureUnits {
    /// Distinct unit labels.
    pub labels: Vec<String>,
    /// Unit of each feature.
    pub of_feature: Vec<Option<usize>>,
}

impl FeatureUnits {
    /// From the features' `property` (see the module notes). Features lacking the property
    /// are left out; no feature having it is an error listing the properties there are.
    pub fn by_property(boundaries: &Boundaries, property: &str, exact: bool) -> Result<FeatureUnits, JoinError> {
        if !boundaries.features.iter().any(|f| f.property(property).is_some()) {
            return Err(JoinError::PropertyMissing {
                property: property.to_string(),
                available: boundaries.common_keys(),
            });
        }
        let reg = Registry::embedded();
        let names = boundaries.features.iter().map(|f| {
            let v = f.property(property).unwrap_or("").trim();
            match (v.is_empty(), exact) {
                (true, _) => None,
                (false, false) => Some(reg.lookup(v).map_or_else(|| v.to_string(), |p| p.name_en.clone())),
                (false, true) => Some(v.to_string()),
            }
        });
        Ok(Self::from_names(names))
    }

    /// From a map join with a panel whose unit labels are `unit_labels`.
    pub fn from_join(join: &Join, unit_labels: &[String]) -> FeatureUnits {
        Self::from_names(join.feature_unit.iter().map(|u| u.and_then(|u| unit_labels.get(u as usize).cloned())))
    }

    fn from_names(names: impl Iterator<Item = Option<String>>) -> FeatureUnits {
        let mut labels: Vec<String> = Vec::new();
        let of_feature = names
            .map(|n| {
                n.map(|n| match labels.iter().position(|l| *l == n) {
                    Some(i) => i,
                    None => {
                        labels.push(n);
                        labels.len() - 1
                    }
                })
            })
            .collect();
        FeatureUnits { labels, of_feature }
    }

    /// Per-unit value of `stat` from per-feature statistics (pooled over a unit's features).
    pub fn values(&self, per_feature: &[ZonalStat], stat: Stat) -> Vec<Option<f64>> {
        let mut pooled = vec![(0.0f64, 0.0f64); self.labels.len()];
        for (u, s) in self.of_feature.iter().zip(per_feature) {
            if let Some(u) = u {
                pooled[*u].0 += s.sum;
                pooled[*u].1 += s.count;
            }
        }
        pooled
            .into_iter()
            .map(|(sum, count)| match stat {
                Stat::Sum => Some(sum),
                Stat::Mean => (count > 0.0).then(|| sum / count),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn province_codes_become_names_and_features_of_one_unit_pool() {
        let b = Boundaries::embedded();
        let u = FeatureUnits::by_property(b, "code", false).unwrap();
        assert_eq!(u.labels.len(), 31);
        assert_eq!(u.labels[0], "Beijing");
        let exact = FeatureUnits::by_property(b, "code", true).unwrap();
        assert_eq!(exact.labels[0], "11");
        assert!(FeatureUnits::by_property(b, "nope", false).unwrap_err().to_string().contains("name_en"));
        let two = FeatureUnits { labels: vec!["A".into()], of_feature: vec![Some(0), None, Some(0)] };
        let s = |sum, count| ZonalStat { sum, count, mean: None };
        let stats = [s(2.0, 1.0), s(100.0, 1.0), s(4.0, 3.0)];
        assert_eq!(two.values(&stats, Stat::Sum), [Some(6.0)]);
        assert_eq!(two.values(&stats, Stat::Mean), [Some(1.5)]);
    }
}
