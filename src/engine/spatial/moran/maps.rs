//! LISA cluster and significance maps: the classes of each region and their colours, as
//! GeoDa draws them, over the features of a choropleth ([`MapData`]) so that the window and
//! the PNG export can draw them with the same meshes.
//!
//! - Cluster map: High-High (red), Low-Low (blue), Low-High (light blue), High-Low (light
//!   red) where `p_sim <= alpha`, else not significant (light grey); islands dark grey.
//! - Significance map: the smallest of 0.0001, 0.001, 0.01, 0.05 that `p_sim` does not
//!   exceed, in darkening greens (levels below `1 / (permutations + 1)` cannot occur and are
//!   left out of the legend); not significant light grey.
//!
//! Features of units outside the analysis (no value that year, not in the weights) stay
//! "no data".

use super::analysis::MoranResult;
use super::local::Cluster;
use crate::engine::spatial::choropleth::{Fill, MapData};
use crate::engine::spatial::palette::Rgb;

/// Which LISA map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LisaMap {
    /// Cluster classes (HH, LL, LH, HL, not significant).
    Clusters,
    /// Significance levels of `p_sim`.
    Significance,
}

/// Colour of a cluster class (GeoDa's LISA cluster map colours).
pub fn cluster_rgb(c: Cluster) -> Rgb {
    match c {
        Cluster::NotSignificant => [0xEE, 0xEE, 0xEE],
        Cluster::HighHigh => [0xFF, 0x00, 0x00],
        Cluster::LowLow => [0x00, 0x00, 0xFF],
        Cluster::LowHigh => [0xA7, 0xAD, 0xF9],
        Cluster::HighLow => [0xF4, 0xAD, 0xA8],
        Cluster::Neighbourless => [0x46, 0x46, 0x46],
    }
}

/// Significance levels of the significance map, most significant first.
pub const SIGNIFICANCE_LEVELS: [f64; 4] = [0.0001, 0.001, 0.01, 0.05];

/// Colours of [`SIGNIFICANCE_LEVELS`] (dark to light green, GeoDa's).
pub const SIGNIFICANCE_RGB: [Rgb; 4] = [[0x00, 0x64, 0x00], [0x1A, 0x8E, 0x1A], [0x3E, 0xBD, 0x3E], [0x8A, 0xD9, 0x7E]];

/// One class of a LISA map, for its legend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LisaClass {
    /// A cluster class.
    Cluster(Cluster),
    /// `p_sim <= level` (index into [`SIGNIFICANCE_LEVELS`]).
    Level(usize),
    /// Not significant at 0.05 (significance map).
    NotSignificant,
    /// No neighbours (significance map).
    Neighbourless,
}

impl LisaClass {
    /// Its colour.
    pub fn rgb(self) -> Rgb {
        match self {
            LisaClass::Cluster(c) => cluster_rgb(c),
            LisaClass::Level(k) => SIGNIFICANCE_RGB[k],
            LisaClass::NotSignificant => cluster_rgb(Cluster::NotSignificant),
            LisaClass::Neighbourless => cluster_rgb(Cluster::Neighbourless),
        }
    }
}

/// The legend classes of `kind` for a result with `permutations` permutations, in order.
pub fn legend_classes(kind: LisaMap, permutations: usize) -> Vec<LisaClass> {
    match kind {
        LisaMap::Clusters => Cluster::ALL.iter().map(|&c| LisaClass::Cluster(c)).collect(),
        LisaMap::Significance => {
            let smallest = 1.0 / (permutations as f64 + 1.0);
            let mut v: Vec<LisaClass> = (0..SIGNIFICANCE_LEVELS.len())
                .filter(|&k| SIGNIFICANCE_LEVELS[k] >= smallest)
                .map(LisaClass::Level)
                .collect();
            v.push(LisaClass::NotSignificant);
            v.push(LisaClass::Neighbourless);
            v
        }
    }
}

/// The class of every analysed region of `r` (in `r.units` order).
pub fn region_classes(r: &MoranResult, kind: LisaMap, alpha: f64) -> Vec<LisaClass> {
    match kind {
        LisaMap::Clusters => r.local.clusters(alpha).into_iter().map(LisaClass::Cluster).collect(),
        LisaMap::Significance => r
            .local
            .p_sim
            .iter()
            .zip(&r.local.quadrant)
            .map(|(p, q)| match (q, p) {
                (super::Quadrant::Island, _) => LisaClass::Neighbourless,
                (_, Some(p)) => SIGNIFICANCE_LEVELS
                    .iter()
                    .position(|&l| *p <= l)
                    .map_or(LisaClass::NotSignificant, LisaClass::Level),
                (_, None) => LisaClass::NotSignificant,
            })
            .collect(),
    }
}

/// `base` recoloured by the LISA classes of `r`: a feature of an analysed unit gets its class
/// colour (`Fill::Class(index into legend_classes, colour)`); the others are no data. The
/// values, breaks and legend of `base` are kept (the caller draws the LISA legend).
pub fn recolour(base: &MapData, r: &MoranResult, kind: LisaMap, alpha: f64) -> MapData {
    let classes = region_classes(r, kind, alpha);
    let legend = legend_classes(kind, r.local.permutations);
    let mut m = base.clone();
    for f in &mut m.features {
        let region = f.unit.and_then(|u| r.units.iter().position(|&x| x == u));
        f.fill = match region {
            Some(i) => {
                let c = classes[i];
                Fill::Class(legend.iter().position(|x| *x == c).unwrap_or(0), c.rgb())
            }
            None => Fill::NoData,
        };
    }
    m
}

/// Number of analysed regions in each class of `legend_classes(kind, ..)`.
pub fn class_counts(r: &MoranResult, kind: LisaMap, alpha: f64) -> Vec<usize> {
    let classes = region_classes(r, kind, alpha);
    legend_classes(kind, r.local.permutations).iter().map(|c| classes.iter().filter(|x| *x == c).count()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legends_drop_unreachable_levels() {
        assert_eq!(legend_classes(LisaMap::Significance, 999).len(), 5, "0.001 .. 0.05, n.s., islands");
        assert_eq!(legend_classes(LisaMap::Significance, 9999).len(), 6);
        assert_eq!(legend_classes(LisaMap::Significance, 99).len(), 4);
        assert_eq!(legend_classes(LisaMap::Clusters, 0).len(), 6);
        assert_eq!(LisaClass::Cluster(Cluster::HighHigh).rgb(), [255, 0, 0]);
    }
}
