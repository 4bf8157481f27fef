//! Local Moran (LISA, Anselin 1995) with conditional permutation inference, quadrants and the
//! cluster classes of GeoDa's LISA cluster map.
//!
//! With `z = y - mean(y)` and row-standardized `W` (PySAL `esda.Moran_Local`):
//!
//! ```text
//! I_i   = (n - 1) z_i (W z)_i / sum_k z_k^2
//! quadrant: HH (z_i > 0, (Wz)_i > 0), LH (z_i <= 0, (Wz)_i > 0),
//!           LL (z_i <= 0, (Wz)_i <= 0), HL (z_i > 0, (Wz)_i <= 0)
//! p_sim_i = (min(#{I_i* >= I_i}, N - #{I_i* >= I_i}) + 1) / (N + 1)
//! ```
//!
//! Each `I_i*` holds `z_i` fixed and gives its `k_i` neighbour weights to `k_i` values drawn
//! without replacement from the other `n - 1` regions (conditional randomization). Region `i`
//! draws from its own stream `rng_for(seed, [MORAN_LOCAL, i])`, so results are the same on any
//! number of threads. A region without neighbours (an island) has `I_i = 0`, no p-value and
//! its own class ("neighbourless", as GeoDa shows it); esda instead puts it in LL or HL.

use super::global::folded_p;
use crate::engine::rng::{rng_for, stream};
use crate::engine::spatial::weights::Weights;
use rayon::prelude::*;

/// Moran scatter-plot quadrant of a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Quadrant {
    /// High value, high neighbours.
    HH,
    /// Low value, high neighbours.
    LH,
    /// Low value, low neighbours.
    LL,
    /// High value, low neighbours.
    HL,
    /// No neighbours.
    Island,
}

impl Quadrant {
    /// `HH`, `LH`, `LL`, `HL` or `island` (the command line's JSON).
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::HH => "HH",
            Quadrant::LH => "LH",
            Quadrant::LL => "LL",
            Quadrant::HL => "HL",
            Quadrant::Island => "island",
        }
    }
}

/// A class of the LISA cluster map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Cluster {
    /// Not significant at the chosen level.
    NotSignificant,
    /// Significant, high among high.
    HighHigh,
    /// Significant, low among low.
    LowLow,
    /// Significant, low among high.
    LowHigh,
    /// Significant, high among low.
    HighLow,
    /// No neighbours.
    Neighbourless,
}

impl Cluster {
    /// Classes in legend order (GeoDa's).
    pub const ALL: [Cluster; 6] = [
        Cluster::NotSignificant,
        Cluster::HighHigh,
        Cluster::LowLow,
        Cluster::LowHigh,
        Cluster::HighLow,
        Cluster::Neighbourless,
    ];
}

/// Local Moran of every region.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalMoran {
    /// `y` standardized: `(y - mean) / sd` (divisor n), the scatter plot's x.
    pub z: Vec<f64>,
    /// Spatial lag of the standardized values, `(W z)_i`, the scatter plot's y.
    pub lag: Vec<f64>,
    /// `I_i`.
    pub ii: Vec<f64>,
    /// Quadrant of each region.
    pub quadrant: Vec<Quadrant>,
    /// Folded conditional-permutation p-value (`None` for islands or without permutations).
    pub p_sim: Vec<Option<f64>>,
    /// Number of permutations.
    pub permutations: usize,
}

impl LocalMoran {
    /// Cluster class of each region at significance level `alpha` (`p_sim <= alpha`, as
    /// GeoDa's significance filter).
    pub fn clusters(&self, alpha: f64) -> Vec<Cluster> {
        self.quadrant
            .iter()
            .zip(&self.p_sim)
            .map(|(q, p)| match (q, p) {
                (Quadrant::Island, _) => Cluster::Neighbourless,
                (_, Some(p)) if *p <= alpha => match q {
                    Quadrant::HH => Cluster::HighHigh,
                    Quadrant::LL => Cluster::LowLow,
                    Quadrant::LH => Cluster::LowHigh,
                    Quadrant::HL | Quadrant::Island => Cluster::HighLow,
                },
                _ => Cluster::NotSignificant,
            })
            .collect()
    }
}

