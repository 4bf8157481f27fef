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

/// Approximate pole of inaccessibility of one polygon (exterior + holes): the best point of a
/// 16 x 16 grid over its box, refined three times by grids zoomed on the winner. Cost
/// 4 x 256 distance scans of the rings, so county-level files stay fast.
fn pole_of_inaccessibility(rings: &[Vec<[f64; 2]>]) -> ([f64; 2], f64) {
    let bbox = BBox::of_points(rings.iter().flatten());
    let inside = |p: [f64; 2]| rings.iter().fold(false, |acc, r| acc ^ crossings_odd(r, p));
    let dist = |p: [f64; 2]| {
        rings
            .iter()
            .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
            .map(|(a, b)| segment_distance(p, a, b))
            .fold(f64::INFINITY, f64::min)
    };
    let fallback = rings.first().and_then(|r| r.first()).copied().unwrap_or([0.0; 2]);
    let mut best = (fallback, 0.0);
    let (mut cx, mut cy) = ((bbox.min[0] + bbox.max[0]) / 2.0, (bbox.min[1] + bbox.max[1]) / 2.0);
    let (mut hw, mut hh) = (bbox.width() / 2.0, bbox.height() / 2.0);
    const G: usize = 16;
    for _ in 0..4 {
        for i in 0..G {
            for j in 0..G {
                let p = [
                    cx - hw + (i as f64 + 0.5) * 2.0 * hw / G as f64,
                    cy - hh + (j as f64 + 0.5) * 2.0 * hh / G as f64,
                ];
                if inside(p) {
                    let d = dist(p);
                    if d > best.1 {
                        best = (p, d);
                    }
                }
            }
        }
        [cx, cy] = best.0;
        hw *= 4.0 / G as f64;
        hh *= 4.0 / G as f64;
    }
    best
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
