//! Distance weights on region centroids (km, in the maps' Albers plane): k nearest neighbours
//! and inverse distance within a band, as PySAL's `KNN` and `DistanceBand(binary=False)`.
//!
//! - k nearest neighbours: `w_ij = 1` for the `k` regions closest to `i` (ties broken by the
//!   lower index); not symmetric.
//! - inverse distance: `w_ij = d_ij^(-power)` for `0 < d_ij <= threshold`. The default threshold
//!   is the smallest distance that gives every region a neighbour, `max_i min_j d_ij` (GeoDa's
//!   default band; PySAL's `min_threshold_distance`), widened by 1e-9 relative so that the
//!   farthest first neighbour stays inside despite rounding.

use super::{Weights, WeightsBuild, WeightsError, WeightsProblem};

/// Euclidean distance between two points.
pub fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// Neighbour lists of the `k` nearest points to each point.
pub fn knn(points: &[[f64; 2]], k: usize) -> Result<Vec<Vec<usize>>, WeightsError> {
    let n = points.len();
    if k == 0 {
        return Err(WeightsError::Invalid(WeightsProblem::KZero));
    }
    if n <= k {
        return Err(WeightsError::TooFew { what: WeightsBuild::Knn(k), needed: k + 1, found: n });
    }
    Ok((0..n)
        .map(|i| {
            let mut others: Vec<(f64, usize)> =
                (0..n).filter(|&j| j != i).map(|j| (dist(points[i], points[j]), j)).collect();
            others.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut list: Vec<usize> = others[..k].iter().map(|&(_, j)| j).collect();
            list.sort_unstable();
            list
        })
        .collect())
}

/// `max_i min_{j != i} d_ij`: the shortest band in which no point is an island.
pub fn min_threshold(points: &[[f64; 2]]) -> f64 {
    (0..points.len())
        .map(|i| {
            (0..points.len()).filter(|&j| j != i).map(|j| dist(points[i], points[j])).fold(f64::INFINITY, f64::min)
        })
        .fold(0.0, f64::max)
}

/// Rows of `(j, w_ij)` pairs.
pub type Rows = Vec<Vec<(usize, f64)>>;

/// Inverse-distance weights `d^(-power)` within `threshold` (km; `None`: [`min_threshold`]
/// widened by 1e-9 relative). Returns the `(j, w)` rows and the threshold used.
pub fn inverse_distance(points: &[[f64; 2]], threshold: Option<f64>, power: f64) -> Result<(Rows, f64), WeightsError> {
    let n = points.len();
    if n < 2 {
        return Err(WeightsError::TooFew { what: WeightsBuild::InverseDistance, needed: 2, found: n });
    }
    if !(power > 0.0 && power.is_finite()) {
        return Err(WeightsError::Invalid(WeightsProblem::Power(power)));
    }
    let band = match threshold {
        Some(t) if t > 0.0 && t.is_finite() => t,
        Some(t) => {
            return Err(WeightsError::Invalid(WeightsProblem::Band(t)));
        }
        None => min_threshold(points) * (1.0 + 1e-9),
    };
    let rows = (0..n)
        .map(|i| {
            (0..n)
                .filter(|&j| j != i)
                .filter_map(|j| {
                    let d = dist(points[i], points[j]);
                    (d > 0.0 && d <= band).then(|| (j, libm::pow(d, -power)))
                })
                .collect()
        })
        .collect();
    Ok((rows, band))
}

/// k-nearest-neighbour weights over regions with centroids `points` and ids `ids`.
pub fn knn_weights(ids: Vec<String>, points: &[[f64; 2]], k: usize) -> Result<Weights, WeightsError> {
    let lists = knn(points, k)?;
    Ok(Weights::binary(ids, lists, format!("{k} nearest neighbours (centroids)")))
}

/// Inverse-distance weights over regions with centroids `points` and ids `ids`.
pub fn idw_weights(
    ids: Vec<String>,
    points: &[[f64; 2]],
    threshold: Option<f64>,
    power: f64,
) -> Result<Weights, WeightsError> {
    let (rows, band) = inverse_distance(points, threshold, power)?;
    let p = if power == 1.0 { String::new() } else { format!("^{power}") };
    Ok(Weights::from_pairs(ids, rows, format!("inverse distance{p} within {band:.0} km (centroids)")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knn_on_a_line_and_band_default() {
        let pts = [[0.0, 0.0], [1.0, 0.0], [3.0, 0.0], [7.0, 0.0]];
        let l = knn(&pts, 2).unwrap();
        assert_eq!(l, vec![vec![1, 2], vec![0, 2], vec![0, 1], vec![1, 2]]);
        assert_eq!(min_threshold(&pts), 4.0);
        let (rows, band) = inverse_distance(&pts, None, 1.0).unwrap();
        assert!(band > 4.0 && band < 4.0 + 1e-6);
        assert_eq!(rows[3], vec![(2, 0.25)]);
        assert_eq!(rows[0].len(), 2, "7 km is outside the band");
        assert!(knn(&pts, 4).is_err());
    }
}
