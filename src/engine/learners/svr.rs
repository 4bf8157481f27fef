//! Epsilon-support-vector regression with an RBF kernel on standardized inputs, as
//! `make_pipeline(StandardScaler(), SVR())`.
//!
//! Written by hand (SMO in [`smo`], kernel rows in [`kernel`]): the Rust SVM crates either
//! lack epsilon-SVR with LIBSVM's second-order working-set selection, allocate the full
//! `n x n` kernel, or are unmaintained; the solver is about 250 lines and is checked against
//! scikit-learn's LIBSVM predictions in `tests/learners.rs`.
//!
//! Fit: standardize each feature with its training mean and population standard deviation
//! (a constant feature is only centred, as `StandardScaler` does), set
//! `gamma = 1 / (p * Var(Z))` over all entries of the standardized training matrix `Z`
//! (`"scale"`; 1 when that variance is 0), and solve
//! `min 1/2 ||w||^2 + C sum_i max(0, |y_i - f(x_i)| - epsilon)` through its dual with SMO.
//! Predict: `f(x) = sum_i coef_i exp(-gamma ||z_i - z(x)||^2) + b` over the support vectors.
//!
//! Memory: kernel rows are computed on demand and kept in a least-recently-used cache of at
//! most 200 MB (scikit-learn's `cache_size`), so no `n x n` matrix is formed for large samples.
//! The solver is sequential and deterministic; only independent kernel entries are computed in
//! parallel, so results do not depend on the thread count.
//!
//! Known limit: the solver does not shrink the active set (LIBSVM's heuristic), so on large
//! samples every iteration scans all `2n` variables and the bounded cache recomputes evicted
//! rows; `carbon-dml bench` measured about 100 s of CPU for 28,000 rows x 10 features (a few
//! milliseconds for the study's ~300 rows).

pub mod kernel;
pub mod smo;

use super::{Features, Fitted, LearnerError, Regressor, check_fit_input};
use crate::engine::allowed::Allowed;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// RBF kernel width.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Gamma {
    /// `1 / (p * var(X))` on the standardized inputs (scikit-learn's `"scale"`).
    Scale,
    /// `1 / p` (scikit-learn's `"auto"`).
    Auto,
    /// A fixed positive value.
    Value(f64),
}

/// SVR settings; defaults equal `make_pipeline(StandardScaler(), SVR())`.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `c` | 1.0 | > 0 | penalty on errors beyond epsilon |
/// | `epsilon` | 0.1 | >= 0 | half-width of the tube with no loss |
/// | `gamma` | scale | scale, auto, > 0 | RBF kernel width |
/// | `tol` | 1e-3 | > 0 | stopping tolerance of the solver (KKT violation) |
/// | `max_iter` | 10,000,000 | >= 1 | solver iteration cap (reported when hit) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SvrParams {
    /// Regularization constant C.
    pub c: f64,
    /// Epsilon-tube half-width.
    pub epsilon: f64,
    /// Kernel width.
    pub gamma: Gamma,
    /// Solver tolerance.
    pub tol: f64,
    /// Solver iteration cap.
    pub max_iter: usize,
}

impl Default for SvrParams {
    fn default() -> Self {
        SvrParams { c: 1.0, epsilon: 0.1, gamma: Gamma::Scale, tol: 1e-3, max_iter: 10_000_000 }
    }
}

impl SvrParams {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), LearnerError> {
        let bad = |name, value: String, reason| Err(LearnerError::InvalidSetting { name, value, reason });
        if !(self.c > 0.0 && self.c.is_finite()) {
            return bad("c", self.c.to_string(), Allowed::Positive);
        }
        if !(self.epsilon >= 0.0 && self.epsilon.is_finite()) {
            return bad("epsilon", self.epsilon.to_string(), Allowed::NonNegative);
        }
        if let Gamma::Value(g) = self.gamma
            && !(g > 0.0 && g.is_finite())
        {
            return bad("gamma", g.to_string(), Allowed::GammaChoice);
        }
        if !(self.tol > 0.0 && self.tol.is_finite()) {
            return bad("tol", self.tol.to_string(), Allowed::Positive);
        }
        if self.max_iter == 0 {
            return bad("max_iter", "0".into(), Allowed::AtLeast(1));
        }
        Ok(())
    }
}

