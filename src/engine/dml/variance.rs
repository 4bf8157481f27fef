//! The one variance every statistic of an estimate shares: the standard error of theta, the
//! robust first-stage F, the Anderson-Rubin set and the tF interval all call [`ScoreVariance`],
//! so a variance choice (clusters, small-sample corrections) cannot reach one and miss another.
//!
//! For per-row scores `u`, `v` (one value per design row) it gives the weighted mean `E_w[u]`
//! that DML2 solves and the bilinear "meat" `gamma(u, v)` of DoubleML 0.11 (`_var_est`):
//! - independent rows: `E_w[u] = mean(u)`, `gamma(u, v) = mean(u v)`, scaling `C = n`
//!   (heteroskedasticity-robust, HC0);
//! - one-way clusters by unit (Chiang et al. 2021): with `I_k` the clusters of test fold `k`,
//!   `E_w[u] = (1/K) sum_k (1/|I_k|) sum_{i in test_k} u_i` and
//!   `gamma(u, v) = (1/K) sum_k (1/|I_k|) sum_{c in I_k} U_c V_c`, `U_c = sum_{i in c} u_i`,
//!   `C` = number of units;
//! - two-way clusters by unit and year over the `K x K` folds: unit clusters `I_k` and year
//!   clusters `J_l` of the fold, `E_w[u] = (1/K^2) sum_kl sum_{i in test_kl} u_i / (|I_k||J_l|)`,
//!   `gamma(u, v) = (1/K^2) sum_kl min(|I_k|, |J_l|) / (|I_k||J_l|)^2 (sum_{c in I_k} U_c V_c +
//!   sum_{t in J_l} U_t V_t)` with the cluster sums taken over the fold's test rows, and
//!   `C = min(units, years)`.
//!
//! The variance of `E_w[u]` is `s gamma(u, u) / C`, with `s` the small-sample factor of
//! [`SmallSample`] (1 by default, as DoubleML). A linear-score estimator
//! `theta = -E_w[psi_b] / E_w[psi_a]` has `Var(theta) = s gamma(psi, psi) / (C J^2)`,
//! `J = E_w[psi_a]`, `psi = theta psi_a + psi_b`: DoubleML's standard error when `s = 1`.

use super::folds::Folds;
use super::score::sum;
use super::spec::{Cluster, SmallSample};

/// Coefficients of the residualized regressions the small-sample `n / (n - k)` counts.
pub const K_PARAMS: f64 = 1.0;

/// The variance estimator of one repetition: its folds (with their cluster split) and the
/// small-sample corrections.
#[derive(Clone, Copy, Debug)]
pub struct ScoreVariance<'a> {
    folds: &'a Folds,
    small: SmallSample,
}

impl<'a> ScoreVariance<'a> {
    /// The estimator for `folds` (clustered when the folds carry a cluster split).
    pub fn new(folds: &'a Folds, small: SmallSample) -> Self {
        ScoreVariance { folds, small }
    }

    /// Which variance this is.
    pub fn kind(&self) -> Cluster {
        match &self.folds.clusters {
            None => Cluster::None,
            Some(c) if c.ids.len() == 1 => Cluster::Unit,
            Some(_) => Cluster::UnitYear,
        }
    }

    /// The small-sample corrections.
    pub fn small_sample(&self) -> SmallSample {
        self.small
    }

    /// Rows.
    pub fn n(&self) -> usize {
        self.folds.test.iter().map(Vec::len).sum()
    }

    /// Number of clusters per cluster variable (empty without clusters).
    pub fn cluster_counts(&self) -> Vec<usize> {
        self.folds.clusters.as_ref().map(|c| c.n_clusters.clone()).unwrap_or_default()
    }

    /// `C`: rows, or the (smaller) number of clusters.
    pub fn scaling(&self) -> f64 {
        match &self.folds.clusters {
            None => self.n() as f64,
            Some(c) => c.n_clusters.iter().copied().min().unwrap_or(1) as f64,
        }
    }

    /// The small-sample factor `s`: `G / (G - 1)` (clusters) times `n / (n - k)` or, with
    /// clusters, `(n - 1) / (n - k)` (dof), each when switched on.
    pub fn correction(&self) -> f64 {
        let n = self.n() as f64;
        let clustered = self.folds.clusters.is_some();
        let mut s = 1.0;
        if self.small.clusters && clustered {
            let g = self.scaling();
            s *= g / (g - 1.0);
        }
        if self.small.dof {
            s *= if clustered { (n - 1.0) / (n - K_PARAMS) } else { n / (n - K_PARAMS) };
        }
        s
    }

    /// `E_w[u]`, the mean DML2 solves (fold-weighted with clusters).
    pub fn mean(&self, u: &[f64]) -> f64 {
        let Some(cl) = &self.folds.clusters else {
            return sum(u.iter().copied()) / u.len() as f64;
        };
        let kk = (cl.folds_per_var as f64).powi(cl.ids.len() as i32);
        let terms = self.folds.test.iter().zip(&cl.test_clusters).map(|(test, per_var)| {
            let prod: f64 = per_var.iter().map(|v| v.len() as f64).product();
            sum(test.iter().map(|&r| u[r])) / prod
        });
        sum(terms) / kk
    }

