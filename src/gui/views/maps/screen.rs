//! One map on screen: the tessellated geometry placed in a rectangle, filled with the class
//! colours, outlined, no-data units hatched, and hit-tested for hover and click.
//!
//! Screen meshes are cached in two layers. The shape layer (fill triangles in pixels, the
//! outline strokes tessellated by egui once, each feature's rings in pixels) is rebuilt only
//! when the rectangle, the pixel density or the boundaries change. The colour layer (vertex
//! colours of the fill mesh, hatch strokes of no-data units) is rebuilt only when the fills
//! change. A frame then paints three cached meshes; the geometry is never re-triangulated.

use crate::engine::spatial::palette::{NO_DATA, OUTLINE, Rgb};
use crate::engine::spatial::projection::BBox;
use crate::engine::spatial::{Fill, MapGeometry, Viewport};
use egui::epaint::{Mesh, TessellationOptions, Tessellator};
use egui::{Color32, Pos2, Shape, Stroke};
use std::ops::Range;
use std::sync::Arc;

/// Empty margin around a map inside its rectangle, points.
pub const PADDING: f32 = 6.0;

/// Width of province borders, points.
const OUTLINE_WIDTH: f32 = 0.8;

/// Width of the selected unit's outline, points.
pub const SELECTED_WIDTH: f32 = 3.0;

/// The viewport of a map drawn in `rect` (points): the projected box `bbox` fitted inside the
/// rectangle less [`PADDING`], centred. Tests use it to find a province on screen.
pub fn map_viewport(rect: egui::Rect, bbox: BBox) -> Viewport {
    let r = rect.shrink(PADDING);
    Viewport::fit(bbox, [f64::from(r.min.x), f64::from(r.min.y), f64::from(r.width()), f64::from(r.height())])
}

fn to_pos(vp: &Viewport, p: [f64; 2]) -> Pos2 {
    let [x, y] = vp.to_pixel(p);
    Pos2::new(x as f32, y as f32)
}

fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// What the shape layer was built for.
#[derive(Clone, Copy, PartialEq)]
struct ShapeKey {
    rect: [u32; 4],
    ppp: u32,
    geometry: u64,
}

/// The cached screen meshes of one map.
#[derive(Default)]
pub struct ScreenMap {
    shape_key: Option<ShapeKey>,
    fill: Arc<Mesh>,
    ranges: Vec<Range<usize>>,
    outline: Arc<Mesh>,
    rings: Vec<Vec<Vec<Pos2>>>,
    fills_key: Option<Vec<Fill>>,
    hatch: Arc<Mesh>,
    /// Number of shape-layer rebuilds (viewport or boundary changes).
    pub shape_builds: u32,
    /// Number of colour-layer rebuilds (fill changes).
    pub colour_builds: u32,
}

fn tessellator(ppp: f32) -> Tessellator {
    Tessellator::new(ppp, TessellationOptions::default(), [1, 1], Vec::new())
}

impl ScreenMap {
    /// Make the cached meshes match `rect`, `ppp`, the geometry (`generation` identifies it)
    /// and `fills` (one per feature). Returns the viewport.
    pub fn prepare(
        &mut self,
        rect: egui::Rect,
        ppp: f32,
        geometry: &MapGeometry,
        generation: u64,
        fills: &[Fill],
    ) -> Viewport {
        let vp = map_viewport(rect, geometry.bbox);
        let key = ShapeKey {
            rect: [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f32::to_bits),
            ppp: ppp.to_bits(),
            geometry: generation,
        };
        if self.shape_key != Some(key) {
            self.build_shapes(&vp, ppp, geometry);
            self.shape_key = Some(key);
            self.fills_key = None;
        }
        if self.fills_key.as_deref() != Some(fills) {
            self.recolour(ppp, fills);
            self.fills_key = Some(fills.to_vec());
        }
        vp
    }

    fn build_shapes(&mut self, vp: &Viewport, ppp: f32, geometry: &MapGeometry) {
        self.shape_builds += 1;
        let mut fill = Mesh::default();
        self.ranges.clear();
        self.rings.clear();
        for f in &geometry.features {
            let base = fill.vertices.len();
            fill.reserve_vertices(f.vertices.len());
            for &p in &f.vertices {
                fill.colored_vertex(to_pos(vp, p), NO_DATA_FILL);
            }
            fill.indices.extend(f.indices.iter().map(|&i| i + base as u32));
            self.ranges.push(base..fill.vertices.len());
            self.rings.push(f.rings.iter().map(|r| r.iter().map(|&p| to_pos(vp, p)).collect()).collect());
        }
        self.fill = Arc::new(fill);
        let mut outline = Mesh::default();
        let mut t = tessellator(ppp);
        let stroke = Stroke::new(OUTLINE_WIDTH, color(OUTLINE).gamma_multiply(0.9));
        for rings in &self.rings {
            for r in rings {
                t.tessellate_shape(Shape::closed_line(r.clone(), stroke), &mut outline);
            }
        }
        self.outline = Arc::new(outline);
    }

