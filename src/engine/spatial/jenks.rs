//! Fisher-Jenks natural breaks: the exact optimal partition of sorted values into k
//! contiguous classes minimising the within-class sum of squared deviations (SSD).
//!
//! Fisher, W. D. (1958), "On grouping for maximum homogeneity", *JASA* 53(284), 789-798;
//! Jenks, G. F. (1977), *Optimal data classification for choropleth maps*. Dynamic program,
//! O(k n²): with `x` sorted and `D[l][j]` the least SSD of the first `l` values in `j` classes,
//!
//! ```text
//! D[l][1] = SSD(x_1..x_l)
//! D[l][j] = min_{2 <= i <= l} D[i-1][j-1] + SSD(x_i..x_l)
//! ```
//!
//! The recursion, the table layout and the tie rule follow `mapclassify.FisherJenks`
//! (`_fisher_jenks_means`, mapclassify 2.10) so that breaks agree with it: among split points
//! of equal cost the one starting the last class earliest wins, and `D[1][j] = 0`. Differences
//! by design: mapclassify accumulates in `float32`, which on some data (hundreds of values in a
//! narrow range) returns a partition whose SSD is above the optimum; here each class SSD is
//! updated in `f64` by Welford's method as the class grows backwards, and costs within a
//! relative 1e-12 of the minimum count as ties. The result is optimal to that tolerance.

/// Relative tolerance below which two candidate costs are treated as equal (tie rule).
pub const TIE_TOLERANCE: f64 = 1e-12;

/// Upper class bounds of the Fisher-Jenks optimal partition of `sorted` (ascending, finite)
/// into `k` classes: each bound is the largest value of its class, the last is the maximum.
///
/// Requires `1 <= k <= number of distinct values` (checked by the caller); returns `None`
/// when the partition found is degenerate (repeated bounds), which cannot happen for an
/// exact optimum with at least `k` distinct values.
pub fn fisher_jenks(sorted: &[f64], k: usize) -> Option<Vec<f64>> {
    let n = sorted.len();
    if k == 0 || n == 0 {
        return None;
    }
    let w = k + 1;
    // Row l (number of values), column j (classes): start (1-based) of the last class; cost.
    let mut start = vec![0u32; (n + 1) * w];
    let mut cost = vec![f64::INFINITY; (n + 1) * w];
    for j in 1..=k {
        start[w + j] = 1;
        cost[w + j] = 0.0;
    }
    let mut best_start = vec![0u32; w];
    let mut best_cost = vec![f64::INFINITY; w];
    for l in 2..=n {
        best_start.iter_mut().for_each(|s| *s = 0);
        best_cost.iter_mut().for_each(|c| *c = f64::INFINITY);
        let (mut count, mut mean, mut m2) = (0.0f64, 0.0f64, 0.0f64);
        // The last class is x[i3-1 ..= l-1], growing backwards: i3 = l, l-1, ..., 1.
        for i3 in (1..=l).rev() {
            let val = sorted[i3 - 1];
            count += 1.0;
            let delta = val - mean;
            mean += delta / count;
            m2 += delta * (val - mean);
            let i4 = i3 - 1;
            if i4 == 0 {
                continue;
            }
            for j in 2..=k {
                let cand = m2 + cost[i4 * w + j - 1];
                let best = best_cost[j];
                if cand <= best + TIE_TOLERANCE * best.abs() {
                    // Smaller i3 wins ties (mapclassify updates on >=); keep the true minimum.
                    best_start[j] = i3 as u32;
                    best_cost[j] = best.min(cand);
                }
            }
        }
        let row = l * w;
        start[row + 1] = 1;
        cost[row + 1] = m2;
        for j in 2..=k {
            if best_cost[j].is_finite() {
                start[row + j] = best_start[j];
                cost[row + j] = best_cost[j];
            }
        }
    }
    let mut bounds = vec![0.0; k];
    bounds[k - 1] = sorted[n - 1];
    let mut l = n;
    for j in (2..=k).rev() {
        let pivot = start[l * w + j] as usize;
        if pivot < 2 {
            return None;
        }
        bounds[j - 2] = sorted[pivot - 2];
        l = pivot - 1;
    }
    bounds.windows(2).all(|p| p[0] < p[1]).then_some(bounds)
}

/// Within-class sum of squared deviations when `values` are classed by upper `bounds`
/// (class of `v` = first bound `>= v`), computed in two passes per class.
pub fn within_ssd(values: &[f64], bounds: &[f64]) -> f64 {
    let mut total = 0.0;
    let mut lower = f64::NEG_INFINITY;
    for &b in bounds {
        let class: Vec<f64> = values.iter().copied().filter(|&v| v > lower && v <= b).collect();
        if !class.is_empty() {
            let mean = class.iter().sum::<f64>() / class.len() as f64;
            total += class.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>();
        }
        lower = b;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brute force over every placement of k-1 cuts (small n only).
    fn brute(sorted: &[f64], k: usize) -> f64 {
        fn rec(x: &[f64], k: usize, from: usize, acc: f64, best: &mut f64) {
            let ssd = |s: &[f64]| {
                let m = s.iter().sum::<f64>() / s.len() as f64;
                s.iter().map(|v| (v - m) * (v - m)).sum::<f64>()
            };
            if k == 1 {
                *best = best.min(acc + ssd(&x[from..]));
                return;
            }
            for cut in from + 1..=x.len() - (k - 1) {
                rec(x, k - 1, cut, acc + ssd(&x[from..cut]), best);
            }
        }
        let mut best = f64::INFINITY;
        rec(sorted, k, 0, 0.0, &mut best);
        best
    }

    #[test]
    fn matches_brute_force_on_small_sets() {
        let mut state = 12345u64;
        for n in [5usize, 8, 11, 14] {
            let mut x: Vec<f64> = (0..n)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (state >> 33) as f64 / (1u64 << 31) as f64
                })
                .collect();
            x.sort_by(f64::total_cmp);
            for k in 2..=5.min(n) {
                let b = fisher_jenks(&x, k).unwrap();
                let got = within_ssd(&x, &b);
                let want = brute(&x, k);
                assert!((got - want).abs() <= 1e-12 * want.max(1e-300), "n {n} k {k}: {got} vs {want}");
            }
        }
    }

    #[test]
    fn obvious_clusters() {
        let x = [1.0, 1.1, 1.2, 5.0, 5.1, 9.0, 9.2, 9.3];
        assert_eq!(fisher_jenks(&x, 3).unwrap(), vec![1.2, 5.1, 9.3]);
    }
}
