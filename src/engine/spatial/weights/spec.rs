//! The user's choice of spatial weights, and building them for a panel's units.
//!
//! | choice | parameters | default | meaning |
//! |---|---|---|---|
//! | `Contiguity` | `rule`, `snap_km` >= 0 | queen, 1 km | shared border (rook) or point (queen), gaps up to `snap_km` closed |
//! | `Knn` | `k` >= 1 | 4 | the `k` nearest centroids |
//! | `InverseDistance` | `threshold_km` > 0 or none, `power` > 0 | none, 1 | `d^-power` within the band (none: smallest band without islands) |
//! | `File` | a `.gal` or `.gwt` path | | GeoDa / PySAL weights, ids joined to the units by code or name |
//!
//! Statistics always row-standardize the weights after keeping the units with data.
//! Command line: `queen`, `rook`, `queen:SNAP_KM`, `knn:K`, `idw`, `idw:KM`, `FILE.gal`.

use super::contiguity::{self, Rule};
use super::distance::{idw_weights, knn_weights};
use super::link::{Linked, link};
use super::regions::{self, Region};
use super::{Weights, WeightsError, WeightsProblem, gal, gwt};
use crate::engine::data::panel::UnitIndex;
use crate::engine::spatial::geojson::Boundaries;
use crate::engine::spatial::join::Join;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Default snapping tolerance of contiguity, km. The embedded provinces share exact vertices
/// where they meet and the closest pair that does not meet (Guangdong and Hainan) is 20 km
/// apart, so 1 km changes nothing there and closes the slivers of independently simplified files.
pub const DEFAULT_SNAP_KM: f64 = 1.0;

/// Default number of nearest neighbours (GeoDa's default).
pub const DEFAULT_K: usize = 4;

/// Which weights.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WeightsSpec {
    /// Queen or rook contiguity of the boundaries.
    Contiguity {
        /// Queen or rook.
        rule: Rule,
        /// Snapping tolerance, km (0: exact shared vertices).
        snap_km: f64,
    },
    /// k nearest neighbours of the centroids.
    Knn {
        /// Number of neighbours.
        k: usize,
    },
    /// Inverse distance between centroids within a band.
    InverseDistance {
        /// Band, km (`None`: the smallest band without islands).
        threshold_km: Option<f64>,
        /// Power of the distance.
        power: f64,
    },
    /// A GAL or GWT file.
    File(PathBuf),
}

/// The kinds of [`WeightsSpec`], for pickers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WeightsKind {
    /// Queen contiguity.
    Queen,
    /// Rook contiguity.
    Rook,
    /// k nearest neighbours.
    Knn,
    /// Inverse distance.
    InverseDistance,
    /// A weights file.
    File,
}

impl Default for WeightsSpec {
    fn default() -> Self {
        WeightsSpec::Contiguity { rule: Rule::Queen, snap_km: DEFAULT_SNAP_KM }
    }
}

