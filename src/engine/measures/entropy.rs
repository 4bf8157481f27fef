//! The entropy-weight method and the weighted composite of normalized indicators (SPEC §3).
//!
//! On the rows where every indicator is present (n rows):
//! `p_ij = x'_ij / sum_i x'_ij`, `e_j = -(1 / ln n) sum_i p_ij ln p_ij` (with `0 ln 0 = 0`),
//! `d_j = 1 - e_j`, `w_j = d_j / sum_k d_k`; index `sum_j w_j x'_ij`.

pub use super::normalize::{Direction, NormalizeError, normalize};

/// Why entropy weights cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum EntropyError {
    /// No indicator was given.
    NoIndicators,
    /// Fewer than two rows have every indicator present (`ln n` would be 0).
    TooFewRows(usize),
    /// A negative share: `p ln p` is undefined.
    Negative {
        /// Indicator position.
        indicator: usize,
        /// Row (0-based).
        row: usize,
        /// The value.
        value: f64,
    },
    /// Every value of an indicator is zero on the complete rows.
    ZeroColumn(usize),
}

/// Rows (0-based) where every column is present.
pub fn complete_rows(columns: &[Vec<f64>]) -> Vec<usize> {
    let n = columns.first().map_or(0, Vec::len);
    (0..n).filter(|&r| columns.iter().all(|c| !c[r].is_nan())).collect()
}

/// Entropy weights, checked: the weights and the number of complete rows they rest on.
/// When every `d_j` is 0 (all indicators equally spread), the weights are equal.
pub fn try_entropy_weights(normalized: &[Vec<f64>]) -> Result<(Vec<f64>, usize), EntropyError> {
    let k = normalized.len();
    if k == 0 {
        return Err(EntropyError::NoIndicators);
    }
    let rows = complete_rows(normalized);
    if rows.len() < 2 {
        return Err(EntropyError::TooFewRows(rows.len()));
    }
    let ln_n = libm::log(rows.len() as f64);
    let mut d = Vec::with_capacity(k);
    for (j, col) in normalized.iter().enumerate() {
        let mut total = 0.0;
        for &r in &rows {
            let v = col[r];
            if v < 0.0 {
                return Err(EntropyError::Negative { indicator: j, row: r, value: v });
            }
            total += v;
        }
        if total <= 0.0 {
            return Err(EntropyError::ZeroColumn(j));
        }
        let mut s = 0.0;
        for &r in &rows {
            let p = col[r] / total;
            if p > 0.0 {
                s += p * libm::log(p);
            }
        }
        d.push(1.0 - (-s / ln_n));
    }
    let sum: f64 = d.iter().sum();
    let w = if sum > 0.0 { d.iter().map(|x| x / sum).collect() } else { vec![1.0 / k as f64; k] };
    Ok((w, rows.len()))
}

/// Entropy weights of normalized indicators (columns), using the rows where every indicator
/// is present. Zero shares contribute `0 ln 0 = 0`. Degenerate input (no indicator, fewer
/// than two complete rows, negative values) gives equal weights; use [`try_entropy_weights`]
/// to get the reason instead.
pub fn entropy_weights(normalized: &[Vec<f64>]) -> Vec<f64> {
    let k = normalized.len();
    try_entropy_weights(normalized).map(|(w, _)| w).unwrap_or_else(|_| vec![1.0 / k.max(1) as f64; k])
}

/// Weighted sum `sum_j w_j x'_ij` per row (NaN where any indicator is missing).
pub fn composite(normalized: &[Vec<f64>], weights: &[f64]) -> Vec<f64> {
    let n = normalized.first().map_or(0, Vec::len);
    let mut out = vec![0.0; n];
    for (c, w) in normalized.iter().zip(weights) {
        for (o, v) in out.iter_mut().zip(c) {
            *o += w * v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uniform_indicator_gets_no_weight_and_weights_sum_to_one() {
        // A column with equal shares has entropy 1 and so weight 0.
        let flat = vec![1.0, 1.0, 1.0, 1.0];
        let spread = vec![0.1, 0.2, 0.3, 2.0];
        let w = entropy_weights(&[flat, spread]);
        assert!(w[0].abs() < 1e-12 && (w[1] - 1.0).abs() < 1e-12);
    }

    #[test]
    fn hand_computed_two_by_three() {
        // Column a = (1, 1, 2): shares (1/4, 1/4, 1/2), e = -(2 (1/4) ln(1/4) + (1/2) ln(1/2)) / ln 3.
        let a = vec![1.0, 1.0, 2.0];
        let b = vec![0.0, 1.0, 1.0];
        let ea = -(0.5 * libm::log(0.25) + 0.5 * libm::log(0.5)) / libm::log(3.0);
        let eb = -(libm::log(0.5)) / libm::log(3.0);
        let (da, db) = (1.0 - ea, 1.0 - eb);
        let (w, n) = try_entropy_weights(&[a, b]).unwrap();
        assert_eq!(n, 3);
        assert!((w[0] - da / (da + db)).abs() < 1e-15 && (w[1] - db / (da + db)).abs() < 1e-15);
    }

    #[test]
    fn missing_rows_are_left_out_and_bad_input_is_typed() {
        let a = vec![1.0, f64::NAN, 2.0, 3.0];
        let b = vec![1.0, 5.0, 1.0, 2.0];
        let (_, n) = try_entropy_weights(&[a.clone(), b]).unwrap();
        assert_eq!(n, 3);
        let c = composite(&[a, vec![1.0; 4]], &[0.5, 0.5]);
        assert!(c[1].is_nan() && (c[0] - 1.0).abs() < 1e-15);
        assert_eq!(try_entropy_weights(&[]), Err(EntropyError::NoIndicators));
        assert_eq!(try_entropy_weights(&[vec![1.0, f64::NAN]]), Err(EntropyError::TooFewRows(1)));
        assert!(matches!(try_entropy_weights(&[vec![1.0, -1.0]]), Err(EntropyError::Negative { row: 1, .. })));
        assert_eq!(try_entropy_weights(&[vec![0.0, 0.0]]), Err(EntropyError::ZeroColumn(0)));
    }
}