impl Regressor for SvrParams {
    fn fit(&self, x: &Features, y: &[f64], rows: &[usize], _seed: u64) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.fit_svr(x, y, rows)?))
    }

    fn fit_prepared(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        _seed: u64,
        cancel: &std::sync::atomic::AtomicBool,
        _prepared: Option<&super::Prepared>,
    ) -> Result<Box<dyn Fitted>, LearnerError> {
        Ok(Box::new(self.solve_svr(x, y, rows, kernel::CACHE_BYTES, Some(cancel))?))
    }
}

/// `StandardScaler` statistics of the training rows: means and scales (population standard
/// deviation; 1 for a feature that is constant up to rounding, as in scikit-learn's
/// `_is_constant_feature`: `var <= n eps var + (n mean eps)^2`).
pub fn standard_scaler(x: &Features, rows: &[usize]) -> (Vec<f64>, Vec<f64>) {
    let n = rows.len() as f64;
    (0..x.ncols())
        .map(|j| {
            let mean = rows.iter().map(|&r| x[(r, j)]).sum::<f64>() / n;
            let var = rows.iter().map(|&r| (x[(r, j)] - mean).powi(2)).sum::<f64>() / n;
            let bound = n * f64::EPSILON * var + (n * mean * f64::EPSILON).powi(2);
            let scale = if var <= bound { 1.0 } else { var.sqrt() };
            (mean, scale)
        })
        .unzip()
}

impl SvrParams {
    /// Fit on `rows` (no randomness: the seed is not used).
    pub fn fit_svr(&self, x: &Features, y: &[f64], rows: &[usize]) -> Result<SvrFit, LearnerError> {
        self.fit_svr_with_cache(x, y, rows, kernel::CACHE_BYTES)
    }

    /// [`SvrParams::fit_svr`] with a kernel-row cache of at most `cache_bytes` (the result does
    /// not depend on it; a smaller cache only recomputes more rows).
    pub fn fit_svr_with_cache(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        cache_bytes: usize,
    ) -> Result<SvrFit, LearnerError> {
        self.solve_svr(x, y, rows, cache_bytes, None)
    }

    /// The fit itself; a set `cancel` flag stops the solver with [`LearnerError::Cancelled`].
    fn solve_svr(
        &self,
        x: &Features,
        y: &[f64],
        rows: &[usize],
        cache_bytes: usize,
        cancel: Option<&std::sync::atomic::AtomicBool>,
    ) -> Result<SvrFit, LearnerError> {
        self.validate()?;
        check_fit_input(x, y, rows, 2)?;
        let n = rows.len();
        let p = x.ncols();
        let (mean, scale) = standard_scaler(x, rows);
        let mut z = vec![0.0; n * p];
        for (i, &r) in rows.iter().enumerate() {
            for j in 0..p {
                z[i * p + j] = (x[(r, j)] - mean[j]) / scale[j];
            }
        }
        let gamma = match self.gamma {
            Gamma::Scale => {
                let cells = (n * p).max(1) as f64;
                let m = z.iter().sum::<f64>() / cells;
                let var = z.iter().map(|v| (v - m).powi(2)).sum::<f64>() / cells;
                if var > 0.0 { 1.0 / (p as f64 * var) } else { 1.0 }
            }
            Gamma::Auto => 1.0 / p.max(1) as f64,
            Gamma::Value(g) => g,
        };
        let yv: Vec<f64> = rows.iter().map(|&r| y[r]).collect();
        let mut cache = kernel::KernelCache::new(&z, n, p, gamma, cache_bytes);
        let sol = smo::solve(&mut cache, &yv, self.c, self.epsilon, self.tol, self.max_iter, cancel)
            .ok_or(LearnerError::Cancelled)?;
        let mut sv = Vec::new();
        let mut coef = Vec::new();
        for (i, &a) in sol.coef.iter().enumerate() {
            if a != 0.0 {
                sv.extend_from_slice(&z[i * p..(i + 1) * p]);
                coef.push(a);
            }
        }
        Ok(SvrFit {
            mean,
            scale,
            gamma,
            support: sv,
            coef,
            intercept: -sol.rho,
            iterations: sol.iterations,
            converged: sol.converged,
            violation: sol.violation,
            tol: self.tol,
            kernel_rows_computed: cache.computed,
        })
    }
}

