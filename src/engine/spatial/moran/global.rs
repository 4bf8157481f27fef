//! Global Moran's I with its analytical moments and permutation inference.
//!
//! With `z = y - mean(y)`, weights `W` (row-standardized by the caller), `n` regions and
//! `S0, S1, S2` as in [`Weights`] (Cliff and Ord 1981, ch. 1-2; the formulas of PySAL's
//! `esda.Moran`):
//!
//! ```text
//! I      = n / S0 * z'Wz / z'z
//! E[I]   = -1 / (n - 1)
//! V_N[I] = (n^2 S1 - n S2 + 3 S0^2) / ((n^2 - 1) S0^2) - E[I]^2                 (normality)
//! V_R[I] = (n((n^2 - 3n + 3) S1 - n S2 + 3 S0^2) - b2((n^2 - n) S1 - 2n S2 + 6 S0^2))
//!          / ((n - 1)(n - 2)(n - 3) S0^2) - E[I]^2,  b2 = n sum z^4 / (sum z^2)^2  (randomization)
//! z      = (I - E[I]) / sqrt(V),  p = 2 (1 - Phi(|z|))                           (two-sided)
//! p_sim  = (min(#{I_perm >= I}, N - #{I_perm >= I}) + 1) / (N + 1)               (folded, one-sided)
//! ```
//!
//! Permutation `p` shuffles `z` with its own stream `rng_for(seed, [MORAN_GLOBAL, p])`, so the
//! permutations are the same whatever the number of threads and whichever runs first.

use crate::engine::dml::normal;
use crate::engine::rng::{rng_for, stream};
use crate::engine::spatial::weights::Weights;
use rayon::prelude::*;

/// Global Moran's I and its inference.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GlobalMoran {
    /// Moran's I.
    pub i: f64,
    /// `E[I] = -1/(n-1)`.
    pub expected: f64,
    /// Variance under normality.
    pub variance: f64,
    /// `(I - E[I]) / sqrt(V_N)`.
    pub z: f64,
    /// Two-sided normal p-value of `z`.
    pub p_norm: f64,
    /// Variance under randomization.
    pub variance_rand: f64,
    /// `(I - E[I]) / sqrt(V_R)`.
    pub z_rand: f64,
    /// Two-sided normal p-value of `z_rand`.
    pub p_rand: f64,
    /// Number of permutations (0: none run).
    pub permutations: usize,
    /// Folded permutation p-value (`None` without permutations).
    pub p_sim: Option<f64>,
    /// Mean of the permuted I.
    pub mean_sim: Option<f64>,
    /// Standard deviation of the permuted I (divisor N).
    pub sd_sim: Option<f64>,
}

/// The two-sided normal p-value `2 min(Phi(z), 1 - Phi(z))`, as esda computes it.
pub fn two_sided(z: f64) -> f64 {
    2.0 * if z > 0.0 { normal::sf(z) } else { normal::cdf(z) }
}

/// The folded permutation p-value of an observed statistic given how many of `n` permuted
/// values are at least as large.
pub fn folded_p(larger: usize, n: usize) -> f64 {
    let folded = larger.min(n - larger);
    (folded as f64 + 1.0) / (n as f64 + 1.0)
}

fn statistic(w: &Weights, z: &[f64], s0: f64, zz: f64) -> f64 {
    let lag = w.lag(z);
    let num: f64 = z.iter().zip(&lag).map(|(a, b)| a * b).sum();
    z.len() as f64 / s0 * num / zz
}

