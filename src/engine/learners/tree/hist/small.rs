//! Small subtrees of a histogram tree: once a node has fewer than [`super::SMALL`] rows, its
//! whole subtree is grown like an exact tree ([`crate::engine::learners::tree::grow_tree`]) on
//! compact local copies of its rows: bin codes (`u8`), weights and targets by local id (`u16`),
//! and per feature the local ids sorted by code once (a counting sort) and split stably at
//! every node. The split scan is the exact learner's branch-free, four-features-wide scan
//! ([`scan_features`]) reading codes instead of values; everything a subtree touches fits in the
//! first-level cache, where the exact learner reads arrays as long as the whole sample.
//!
//! The rules, the draw order and the summation order are those of the histogram nodes: the
//! features are drawn per node by Fisher-Yates, a feature constant in the node does not count
//! towards `max_features`, the first feature drawn with the largest proxy wins and within a
//! feature the first boundary; nodes are processed depth first, left child first. A child's
//! weight and weighted target are the parent's split sums (left) and the parent's totals minus
//! them (right), as in the histogram nodes.

use super::grow::{Ctx, Split};
use crate::engine::learners::tree::grow::{leaf_by_size, midpoint};
use crate::engine::learners::tree::scan::{Scan, Wy, scan_features, sums};
use crate::engine::learners::tree::{LEAF, Node};
use crate::engine::rng::Rng;

/// Slot of a feature constant in the subtree.
const NONE: usize = usize::MAX;

/// Length of the arrays indexed by local id: small subtrees have at most `CAP` rows
/// ([`super::SMALL`] `<= CAP`).
pub(super) const CAP: usize = 1024;
/// `CAP - 1`: ids are read as `id & MASK` (the identity for valid ids), so the compiler sees
/// every access in bounds and the hot loops carry no bounds checks, with no `unsafe`.
const MASK: usize = CAP - 1;

/// Working memory for [`grow_small`], reused between subtrees and trees on one thread.
#[derive(Debug)]
pub(super) struct SmallScratch {
    /// Two buffers of, per slot (feature varying in the subtree), local ids in code order
    /// within every node's range: `ids[buf][slot][k]`. A node reads one buffer and writes its
    /// children's rows into the other ([`partition`]).
    ids: [Vec<[u16; CAP]>; 2],
    /// Per slot, bin code by local id: `codes[slot][id]`.
    codes: Vec<[u8; CAP]>,
    /// Weight and weighted target by local id.
    wyw: Box<[Wy; CAP]>,
    /// Target by local id.
    y: Vec<f64>,
    /// Side of the current split by local id, 1 = left.
    side: Box<[u8; CAP]>,
    /// Slot of each feature ([`NONE`] when constant in the subtree).
    slot: Vec<usize>,
    /// Features evaluated at the current node, in draw order.
    cands: Vec<usize>,
    /// Nodes still to process.
    stack: Vec<Pending>,
}

impl Default for SmallScratch {
    fn default() -> Self {
        SmallScratch {
            ids: [Vec::new(), Vec::new()],
            codes: Vec::new(),
            wyw: Box::new([Wy::default(); CAP]),
            y: Vec::new(),
            side: Box::new([0; CAP]),
            slot: Vec::new(),
            cands: Vec::new(),
            stack: Vec::new(),
        }
    }
}

/// A node of the subtree waiting to be processed: its rows are `start..end` of every slot.
#[derive(Clone, Copy, Debug)]
struct Pending {
    node: u32,
    start: u16,
    end: u16,
    depth: u32,
    /// A slot whose range lists exactly this node's rows (the parent's split slot).
    ref_slot: u32,
    /// The buffer of [`SmallScratch::ids`] holding the node's rows.
    buf: u8,
    /// Weight and weighted target of the node's rows.
    w: f64,
    s: f64,
}

/// The root of a small subtree: its node, rows (positions), depth and totals.
pub(super) struct SmallRoot<'a> {
    pub node: usize,
    pub rows: &'a [u32],
    pub depth: usize,
    pub w: f64,
    pub s: f64,
}

/// Grow the subtree rooted at `root` (at most [`CAP`] rows), depth first, left child first;
/// `wyw[pos]` is the weight and weighted target of position `pos`.
pub(super) fn grow_small(
    cx: &Ctx,
    root: SmallRoot,
    wyw: &[(f64, f64)],
    feats: &mut [usize],
    rng: &mut Rng,
    ss: &mut SmallScratch,
    nodes: &mut Vec<Node>,
) {
    let c = root.rows.len();
    debug_assert!(c > 0 && c <= CAP);
    let slots = load(cx, root.rows, wyw, ss);
    ss.stack.clear();
    ss.stack.push(Pending {
        node: root.node as u32,
        start: 0,
        end: c as u16,
        depth: root.depth as u32,
        ref_slot: 0,
        buf: 0,
        w: root.w,
        s: root.s,
    });
    while let Some(task) = ss.stack.pop() {
        process(task, cx, slots, feats, rng, ss, nodes);
    }
}