    /// The bilinear meat `gamma(u, v)` (module docs).
    pub fn gamma(&self, u: &[f64], v: &[f64]) -> f64 {
        let Some(cl) = &self.folds.clusters else {
            return sum(u.iter().zip(v).map(|(a, b)| a * b)) / u.len() as f64;
        };
        let kk = (cl.folds_per_var as f64).powi(cl.ids.len() as i32);
        let mut terms = Vec::with_capacity(self.folds.k());
        for (test, per_var) in self.folds.test.iter().zip(&cl.test_clusters) {
            let sizes: Vec<f64> = per_var.iter().map(|v| v.len() as f64).collect();
            let prod: f64 = sizes.iter().product();
            let cnst = if per_var.len() == 1 { 1.0 / sizes[0] } else { sizes[0].min(sizes[1]) / (prod * prod) };
            let mut g = Vec::new();
            for (var, ids) in cl.ids.iter().enumerate() {
                let mut su = vec![0.0; cl.n_clusters[var]];
                let mut sv = vec![0.0; cl.n_clusters[var]];
                for &r in test {
                    su[ids[r] as usize] += u[r];
                    sv[ids[r] as usize] += v[r];
                }
                g.extend(per_var[var].iter().map(|&c| su[c as usize] * sv[c as usize]));
            }
            terms.push(cnst * sum(g));
        }
        sum(terms) / kk
    }

    /// `Cov(E_w[u], E_w[v]) = s gamma(u, v) / C`.
    pub fn cov_of_means(&self, u: &[f64], v: &[f64]) -> f64 {
        self.correction() * self.gamma(u, v) / self.scaling()
    }

    /// `Var(theta) = s gamma(psi, psi) / (C J^2)` with `J = E_w[psi_a]`.
    pub fn estimator_variance(&self, psi: &[f64], psi_a: &[f64]) -> f64 {
        let j = self.mean(psi_a);
        self.cov_of_means(psi, psi) / (j * j)
    }
}

/// Short name of a variance for JSON and the command line (`robust`, `cluster-unit`,
/// `cluster-unit-year`).
pub fn variance_name(c: Cluster) -> &'static str {
    match c {
        Cluster::None => "robust",
        Cluster::Unit => "cluster-unit",
        Cluster::UnitYear => "cluster-unit-year",
    }
}

/// The variance in English words, with cluster counts and corrections: "clustered by unit (30
/// clusters), G/(G-1)".
pub fn describe_variance(c: Cluster, n_clusters: &[usize], small: SmallSample) -> String {
    let counts = n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" x ");
    let mut out = match c {
        Cluster::None => "heteroskedasticity-robust (independent rows)".to_string(),
        Cluster::Unit => format!("clustered by unit ({counts} clusters)"),
        Cluster::UnitYear => format!("two-way clustered by unit and year ({counts} clusters)"),
    };
    let mut fixes = Vec::new();
    if small.clusters && c != Cluster::None {
        fixes.push("G/(G-1)");
    }
    if small.dof {
        fixes.push(if c == Cluster::None { "n/(n-k)" } else { "(n-1)/(n-k)" });
    }
    if !fixes.is_empty() {
        out.push_str(&format!(", small-sample {}", fixes.join(" x ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    #[test]
    fn independent_rows_are_hc0_and_corrections_multiply() {
        let folds = Folds::random(5, 2, &mut Rng::seed_from_u64(1)).unwrap();
        let psi = [1.0, -2.0, 0.5, 0.0, 0.5];
        let psi_a = [-1.0; 5];
        let v = ScoreVariance::new(&folds, SmallSample::default());
        // sum psi^2 / (sum psi_a)^2 = 5.5 / 25
        assert!((v.estimator_variance(&psi, &psi_a) - 5.5 / 25.0).abs() < 1e-15);
        let d = ScoreVariance::new(&folds, SmallSample { clusters: true, dof: true });
        assert!((d.correction() - 5.0 / 4.0).abs() < 1e-15, "no clusters: only n / (n - 1)");
    }

    #[test]
    fn one_way_with_equal_folds_is_the_textbook_cluster_sandwich() {
        // 4 units x 2 rows, unit folds {0, 1} and {2, 3}: sum_c (sum_i psi)^2 / (sum psi_a)^2.
        let units: Vec<u32> = (0..8).map(|r| r / 2).collect();
        let folds = Folds::one_way(&units, 4, &[0, 0, 1, 1], 2);
        let psi = [1.0, 0.5, -1.0, -0.2, 0.3, 0.3, -0.4, -0.5];
        let psi_a = [-1.0; 8];
        let v = ScoreVariance::new(&folds, SmallSample { clusters: true, dof: false });
        let by_unit: f64 = [1.5f64, -1.2, 0.6, -0.9].iter().map(|x| x * x).sum();
        let want = by_unit / 64.0 * 4.0 / 3.0;
        assert!((v.estimator_variance(&psi, &psi_a) - want).abs() < 1e-15);
        assert_eq!(v.kind(), Cluster::Unit);
    }
}
