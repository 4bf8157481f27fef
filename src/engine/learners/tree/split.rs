//! The split search of one node of an exact tree: the features drawn, the sorted features
//! scanned ([`super::scan`]), the dummies read from one pass ([`super::binary`]), and the first
//! largest proxy in draw order.

use super::TreeParams;
use super::binary::{LANES, LoSums, lo_sums};
use super::grow::{Dims, GrowScratch, NOT_TWO, midpoint};
use super::scan::{Scan, proxy, scan_features};
use crate::engine::rng::Rng;

/// Best split found in a node.
#[derive(Clone, Copy, Debug)]
pub(super) struct Split {
    pub feature: usize,
    /// First row (in the feature's order) that goes right.
    pub pos: usize,
    pub threshold: f64,
    /// For a two-valued feature: the left side's slot and sums (it has no sorted list).
    pub two: Option<(usize, LoSums)>,
}

/// The best split of rows `start..end` over up to `max_features` non-constant features, when
/// some feature is two-valued or shares a sorted list ([`best_split_sorted`] otherwise).
///
/// The features to evaluate are drawn first (Fisher-Yates, skipping features constant in the
/// node), then those with more than two values are scanned four at a time by [`scan_features`]
/// and the two-valued ones read from one [`lo_sums`] pass, and the results are compared in
/// draw order: the first feature with the largest proxy wins, and within a feature the first
/// position.
#[allow(clippy::too_many_arguments)]
pub(super) fn best_split(
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
    let cap = mask + 1;
    let count = end - start;
    let min_leaf = params.min_samples_leaf;
    if count < 2 * min_leaf {
        return None;
    }
    let by_pos = &s.idx[p * m + start..p * m + end];
    if count == 2 {
        // Both rows end in their own leaf whatever the feature, so every non-constant feature
        // gives the same split: the first one drawn wins, as in the general scan.
        for i in 0..p {
            let j = i + rng.below(p - i);
            s.feats.swap(i, j);
            let f = s.feats[i];
            let slot = s.two_slot[f];
            if slot == NOT_TWO {
                let xcol = &d.column(&s.xl, f)[..=mask];
                let l = s.list[f];
                let ids = &s.idx[l * m + start..l * m + end];
                let (a, b) = (xcol[ids[0] as usize & mask], xcol[ids[1] as usize & mask]);
                if a != b {
                    return Some(Split { feature: f, pos: start + 1, threshold: midpoint(a, b), two: None });
                }
                continue;
            }
            let codes = &s.codes[slot / LANES * cap..(slot / LANES + 1) * cap];
            let code = |id: u32| codes[id as usize & mask][slot % LANES];
            if code(by_pos[0]) != code(by_pos[1]) {
                // The left row's sums as the exact learner adds them (from 0.0).
                let e = s.wyw[by_pos[usize::from(code(by_pos[0]) == 1)] as usize & mask];
                let lo = LoSums { n: 1, w: 0.0 + e.w, s: 0.0 + e.wy };
                let (a, b) = s.two_values[slot];
                return Some(Split { feature: f, pos: start + 1, threshold: midpoint(a, b), two: Some((slot, lo)) });
            }
        }
        return None;
    }
    s.lo.clear();
    for c in 0..d.n_two.div_ceil(LANES) {
        s.lo.extend_from_slice(&lo_sums(by_pos, &s.codes[c * cap..(c + 1) * cap], &s.wyw, mask));
    }
    // Which features vary in the node, then the draws; the loop has no data-dependent branch
    // but its stop (a candidate is always written, and kept when its feature varies).
    s.varies.clear();
    for f in 0..p {
        s.varies.push(match s.two_slot[f] {
            NOT_TWO => {
                let l = s.list[f];
                let ids = &s.idx[l * m + start..l * m + end];
                let xcol = &d.column(&s.xl, f)[..=mask];
                xcol[ids[0] as usize & mask] != xcol[ids[count - 1] as usize & mask]
            }
            slot => (1..count).contains(&(s.lo[slot].n as usize)),
        });
    }
    s.cands.clear();
    s.cands.resize(p, 0);
    let mut n_cands = 0;
    for i in 0..p {
        let j = i + rng.below(p - i);
        s.feats.swap(i, j);
        let f = s.feats[i];
        s.cands[n_cands] = f;
        n_cands += usize::from(s.varies[f]); // constant features do not count towards max_features
        if n_cands == params.max_features {
            break;
        }
    }
    s.cands.truncate(n_cands);
    // Position k (0-based in the node) puts k + 1 rows on the left: admissible for
    // k + 1 in [min_leaf, count - min_leaf].
    let (k_lo, k_hi) = (min_leaf - 1, count - min_leaf);
    let (idx, xl, list) = (&s.idx, &s.xl, &s.list);
    let seg = |f: usize| &idx[list[f] * m + start..list[f] * m + end];
    let col = |f: usize| d.column(xl, f);
    // One scan per list: features sharing a list have the same proxies at the same positions.
    s.scanned.clear();
    s.list_res.clear();
    s.list_res.resize(p, NOT_TWO);
    for &f in &s.cands {
        if s.two_slot[f] == NOT_TWO && s.list_res[list[f]] == NOT_TWO {
            s.list_res[list[f]] = s.scanned.len();
            s.scanned.push(f);
        }
    }
    s.scan_res.clear();
    let scan = Scan { wyw: &s.wyw, mask, k_lo, k_hi, w_tot, s_tot };
    let scan_res = &mut s.scan_res;
    scan_features(&scan, &s.scanned, seg, col, |_, r| scan_res.push(r));
    // Every candidate's best proxy and position in draw order (the divisions of the dummies
    // independent of each other), then the first largest one, then its split.
    s.cand_res.clear();
    for &f in &s.cands {
        let slot = s.two_slot[f];
        if slot == NOT_TWO {
            s.cand_res.push(s.scan_res.get(s.list_res[list[f]]).copied().unwrap_or((f64::NEG_INFINITY, k_lo)));
            continue;
        }
        // The one boundary of a two-valued feature: the scan's proxy at position n_lo - 1.
        let lo = s.lo[slot];
        let n_lo = lo.n as usize;
        let value = proxy(lo.w, lo.s, w_tot, s_tot);
        let admissible = n_lo >= min_leaf && n_lo <= count - min_leaf;
        s.cand_res.push((if admissible { value } else { f64::NEG_INFINITY }, n_lo.wrapping_sub(1)));
    }
    let mut best_proxy = f64::NEG_INFINITY;
    let mut winner = None;
    for (k, &(top, _)) in s.cand_res.iter().enumerate() {
        let better = top > best_proxy;
        best_proxy = if better { top } else { best_proxy };
        winner = if better { Some(k) } else { winner };
    }
    let k = winner?;
    let (f, top_k) = (s.cands[k], s.cand_res[k].1);
    let slot = s.two_slot[f];
    if slot == NOT_TWO {
        let (ids, xcol) = (seg(f), col(f));
        let (xk, xk1) = (xcol[ids[top_k] as usize & mask], xcol[ids[top_k + 1] as usize & mask]);
        return Some(Split { feature: f, pos: start + top_k + 1, threshold: midpoint(xk, xk1), two: None });
    }
    let (a, b) = s.two_values[slot];
    Some(Split { feature: f, pos: start + top_k + 1, threshold: midpoint(a, b), two: Some((slot, s.lo[slot])) })
}

/// [`best_split`] when every feature keeps its own sorted list (no two-valued feature, no
/// shared list): main's search before the dummy pass, which stops drawing at `max_features`
/// varying features and compares each scan result as it comes, with no per-node tables (the
/// same draws and the same comparisons, so the same split).
///
/// Inlined into the tree loop, as the search was before the dummy pass (called, it cost the
/// city panel's forests about 3% more instructions).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(super) fn best_split_sorted(
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
                return Some(Split { feature: f, pos: start + 1, threshold: midpoint(a, b), two: None });
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
    let consider = |f: usize, (top, top_k): (f64, usize)| {
        if top > best_proxy {
            best_proxy = top;
            let (ids, xcol) = (seg(f), col(f));
            let (xk, xk1) = (xcol[ids[top_k] as usize & mask], xcol[ids[top_k + 1] as usize & mask]);
            best = Some(Split { feature: f, pos: start + top_k + 1, threshold: midpoint(xk, xk1), two: None });
        }
    };
    let scan = Scan { wyw: &s.wyw, mask, k_lo, k_hi, w_tot, s_tot };
    scan_features(&scan, &s.cands, seg, col, consider);
    best
}
