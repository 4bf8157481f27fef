//! The slice file: one JSON object that names its format, the program and the run it belongs to
//! (command, settings, seed, data), which slice it is, and one record per item.
//!
//! ```json
//! { "format": "carbon-dml slice", "format_version": 1, "program_version": "0.1.0",
//!   "command": "simulate", "shard": {"index": 2, "count": 3}, "items": 12, "first": 4, "end": 8,
//!   "seed": 42, "data": null, "settings": "<RON>", "fingerprint": "<16 hex digits>",
//!   "results": {"replications": [{"replication": 4, "rows": 500, "truth": "0.5",
//!                                 "estimates": [["0.98", "0.05"], ...]}, ...]} }
//! ```
//!
//! `settings` is the run's every setting as RON text (the scenario and the curve's sets, or the
//! lab experiment); `fingerprint` hashes the program version, command, item count, seed, data
//! and settings, so two slices of one run have the same fingerprint. `first..end` are the global
//! item indices of the slice (0-based, end excluded).

use super::Shard;
use super::records::{RepRecord, SpecRecord};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The `format` of every slice file.
pub const FORMAT: &str = "carbon-dml slice";

/// The version of the slice format this program reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Which command a slice belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    /// `carbon-dml simulate`: replications.
    Simulate,
    /// `carbon-dml report --spec-curve`: specifications of the curve.
    Report,
}

impl RunKind {
    /// The command's name (`simulate`, `report`).
    pub fn command(self) -> &'static str {
        match self {
            RunKind::Simulate => "simulate",
            RunKind::Report => "report",
        }
    }
}

/// The data a `report` slice was computed on: how it was read, and a hash of its bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataIdentity {
    /// The data file as an absolute path (`None`: the bundled sample).
    pub file: Option<String>,
    /// `--sheet`.
    pub sheet: Option<String>,
    /// `--wide`.
    pub wide: Option<String>,
    /// `--unit`.
    pub unit: Option<String>,
    /// `--year`.
    pub year: Option<String>,
    /// The panel's source label.
    pub source: String,
    /// The content hash of the text the panel was read from, 16 hex digits.
    pub content_hash: String,
}

impl DataIdentity {
    /// What must agree between slices: the bytes and how they were read, not where the file
    /// lies (machines may mount it at different paths).
    pub fn key(&self) -> (&str, &Option<String>, &Option<String>, &Option<String>, &Option<String>) {
        (&self.content_hash, &self.sheet, &self.wide, &self.unit, &self.year)
    }
}

/// The settings of a `report --spec-curve` run: the scenario (with `--trees`, `--seed` applied)
/// and the curve's sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurveSettings {
    /// The battery's baseline.
    pub scenario: crate::engine::scenario::Scenario,
    /// The curve's sets.
    pub spec_curve: crate::engine::battery::SpecCurveSpec,
}

/// Settings as the RON text a slice records (one line, the same bytes on every system).
pub fn settings_text<T: Serialize>(settings: &T) -> String {
    ron::ser::to_string(settings).unwrap_or_default()
}

/// Each item's record.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Results {
    /// `simulate`.
    Replications(Vec<RepRecord>),
    /// `report --spec-curve`.
    Specifications(Vec<SpecRecord>),
}

impl Results {
    /// The global index of every record, in file order.
    pub fn indices(&self) -> Vec<usize> {
        match self {
            Results::Replications(v) => v.iter().map(|r| r.replication).collect(),
            Results::Specifications(v) => v.iter().map(|r| r.spec).collect(),
        }
    }

    /// The command these records belong to.
    pub fn kind(&self) -> RunKind {
        match self {
            Results::Replications(_) => RunKind::Simulate,
            Results::Specifications(_) => RunKind::Report,
        }
    }
}

/// One slice of a run, as written to its file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ShardFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub format_version: u32,
    /// The writing program's version (`CARGO_PKG_VERSION`).
    pub program_version: String,
    /// The command.
    pub command: RunKind,
    /// Which slice.
    pub shard: Shard,
    /// Items of the whole run.
    pub items: usize,
    /// First global item of the slice.
    pub first: usize,
    /// One past its last.
    pub end: usize,
    /// The master seed.
    pub seed: u64,
    /// The data (`report`; `None` for `simulate`, which draws its own).
    pub data: Option<DataIdentity>,
    /// Every setting of the run, as RON text.
    pub settings: String,
    /// Hash of the run's identity (see the module docs), 16 hex digits.
    pub fingerprint: String,
    /// The slice's records, in item order.
    pub results: Results,
}

/// FNV-1a of `bytes`.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

impl ShardFile {
    /// A slice of the run `command` with these settings, holding `results`.
    pub fn new(
        command: RunKind,
        shard: Shard,
        items: usize,
        seed: u64,
        data: Option<DataIdentity>,
        settings: String,
        results: Results,
    ) -> ShardFile {
        let range = shard.range(items);
        let mut f = ShardFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            program_version: env!("CARGO_PKG_VERSION").into(),
            command,
            shard,
            items,
            first: range.start,
            end: range.end,
            seed,
            data,
            settings,
            fingerprint: String::new(),
            results,
        };
        f.fingerprint = f.identity_hash();
        f
    }

    /// The hash of what makes two slices parts of one run.
    pub fn identity_hash(&self) -> String {
        let identity = serde_json::json!([
            self.program_version,
            self.command,
            self.items,
            self.seed,
            self.data.as_ref().map(DataIdentity::key),
            self.settings
        ]);
        format!("{:016x}", fnv(identity.to_string().as_bytes()))
    }

    /// The file's text: pretty JSON ending with a newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Write the slice to `path` atomically (a half-written slice is never seen by `merge`).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        crate::engine::report::atomic_write(path, self.to_json().as_bytes())
    }
}

/// The file name of slice `shard` inside a report's output directory: `slice-2-of-3.json`.
pub fn slice_file_name(shard: Shard) -> String {
    format!("slice-{}-of-{}.json", shard.index, shard.count)
}
