//! Small subtrees of a histogram tree: once a node has fewer than [`super::SMALL`] rows, its
//! whole subtree is grown on compact local copies (codes, weights, targets) with each feature's
//! rows sorted by bin code once and split stably at every node, as the exact learner does
//! with values. A node then costs `O(p * rows)` with no sorting and no `O(bins)` term.
//!
//! The rules, the draw order and the summation order are those of the histogram nodes
//! (ties in row order, nodes depth first, left child first), so growing a subtree here gives
//! the same nodes as growing it node by node would.

use super::grow::{Ctx, Split, leaf_by_size, proxy};
use crate::engine::learners::tree::{LEAF, Node};
use crate::engine::rng::Rng;

/// Working memory for [`grow_small`].
#[derive(Debug, Default)]
pub(super) struct SmallScratch {
    /// Per slot (active features, then one slot in row order), local ids: `ids[slot * c + k]`.
    ids: Vec<u16>,
    /// Per active feature, bin code by local id: `codes[slot * c + id]`.
    codes: Vec<u8>,
    /// Weight and weighted target by local id.
    wyw: Vec<(f64, f64)>,
    /// Target by local id.
    y: Vec<f64>,
    /// Side of the current split by local id, 1 = left.
    side: Vec<u8>,
    /// Partition buffer.
    tmp: Vec<u16>,
    /// Sort keys.
    keys: Vec<u32>,
    /// Slot of each feature (`usize::MAX` for features constant in every node).
    slot: Vec<usize>,
    /// Nodes still to process: node, range, depth, weight, weighted target.
    stack: Vec<(u32, u16, u16, u32, f64, f64)>,
}

/// The root of a small subtree: its node, rows (positions), depth and totals.
pub(super) struct SmallRoot<'a> {
    pub node: usize,
    pub rows: &'a [u32],
    pub depth: usize,
    pub w: f64,
    pub s: f64,
}

/// Grow the subtree rooted at `root` (fewer than 65,536 rows), depth first, left child first.
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
    debug_assert!(c < 1 << 16);
    let p = cx.data.p();
    let slots = cx.active.len();
    let codes = cx.data.codes();
    ss.slot.clear();
    ss.slot.resize(p, usize::MAX);
    ss.codes.clear();
    ss.codes.resize(slots * c, 0);
    ss.ids.clear();
    ss.ids.resize((slots + 1) * c, 0);
    ss.wyw.clear();
    ss.y.clear();
    for &r in root.rows {
        ss.wyw.push(wyw[r as usize]);
        ss.y.push(cx.y[r as usize]);
    }
    for (slot, &f) in cx.active.iter().enumerate() {
        ss.slot[f] = slot;
        let col = &mut ss.codes[slot * c..(slot + 1) * c];
        ss.keys.clear();
        for (id, &r) in root.rows.iter().enumerate() {
            let code = codes[r as usize * p + f];
            col[id] = code;
            ss.keys.push((u32::from(code) << 16) | id as u32);
        }
        ss.keys.sort_unstable();
        for (dst, &k) in ss.ids[slot * c..(slot + 1) * c].iter_mut().zip(&ss.keys) {
            *dst = (k & 0xFFFF) as u16;
        }
    }
    for (id, dst) in ss.ids[slots * c..].iter_mut().enumerate() {
        *dst = id as u16;
    }
    ss.side.clear();
    ss.side.resize(c, 0);
    if ss.tmp.len() < c {
        ss.tmp.resize(c, 0);
    }
    ss.stack.clear();
    ss.stack.push((root.node as u32, 0, c as u16, root.depth as u32, root.w, root.s));
    while let Some((node, a, b, depth, w, s)) = ss.stack.pop() {
        let (a, b, depth, node) = (a as usize, b as usize, depth as usize, node as usize);
        let count = b - a;
        let order = &ss.ids[slots * c + a..slots * c + b];
        let first_y = ss.y[order[0] as usize];
        let pure = order.iter().all(|&id| ss.y[id as usize] == first_y);
        let split = if pure || leaf_by_size(count, depth, cx.params) {
            None
        } else {
            best_split(cx, ss, (a, b, c), (w, s), feats, rng)
        };
        let Some(sp) = split else {
            nodes[node] = Node { value: s / w, feature: LEAF, left: 0 };
            continue;
        };
        let left = nodes.len();
        nodes[node] = Node { value: sp.threshold, feature: sp.feature as u32, left: left as u32 };
        let (w_right, s_right) = (w - sp.w_left, s - sp.s_left);
        nodes.push(Node { value: sp.s_left / sp.w_left, feature: LEAF, left: 0 });
        nodes.push(Node { value: s_right / w_right, feature: LEAF, left: 0 });
        let n_left = sp.n_left;
        let grow_left = !leaf_by_size(n_left, depth + 1, cx.params);
        let grow_right = !leaf_by_size(count - n_left, depth + 1, cx.params);
        if !grow_left && !grow_right {
            continue;
        }
        partition(ss, (a, b, c), slots, ss.slot[sp.feature], n_left);
        let mid = a + n_left;
        if grow_right {
            ss.stack.push(((left + 1) as u32, mid as u16, b as u16, (depth + 1) as u32, w_right, s_right));
        }
        if grow_left {
            ss.stack.push((left as u32, a as u16, mid as u16, (depth + 1) as u32, sp.w_left, sp.s_left));
        }
    }
}

