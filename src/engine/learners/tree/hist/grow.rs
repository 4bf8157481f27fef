//! Growing one regression tree on binned features: split search on per-node histograms of
//! weight, weighted target and row count per bin, with the sibling-subtraction trick.
//!
//! Rules (the exact CART's, see [`crate::engine::learners::tree`]): a node is a leaf when it
//! is pure, at `max_depth`, below `min_samples_split` or `2 * min_samples_leaf` rows; features
//! are drawn per node by Fisher-Yates from the tree's stream, features constant in the node
//! (one occupied bin) are skipped without counting towards `max_features`; the split maximises
//! `S_L^2 / W_L + S_R^2 / W_R` over boundaries between occupied bins that leave
//! `min_samples_leaf` rows (unweighted) on both sides; ties go to the feature drawn first and
//! the lowest boundary. The threshold stored for prediction is the midpoint between the
//! largest training value of the last occupied left bin and the smallest of the first
//! occupied right bin, so when every distinct value has its own bin the threshold equals the
//! exact learner's.
//!
//! Histograms (Ke et al. 2017, LightGBM, section 2): a node with at least [`SMALL`] rows gets a
//! histogram of every feature; after a split the smaller child's histogram is built from its
//! rows and the larger child's is the parent's minus the smaller's (or built directly when that
//! is cheaper). A node with fewer rows than [`SMALL`] would spend more on its bins than on its
//! rows, so its whole subtree is grown by `small.rs` on codes sorted once per feature. Every
//! sum runs in a fixed order, so a tree depends on its seed only.

use super::bins::Binned;
use super::small::{SmallRoot, SmallScratch, grow_small};
use crate::engine::learners::tree::grow::{leaf_by_size, midpoint};
use crate::engine::learners::tree::scan::proxy;
use crate::engine::learners::tree::{LEAF, Node, Tree, TreeParams};
use crate::engine::rng::Rng;

/// Nodes with fewer rows are grown by `small.rs` (on sorted codes) rather than by histogram.
///
/// A histogram node costs about `p * 255` bin updates (subtraction and scan) whatever its
/// size; a node of the small subtrees costs about `p * rows` (partition and scan). Measured in
/// a release build on the generated city panel (2,220 training rows a fold, 6 features),
/// 1,024 was faster than 256 (3.2 s against 3.8 s of CPU time for the run, one thread); it
/// is also the most [`super::small::CAP`] allows.
pub const SMALL: usize = 1024;
const _: () = assert!(SMALL <= super::small::CAP, "small subtrees must fit the local arrays");

/// Row count, weight and weighted target of one bin.
#[derive(Clone, Copy, Debug, Default)]
struct Bin {
    n: f64,
    w: f64,
    wy: f64,
}

/// Working memory for [`grow_hist_tree`], reused between trees grown on the same thread.
#[derive(Debug, Default)]
pub struct HistScratch {
    /// In-bag positions; each node owns a range, kept in increasing order.
    rows: Vec<u32>,
    /// Partition buffer.
    tmp: Vec<u32>,
    /// Weight and weighted target by position.
    wyw: Vec<(f64, f64)>,
    /// Histograms not in use.
    pool: Vec<Vec<Bin>>,
    /// Feature draw order.
    feats: Vec<usize>,
    /// Working memory of small subtrees.
    small: SmallScratch,
    /// Nodes still to process.
    stack: Vec<Task>,
}

/// A node waiting to be processed.
#[derive(Debug)]
struct Task {
    node: u32,
    start: u32,
    end: u32,
    depth: u32,
    /// Weight and weighted target of the node's rows.
    w: f64,
    s: f64,
    /// Histogram of every feature (nodes with at least [`SMALL`] rows).
    hist: Option<Vec<Bin>>,
}

/// The best split of a node.
#[derive(Clone, Copy, Debug)]
pub(super) struct Split {
    /// `S_L^2 / W_L + S_R^2 / W_R`.
    pub proxy: f64,
    /// Feature split on.
    pub feature: usize,
    /// Last bin on the left (rows with `code <= bin` go left).
    pub bin: u8,
    /// Threshold for prediction.
    pub threshold: f64,
    /// Rows, weight and weighted target on the left.
    pub n_left: usize,
    pub w_left: f64,
    pub s_left: f64,
}

