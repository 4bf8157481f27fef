//! Map geometry built once: every feature projected, triangulated into a mesh (for filling),
//! kept as outline rings (for strokes and hit-testing), with a bounding box and a label point.
//!
//! Triangulation is ear clipping with hole bridging by the `earcut` crate (a port of Mapbox's
//! earcut, Vladimir Agafonkin, ISC): it handles holes and the slightly degenerate rings of
//! simplified boundary files. A window fills the meshes (`egui` can fill only convex paths);
//! changing colours never re-triangulates. Hit-testing uses the even-odd rule over all rings
//! of a feature, so holes are respected.

use super::geojson::{Boundaries, signed_area};
use super::projection::{Albers, BBox};
use rayon::prelude::*;

/// One feature ready to draw: a triangle mesh and its outline rings, in projected kilometres.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureMesh {
    /// Mesh vertices `[x, y]` (km, y north).
    pub vertices: Vec<[f64; 2]>,
    /// Triangles as vertex index triples into `vertices`.
    pub indices: Vec<u32>,
    /// Outline rings (open): for each polygon its exterior, then its holes.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Bounding box of the feature.
    pub bbox: BBox,
    /// Area of the polygons (exteriors minus holes), km².
    pub area: f64,
    /// A point well inside the feature (approximate pole of inaccessibility of its largest
    /// polygon): where a label or a marker goes.
    pub label_point: [f64; 2],
    /// Distance from `label_point` to the nearest outline, km.
    pub label_radius: f64,
}

/// Every feature of a boundary set, projected and tessellated.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    /// Features in the order of the boundary file.
    pub features: Vec<FeatureMesh>,
    /// Bounding box of all features.
    pub bbox: BBox,
    /// The projection used.
    pub projection: Albers,
}

impl MapGeometry {
    /// Project and triangulate every feature (in parallel; the result does not depend on the
    /// thread count because each feature is independent and order is kept).
    pub fn build(boundaries: &Boundaries, projection: &Albers) -> MapGeometry {
        let proj = projection.build();
        let features: Vec<FeatureMesh> = boundaries
            .features
            .par_iter()
            .map(|f| {
                let mut mesh = FeatureMesh {
                    vertices: Vec::new(),
                    indices: Vec::new(),
                    rings: Vec::new(),
                    bbox: BBox::EMPTY,
                    area: 0.0,
                    label_point: [0.0; 2],
                    label_radius: 0.0,
                };
                let mut earcut = earcut::Earcut::new();
                let mut tris: Vec<u32> = Vec::new();
                let mut largest = (f64::NEG_INFINITY, 0usize, 0usize);
                for poly in &f.polygons {
                    let first_ring = mesh.rings.len();
                    let mut data: Vec<[f64; 2]> = Vec::new();
                    let mut holes: Vec<u32> = Vec::new();
                    for (r, ring) in std::iter::once(&poly.exterior).chain(&poly.holes).enumerate() {
                        if r > 0 {
                            holes.push(data.len() as u32);
                        }
                        let projected: Vec<[f64; 2]> = ring.iter().map(|&p| proj.forward(p)).collect();
                        data.extend_from_slice(&projected);
                        mesh.rings.push(projected);
                    }
                    let area: f64 = mesh.rings[first_ring..].iter().map(|r| signed_area(r)).sum();
                    mesh.area += area;
                    if area > largest.0 {
                        largest = (area, first_ring, mesh.rings.len());
                    }
                    earcut.earcut(data.iter().copied(), &holes, &mut tris);
                    let base = mesh.vertices.len() as u32;
                    mesh.indices.extend(tris.iter().map(|i| i + base));
                    mesh.vertices.extend_from_slice(&data);
                }
                mesh.bbox = BBox::of_points(&mesh.vertices);
                let (lp, lr) = pole_of_inaccessibility(&mesh.rings[largest.1..largest.2]);
                mesh.label_point = lp;
                mesh.label_radius = lr;
                mesh
            })
            .collect();
        let bbox = features.iter().fold(BBox::EMPTY, |b, f| b.union(&f.bbox));
        MapGeometry { features, bbox, projection: *projection }
    }

    /// The embedded province boundaries in the default Albers projection.
    pub fn embedded() -> &'static MapGeometry {
        static G: std::sync::OnceLock<MapGeometry> = std::sync::OnceLock::new();
        G.get_or_init(|| MapGeometry::build(Boundaries::embedded(), &Albers::default()))
    }

    /// The first feature containing the projected point `p`, if any.
    pub fn hit(&self, p: [f64; 2]) -> Option<usize> {
        self.features.iter().position(|f| point_in_feature(f, p))
    }

    /// The first feature containing the point `[longitude, latitude]`, if any.
    pub fn hit_lonlat(&self, lonlat: [f64; 2]) -> Option<usize> {
        self.hit(self.projection.build().forward(lonlat))
    }
}