/// The best split of local rows `a..b` (the same draws and rules as the histogram nodes).
fn best_split(
    cx: &Ctx,
    ss: &SmallScratch,
    (a, b, c): (usize, usize, usize),
    (w, s): (f64, f64),
    feats: &mut [usize],
    rng: &mut Rng,
) -> Option<Split> {
    let p = feats.len();
    let count = b - a;
    let min_leaf = cx.params.min_samples_leaf;
    let mut best: Option<Split> = None;
    let mut counted = 0;
    for i in 0..p {
        let j = i + rng.below(p - i);
        feats.swap(i, j);
        let f = feats[i];
        let slot = ss.slot[f];
        if slot == usize::MAX {
            continue;
        }
        let seg = &ss.ids[slot * c + a..slot * c + b];
        let col = &ss.codes[slot * c..(slot + 1) * c];
        if col[seg[0] as usize] == col[seg[count - 1] as usize] {
            continue;
        }
        counted += 1;
        let bins = cx.data.feature(f);
        let (mut wl, mut sl) = (0.0, 0.0);
        for k in 0..count - 1 {
            let (ww, wy) = ss.wyw[seg[k] as usize];
            wl += ww;
            sl += wy;
            let (lo, hi) = (col[seg[k] as usize], col[seg[k + 1] as usize]);
            let nl = k + 1;
            if lo != hi && nl >= min_leaf && count - nl >= min_leaf {
                let v = proxy(wl, sl, w, s);
                if best.is_none_or(|x| v > x.proxy) {
                    best = Some(Split {
                        proxy: v,
                        feature: f,
                        bin: lo,
                        threshold: super::bins::midpoint(bins.hi[usize::from(lo)], bins.lo[usize::from(hi)]),
                        n_left: nl,
                        w_left: wl,
                        s_left: sl,
                    });
                }
            }
        }
        if counted == cx.params.max_features || count == 2 {
            break;
        }
    }
    best
}

/// Stable partition of every slot's segment `a..b` into the first `n_left` rows of the split
/// slot's segment and the rest. Slots constant in the node are left as they are: any subrange
/// of them still holds one code, which is all a descendant reads from them.
fn partition(ss: &mut SmallScratch, (a, b, c): (usize, usize, usize), slots: usize, split: usize, n_left: usize) {
    for (k, &id) in ss.ids[split * c + a..split * c + b].iter().enumerate() {
        ss.side[id as usize] = u8::from(k < n_left);
    }
    for slot in 0..=slots {
        let seg = &mut ss.ids[slot * c + a..slot * c + b];
        if slot < slots && slot != split {
            let col = &ss.codes[slot * c..(slot + 1) * c];
            if col[seg[0] as usize] == col[seg[seg.len() - 1] as usize] {
                continue;
            }
        }
        let (mut nl, mut nr) = (0usize, 0usize);
        for k in 0..seg.len() {
            let id = seg[k];
            let left = usize::from(ss.side[id as usize]);
            seg[nl] = id;
            ss.tmp[nr] = id;
            nl += left;
            nr += 1 - left;
        }
        seg[nl..].copy_from_slice(&ss.tmp[..nr]);
    }
}
