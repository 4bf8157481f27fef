//! Principal-component weighting of index indicators (the study's robustness index, SPEC §3).
//!
//! On the rows where every indicator is present (n rows), with the indicators already
//! normalized by direction (so that larger always means more development):
//!
//! 1. standardize: `z_ij = (x'_ij - mean_j) / sd_j` with `sd_j = sqrt(sum_i (x'_ij - mean_j)^2 / n)`
//!    (scikit-learn's `StandardScaler`);
//! 2. eigen-decompose the correlation matrix `R = Z'Z / n`: eigenvalues `l_1 >= l_2 >= ...`,
//!    unit eigenvectors `v_c` (the loadings);
//! 3. keep the first component ([`PcaMode::First`]) or every component with `l_c > 1`
//!    ([`PcaMode::Kaiser`]; the first if none exceeds 1);
//! 4. fix each kept component's sign so that its loadings sum to a positive number (mostly
//!    positive loadings); on an exact tie, so that its largest loading is positive;
//! 5. composite score `F_i = sum_c a_c z_i v_c` with `a_c = l_c / sum_{kept} l`
//!    (explained-variance weights), i.e. `F_i = sum_j b_j z_ij` with `b_j = sum_c a_c v_jc`;
//! 6. rescale to [0, 1]: `PCA_i = (F_i - min F) / (max F - min F)`.
//!
//! The weights shown beside the other methods are `b_j / sum_k |b_k|` (coefficients on the
//! standardized indicators).

use serde::{Deserialize, Serialize};

/// Which components make up the PCA index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PcaMode {
    /// The first principal component only.
    First,
    /// Every component whose eigenvalue exceeds 1 (Kaiser's rule), weighted by explained
    /// variance.
    #[default]
    Kaiser,
}

/// Why a PCA index cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum PcaError {
    /// No indicator was given.
    NoIndicators,
    /// Fewer than two rows have every indicator present.
    TooFewRows(usize),
    /// An indicator does not vary on the complete rows.
    Constant {
        /// Indicator position.
        indicator: usize,
        /// The constant value.
        value: f64,
    },
    /// The eigen-decomposition did not converge.
    NoConvergence,
    /// Every composite score is equal, so it cannot be rescaled to [0, 1].
    ConstantScore,
}

/// A fitted PCA index.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PcaIndex {
    /// Every eigenvalue of the correlation matrix, largest first.
    pub eigenvalues: Vec<f64>,
    /// Share of total variance of each eigenvalue (`l_c / k`).
    pub explained: Vec<f64>,
    /// Number of components kept.
    pub kept: usize,
    /// Loadings of the kept components (`loadings[c][j]`), signs fixed.
    pub loadings: Vec<Vec<f64>>,
    /// Coefficients `b_j` of the composite score on standardized indicators.
    pub coefficients: Vec<f64>,
    /// Displayed weights `b_j / sum_k |b_k|`.
    pub weights: Vec<f64>,
    /// The rescaled index per row (NaN where an indicator is missing).
    pub index: Vec<f64>,
    /// Number of complete rows used.
    pub rows_used: usize,
}

