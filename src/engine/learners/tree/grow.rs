//! Growing one CART regression tree from presorted rows (exact best splits, squared error).

use super::scan::{Scan, Wy, scan_features, sums};
use super::{LEAF, Node, Presorted, Tree};
use crate::engine::rng::Rng;

/// Stopping and sampling rules of one tree (already validated and resolved to counts).
///
/// | name | meaning |
/// |---|---|
/// | `max_depth` | deepest split level (`None` = grow until the other rules stop) |
/// | `min_samples_split` | rows (unweighted) a node needs to be split, >= 2 |
/// | `min_samples_leaf` | rows (unweighted) each child must keep, >= 1 |
/// | `max_features` | features drawn per node, in `1..=p` |
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TreeParams {
    /// Maximum depth (`None` = unlimited).
    pub max_depth: Option<usize>,
    /// Minimum rows to split a node.
    pub min_samples_split: usize,
    /// Minimum rows per leaf.
    pub min_samples_leaf: usize,
    /// Features tried per node.
    pub max_features: usize,
}

/// Working memory for [`grow_tree`], reused between trees grown on the same thread.
///
/// Arrays indexed by a local row id have a power-of-two length `cap > m` and are indexed with
/// `id & (cap - 1)` (the identity for valid ids): the compiler then proves every access in
/// bounds, so the hot loops carry no bounds checks and the code stays safe.
#[derive(Clone, Debug, Default)]
pub struct GrowScratch {
    /// Target per local id.
    ly: Vec<f64>,
    /// Weight and weighted target per local id (length `cap`).
    wyw: Vec<Wy>,
    /// Per feature, local ids sorted by that feature: `idx[f * m + k]` (+1 spare).
    idx: Vec<u32>,
    /// Per feature, values by local id: `xl[f * cap + id]`.
    xl: Vec<f64>,
    /// Side of the current split per local id, 1 = left (length `cap`).
    side: Vec<u8>,
    /// Partition buffer for the right rows (length `cap`).
    tmp_right: Vec<u32>,
    /// Feature draw order.
    feats: Vec<usize>,
    /// Features evaluated at the current node, in draw order.
    cands: Vec<usize>,
    /// Local id of each position (`m` = out of bag).
    local: Vec<u32>,
    /// Nodes still to process.
    stack: Vec<Pending>,
}

/// A node waiting to be processed: its rows are `start..end` in every feature's segment.
#[derive(Clone, Copy, Debug)]
struct Pending {
    node: u32,
    start: u32,
    end: u32,
    depth: u32,
    /// A feature whose segment is known to list exactly this node's rows.
    ref_feature: u32,
    /// Weight and weighted target of the node when the parent already summed them over
    /// `ref_feature`'s segment in order (a left child: the same bits as summing again).
    totals: Option<(f64, f64)>,
}

/// Best split found in a node.
#[derive(Clone, Copy, Debug)]
struct Split {
    feature: usize,
    /// First row (in the feature's order) that goes right.
    pos: usize,
    threshold: f64,
}

/// Sizes of one tree's working arrays.
#[derive(Clone, Copy, Debug)]
struct Dims {
    /// In-bag rows.
    m: usize,
    /// Features.
    p: usize,
    /// `cap - 1`, with `cap > m` the power-of-two length of per-id arrays.
    mask: usize,
}

impl Dims {
    /// Feature `f`'s values by local id.
    #[inline]
    fn column<'a>(&self, xl: &'a [f64], f: usize) -> &'a [f64] {
        let cap = self.mask + 1;
        &xl[f * cap..(f + 1) * cap]
    }
}

