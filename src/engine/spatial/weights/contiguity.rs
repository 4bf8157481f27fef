//! Contiguity weights: queen (regions touch at a point or more) and rook (they share a border
//! of some length), exact or with a snapping tolerance.
//!
//! **Exact** (`snap_km = 0`), as PySAL's `Queen` / `Rook.from_dataframe` and GeoDa without a
//! precision threshold: queen neighbours share at least one vertex (the same coordinates bit for
//! bit); rook neighbours share an edge (two consecutive vertices, in either direction).
//!
//! **Snapped** (`snap_km = t > 0`), for boundaries simplified one by one, whose common borders
//! no longer share vertices and may overlap or leave slivers:
//! - queen: the regions are at most `t` apart, `d(A, B) = min |a - b| <= t` over points of the
//!   two regions (0 when they overlap). This is PySAL's `fuzzy_contiguity` with each region
//!   buffered by `t / 2`: buffers meet exactly when `d(A, B) <= t`.
//! - rook: queen, and a border of some length is shared: the part of one region's outline that
//!   lies within `t` of the other region (of its outline, or inside it), measured on pieces of
//!   at most `t`, is longer than `3 t`. At a corner contact at most about `t` of each of the two
//!   edges meeting there is that close (`2 t` in all), so it stays queen-only.
//!
//! Pairs are tested only when their bounding boxes are within `t`; each pair is independent,
//! so the lists do not depend on the thread count.

use super::regions::Region;
use crate::engine::spatial::projection::BBox;
use rayon::prelude::*;
use std::collections::HashMap;

/// Queen or rook contiguity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rule {
    /// A common point is enough.
    Queen,
    /// A common border of positive length is needed.
    Rook,
}

/// Neighbour lists (ascending) of `regions` under `rule` with tolerance `snap_km` (0: exact).
pub fn neighbours(regions: &[Region], rule: Rule, snap_km: f64) -> Vec<Vec<usize>> {
    let pairs = if snap_km > 0.0 { snapped_pairs(regions, rule, snap_km) } else { exact_pairs(regions, rule) };
    let mut lists = vec![Vec::new(); regions.len()];
    for (i, j) in pairs {
        lists[i].push(j);
        lists[j].push(i);
    }
    for l in &mut lists {
        l.sort_unstable();
        l.dedup();
    }
    lists
}

fn key(p: [f64; 2]) -> (u64, u64) {
    // +0.0 and -0.0 are the same point.
    ((p[0] + 0.0).to_bits(), (p[1] + 0.0).to_bits())
}

