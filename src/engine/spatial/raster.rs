//! Software rasterizer for map export: anti-aliased polygon fill by exact area coverage,
//! strokes as filled quads, and an RGB canvas that becomes an `image::RgbaImage`.
//!
//! Coverage is accumulated per scanline as signed area (the method of Raph Levien's font-rs
//! and stb_truetype 2): every edge adds, to the cells it crosses, the area between itself and
//! the cell's right side; a running sum along the row then gives each pixel's signed covered
//! fraction. Taking `min(|sum|, 1)` fills by the non-zero rule, so holes drawn in the
//! opposite orientation (as [`super::geojson`] guarantees) are left empty, and overlapping
//! stroke quads do not over-darken. A fully covered pixel gets exactly the fill colour.

use super::palette::Rgb;

/// An RGB canvas, 8 bits per channel (blending is source-over computed in `f32` and rounded;
/// 3 bytes a pixel keeps an 8000 px wide export within memory).
#[derive(Clone, Debug)]
pub struct Canvas {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Row-major pixels.
    pub pixels: Vec<Rgb>,
}

/// A closed contour in pixel coordinates (y down); the last point joins the first.
pub type Contour = Vec<[f32; 2]>;

impl Canvas {
    /// A canvas filled with `background`.
    pub fn new(width: usize, height: usize, background: Rgb) -> Canvas {
        Canvas { width, height, pixels: vec![background; width * height] }
    }

    /// Fill `contours` (non-zero rule) with `color` at opacity `alpha`.
    pub fn fill(&mut self, contours: &[Contour], color: Rgb, alpha: f32) {
        let c = color.map(f32::from);
        self.fill_with(contours, |_, _, cov| Some((c, cov * alpha)));
    }

    /// Fill `contours`, asking `shade(x, y, coverage)` for the colour and opacity of each
    /// covered pixel (used for hatching). Coverage is in (0, 1].
    pub fn fill_with(
        &mut self,
        contours: &[Contour],
        mut shade: impl FnMut(usize, usize, f32) -> Option<([f32; 3], f32)>,
    ) {
        let Some((x0, y0, w, h, acc)) = accumulate(contours, self.width, self.height) else { return };
        for row in 0..h {
            let mut sum = 0.0f32;
            let line = &acc[row * (w + 1)..(row + 1) * (w + 1)];
            for (col, a) in line.iter().take(w).enumerate() {
                sum += a;
                let cov = sum.abs().min(1.0);
                if cov <= 1e-4 {
                    continue;
                }
                let (x, y) = (x0 + col, y0 + row);
                if let Some((src, alpha)) = shade(x, y, cov) {
                    let alpha = alpha.clamp(0.0, 1.0);
                    let dst = &mut self.pixels[y * self.width + x];
                    for k in 0..3 {
                        dst[k] = (f32::from(dst[k]) * (1.0 - alpha) + src[k] * alpha).round().clamp(0.0, 255.0) as u8;
                    }
                }
            }
        }
    }

    /// Fill an axis-aligned rectangle `[x, x + w) x [y, y + h)`.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.fill(&[vec![[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], color, 1.0);
    }

    /// Stroke a polyline (closed when `closed`) of width `width` pixels.
    pub fn stroke(&mut self, points: &[[f32; 2]], closed: bool, width: f32, color: Rgb, alpha: f32) {
        let quads = stroke_quads(points, closed, width);
        self.fill(&quads, color, alpha);
    }

    /// The colour at `(x, y)`, rounded to 8 bits.
    pub fn get(&self, x: usize, y: usize) -> Option<Rgb> {
        (x < self.width && y < self.height).then(|| self.pixels[y * self.width + x])
    }

    /// Convert to an opaque RGBA image.
    pub fn into_image(self) -> image::RgbaImage {
        let mut buf = Vec::with_capacity(self.width * self.height * 4);
        for p in &self.pixels {
            buf.extend_from_slice(&[p[0], p[1], p[2], 255]);
        }
        image::RgbaImage::from_raw(self.width as u32, self.height as u32, buf).unwrap_or_default()
    }
}

