//! Quantile binning of the training features, computed once per fit (or once per fold and
//! shared by every nuisance fitted on that fold).
//!
//! Each feature gets at most [`MAX_BINS`] bins, as in LightGBM and scikit-learn's
//! `HistGradientBoostingRegressor` (`max_bins=255`). The bins come from the distinct training
//! values `d_0 < ... < d_{k-1}` with counts `c_i` (n rows in all):
//! - when `k <= MAX_BINS`, every distinct value is its own bin;
//! - otherwise the cuts are equal-count (quantile) cuts: for `j = 1 .. MAX_BINS - 1` the `j`-th
//!   target `j * n / MAX_BINS` places a cut after the first distinct value at which the
//!   cumulative count reaches it, and cuts that coincide are merged (a value with many ties
//!   fills several quantiles but stays in one bin). Cuts only fall between distinct values.
//!
//! A bin keeps its smallest and largest training value (`lo`, `hi`); the edge between bins `b`
//! and `b + 1` is the midpoint `hi_b / 2 + lo_{b+1} / 2` (the exact CART's midpoint rule, so a
//! value maps to bin `b` exactly when it lies above edge `b - 1` and at or below edge `b`).
//!
//! Missing values: like the exact learner, a non-finite value is refused
//! ([`LearnerError::NonFinite`] naming the row and feature), never binned.

use crate::engine::learners::tree::grow::midpoint;
use crate::engine::learners::{Features, LearnerError};
use rayon::prelude::*;

/// Most bins per feature (LightGBM's and scikit-learn's default; codes fit in a `u8`).
pub const MAX_BINS: usize = 255;

/// The bins of one feature.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureBins {
    /// Smallest training value in each bin.
    pub lo: Vec<f64>,
    /// Largest training value in each bin.
    pub hi: Vec<f64>,
    /// Upper edge of bins `0 .. len - 1`: `edges[b] = midpoint(hi[b], lo[b + 1])`.
    pub edges: Vec<f64>,
}

impl FeatureBins {
    /// Number of bins (at least 1 when the feature has any rows).
    pub fn len(&self) -> usize {
        self.lo.len()
    }

    /// True when the feature had no rows.
    pub fn is_empty(&self) -> bool {
        self.lo.is_empty()
    }

    /// The bin of value `v`: the number of edges strictly below it (values beyond the training
    /// range go to the first or last bin).
    #[inline]
    pub fn code(&self, v: f64) -> u8 {
        self.edges.partition_point(|&e| e < v) as u8
    }
}

/// The training rows of a fit with every feature replaced by its bin code.
#[derive(Clone, Debug)]
pub struct Binned {
    n: usize,
    p: usize,
    /// Codes, row-major: `codes[pos * p + f]` (a histogram pass reads one row's codes together).
    codes: Vec<u8>,
    /// The bins of each feature.
    bins: Vec<FeatureBins>,
}

impl Binned {
    /// Bin `rows` of `x`, one feature per task in parallel (each feature's bins depend on its
    /// values only, so the result does not depend on the thread count). Position `pos` of the
    /// result is row `rows[pos]`.
    pub fn new(x: &Features, rows: &[usize], max_bins: usize) -> Result<Binned, LearnerError> {
        let n = rows.len();
        let p = x.ncols();
        if let Some(&r) = rows.iter().find(|&&r| r >= x.nrows()) {
            return Err(LearnerError::RowOutOfRange { row: r, n_rows: x.nrows() });
        }
        let max_bins = max_bins.clamp(1, MAX_BINS);
        let per_feature: Vec<Result<(FeatureBins, Vec<u8>), LearnerError>> = (0..p)
            .into_par_iter()
            .map(|f| {
                let col: Vec<f64> = rows.iter().map(|&r| x[(r, f)]).collect();
                if let Some(pos) = col.iter().position(|v| !v.is_finite()) {
                    return Err(LearnerError::NonFinite { row: rows[pos], column: Some(f), value: col[pos] });
                }
                let bins = feature_bins(&col, max_bins);
                let codes = col.iter().map(|&v| bins.code(v)).collect();
                Ok((bins, codes))
            })
            .collect();
        let mut codes = vec![0u8; n * p];
        let mut bins = Vec::with_capacity(p);
        for (f, res) in per_feature.into_iter().enumerate() {
            let (b, c) = res?;
            for (pos, code) in c.into_iter().enumerate() {
                codes[pos * p + f] = code;
            }
            bins.push(b);
        }
        Ok(Binned { n, p, codes, bins })
    }

    /// Number of rows.
    pub fn n(&self) -> usize {
        self.n
    }

    /// Number of features.
    pub fn p(&self) -> usize {
        self.p
    }

    /// The codes of the row at position `pos`, one per feature.
    #[inline]
    pub fn row(&self, pos: usize) -> &[u8] {
        &self.codes[pos * self.p..(pos + 1) * self.p]
    }

    /// All codes, row-major (`codes[pos * p + f]`).
    #[inline]
    pub fn codes(&self) -> &[u8] {
        &self.codes
    }

    /// The bins of feature `f`.
    pub fn feature(&self, f: usize) -> &FeatureBins {
        &self.bins[f]
    }
}