/// What every node of a tree shares.
pub(super) struct Ctx<'a> {
    /// Binned training rows.
    pub data: &'a Binned,
    /// Target by position.
    pub y: &'a [f64],
    /// Stopping and sampling rules.
    pub params: &'a TreeParams,
    /// Offset of each feature's bins in a histogram.
    off: Vec<usize>,
    /// Histogram length.
    total: usize,
    /// Features with at least two bins (the others are constant in every node).
    pub active: Vec<usize>,
}

/// Grow a tree on the positions of `data` with `weights[pos] > 0` (bootstrap draw counts or a
/// 0/1 subsample mask), targets `y[pos]`, following `params`; `rng` draws the features.
///
/// Returns a single leaf when no row has positive weight (value 0) or there are no features
/// (the weighted mean).
pub fn grow_hist_tree(
    data: &Binned,
    y: &[f64],
    weights: &[u32],
    params: &TreeParams,
    rng: &mut Rng,
    s: &mut HistScratch,
) -> Tree {
    let (n, p) = (data.n(), data.p());
    s.rows.clear();
    s.wyw.clear();
    let (mut w_tot, mut s_tot) = (0.0, 0.0);
    for pos in 0..n {
        let w = f64::from(weights[pos]);
        s.wyw.push((w, w * y[pos]));
        if weights[pos] > 0 {
            s.rows.push(pos as u32);
            w_tot += w;
            s_tot += w * y[pos];
        }
    }
    if s.rows.is_empty() || p == 0 {
        let value = if w_tot > 0.0 { s_tot / w_tot } else { 0.0 };
        return Tree { nodes: vec![Node { value, feature: LEAF, left: 0 }] };
    }
    let mut off = Vec::with_capacity(p);
    let mut total = 0;
    for f in 0..p {
        off.push(total);
        total += data.feature(f).len();
    }
    let active = (0..p).filter(|&f| data.feature(f).len() > 1).collect();
    let cx = Ctx { data, y, params, off, total, active };
    if s.tmp.len() < s.rows.len() {
        s.tmp.resize(s.rows.len(), 0);
    }
    s.feats.clear();
    s.feats.extend(0..p);
    let m = s.rows.len();
    let hist = (m >= SMALL).then(|| {
        let mut h = take_hist(&mut s.pool, total);
        build(&cx, &s.rows, &s.wyw, &mut h);
        h
    });
    let mut nodes = vec![Node { value: 0.0, feature: LEAF, left: 0 }];
    s.stack.clear();
    s.stack.push(Task { node: 0, start: 0, end: m as u32, depth: 0, w: w_tot, s: s_tot, hist });
    while let Some(task) = s.stack.pop() {
        process(task, &cx, rng, s, &mut nodes);
    }
    Tree { nodes }
}

/// A zeroed histogram of `total` bins, from the pool when one is free.
fn take_hist(pool: &mut Vec<Vec<Bin>>, total: usize) -> Vec<Bin> {
    let mut h = pool.pop().unwrap_or_default();
    h.clear();
    h.resize(total, Bin::default());
    h
}

/// Add `rows` to the (zeroed) histogram `h`, rows in order, every active feature.
fn build(cx: &Ctx, rows: &[u32], wyw: &[(f64, f64)], h: &mut [Bin]) {
    let p = cx.data.p();
    let codes = cx.data.codes();
    for &r in rows {
        let r = r as usize;
        let (w, wy) = wyw[r];
        let row = &codes[r * p..(r + 1) * p];
        for &f in &cx.active {
            let e = &mut h[cx.off[f] + usize::from(row[f])];
            e.n += 1.0;
            e.w += w;
            e.wy += wy;
        }
    }
}

