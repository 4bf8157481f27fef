//! The split scan of a CART node: prefix sums and the squared-error proxy over each feature's
//! rows in value order, four features side by side.

/// Weight and weighted target of one in-bag row (weights are integer draw counts, exact in
/// `f64`).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub(super) struct Wy {
    /// Weight times target.
    pub wy: f64,
    /// Weight.
    pub w: f64,
}

/// A local row id: `u32` in the exact trees, `u16` in the small subtrees of histogram trees
/// (half the memory traffic for the same scan).
pub(super) trait LocalId: Copy {
    /// The id as an index.
    fn index(self) -> usize;
}

impl LocalId for u32 {
    #[inline(always)]
    fn index(self) -> usize {
        self as usize
    }
}

impl LocalId for u16 {
    #[inline(always)]
    fn index(self) -> usize {
        usize::from(self)
    }
}

/// The split proxy `S_L^2 / W_L + S_R^2 / W_R` for left sums `wl`, `sl` of node totals `w`, `s`,
/// as `(S_L^2 W_R + S_R^2 W_L) / (W_L W_R)` (one division; every tree computes it this way, so
/// equal sums give equal bits).
#[inline(always)]
pub(super) fn proxy(wl: f64, sl: f64, w: f64, s: f64) -> f64 {
    let (wr, sr) = (w - wl, s - sl);
    (sl * sl * wr + sr * sr * wl) / (wl * wr)
}

/// Weight and weighted-target sums over some local ids.
#[inline]
pub(super) fn sums<I: LocalId>(wyw: &[Wy], ids: &[I], mask: usize) -> (f64, f64) {
    let wyw = &wyw[..=mask];
    ids.iter().fold((0.0, 0.0), |(w, t), &id| {
        let e = wyw[id.index() & mask];
        (w + e.w, t + e.wy)
    })
}

/// What every lane of a node scan shares.
pub(super) struct Scan<'a> {
    /// Weight and weighted target by local id (length at least `mask + 1`).
    pub wyw: &'a [Wy],
    /// Power-of-two length minus one of the per-id arrays.
    pub mask: usize,
    /// First admissible position (`min_samples_leaf - 1`).
    pub k_lo: usize,
    /// End of the admissible positions (`count - min_samples_leaf`).
    pub k_hi: usize,
    /// Node weight.
    pub w_tot: f64,
    /// Node weighted target sum.
    pub s_tot: f64,
}

/// Scan the features `cands` of one node with [`scan_lanes`], four at a time, then two, then
/// one, and hand each feature's result to `consider` in `cands` order. `seg(f)` gives the
/// node's local ids in feature `f`'s order, `col(f)` the feature's values by id.
#[inline(always)]
pub(super) fn scan_features<'d, I: LocalId + 'd, X: Copy + PartialOrd + 'd>(
    sc: &Scan<'_>,
    cands: &[usize],
    seg: impl Fn(usize) -> &'d [I],
    col: impl Fn(usize) -> &'d [X],
    mut consider: impl FnMut(usize, (f64, usize)),
) {
    let mut quads = cands.chunks_exact(4);
    for c in &mut quads {
        let res = scan_lanes::<4, _, _>(
            sc,
            [seg(c[0]), seg(c[1]), seg(c[2]), seg(c[3])],
            [col(c[0]), col(c[1]), col(c[2]), col(c[3])],
        );
        c.iter().zip(res).for_each(|(&f, r)| consider(f, r));
    }
    let mut pairs = quads.remainder().chunks_exact(2);
    for c in &mut pairs {
        let res = scan_lanes::<2, _, _>(sc, [seg(c[0]), seg(c[1])], [col(c[0]), col(c[1])]);
        c.iter().zip(res).for_each(|(&f, r)| consider(f, r));
    }
    for &f in pairs.remainder() {
        let [r] = scan_lanes::<1, _, _>(sc, [seg(f)], [col(f)]);
        consider(f, r);
    }
}

/// Scan `L` features of one node side by side (the lanes let the compiler use SIMD for the
/// arithmetic): per lane, the node's local ids in that feature's order and the feature's values
/// by id (`f64` values in the exact trees, `u8` bin codes in the histogram trees' small
/// subtrees: only their order matters). For each lane returns the largest proxy
/// `S_L^2 / W_L + S_R^2 / W_R` over positions `k_lo..k_hi` where the value changes, and its
/// first position (`-inf` if none).
///
/// No data-dependent branch: prefix sums, the proxy, and a running maximum kept by selects.
///
/// On x86-64 processors with AVX2 the same code runs compiled for AVX2: wider vectors for the
/// same IEEE operations in the same order (Rust never fuses a multiply and an add), so the
/// results are bit for bit those of the portable build; a test compares the two.
pub(super) fn scan_lanes<const L: usize, I: LocalId, X: Copy + PartialOrd>(
    sc: &Scan<'_>,
    ids: [&[I]; L],
    xcols: [&[X]; L],
) -> [(f64, usize); L] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: `scan_avx2` requires AVX2 and nothing else; the processor was just checked.
        return unsafe { scan_avx2(sc, ids, xcols) };
    }
    scan_portable(sc, ids, xcols)
}

/// [`scan_portable`] compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline(never)]
fn scan_avx2<const L: usize, I: LocalId, X: Copy + PartialOrd>(
    sc: &Scan<'_>,
    ids: [&[I]; L],
    xcols: [&[X]; L],
) -> [(f64, usize); L] {
    scan_portable(sc, ids, xcols)
}

