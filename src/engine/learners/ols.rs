//! Ordinary least squares with intercept, solved by QR and SVD for the minimum-norm solution.
//!
//! Written on nalgebra: the design is centred (so the intercept is never penalized), reduced to
//! `R` by a thin QR, and `R` is solved through its SVD with singular values below
//! `max(n, p) * eps * s_max` treated as zero. For a full-rank design this is the usual least
//! squares fit; for a rank-deficient one (dummy traps, duplicated columns) it is the
//! minimum-norm solution that `numpy.linalg.lstsq` and scikit-learn's `LinearRegression`
//! return, so predictions are unique and never NaN. The rank deficiency is reported as a note.

use super::{Features, Fitted, LearnerError, Regressor, check_fit_input};
use nalgebra::{DMatrix, DVector};

/// OLS regressor (no settings).
#[derive(Clone, Copy, Debug, Default)]
pub struct Ols;

/// A fitted OLS model: `y^ = intercept + x' beta`.
#[derive(Clone, Debug)]
pub struct OlsFit {
    /// Intercept.
    pub intercept: f64,
    /// Slope per feature.
    pub beta: Vec<f64>,
    /// Numerical rank of the centred design.
    pub rank: usize,
}

impl Regressor for Ols {
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(fit_ols(x, y, rows)?))
    }
}

/// Fit OLS on `rows` (at least 2 rows and a target that varies; fewer rows than columns give the
/// minimum-norm interpolant).
pub fn fit_ols(x: &Features, y: &[f64], rows: &[usize]) -> Result<OlsFit, LearnerError> {
    check_fit_input(x, y, rows, 2)?;
    let n = rows.len();
    let p = x.ncols();
    let nf = n as f64;
    let y_mean = rows.iter().map(|&r| y[r]).sum::<f64>() / nf;
    if p == 0 {
        return Ok(OlsFit { intercept: y_mean, beta: vec![], rank: 0 });
    }
    let x_mean: Vec<f64> = (0..p).map(|c| rows.iter().map(|&r| x[(r, c)]).sum::<f64>() / nf).collect();
    let xc = DMatrix::from_fn(n, p, |i, c| x[(rows[i], c)] - x_mean[c]);
    let yc = DVector::from_fn(n, |i, _| y[rows[i]] - y_mean);
    let (beta, rank) = min_norm_lstsq(xc, yc);
    let intercept = y_mean - beta.iter().zip(&x_mean).map(|(b, m)| b * m).sum::<f64>();
    Ok(OlsFit { intercept, beta: beta.iter().copied().collect(), rank })
}

/// Minimum-norm least-squares solution of `a b = y` and the numerical rank of `a`.
pub fn min_norm_lstsq(a: DMatrix<f64>, y: DVector<f64>) -> (DVector<f64>, usize) {
    let (n, p) = a.shape();
    // Thin QR first when the matrix is tall: the SVD then works on a p x p matrix.
    let (m, rhs) = if n > p {
        let qr = a.qr();
        let q = qr.q();
        let rhs = q.transpose() * &y;
        (qr.r(), rhs)
    } else {
        (a, y)
    };
    let svd = m.svd(true, true);
    let s_max = svd.singular_values.iter().copied().fold(0.0_f64, f64::max);
    let tol = (n.max(p) as f64) * f64::EPSILON * s_max;
    let rank = svd.singular_values.iter().filter(|&&s| s > tol).count();
    let mut beta = DVector::zeros(p);
    // Both factors were requested, so they are present; the fallback only avoids a panic path.
    let (Some(u), Some(v_t)) = (svd.u.as_ref(), svd.v_t.as_ref()) else { return (beta, 0) };
    for (k, &s) in svd.singular_values.iter().enumerate() {
        if s > tol {
            let coef = u.column(k).dot(&rhs) / s;
            beta += v_t.row(k).transpose() * coef;
        }
    }
    (beta, rank)
}

impl Fitted for OlsFit {
    /// NaN for rows out of range or a matrix with another number of columns than in the fit.
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64> {
        if x.ncols() != self.beta.len() {
            return vec![f64::NAN; rows.len()];
        }
        rows.iter()
            .map(|&r| {
                if r >= x.nrows() {
                    return f64::NAN;
                }
                self.intercept + self.beta.iter().enumerate().map(|(c, b)| b * x[(r, c)]).sum::<f64>()
            })
            .collect()
    }

    fn n_features(&self) -> Option<usize> {
        Some(self.beta.len())
    }

    fn notes(&self) -> Vec<super::LearnerRemark> {
        if self.rank < self.beta.len() {
            vec![super::LearnerRemark::OlsCollinear { rank: self.rank, columns: self.beta.len() }]
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_exact_linear_function() {
        let x = DMatrix::from_fn(20, 2, |i, j| ((i * (j + 3)) % 7) as f64 + i as f64 * 0.1);
        let y: Vec<f64> = (0..20).map(|i| 1.5 + 2.0 * x[(i, 0)] - 0.5 * x[(i, 1)]).collect();
        let rows: Vec<usize> = (0..20).collect();
        let f = fit_ols(&x, &y, &rows).unwrap();
        assert!((f.intercept - 1.5).abs() < 1e-10);
        assert!((f.beta[0] - 2.0).abs() < 1e-10 && (f.beta[1] + 0.5).abs() < 1e-10);
        assert_eq!(f.rank, 2);
    }

    #[test]
    fn duplicated_column_gives_min_norm_and_a_note() {
        let x = DMatrix::from_fn(10, 2, |i, _| i as f64);
        let y: Vec<f64> = (0..10).map(|i| 3.0 * i as f64 + 1.0).collect();
        let rows: Vec<usize> = (0..10).collect();
        let f = fit_ols(&x, &y, &rows).unwrap();
        assert_eq!(f.rank, 1);
        assert!((f.beta[0] - 1.5).abs() < 1e-10 && (f.beta[1] - 1.5).abs() < 1e-10);
        assert!(f.predict(&x, &rows).iter().zip(&y).all(|(p, t)| (p - t).abs() < 1e-9));
        assert_eq!(f.notes().len(), 1);
    }

    #[test]
    fn nan_is_an_error_not_a_nan_prediction() {
        let mut x = DMatrix::from_element(5, 1, 1.0);
        x[(2, 0)] = f64::NAN;
        let y = vec![1.0; 5];
        let err = fit_ols(&x, &y, &[0, 1, 2, 3, 4]).unwrap_err();
        assert!(matches!(err, LearnerError::NonFinite { row: 2, column: Some(0), .. }));
    }
}