/// Grow a tree on the positions of `pre` with `weights[pos] > 0` (bootstrap draw counts or a
/// 0/1 subsample mask), targets `y[pos]`, following `params`; `rng` draws the features.
///
/// Returns a single leaf when there are no features (the weighted mean) or no row has positive
/// weight (0).
pub fn grow_tree(
    pre: &Presorted,
    y: &[f64],
    weights: &[u32],
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut GrowScratch,
) -> Tree {
    let n = pre.n();
    let p = pre.p();
    let m = weights.iter().filter(|&&w| w > 0).count();
    let w_sum: usize = weights.iter().map(|&w| w as usize).sum();
    if m == 0 || p == 0 {
        let wy: f64 = (0..n).map(|pos| f64::from(weights[pos]) * y[pos]).sum();
        let value = if w_sum > 0 { wy / w_sum as f64 } else { 0.0 };
        return Tree { nodes: vec![Node { value, feature: LEAF, left: 0 }] };
    }
    let cap = (m + 1).next_power_of_two();
    let d = Dims { m, p, mask: cap - 1 };
    // Local ids 0..m for in-bag positions; out-of-bag positions map to the spare id m.
    s.local.clear();
    s.ly.clear();
    s.wyw.clear();
    for pos in 0..n {
        let w = weights[pos];
        if w > 0 {
            s.local.push(s.ly.len() as u32);
            s.ly.push(y[pos]);
            s.wyw.push(Wy { wy: f64::from(w) * y[pos], w: f64::from(w) });
        } else {
            s.local.push(m as u32);
        }
    }
    s.wyw.resize(cap, Wy::default());
    // Every entry that is read is written below first, so buffers are only grown, never cleared.
    grow_to(&mut s.idx, m * p + 1);
    grow_to(&mut s.xl, cap * p);
    let local = &s.local[..n];
    for f in 0..p {
        let xl = &mut s.xl[f * cap..(f + 1) * cap];
        let xl = &mut xl[..=d.mask];
        // Branch-free filter: always write, advance only for in-bag rows (the last write of an
        // out-of-bag row lands in the spare slot, overwritten by the next feature).
        let ids = &mut s.idx[f * m..f * m + m + 1];
        let mut k = 0;
        for (&pos, &value) in pre.order(f).iter().zip(pre.sorted_values(f)) {
            let id = local[pos as usize];
            ids[k] = id;
            xl[id as usize & d.mask] = value;
            k += usize::from(id != m as u32);
        }
    }
    grow_to(&mut s.side, cap);
    grow_to(&mut s.tmp_right, cap);
    s.feats.clear();
    s.feats.extend(0..p);

    let mut nodes = Vec::with_capacity(64);
    nodes.push(Node { value: 0.0, feature: LEAF, left: 0 });
    s.stack.clear();
    s.stack.push(Pending { node: 0, start: 0, end: m as u32, depth: 0, ref_feature: 0, totals: None });
    while let Some(task) = s.stack.pop() {
        process_node(task, d, params, rng, s, &mut nodes);
    }
    Tree { nodes }
}

/// Make `v` at least `len` long (new entries are defaults; old entries are kept).
fn grow_to<T: Copy + Default>(v: &mut Vec<T>, len: usize) {
    if v.len() < len {
        v.resize(len, T::default());
    }
}

/// True when a node with `count` rows at `depth` may not be split by size or depth (the rule of
/// the histogram trees too).
#[inline]
pub(super) fn leaf_by_size(count: usize, depth: usize, params: &TreeParams) -> bool {
    count < params.min_samples_split
        || count < 2 * params.min_samples_leaf
        || params.max_depth.is_some_and(|d| depth >= d)
}

fn process_node(
    task: Pending,
    d: Dims,
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut GrowScratch,
    nodes: &mut Vec<Node>,
) {
    let m = d.m;
    let (start, end) = (task.start as usize, task.end as usize);
    let count = end - start;
    let depth = task.depth as usize;
    // Node totals and purity from a segment that lists exactly this node's rows.
    let rf = task.ref_feature as usize;
    let ids = &s.idx[rf * m + start..rf * m + end];
    let (w_tot, s_tot) = task.totals.unwrap_or_else(|| sums(&s.wyw, ids, d.mask));
    let first_y = s.ly[ids[0] as usize];
    let pure = ids.iter().all(|&id| s.ly[id as usize] == first_y);
    let node = task.node as usize;
    let mean = s_tot / w_tot;
    if pure || leaf_by_size(count, depth, params) {
        nodes[node] = Node { value: mean, feature: LEAF, left: 0 };
        return;
    }
    let Some(split) = best_split(start, end, d, w_tot, s_tot, params, rng, s) else {
        nodes[node] = Node { value: mean, feature: LEAF, left: 0 };
        return;
    };
    let left = nodes.len();
    nodes[node] = Node { value: split.threshold, feature: split.feature as u32, left: left as u32 };
    let n_left = split.pos - start;
    let n_right = end - split.pos;
    let left_leaf = leaf_by_size(n_left, depth + 1, params);
    let right_leaf = leaf_by_size(n_right, depth + 1, params);
    let sf = split.feature * m;
    let (w_left, s_left) = sums(&s.wyw, &s.idx[sf + start..sf + split.pos], d.mask);
    nodes.push(Node { value: s_left / w_left, feature: LEAF, left: 0 });
    nodes.push(Node { value: (s_tot - s_left) / (w_tot - w_left), feature: LEAF, left: 0 });
    if left_leaf && right_leaf {
        return;
    }
    let keep = Keep { left: !left_leaf, right: !right_leaf };
    let right_start = partition(start, split.pos, end, split.feature, keep, d, s);
    let child = |node: usize, start: usize, end: usize, totals: Option<(f64, f64)>| Pending {
        node: node as u32,
        start: start as u32,
        end: end as u32,
        depth: (depth + 1) as u32,
        ref_feature: split.feature as u32,
        totals,
    };
    if !right_leaf {
        s.stack.push(child(left + 1, right_start, right_start + n_right, None));
    }
    if !left_leaf {
        s.stack.push(child(left, start, split.pos, Some((w_left, s_left))));
    }
}

