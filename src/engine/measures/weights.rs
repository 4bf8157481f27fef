//! Equal and manual index weights, slider rebalancing with locks, and two-level weights.
//!
//! * Equal: `w_j = 1 / k`.
//! * Manual: the user's non-negative weights renormalized, `w_j = u_j / sum_k u_k`.
//! * Rebalancing (the weights table's sliders, [`rebalance`]): one weight moves to a new
//!   value; locked weights stay; the other unlocked weights are scaled proportionally so that
//!   the total stays 1; every weight stays in [0, 1].
//! * Two-level: `w_j = W_d(j) * v_j`, the weight of indicator `j`'s dimension times its weight
//!   within the dimension (within-dimension weights sum to 1 in each dimension, dimension
//!   weights sum to 1, so the `w_j` sum to 1).

use std::collections::BTreeMap;

/// Why weights cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum WeightsError {
    /// A weight is negative.
    Negative {
        /// Indicator or dimension.
        name: String,
        /// The weight.
        value: f64,
    },
    /// A weight is NaN or infinite.
    NotFinite {
        /// Indicator or dimension.
        name: String,
        /// The weight.
        value: f64,
    },
    /// Every weight is zero, so they cannot be renormalized.
    AllZero,
    /// An indicator or dimension has no weight.
    Missing(String),
    /// A weight names something that is not in the index.
    Unknown(String),
}

/// Equal weights `1 / k`.
pub fn equal_weights(k: usize) -> Vec<f64> {
    vec![1.0 / k.max(1) as f64; k]
}

/// Manual weights for `names`, looked up in `given` and renormalized to sum to 1.
pub fn manual_weights(names: &[String], given: &BTreeMap<String, f64>) -> Result<Vec<f64>, WeightsError> {
    if let Some(unknown) = given.keys().find(|k| !names.contains(k)) {
        return Err(WeightsError::Unknown(unknown.clone()));
    }
    let raw: Vec<f64> = names
        .iter()
        .map(|n| given.get(n).copied().ok_or_else(|| WeightsError::Missing(n.clone())))
        .collect::<Result<_, _>>()?;
    renormalize(names, &raw)
}

/// Renormalize `raw` (named by `names`, for messages) to sum to 1.
pub fn renormalize(names: &[String], raw: &[f64]) -> Result<Vec<f64>, WeightsError> {
    for (n, &v) in names.iter().zip(raw) {
        if !v.is_finite() {
            return Err(WeightsError::NotFinite { name: n.clone(), value: v });
        }
        if v < 0.0 {
            return Err(WeightsError::Negative { name: n.clone(), value: v });
        }
    }
    let sum: f64 = raw.iter().sum();
    if sum <= 0.0 {
        return Err(WeightsError::AllZero);
    }
    Ok(raw.iter().map(|v| v / sum).collect())
}

/// Move weight `moved` to `value`, keeping `locked` weights fixed and scaling the other
/// unlocked weights proportionally so that the total stays 1.
///
/// The input is first renormalized (equal weights if it has no positive total). The moved
/// weight is clamped to `[0, 1 - sum of the other locked weights]`; if no other weight is
/// free, it takes exactly that remainder. If the free weights are all zero, the remainder is
/// shared equally among them. A locked `moved`, an index out of range or a non-finite
/// `value` leaves the (renormalized) weights unchanged.
pub fn rebalance(weights: &[f64], locked: &[bool], moved: usize, value: f64) -> Vec<f64> {
    let k = weights.len();
    let clean: Vec<f64> = weights.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
    let sum: f64 = clean.iter().sum();
    let mut w: Vec<f64> = if sum > 0.0 { clean.iter().map(|x| x / sum).collect() } else { equal_weights(k) };
    let is_locked = |i: usize| locked.get(i).copied().unwrap_or(false);
    if moved >= k || is_locked(moved) || !value.is_finite() {
        return w;
    }
    let locked_sum: f64 = (0..k).filter(|&i| i != moved && is_locked(i)).map(|i| w[i]).sum();
    let free: Vec<usize> = (0..k).filter(|&i| i != moved && !is_locked(i)).collect();
    let room = (1.0 - locked_sum).max(0.0);
    if free.is_empty() {
        w[moved] = room;
        return w;
    }
    let v = value.clamp(0.0, room);
    let rest = room - v;
    let free_sum: f64 = free.iter().map(|&i| w[i]).sum();
    for &i in &free {
        w[i] = if free_sum > 0.0 { w[i] * rest / free_sum } else { rest / free.len() as f64 };
    }
    w[moved] = v;
    w
}

