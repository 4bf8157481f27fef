//! Spatial weights: who is a neighbour of whom, and how much, as GeoDa and PySAL define them.
//!
//! A [`Weights`] holds, for every region `i`, its neighbours `j` (sorted, never `i` itself)
//! and the weights `w_ij`. They are built from boundaries ([`contiguity`]: queen and rook with
//! a snapping tolerance; [`distance`]: k nearest neighbours and inverse distance on centroids),
//! or read from GeoDa / PySAL files ([`gal`], [`gwt`]); [`link`] joins their ids to a panel's
//! units by code or name; [`spec`] is the user's choice of weights, checked once.
//!
//! Statistics use the row-standardized matrix (`w_ij / sum_k w_ik`, PySAL's `transform = "r"`);
//! a region without neighbours (an island such as Hainan under contiguity) keeps an empty row,
//! contributes nothing to `S0`, and is reported.

pub mod contiguity;
pub mod distance;
pub mod gal;
pub mod gwt;
pub mod link;
pub mod problem;
pub mod regions;
pub mod spec;

pub use problem::{LineProblem, WeightsBuild, WeightsProblem};
pub use regions::Region;
pub use spec::{WeightsKind, WeightsSpec};

/// Why weights could not be built, read or written.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightsError {
    /// A weights file could not be read or written.
    Io {
        /// File path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// A line of a GAL or GWT file is malformed.
    Parse {
        /// File name.
        file: String,
        /// One-based line number.
        line: usize,
        /// What is wrong.
        problem: LineProblem,
    },
    /// The weights file has an extension other than `.gal` or `.gwt`.
    UnknownFormat {
        /// File path.
        path: String,
    },
    /// A weights choice could not be understood (command line).
    BadSpec {
        /// What was given.
        given: String,
    },
    /// A parameter is out of range.
    Invalid(WeightsProblem),
    /// Fewer regions than the weights need.
    TooFew {
        /// What was being built.
        what: WeightsBuild,
        /// How many are needed.
        needed: usize,
        /// How many there are.
        found: usize,
    },
}

/// Spatial weights over `n` regions.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// Region ids, in order (unit labels, codes, or the ids of a weights file).
    pub ids: Vec<String>,
    /// Neighbours of each region, ascending indices, without the region itself.
    pub neighbours: Vec<Vec<usize>>,
    /// `w_ij`, parallel to `neighbours`.
    pub values: Vec<Vec<f64>>,
    /// What the weights are (`queen contiguity, snap 1 km`), for headers and footnotes.
    pub description: String,
    /// True once rows were divided by their sums.
    pub row_standardized: bool,
}

impl Weights {
    /// Binary weights (`w_ij = 1`) from neighbour lists; lists are sorted and deduplicated and
    /// self-neighbours dropped.
    pub fn binary(ids: Vec<String>, mut neighbours: Vec<Vec<usize>>, description: String) -> Weights {
        for (i, list) in neighbours.iter_mut().enumerate() {
            list.retain(|&j| j != i);
            list.sort_unstable();
            list.dedup();
        }
        let values = neighbours.iter().map(|l| vec![1.0; l.len()]).collect();
        Weights { ids, neighbours, values, description, row_standardized: false }
    }

    /// Weights from `(j, w_ij)` lists, sorted by `j`; self-pairs and zero weights are dropped,
    /// a repeated pair keeps its last weight.
    pub fn from_pairs(ids: Vec<String>, rows: Vec<Vec<(usize, f64)>>, description: String) -> Weights {
        let mut neighbours = Vec::with_capacity(rows.len());
        let mut values = Vec::with_capacity(rows.len());
        for (i, mut row) in rows.into_iter().enumerate() {
            row.retain(|&(j, w)| j != i && w != 0.0);
            row.sort_by_key(|&(j, _)| j);
            let mut n: Vec<usize> = Vec::with_capacity(row.len());
            let mut v: Vec<f64> = Vec::with_capacity(row.len());
            for (j, w) in row {
                if n.last() == Some(&j) {
                    if let Some(last) = v.last_mut() {
                        *last = w;
                    }
                } else {
                    n.push(j);
                    v.push(w);
                }
            }
            neighbours.push(n);
            values.push(v);
        }
        Weights { ids, neighbours, values, description, row_standardized: false }
    }

    /// Number of regions.
    pub fn n(&self) -> usize {
        self.ids.len()
    }

    /// Regions without neighbours (islands), ascending.
    pub fn islands(&self) -> Vec<usize> {
        (0..self.n()).filter(|&i| self.neighbours[i].is_empty()).collect()
    }

    /// Number of neighbours of each region.
    pub fn cardinalities(&self) -> Vec<usize> {
        self.neighbours.iter().map(Vec::len).collect()
    }