/// Sum of the triangle areas of a mesh, `sum |(b - a) x (c - a)| / 2` (equals
/// [`FeatureMesh::area`] when the triangulation covers the polygons exactly).
pub fn mesh_area(mesh: &FeatureMesh) -> f64 {
    mesh.indices
        .chunks_exact(3)
        .map(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize]);
            0.5 * ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])).abs()
        })
        .sum()
}

/// Even-odd point-in-polygon test over every ring of the feature (a point inside a hole is
/// outside). Crossing-number algorithm: count ring edges crossed by a ray towards +x.
pub fn point_in_feature(f: &FeatureMesh, p: [f64; 2]) -> bool {
    if !f.bbox.contains(p) {
        return false;
    }
    let mut inside = false;
    for ring in &f.rings {
        inside ^= crossings_odd(ring, p);
    }
    inside
}

fn crossings_odd(ring: &[[f64; 2]], [px, py]: [f64; 2]) -> bool {
    let mut odd = false;
    let n = ring.len();
    let mut j = n.wrapping_sub(1);
    for i in 0..n {
        let [xi, yi] = ring[i];
        let [xj, yj] = ring[j];
        if (yi > py) != (yj > py) && px < xj + (py - yj) * (xi - xj) / (yi - yj) {
            odd = !odd;
        }
        j = i;
    }
    odd
}

/// Distance from `p` to the segment `a`-`b`.
fn segment_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (qx, qy) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
    (qx * qx + qy * qy).sqrt()
}

/// A square cell of the label-point search: centre, half size, signed distance of the centre
/// to the outline (negative outside) and the best distance any point of the cell could reach.
struct Cell {
    c: [f64; 2],
    h: f64,
    d: f64,
    potential: f64,
}

impl PartialEq for Cell {
    fn eq(&self, o: &Self) -> bool {
        self.potential.total_cmp(&o.potential).is_eq()
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Cell {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.potential.total_cmp(&o.potential)
    }
}

/// Pole of inaccessibility of one polygon (exterior + holes): the inside point farthest from
/// the outline, to 1/500 of the polygon's size. Best-first search over quad cells (the
/// "polylabel" idea, V. Agafonkin 2016): a cell whose centre distance plus half-diagonal cannot
/// beat the best found is not split. Deterministic (no randomness; ties by insertion order).
fn pole_of_inaccessibility(rings: &[Vec<[f64; 2]>]) -> ([f64; 2], f64) {
    let bbox = BBox::of_points(rings.iter().flatten());
    let size = bbox.width().min(bbox.height());
    let fallback = rings.first().and_then(|r| r.first()).copied().unwrap_or([0.0; 2]);
    if size.is_nan() || size <= 0.0 {
        return (fallback, 0.0);
    }
    let signed = |p: [f64; 2]| {
        let inside = rings.iter().fold(false, |acc, r| acc ^ crossings_odd(r, p));
        let d = rings
            .iter()
            .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
            .map(|(a, b)| segment_distance(p, a, b))
            .fold(f64::INFINITY, f64::min);
        if inside { d } else { -d }
    };
    let cell = |c: [f64; 2], h: f64| {
        let d = signed(c);
        Cell { c, h, d, potential: d + h * std::f64::consts::SQRT_2 }
    };
    let precision = bbox.width().max(bbox.height()) / 500.0;
    let mut heap = std::collections::BinaryHeap::new();
    let h = size / 2.0;
    let mut y = bbox.min[1];
    while y < bbox.max[1] {
        let mut x = bbox.min[0];
        while x < bbox.max[0] {
            heap.push(cell([x + h, y + h], h));
            x += size;
        }
        y += size;
    }
    let centre = cell([(bbox.min[0] + bbox.max[0]) / 2.0, (bbox.min[1] + bbox.max[1]) / 2.0], 0.0);
    let mut best = (centre.c, centre.d);
    while let Some(c) = heap.pop() {
        if c.d > best.1 {
            best = (c.c, c.d);
        }
        if c.potential - best.1 <= precision {
            break;
        }
        let q = c.h / 2.0;
        for (dx, dy) in [(-q, -q), (q, -q), (-q, q), (q, q)] {
            heap.push(cell([c.c[0] + dx, c.c[1] + dy], q));
        }
    }
    if best.1 > 0.0 { best } else { (fallback, 0.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_with_hole_area_and_hit_test() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
            {"type":"Polygon","coordinates":[[[100,30],[110,30],[110,40],[100,40],[100,30]],
            [[104,34],[104,36],[106,36],[106,34],[104,34]]]}}]}"#;
        let b = Boundaries::parse(text, "t").unwrap();
        let g = MapGeometry::build(&b, &Albers::default());
        let f = &g.features[0];
        let rel = (mesh_area(f) - f.area).abs() / f.area;
        assert!(rel < 1e-12, "{rel}");
        assert!(g.hit_lonlat([101.0, 31.0]).is_some());
        assert!(g.hit_lonlat([105.0, 35.0]).is_none(), "inside the hole");
        assert!(g.hit_lonlat([111.0, 35.0]).is_none());
        assert!(point_in_feature(f, f.label_point));
        assert!(f.label_radius > 50.0, "{}", f.label_radius);
    }
}