/// Two-level weights `w_j = W_{dim[j]} * within_j`, where `within` sums to 1 inside each
/// dimension and `dimension_weights[d]` is the weight of dimension `d`.
pub fn two_level(dim: &[usize], within: &[f64], dimension_weights: &[f64]) -> Vec<f64> {
    dim.iter().zip(within).map(|(&d, v)| dimension_weights[d] * v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn manual_weights_are_renormalized_and_checked() {
        let n = names(&["a", "b"]);
        let g: BTreeMap<String, f64> = [("a".into(), 2.0), ("b".into(), 6.0)].into();
        assert_eq!(manual_weights(&n, &g).unwrap(), vec![0.25, 0.75]);
        let g: BTreeMap<String, f64> = [("a".into(), 1.0)].into();
        assert_eq!(manual_weights(&n, &g), Err(WeightsError::Missing("b".into())));
        let g: BTreeMap<String, f64> = [("a".into(), 1.0), ("b".into(), 1.0), ("c".into(), 1.0)].into();
        assert_eq!(manual_weights(&n, &g), Err(WeightsError::Unknown("c".into())));
        assert!(matches!(renormalize(&n, &[-1.0, 2.0]), Err(WeightsError::Negative { .. })));
        assert_eq!(renormalize(&n, &[0.0, 0.0]), Err(WeightsError::AllZero));
    }

    #[test]
    fn rebalance_keeps_locks_and_scales_the_rest() {
        let w = [0.25, 0.25, 0.25, 0.25];
        let r = rebalance(&w, &[true, false, false, false], 1, 0.45);
        assert_eq!(r[0], 0.25);
        assert!((r[1] - 0.45).abs() < 1e-15);
        assert!((r[2] - 0.15).abs() < 1e-15 && (r[3] - 0.15).abs() < 1e-15);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-15);
        // Clamped to what the locks leave.
        let r = rebalance(&w, &[true, false, true, false], 1, 0.9);
        assert_eq!(r, vec![0.25, 0.5, 0.25, 0.0]);
        // Proportional: free weights 0.2 and 0.6 keep their 1:3 ratio.
        let r = rebalance(&[0.2, 0.2, 0.6], &[false; 3], 0, 0.6);
        assert!((r[1] - 0.1).abs() < 1e-15 && (r[2] - 0.3).abs() < 1e-15);
        // Locked slider does not move; a lone free slider takes the remainder.
        assert_eq!(rebalance(&w, &[true, false, false, false], 0, 0.9), w.to_vec());
        assert_eq!(rebalance(&[0.5, 0.5], &[true, false], 1, 0.1), vec![0.5, 0.5]);
        // Free weights all zero share the remainder equally.
        let r = rebalance(&[1.0, 0.0, 0.0], &[false; 3], 0, 0.4);
        assert!((r[1] - 0.3).abs() < 1e-15 && (r[2] - 0.3).abs() < 1e-15);
    }

    #[test]
    fn two_level_multiplies_dimension_and_within_weights() {
        let w = two_level(&[0, 0, 1], &[0.5, 0.5, 1.0], &[0.4, 0.6]);
        assert_eq!(w, vec![0.2, 0.2, 0.6]);
    }
}