/// The bins of one feature's finite values (see the module docs).
pub fn feature_bins(values: &[f64], max_bins: usize) -> FeatureBins {
    let max_bins = max_bins.clamp(1, MAX_BINS);
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    // Distinct values and their counts.
    let mut distinct: Vec<(f64, usize)> = Vec::new();
    for &v in &sorted {
        match distinct.last_mut() {
            Some((d, c)) if *d == v => *c += 1,
            _ => distinct.push((v, 1)),
        }
    }
    let k = distinct.len();
    // cut_after[i]: a bin ends after distinct value i.
    let mut cut_after = vec![false; k];
    if k <= max_bins {
        cut_after.iter_mut().for_each(|c| *c = true);
    } else {
        let n = sorted.len();
        let mut j = 1usize;
        let mut cum = 0usize;
        for (i, &(_, c)) in distinct.iter().enumerate() {
            cum += c;
            // cum >= j * n / max_bins, in integers: cum * max_bins >= j * n.
            if j < max_bins && cum * max_bins >= j * n {
                cut_after[i] = true;
                while j < max_bins && cum * max_bins >= j * n {
                    j += 1;
                }
            }
        }
    }
    let mut lo = Vec::new();
    let mut hi = Vec::new();
    let mut open = true;
    for (i, &(v, _)) in distinct.iter().enumerate() {
        if open {
            lo.push(v);
            hi.push(v);
            open = false;
        }
        if let Some(h) = hi.last_mut() {
            *h = v;
        }
        if cut_after[i] {
            open = true;
        }
    }
    let edges = (0..lo.len().saturating_sub(1)).map(|b| midpoint(hi[b], lo[b + 1])).collect();
    FeatureBins { lo, hi, edges }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::rng_for;

    fn check_consistent(values: &[f64], b: &FeatureBins) {
        assert!(b.len() <= MAX_BINS);
        assert_eq!(b.edges.len() + 1, b.len());
        for i in 0..b.len() {
            assert!(b.lo[i] <= b.hi[i]);
            if i + 1 < b.len() {
                assert!(b.hi[i] <= b.edges[i] && b.edges[i] < b.lo[i + 1], "edge {i}");
            }
        }
        for &v in values {
            let c = b.code(v) as usize;
            assert!(b.lo[c] <= v && v <= b.hi[c], "{v} in bin {c}: [{}, {}]", b.lo[c], b.hi[c]);
        }
    }

    #[test]
    fn many_distinct_values_give_at_most_255_equal_count_bins() {
        let mut r = rng_for(3, &[1]);
        let values: Vec<f64> = (0..10_000).map(|_| r.normal()).collect();
        let b = feature_bins(&values, MAX_BINS);
        assert_eq!(b.len(), MAX_BINS);
        check_consistent(&values, &b);
        let mut counts = vec![0usize; b.len()];
        values.iter().for_each(|&v| counts[b.code(v) as usize] += 1);
        let (min, max) = (counts.iter().min().copied().unwrap_or(0), counts.iter().max().copied().unwrap_or(0));
        assert!(min >= 39 && max <= 40, "10,000 / 255 = 39.2 rows per bin: {min}..{max}");
    }

    #[test]
    fn fewer_distinct_values_than_bins_give_one_bin_each() {
        let values = [3.0, 1.0, 2.0, 1.0, 3.0, 10.0];
        let b = feature_bins(&values, MAX_BINS);
        assert_eq!(b.lo, vec![1.0, 2.0, 3.0, 10.0]);
        assert_eq!(b.hi, b.lo);
        assert_eq!(b.edges, vec![1.5, 2.5, 6.5]);
        check_consistent(&values, &b);
        assert_eq!((b.code(-100.0), b.code(1.5), b.code(1.6), b.code(1e9)), (0, 0, 1, 3));
    }

    #[test]
    fn constant_feature_has_one_bin() {
        let b = feature_bins(&[4.0; 7], MAX_BINS);
        assert_eq!((b.len(), b.edges.len()), (1, 0));
        assert_eq!(b.code(4.0), 0);
        assert_eq!(b.code(-1.0), 0);
        assert!(feature_bins(&[], MAX_BINS).is_empty());
    }

    #[test]
    fn heavy_ties_stay_in_one_bin_and_bins_never_exceed_the_limit() {
        // Half the rows are 0 (a dummy-like spike), the rest distinct.
        let mut values: Vec<f64> = vec![0.0; 5_000];
        values.extend((1..=5_000).map(|i| f64::from(i) / 7.0));
        let b = feature_bins(&values, MAX_BINS);
        assert!(b.len() <= MAX_BINS && b.len() > 100, "{}", b.len());
        assert_eq!((b.lo[0], b.hi[0]), (0.0, 0.0), "the spike is a bin of its own");
        check_consistent(&values, &b);
        for max in [1, 2, 17] {
            let small = feature_bins(&values, max);
            assert!(small.len() <= max);
            check_consistent(&values, &small);
        }
    }

    #[test]
    fn binned_matrix_refuses_non_finite_values_like_the_exact_learner() {
        let mut x = Features::from_fn(5, 2, |i, j| (i * (j + 1)) as f64);
        x[(3, 1)] = f64::NAN;
        let err = Binned::new(&x, &[0, 1, 3], MAX_BINS).unwrap_err();
        assert!(matches!(err, LearnerError::NonFinite { row: 3, column: Some(1), .. }), "{err:?}");
        let ok = Binned::new(&x, &[0, 1, 2], MAX_BINS).unwrap();
        assert_eq!((ok.n(), ok.p()), (3, 2));
        assert_eq!(ok.row(2), &[2, 2]);
        assert!(Binned::new(&x, &[9], MAX_BINS).is_err());
    }
}
