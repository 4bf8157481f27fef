//! Reading slice files and checking that they are the slices of one run, each once, none
//! missing. Every problem of every file is collected, so one `merge` names them all.

use super::file::{FORMAT, FORMAT_VERSION, Results, RunKind, ShardFile};
use super::{Shard, slice_range};
use std::path::{Path, PathBuf};

/// Why slices cannot be merged: one entry per problem.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeError {
    /// Every problem found, files in the order given.
    pub problems: Vec<MergeProblem>,
}

/// One problem with the slices given to `merge`. `file` is a path as given; `first` is the
/// first readable slice, which the others are compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeProblem {
    /// The file could not be read.
    Unreadable {
        /// The file.
        file: String,
        /// The system's message.
        error: String,
    },
    /// The file is not a slice file (not JSON, or not the slice format).
    NotASlice {
        /// The file.
        file: String,
        /// What the reader said.
        detail: String,
    },
    /// The file is a slice of another format version.
    FormatVersion {
        /// The file.
        file: String,
        /// Its version.
        found: u64,
    },
    /// Slices of `report` and of `simulate` given together.
    Mixed {
        /// The file.
        file: String,
        /// Its command.
        command: RunKind,
        /// The first slice.
        first: String,
        /// The first slice's command.
        first_command: RunKind,
    },
    /// Written by another version of the program.
    Version {
        /// The file.
        file: String,
        /// Its program version.
        found: String,
        /// The first slice.
        first: String,
        /// The first slice's program version.
        expected: String,
    },
    /// Another seed.
    Seed {
        /// The file.
        file: String,
        /// Its seed.
        found: u64,
        /// The first slice.
        first: String,
        /// The first slice's seed.
        expected: u64,
    },
    /// Computed on other data.
    Data {
        /// The file.
        file: String,
        /// The first slice.
        first: String,
    },
    /// Other settings (learner, trees, K, the curve's sets, replications...).
    Settings {
        /// The file.
        file: String,
        /// The first slice.
        first: String,
    },
    /// The run was cut into another number of slices.
    Count {
        /// The file.
        file: String,
        /// Its `N`.
        found: usize,
        /// The first slice.
        first: String,
        /// The first slice's `N`.
        expected: usize,
    },
    /// The file's records are not slice `I/N` of the run (edited or cut short).
    Inconsistent {
        /// The file.
        file: String,
        /// The slice it claims to be.
        shard: Shard,
    },
    /// The same slice given twice.
    Duplicate {
        /// The slice.
        shard: Shard,
        /// Every file that holds it.
        files: Vec<String>,
    },
    /// A slice is missing.
    Missing {
        /// The slice.
        shard: Shard,
    },
    /// The data file changed after the slices were computed (report merges read it again).
    DataChanged {
        /// The data as the slices name it.
        data: String,
        /// The first slice.
        first: String,
    },
}

/// Slices that belong together, in item order.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The first slice's header (its `results` hold every item of the run).
    pub run: ShardFile,
    /// The files, in slice order.
    pub files: Vec<PathBuf>,
}

fn name(p: &Path) -> String {
    p.display().to_string()
}

/// Read one slice file.
pub fn read_slice(path: &Path) -> Result<ShardFile, MergeProblem> {
    let file = name(path);
    let bytes =
        std::fs::read(path).map_err(|e| MergeProblem::Unreadable { file: file.clone(), error: e.to_string() })?;
    let not = |detail: String| MergeProblem::NotASlice { file: file.clone(), detail };
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| not(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(not(format!("no \"format\": \"{FORMAT}\"")));
    }
    match value.get("format_version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(found) => return Err(MergeProblem::FormatVersion { file, found }),
        None => return Err(not("no \"format_version\"".into())),
    }
    let slice: ShardFile = serde_json::from_value(value).map_err(|e| not(e.to_string()))?;
    let (index, count) = (slice.shard.index, slice.shard.count);
    if count == 0 || count > super::MAX_SHARDS || index == 0 || index > count {
        return Err(MergeProblem::Inconsistent { file, shard: slice.shard });
    }
    if slice.results.kind() != slice.command {
        return Err(not(format!("{} records in a {} slice", slice.results.kind().command(), slice.command.command())));
    }
    Ok(slice)
}

