//! Lasso with the penalty chosen by K-fold cross-validation, as
//! `make_pipeline(StandardScaler(), LassoCV())`.
//!
//! Written by hand on plain vectors: the solver is small, and matching scikit-learn's
//! predictions to 1e-6 needs its exact path, folds and stopping rule, which no crate
//! reproduces (`linfa-elasticnet` has no CV path and another stopping rule).
//!
//! Steps, each as scikit-learn 1.9 does them:
//! 1. standardize the features on all training rows (`StandardScaler`: mean, population sd);
//! 2. penalty grid: `alpha_max = max_j |Z_j' (y - mean y)| / n`, then `n_alphas` values
//!    geometrically spaced from `alpha_max` down to `eps * alpha_max`;
//! 3. `cv_folds` contiguous folds over the rows in the order given (`KFold`, no shuffle); on
//!    each training part, centre `Z` and `y`, run coordinate descent on the Gram matrix along the
//!    grid with warm starts, and record the test MSE (intercept `mean y - mean Z' w`);
//! 4. take the penalty with the lowest mean CV MSE (the first on ties) and refit on all rows by
//!    coordinate descent on the centred data, starting from zero.
//!
//! The objective is `1/(2n) ||y - b - Z w||^2 + alpha ||w||_1`; the solver is in [`cd`]. The
//! default tolerance is scikit-learn's (`1e-4` on the duality gap relative to `||y||^2`), so
//! both stop at the same sweep; a tighter `tol` gives the exact optimum.
//! Deterministic: no random draws; folds run in parallel but are combined in fold order.

pub mod cd;

use super::svr::standard_scaler;
use super::{Features, Fitted, LearnerError, Regressor, check_fit_input};
use crate::engine::allowed::Allowed;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Lasso-CV settings; defaults equal `make_pipeline(StandardScaler(), LassoCV())`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `n_alphas` | 100 | >= 1 | penalties on the path |
/// | `eps` | 1e-3 | (0, 1) | smallest / largest penalty on the path |
/// | `cv_folds` | 5 | >= 2 | folds for choosing the penalty (contiguous, unshuffled) |
/// | `max_iter` | 1000 | >= 1 | coordinate-descent sweeps |
/// | `tol` | 1e-4 | > 0 | coordinate-descent tolerance (duality gap) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LassoParams {
    /// Penalties on the path.
    pub n_alphas: usize,
    /// Path length ratio.
    pub eps: f64,
    /// Cross-validation folds.
    pub cv_folds: usize,
    /// Iteration cap.
    pub max_iter: usize,
    /// Tolerance.
    pub tol: f64,
}

impl Default for LassoParams {
    fn default() -> Self {
        LassoParams { n_alphas: 100, eps: 1e-3, cv_folds: 5, max_iter: 1000, tol: 1e-4 }
    }
}

impl LassoParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if self.n_alphas == 0 {
            return bad("n_alphas", "0".into(), Allowed::AtLeast(1));
        }
        if !(self.eps > 0.0 && self.eps < 1.0) {
            return bad("eps", self.eps.to_string(), Allowed::OpenUnit);
        }
        if self.cv_folds < 2 {
            return bad("cv_folds", self.cv_folds.to_string(), Allowed::AtLeast(2));
        }
        if self.max_iter == 0 {
            return bad("max_iter", "0".into(), Allowed::AtLeast(1));
        }
        if !(self.tol > 0.0 && self.tol.is_finite()) {
            return bad("tol", self.tol.to_string(), Allowed::Positive);
        }
        Ok(())
    }
}

impl Regressor for LassoParams {
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.fit_lasso(x, y, rows)?))
    }
}

/// Column means of the `n x p` column-major matrix `z` over `rows` (positions).
fn col_means(z: &[f64], n: usize, p: usize, rows: &[usize]) -> Vec<f64> {
    (0..p).map(|j| rows.iter().map(|&i| z[j * n + i]).sum::<f64>() / rows.len() as f64).collect()
}