    /// The weight `w_ij` (0 when `j` is not a neighbour of `i`).
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        match self.neighbours[i].binary_search(&j) {
            Ok(k) => self.values[i][k],
            Err(_) => 0.0,
        }
    }

    /// True when `w_ij = w_ji` for every pair (contiguity and distance bands are; k nearest
    /// neighbours and row-standardized weights in general are not).
    pub fn is_symmetric(&self) -> bool {
        (0..self.n()).all(|i| self.neighbours[i].iter().zip(&self.values[i]).all(|(&j, &w)| self.weight(j, i) == w))
    }

    /// Row-standardized copy: `w_ij / sum_k w_ik` (PySAL `transform = "r"`); empty rows stay
    /// empty.
    pub fn row_standardize(&self) -> Weights {
        let values = self
            .values
            .iter()
            .map(|row| {
                let s: f64 = row.iter().sum();
                row.iter().map(|w| if s != 0.0 { w / s } else { 0.0 }).collect()
            })
            .collect();
        Weights { values, row_standardized: true, ..self.clone() }
    }

    /// The weights among the regions `keep` (indices into `self`, in the order given): links to
    /// regions left out are dropped (PySAL `w_subset`, which however also drops the weights);
    /// rows are not re-standardized.
    pub fn subset(&self, keep: &[usize]) -> Weights {
        let mut position = vec![usize::MAX; self.n()];
        for (new, &old) in keep.iter().enumerate() {
            position[old] = new;
        }
        let rows = keep
            .iter()
            .map(|&old| {
                self.neighbours[old]
                    .iter()
                    .zip(&self.values[old])
                    .filter(|&(&j, _)| position[j] != usize::MAX)
                    .map(|(&j, &w)| (position[j], w))
                    .collect()
            })
            .collect();
        let ids = keep.iter().map(|&i| self.ids[i].clone()).collect();
        let mut w = Weights::from_pairs(ids, rows, self.description.clone());
        w.row_standardized = false;
        w
    }

    /// `S0 = sum_i sum_j w_ij`.
    pub fn s0(&self) -> f64 {
        self.values.iter().flatten().sum()
    }

    /// `S1 = 1/2 sum_i sum_j (w_ij + w_ji)^2` (Cliff and Ord 1981, eq. 1.39).
    pub fn s1(&self) -> f64 {
        let mut s = 0.0;
        for i in 0..self.n() {
            for (&j, &w) in self.neighbours[i].iter().zip(&self.values[i]) {
                let back = self.weight(j, i);
                s += (w + back) * (w + back);
                if back == 0.0 {
                    // The pair (j, i) is absent from row j: count its (w_ij + 0)^2 once more.
                    s += w * w;
                }
            }
        }
        0.5 * s
    }

    /// `S2 = sum_i (w_i. + w_.i)^2`, row sums plus column sums.
    pub fn s2(&self) -> f64 {
        let n = self.n();
        let row: Vec<f64> = self.values.iter().map(|v| v.iter().sum()).collect();
        let mut col = vec![0.0; n];
        for (list, values) in self.neighbours.iter().zip(&self.values) {
            for (&j, &w) in list.iter().zip(values) {
                col[j] += w;
            }
        }
        row.iter().zip(&col).map(|(r, c)| (r + c) * (r + c)).sum()
    }

    /// The spatial lag `(W x)_i = sum_j w_ij x_j`.
    pub fn lag(&self, x: &[f64]) -> Vec<f64> {
        self.neighbours.iter().zip(&self.values).map(|(n, v)| n.iter().zip(v).map(|(&j, w)| w * x[j]).sum()).collect()
    }

    /// Check that every id can be written to a GAL or GWT file, whose fields are separated by
    /// spaces: an id with a space (`Inner Mongolia`) or an empty id cannot.
    pub fn check_writable_ids(&self, path: &str) -> Result<(), WeightsError> {
        match self.ids.iter().find(|id| id.is_empty() || id.contains(char::is_whitespace)) {
            Some(id) => {
                Err(WeightsError::Invalid(WeightsProblem::UnwritableId { path: path.to_string(), id: id.clone() }))
            }
            None => Ok(()),
        }
    }

    /// Index of the region with id `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|x| x == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| i.to_string()).collect()
    }

    #[test]
    fn s0_s1_s2_of_a_path_match_hand_values() {
        // 0 - 1 - 2, binary symmetric: S0 = 4, S1 = 1/2 * 4 * 2^2 = 8, S2 = (2+2)^2*... rows 1,2,1.
        let w = Weights::binary(ids(3), vec![vec![1], vec![0, 2], vec![1]], "path".into());
        assert_eq!(w.s0(), 4.0);
        assert_eq!(w.s1(), 8.0);
        assert_eq!(w.s2(), 4.0 + 16.0 + 4.0);
        let r = w.row_standardize();
        assert_eq!(r.values[1], vec![0.5, 0.5]);
        assert_eq!(r.s0(), 3.0);
        // S1 for asymmetric weights: pairs (0,1): (1 + .5)^2, (1,2): (.5 + 1)^2, each twice / 2.
        assert!((r.s1() - 4.5).abs() < 1e-15);
        assert!(!r.is_symmetric() && w.is_symmetric());
    }

    #[test]
    fn asymmetric_pairs_count_in_s1_like_pysal() {
        // Only 0 -> 1 with weight 2: S1 = 1/2 ((2 + 0)^2 + (0 + 2)^2) = 4.
        let w = Weights::from_pairs(ids(2), vec![vec![(1, 2.0)], vec![]], "one".into());
        assert_eq!(w.s1(), 4.0);
        assert_eq!(w.s2(), 8.0);
        assert_eq!(w.islands(), vec![1]);
    }

    #[test]
    fn subset_drops_links_and_keeps_order() {
        let w = Weights::binary(ids(4), vec![vec![1, 3], vec![0, 2], vec![1], vec![0]], "t".into());
        let s = w.subset(&[3, 0, 1]);
        assert_eq!(s.ids, vec!["3", "0", "1"]);
        assert_eq!(s.neighbours, vec![vec![1], vec![0, 2], vec![1]]);
        assert_eq!(s.lag(&[1.0, 2.0, 4.0]), vec![2.0, 5.0, 2.0]);
    }
}
