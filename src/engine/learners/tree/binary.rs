//! Two-valued features (dummies such as `black` or a region) in the exact trees: their split
//! sums come from one pass over the node's rows in position order, sixteen features side by
//! side, so they need no sorted row list and no partition.
//!
//! Why this is the exact learner's arithmetic, bit for bit: sorted by (value, position), a
//! feature with values `lo < hi` lists a node's `lo` rows in position order and then its `hi`
//! rows in position order. Its only candidate split puts the `lo` rows on the left, and the
//! exact scan's prefix sums there ([`super::scan`]) are the sums over the `lo` rows in position
//! order, added one after the other from `0.0`: what [`lo_sums`] accumulates. A `hi` row adds
//! `+0.0`, which leaves such a running sum unchanged (it starts at `+0.0` and a sum of finite
//! numbers in round-to-nearest is never `-0.0`). Likewise the rows of a child of a split on a
//! two-valued feature, in that feature's sorted order, are the child's rows in position order.
//! The test against the textbook reference (`tree.rs`) covers two-valued features.

use super::scan::Wy;

/// Two-valued features evaluated side by side in one pass (one chunk of codes).
pub(super) const LANES: usize = 16;

/// Sums over the rows of a node holding a two-valued feature's lower value: the left side of
/// its only split.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct LoSums {
    /// Rows (unweighted).
    pub n: u32,
    /// Weight.
    pub w: f64,
    /// Weighted target.
    pub s: f64,
}

/// For the [`LANES`] features of one chunk, sums over the rows `ids` (local ids, in position
/// order) whose code is 0 (the lower value); `codes[id & mask][lane]` is 0 or 1.
pub(super) fn lo_sums(ids: &[u32], codes: &[[u8; LANES]], wyw: &[Wy], mask: usize) -> [LoSums; LANES] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: `lo_sums_avx2` requires AVX2 and nothing else; the processor was just checked.
        return unsafe { lo_sums_avx2(ids, codes, wyw, mask) };
    }
    lo_sums_portable(ids, codes, wyw, mask)
}

/// [`lo_sums_portable`] compiled for AVX2 (the same IEEE additions in the same order).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline(never)]
fn lo_sums_avx2(ids: &[u32], codes: &[[u8; LANES]], wyw: &[Wy], mask: usize) -> [LoSums; LANES] {
    lo_sums_portable(ids, codes, wyw, mask)
}

/// The pass itself: per row, every lane adds the row's weighted target, or `+0.0` when the row
/// holds the higher value, through a bit mask (no data-dependent branch). Rows and weights are
/// integers, counted together in one `u64` per lane (weight in the high half): a weight sum is
/// exact in `f64` in any order, so converting it at the end gives the bits of the exact
/// learner's running `f64` sum.
#[inline(always)]
fn lo_sums_portable(ids: &[u32], codes: &[[u8; LANES]], wyw: &[Wy], mask: usize) -> [LoSums; LANES] {
    let codes = &codes[..=mask];
    let wyw = &wyw[..=mask];
    let mut nw = [0u64; LANES];
    let mut s = [0.0_f64; LANES];
    for &id in ids {
        let i = id as usize & mask;
        let e = wyw[i];
        let c = codes[i];
        // Weights are draw counts (at most the number of rows, below 2^32).
        let row = ((e.w as u64) << 32) | 1;
        let wy = e.wy.to_bits();
        for l in 0..LANES {
            let keep = u64::from(c[l]).wrapping_sub(1); // all ones for the lower value
            nw[l] += row & keep;
            s[l] += f64::from_bits(wy & keep);
        }
    }
    std::array::from_fn(|l| LoSums { n: nw[l] as u32, w: (nw[l] >> 32) as f64, s: s[l] })
}

/// Weight and weighted target of the rows `ids` (position order) summed in the order of one
/// two-valued feature (`lane` of the chunk `codes`): the `lo` rows, then the `hi` rows, in one
/// running sum. What the exact learner sums at a root whose reference feature is two-valued.
pub(super) fn sums_in_feature_order(
    ids: &[u32],
    codes: &[[u8; LANES]],
    lane: usize,
    wyw: &[Wy],
    mask: usize,
) -> (f64, f64) {
    let (codes, wyw) = (&codes[..=mask], &wyw[..=mask]);
    let mut acc = (0.0, 0.0);
    for code in [0u8, 1] {
        for &id in ids {
            let i = id as usize & mask;
            if codes[i][lane] == code {
                acc = (acc.0 + wyw[i].w, acc.1 + wyw[i].wy);
            }
        }
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_sums_equal_sequential_sums_over_the_low_rows() {
        let mask = 31;
        let mut wyw = vec![Wy::default(); mask + 1];
        let mut codes = vec![[1u8; LANES]; mask + 1];
        for i in 0..=mask {
            let w = (1 + i % 3) as f64;
            wyw[i] = Wy { w, wy: w * (0.1 * i as f64 - 1.3).sin() };
            for (l, c) in codes[i].iter_mut().enumerate() {
                *c = u8::from((i * (l + 1)) % 5 < 2);
            }
        }
        let ids: Vec<u32> = (0..27).collect();
        let got = lo_sums(&ids, &codes, &wyw, mask);
        let portable = lo_sums_portable(&ids, &codes, &wyw, mask);
        for l in 0..LANES {
            let lo: Vec<usize> = (0..27).filter(|&i| codes[i][l] == 0).collect();
            let (w, s) = lo.iter().fold((0.0, 0.0), |(a, b), &i| (a + wyw[i].w, b + wyw[i].wy));
            assert_eq!(
                (got[l].n as usize, got[l].w.to_bits(), got[l].s.to_bits()),
                (lo.len(), w.to_bits(), s.to_bits())
            );
            assert_eq!((portable[l].w.to_bits(), portable[l].s.to_bits()), (w.to_bits(), s.to_bits()));
        }
    }
}
