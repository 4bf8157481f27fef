//! Splitting a long run into slices that separate processes (or machines) compute, and merging
//! the slices back into the single run's results (issue 16: scale out without a scheduler).
//!
//! A run of `total` items (replications of `simulate`, specifications of a curve) is cut into
//! `N` contiguous slices whose sizes differ by at most one; slice `I` (1-based) holds items
//! `[(I-1) total / N, I total / N)`. Contiguous, so that neighbouring specifications of a curve
//! still share their nuisance fits within a slice. Every item depends only on the settings and
//! its *global* index (seeds never depend on a position within a slice), so an item gives the
//! same bits whichever slice computes it.
//!
//! | file | concept |
//! |---|---|
//! | [`exact`] | floating-point numbers as text that reads back to the same bits |
//! | [`file`] | the slice file: format, identity of the run, per-item records |
//! | [`records`] | per-item records of `simulate` and of the specification curve |
//! | [`merge`] | the checks that slices belong together and cover the run once |

pub mod exact;
pub mod file;
pub mod merge;
pub mod records;

pub use file::{RunKind, ShardFile};
pub use merge::{MergeError, MergeProblem, Merged, merge_files, read_slice};

use std::ops::Range;

/// Slice `index` of `count` (`--shard I/N`, both 1-based: `1 <= index <= count`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shard {
    /// `I`, from 1.
    pub index: usize,
    /// `N`.
    pub count: usize,
}

/// Why a `--shard` value is not usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShardError {
    /// Not of the form `I/N` with whole numbers.
    Form(String),
    /// `I` outside `1..=N` (or `N` zero).
    OutOfRange {
        /// `I`.
        index: usize,
        /// `N`.
        count: usize,
    },
}

/// Most slices one run may be cut into.
pub const MAX_SHARDS: usize = 10_000;

impl Shard {
    /// Parse `I/N` (spaces allowed around the numbers).
    pub fn parse(text: &str) -> Result<Shard, ShardError> {
        let form = || ShardError::Form(text.to_string());
        let (i, n) = text.split_once('/').ok_or_else(form)?;
        let index: usize = i.trim().parse().map_err(|_| form())?;
        let count: usize = n.trim().parse().map_err(|_| form())?;
        if count == 0 || count > MAX_SHARDS || index == 0 || index > count {
            return Err(ShardError::OutOfRange { index, count });
        }
        Ok(Shard { index, count })
    }

    /// The global item indices of this slice of `total` items.
    pub fn range(self, total: usize) -> Range<usize> {
        slice_range(self.index, self.count, total)
    }

    /// `I/N`.
    pub fn label(self) -> String {
        format!("{}/{}", self.index, self.count)
    }
}

/// Items `[(index-1) total / count, index total / count)` (integer division).
pub fn slice_range(index: usize, count: usize, total: usize) -> Range<usize> {
    let at = |i: usize| (i as u128 * total as u128 / count.max(1) as u128) as usize;
    at(index.saturating_sub(1))..at(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_cover_every_item_once_and_differ_in_size_by_at_most_one() {
        for total in [0, 1, 2, 7, 10, 100] {
            for count in 1..=12 {
                let ranges: Vec<_> = (1..=count).map(|i| slice_range(i, count, total)).collect();
                assert_eq!(ranges[0].start, 0);
                assert_eq!(ranges[count - 1].end, total);
                assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
                let sizes: Vec<usize> = ranges.iter().map(|r| r.len()).collect();
                assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1, "{sizes:?}");
            }
        }
    }

    #[test]
    fn the_shard_flag_is_i_of_n_from_one() {
        assert_eq!(Shard::parse("2/3"), Ok(Shard { index: 2, count: 3 }));
        assert_eq!(Shard::parse(" 1 / 1 "), Ok(Shard { index: 1, count: 1 }));
        assert_eq!(Shard::parse("0/3"), Err(ShardError::OutOfRange { index: 0, count: 3 }));
        assert_eq!(Shard::parse("4/3"), Err(ShardError::OutOfRange { index: 4, count: 3 }));
        assert_eq!(Shard::parse("2"), Err(ShardError::Form("2".into())));
        assert_eq!(Shard::parse("a/b"), Err(ShardError::Form("a/b".into())));
    }
}