/// Quads (one per segment, consistently oriented) and small squares at the joints covering a
/// polyline of the given width.
pub fn stroke_quads(points: &[[f32; 2]], closed: bool, width: f32) -> Vec<Contour> {
    let n = points.len();
    let hw = width / 2.0;
    let mut out = Vec::with_capacity(n * 2);
    let segs = if closed { n } else { n.saturating_sub(1) };
    for i in 0..segs {
        let a = points[i];
        let b = points[(i + 1) % n];
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let len = (dx * dx + dy * dy).sqrt();
        if len < 1e-6 {
            continue;
        }
        let (nx, ny) = (-dy / len * hw, dx / len * hw);
        out.push(vec![[a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], [b[0] - nx, b[1] - ny], [a[0] - nx, a[1] - ny]]);
        if width > 1.5 {
            // Joint patch so thick lines do not show notches at corners.
            let q = hw * 0.92;
            out.push(vec![[b[0] - q, b[1] - q], [b[0] - q, b[1] + q], [b[0] + q, b[1] + q], [b[0] + q, b[1] - q]]);
        }
    }
    // Give every quad the same orientation so overlaps add instead of cancelling.
    for c in &mut out {
        if signed_area(c) < 0.0 {
            c.reverse();
        }
    }
    out
}

fn signed_area(c: &[[f32; 2]]) -> f32 {
    let n = c.len();
    (0..n).map(|i| c[i][0] * c[(i + 1) % n][1] - c[(i + 1) % n][0] * c[i][1]).sum::<f32>() / 2.0
}

/// Signed-area accumulation buffer over the pixel box of `contours` (clipped to the canvas):
/// `(x0, y0, w, h, acc)` with `acc` of `(w + 1) * h` cells.
fn accumulate(contours: &[Contour], cw: usize, ch: usize) -> Option<(usize, usize, usize, usize, Vec<f32>)> {
    let (mut minx, mut miny, mut maxx, mut maxy) = (f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY);
    for p in contours.iter().flatten() {
        minx = minx.min(p[0]);
        miny = miny.min(p[1]);
        maxx = maxx.max(p[0]);
        maxy = maxy.max(p[1]);
    }
    if !(minx.is_finite() && miny.is_finite() && maxx.is_finite() && maxy.is_finite()) {
        return None;
    }
    // Edges left of the canvas still matter (they set the running sum), so x is clamped to
    // the box rather than dropped; rows outside the canvas are skipped.
    let x0 = minx.floor().max(0.0) as usize;
    let y0 = miny.floor().max(0.0) as usize;
    let x1 = (maxx.ceil().max(0.0) as usize).min(cw);
    let y1 = (maxy.ceil().max(0.0) as usize).min(ch);
    if x1 <= x0 || y1 <= y0 {
        return None;
    }
    let (w, h) = (x1 - x0, y1 - y0);
    let mut acc = vec![0.0f32; (w + 1) * h];
    for c in contours {
        let n = c.len();
        for i in 0..n {
            let a = c[i];
            let b = c[(i + 1) % n];
            line(&mut acc, w, h, [a[0] - x0 as f32, a[1] - y0 as f32], [b[0] - x0 as f32, b[1] - y0 as f32]);
        }
    }
    Some((x0, y0, w, h, acc))
}