/// Pairs `(i, j)`, `i < j`, sharing a vertex (queen) or an edge (rook).
fn exact_pairs(regions: &[Region], rule: Rule) -> Vec<(usize, usize)> {
    let mut owners: HashMap<[u64; 4], Vec<usize>> = HashMap::new();
    for (r, region) in regions.iter().enumerate() {
        for ring in &region.rings {
            for i in 0..ring.len() {
                let a = key(ring[i]);
                let k = match rule {
                    Rule::Queen => [a.0, a.1, 0, 0],
                    Rule::Rook => {
                        let b = key(ring[(i + 1) % ring.len()]);
                        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
                        [lo.0, lo.1, hi.0, hi.1]
                    }
                };
                let list = owners.entry(k).or_default();
                if list.last() != Some(&r) {
                    list.push(r);
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for list in owners.values() {
        for (a, &i) in list.iter().enumerate() {
            for &j in &list[a + 1..] {
                if i != j {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    // The hash map's order is arbitrary: sort so that the result is the same on every run.
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// An outline segment with its bounding box.
#[derive(Clone, Copy)]
struct Seg {
    a: [f64; 2],
    b: [f64; 2],
    bbox: BBox,
}

fn grown(b: &BBox, t: f64) -> BBox {
    BBox { min: [b.min[0] - t, b.min[1] - t], max: [b.max[0] + t, b.max[1] + t] }
}

fn overlaps(a: &BBox, b: &BBox) -> bool {
    a.min[0] <= b.max[0] && b.min[0] <= a.max[0] && a.min[1] <= b.max[1] && b.min[1] <= a.max[1]
}

fn segments_near(r: &Region, zone: &BBox) -> Vec<Seg> {
    r.segments()
        .map(|[a, b]| Seg { a, b, bbox: BBox::of_points(&[a, b]) })
        .filter(|s| overlaps(&s.bbox, zone))
        .collect()
}

fn snapped_pairs(regions: &[Region], rule: Rule, t: f64) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = (0..regions.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let zone = grown(&regions[i].bbox, t);
            ((i + 1)..regions.len())
                .filter(move |&j| overlaps(&zone, &regions[j].bbox))
                .filter(move |&j| touches(&regions[i], &regions[j], rule, t))
                .map(move |j| (i, j))
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

/// The snapped test for one pair.
fn touches(a: &Region, b: &Region, rule: Rule, t: f64) -> bool {
    let sa = segments_near(a, &grown(&b.bbox, t));
    let sb = segments_near(b, &grown(&a.bbox, t));
    let t2 = t * t;
    let close = sa.iter().any(|s| {
        let zone = grown(&s.bbox, t);
        sb.iter().any(|q| overlaps(&zone, &q.bbox) && seg_seg_dist2(s.a, s.b, q.a, q.b) <= t2)
    });
    let nested = || {
        a.rings.first().and_then(|r| r.first()).is_some_and(|&p| b.contains(p))
            || b.rings.first().and_then(|r| r.first()).is_some_and(|&p| a.contains(p))
    };
    if !(close || nested()) {
        return false;
    }
    match rule {
        Rule::Queen => true,
        Rule::Rook => shared_length(&sa, &sb, b, t) > 3.0 * t || shared_length(&sb, &sa, a, t) > 3.0 * t,
    }
}

/// Length of the outline `own` lying within `t` of `other` (its outline segments `theirs`, or
/// its inside): each segment is cut into pieces no longer than `t` (at most 64 per segment),
/// and a piece counts when both its ends are near.
fn shared_length(own: &[Seg], theirs: &[Seg], other: &Region, t: f64) -> f64 {
    const MAX_PIECES: f64 = 64.0;
    let t2 = t * t;
    let near = |p: [f64; 2]| {
        theirs.iter().any(|q| {
            p[0] >= q.bbox.min[0] - t
                && p[0] <= q.bbox.max[0] + t
                && p[1] >= q.bbox.min[1] - t
                && p[1] <= q.bbox.max[1] + t
                && point_seg_dist2(p, q.a, q.b) <= t2
        }) || other.contains(p)
    };
    let mut total = 0.0;
    for s in own {
        let len = (s.b[0] - s.a[0]).hypot(s.b[1] - s.a[1]);
        let m = (len / t).ceil().clamp(1.0, MAX_PIECES) as usize;
        let at = |k: usize| {
            let u = k as f64 / m as f64;
            [s.a[0] + u * (s.b[0] - s.a[0]), s.a[1] + u * (s.b[1] - s.a[1])]
        };
        let mut prev = near(s.a);
        for k in 1..=m {
            let here = near(at(k));
            if prev && here {
                total += len / m as f64;
            }
            prev = here;
        }
    }
    total
}

/// Squared distance from `p` to the segment `[a, b]`.
pub fn point_seg_dist2(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let u = if len2 > 0.0 { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (x, y) = (a[0] + u * dx - p[0], a[1] + u * dy - p[1]);
    x * x + y * y
}

fn orient(a: [f64; 2], b: [f64; 2], c: [f64; 2]) -> f64 {
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

/// Squared distance between the segments `[a, b]` and `[c, d]`: 0 when they cross, else the
/// smallest endpoint-to-segment distance.
pub fn seg_seg_dist2(a: [f64; 2], b: [f64; 2], c: [f64; 2], d: [f64; 2]) -> f64 {
    let (o1, o2, o3, o4) = (orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b));
    if ((o1 > 0.0 && o2 < 0.0) || (o1 < 0.0 && o2 > 0.0)) && ((o3 > 0.0 && o4 < 0.0) || (o3 < 0.0 && o4 > 0.0)) {
        return 0.0;
    }
    point_seg_dist2(a, c, d).min(point_seg_dist2(b, c, d)).min(point_seg_dist2(c, a, b)).min(point_seg_dist2(d, a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(id: &str, x: f64, y: f64, s: f64) -> Region {
        Region::new(id.into(), vec![vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s]]])
    }

    /// A 3 x 3 chessboard of unit squares: rook has edges only, queen adds the diagonals.
    #[test]
    fn exact_chessboard() {
        let rs: Vec<Region> = (0..9).map(|k| square(&k.to_string(), (k % 3) as f64, (k / 3) as f64, 1.0)).collect();
        let q = neighbours(&rs, Rule::Queen, 0.0);
        let r = neighbours(&rs, Rule::Rook, 0.0);
        assert_eq!(q[4], vec![0, 1, 2, 3, 5, 6, 7, 8]);
        assert_eq!(r[4], vec![1, 3, 5, 7]);
        assert_eq!(q[0], vec![1, 3, 4]);
        assert_eq!(r[0], vec![1, 3]);
    }

    /// Squares 10 km wide with 0.3 km gaps and shifted vertices: exact contiguity finds
    /// nothing, a 0.5 km snap finds the chessboard again (rook without the diagonals).
    #[test]
    fn snapping_closes_gaps_but_keeps_corners_queen_only() {
        let mut rs = Vec::new();
        for k in 0..9 {
            let (x, y) = ((k % 3) as f64 * 10.3, (k / 3) as f64 * 10.3);
            // An extra vertex in the middle of the bottom edge, so vertices do not line up.
            rs.push(Region::new(
                k.to_string(),
                vec![vec![[x, y], [x + 4.0 + 0.1 * k as f64, y], [x + 10.0, y], [x + 10.0, y + 10.0], [x, y + 10.0]]],
            ));
        }
        assert!(neighbours(&rs, Rule::Queen, 0.0).iter().all(Vec::is_empty));
        let q = neighbours(&rs, Rule::Queen, 0.5);
        let r = neighbours(&rs, Rule::Rook, 0.5);
        assert_eq!(q[4], vec![0, 1, 2, 3, 5, 6, 7, 8]);
        assert_eq!(r[4], vec![1, 3, 5, 7]);
        // 0.3 km apart: a 0.2 km tolerance is not enough.
        assert!(neighbours(&rs, Rule::Queen, 0.2).iter().all(Vec::is_empty));
    }

    #[test]
    fn overlapping_and_nested_regions_touch() {
        let a = square("a", 0.0, 0.0, 10.0);
        let b = square("b", 9.5, 2.0, 10.0);
        let inner = square("c", 3.0, 3.0, 2.0);
        let rs = vec![a, b, inner];
        let q = neighbours(&rs, Rule::Queen, 0.1);
        assert_eq!(q[0], vec![1, 2]);
        let r = neighbours(&rs, Rule::Rook, 0.1);
        assert_eq!(r[0], vec![1, 2], "an 8 km overlap is a shared border");
    }

    #[test]
    fn segment_distances() {
        assert_eq!(seg_seg_dist2([0.0, 0.0], [2.0, 2.0], [0.0, 2.0], [2.0, 0.0]), 0.0);
        assert!((seg_seg_dist2([0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]) - 1.0).abs() < 1e-15);
        assert!((point_seg_dist2([3.0, 4.0], [0.0, 0.0], [0.0, 0.0]) - 25.0).abs() < 1e-15);
    }
}
