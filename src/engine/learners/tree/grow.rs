//! Growing one CART regression tree from presorted rows (exact best splits, squared error).
//!
//! Features with more than two values keep, per feature, the node's rows in value order
//! ([`super::scan`] finds their best split, [`super::partition`] splits the lists). Two-valued
//! features (dummies) keep none: their one candidate split is summed from the node's rows in
//! position order ([`super::binary`]), which the trees keep as one more list. The split
//! search of a node is in [`super::split`].

use super::binary::{LANES, LoSums, sums_in_feature_order};
use super::partition::{Keep, partition, partition_sorted};
use super::scan::{Wy, sums};
use super::split::{best_split, best_split_sorted};
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
    pub(super) ly: Vec<f64>,
    /// Weight and weighted target per local id (length `cap`).
    pub(super) wyw: Vec<Wy>,
    /// Per feature, local ids sorted by that feature: `idx[f * m + k]`; then (as feature `p`)
    /// the local ids in position order, kept when some feature is two-valued (+1 spare).
    pub(super) idx: Vec<u32>,
    /// Per feature, values by local id: `xl[f * cap + id]` (features with more than two values).
    pub(super) xl: Vec<f64>,
    /// Side of the current split per local id, 1 = left (length `cap`).
    pub(super) side: Vec<u8>,
    /// Partition buffer for the right rows (length `cap`).
    pub(super) tmp_right: Vec<u32>,
    /// Slot of each feature among the two-valued ones ([`NOT_TWO`] for the others).
    pub(super) two_slot: Vec<usize>,
    /// The list of each feature with more than two values: its own, or that of an earlier
    /// feature with the same order and ties ([`Presorted::owner`]).
    pub(super) list: Vec<usize>,
    /// Per list, the index of its scan result at the current node ([`NOT_TWO`]: not scanned).
    pub(super) list_res: Vec<usize>,
    /// Lower and higher value of each two-valued slot.
    pub(super) two_values: Vec<(f64, f64)>,
    /// Codes of the two-valued features, [`LANES`] slots per chunk: `codes[chunk * cap + id]`,
    /// 0 for the lower value, 1 for the higher.
    pub(super) codes: Vec<[u8; LANES]>,
    /// Sums over each two-valued slot's low rows in the current node.
    pub(super) lo: Vec<LoSums>,
    /// Features with more than two values evaluated at the current node, in draw order, and
    /// their scan results.
    pub(super) scanned: Vec<usize>,
    pub(super) scan_res: Vec<(f64, usize)>,
    /// Best proxy and position of every candidate, in draw order.
    pub(super) cand_res: Vec<(f64, usize)>,
    /// Feature draw order.
    pub(super) feats: Vec<usize>,
    /// Features evaluated at the current node, in draw order.
    pub(super) cands: Vec<usize>,
    /// Whether each feature varies in the current node.
    pub(super) varies: Vec<bool>,
    /// Local id of each position (`m` = out of bag).
    local: Vec<u32>,
    /// Nodes still to process.
    stack: Vec<Pending>,
}

/// Marker in [`GrowScratch`]'s slot table for a feature with more than two values.
pub(super) const NOT_TWO: usize = usize::MAX;

/// A node waiting to be processed: its rows are `start..end` in every feature's segment.
#[derive(Clone, Copy, Debug)]
struct Pending {
    node: u32,
    start: u32,
    end: u32,
    depth: u32,
    /// A feature whose segment is known to list exactly this node's rows, in that feature's
    /// order (`p`: the position-order list).
    ref_feature: u32,
    /// Weight and weighted target of the node when the parent already summed them over
    /// `ref_feature`'s segment in order (a left child: the same bits as summing again).
    totals: Option<(f64, f64)>,
}

/// Sizes of one tree's working arrays.
#[derive(Clone, Copy, Debug)]
pub(super) struct Dims {
    /// In-bag rows.
    pub m: usize,
    /// Features.
    pub p: usize,
    /// `cap - 1`, with `cap > m` the power-of-two length of per-id arrays.
    pub mask: usize,
    /// Number of two-valued features (0: the position-order list is not kept).
    pub n_two: usize,
    /// No two-valued feature and no shared list: every feature has its own sorted list, and
    /// the split search takes the plain path ([`super::split`]).
    pub plain: bool,
}