/// Compute the PCA index of normalized indicators (columns of equal length).
pub fn pca_index(normalized: &[Vec<f64>], mode: PcaMode) -> Result<PcaIndex, PcaError> {
    let k = normalized.len();
    if k == 0 {
        return Err(PcaError::NoIndicators);
    }
    let rows = super::entropy::complete_rows(normalized);
    let n = rows.len();
    if n < 2 {
        return Err(PcaError::TooFewRows(n));
    }
    let nf = n as f64;
    // Standardized matrix Z (n x k).
    let mut z = nalgebra::DMatrix::<f64>::zeros(n, k);
    for (j, col) in normalized.iter().enumerate() {
        let mean = rows.iter().map(|&r| col[r]).sum::<f64>() / nf;
        let var = rows.iter().map(|&r| (col[r] - mean).powi(2)).sum::<f64>() / nf;
        let sd = var.sqrt();
        if sd.is_nan() || sd <= 0.0 || rows.iter().all(|&r| col[r] == col[rows[0]]) {
            return Err(PcaError::Constant { indicator: j, value: col[rows[0]] });
        }
        for (i, &r) in rows.iter().enumerate() {
            z[(i, j)] = (col[r] - mean) / sd;
        }
    }
    let corr = (z.transpose() * &z) / nf;
    let eig = corr.try_symmetric_eigen(f64::EPSILON, 10_000).ok_or(PcaError::NoConvergence)?;
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| eig.eigenvalues[b].total_cmp(&eig.eigenvalues[a]).then(a.cmp(&b)));
    let eigenvalues: Vec<f64> = order.iter().map(|&c| eig.eigenvalues[c]).collect();
    let kept = match mode {
        PcaMode::First => 1,
        PcaMode::Kaiser => eigenvalues.iter().filter(|&&l| l > 1.0).count().max(1),
    };
    let loadings: Vec<Vec<f64>> = order[..kept]
        .iter()
        .map(|&c| {
            let mut v: Vec<f64> = eig.eigenvectors.column(c).iter().copied().collect();
            let sum: f64 = v.iter().sum();
            let flip = if sum != 0.0 {
                sum < 0.0
            } else {
                let big = v.iter().copied().fold(0.0f64, |m, x| if x.abs() > m.abs() { x } else { m });
                big < 0.0
            };
            if flip {
                v.iter_mut().for_each(|x| *x = -*x);
            }
            v
        })
        .collect();
    let total_kept: f64 = eigenvalues[..kept].iter().sum();
    let mut coefficients = vec![0.0; k];
    for (c, v) in loadings.iter().enumerate() {
        let a = eigenvalues[c] / total_kept;
        for (b, x) in coefficients.iter_mut().zip(v) {
            *b += a * x;
        }
    }
    let scores: Vec<f64> = (0..n).map(|i| (0..k).map(|j| coefficients[j] * z[(i, j)]).sum()).collect();
    let (lo, hi) = scores.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &s| (l.min(s), h.max(s)));
    if hi.is_nan() || hi <= lo {
        return Err(PcaError::ConstantScore);
    }
    let mut index = vec![f64::NAN; normalized[0].len()];
    for (i, &r) in rows.iter().enumerate() {
        index[r] = (scores[i] - lo) / (hi - lo);
    }
    let abs_sum: f64 = coefficients.iter().map(|b| b.abs()).sum();
    let weights = coefficients.iter().map(|b| b / abs_sum).collect();
    let explained = eigenvalues.iter().map(|l| l / k as f64).collect();
    Ok(PcaIndex { eigenvalues, explained, kept, loadings, coefficients, weights, index, rows_used: n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_perfectly_correlated_indicators_share_one_component() {
        let a = vec![1.0, 2.0, 3.0, 4.0];
        let b = vec![2.0, 4.0, 6.0, 8.0];
        let p = pca_index(&[a, b], PcaMode::Kaiser).unwrap();
        assert!((p.eigenvalues[0] - 2.0).abs() < 1e-12 && p.eigenvalues[1].abs() < 1e-12);
        assert_eq!(p.kept, 1);
        assert!((p.weights[0] - 0.5).abs() < 1e-12 && (p.weights[1] - 0.5).abs() < 1e-12);
        let expect = [0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0];
        for (x, e) in p.index.iter().zip(expect) {
            assert!((x - e).abs() < 1e-12, "{x} vs {e}");
        }
    }

    #[test]
    fn sign_is_fixed_to_mostly_positive_loadings() {
        let a = vec![1.0, 2.0, 3.0, 4.0, 5.0];
        let b = vec![1.2, 1.9, 3.3, 3.8, 5.1];
        let c = vec![5.0, 1.0, 4.0, 2.0, 3.0];
        let p = pca_index(&[a, b, c], PcaMode::First).unwrap();
        assert!(p.loadings[0].iter().sum::<f64>() > 0.0);
        assert!(p.index[4] > p.index[0]);
    }

    #[test]
    fn bad_input_is_typed() {
        assert_eq!(pca_index(&[], PcaMode::First), Err(PcaError::NoIndicators));
        assert_eq!(pca_index(&[vec![1.0, f64::NAN]], PcaMode::First), Err(PcaError::TooFewRows(1)));
        assert!(matches!(
            pca_index(&[vec![1.0, 2.0, 3.0], vec![4.0, 4.0, 4.0]], PcaMode::First),
            Err(PcaError::Constant { indicator: 1, .. })
        ));
    }
}
