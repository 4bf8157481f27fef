//! Regions: the polygons of one unit (or one boundary id) projected to the map plane, with
//! their outline segments, bounding box and centroid, as the weights builders use them.
//!
//! Coordinates are kilometres in the default Albers equal-area projection of the maps
//! ([`super::super::projection`]), so snapping tolerances and distances are in km. A region may
//! gather several features (a unit drawn as separate islands) and several polygons.

use crate::engine::spatial::geojson::{Boundaries, signed_area};
use crate::engine::spatial::join::Join;
use crate::engine::spatial::projection::{Albers, BBox};

/// One region: every ring of its polygons (exteriors counter-clockwise, holes clockwise).
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// Its id (unit label, or the boundary property value).
    pub id: String,
    /// Open rings in km.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Bounding box of the rings.
    pub bbox: BBox,
}

impl Region {
    /// A region from rings already in the plane.
    pub fn new(id: String, rings: Vec<Vec<[f64; 2]>>) -> Region {
        let bbox = BBox::of_points(rings.iter().flatten());
        Region { id, rings, bbox }
    }

    /// Area (exteriors minus holes), km².
    pub fn area(&self) -> f64 {
        self.rings.iter().map(|r| signed_area(r)).sum()
    }

    /// Area-weighted centroid of all polygons (holes subtracted), the centroid GEOS and shapely
    /// give a MultiPolygon: `C = sum_r A_r c_r / sum_r A_r`, each ring's
    /// `c_x = 1/(6A) sum (x_i + x_{i+1})(x_i y_{i+1} - x_{i+1} y_i)` (and likewise `c_y`).
    /// Coordinates are taken relative to the first vertex to keep the cross products small.
    pub fn centroid(&self) -> [f64; 2] {
        let Some(&[ox, oy]) = self.rings.first().and_then(|r| r.first()) else { return [f64::NAN; 2] };
        let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for ring in &self.rings {
            let n = ring.len();
            for i in 0..n {
                let [x0, y0] = ring[i];
                let [x1, y1] = ring[(i + 1) % n];
                let (x0, y0, x1, y1) = (x0 - ox, y0 - oy, x1 - ox, y1 - oy);
                let cross = x0 * y1 - x1 * y0;
                a += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
        }
        if a == 0.0 {
            return [ox, oy];
        }
        [ox + cx / (3.0 * a), oy + cy / (3.0 * a)]
    }

    /// True when `p` is inside the region (even-odd rule over all rings; holes excluded).
    pub fn contains(&self, p: [f64; 2]) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            let n = ring.len();
            let mut j = n.wrapping_sub(1);
            for i in 0..n {
                let (a, b) = (ring[i], ring[j]);
                if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0] {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }

    /// Every outline segment `[a, b]` (closing segments included).
    pub fn segments(&self) -> impl Iterator<Item = [[f64; 2]; 2]> + '_ {
        self.rings.iter().flat_map(|r| (0..r.len()).map(move |i| [r[i], r[(i + 1) % r.len()]]))
    }
}

/// One region per distinct value of `property` (features sharing a value are merged), in order
/// of first appearance; features without the property are skipped.
pub fn by_property(boundaries: &Boundaries, property: &str) -> Vec<Region> {
    let groups: Vec<(String, Vec<usize>)> = {
        let mut g: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, f) in boundaries.features.iter().enumerate() {
            let Some(v) = f.property(property).map(str::trim) else { continue };
            match g.iter_mut().find(|(k, _)| k == v) {
                Some((_, list)) => list.push(i),
                None => g.push((v.to_string(), vec![i])),
            }
        }
        g
    };
    groups.into_iter().map(|(id, features)| project(boundaries, id, &features)).collect()
}

/// One region per panel unit that has a feature in `join`, in unit order, with the unit
/// labels `labels` as ids.
pub fn by_unit(boundaries: &Boundaries, join: &Join, labels: &[String]) -> Vec<Region> {
    (0..labels.len())
        .filter_map(|u| {
            let features: Vec<usize> =
                (0..join.feature_unit.len()).filter(|&f| join.feature_unit[f] == Some(u as u32)).collect();
            (!features.is_empty()).then(|| project(boundaries, labels[u].clone(), &features))
        })
        .collect()
}

fn project(boundaries: &Boundaries, id: String, features: &[usize]) -> Region {
    let proj = Albers::default().build();
    let mut rings = Vec::new();
    for &f in features {
        for p in &boundaries.features[f].polygons {
            for ring in std::iter::once(&p.exterior).chain(&p.holes) {
                rings.push(ring.iter().map(|&q| proj.forward(q)).collect());
            }
        }
    }
    Region::new(id, rings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, s: f64) -> Vec<[f64; 2]> {
        vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s]]
    }

    #[test]
    fn centroid_of_a_square_with_a_hole_and_a_second_part() {
        let mut hole = square(1.0, 1.0, 1.0);
        hole.reverse();
        let r = Region::new("a".into(), vec![square(0.0, 0.0, 4.0), hole, square(10.0, 0.0, 2.0)]);
        // Parts: 16 at (2,2), -1 at (1.5,1.5), 4 at (11,1): total 19.
        let want = [(32.0 - 1.5 + 44.0) / 19.0, (32.0 - 1.5 + 4.0) / 19.0];
        let c = r.centroid();
        assert!((c[0] - want[0]).abs() < 1e-12 && (c[1] - want[1]).abs() < 1e-12, "{c:?}");
        assert!((r.area() - 19.0).abs() < 1e-12);
        assert!(r.contains([0.5, 0.5]) && !r.contains([1.5, 1.5]) && r.contains([11.0, 1.0]));
    }

    #[test]
    fn embedded_provinces_give_31_regions_by_code() {
        let rs = by_property(Boundaries::embedded(), "code");
        assert_eq!(rs.len(), 31);
        assert_eq!(rs[0].id, "11");
        assert!(rs.iter().all(|r| r.area() > 0.0));
    }
}
