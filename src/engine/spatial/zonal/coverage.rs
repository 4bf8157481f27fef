//! Exact coverage fractions of raster cells by a polygon: the fraction of each cell's area
//! inside the polygon, as exactextract computes them (Baston, *exactextract*; a cell on the
//! edge counts in proportion to its covered area, not all or nothing).
//!
//! Method: signed-area accumulation along rows (the scanline of Raph Levien's font-rs, in
//! `f64`). In pixel coordinates (`u = (x - x_min) / dx`, `v = (y_max - y) / dy`, cells unit
//! squares), every edge adds to the cells it crosses the exact trapezoid area between itself
//! and the cell's right side, and carries its height to the cells further right; a running sum
//! along each row then gives each cell's signed covered area. Holes run opposite to exteriors,
//! so `|sum|` is the coverage. Edges are cut at the window's left and right sides first, so a
//! polygon larger than the raster is handled exactly (only the cells inside the raster count).
//!
//! Memory is one row window per polygon (`rows x cols` of its bounding box clipped to the
//! raster), never the whole grid.

/// A north-up raster grid: `cols x rows` cells of `dx x dy`, top-left corner `(x_min, y_max)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// West edge.
    pub x_min: f64,
    /// North edge.
    pub y_max: f64,
    /// Cell width (> 0).
    pub dx: f64,
    /// Cell height (> 0).
    pub dy: f64,
    /// Number of columns.
    pub cols: usize,
    /// Number of rows.
    pub rows: usize,
}

/// Coverage fractions of the cells of a window `[row0, row0 + rows) x [col0, col0 + cols)`,
/// row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// First row of the window.
    pub row0: usize,
    /// First column of the window.
    pub col0: usize,
    /// Window height.
    pub rows: usize,
    /// Window width.
    pub cols: usize,
    /// Fractions in `[0, 1]`.
    pub fraction: Vec<f64>,
}

impl Coverage {
    /// Iterate `(row, col, fraction)` over the cells with a positive fraction.
    pub fn cells(&self) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
        self.fraction
            .iter()
            .enumerate()
            .filter(|(_, f)| **f > 0.0)
            .map(|(k, &f)| (self.row0 + k / self.cols, self.col0 + k % self.cols, f))
    }
}

/// Coverage of `grid`'s cells by the polygon `rings` (exteriors and holes in opposite
/// orientations, open or closed, in the grid's coordinates). `None` when the polygon misses
/// the grid.
pub fn coverage(grid: &Grid, rings: &[Vec<[f64; 2]>]) -> Option<Coverage> {
    coverage_rows(grid, rings, 0..grid.rows)
}