/// Add the signed coverage of edge `p`-`q` (box coordinates) to the accumulation buffer.
fn line(acc: &mut [f32], w: usize, h: usize, p: [f32; 2], q: [f32; 2]) {
    if p[1] == q[1] {
        return;
    }
    let (dir, top, bot) = if p[1] < q[1] { (1.0f32, p, q) } else { (-1.0f32, q, p) };
    let dxdy = (bot[0] - top[0]) / (bot[1] - top[1]);
    let ystart = top[1].max(0.0);
    let yend = bot[1].min(h as f32);
    if ystart >= yend {
        return;
    }
    let wf = w as f32;
    let mut row = ystart.floor() as usize;
    while (row as f32) < yend && row < h {
        let ya = ystart.max(row as f32);
        let yb = yend.min(row as f32 + 1.0);
        let dy = yb - ya;
        if dy > 0.0 {
            let xa = (top[0] + (ya - top[1]) * dxdy).clamp(0.0, wf);
            let xb = (top[0] + (yb - top[1]) * dxdy).clamp(0.0, wf);
            cell_row(&mut acc[row * (w + 1)..(row + 1) * (w + 1)], xa, xb, dy * dir);
        }
        row += 1;
    }
}

/// Distribute a row piece of an edge (from x = `xa` to `xb`, signed height `d`) over cells.
fn cell_row(line: &mut [f32], xa: f32, xb: f32, d: f32) {
    let (lo, hi) = if xa < xb { (xa, xb) } else { (xb, xa) };
    let first = lo.floor() as usize;
    if hi - lo < 1e-7 || hi.ceil() as usize <= first + 1 {
        // Inside one cell column: the area to the right of the edge within the cell.
        let c = first.min(line.len() - 2);
        let mid = (lo + hi) / 2.0 - c as f32;
        let right = d * (1.0 - mid);
        line[c] += right;
        line[c + 1] += d - right;
        return;
    }
    // Spread over several columns: split at column boundaries in proportion to x extent.
    let span = hi - lo;
    let mut x = lo;
    while x < hi {
        let c = x.floor() as usize;
        let next = ((c + 1) as f32).min(hi);
        let part = d * (next - x) / span;
        let c = c.min(line.len() - 2);
        let mid = (x + next) / 2.0 - c as f32;
        let right = part * (1.0 - mid);
        line[c] += right;
        line[c + 1] += part - right;
        x = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_covers_exact_pixels_and_half_pixels() {
        let mut c = Canvas::new(10, 10, [255, 255, 255]);
        c.rect(2.0, 2.0, 4.0, 3.0, [0, 0, 0]);
        assert_eq!(c.get(2, 2), Some([0, 0, 0]));
        assert_eq!(c.get(5, 4), Some([0, 0, 0]));
        assert_eq!(c.get(6, 4), Some([255, 255, 255]));
        assert_eq!(c.get(1, 2), Some([255, 255, 255]));
        let mut h = Canvas::new(10, 10, [255, 255, 255]);
        h.rect(2.5, 2.0, 2.0, 1.0, [0, 0, 0]);
        assert_eq!(h.get(2, 2), Some([128, 128, 128]), "half-covered pixel");
        assert_eq!(h.get(3, 2), Some([0, 0, 0]));
        assert_eq!(h.get(4, 2), Some([128, 128, 128]));
    }

    #[test]
    fn diagonal_edge_area_is_exact_and_hole_is_empty() {
        // Triangle (0,0) (8,0) (0,8): area 32 px.
        let mut c = Canvas::new(8, 8, [0, 0, 0]);
        c.fill(&[vec![[0.0, 0.0], [8.0, 0.0], [0.0, 8.0]]], [255, 255, 255], 1.0);
        let total: f32 = c.pixels.iter().map(|p| f32::from(p[0]) / 255.0).sum();
        assert!((total - 32.0).abs() < 0.05, "{total}");
        // Square with an oppositely oriented hole.
        let mut d = Canvas::new(10, 10, [0, 0, 0]);
        let outer = vec![[1.0, 1.0], [9.0, 1.0], [9.0, 9.0], [1.0, 9.0]];
        let hole = vec![[3.0, 3.0], [3.0, 7.0], [7.0, 7.0], [7.0, 3.0]];
        d.fill(&[outer, hole], [255, 255, 255], 1.0);
        assert_eq!(d.get(5, 5), Some([0, 0, 0]));
        assert_eq!(d.get(2, 5), Some([255, 255, 255]));
    }
}