/// The best split of rows `start..end` over up to `max_features` non-constant features.
///
/// The features to evaluate are drawn first (Fisher-Yates, skipping features constant in the
/// node), then scanned four at a time by [`scan_features`], and the results compared in draw
/// order: the first feature with the largest proxy wins, and within a feature the first position.
#[allow(clippy::too_many_arguments)]
fn best_split(
    start: usize,
    end: usize,
    d: Dims,
    w_tot: f64,
    s_tot: f64,
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut GrowScratch,
) -> Option<Split> {
    let (m, p, mask) = (d.m, d.p, d.mask);
    let count = end - start;
    let min_leaf = params.min_samples_leaf;
    if count < 2 * min_leaf {
        return None;
    }
    if count == 2 {
        // Both rows end in their own leaf whatever the feature, so every non-constant feature
        // gives the same split: the first one drawn wins, as in the general scan.
        for i in 0..p {
            let j = i + rng.below(p - i);
            s.feats.swap(i, j);
            let f = s.feats[i];
            let xcol = &d.column(&s.xl, f)[..=mask];
            let ids = &s.idx[f * m + start..f * m + end];
            let (a, b) = (xcol[ids[0] as usize & mask], xcol[ids[1] as usize & mask]);
            if a != b {
                return Some(Split { feature: f, pos: start + 1, threshold: midpoint(a, b) });
            }
        }
        return None;
    }
    s.cands.clear();
    for i in 0..p {
        let j = i + rng.below(p - i);
        s.feats.swap(i, j);
        let f = s.feats[i];
        let ids = &s.idx[f * m + start..f * m + end];
        let xcol = &d.column(&s.xl, f)[..=mask];
        if xcol[ids[0] as usize & mask] != xcol[ids[count - 1] as usize & mask] {
            s.cands.push(f); // constant features do not count towards max_features
            if s.cands.len() == params.max_features {
                break;
            }
        }
    }
    // Position k (0-based in the node) puts k + 1 rows on the left: admissible for
    // k + 1 in [min_leaf, count - min_leaf].
    let (k_lo, k_hi) = (min_leaf - 1, count - min_leaf);
    let seg = |f: usize| &s.idx[f * m + start..f * m + end];
    let col = |f: usize| d.column(&s.xl, f);
    let mut best_proxy = f64::NEG_INFINITY;
    let mut best: Option<Split> = None;
    let mut consider = |f: usize, (top, top_k): (f64, usize)| {
        if top > best_proxy {
            best_proxy = top;
            let (ids, xcol) = (seg(f), col(f));
            let (xk, xk1) = (xcol[ids[top_k] as usize & mask], xcol[ids[top_k + 1] as usize & mask]);
            best = Some(Split { feature: f, pos: start + top_k + 1, threshold: midpoint(xk, xk1) });
        }
    };
    let scan = Scan { wyw: &s.wyw, mask, k_lo, k_hi, w_tot, s_tot };
    scan_features(&scan, &s.cands, seg, col, &mut consider);
    best
}

/// Threshold between consecutive distinct values `a < b`: `a/2 + b/2`, or `a` when rounding
/// would put it on `b` or overflow (scikit-learn's rule; the histogram trees' bin edges and
/// thresholds too).
pub(super) fn midpoint(a: f64, b: f64) -> f64 {
    let t = a / 2.0 + b / 2.0;
    if t == b || !t.is_finite() { a } else { t }
}

/// Which children of a split are grown further (a leaf child's rows are never read again).
#[derive(Clone, Copy, Debug)]
struct Keep {
    left: bool,
    right: bool,
}