/// Copy the subtree's rows into local ids `0..c` (in position order) and sort each varying
/// feature's ids by code; returns the number of slots.
fn load(cx: &Ctx, rows: &[u32], wyw: &[(f64, f64)], ss: &mut SmallScratch) -> usize {
    let c = rows.len();
    let p = cx.data.p();
    let codes = cx.data.codes();
    ss.y.clear();
    for (dst, &r) in ss.wyw.iter_mut().zip(rows) {
        let (w, wy) = wyw[r as usize];
        *dst = Wy { wy, w };
        ss.y.push(cx.y[r as usize]);
    }
    if ss.codes.len() < cx.active.len() {
        ss.codes.resize(cx.active.len(), [0; CAP]);
        ss.ids[0].resize(cx.active.len(), [0; CAP]);
        ss.ids[1].resize(cx.active.len(), [0; CAP]);
    }
    ss.slot.clear();
    ss.slot.resize(p, NONE);
    let mut slots = 0;
    for &f in &cx.active {
        let col = &mut ss.codes[slots];
        let (mut lo, mut hi) = (u8::MAX, 0u8);
        for (dst, &r) in col.iter_mut().zip(rows) {
            let code = codes[r as usize * p + f];
            *dst = code;
            lo = lo.min(code);
            hi = hi.max(code);
        }
        if lo == hi {
            continue; // constant in the subtree: never drawn as a candidate, never partitioned
        }
        // Counting sort by code; ids in increasing order within a code (ties in row order).
        let mut next = [0u16; 256];
        for &code in &col[..c] {
            next[usize::from(code)] += 1;
        }
        let mut acc = 0u16;
        for n in &mut next[usize::from(lo)..=usize::from(hi)] {
            (*n, acc) = (acc, acc + *n);
        }
        let out = &mut ss.ids[0][slots];
        for (id, &code) in col[..c].iter().enumerate() {
            let k = &mut next[usize::from(code)];
            out[usize::from(*k)] = id as u16;
            *k += 1;
        }
        ss.slot[f] = slots;
        slots += 1;
    }
    slots
}

fn process(
    task: Pending,
    cx: &Ctx,
    slots: usize,
    feats: &mut [usize],
    rng: &mut Rng,
    ss: &mut SmallScratch,
    nodes: &mut Vec<Node>,
) {
    let (start, end) = (usize::from(task.start), usize::from(task.end));
    let count = end - start;
    let depth = task.depth as usize;
    let node = task.node as usize;
    let (w, s) = (task.w, task.s);
    let pure = if slots == 0 {
        // No feature varies: only the root is ever processed.
        ss.y[1..].iter().all(|&v| v == ss.y[0])
    } else {
        let ids = &ss.ids[usize::from(task.buf)][task.ref_slot as usize][start..end];
        let first = ss.y[usize::from(ids[0])];
        ids.iter().all(|&id| ss.y[usize::from(id)] == first)
    };
    let split = if pure || leaf_by_size(count, depth, cx.params) {
        None
    } else {
        best_split(cx, (start, end, usize::from(task.buf)), (w, s), feats, rng, ss)
    };
    let Some(sp) = split else {
        nodes[node] = Node { value: s / w, feature: LEAF, left: 0 };
        return;
    };
    let left = nodes.len();
    nodes[node] = Node { value: sp.threshold, feature: sp.feature as u32, left: left as u32 };
    let (w_right, s_right) = (w - sp.w_left, s - sp.s_left);
    nodes.push(Node { value: sp.s_left / sp.w_left, feature: LEAF, left: 0 });
    nodes.push(Node { value: s_right / w_right, feature: LEAF, left: 0 });
    let n_left = sp.n_left;
    let n_right = count - n_left;
    let keep = (!leaf_by_size(n_left, depth + 1, cx.params), !leaf_by_size(n_right, depth + 1, cx.params));
    if keep == (false, false) {
        return;
    }
    let split_slot = ss.slot[sp.feature];
    let pos = start + n_left;
    partition((start, pos, end), split_slot, usize::from(task.buf), slots, ss);
    let child = |node: usize, a: usize, b: usize, w: f64, s: f64| Pending {
        node: node as u32,
        start: a as u16,
        end: b as u16,
        depth: (depth + 1) as u32,
        ref_slot: split_slot as u32,
        buf: 1 - task.buf,
        w,
        s,
    };
    if keep.1 {
        ss.stack.push(child(left + 1, pos, end, w_right, s_right));
    }
    if keep.0 {
        ss.stack.push(child(left, start, pos, sp.w_left, sp.s_left));
    }
}