/// scikit-learn's `_alpha_grid` for the Lasso: `np.geomspace(alpha_max, eps * alpha_max, k)`.
pub fn alpha_grid(z: &[f64], n: usize, p: usize, y: &[f64], eps: f64, n_alphas: usize) -> Vec<f64> {
    let all: Vec<usize> = (0..n).collect();
    let x_mean = col_means(z, n, p, &all);
    let y_mean = y.iter().sum::<f64>() / n as f64;
    let yc: Vec<f64> = y.iter().map(|v| v - y_mean).collect();
    let sum_yc: f64 = yc.iter().sum();
    let alpha_max = (0..p)
        .map(|j| (z[j * n..(j + 1) * n].iter().zip(&yc).map(|(a, b)| a * b).sum::<f64>() - x_mean[j] * sum_yc).abs())
        .fold(0.0_f64, f64::max)
        / n as f64;
    if alpha_max <= 1e-15 {
        return vec![1e-15; n_alphas];
    }
    geomspace(alpha_max, alpha_max * eps, n_alphas)
}

/// `numpy.geomspace(start, stop, num)`: `10^linspace(log10 start, log10 stop)` with exact ends.
fn geomspace(start: f64, stop: f64, num: usize) -> Vec<f64> {
    let (a, b) = (start.log10(), stop.log10());
    let step = if num > 1 { (b - a) / (num - 1) as f64 } else { 0.0 };
    let mut out: Vec<f64> = (0..num).map(|k| 10f64.powf(k as f64 * step + a)).collect();
    if let Some(first) = out.first_mut() {
        *first = start;
    }
    if num > 1 {
        out[num - 1] = stop;
    }
    out
}

/// Contiguous folds of `KFold(k)`: the first `n % k` folds have one extra row.
pub fn kfold_bounds(n: usize, k: usize) -> Vec<(usize, usize)> {
    let mut start = 0;
    (0..k)
        .map(|f| {
            let size = n / k + usize::from(f < n % k);
            let b = (start, start + size);
            start += size;
            b
        })
        .collect()
}

/// Result of one CV fold: test MSE per alpha, and whether every solve converged.
fn fold_mse(
    z: &[f64],
    n: usize,
    p: usize,
    y: &[f64],
    fold: (usize, usize),
    alphas: &[f64],
    s: &LassoParams,
) -> (Vec<f64>, bool) {
    let train: Vec<usize> = (0..n).filter(|i| *i < fold.0 || *i >= fold.1).collect();
    let nt = train.len();
    let x_off = col_means(z, n, p, &train);
    let y_off = train.iter().map(|&i| y[i]).sum::<f64>() / nt as f64;
    let x_off_ref = &x_off;
    let xt: Vec<f64> = (0..p).flat_map(|j| train.iter().map(move |&i| z[j * n + i] - x_off_ref[j])).collect();
    let yt: Vec<f64> = train.iter().map(|&i| y[i] - y_off).collect();
    let col = |j: usize| &xt[j * nt..(j + 1) * nt];
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(u, v)| u * v).sum::<f64>();
    let mut w = vec![0.0; p];
    let mut mse = Vec::with_capacity(alphas.len());
    let mut all_converged = true;
    // Gram form when there are more rows than features (scikit-learn's precompute="auto").
    let gram = if nt > p {
        let q: Vec<f64> = (0..p * p).map(|k| dot(col(k / p), col(k % p))).collect();
        let xy: Vec<f64> = (0..p).map(|j| dot(col(j), &yt)).collect();
        Some((q, xy, dot(&yt, &yt)))
    } else {
        None
    };
    for &alpha in alphas {
        let l1 = alpha * nt as f64;
        let out = match &gram {
            Some((q, xy, yy)) => cd::cd_gram(&mut w, l1, q, xy, *yy, s.max_iter, s.tol),
            None => cd::cd_residual(&mut w, l1, &xt, nt, &yt, s.max_iter, s.tol),
        };
        all_converged &= out.converged;
        let intercept = y_off - dot(&x_off, &w);
        let err = (fold.0..fold.1)
            .map(|i| {
                let pred = (0..p).map(|j| z[j * n + i] * w[j]).sum::<f64>();
                (pred - y[i] + intercept).powi(2)
            })
            .sum::<f64>();
        mse.push(err / (fold.1 - fold.0) as f64);
    }
    (mse, all_converged)
}

