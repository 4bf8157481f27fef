//! Class breaks for choropleth maps: natural breaks (Fisher-Jenks), quantiles, equal intervals
//! and user-edited breaks; classification of a value and counts per class.
//!
//! Breaks are the **upper bounds** of the classes, ascending, the last equal to the maximum of
//! the data (as in `mapclassify`). A value `v` is in class `j` when
//! `b[j-1] < v <= b[j]` (class 0: `v <= b[0]`).

use super::jenks::fisher_jenks;
use serde::{Deserialize, Serialize};

/// Smallest number of classes the engine accepts (the Maps view offers 3..9).
pub const MIN_CLASSES: usize = 2;
/// Largest number of classes (ColorBrewer palettes stop at 9 for sequential schemes).
pub const MAX_CLASSES: usize = 9;

/// How class breaks are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
pub enum Method {
    /// Fisher-Jenks exact optimal natural breaks (see [`super::jenks`]).
    #[default]
    Jenks,
    /// Quantiles exactly as `mapclassify.Quantiles`: see [`quantile_breaks`].
    Quantile,
    /// Equal intervals exactly as `mapclassify.EqualInterval`: see [`equal_interval_breaks`].
    Equal,
}

impl Method {
    /// Short English label.
    pub fn label(self) -> &'static str {
        match self {
            Method::Jenks => "natural breaks (Fisher-Jenks)",
            Method::Quantile => "quantiles",
            Method::Equal => "equal intervals",
        }
    }
}

/// Why breaks could not be computed or were rejected.
#[derive(Debug, Clone, PartialEq)]
pub enum BreaksError {
    /// No finite value to classify.
    NoValues {
        /// Number of missing (NaN) values dropped.
        missing: usize,
    },
    /// `k` outside 2..=9.
    ClassesOutOfRange {
        /// The requested number.
        k: usize,
    },
    /// User-edited breaks empty.
    ManualEmpty,
    /// A user-edited break is NaN or infinite.
    ManualNotFinite {
        /// Zero-based position.
        index: usize,
        /// The value.
        value: f64,
    },
    /// User-edited breaks not strictly ascending.
    ManualNotAscending {
        /// Zero-based position of the offending break.
        index: usize,
        /// Its value.
        value: f64,
        /// The break before it.
        previous: f64,
    },
    /// The last user-edited break is below the data maximum.
    ManualBelowMax {
        /// The last break.
        last: f64,
        /// The data maximum.
        max: f64,
    },
    /// Too many user-edited breaks.
    ManualTooMany {
        /// Number of breaks.
        k: usize,
    },
}

/// Class breaks with their provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breaks {
    /// How they were chosen (`None` for user-edited breaks).
    pub method: Option<Method>,
    /// Upper bound of each class, ascending; the last is at least the data maximum.
    pub upper: Vec<f64>,
    /// Smallest value of the data (the lower end of the first class in a legend).
    pub min: f64,
    /// Largest value of the data.
    pub max: f64,
    /// The number of classes asked for, when fewer were formed (too few distinct values).
    pub reduced_from: Option<usize>,
    /// Number of missing (NaN) values ignored.
    pub missing: usize,
}

impl Breaks {
    /// Number of classes.
    pub fn k(&self) -> usize {
        self.upper.len()
    }

    /// Class of `v`: the first `j` with `v <= upper[j]`; `None` for NaN or values above the
    /// last bound. Binary search, O(log k).
    pub fn classify(&self, v: f64) -> Option<usize> {
        if v.is_nan() {
            return None;
        }
        let j = self.upper.partition_point(|&b| b < v);
        (j < self.upper.len()).then_some(j)
    }

    /// Number of `values` in each class (NaN and values above the last bound not counted).
    pub fn counts(&self, values: &[f64]) -> Vec<usize> {
        let mut c = vec![0; self.upper.len()];
        for &v in values {
            if let Some(j) = self.classify(v) {
                c[j] += 1;
            }
        }
        c
    }

    /// Lower and upper end of class `j` for a legend: `[min, b0]`, then `(b[j-1], b[j]]`.
    pub fn range(&self, j: usize) -> (f64, f64) {
        let lo = if j == 0 { self.min } else { self.upper[j - 1] };
        (lo, self.upper[j])
    }
}

