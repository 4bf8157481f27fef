//! Growing one CART regression tree from presorted rows (exact best splits, squared error).

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
#[derive(Clone, Debug, Default)]
pub struct GrowScratch {
    /// Target per local id.
    ly: Vec<f64>,
    /// Weight per local id.
    lw: Vec<f64>,
    /// Weight times target per local id.
    lwy: Vec<f64>,
    /// Per feature, local ids in sorted order: `idx[f * m + k]`.
    idx: Vec<u32>,
    /// Per feature, the matching feature values: `xs[f * m + k]`.
    xs: Vec<f64>,
    /// Side of the current split per local id (1 = left).
    side: Vec<u8>,
    /// Partition buffers.
    tmp_idx: Vec<u32>,
    tmp_x: Vec<f64>,
    /// Feature draw order.
    feats: Vec<usize>,
    /// Local id of each position (`u32::MAX` = out of bag).
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
}

/// Best split found in a node.
#[derive(Clone, Copy, Debug)]
struct Split {
    feature: usize,
    /// First row (in the feature's order) that goes right.
    pos: usize,
    threshold: f64,
    w_left: f64,
    s_left: f64,
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
    // Local ids for in-bag positions.
    s.local.clear();
    s.local.resize(n, u32::MAX);
    s.ly.clear();
    s.lw.clear();
    s.lwy.clear();
    for pos in 0..n {
        let w = weights[pos];
        if w > 0 {
            s.local[pos] = s.ly.len() as u32;
            let wf = f64::from(w);
            s.ly.push(y[pos]);
            s.lw.push(wf);
            s.lwy.push(wf * y[pos]);
        }
    }
    let m = s.ly.len();
    if m == 0 || p == 0 {
        let w: f64 = s.lw.iter().sum();
        let value = if w > 0.0 { s.lwy.iter().sum::<f64>() / w } else { 0.0 };
        return Tree { nodes: vec![Node { value, feature: LEAF, left: 0 }] };
    }
    s.idx.clear();
    s.idx.resize(m * p, 0);
    s.xs.clear();
    s.xs.resize(m * p, 0.0);
    for f in 0..p {
        let col = pre.column(f);
        let (ids, xs) = (&mut s.idx[f * m..(f + 1) * m], &mut s.xs[f * m..(f + 1) * m]);
        let mut k = 0;
        for &pos in pre.order(f) {
            let id = s.local[pos as usize];
            if id != u32::MAX {
                ids[k] = id;
                xs[k] = col[pos as usize];
                k += 1;
            }
        }
    }
    s.side.clear();
    s.side.resize(m, 0);
    s.tmp_idx.clear();
    s.tmp_idx.resize(m, 0);
    s.tmp_x.clear();
    s.tmp_x.resize(m, 0.0);
    s.feats.clear();
    s.feats.extend(0..p);

    let mut nodes = Vec::with_capacity(64);
    nodes.push(Node { value: 0.0, feature: LEAF, left: 0 });
    s.stack.clear();
    s.stack.push(Pending { node: 0, start: 0, end: m as u32, depth: 0, ref_feature: 0 });
    while let Some(task) = s.stack.pop() {
        process_node(task, m, p, params, rng, s, &mut nodes);
    }
    Tree { nodes }
}

/// True when a node with `count` rows at `depth` may not be split by size or depth.
#[inline]
fn leaf_by_size(count: usize, depth: usize, params: &TreeParams) -> bool {
    count < params.min_samples_split
        || count < 2 * params.min_samples_leaf
        || params.max_depth.is_some_and(|d| depth >= d)
}