/// The best split of local rows `start..end`: candidates drawn first (skipping features
/// constant in the node, at most `max_features`, only the first when the node has two rows),
/// then scanned four at a time and compared in draw order.
fn best_split(
    cx: &Ctx,
    (start, end, buf): (usize, usize, usize),
    (w, s): (f64, f64),
    feats: &mut [usize],
    rng: &mut Rng,
    ss: &mut SmallScratch,
) -> Option<Split> {
    let SmallScratch { ids, codes, wyw, slot, cands, .. } = ss;
    let ids = &ids[buf];
    let mask = MASK;
    let p = feats.len();
    let count = end - start;
    let seg = |f: usize| &ids[slot[f]][start..end];
    let col = |f: usize| &codes[slot[f]][..];
    cands.clear();
    for i in 0..p {
        let j = i + rng.below(p - i);
        feats.swap(i, j);
        let f = feats[i];
        if slot[f] == NONE {
            continue;
        }
        let (ids, col) = (seg(f), col(f));
        if col[usize::from(ids[0]) & mask] == col[usize::from(ids[count - 1]) & mask] {
            continue; // constant in the node: not counted
        }
        cands.push(f);
        // Two rows end in their own leaves whatever the feature: the first one drawn wins.
        if cands.len() == cx.params.max_features || count == 2 {
            break;
        }
    }
    // Position k puts k + 1 rows on the left: admissible for k + 1 in
    // [min_leaf, count - min_leaf].
    let min_leaf = cx.params.min_samples_leaf;
    let scan = Scan { wyw: &wyw[..], mask, k_lo: min_leaf - 1, k_hi: count - min_leaf, w_tot: w, s_tot: s };
    let mut best = (f64::NEG_INFINITY, NONE, 0);
    let mut consider = |f: usize, (top, top_k): (f64, usize)| {
        if top > best.0 {
            best = (top, f, top_k);
        }
    };
    scan_features(&scan, cands, seg, col, &mut consider);
    let (proxy, f, k) = best;
    if f == NONE {
        return None;
    }
    let (ids, col) = (seg(f), col(f));
    let (lo, hi) = (col[usize::from(ids[k]) & mask], col[usize::from(ids[k + 1]) & mask]);
    let bins = cx.data.feature(f);
    // The scan's running sums at k, recomputed in the same order (the same bits).
    let (w_left, s_left) = sums(&wyw[..], &ids[..=k], mask);
    Some(Split {
        proxy,
        feature: f,
        bin: lo,
        threshold: midpoint(bins.hi[usize::from(lo)], bins.lo[usize::from(hi)]),
        n_left: k + 1,
        w_left,
        s_left,
    })
}

/// Stable partition of rows `start..end`, read from buffer `cur` of every slot, into the
/// other buffer: the rows of the split slot's range before `pos` to `start..pos` and the rest
/// to `pos..end`, each in the order read. Every row is written to the one place its side gives
/// (a select, no data-dependent branch), so a child that will not be grown costs nothing
/// extra; a slot constant in the node (and the split slot, already in order) is copied.
fn partition((start, pos, end): (usize, usize, usize), split: usize, cur: usize, slots: usize, ss: &mut SmallScratch) {
    let side = &mut *ss.side;
    let [a, b] = &mut ss.ids;
    let (src, dst) = if cur == 0 { (&*a, b) } else { (&*b, a) };
    for (k, &id) in src[split][start..end].iter().enumerate() {
        side[usize::from(id) & MASK] = u8::from(k < pos - start);
    }
    for slot in 0..slots {
        let from = &src[slot][start..end];
        let to = &mut dst[slot];
        let col = &ss.codes[slot];
        let last = from.len() - 1;
        if slot == split || col[usize::from(from[0]) & MASK] == col[usize::from(from[last]) & MASK] {
            to[start..end].copy_from_slice(from);
            continue;
        }
        let (mut l, mut r) = (start, pos);
        for &id in from {
            let left = usize::from(side[usize::from(id) & MASK]);
            // l when left (mask of ones), else r.
            let at = r ^ ((l ^ r) & left.wrapping_neg());
            to[at & MASK] = id;
            l += left;
            r += 1 - left;
        }
    }
}
