//! Work on the training rows of a cross-fitting fold that several nuisance fits can share.
//!
//! The `l`, `m` and `r` fits of one fold see the same feature matrix and the same training
//! rows; only the target differs. Sorting every feature (the exact trees) or binning it (the
//! histogram trees) depends on the features and rows only, so cross-fitting does it once per
//! fold ([`Prepared::new`]) and hands it to every fit of that fold
//! ([`super::Regressor::fit_prepared`]). The fits are bit for bit those without sharing.

use super::tree::hist::{Binned, MAX_BINS};
use super::tree::{Presorted, SplitMethod, TreeData};
use super::{Features, LearnerError, LearnerSpec};

/// What a learner can take from a [`Prepared`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// Features sorted once ([`Presorted`], exact trees).
    pub presort: bool,
    /// Features binned once ([`Binned`], histogram trees).
    pub bins: bool,
}

impl Needs {
    /// Both sets of needs together.
    pub fn union(self, other: Needs) -> Needs {
        Needs { presort: self.presort || other.presort, bins: self.bins || other.bins }
    }

    /// True when nothing is needed.
    pub fn is_empty(self) -> bool {
        !self.presort && !self.bins
    }
}

impl LearnerSpec {
    /// What this learner would take from a [`Prepared`] (nothing for the linear learners and SVR).
    pub fn needs(&self) -> Needs {
        let split = match self {
            LearnerSpec::Forest(p) => p.split,
            LearnerSpec::Boosting(p) => p.split,
            LearnerSpec::Ols | LearnerSpec::Lasso(_) | LearnerSpec::Svr(_) => return Needs::default(),
        };
        Needs { presort: split == SplitMethod::Exact, bins: split == SplitMethod::Hist }
    }
}

/// The training rows of one fold, sorted and/or binned once for all fits on them.
#[derive(Debug, Default)]
pub struct Prepared {
    presorted: Option<Presorted>,
    binned: Option<Binned>,
}

impl Prepared {
    /// Prepare `rows` of `x` for `needs`. Errors are those of binning (a non-finite value, a row
    /// out of range); the caller may then fit without sharing and get the learner's own error.
    pub fn new(x: &Features, rows: &[usize], needs: Needs) -> Result<Prepared, LearnerError> {
        if let Some(&r) = rows.iter().find(|&&r| r >= x.nrows()) {
            return Err(LearnerError::RowOutOfRange { row: r, n_rows: x.nrows() });
        }
        let binned = if needs.bins { Some(Binned::new(x, rows, MAX_BINS)?) } else { None };
        let presorted = needs.presort.then(|| Presorted::new(x, rows));
        Ok(Prepared { presorted, binned })
    }

    /// The presorted rows, when prepared for `n` rows and `p` features.
    pub fn presorted(&self, n: usize, p: usize) -> Option<&Presorted> {
        self.presorted.as_ref().filter(|s| (s.n(), s.p()) == (n, p))
    }

    /// The binned rows, when prepared for `n` rows and `p` features.
    pub fn binned(&self, n: usize, p: usize) -> Option<&Binned> {
        self.binned.as_ref().filter(|b| (b.n(), b.p()) == (n, p))
    }
}

/// What the trees of one forest or boosting fit on `rows` of `x` grow on with `split`: the rows
/// prepared in `shared` when it holds them, else prepared here and kept in `own` (an empty
/// [`Prepared`] that lives as long as the fit). Errors are those of binning.
pub(super) fn tree_data<'a>(
    x: &Features,
    rows: &[usize],
    split: SplitMethod,
    shared: Option<&'a Prepared>,
    own: &'a mut Prepared,
) -> Result<TreeData<'a>, LearnerError> {
    let (n, p) = (rows.len(), x.ncols());
    Ok(match split {
        SplitMethod::Exact => TreeData::Exact(match shared.and_then(|s| s.presorted(n, p)) {
            Some(pre) => pre,
            None => own.presorted.insert(Presorted::new(x, rows)),
        }),
        SplitMethod::Hist => TreeData::Hist(match shared.and_then(|s| s.binned(n, p)) {
            Some(b) => b,
            None => own.binned.insert(Binned::new(x, rows, MAX_BINS)?),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::bench::synthetic;
    use crate::engine::learners::boosting::BoostingParams;
    use crate::engine::learners::forest::ForestParams;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn fits_on_shared_rows_equal_fits_that_prepare_their_own() {
        let (x, y) = synthetic(600, 5, 8);
        let rows: Vec<usize> = (0..600).filter(|r| r % 5 != 2).collect();
        let test: Vec<usize> = (0..600).filter(|r| r % 5 == 2).collect();
        let both = Needs { presort: true, bins: true };
        let shared = Prepared::new(&x, &rows, both).expect("finite");
        // Prepared for other rows: not taken, the fit prepares its own.
        let other = Prepared::new(&x, &rows[1..], both).expect("finite");
        let cancel = AtomicBool::new(false);
        for split in [SplitMethod::Exact, SplitMethod::Hist] {
            for spec in [
                LearnerSpec::Forest(ForestParams { n_trees: 20, split, ..Default::default() }),
                LearnerSpec::Boosting(BoostingParams { n_trees: 30, split, ..Default::default() }),
            ] {
                let bits = |prepared: Option<&Prepared>| -> Vec<u64> {
                    let fit = spec.regressor().fit_prepared(&x, &y, &rows, 4, &cancel, prepared).expect("fit");
                    fit.predict(&x, &test).iter().map(|v| v.to_bits()).collect()
                };
                let own = bits(None);
                assert_eq!(bits(Some(&shared)), own, "{}", spec.describe());
                assert_eq!(bits(Some(&other)), own, "{}", spec.describe());
            }
        }
    }
}