    fn recolour(&mut self, ppp: f32, fills: &[Fill]) {
        self.colour_builds += 1;
        let mesh = Arc::make_mut(&mut self.fill);
        for (range, f) in self.ranges.iter().zip(fills) {
            let c = color(f.rgb());
            for v in &mut mesh.vertices[range.clone()] {
                v.color = c;
            }
        }
        let mut hatch = Mesh::default();
        let mut t = tessellator(ppp);
        let stroke = Stroke::new(NO_DATA.line_px, color(NO_DATA.hatch));
        for (rings, f) in self.rings.iter().zip(fills) {
            if *f == Fill::NoData {
                for [a, b] in hatch_segments(rings, NO_DATA.spacing_px) {
                    t.tessellate_shape(Shape::line_segment([a, b], stroke), &mut hatch);
                }
            }
        }
        self.hatch = Arc::new(hatch);
    }

    /// Paint the cached meshes, then `outlined` features (selection) with `stroke` on top.
    pub fn paint(&self, painter: &egui::Painter, outlined: &[(usize, Stroke)]) {
        painter.add(Shape::mesh(self.fill.clone()));
        painter.add(Shape::mesh(self.hatch.clone()));
        painter.add(Shape::mesh(self.outline.clone()));
        for &(i, stroke) in outlined {
            for r in self.rings.get(i).into_iter().flatten() {
                painter.add(Shape::closed_line(r.clone(), stroke));
            }
        }
    }

    /// Vertices of the fill, outline and hatch meshes (for diagnostics and tests).
    pub fn n_vertices(&self) -> [usize; 3] {
        [self.fill.vertices.len(), self.outline.vertices.len(), self.hatch.vertices.len()]
    }
}

const NO_DATA_FILL: Color32 = Color32::from_rgb(NO_DATA.fill[0], NO_DATA.fill[1], NO_DATA.fill[2]);

/// Diagonal hatch lines (`x + y = c`, every `spacing` points) clipped to the polygon formed
/// by `rings` with the even-odd rule: each line is cut where it crosses a ring edge, and the
/// crossings, sorted along the line, pair up into inside segments.
pub fn hatch_segments(rings: &[Vec<Pos2>], spacing: f32) -> Vec<[Pos2; 2]> {
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for p in rings.iter().flatten() {
        lo = lo.min(p.x + p.y);
        hi = hi.max(p.x + p.y);
    }
    let mut out = Vec::new();
    if !(lo.is_finite() && hi.is_finite()) || spacing <= 0.0 {
        return out;
    }
    let mut c = (lo / spacing).ceil() * spacing;
    let mut xs: Vec<f32> = Vec::new();
    while c <= hi {
        xs.clear();
        for r in rings {
            for (i, &a) in r.iter().enumerate() {
                let b = r[(i + 1) % r.len()];
                let (sa, sb) = (a.x + a.y - c, b.x + b.y - c);
                if (sa <= 0.0) != (sb <= 0.0) {
                    let t = sa / (sa - sb);
                    xs.push(a.x + t * (b.x - a.x));
                }
            }
        }
        xs.sort_by(f32::total_cmp);
        for pair in xs.chunks_exact(2) {
            out.push([Pos2::new(pair[0], c - pair[0]), Pos2::new(pair[1], c - pair[1])]);
        }
        c += spacing;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatch_of_a_square_with_a_hole_stays_inside_and_skips_the_hole() {
        let sq = |x0: f32, y0: f32, s: f32| {
            vec![Pos2::new(x0, y0), Pos2::new(x0 + s, y0), Pos2::new(x0 + s, y0 + s), Pos2::new(x0, y0 + s)]
        };
        let rings = vec![sq(0.0, 0.0, 60.0), sq(20.0, 20.0, 20.0)];
        let segs = hatch_segments(&rings, 6.0);
        assert!(!segs.is_empty());
        let inside_hole = |p: Pos2| p.x > 20.5 && p.x < 39.5 && p.y > 20.5 && p.y < 39.5;
        for [a, b] in &segs {
            for p in [*a, *b, Pos2::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)] {
                assert!((-1e-3..=60.001).contains(&p.x) && (-1e-3..=60.001).contains(&p.y), "{p:?} outside");
                assert!(!inside_hole(p), "{p:?} in the hole");
            }
            assert!(((a.x + a.y) - (b.x + b.y)).abs() < 1e-3, "diagonal");
        }
        // Lines through the hole are split in two: more segments than lines.
        let lines = (120.0f32 / 6.0).floor() as usize + 1;
        assert!(segs.len() > lines, "{} segments for {lines} lines", segs.len());
    }
}
