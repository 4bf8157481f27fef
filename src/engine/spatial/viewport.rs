//! Viewport: where a map sits on screen or in a picture, as a uniform scale and offset from
//! projected kilometres (y north) to pixels (y down), and back for hover and click.
//!
//! `pixel = origin + (x - bbox.min.x, bbox.max.y - y) * scale`. The window builds one per
//! map panel each frame (cheap) and reuses the tessellated meshes unchanged.

use super::projection::BBox;

/// A projected box placed on a pixel rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Pixels per kilometre.
    pub scale: f64,
    /// Pixel of the projected point `(bbox.min.x, bbox.max.y)` (top-left of the map).
    pub origin: [f64; 2],
    /// Projected box shown.
    pub bbox: BBox,
}

impl Viewport {
    /// The largest uniform scale that shows all of `bbox` inside the pixel rectangle
    /// `[x, y, width, height]`, centred in it.
    pub fn fit(bbox: BBox, [x, y, width, height]: [f64; 4]) -> Viewport {
        let (bw, bh) = (bbox.width().max(1e-9), bbox.height().max(1e-9));
        let scale = (width / bw).min(height / bh).max(0.0);
        let origin = [x + (width - bw * scale) / 2.0, y + (height - bh * scale) / 2.0];
        Viewport { scale, origin, bbox }
    }

    /// Pixel position (x right, y down) of a projected point.
    pub fn to_pixel(&self, p: [f64; 2]) -> [f64; 2] {
        [
            self.origin[0] + (p[0] - self.bbox.min[0]) * self.scale,
            self.origin[1] + (self.bbox.max[1] - p[1]) * self.scale,
        ]
    }

    /// Projected point under a pixel position (for hover and click hit-testing).
    pub fn to_map(&self, px: [f64; 2]) -> [f64; 2] {
        let s = if self.scale > 0.0 { self.scale } else { 1.0 };
        [self.bbox.min[0] + (px[0] - self.origin[0]) / s, self.bbox.max[1] - (px[1] - self.origin[1]) / s]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_centres_and_round_trips() {
        let bbox = BBox { min: [0.0, 0.0], max: [200.0, 100.0] };
        let v = Viewport::fit(bbox, [10.0, 20.0, 400.0, 400.0]);
        assert_eq!(v.scale, 2.0);
        assert_eq!(v.to_pixel([0.0, 100.0]), [10.0, 120.0]);
        assert_eq!(v.to_pixel([200.0, 0.0]), [410.0, 320.0]);
        assert_eq!(v.to_map(v.to_pixel([37.5, 61.25])), [37.5, 61.25]);
    }
}