/// A fitted SVR: `f(x) = sum_k coef_k exp(-gamma ||s_k - z(x)||^2) + intercept`, with
/// `z(x) = (x - mean) / scale` and `s_k` the standardized support vectors.
#[derive(Clone, Debug)]
pub struct SvrFit {
    /// Training means of the features.
    pub mean: Vec<f64>,
    /// Training scales of the features.
    pub scale: Vec<f64>,
    /// Kernel width used.
    pub gamma: f64,
    /// Support vectors (standardized), row-major.
    pub support: Vec<f64>,
    /// Dual coefficients `alpha_k - alpha*_k` of the support vectors.
    pub coef: Vec<f64>,
    /// Intercept `b = -rho`.
    pub intercept: f64,
    /// SMO iterations used.
    pub iterations: usize,
    /// False when the iteration cap was hit.
    pub converged: bool,
    /// KKT violation at the end.
    pub violation: f64,
    /// Tolerance asked for.
    pub tol: f64,
    /// Kernel rows computed during the fit (cache misses).
    pub kernel_rows_computed: usize,
}

impl SvrFit {
    /// Number of support vectors.
    pub fn n_support(&self) -> usize {
        self.coef.len()
    }
}

impl Fitted for SvrFit {
    /// NaN for rows out of range or a matrix with another number of columns than in the fit.
    fn predict(&self, x: &Features, rows: &[usize]) -> Vec<f64> {
        let p = self.mean.len();
        if x.ncols() != p {
            return vec![f64::NAN; rows.len()];
        }
        rows.par_chunks(16)
            .flat_map_iter(|chunk| {
                let mut z = vec![0.0; p];
                chunk
                    .iter()
                    .map(|&r| {
                        if r >= x.nrows() {
                            return f64::NAN;
                        }
                        for (j, v) in z.iter_mut().enumerate() {
                            *v = (x[(r, j)] - self.mean[j]) / self.scale[j];
                        }
                        let mut f = 0.0;
                        for (k, &c) in self.coef.iter().enumerate() {
                            let s = &self.support[k * p..(k + 1) * p];
                            f += c * kernel::rbf(s, &z, self.gamma);
                        }
                        f + self.intercept
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn notes(&self) -> Vec<super::LearnerRemark> {
        if self.converged {
            Vec::new()
        } else {
            vec![super::LearnerRemark::SvrNotConverged {
                iterations: self.iterations,
                violation: self.violation,
                tol: self.tol,
            }]
        }
    }

    fn n_features(&self) -> Option<usize> {
        Some(self.mean.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::bench::synthetic;

    #[test]
    fn a_tiny_kernel_cache_gives_bit_identical_predictions() {
        let (x, y) = synthetic(500, 4, 3);
        let train: Vec<usize> = (0..400).collect();
        let test: Vec<usize> = (400..500).collect();
        let big = SvrParams::default().fit_svr(&x, &y, &train).unwrap();
        let tiny = SvrParams::default().fit_svr_with_cache(&x, &y, &train, 2 * 400 * 8).unwrap();
        assert!(tiny.kernel_rows_computed > big.kernel_rows_computed, "the small cache must evict");
        let bits = |f: &SvrFit| f.predict(&x, &test).iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&big), bits(&tiny));
        assert_eq!(big.iterations, tiny.iterations);
    }

    #[test]
    fn a_set_cancel_flag_stops_the_solver_and_an_unset_one_changes_nothing() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let (x, y) = synthetic(300, 4, 5);
        let rows: Vec<usize> = (0..300).collect();
        let p = SvrParams::default();
        let flag = AtomicBool::new(true);
        assert!(matches!(p.fit_prepared(&x, &y, &rows, 0, &flag, None), Err(LearnerError::Cancelled)));
        flag.store(false, Ordering::Relaxed);
        let cancellable = p.fit_prepared(&x, &y, &rows, 0, &flag, None).unwrap().predict(&x, &rows);
        assert_eq!(cancellable, p.fit_svr(&x, &y, &rows).unwrap().predict(&x, &rows));
    }

    #[test]
    fn kernel_memory_is_bounded_for_large_samples() {
        let (l, p) = (30_000, 2);
        let z = vec![0.0; l * p];
        let cache = kernel::KernelCache::new(&z, l, p, 1.0, kernel::CACHE_BYTES);
        assert!(cache.capacity() * l * 8 <= kernel::CACHE_BYTES, "{} rows", cache.capacity());
        assert!(cache.capacity() < l, "no full n x n kernel above 20,000 rows");
    }

    #[test]
    fn constant_feature_is_centred_not_scaled() {
        let x = Features::from_fn(6, 2, |i, j| if j == 0 { i as f64 } else { 3.0 });
        let (mean, scale) = standard_scaler(&x, &[0, 1, 2, 3, 4, 5]);
        assert_eq!((mean[1], scale[1]), (3.0, 1.0));
        assert!((scale[0] - (17.5f64 / 6.0).sqrt()).abs() < 1e-12);
    }
}