fn process(mut task: Task, cx: &Ctx, rng: &mut Rng, s: &mut HistScratch, nodes: &mut Vec<Node>) {
    let (start, end) = (task.start as usize, task.end as usize);
    let count = end - start;
    let depth = task.depth as usize;
    let node = task.node as usize;
    let Some(hist) = task.hist.take() else {
        let root = SmallRoot { node, rows: &s.rows[start..end], depth, w: task.w, s: task.s };
        grow_small(cx, root, &s.wyw, &mut s.feats, rng, &mut s.small, nodes);
        return;
    };
    let first_y = cx.y[s.rows[start] as usize];
    let pure = s.rows[start..end].iter().all(|&r| cx.y[r as usize] == first_y);
    let split = if pure || leaf_by_size(count, depth, cx.params) {
        None
    } else {
        best_split(&task, &hist, cx, rng, &mut s.feats)
    };
    let Some(sp) = split else {
        nodes[node] = Node { value: task.s / task.w, feature: LEAF, left: 0 };
        s.pool.push(hist);
        return;
    };
    let left = nodes.len();
    nodes[node] = Node { value: sp.threshold, feature: sp.feature as u32, left: left as u32 };
    let (w_right, s_right) = (task.w - sp.w_left, task.s - sp.s_left);
    nodes.push(Node { value: sp.s_left / sp.w_left, feature: LEAF, left: 0 });
    nodes.push(Node { value: s_right / w_right, feature: LEAF, left: 0 });
    let n_left = sp.n_left;
    let n_right = count - n_left;
    let grow_left = !leaf_by_size(n_left, depth + 1, cx.params);
    let grow_right = !leaf_by_size(n_right, depth + 1, cx.params);
    if !grow_left && !grow_right {
        s.pool.push(hist);
        return;
    }
    // Stable partition of the node's rows: left rows compacted in place, right rows via tmp.
    let p = cx.data.p();
    let codes = cx.data.codes();
    let (mut nl, mut nr) = (0usize, 0usize);
    for k in start..end {
        let r = s.rows[k];
        if codes[r as usize * p + sp.feature] <= sp.bin {
            s.rows[start + nl] = r;
            nl += 1;
        } else {
            s.tmp[nr] = r;
            nr += 1;
        }
    }
    debug_assert_eq!(nl, n_left);
    s.rows[start + nl..end].copy_from_slice(&s.tmp[..nr]);
    let mid = start + nl;
    let (h_left, h_right) = child_hists(hist, cx, s, (start, mid, end), (grow_left, grow_right));
    let child = |node: usize, a: usize, b: usize, w: f64, sum: f64, hist: Option<Vec<Bin>>| Task {
        node: node as u32,
        start: a as u32,
        end: b as u32,
        depth: (depth + 1) as u32,
        w,
        s: sum,
        hist,
    };
    if grow_right {
        s.stack.push(child(left + 1, mid, end, w_right, s_right, h_right));
    }
    if grow_left {
        s.stack.push(child(left, start, mid, sp.w_left, sp.s_left, h_left));
    }
}