/// True when the slice holds exactly the items its `shard` names, in order, and its
/// fingerprint is that of its identity (an edited header changes it).
fn consistent(s: &ShardFile) -> bool {
    let range = slice_range(s.shard.index, s.shard.count, s.items);
    s.fingerprint == s.identity_hash()
        && s.first == range.start
        && s.end == range.end
        && s.results.indices() == range.collect::<Vec<_>>()
}

/// What differs between slice `s` (file `file`) and the first slice `f` (file `first`), if
/// anything: the first difference in the order command, program, seed, data, settings, `N`.
fn mismatch(file: &str, s: &ShardFile, first: &str, f: &ShardFile) -> Option<MergeProblem> {
    let (file, first) = (file.to_string(), first.to_string());
    Some(if s.command != f.command {
        MergeProblem::Mixed { file, command: s.command, first, first_command: f.command }
    } else if s.program_version != f.program_version {
        MergeProblem::Version { file, found: s.program_version.clone(), first, expected: f.program_version.clone() }
    } else if s.seed != f.seed {
        MergeProblem::Seed { file, found: s.seed, first, expected: f.seed }
    } else if s.data.as_ref().map(|d| d.key()) != f.data.as_ref().map(|d| d.key()) {
        MergeProblem::Data { file, first }
    } else if s.settings != f.settings || s.items != f.items {
        MergeProblem::Settings { file, first }
    } else if s.shard.count != f.shard.count {
        MergeProblem::Count { file, found: s.shard.count, first, expected: f.shard.count }
    } else {
        return None;
    })
}

/// Read `paths` and check that they are every slice of one run, each once: same command,
/// program version, seed, data, settings and `N`. Every problem is reported.
pub fn merge_files(paths: &[PathBuf]) -> Result<Merged, MergeError> {
    let mut problems = Vec::new();
    let mut slices: Vec<(PathBuf, ShardFile)> = Vec::new();
    for p in paths {
        match read_slice(p) {
            Ok(s) => slices.push((p.clone(), s)),
            Err(e) => problems.push(e),
        }
    }
    let Some((first_path, first)) = slices.first().cloned() else {
        return Err(MergeError { problems });
    };
    let first_name = name(&first_path);
    // Slices of this run by index (1-based), each with the files that hold it.
    let mut by_index: Vec<Vec<(PathBuf, ShardFile)>> = vec![Vec::new(); first.shard.count + 1];
    for (path, s) in slices {
        let file = name(&path);
        if let Some(p) = mismatch(&file, &s, &first_name, &first) {
            problems.push(p);
        } else if !consistent(&s) {
            problems.push(MergeProblem::Inconsistent { file, shard: s.shard });
        } else {
            by_index[s.shard.index].push((path, s));
        }
    }
    let count = first.shard.count;
    let mut ordered = Vec::with_capacity(count);
    for (index, held) in by_index.into_iter().enumerate().skip(1) {
        let shard = Shard { index, count };
        match held.len() {
            0 => problems.push(MergeProblem::Missing { shard }),
            1 => ordered.extend(held),
            _ => problems.push(MergeProblem::Duplicate { shard, files: held.iter().map(|(p, _)| name(p)).collect() }),
        }
    }
    if !problems.is_empty() {
        return Err(MergeError { problems });
    }
    let mut run = first;
    run.results = match run.command {
        RunKind::Simulate => Results::Replications(
            ordered
                .iter()
                .flat_map(|(_, s)| match &s.results {
                    Results::Replications(v) => v.clone(),
                    Results::Specifications(_) => Vec::new(),
                })
                .collect(),
        ),
        RunKind::Report => Results::Specifications(
            ordered
                .iter()
                .flat_map(|(_, s)| match &s.results {
                    Results::Specifications(v) => v.clone(),
                    Results::Replications(_) => Vec::new(),
                })
                .collect(),
        ),
    };
    Ok(Merged { run, files: ordered.into_iter().map(|(p, _)| p).collect() })
}