/// Stable partition of rows `start..end` of every non-constant feature's segment into the rows
/// of `split_feature`'s segment before `pos` (left) and the rest (right), for the children in
/// `keep` only. Returns where the right child's rows start: `pos`, or `start` when the left
/// child is a leaf (the right rows are then moved to the front and the left rows dropped).
///
/// The left rows are compacted in place (a row is written at or before the place it was read
/// from) and the right rows go through one buffer; every write is unconditional and only the
/// write position depends on the side, so the loop has no data-dependent branch.
fn partition(
    start: usize,
    pos: usize,
    end: usize,
    split_feature: usize,
    keep: Keep,
    d: Dims,
    s: &mut GrowScratch,
) -> usize {
    let (m, p, mask) = (d.m, d.p, d.mask);
    let side = &mut s.side[..=mask];
    let sf = split_feature * m;
    for (k, &id) in s.idx[sf + start..sf + end].iter().enumerate() {
        side[id as usize & mask] = u8::from(k < pos - start);
    }
    let tr = &mut s.tmp_right[..=mask];
    for f in 0..p {
        let ids = &mut s.idx[f * m + start..f * m + end];
        let xcol = &d.column(&s.xl, f)[..=mask];
        let last = ids.len() - 1;
        if f == split_feature || xcol[ids[0] as usize & mask] == xcol[ids[last] as usize & mask] {
            // Already split, or constant here and in every descendant (never read again).
            continue;
        }
        match (keep.left, keep.right) {
            (true, true) => {
                let (mut nl, mut nr) = (0usize, 0usize);
                for k in 0..ids.len() {
                    let id = ids[k];
                    let left = usize::from(side[id as usize & mask]);
                    ids[nl] = id;
                    tr[nr & mask] = id;
                    nl += left;
                    nr += 1 - left;
                }
                ids[nl..].copy_from_slice(&tr[..nr]);
            }
            (true, false) => {
                let mut nl = 0usize;
                for k in 0..ids.len() {
                    let id = ids[k];
                    ids[nl] = id;
                    nl += usize::from(side[id as usize & mask]);
                }
            }
            (false, _) => {
                let mut nr = 0usize;
                for k in 0..ids.len() {
                    let id = ids[k];
                    ids[nr] = id;
                    nr += 1 - usize::from(side[id as usize & mask]);
                }
            }
        }
    }
    if keep.left {
        pos
    } else {
        // The split feature's segment was not compacted above: move its right rows too.
        s.idx.copy_within(sf + pos..sf + end, sf + start);
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::Features;
    use crate::engine::rng::rng_for;

    fn params(max_depth: Option<usize>) -> TreeParams {
        TreeParams { max_depth, min_samples_split: 2, min_samples_leaf: 1, max_features: 2 }
    }

    fn fit(x: &Features, y: &[f64], w: &[u32], p: &TreeParams) -> Tree {
        let rows: Vec<usize> = (0..x.nrows()).collect();
        let pre = Presorted::new(x, &rows);
        grow_tree(&pre, y, w, p, &mut rng_for(1, &[]), &mut GrowScratch::default())
    }

    #[test]
    fn step_function_is_split_at_the_midpoint() {
        let x = Features::from_fn(6, 2, |i, j| if j == 0 { i as f64 } else { 0.0 });
        let y = [1.0, 1.0, 1.0, 5.0, 5.0, 5.0];
        let t = fit(&x, &y, &[1; 6], &params(None));
        assert_eq!(t.nodes[0].feature, 0);
        assert_eq!(t.nodes[0].value, 2.5);
        assert_eq!(t.n_leaves(), 2, "pure children are leaves");
        assert_eq!(t.predict_row(&[2.5, 0.0]), 1.0);
        assert_eq!(t.predict_row(&[2.6, 0.0]), 5.0);
    }

    #[test]
    fn full_tree_interpolates_distinct_rows_and_weights_count() {
        let x = Features::from_fn(8, 2, |i, j| ((i * (j + 3)) % 8) as f64);
        let y: Vec<f64> = (0..8).map(|i| (i * i) as f64).collect();
        let t = fit(&x, &y, &[1; 8], &params(None));
        for i in 0..8 {
            assert_eq!(t.predict_row(&[x[(i, 0)], x[(i, 1)]]), y[i]);
        }
        // Weights: a leaf holding rows with draw counts 3 and 1 predicts their weighted mean.
        let x1 = Features::from_fn(2, 1, |_, _| 0.0);
        let t1 = fit(&x1, &[1.0, 5.0], &[3, 1], &params(None));
        assert_eq!(t1.nodes.len(), 1);
        assert_eq!(t1.predict_row(&[0.0]), 2.0);
    }

    #[test]
    fn depth_and_leaf_size_limits_hold() {
        let x = Features::from_fn(40, 1, |i, _| i as f64);
        let y: Vec<f64> = (0..40).map(|i| ((i * 7) % 11) as f64).collect();
        let t = fit(&x, &y, &[1; 40], &params(Some(3)));
        assert!(t.depth() <= 3 && t.n_leaves() <= 8);
        let p5 = TreeParams { min_samples_leaf: 5, ..params(None) };
        let t5 = fit(&x, &y, &[1; 40], &p5);
        assert!(t5.n_leaves() <= 8, "40 rows, at least 5 per leaf: {}", t5.n_leaves());
    }

    #[test]
    fn out_of_bag_rows_are_ignored() {
        let x = Features::from_fn(4, 1, |i, _| i as f64);
        let t = fit(&x, &[0.0, 10.0, 20.0, 30.0], &[1, 0, 0, 1], &params(None));
        assert_eq!(t.nodes[0].value, 1.5, "threshold between the in-bag values 0 and 3");
    }
}