/// Histograms of the children that will be split further and have at least [`SMALL`] rows:
/// the smaller child's built from its rows, the larger's as parent minus smaller when that is
/// cheaper than building it. The parent's histogram is reused for the larger child.
fn child_hists(
    parent: Vec<Bin>,
    cx: &Ctx,
    s: &mut HistScratch,
    (start, mid, end): (usize, usize, usize),
    (grow_left, grow_right): (bool, bool),
) -> (Option<Vec<Bin>>, Option<Vec<Bin>>) {
    let (n_left, n_right) = (mid - start, end - mid);
    let need_left = grow_left && n_left >= SMALL;
    let need_right = grow_right && n_right >= SMALL;
    if !need_left && !need_right {
        s.pool.push(parent);
        return (None, None);
    }
    let left_smaller = n_left <= n_right;
    let (small_range, large_range) = if left_smaller { (start..mid, mid..end) } else { (mid..end, start..mid) };
    let (need_small, need_large) = if left_smaller { (need_left, need_right) } else { (need_right, need_left) };
    let mut small = None;
    let mut large = None;
    // Cost in bin updates: building the smaller child (if not needed anyway) and subtracting
    // every bin, against building the larger child from its rows.
    let width = cx.active.len();
    let cost_subtract = if need_small { 0 } else { small_range.len() * width } + cx.total;
    let subtract = need_large && cost_subtract < large_range.len() * width;
    if need_small || subtract {
        let mut h = take_hist(&mut s.pool, cx.total);
        build(cx, &s.rows[small_range], &s.wyw, &mut h);
        small = Some(h);
    }
    match (subtract, parent) {
        (true, mut h) => {
            if let Some(sm) = &small {
                for &f in &cx.active {
                    let o = cx.off[f];
                    let len = cx.data.feature(f).len();
                    for (e, d) in h[o..o + len].iter_mut().zip(&sm[o..o + len]) {
                        e.n -= d.n;
                        e.w -= d.w;
                        e.wy -= d.wy;
                    }
                }
            }
            large = Some(h);
        }
        (false, parent) => {
            s.pool.push(parent);
            if need_large {
                let mut h = take_hist(&mut s.pool, cx.total);
                build(cx, &s.rows[large_range], &s.wyw, &mut h);
                large = Some(h);
            }
        }
    }
    if !need_small && let Some(h) = small.take() {
        s.pool.push(h);
    }
    if left_smaller { (small, large) } else { (large, small) }
}

/// The best split of a node over up to `max_features` features that are not constant in it.
fn best_split(task: &Task, hist: &[Bin], cx: &Ctx, rng: &mut Rng, feats: &mut [usize]) -> Option<Split> {
    let p = cx.data.p();
    let mut best: Option<Split> = None;
    let mut counted = 0;
    for i in 0..p {
        let j = i + rng.below(p - i);
        feats.swap(i, j);
        let f = feats[i];
        if cx.data.feature(f).len() < 2 {
            continue;
        }
        let found = scan_hist(task, cx, f, &hist[cx.off[f]..cx.off[f] + cx.data.feature(f).len()]);
        // None: constant in this node (not counted).
        let Some(candidate) = found else { continue };
        counted += 1;
        if let Some(c) = candidate
            && best.is_none_or(|b| c.proxy > b.proxy)
        {
            best = Some(c);
        }
        // Two rows end in their own leaves whatever the feature: the first one drawn wins, and
        // no more features are drawn (the exact learner's rule, so the streams stay aligned).
        if counted == cx.params.max_features || task.end - task.start == 2 {
            break;
        }
    }
    best
}