/// Finite values of `values`, sorted ascending (total order), and the number of NaNs dropped.
fn sorted_finite(values: &[f64]) -> (Vec<f64>, usize) {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    let missing = values.len() - v.len();
    v.sort_by(f64::total_cmp);
    (v, missing)
}

fn distinct(sorted: &[f64]) -> usize {
    if sorted.is_empty() { 0 } else { 1 + sorted.windows(2).filter(|p| p[0] != p[1]).count() }
}

/// Compute breaks for `values` (NaN = missing, ignored) by `method` with `k` classes.
///
/// When the data have fewer distinct values than `k`, fewer classes are formed and
/// `reduced_from` records the request: Fisher-Jenks uses one class per distinct value,
/// quantiles collapse repeated quantiles (as mapclassify does), equal intervals on constant
/// data give one class.
pub fn compute(values: &[f64], method: Method, k: usize) -> Result<Breaks, BreaksError> {
    if !(MIN_CLASSES..=MAX_CLASSES).contains(&k) {
        return Err(BreaksError::ClassesOutOfRange { k });
    }
    let (x, missing) = sorted_finite(values);
    let (Some(&min), Some(&max)) = (x.first(), x.last()) else {
        return Err(BreaksError::NoValues { missing });
    };
    let nu = distinct(&x);
    let upper = match method {
        Method::Jenks if nu <= k => {
            let mut d = x.clone();
            d.dedup();
            d
        }
        Method::Jenks => fisher_jenks(&x, k).unwrap_or_else(|| quantile_breaks(&x, k)),
        Method::Quantile => quantile_breaks(&x, k),
        Method::Equal if min == max => vec![max],
        Method::Equal => equal_interval_breaks(min, max, k),
    };
    let reduced_from = (upper.len() < k).then_some(k);
    Ok(Breaks { method: Some(method), upper, min, max, reduced_from, missing })
}

/// Check user-edited upper bounds against the data: finite, strictly ascending, at most
/// [`MAX_CLASSES`], the last at least the maximum of `values`.
pub fn manual(values: &[f64], upper: &[f64]) -> Result<Breaks, BreaksError> {
    if upper.is_empty() {
        return Err(BreaksError::ManualEmpty);
    }
    if upper.len() > MAX_CLASSES {
        return Err(BreaksError::ManualTooMany { k: upper.len() });
    }
    for (i, &b) in upper.iter().enumerate() {
        if !b.is_finite() {
            return Err(BreaksError::ManualNotFinite { index: i, value: b });
        }
        if i > 0 && b <= upper[i - 1] {
            return Err(BreaksError::ManualNotAscending { index: i, value: b, previous: upper[i - 1] });
        }
    }
    let (x, missing) = sorted_finite(values);
    let (Some(&min), Some(&max)) = (x.first(), x.last()) else {
        return Err(BreaksError::NoValues { missing });
    };
    let last = upper[upper.len() - 1];
    if last < max {
        return Err(BreaksError::ManualBelowMax { last, max });
    }
    Ok(Breaks { method: None, upper: upper.to_vec(), min, max, reduced_from: None, missing })
}

/// Quantile breaks exactly as `mapclassify.Quantiles` (mapclassify 2.10, `quantile()`):
/// percentiles `p_i = w + i w` for `w = 100/k`, as many as `numpy.arange(w, 100 + w, w)`
/// yields (numpy fills element `i >= 2` as `w + i ((w + w) - w)`), the last clamped to 100; each is `scipy.stats.scoreatpercentile` with linear
/// interpolation: `idx = p/100 (n-1)`, `q = x[i] (i+1-idx) + x[i+1] (idx-i)` for
/// `i = floor(idx)` (or `x[idx]` when whole); repeated quantiles are dropped (fewer classes).
pub fn quantile_breaks(sorted: &[f64], k: usize) -> Vec<f64> {
    let n = sorted.len();
    if n == 0 || k == 0 {
        return Vec::new();
    }
    let w = 100.0 / k as f64;
    let len = arange_len(w, 100.0 + w, w);
    let step = (w + w) - w;
    let mut q: Vec<f64> = (0..len)
        .map(|i| {
            let p = match i {
                0 => w,
                1 => w + w,
                _ => w + i as f64 * step,
            };
            let p = p.min(100.0);
            let idx = p / 100.0 * (n - 1) as f64;
            let i = idx as usize;
            if i as f64 == idx || i + 1 >= n {
                sorted[i.min(n - 1)]
            } else {
                let j = (i + 1) as f64;
                let (wa, wb) = (j - idx, idx - i as f64);
                (sorted[i] * wa + sorted[i + 1] * wb) / (wa + wb)
            }
        })
        .collect();
    q.sort_by(f64::total_cmp);
    q.dedup();
    q
}

