//! Cross-fitting folds: random rows, whole units, a fold-id column, and the cluster splits of
//! DoubleML's cluster data (one-way by unit; two-way as the K x K product of unit and year folds).
//!
//! Random assignment follows scikit-learn's `KFold(shuffle=True)`: a seeded permutation cut
//! into K contiguous blocks whose sizes differ by at most one (the first `n mod K` blocks hold
//! one more). Test rows of each fold are sorted, so results never depend on draw order.

use super::error::DmlError;
use crate::engine::allowed::Allowed;
use crate::engine::rng::Rng;

/// Which clusters each fold tests on, for cluster-robust inference (DoubleML's `smpls_cluster`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterSplit {
    /// Per cluster variable (unit, then year): dense cluster id of every design row.
    pub ids: Vec<Vec<u32>>,
    /// Per cluster variable: number of clusters.
    pub n_clusters: Vec<usize>,
    /// `[fold][variable]`: sorted ids of the clusters in the fold's test set.
    pub test_clusters: Vec<Vec<Vec<u32>>>,
    /// Folds per cluster variable (K); the split has `K^ways` folds.
    pub folds_per_var: usize,
}

/// A partition of the design rows into test sets, each with its training rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Folds {
    /// Sorted test rows of every fold; together they hold every row exactly once.
    pub test: Vec<Vec<usize>>,
    /// Training rows of every fold (the complement of the test rows, or for two-way clusters
    /// the rows sharing neither unit nor year with the test block).
    pub train: Vec<Vec<usize>>,
    /// Cluster information when standard errors are cluster-robust.
    pub clusters: Option<ClusterSplit>,
}

/// Fold index of each of `n` items, as `KFold(n_splits=k, shuffle=True)` assigns them.
pub fn kfold_assignment(n: usize, k: usize, rng: &mut Rng) -> Vec<usize> {
    let perm = rng.permutation(n);
    let mut fold = vec![0; n];
    let mut start = 0;
    for f in 0..k {
        let size = n / k + usize::from(f < n % k);
        for &i in &perm[start..start + size] {
            fold[i] = f;
        }
        start += size;
    }
    fold
}

fn complement(n: usize, test: &[usize]) -> Vec<usize> {
    let mut in_test = vec![false; n];
    for &r in test {
        in_test[r] = true;
    }
    (0..n).filter(|&r| !in_test[r]).collect()
}

fn from_assignment(fold_of_row: &[usize], k: usize) -> Folds {
    let n = fold_of_row.len();
    let mut test = vec![Vec::new(); k];
    for (r, &f) in fold_of_row.iter().enumerate() {
        test[f].push(r);
    }
    let train = test.iter().map(|t| complement(n, t)).collect();
    Folds { test, train, clusters: None }
}

impl Folds {
    /// Number of folds (for two-way clusters, `K^2`).
    pub fn k(&self) -> usize {
        self.test.len()
    }

    /// Random rows in `k` folds.
    pub fn random(n: usize, k: usize, rng: &mut Rng) -> Result<Folds, DmlError> {
        check_k(n, k, "rows")?;
        Ok(from_assignment(&kfold_assignment(n, k, rng), k))
    }

    /// Whole groups (units) drawn at random into `k` folds; no cluster information attached.
    pub fn by_groups(groups: &[u32], n_groups: usize, k: usize, rng: &mut Rng) -> Result<Folds, DmlError> {
        check_k(n_groups, k, "units")?;
        let gf = kfold_assignment(n_groups, k, rng);
        let rows: Vec<usize> = groups.iter().map(|&g| gf[g as usize]).collect();
        Ok(from_assignment(&rows, k))
    }

    /// Folds from an id per row: fold k holds the rows with the k-th smallest id.
    pub fn from_ids(ids: &[f64]) -> Folds {
        let mut distinct: Vec<f64> = ids.to_vec();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup();
        let rows: Vec<usize> = ids.iter().map(|v| distinct.binary_search_by(|p| p.total_cmp(v)).unwrap_or(0)).collect();
        from_assignment(&rows, distinct.len())
    }

    /// One-way cluster folds: cluster `g` is in fold `group_fold[g]`; test clusters recorded.
    pub fn one_way(groups: &[u32], n_groups: usize, group_fold: &[usize], k: usize) -> Folds {
        let rows: Vec<usize> = groups.iter().map(|&g| group_fold[g as usize]).collect();
        let mut folds = from_assignment(&rows, k);
        let test_clusters =
            (0..k).map(|f| vec![(0..n_groups as u32).filter(|&g| group_fold[g as usize] == f).collect()]).collect();
        folds.clusters = Some(ClusterSplit {
            ids: vec![groups.to_vec()],
            n_clusters: vec![n_groups],
            test_clusters,
            folds_per_var: k,
        });
        folds
    }

