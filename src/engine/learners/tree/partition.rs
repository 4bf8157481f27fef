//! Splitting a node's row lists between its children in the exact trees: every sorted list of
//! a feature that still varies, and the position-order list when two-valued features use it.

use super::binary::LANES;
use super::grow::{Dims, GrowScratch, NOT_TWO};

/// Which children of a split are grown further (a leaf child's rows are never read again).
#[derive(Clone, Copy, Debug)]
pub(super) struct Keep {
    /// The left child is split again.
    pub left: bool,
    /// The right child is split again.
    pub right: bool,
}

/// Stable partition of rows `start..end` of every list into the node's left rows (the first
/// `pos - start` rows of `split_feature`'s list, or with `two_slot` the rows holding that
/// two-valued feature's lower value) and the rest (right), for the children in `keep` only.
/// Returns where the right child's rows start: `pos`, or `start` when the left child is a leaf
/// (the right rows are then moved to the front and the left rows dropped).
///
/// The lists partitioned are the sorted lists of the features with more than two values that
/// vary in the node (other than the split feature, already in order), and the position-order
/// list when there are two-valued features. The left rows are compacted in place (a row is
/// written at or before the place it was read from) and the right rows go through one buffer;
/// every write is unconditional and only the write position depends on the side, so the loop
/// has no data-dependent branch.
#[allow(clippy::too_many_arguments)]
pub(super) fn partition(
    start: usize,
    pos: usize,
    end: usize,
    split_feature: usize,
    two_slot: Option<usize>,
    keep: Keep,
    d: Dims,
    s: &mut GrowScratch,
) -> usize {
    let (m, p, mask) = (d.m, d.p, d.mask);
    let cap = mask + 1;
    let side = &mut s.side[..=mask];
    match two_slot {
        None => {
            let sf = s.list[split_feature] * m;
            for (k, &id) in s.idx[sf + start..sf + end].iter().enumerate() {
                side[id as usize & mask] = u8::from(k < pos - start);
            }
        }
        Some(slot) => {
            let codes = &s.codes[slot / LANES * cap..(slot / LANES + 1) * cap];
            let codes = &codes[..=mask];
            for &id in &s.idx[p * m + start..p * m + end] {
                side[id as usize & mask] = u8::from(codes[id as usize & mask][slot % LANES] == 0);
            }
        }
    }
    let lists = if d.n_two > 0 { p + 1 } else { p };
    for f in 0..lists {
        let ids = &mut s.idx[f * m + start..f * m + end];
        if f < p {
            if s.two_slot[f] != NOT_TWO || s.list[f] != f || (two_slot.is_none() && f == s.list[split_feature]) {
                // Two-valued or sharing an earlier feature's list (no list), or already split.
                continue;
            }
            let xcol = &d.column(&s.xl, f)[..=mask];
            if xcol[ids[0] as usize & mask] == xcol[ids[ids.len() - 1] as usize & mask] {
                // Constant here and in every descendant (never read again).
                continue;
            }
        }
        split_list(ids, &s.side, &mut s.tmp_right, mask, keep);
    }
    if keep.left {
        pos
    } else {
        if two_slot.is_none() {
            // The split feature's list was not compacted above: move its right rows too.
            let sf = s.list[split_feature] * m;
            s.idx.copy_within(sf + pos..sf + end, sf + start);
        }
        start
    }
}

/// Stable partition of one list `ids` by `side[id & mask]` (1 = left): the left rows compacted
/// in place, the right rows through `tr` after them, for the children in `keep` only.
///
/// Not inlined: compiled on its own, the loops carry no bounds check; inlined into
/// [`partition`] they kept three per row (on `ids`, `side` and `tr`), and `partition` counted
/// 12.05e9 instructions on the city panel's forests against 10.88e9 for `partition` and
/// `split_list` apart (callgrind). [`partition_sorted`] inlines the same loops
/// ([`split_list_inline`]), where the compiler drops the checks too.
#[inline(never)]
fn split_list(ids: &mut [u32], side: &[u8], tr: &mut [u32], mask: usize, keep: Keep) {
    split_list_inline(ids, side, tr, mask, keep);
}

/// The loops of [`split_list`], for callers that inline them.
#[inline(always)]
fn split_list_inline(ids: &mut [u32], side: &[u8], tr: &mut [u32], mask: usize, keep: Keep) {
    let side = &side[..=mask];
    let tr = &mut tr[..=mask];
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

/// [`partition`] when every feature keeps its own sorted list (no two-valued feature, no
/// shared list): the loop of the trees before the dummy pass, which the compiler builds with
/// no bounds check on `side` and `tmp_right` and no per-feature table look-ups (9.82e9
/// instructions on the city panel's forests, against 10.88e9 through [`partition`]).
pub(super) fn partition_sorted(
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
        split_list_inline(ids, side, tr, mask, keep);
    }
    if keep.left {
        pos
    } else {
        // The split feature's segment was not compacted above: move its right rows too.
        s.idx.copy_within(sf + pos..sf + end, sf + start);
        start
    }
}
