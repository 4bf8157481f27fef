//! Joining the ids of a weights file to a panel's units, by code or name as boundaries are
//! joined ([`crate::engine::spatial::join`]): province panels resolve ids through the registry
//! (GB/T codes `11`, HASC `CN.BJ`, English or Chinese names in any accepted spelling), other
//! panels compare the id text with the unit label.

use super::{Weights, WeightsError, WeightsProblem};
use crate::engine::data::panel::{UnitIndex, UnitKind};
use crate::engine::data::registry::Registry;

/// Weights re-indexed to panel units.
#[derive(Clone, Debug, PartialEq)]
pub struct Linked {
    /// Weights over the matched units, in unit order, ids = unit labels.
    pub weights: Weights,
    /// Unit id (in the panel) of each region of `weights`.
    pub units: Vec<u32>,
    /// Ids of the file that matched no unit (their links are dropped).
    pub unmatched_ids: Vec<String>,
    /// Panel units the file does not list (left out of the statistics).
    pub missing_units: Vec<String>,
}

/// Re-index `w` to the units of `units`.
pub fn link(w: &Weights, units: &UnitIndex) -> Result<Linked, WeightsError> {
    let reg = Registry::embedded();
    let unit_code: Vec<Option<u8>> =
        (0..units.n_units()).map(|u| units.codes[u].or_else(|| reg.lookup(&units.labels[u]).map(|p| p.code))).collect();
    let unit_of = |id: &str| -> Option<usize> {
        let id = id.trim();
        match units.kind {
            UnitKind::Province => reg.lookup(id).and_then(|p| unit_code.iter().position(|c| *c == Some(p.code))),
            UnitKind::Generic => units.labels.iter().position(|l| l.trim() == id),
        }
    };
    let mut region_of_unit: Vec<Option<usize>> = vec![None; units.n_units()];
    let mut unmatched_ids = Vec::new();
    for (r, id) in w.ids.iter().enumerate() {
        match unit_of(id) {
            Some(u) => {
                if let Some(prev) = region_of_unit[u] {
                    return Err(WeightsError::Invalid(WeightsProblem::SameUnit {
                        first: w.ids[prev].clone(),
                        second: id.clone(),
                        unit: units.labels[u].clone(),
                    }));
                }
                region_of_unit[u] = Some(r);
            }
            None => unmatched_ids.push(id.clone()),
        }
    }
    if unmatched_ids.len() == w.n() {
        let sample = w.ids.iter().take(5).cloned().collect();
        return Err(WeightsError::Invalid(WeightsProblem::NoIdMatches { sample }));
    }
    let keep: Vec<usize> = region_of_unit.iter().flatten().copied().collect();
    let unit_ids: Vec<u32> = (0..units.n_units()).filter(|&u| region_of_unit[u].is_some()).map(|u| u as u32).collect();
    let mut weights = w.subset(&keep);
    weights.ids = unit_ids.iter().map(|&u| units.labels[u as usize].clone()).collect();
    let missing_units =
        (0..units.n_units()).filter(|&u| region_of_unit[u].is_none()).map(|u| units.labels[u].clone()).collect();
    Ok(Linked { weights, units: unit_ids, unmatched_ids, missing_units })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_join_provinces_and_extra_ids_are_listed() {
        let raw: Vec<String> = ["Beijing", "Tianjin", "Hebei"].iter().map(|s| s.to_string()).collect();
        let units = UnitIndex::from_labels("province", &raw, true);
        let w = Weights::binary(
            vec!["13".into(), "天津".into(), "11".into(), "54".into()],
            vec![vec![1, 2], vec![0, 2], vec![0, 1], vec![]],
            "t".into(),
        );
        let l = link(&w, &units).unwrap();
        assert_eq!(l.weights.ids, vec!["Beijing", "Tianjin", "Hebei"]);
        assert_eq!(l.weights.neighbours, vec![vec![1, 2], vec![0, 2], vec![0, 1]]);
        assert_eq!(l.unmatched_ids, vec!["54"]);
        assert!(l.missing_units.is_empty());
        let bad = Weights::binary(vec!["1".into(), "2".into()], vec![vec![1], vec![0]], "t".into());
        assert!(link(&bad, &units).unwrap_err().to_string().contains("codes or names"));
    }
}