/// Equal-interval breaks exactly as `mapclassify.EqualInterval` (mapclassify 2.10):
/// `width = (max - min)/k`, cuts `numpy.arange(min + width, max + width, width)` (numpy fills
/// element `i >= 2` as `a + i ((a + width) - a)` with `a = min + width`), at most `k` of them, the last set to
/// `max`. In exact arithmetic: `b_j = min + (j + 1)(max - min)/k`.
pub fn equal_interval_breaks(min: f64, max: f64, k: usize) -> Vec<f64> {
    let width = (max - min) / k as f64;
    if width.is_nan() || width <= 0.0 {
        return vec![max];
    }
    let a = min + width;
    let step = (a + width) - a;
    let len = arange_len(a, max + width, width).min(k);
    let mut cuts: Vec<f64> = (0..len)
        .map(|i| match i {
            0 => a,
            1 => a + width,
            _ => a + i as f64 * step,
        })
        .collect();
    if let Some(last) = cuts.last_mut() {
        *last = max;
    } else {
        cuts.push(max);
    }
    cuts
}

/// Length of `numpy.arange(start, stop, step)`: `ceil((stop - start) / step)`, at least 0.
fn arange_len(start: f64, stop: f64, step: f64) -> usize {
    let l = ((stop - start) / step).ceil();
    if l.is_finite() && l > 0.0 { l as usize } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numpy_doc_examples_for_quantiles() {
        let x: Vec<f64> = (0..1000).map(f64::from).collect();
        assert_eq!(quantile_breaks(&x, 4), vec![249.75, 499.5, 749.25, 999.0]);
        // mapclassify prints [333., 666., 999.]; the float64 values are these.
        assert_eq!(quantile_breaks(&x, 3), vec![333.00000000000006, 666.0000000000001, 999.0]);
    }

    #[test]
    fn classify_and_counts_follow_upper_bounds() {
        let b = manual(&[1.0, 2.0, 3.0, 4.0], &[2.0, 4.0]).unwrap();
        assert_eq!(b.classify(2.0), Some(0));
        assert_eq!(b.classify(2.0001), Some(1));
        assert_eq!(b.classify(-5.0), Some(0));
        assert_eq!(b.classify(4.5), None);
        assert_eq!(b.classify(f64::NAN), None);
        assert_eq!(b.counts(&[1.0, 2.0, 3.0, 4.0, f64::NAN]), vec![2, 2]);
        assert_eq!(b.range(0), (1.0, 2.0));
        assert_eq!(b.range(1), (2.0, 4.0));
    }

    #[test]
    fn manual_breaks_are_validated() {
        let v = [1.0, 5.0];
        assert_eq!(manual(&v, &[]), Err(BreaksError::ManualEmpty));
        assert!(matches!(manual(&v, &[3.0, 2.0, 5.0]), Err(BreaksError::ManualNotAscending { index: 1, .. })));
        assert!(matches!(manual(&v, &[3.0, f64::NAN]), Err(BreaksError::ManualNotFinite { index: 1, .. })));
        assert_eq!(manual(&v, &[2.0, 4.0]), Err(BreaksError::ManualBelowMax { last: 4.0, max: 5.0 }));
        assert!(manual(&[f64::NAN], &[1.0]).is_err());
    }

    #[test]
    fn too_few_distinct_values_reduce_classes() {
        let v = [1.0, 1.0, 2.0, 2.0, 3.0, f64::NAN];
        let b = compute(&v, Method::Jenks, 5).unwrap();
        assert_eq!(b.upper, vec![1.0, 2.0, 3.0]);
        assert_eq!(b.reduced_from, Some(5));
        assert_eq!(b.missing, 1);
        let c = compute(&[7.0, 7.0], Method::Equal, 4).unwrap();
        assert_eq!(c.upper, vec![7.0]);
        assert_eq!(compute(&[f64::NAN], Method::Quantile, 4), Err(BreaksError::NoValues { missing: 1 }));
        assert_eq!(compute(&[1.0], Method::Quantile, 10), Err(BreaksError::ClassesOutOfRange { k: 10 }));
    }
}