impl LassoParams {
    /// Fit on `rows` (no randomness: folds are contiguous in the order of `rows`).
    pub fn fit_lasso(&self, x: &Features, y: &[f64], rows: &[usize]) -> Result<LassoFit, LearnerError> {
        self.validate()?;
        check_fit_input(x, y, rows, self.cv_folds.max(2))?;
        let n = rows.len();
        let p = x.ncols();
        let (mean, scale) = standard_scaler(x, rows);
        let (m, sc) = (&mean, &scale);
        let z: Vec<f64> = (0..p).flat_map(|j| rows.iter().map(move |&r| (x[(r, j)] - m[j]) / sc[j])).collect();
        let yv: Vec<f64> = rows.iter().map(|&r| y[r]).collect();
        let alphas = alpha_grid(&z, n, p, &yv, self.eps, self.n_alphas);
        let folds = kfold_bounds(n, self.cv_folds);
        let per_fold: Vec<(Vec<f64>, bool)> =
            folds.par_iter().map(|&f| fold_mse(&z, n, p, &yv, f, &alphas, self)).collect();
        let k = folds.len() as f64;
        let mean_mse: Vec<f64> =
            (0..alphas.len()).map(|a| per_fold.iter().map(|(m, _)| m[a]).sum::<f64>() / k).collect();
        let best = mean_mse.iter().enumerate().fold(0, |b, (i, &v)| if v < mean_mse[b] { i } else { b });
        let alpha = alphas[best];
        // Refit on all rows, from zero, on the centred data.
        let all: Vec<usize> = (0..n).collect();
        let x_off = col_means(&z, n, p, &all);
        let y_off = yv.iter().sum::<f64>() / n as f64;
        let zc: Vec<f64> = (0..p * n).map(|k| z[k] - x_off[k / n]).collect();
        let yc: Vec<f64> = yv.iter().map(|v| v - y_off).collect();
        let mut coef = vec![0.0; p];
        let out = cd::cd_residual(&mut coef, alpha * n as f64, &zc, n, &yc, self.max_iter, self.tol);
        let intercept = y_off - x_off.iter().zip(&coef).map(|(a, b)| a * b).sum::<f64>();
        Ok(LassoFit {
            mean,
            scale,
            coef,
            intercept,
            alpha,
            alphas,
            mean_mse,
            converged: out.converged && per_fold.iter().all(|(_, c)| *c),
            max_iter: self.max_iter,
        })
    }
}

/// A fitted Lasso: `f(x) = intercept + sum_j coef_j (x_j - mean_j) / scale_j`.
#[derive(Clone, Debug)]
pub struct LassoFit {
    /// Training means of the features.
    pub mean: Vec<f64>,
    /// Training scales of the features.
    pub scale: Vec<f64>,
    /// Coefficients on the standardized features.
    pub coef: Vec<f64>,
    /// Intercept on the standardized scale.
    pub intercept: f64,
    /// Chosen penalty.
    pub alpha: f64,
    /// The penalty grid, largest first.
    pub alphas: Vec<f64>,
    /// Mean CV MSE per penalty.
    pub mean_mse: Vec<f64>,
    /// False when some coordinate-descent solve hit `max_iter`.
    pub converged: bool,
    /// Sweep cap used.
    pub max_iter: usize,
}

impl Fitted for LassoFit {
    /// NaN for rows out of range or a matrix with another number of columns than in the fit.
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64> {
        let p = self.coef.len();
        if x.ncols() != p {
            return vec![f64::NAN; rows.len()];
        }
        rows.iter()
            .map(|&r| {
                if r >= x.nrows() {
                    return f64::NAN;
                }
                (0..p).map(|j| (x[(r, j)] - self.mean[j]) / self.scale[j] * self.coef[j]).sum::<f64>() + self.intercept
            })
            .collect()
    }

    fn notes(&self) -> Vec<super::LearnerRemark> {
        let mut notes = Vec::new();
        if !self.converged {
            notes.push(super::LearnerRemark::LassoNotConverged { max_iter: self.max_iter });
        }
        if self.coef.iter().all(|&c| c == 0.0) {
            notes.push(super::LearnerRemark::LassoAllZero { alpha: self.alpha });
        }
        notes
    }

    fn n_features(&self) -> Option<usize> {
        Some(self.coef.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kfold_matches_scikit_learn_sizes() {
        assert_eq!(kfold_bounds(12, 5), vec![(0, 3), (3, 6), (6, 8), (8, 10), (10, 12)]);
        assert_eq!(kfold_bounds(10, 5).iter().map(|(a, b)| b - a).collect::<Vec<_>>(), vec![2; 5]);
    }

    #[test]
    fn geomspace_has_exact_ends_and_constant_ratio() {
        let g = geomspace(2.0, 0.002, 4);
        assert_eq!((g[0], g[3]), (2.0, 0.002));
        assert!((g[1] / g[0] - 0.1).abs() < 1e-12 && (g[2] / g[1] - 0.1).abs() < 1e-12);
    }
}