impl WeightsSpec {
    /// Parse a command-line choice (see the module table).
    pub fn parse(s: &str) -> Result<WeightsSpec, WeightsError> {
        let bad = || WeightsError::BadSpec { given: s.to_string() };
        let lower = s.trim().to_ascii_lowercase();
        if lower.ends_with(".gal") || lower.ends_with(".gwt") {
            return Ok(WeightsSpec::File(PathBuf::from(s.trim())));
        }
        let (name, arg) = match lower.split_once(':') {
            Some((n, a)) => (n, Some(a)),
            None => (lower.as_str(), None),
        };
        let number = |a: &str| a.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0).ok_or_else(bad);
        match (name, arg) {
            ("queen" | "rook", a) => {
                let rule = if name == "queen" { Rule::Queen } else { Rule::Rook };
                let snap_km = a.map(number).transpose()?.unwrap_or(DEFAULT_SNAP_KM);
                Ok(WeightsSpec::Contiguity { rule, snap_km })
            }
            ("knn", a) => {
                let k = a.map(|a| a.parse::<usize>().map_err(|_| bad())).transpose()?.unwrap_or(DEFAULT_K);
                Ok(WeightsSpec::Knn { k })
            }
            ("idw", a) => {
                let threshold_km = a.map(number).transpose()?.filter(|t| *t > 0.0);
                Ok(WeightsSpec::InverseDistance { threshold_km, power: 1.0 })
            }
            _ => Err(bad()),
        }
    }

    /// The kind of this choice.
    pub fn kind(&self) -> WeightsKind {
        match self {
            WeightsSpec::Contiguity { rule: Rule::Queen, .. } => WeightsKind::Queen,
            WeightsSpec::Contiguity { rule: Rule::Rook, .. } => WeightsKind::Rook,
            WeightsSpec::Knn { .. } => WeightsKind::Knn,
            WeightsSpec::InverseDistance { .. } => WeightsKind::InverseDistance,
            WeightsSpec::File(_) => WeightsKind::File,
        }
    }

    /// Build the weights of `regions` (not for [`WeightsSpec::File`], which [`read_file`]
    /// reads). Not row-standardized.
    pub fn build(&self, regions: &[Region]) -> Result<Weights, WeightsError> {
        let ids: Vec<String> = regions.iter().map(|r| r.id.clone()).collect();
        let centroids = || regions.iter().map(Region::centroid).collect::<Vec<_>>();
        match self {
            WeightsSpec::Contiguity { rule, snap_km } => {
                if !(snap_km.is_finite() && *snap_km >= 0.0) {
                    return Err(WeightsError::Invalid(WeightsProblem::Snap(*snap_km)));
                }
                let lists = contiguity::neighbours(regions, *rule, *snap_km);
                let name = if *rule == Rule::Queen { "queen" } else { "rook" };
                let snap = if *snap_km > 0.0 { format!("snap {snap_km} km") } else { "exact vertices".into() };
                Ok(Weights::binary(ids, lists, format!("{name} contiguity ({snap})")))
            }
            WeightsSpec::Knn { k } => knn_weights(ids, &centroids(), *k),
            WeightsSpec::InverseDistance { threshold_km, power } => {
                idw_weights(ids, &centroids(), *threshold_km, *power)
            }
            WeightsSpec::File(p) => read_file(p),
        }
    }
}

/// Read a `.gal` or `.gwt` file (by extension).
pub fn read_file(path: &Path) -> Result<Weights, WeightsError> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "gal" => gal::read(path),
        "gwt" => gwt::read(path),
        _ => Err(WeightsError::UnknownFormat { path: path.display().to_string() }),
    }
}

/// Write `w` to a `.gal` (neighbour lists) or `.gwt` (with weights) file, by extension.
pub fn write_file(w: &Weights, path: &Path, source: &str, key: &str) -> Result<(), WeightsError> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "gal" => gal::write(w, path, source, key),
        "gwt" => gwt::write(w, path, source, key),
        _ => Err(WeightsError::UnknownFormat { path: path.display().to_string() }),
    }
}

/// The weights of `spec` over the panel's `units`: from the boundaries joined to the units
/// (features of one unit merged), or from a file whose ids are joined by code or name.
pub fn for_units(
    spec: &WeightsSpec,
    boundaries: &Boundaries,
    join: &Join,
    units: &UnitIndex,
) -> Result<Linked, WeightsError> {
    if let WeightsSpec::File(p) = spec {
        return link(&read_file(p)?, units);
    }
    let regions = regions::by_unit(boundaries, join, &units.labels);
    let unit_ids: Vec<u32> =
        regions.iter().filter_map(|r| units.labels.iter().position(|l| *l == r.id)).map(|u| u as u32).collect();
    let missing_units =
        units.labels.iter().filter(|l| !regions.iter().any(|r| &r.id == *l)).cloned().collect::<Vec<_>>();
    let weights = spec.build(&regions)?;
    Ok(Linked { weights, units: unit_ids, unmatched_ids: Vec::new(), missing_units })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_choices() {
        assert_eq!(WeightsSpec::parse("queen").unwrap(), WeightsSpec::default());
        assert_eq!(WeightsSpec::parse("rook:0").unwrap(), WeightsSpec::Contiguity { rule: Rule::Rook, snap_km: 0.0 });
        assert_eq!(WeightsSpec::parse("knn:6").unwrap(), WeightsSpec::Knn { k: 6 });
        assert_eq!(
            WeightsSpec::parse("idw:800").unwrap(),
            WeightsSpec::InverseDistance { threshold_km: Some(800.0), power: 1.0 }
        );
        assert_eq!(WeightsSpec::parse("w/Queen.GAL").unwrap(), WeightsSpec::File("w/Queen.GAL".into()));
        for bad in ["king", "knn:x", "queen:-1", "rook:abc"] {
            assert!(WeightsSpec::parse(bad).is_err(), "{bad}");
        }
    }
}