/// Moran's I of `y` under `w` (`y` has one value per region of `w`, all finite, not all
/// equal; `w` has at least one link and four regions, checked by the caller).
pub fn global_moran(y: &[f64], w: &Weights, permutations: usize, seed: u64) -> GlobalMoran {
    let n = y.len();
    let nf = n as f64;
    let mean = y.iter().sum::<f64>() / nf;
    let z: Vec<f64> = y.iter().map(|v| v - mean).collect();
    let zz: f64 = z.iter().map(|v| v * v).sum();
    let (s0, s1, s2) = (w.s0(), w.s1(), w.s2());
    let i = statistic(w, &z, s0, zz);
    let expected = -1.0 / (nf - 1.0);
    let s02 = s0 * s0;
    let variance = (nf * nf * s1 - nf * s2 + 3.0 * s02) / ((nf - 1.0) * (nf + 1.0) * s02) - expected * expected;
    let z4: f64 = z.iter().map(|v| v.powi(4)).sum();
    let b2 = (z4 / nf) / ((zz / nf) * (zz / nf));
    let a = nf * ((nf * nf - 3.0 * nf + 3.0) * s1 - nf * s2 + 3.0 * s02);
    let b = b2 * ((nf * nf - nf) * s1 - 2.0 * nf * s2 + 6.0 * s02);
    let variance_rand = (a - b) / ((nf - 1.0) * (nf - 2.0) * (nf - 3.0) * s02) - expected * expected;
    let zn = (i - expected) / variance.sqrt();
    let zr = (i - expected) / variance_rand.sqrt();
    let (mut p_sim, mut mean_sim, mut sd_sim) = (None, None, None);
    if permutations > 0 {
        let sims: Vec<f64> = (0..permutations)
            .into_par_iter()
            .map(|p| {
                let mut zp = z.clone();
                rng_for(seed, &[stream::MORAN_GLOBAL, p as u64]).shuffle(&mut zp);
                statistic(w, &zp, s0, zz)
            })
            .collect();
        let larger = sims.iter().filter(|&&s| s >= i).count();
        p_sim = Some(folded_p(larger, permutations));
        let m = sims.iter().sum::<f64>() / permutations as f64;
        mean_sim = Some(m);
        sd_sim = Some((sims.iter().map(|s| (s - m) * (s - m)).sum::<f64>() / permutations as f64).sqrt());
    }
    GlobalMoran {
        i,
        expected,
        variance,
        z: zn,
        p_norm: two_sided(zn),
        variance_rand,
        z_rand: zr,
        p_rand: two_sided(zr),
        permutations,
        p_sim,
        mean_sim,
        sd_sim,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2 x 2 rook lattice, row-standardized: every cell has 2 neighbours.
    fn lattice() -> Weights {
        let ids = (0..4).map(|i| i.to_string()).collect();
        Weights::binary(ids, vec![vec![1, 2], vec![0, 3], vec![0, 3], vec![1, 2]], "2x2").row_standardize()
    }

    #[test]
    fn checkerboard_is_perfectly_negative() {
        // 0 1 / 2 3 with values 1 0 / 0 1: every neighbour is the opposite.
        let m = global_moran(&[1.0, 0.0, 0.0, 1.0], &lattice(), 0, 1);
        assert!((m.i + 1.0).abs() < 1e-15, "{}", m.i);
        assert!((m.expected + 1.0 / 3.0).abs() < 1e-15);
        assert_eq!(m.p_sim, None);
    }

    #[test]
    fn permutations_do_not_depend_on_threads() {
        let y = [3.0, 1.0, 4.0, 1.5, 9.0, 2.6];
        let ids = (0..6).map(|i| i.to_string()).collect();
        let w = Weights::binary(ids, vec![vec![1], vec![0, 2], vec![1, 3], vec![2, 4], vec![3, 5], vec![4]], "p")
            .row_standardize();
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let four = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
        let a = one.install(|| global_moran(&y, &w, 999, 7));
        let b = four.install(|| global_moran(&y, &w, 999, 7));
        assert_eq!(a, b);
        assert!(a.p_sim.unwrap() > 0.0 && a.p_sim.unwrap() <= 0.5);
    }

    #[test]
    fn folded_p_values() {
        assert_eq!(folded_p(0, 999), 0.001);
        assert_eq!(folded_p(999, 999), 0.001);
        assert_eq!(folded_p(499, 999), 0.5);
    }
}