fn process_node(
    task: Pending,
    m: usize,
    p: usize,
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut GrowScratch,
    nodes: &mut Vec<Node>,
) {
    let (start, end) = (task.start as usize, task.end as usize);
    let count = end - start;
    let depth = task.depth as usize;
    // Node totals and purity from a segment that lists exactly this node's rows.
    let rf = task.ref_feature as usize;
    let ids = &s.idx[rf * m + start..rf * m + end];
    let (mut w_tot, mut s_tot) = (0.0, 0.0);
    let first_y = s.ly[ids[0] as usize];
    let mut pure = true;
    for &id in ids {
        let id = id as usize;
        w_tot += s.lw[id];
        s_tot += s.lwy[id];
        pure &= s.ly[id] == first_y;
    }
    let node = task.node as usize;
    if pure || leaf_by_size(count, depth, params) {
        nodes[node] = Node { value: s_tot / w_tot, feature: LEAF, left: 0 };
        return;
    }
    let Some(split) = best_split(start, end, m, p, w_tot, s_tot, params, rng, s) else {
        nodes[node] = Node { value: s_tot / w_tot, feature: LEAF, left: 0 };
        return;
    };
    let left = nodes.len();
    nodes[node] = Node { value: split.threshold, feature: split.feature as u32, left: left as u32 };
    let n_left = split.pos - start;
    let n_right = end - split.pos;
    let left_leaf = leaf_by_size(n_left, depth + 1, params);
    let right_leaf = leaf_by_size(n_right, depth + 1, params);
    let (w_right, s_right) = (w_tot - split.w_left, s_tot - split.s_left);
    nodes.push(Node { value: split.s_left / split.w_left, feature: LEAF, left: 0 });
    nodes.push(Node { value: s_right / w_right, feature: LEAF, left: 0 });
    if left_leaf && right_leaf {
        return;
    }
    partition(start, split.pos, end, split.feature, m, p, s);
    let child = |node: usize, start: usize, end: usize| Pending {
        node: node as u32,
        start: start as u32,
        end: end as u32,
        depth: (depth + 1) as u32,
        ref_feature: split.feature as u32,
    };
    if !right_leaf {
        s.stack.push(child(left + 1, split.pos, end));
    }
    if !left_leaf {
        s.stack.push(child(left, start, split.pos));
    }
}

/// The best split of rows `start..end` over up to `max_features` non-constant features.
#[allow(clippy::too_many_arguments)]
fn best_split(
    start: usize,
    end: usize,
    m: usize,
    p: usize,
    w_tot: f64,
    s_tot: f64,
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut GrowScratch,
) -> Option<Split> {
    let count = end - start;
    let min_leaf = params.min_samples_leaf;
    // The proxy S_L^2/W_L + S_R^2/W_R is kept as a fraction num/den (den > 0) and compared by
    // cross-multiplication: no division in the inner loop.
    let (mut best_num, mut best_den) = (-1.0_f64, 1.0_f64);
    let mut best: Option<Split> = None;
    let mut visited = 0;
    for i in 0..p {
        let j = i + rng.below(p - i);
        s.feats.swap(i, j);
        let f = s.feats[i];
        let base = f * m;
        let xs = &s.xs[base + start..base + end];
        if xs[0] == xs[count - 1] {
            continue; // constant in this node: does not count towards max_features
        }
        let ids = &s.idx[base + start..base + end];
        let (mut wl, mut sl) = (0.0_f64, 0.0_f64);
        for k in 0..count - 1 {
            let id = ids[k] as usize;
            wl += s.lw[id];
            sl += s.lwy[id];
            let n_left = k + 1;
            if n_left < min_leaf {
                continue;
            }
            if count - n_left < min_leaf {
                break;
            }
            let (xk, xk1) = (xs[k], xs[k + 1]);
            if xk1 <= xk {
                continue;
            }
            let wr = w_tot - wl;
            let sr = s_tot - sl;
            let num = sl * sl * wr + sr * sr * wl;
            let den = wl * wr;
            if num * best_den > best_num * den {
                best_num = num;
                best_den = den;
                let mut threshold = xk / 2.0 + xk1 / 2.0;
                if threshold == xk1 || !threshold.is_finite() {
                    threshold = xk;
                }
                best = Some(Split { feature: f, pos: start + n_left, threshold, w_left: wl, s_left: sl });
            }
        }
        visited += 1;
        if visited == params.max_features {
            break;
        }
    }
    best
}

/// Stable partition of rows `start..end` of every non-constant feature's segment into the rows
/// of `split_feature`'s segment before `pos` (left) and the rest (right).
fn partition(start: usize, pos: usize, end: usize, split_feature: usize, m: usize, p: usize, s: &mut GrowScratch) {
    let sf = split_feature * m;
    for k in start..end {
        s.side[s.idx[sf + k] as usize] = u8::from(k < pos);
    }
    for f in 0..p {
        let base = f * m;
        if f == split_feature || s.xs[base + start] == s.xs[base + end - 1] {
            // Already split, or constant here and in every descendant (never read again).
            continue;
        }
        let (ids, xs) = (&mut s.idx[base..base + m], &mut s.xs[base..base + m]);
        let (mut wl, mut nr) = (start, 0usize);
        for k in start..end {
            let (id, xv) = (ids[k], xs[k]);
            let left = usize::from(s.side[id as usize]);
            // Branch-free: write to both places, advance one.
            ids[wl] = id;
            xs[wl] = xv;
            s.tmp_idx[nr] = id;
            s.tmp_x[nr] = xv;
            wl += left;
            nr += 1 - left;
        }
        ids[wl..end].copy_from_slice(&s.tmp_idx[..nr]);
        xs[wl..end].copy_from_slice(&s.tmp_x[..nr]);
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