/// The scan itself, for any instruction set (see [`scan_lanes`]).
#[inline(always)]
fn scan_portable<const L: usize, I: LocalId, X: Copy + PartialOrd>(
    sc: &Scan<'_>,
    ids: [&[I]; L],
    xcols: [&[X]; L],
) -> [(f64, usize); L] {
    let mask = sc.mask;
    let wyw = &sc.wyw[..=mask];
    let (k_lo, k_hi) = (sc.k_lo, sc.k_hi);
    let ids: [&[I]; L] = ids.map(|s| &s[..=k_hi]);
    let xcols: [&[X]; L] = xcols.map(|c| &c[..=mask]);
    let mut wl = [0.0_f64; L];
    let mut sl = [0.0_f64; L];
    let mut x_here: [X; L] = std::array::from_fn(|l| xcols[l][ids[l][k_lo].index() & mask]);
    for l in 0..L {
        (wl[l], sl[l]) = sums(wyw, &ids[l][..k_lo], mask);
    }
    let mut top = [f64::NEG_INFINITY; L];
    let mut top_k = [k_lo; L];
    for k in k_lo..k_hi {
        for l in 0..L {
            let e = wyw[ids[l][k].index() & mask];
            wl[l] += e.w;
            sl[l] += e.wy;
            let x_next = xcols[l][ids[l][k + 1].index() & mask];
            let value = proxy(wl[l], sl[l], sc.w_tot, sc.s_tot);
            let value = if x_next > x_here[l] { value } else { f64::NEG_INFINITY };
            let better = value > top[l];
            top_k[l] = if better { k } else { top_k[l] };
            top[l] = if better { value } else { top[l] };
            x_here[l] = x_next;
        }
    }
    let mut out = [(f64::NEG_INFINITY, k_lo); L];
    for l in 0..L {
        out[l] = (top[l], top_k[l]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brute force: the best admissible position of one feature by direct sums.
    fn brute(ids: &[u32], x: &[f64], wyw: &[Wy], k_lo: usize, k_hi: usize) -> (f64, usize) {
        let (w_tot, s_tot) = ids.iter().fold((0.0, 0.0), |(a, b), &i| (a + wyw[i as usize].w, b + wyw[i as usize].wy));
        let mut best = (f64::NEG_INFINITY, k_lo);
        for k in k_lo..k_hi {
            if x[ids[k + 1] as usize] <= x[ids[k] as usize] {
                continue;
            }
            let (wl, sl) =
                ids[..=k].iter().fold((0.0, 0.0), |(a, b), &i| (a + wyw[i as usize].w, b + wyw[i as usize].wy));
            let v = sl * sl / wl + (s_tot - sl).powi(2) / (w_tot - wl);
            if v > best.0 + 1e-12 {
                best = (v, k);
            }
        }
        best
    }

    #[test]
    fn four_lanes_agree_with_one_lane_and_with_brute_force() {
        let m = 13;
        let mask = 15;
        let mut wyw = vec![Wy::default(); mask + 1];
        for (i, e) in wyw.iter_mut().enumerate().take(m) {
            let w = (1 + i % 3) as f64;
            *e = Wy { wy: w * ((i * 7 % 5) as f64 - 1.5), w };
        }
        // Four features: values by id (with ties in feature 2) and ids sorted by value.
        let xs: Vec<Vec<f64>> = (0..4)
            .map(|f| {
                let mut v: Vec<f64> = (0..=mask).map(|i| ((i * (f + 3) * 5) % 11) as f64).collect();
                if f == 2 {
                    v.iter_mut().for_each(|x| *x = (*x / 3.0).floor());
                }
                v
            })
            .collect();
        let orders: Vec<Vec<u32>> = xs
            .iter()
            .map(|x| {
                let mut o: Vec<u32> = (0..m as u32).collect();
                o.sort_by(|&a, &b| x[a as usize].total_cmp(&x[b as usize]).then(a.cmp(&b)));
                o
            })
            .collect();
        let (w_tot, s_tot) = sums(&wyw, &orders[0], mask);
        for min_leaf in [1, 3] {
            let sc = Scan { wyw: &wyw, mask, k_lo: min_leaf - 1, k_hi: m - min_leaf, w_tot, s_tot };
            let four = scan_lanes::<4, _, _>(
                &sc,
                [&orders[0], &orders[1], &orders[2], &orders[3]],
                [&xs[0], &xs[1], &xs[2], &xs[3]],
            );
            let portable = scan_portable::<4, _, _>(
                &sc,
                [&orders[0], &orders[1], &orders[2], &orders[3]],
                [&xs[0], &xs[1], &xs[2], &xs[3]],
            );
            for f in 0..4 {
                assert_eq!((portable[f].0.to_bits(), portable[f].1), (four[f].0.to_bits(), four[f].1));
                let [one] = scan_lanes::<1, _, _>(&sc, [&orders[f]], [&xs[f]]);
                assert_eq!(one.0.to_bits(), four[f].0.to_bits());
                assert_eq!(one.1, four[f].1);
                let b = brute(&orders[f], &xs[f], &wyw, sc.k_lo, sc.k_hi);
                assert!((b.0 - one.0).abs() < 1e-9 && b.1 == one.1, "feature {f}: {b:?} vs {one:?}");
            }
        }
    }
}