/// Local Moran of `y` under row-standardized `w` (same preconditions as
/// [`super::global::global_moran`]).
pub fn local_moran(y: &[f64], w: &Weights, permutations: usize, seed: u64) -> LocalMoran {
    let n = y.len();
    let nf = n as f64;
    let mean = y.iter().sum::<f64>() / nf;
    let c: Vec<f64> = y.iter().map(|v| v - mean).collect();
    let zz: f64 = c.iter().map(|v| v * v).sum();
    let sd = (zz / nf).sqrt();
    let z: Vec<f64> = c.iter().map(|v| v / sd).collect();
    let lag = w.lag(&z);
    let scale = (nf - 1.0) / z.iter().map(|v| v * v).sum::<f64>();
    let ii: Vec<f64> = z.iter().zip(&lag).map(|(a, b)| scale * a * b).collect();
    let quadrant: Vec<Quadrant> = (0..n)
        .map(|i| match (w.neighbours[i].is_empty(), z[i] > 0.0, lag[i] > 0.0) {
            (true, _, _) => Quadrant::Island,
            (false, true, true) => Quadrant::HH,
            (false, false, true) => Quadrant::LH,
            (false, false, false) => Quadrant::LL,
            (false, true, false) => Quadrant::HL,
        })
        .collect();
    let p_sim = (0..n)
        .into_par_iter()
        .map(|i| {
            let weights = &w.values[i];
            if permutations == 0 || weights.is_empty() {
                return None;
            }
            let mut others: Vec<usize> = (0..n).filter(|&j| j != i).collect();
            let mut rng = rng_for(seed, &[stream::MORAN_LOCAL, i as u64]);
            let mut larger = 0usize;
            for _ in 0..permutations {
                // Partial Fisher-Yates: the first k entries become a uniform draw without
                // replacement (from whatever order the previous draw left).
                let mut lag_star = 0.0;
                for (m, wm) in weights.iter().enumerate() {
                    let pick = m + rng.below(others.len() - m);
                    others.swap(m, pick);
                    lag_star += wm * z[others[m]];
                }
                if scale * z[i] * lag_star >= ii[i] {
                    larger += 1;
                }
            }
            Some(folded_p(larger, permutations))
        })
        .collect();
    LocalMoran { z, lag, ii, quadrant, p_sim, permutations }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(n: usize) -> Weights {
        let ids = (0..n).map(|i| i.to_string()).collect();
        let lists = (0..n).map(|i| [i.wrapping_sub(1), i + 1].into_iter().filter(|&j| j < n).collect()).collect();
        Weights::binary(ids, lists, "path").row_standardize()
    }

    #[test]
    fn local_sum_equals_global_times_n_minus_one_over_s0() {
        let y = [1.0, 2.0, 2.5, 7.0, 8.0, 9.5, 3.0];
        let w = path(7);
        let l = local_moran(&y, &w, 0, 1);
        let g = super::super::global::global_moran(&y, &w, 0, 1);
        // sum I_i = (n - 1) z'Wz / z'z = (n - 1) S0 / n * I.
        let s: f64 = l.ii.iter().sum();
        assert!((s - 6.0 * w.s0() / 7.0 * g.i).abs() < 1e-12, "{s} {}", g.i);
        assert_eq!(l.quadrant[0], Quadrant::LL);
        assert_eq!(l.quadrant[4], Quadrant::HH);
    }

    #[test]
    fn permutation_p_values_are_thread_independent_and_islands_have_none() {
        let y: Vec<f64> = (0..40).map(|i| ((i * 37) % 17) as f64 + if i < 10 { 20.0 } else { 0.0 }).collect();
        let mut w = path(40);
        w.neighbours[39].clear();
        w.values[39].clear();
        w.neighbours[38].retain(|&j| j != 39);
        w.values[38] = vec![1.0];
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let three = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
        let a = one.install(|| local_moran(&y, &w, 499, 11));
        let b = three.install(|| local_moran(&y, &w, 499, 11));
        assert_eq!(a, b);
        assert_eq!(a.p_sim[39], None);
        assert_eq!(a.quadrant[39], Quadrant::Island);
        assert_eq!(a.clusters(0.05)[39], Cluster::Neighbourless);
        // The block of high values at the start is a significant High-High cluster.
        assert_eq!(a.clusters(0.05)[4], Cluster::HighHigh, "{:?}", a.p_sim[4]);
    }
}