/// Scan feature `f`'s histogram `h`: `None` when one bin holds every row (constant), else the
/// best admissible boundary (`Some(None)` when `min_samples_leaf` admits none).
fn scan_hist(task: &Task, cx: &Ctx, f: usize, h: &[Bin]) -> Option<Option<Split>> {
    let count = (task.end - task.start) as usize;
    let min_leaf = cx.params.min_samples_leaf;
    let bins = cx.data.feature(f);
    let (mut nl, mut wl, mut sl) = (0usize, 0.0, 0.0);
    let mut prev: Option<usize> = None;
    let mut best: Option<Split> = None;
    let mut varies = false;
    for (b, e) in h.iter().enumerate() {
        if e.n == 0.0 {
            continue;
        }
        if let Some(a) = prev {
            varies = true;
            if nl >= min_leaf && count - nl >= min_leaf {
                let v = proxy(wl, sl, task.w, task.s);
                if best.is_none_or(|x| v > x.proxy) {
                    let threshold = midpoint(bins.hi[a], bins.lo[b]);
                    best = Some(Split {
                        proxy: v,
                        feature: f,
                        bin: a as u8,
                        threshold,
                        n_left: nl,
                        w_left: wl,
                        s_left: sl,
                    });
                }
            }
        }
        nl += e.n as usize;
        wl += e.w;
        sl += e.wy;
        prev = Some(b);
    }
    varies.then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::Features;
    use crate::engine::learners::tree::hist::MAX_BINS;
    use crate::engine::learners::tree::tests::{random_weights_and_params, random_x};
    use crate::engine::learners::tree::{GrowScratch, Presorted, grow_tree};
    use crate::engine::rng::rng_for;

    /// Data on which both searches must give the same tree bit for bit: at most 255 distinct
    /// values per feature (one bin each) and integer targets and weights (every sum exact, so
    /// the order of summation cannot matter).
    fn case(seed: u64) -> (Features, Vec<f64>, Vec<u32>, TreeParams) {
        let mut r = rng_for(seed, &[78]);
        let x = random_x(&mut r, 400, [1, 3, 8, 200]);
        let y: Vec<f64> = (0..x.nrows()).map(|_| r.below(5) as f64).collect();
        let (weights, params) = random_weights_and_params(&mut r, x.nrows(), x.ncols());
        (x, y, weights, params)
    }

    #[test]
    fn with_one_bin_per_value_and_exact_sums_the_tree_equals_the_exact_tree() {
        let (mut hs, mut gs) = (HistScratch::default(), GrowScratch::default());
        let mut splits = 0;
        for seed in 0..300 {
            let (x, y, weights, params) = case(seed);
            let rows: Vec<usize> = (0..x.nrows()).collect();
            let binned = Binned::new(&x, &rows, MAX_BINS).expect("finite");
            let hist = grow_hist_tree(&binned, &y, &weights, &params, &mut rng_for(seed, &[5]), &mut hs);
            let pre = Presorted::new(&x, &rows);
            let exact = grow_tree(&pre, &y, &weights, &params, &mut rng_for(seed, &[5]), &mut gs);
            assert_eq!(hist.nodes.len(), exact.nodes.len(), "case {seed}: {params:?}");
            for (i, (a, b)) in hist.nodes.iter().zip(&exact.nodes).enumerate() {
                assert_eq!(
                    (a.value.to_bits(), a.feature, a.left),
                    (b.value.to_bits(), b.feature, b.left),
                    "case {seed}, node {i}: {a:?} vs {b:?}"
                );
            }
            splits += hist.nodes.len() / 2;
        }
        assert!(splits > 3_000, "the cases exercise many splits, small and large nodes: {splits}");
    }

    #[test]
    fn quantile_bins_split_between_bins_and_respect_the_limits() {
        let mut r = rng_for(9, &[1]);
        let n = 3_000;
        let x = Features::from_fn(n, 3, |_, _| r.normal());
        let y: Vec<f64> = (0..n).map(|i| x[(i, 0)].sin() + 0.1 * r.normal()).collect();
        let rows: Vec<usize> = (0..n).collect();
        let binned = Binned::new(&x, &rows, MAX_BINS).expect("finite");
        let params = TreeParams { max_depth: Some(6), min_samples_split: 2, min_samples_leaf: 5, max_features: 3 };
        let t = grow_hist_tree(&binned, &y, &vec![1; n], &params, &mut rng_for(1, &[]), &mut HistScratch::default());
        assert!(t.depth() <= 6 && t.n_leaves() > 20);
        for node in t.nodes.iter().filter(|nd| nd.feature != LEAF) {
            // The threshold is the midpoint between the last occupied bin on the left and the
            // first on the right (bins empty in the node may lie between them).
            let bins = binned.feature(node.feature as usize);
            let t = node.value;
            let found = (0..bins.len()).any(|a| (a + 1..bins.len()).any(|b| midpoint(bins.hi[a], bins.lo[b]) == t));
            assert!(found, "threshold {t} is a midpoint between two bins");
        }
        // Every leaf keeps at least min_samples_leaf training rows.
        let mut per_leaf = std::collections::HashMap::new();
        for i in 0..n {
            let row: Vec<f64> = (0..3).map(|j| x[(i, j)]).collect();
            *per_leaf.entry(t.predict_row(&row).to_bits()).or_insert(0usize) += 1;
        }
        assert!(per_leaf.values().all(|&c| c >= 5), "{per_leaf:?}");
    }
}