impl Dims {
    /// Feature `f`'s values by local id.
    #[inline]
    pub(super) fn column<'a>(&self, xl: &'a [f64], f: usize) -> &'a [f64] {
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
    s.two_slot.clear();
    s.two_values.clear();
    s.list.clear();
    s.list.extend((0..p).map(|f| pre.owner(f)));
    for f in 0..p {
        match pre.two_values(f) {
            Some(v) => {
                s.two_slot.push(s.two_values.len());
                s.two_values.push(v);
            }
            None => s.two_slot.push(NOT_TWO),
        }
    }
    let n_two = s.two_values.len();
    let plain = n_two == 0 && s.list.iter().enumerate().all(|(f, &l)| l == f);
    let d = Dims { m, p, mask: cap - 1, n_two, plain };
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
    grow_to(&mut s.idx, m * (p + 1) + 1);
    grow_to(&mut s.xl, cap * p);
    let chunks = d.n_two.div_ceil(LANES);
    // Entries of out-of-bag ids are never read (only the spare id m is written for them).
    grow_to(&mut s.codes, chunks * cap);
    let local = &s.local[..n];
    for chunk in 0..chunks {
        let codes = &mut s.codes[chunk * cap..(chunk + 1) * cap];
        let codes = &mut codes[..=d.mask];
        for (&id, &c) in local.iter().zip(pre.two_codes(chunk)) {
            codes[id as usize & d.mask] = c;
        }
    }
    for f in 0..p {
        if s.two_slot[f] != NOT_TWO {
            continue;
        }
        let xl = &mut s.xl[f * cap..(f + 1) * cap];
        let xl = &mut xl[..=d.mask];
        if s.list[f] != f {
            // Its rows are listed in the owner's list: only its values are needed.
            for (&pos, &value) in pre.order(f).iter().zip(pre.sorted_values(f)) {
                xl[local[pos as usize] as usize & d.mask] = value;
            }
            continue;
        }
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
    if n_two > 0 {
        // Local ids follow positions, so the position-order list is 0..m.
        let by_pos = &mut s.idx[p * m..p * m + m];
        by_pos.iter_mut().enumerate().for_each(|(k, id)| *id = k as u32);
    }
    grow_to(&mut s.side, cap);
    grow_to(&mut s.tmp_right, cap);
    s.feats.clear();
    s.feats.extend(0..p);
    // The root's totals, summed in feature 0's order (as every node sums in its reference
    // feature's order); a two-valued feature 0 has no list of its own.
    let (root_ref, totals) = match s.two_slot[0] {
        NOT_TWO => (0, sums(&s.wyw, &s.idx[..m], d.mask)),
        slot => {
            let codes = &s.codes[slot / LANES * cap..(slot / LANES + 1) * cap];
            (p, sums_in_feature_order(&s.idx[p * m..p * m + m], codes, slot % LANES, &s.wyw, d.mask))
        }
    };

    let mut nodes = Vec::with_capacity(64);
    nodes.push(Node { value: 0.0, feature: LEAF, left: 0 });
    s.stack.clear();
    s.stack.push(Pending {
        node: 0,
        start: 0,
        end: m as u32,
        depth: 0,
        ref_feature: root_ref as u32,
        totals: Some(totals),
    });
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

/// Threshold between consecutive distinct values `a < b`: `a/2 + b/2`, or `a` when rounding
/// would put it on `b` or overflow (scikit-learn's rule; the histogram trees' bin edges and
/// thresholds too).
pub(super) fn midpoint(a: f64, b: f64) -> f64 {
    let t = a / 2.0 + b / 2.0;
    if t == b || !t.is_finite() { a } else { t }
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
    let split = if d.plain {
        best_split_sorted(start, end, d, w_tot, s_tot, params, rng, s)
    } else {
        best_split(start, end, d, w_tot, s_tot, params, rng, s)
    };
    let Some(split) = split else {
        nodes[node] = Node { value: mean, feature: LEAF, left: 0 };
        return;
    };
    let left = nodes.len();
    nodes[node] = Node { value: split.threshold, feature: split.feature as u32, left: left as u32 };
    let n_left = split.pos - start;
    let n_right = end - split.pos;
    let left_leaf = leaf_by_size(n_left, depth + 1, params);
    let right_leaf = leaf_by_size(n_right, depth + 1, params);
    let (w_left, s_left) = match split.two {
        Some((_, lo)) => (lo.w, lo.s),
        None => {
            let sf = s.list[split.feature] * m;
            sums(&s.wyw, &s.idx[sf + start..sf + split.pos], d.mask)
        }
    };
    nodes.push(Node { value: s_left / w_left, feature: LEAF, left: 0 });
    nodes.push(Node { value: (s_tot - s_left) / (w_tot - w_left), feature: LEAF, left: 0 });
    if left_leaf && right_leaf {
        return;
    }
    let keep = Keep { left: !left_leaf, right: !right_leaf };
    let two_slot = split.two.map(|(slot, _)| slot);
    let right_start = if d.plain {
        partition_sorted(start, split.pos, end, split.feature, keep, d, s)
    } else {
        partition(start, split.pos, end, split.feature, two_slot, keep, d, s)
    };
    // A child of a two-valued split lists its rows in that feature's order in position order.
    let ref_feature = if two_slot.is_some() { d.p } else { s.list[split.feature] } as u32;
    let child = |node: usize, start: usize, end: usize, totals: Option<(f64, f64)>| Pending {
        node: node as u32,
        start: start as u32,
        end: end as u32,
        depth: (depth + 1) as u32,
        ref_feature,
        totals,
    };
    if !right_leaf {
        s.stack.push(child(left + 1, right_start, right_start + n_right, None));
    }
    if !left_leaf {
        s.stack.push(child(left, start, split.pos, Some((w_left, s_left))));
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