/// [`coverage`] restricted to the grid rows `rows` (a block read from a file): each row's
/// fractions depend only on the edges crossing it, so the rows of a block are computed exactly
/// as in the whole grid. `None` when the polygon misses those rows.
pub fn coverage_rows(grid: &Grid, rings: &[Vec<[f64; 2]>], rows: std::ops::Range<usize>) -> Option<Coverage> {
    let to_px = |p: [f64; 2]| [(p[0] - grid.x_min) / grid.dx, (grid.y_max - p[1]) / grid.dy];
    let px: Vec<Vec<[f64; 2]>> = rings.iter().map(|r| r.iter().map(|&p| to_px(p)).collect()).collect();
    let (mut u0, mut v0, mut u1, mut v1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for p in px.iter().flatten() {
        u0 = u0.min(p[0]);
        v0 = v0.min(p[1]);
        u1 = u1.max(p[0]);
        v1 = v1.max(p[1]);
    }
    if !(u0.is_finite() && v0.is_finite() && u1.is_finite() && v1.is_finite()) {
        return None;
    }
    let col0 = u0.floor().max(0.0) as usize;
    let row0 = (v0.floor().max(0.0) as usize).max(rows.start);
    let col1 = (u1.ceil().max(0.0) as usize).min(grid.cols);
    let row1 = (v1.ceil().max(0.0) as usize).min(grid.rows).min(rows.end);
    if col1 <= col0 || row1 <= row0 {
        return None;
    }
    let (w, h) = (col1 - col0, row1 - row0);
    // One spare column: contributions right of the last cell land there and are dropped.
    let stride = w + 2;
    let mut acc = vec![0.0f64; stride * h];
    let (ox, oy) = (col0 as f64, row0 as f64);
    let wf = w as f64;
    for ring in &px {
        let n = ring.len();
        for i in 0..n {
            let a = [ring[i][0] - ox, ring[i][1] - oy];
            let b = [ring[(i + 1) % n][0] - ox, ring[(i + 1) % n][1] - oy];
            for [p, q] in split_at_sides(a, b, wf) {
                let clamp = |p: [f64; 2]| [p[0].clamp(0.0, wf), p[1]];
                line(&mut acc, stride, h, clamp(p), clamp(q));
            }
        }
    }
    let mut fraction = Vec::with_capacity(w * h);
    for r in 0..h {
        let mut sum = 0.0;
        for c in 0..w {
            sum += acc[r * stride + c];
            fraction.push(sum.abs().min(1.0));
        }
    }
    Some(Coverage { row0, col0, rows: h, cols: w, fraction })
}

/// The segment `a-b` cut where it crosses `u = 0` and `u = w`, so that clamping each piece to
/// the window keeps the area to its right exact.
fn split_at_sides(a: [f64; 2], b: [f64; 2], w: f64) -> Vec<[[f64; 2]; 2]> {
    let mut ts: Vec<f64> = Vec::with_capacity(2);
    for side in [0.0, w] {
        if (a[0] - side) * (b[0] - side) < 0.0 {
            ts.push((side - a[0]) / (b[0] - a[0]));
        }
    }
    ts.sort_by(f64::total_cmp);
    let at = |t: f64| [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    let mut pieces = Vec::with_capacity(ts.len() + 1);
    let mut prev = a;
    for t in ts {
        let p = at(t);
        pieces.push([prev, p]);
        prev = p;
    }
    pieces.push([prev, b]);
    pieces
}

/// Accumulate the signed area of the segment `p0-p1` (window pixel coordinates, `0 <= u <= w`)
/// into `acc` (rows of `stride` cells, `h` rows): font-rs's `draw_line` in `f64`.
fn line(acc: &mut [f64], stride: usize, h: usize, p0: [f64; 2], p1: [f64; 2]) {
    if p0[1] == p1[1] {
        return;
    }
    let (dir, p0, p1) = if p0[1] < p1[1] { (1.0, p0, p1) } else { (-1.0, p1, p0) };
    let dxdy = (p1[0] - p0[0]) / (p1[1] - p0[1]);
    let mut x = p0[0];
    if p0[1] < 0.0 {
        x -= p0[1] * dxdy;
    }
    let y_start = p0[1].max(0.0) as usize;
    let y_end = (p1[1].ceil().max(0.0) as usize).min(h);
    let last = (stride - 1) as isize;
    let idx = |row: usize, col: isize| row * stride + col.clamp(0, last) as usize;
    for y in y_start..y_end {
        let dy = ((y + 1) as f64).min(p1[1]) - (y as f64).max(p0[1]);
        let xnext = x + dxdy * dy;
        let d = dy * dir;
        let (x0, x1) = if x < xnext { (x, xnext) } else { (xnext, x) };
        let x0floor = x0.floor();
        let x0i = x0floor as isize;
        let x1ceil = x1.ceil();
        let x1i = x1ceil as isize;
        if x1i <= x0i + 1 {
            let xmf = 0.5 * (x + xnext) - x0floor;
            acc[idx(y, x0i)] += d - d * xmf;
            acc[idx(y, x0i + 1)] += d * xmf;
        } else {
            let s = 1.0 / (x1 - x0);
            let x0f = x0 - x0floor;
            let a0 = 0.5 * s * (1.0 - x0f) * (1.0 - x0f);
            let x1f = x1 - x1ceil + 1.0;
            let am = 0.5 * s * x1f * x1f;
            acc[idx(y, x0i)] += d * a0;
            if x1i == x0i + 2 {
                acc[idx(y, x0i + 1)] += d * (1.0 - a0 - am);
            } else {
                let a1 = s * (1.5 - x0f);
                acc[idx(y, x0i + 1)] += d * (a1 - a0);
                for xi in x0i + 2..x1i - 1 {
                    acc[idx(y, xi)] += d * s;
                }
                let a2 = a1 + (x1i - x0i - 3) as f64 * s;
                acc[idx(y, x1i - 1)] += d * (1.0 - a2 - am);
            }
            acc[idx(y, x1i)] += d * am;
        }
        x = xnext;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(cols: usize, rows: usize) -> Grid {
        Grid { x_min: 0.0, y_max: rows as f64, dx: 1.0, dy: 1.0, cols, rows }
    }

    fn total(c: &Coverage) -> f64 {
        c.fraction.iter().sum()
    }

    #[test]
    fn triangle_and_square_with_hole_have_exact_areas() {
        // Right triangle (0.5,0.5)-(3.5,0.5)-(0.5,3.5): area 4.5.
        let t = coverage(&grid(4, 4), &[vec![[0.5, 0.5], [3.5, 0.5], [0.5, 3.5]]]).unwrap();
        assert!((total(&t) - 4.5).abs() < 1e-12, "{}", total(&t));
        // A 3 x 3 square with a 1 x 1 hole, the hole clockwise.
        let sq = vec![[0.25, 0.25], [3.25, 0.25], [3.25, 3.25], [0.25, 3.25]];
        let hole = vec![[1.5, 1.5], [1.5, 2.5], [2.5, 2.5], [2.5, 1.5]];
        let c = coverage(&grid(4, 4), &[sq, hole]).unwrap();
        assert!((total(&c) - 8.0).abs() < 1e-12);
        assert!(c.fraction.iter().all(|f| (0.0..=1.0).contains(f)));
    }

    #[test]
    fn a_polygon_larger_than_the_raster_covers_it_fully() {
        let big = vec![[-10.0, -7.0], [20.0, -7.0], [20.0, 30.0], [-10.0, 30.0]];
        let c = coverage(&grid(5, 3), &[big]).unwrap();
        assert_eq!((c.rows, c.cols), (3, 5));
        assert!(c.fraction.iter().all(|f| (f - 1.0).abs() < 1e-12), "{:?}", c.fraction);
        // A diamond sticking out on every side: only the part inside counts.
        let diamond = vec![[2.5, -1.0], [6.0, 1.5], [2.5, 4.0], [-1.0, 1.5]];
        let c = coverage(&grid(5, 3), &[diamond]).unwrap();
        // The box minus four equal corner triangles: at (0, 0) the edge (-1, 1.5)-(2.5, -1)
        // cuts legs 1.5 - 2.5/3.5 = 11/14 (up) and 1.1 = 11/10 (along): 15 - 4 * 121/280.
        let want = 15.0 - 121.0 / 70.0;
        assert!((total(&c) - want).abs() < 1e-12, "{} vs {want}", total(&c));
    }

    #[test]
    fn misses_give_none() {
        assert!(coverage(&grid(3, 3), &[vec![[5.0, 5.0], [6.0, 5.0], [6.0, 6.0]]]).is_none());
        assert!(coverage(&grid(3, 3), &[]).is_none());
    }
}
