//! Min-max normalization by direction and the entropy-weight method (SPEC §3).
//!
//! Normalization, over all rows (the whole panel):
//! positive `x' = (x - min) / (max - min)`, negative `x' = (max - x) / (max - min)`,
//! then `x' + shift` (0.0001 by default).
//!
//! Entropy weights: `p_ij = x'_ij / sum_i x'_ij`, `e_j = -(1 / ln n) sum_i p_ij ln p_ij`,
//! `d_j = 1 - e_j`, `w_j = d_j / sum_k d_k`; index `sum_j w_j x'_ij`.

/// Whether a larger indicator value means more development.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    /// Larger is better.
    Positive,
    /// Smaller is better (e.g. data-centre PUE).
    Negative,
}

/// Why an indicator cannot be normalized.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NormalizeError {
    /// Every value is missing.
    #[error("indicator \"{0}\" has no values: every cell is missing")]
    AllMissing(String),
    /// All values are equal, so `max - min = 0`.
    #[error(
        "indicator \"{0}\" is constant ({1}): it carries no information and cannot be min-max normalized; leave it out"
    )]
    Constant(String, f64),
    /// A shift of zero with a zero after normalization makes `p ln p` undefined for logs.
    #[error("shift must be zero or positive, got {0}")]
    BadShift(f64),
}

/// Normalize one indicator. Missing values (NaN) stay NaN.
pub fn normalize(name: &str, x: &[f64], direction: Direction, shift: f64) -> Result<Vec<f64>, NormalizeError> {
    if !(shift >= 0.0 && shift.is_finite()) {
        return Err(NormalizeError::BadShift(shift));
    }
    let finite = x.iter().copied().filter(|v| v.is_finite());
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in finite {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo > hi {
        return Err(NormalizeError::AllMissing(name.to_string()));
    }
    if hi == lo {
        return Err(NormalizeError::Constant(name.to_string(), lo));
    }
    let range = hi - lo;
    Ok(x.iter()
        .map(|&v| match direction {
            Direction::Positive => (v - lo) / range + shift,
            Direction::Negative => (hi - v) / range + shift,
        })
        .collect())
}

/// Entropy weights of normalized indicators (columns), using the rows where every indicator
/// is present. Zero shares contribute `0 ln 0 = 0`.
pub fn entropy_weights(normalized: &[Vec<f64>]) -> Vec<f64> {
    let k = normalized.len();
    if k == 0 {
        return Vec::new();
    }
    let rows: Vec<usize> = (0..normalized[0].len()).filter(|&r| normalized.iter().all(|c| c[r].is_finite())).collect();
    let n = rows.len() as f64;
    let d: Vec<f64> = normalized
        .iter()
        .map(|col| {
            let total: f64 = rows.iter().map(|&r| col[r]).sum();
            let mut s = 0.0;
            for &r in &rows {
                let p = col[r] / total;
                if p > 0.0 {
                    s += p * libm::log(p);
                }
            }
            let e = -s / libm::log(n);
            1.0 - e
        })
        .collect();
    let sum: f64 = d.iter().sum();
    if sum > 0.0 { d.iter().map(|x| x / sum).collect() } else { vec![1.0 / k as f64; k] }
}

/// Weighted sum `sum_j w_j x'_ij` per row (NaN where any indicator is missing).
pub fn composite(normalized: &[Vec<f64>], weights: &[f64]) -> Vec<f64> {
    let n = normalized.first().map_or(0, Vec::len);
    (0..n).map(|r| normalized.iter().zip(weights).map(|(c, w)| w * c[r]).sum()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_by_direction() {
        let x = [1.0, 3.0, 5.0];
        assert_eq!(normalize("a", &x, Direction::Positive, 0.0).unwrap(), vec![0.0, 0.5, 1.0]);
        assert_eq!(normalize("a", &x, Direction::Negative, 0.0).unwrap(), vec![1.0, 0.5, 0.0]);
        let s = normalize("a", &x, Direction::Positive, 0.0001).unwrap();
        assert!((s[0] - 0.0001).abs() < 1e-15);
        assert!(matches!(normalize("c", &[2.0, 2.0], Direction::Positive, 0.0), Err(NormalizeError::Constant(..))));
        assert!(matches!(normalize("m", &[f64::NAN], Direction::Positive, 0.0), Err(NormalizeError::AllMissing(_))));
    }

    #[test]
    fn uniform_indicator_gets_no_weight_and_weights_sum_to_one() {
        // A column with equal shares has entropy 1 and so weight 0.
        let flat = vec![1.0, 1.0, 1.0, 1.0];
        let spread = vec![0.1, 0.2, 0.3, 2.0];
        let w = entropy_weights(&[flat, spread]);
        assert!(w[0].abs() < 1e-12 && (w[1] - 1.0).abs() < 1e-12);
    }
}