    /// Two-way cluster folds as DoubleML's `DoubleMLClusterResampling` builds them: for unit fold
    /// `a` and year fold `b` (unit fold outer), test = rows with unit in `a` and year in `b`,
    /// train = rows with unit not in `a` and year not in `b`.
    pub fn two_way(
        units: &[u32],
        n_units: usize,
        unit_fold: &[usize],
        years: &[u32],
        n_years: usize,
        year_fold: &[usize],
        k: usize,
    ) -> Folds {
        let mut test = Vec::with_capacity(k * k);
        let mut train = Vec::with_capacity(k * k);
        let mut test_clusters = Vec::with_capacity(k * k);
        for a in 0..k {
            for b in 0..k {
                let mut te = Vec::new();
                let mut tr = Vec::new();
                for (r, (&u, &y)) in units.iter().zip(years).enumerate() {
                    let (uf, yf) = (unit_fold[u as usize], year_fold[y as usize]);
                    if uf == a && yf == b {
                        te.push(r);
                    } else if uf != a && yf != b {
                        tr.push(r);
                    }
                }
                test.push(te);
                train.push(tr);
                let tu: Vec<u32> = (0..n_units as u32).filter(|&g| unit_fold[g as usize] == a).collect();
                let ty: Vec<u32> = (0..n_years as u32).filter(|&g| year_fold[g as usize] == b).collect();
                test_clusters.push(vec![tu, ty]);
            }
        }
        Folds {
            test,
            train,
            clusters: Some(ClusterSplit {
                ids: vec![units.to_vec(), years.to_vec()],
                n_clusters: vec![n_units, n_years],
                test_clusters,
                folds_per_var: k,
            }),
        }
    }

    /// Check that every fold has test and training rows.
    pub fn check_nonempty(&self) -> Result<(), DmlError> {
        for (f, (te, tr)) in self.test.iter().zip(&self.train).enumerate() {
            if te.is_empty() || tr.is_empty() {
                return Err(DmlError::EmptyFold { fold: f + 1, test: te.len(), train: tr.len() });
            }
        }
        Ok(())
    }
}

fn check_k(items: usize, k: usize, what: &'static str) -> Result<(), DmlError> {
    if !(2..=20).contains(&k) {
        return Err(DmlError::Setting { name: "folds", value: k.to_string(), reason: Allowed::Between(2, 20) });
    }
    if items < k {
        return Err(match what {
            "rows" => DmlError::TooFewRows { rows: items, folds: k },
            _ => DmlError::TooFewClusters { clusters: items, what, folds: k },
        });
    }
    Ok(())
}

/// Check that `k` folds fit `items` clusters (`what` = "units" or "years").
pub fn check_clusters(items: usize, k: usize, what: &'static str) -> Result<(), DmlError> {
    check_k(items, k, what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    #[test]
    fn kfold_sizes_match_scikit_learn() {
        let a = kfold_assignment(23, 5, &mut Rng::seed_from_u64(1));
        let mut sizes = [0; 5];
        for f in a {
            sizes[f] += 1;
        }
        assert_eq!(sizes, [5, 5, 5, 4, 4]);
    }

    #[test]
    fn random_folds_partition_rows() {
        let f = Folds::random(37, 4, &mut Rng::seed_from_u64(9)).unwrap();
        let mut all: Vec<usize> = f.test.concat();
        all.sort_unstable();
        assert_eq!(all, (0..37).collect::<Vec<_>>());
        for (te, tr) in f.test.iter().zip(&f.train) {
            assert_eq!(te.len() + tr.len(), 37);
            assert!(te.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn by_groups_keeps_units_together() {
        let groups: Vec<u32> = (0..40).map(|r| r / 4).collect();
        let f = Folds::by_groups(&groups, 10, 5, &mut Rng::seed_from_u64(3)).unwrap();
        for te in &f.test {
            assert_eq!(te.len(), 8);
            for &r in te {
                assert!(te.contains(&((groups[r] * 4) as usize)));
            }
        }
    }

    #[test]
    fn ids_order_folds_by_value() {
        let f = Folds::from_ids(&[30.0, 10.0, 20.0, 10.0, 30.0]);
        assert_eq!(f.test, vec![vec![1, 3], vec![2], vec![0, 4]]);
    }

    #[test]
    fn two_way_product_excludes_shared_units_and_years() {
        let units: Vec<u32> = (0..12).map(|r| r / 3).collect();
        let years: Vec<u32> = (0..12).map(|r| r % 3).collect();
        let f = Folds::two_way(&units, 4, &[0, 1, 0, 1], &years, 3, &[0, 1, 1], 2);
        assert_eq!(f.k(), 4);
        let mut all: Vec<usize> = f.test.concat();
        all.sort_unstable();
        assert_eq!(all, (0..12).collect::<Vec<_>>());
        // fold (unit fold 0, year fold 0): units 0, 2 x year 0; train: units 1, 3 x years 1, 2.
        assert_eq!(f.test[0], vec![0, 6]);
        assert_eq!(f.train[0], vec![4, 5, 10, 11]);
    }

    #[test]
    fn too_many_folds_is_an_error() {
        assert!(matches!(
            Folds::random(3, 5, &mut Rng::seed_from_u64(1)),
            Err(DmlError::TooFewRows { rows: 3, folds: 5 })
        ));
        assert!(matches!(Folds::random(30, 1, &mut Rng::seed_from_u64(1)), Err(DmlError::Setting { .. })));
    }
}
