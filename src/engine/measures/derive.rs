//! Adding the study's derived variables to a panel: DCP and sub-indices, CEE, CIWB, ISU, K, TFEE.
//!
//! [`add_derived`] computes every derived variable whose inputs are present (always the case
//! for the bundled sample) and reports, for each, whether it was computed (with remarks),
//! already in the data (kept as is, never overwritten), skipped (which columns are missing)
//! or failed (why). Missing values propagate as NaN. Call it on the imported panel: columns
//! it added earlier count as "in the data" on a second call.

use super::capital::capital_stock;
pub use super::derived_note::{DerivedNote, MissingInput, TfeeNote};
use super::index::compute_index;
use super::ratios::{RatioOutput, cee, ciwb, isu};
use super::spec::MeasureSpec;
use super::tfee::{TfeeMethod, TfeeProgress, compute_tfee_with};
use crate::engine::data::Panel;
use serde::Serialize;
use std::fmt;

/// Name of the composite index column.
pub const DCP: &str = "DCP";
/// Name of the carbon economic efficiency column.
pub const CEE: &str = "CEE";
/// Name of the welfare carbon intensity column.
pub const CIWB: &str = "CIWB";
/// Name of the industrial structure upgrading column.
pub const ISU: &str = "ISU";
/// Name of the capital stock column.
pub const K: &str = "K";
/// Name of the total-factor energy efficiency column.
pub const TFEE: &str = "TFEE";

/// Column name of the sub-index of `dimension`: `DCP_<dimension>`.
pub fn sub_index_name(dimension: &str) -> String {
    format!("{DCP}_{dimension}")
}

/// What happened to one derived variable.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DerivedStatus {
    /// Computed and added, with remarks (rows left missing, values adjusted).
    Computed {
        /// Remarks for the user.
        notes: Vec<DerivedNote>,
    },
    /// A column of that name is in the data: kept, not recomputed.
    InData,
    /// Inputs absent: not computed.
    Skipped {
        /// The absent (or unmapped) inputs.
        missing: Vec<MissingInput>,
    },
    /// Inputs present but the computation failed.
    Failed {
        /// Why (serialized as its English wording).
        #[serde(serialize_with = "english")]
        reason: DerivedFailure,
    },
}

/// Why a derived variable could not be computed: the error of its computation.
#[derive(Clone, Debug, PartialEq)]
pub enum DerivedFailure {
    /// The composite index (DCP).
    Index(super::index::IndexError),
    /// The capital stock (K).
    Capital(super::capital::CapitalError),
    /// Total-factor energy efficiency (TFEE).
    Tfee(super::tfee::TfeeError),
}

impl fmt::Display for DerivedFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DerivedFailure::Index(e) => e.fmt(f),
            DerivedFailure::Capital(e) => e.fmt(f),
            DerivedFailure::Tfee(e) => e.fmt(f),
        }
    }
}

fn english<S: serde::Serializer>(reason: &DerivedFailure, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(reason)
}

/// One derived variable and its status.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DerivedEntry {
    /// Column name.
    pub name: String,
    /// What happened.
    pub status: DerivedStatus,
}

/// The status of every derived variable, in the order they are computed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DerivedReport {
    /// One entry per derived variable.
    pub entries: Vec<DerivedEntry>,
}

impl DerivedReport {
    /// The status of `name`.
    pub fn status(&self, name: &str) -> Option<&DerivedStatus> {
        self.entries.iter().find(|e| e.name == name).map(|e| &e.status)
    }

    /// Names of the columns that were added.
    pub fn added(&self) -> Vec<&str> {
        self.entries
            .iter()
            .filter(|e| matches!(e.status, DerivedStatus::Computed { .. }))
            .map(|e| e.name.as_str())
            .collect()
    }

    fn push(&mut self, name: &str, status: DerivedStatus) {
        self.entries.push(DerivedEntry { name: name.to_string(), status });
    }
}

impl fmt::Display for DerivedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.entries {
            match &e.status {
                DerivedStatus::Computed { notes } if notes.is_empty() => writeln!(f, "{}: computed", e.name)?,
                DerivedStatus::Computed { notes } => writeln!(f, "{}: computed ({})", e.name, joined(notes, "; "))?,
                DerivedStatus::InData => writeln!(f, "{}: taken from the data (not recomputed)", e.name)?,
                DerivedStatus::Skipped { missing } => writeln!(
                    f,
                    "{}: not computed, missing or non-numeric column(s): {}",
                    e.name,
                    joined(missing, ", ")
                )?,
                DerivedStatus::Failed { reason } => writeln!(f, "{}: failed: {reason}", e.name)?,
            }
        }
        Ok(())
    }
}

fn joined<T: fmt::Display>(items: &[T], separator: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
}

/// `Ok(names)` when every mapped column is in the panel, else the missing ones.
fn require<'a>(panel: &Panel, cols: &[(&'static str, &'a Option<String>)]) -> Result<Vec<&'a str>, Vec<MissingInput>> {
    let mut missing = Vec::new();
    let mut names = Vec::new();
    for (role, c) in cols {
        match c {
            None => missing.push(MissingInput::NotMapped(role)),
            Some(c) if panel.numeric(c).is_none() => missing.push(MissingInput::Column(c.clone())),
            Some(c) => names.push(c.as_str()),
        }
    }
    if missing.is_empty() { Ok(names) } else { Err(missing) }
}

fn ratio_notes(panel: &Panel, out: &RatioOutput, divisor: &'static str) -> Vec<DerivedNote> {
    let mut notes = Vec::new();
    if out.missing > 0 {
        notes.push(DerivedNote::InputMissing { rows: out.missing });
    }
    if let Some(&first) = out.nonpositive_rows.first() {
        notes.push(DerivedNote::NonPositive {
            rows: out.nonpositive_rows.len(),
            divisor,
            first: super::place(panel, first),
        });
    }
    if let Some(&first) = out.overflow_rows.first() {
        notes.push(DerivedNote::Overflow { rows: out.overflow_rows.len(), first: super::place(panel, first) });
    }
    notes
}

fn add_ratio(
    panel: &mut Panel,
    report: &mut DerivedReport,
    name: &str,
    cols: &[(&'static str, &Option<String>)],
    what: &'static str,
    f: impl Fn(&[&[f64]]) -> RatioOutput,
) {
    if panel.column(name).is_some() {
        return report.push(name, DerivedStatus::InData);
    }
    match require(panel, cols) {
        Err(missing) => report.push(name, DerivedStatus::Skipped { missing }),
        Ok(names) => {
            let data: Vec<&[f64]> = names.iter().map(|c| panel.numeric(c).unwrap_or(&[])).collect();
            let out = f(&data);
            let notes = ratio_notes(panel, &out, what);
            panel.set_numeric(name, out.values);
            report.push(name, DerivedStatus::Computed { notes });
        }
    }
}

fn add_index(panel: &mut Panel, spec: &MeasureSpec, report: &mut DerivedReport) {
    if panel.column(DCP).is_some() {
        return report.push(DCP, DerivedStatus::InData);
    }
    let inds = &spec.columns.indicators;
    if inds.is_empty() {
        return report.push(DCP, DerivedStatus::Skipped { missing: vec![MissingInput::NoIndicators] });
    }
    let missing: Vec<MissingInput> = inds
        .iter()
        .filter(|i| panel.column(&i.column).is_none())
        .map(|i| MissingInput::Column(i.column.clone()))
        .collect();
    if !missing.is_empty() {
        return report.push(DCP, DerivedStatus::Skipped { missing });
    }
    match compute_index(panel, inds, &spec.index) {
        Err(e) => report.push(DCP, DerivedStatus::Failed { reason: DerivedFailure::Index(e) }),
        Ok(res) => {
            let n = panel.n_rows();
            let mut notes = Vec::new();
            if res.rows_used < n {
                notes.push(DerivedNote::IndicatorMissing { rows: n - res.rows_used });
            }
            panel.set_numeric(DCP, res.index);
            report.push(DCP, DerivedStatus::Computed { notes });
            for (d, values) in res.dimensions.iter().zip(res.sub_indices) {
                let name = sub_index_name(d);
                if panel.column(&name).is_some() {
                    report.push(&name, DerivedStatus::InData);
                } else {
                    panel.set_numeric(&name, values);
                    report.push(&name, DerivedStatus::Computed { notes: Vec::new() });
                }
            }
        }
    }
}

fn add_capital(panel: &mut Panel, spec: &MeasureSpec, report: &mut DerivedReport) {
    if panel.column(K).is_some() {
        return report.push(K, DerivedStatus::InData);
    }
    let deflator = spec.capital.deflator.clone();
    let mut cols = vec![("investment", &spec.columns.investment)];
    if deflator.is_some() {
        cols.push(("deflator", &deflator));
    }
    let inv = match require(panel, &cols) {
        Err(missing) => return report.push(K, DerivedStatus::Skipped { missing }),
        Ok(names) => names[0].to_string(),
    };
    match capital_stock(panel, &inv, &spec.capital) {
        Err(e) => report.push(K, DerivedStatus::Failed { reason: DerivedFailure::Capital(e) }),
        Ok(out) => {
            let notes = out.notes.into_iter().map(DerivedNote::Capital).collect();
            panel.set_numeric(K, out.values);
            report.push(K, DerivedStatus::Computed { notes });
        }
    }
}

fn add_tfee(panel: &mut Panel, spec: &MeasureSpec, report: &mut DerivedReport, progress: Option<&TfeeProgress>) {
    if panel.column(TFEE).is_some() {
        return report.push(TFEE, DerivedStatus::InData);
    }
    let t = &spec.tfee;
    let missing: Vec<MissingInput> = t
        .inputs
        .iter()
        .chain(&t.good)
        .chain(&t.bad)
        .filter(|c| panel.numeric(c).is_none())
        .map(|c| MissingInput::Column(c.clone()))
        .collect();
    if !missing.is_empty() {
        return report.push(TFEE, DerivedStatus::Skipped { missing });
    }
    match compute_tfee_with(panel, t, TfeeMethod::Reduced, progress) {
        Err(e) => report.push(TFEE, DerivedStatus::Failed { reason: DerivedFailure::Tfee(e) }),
        Ok(res) => {
            let mut notes: Vec<DerivedNote> = res.notes.iter().cloned().map(DerivedNote::Tfee).collect();
            for (status, count) in res.status_counts() {
                if !status.has_score() && status != super::sbm::DmuStatus::Missing {
                    notes.push(DerivedNote::Unscored { count, status });
                }
            }
            panel.set_numeric(TFEE, res.scores());
            report.push(TFEE, DerivedStatus::Computed { notes });
        }
    }
}

/// Add every derived variable whose inputs are present in `panel` (see the module docs).
pub fn add_derived(panel: &mut Panel, spec: &MeasureSpec) -> DerivedReport {
    add_derived_with_progress(panel, spec, None)
}

/// As [`add_derived`], counting the TFEE programs in `progress` (the slow part on large panels).
pub fn add_derived_with_progress(
    panel: &mut Panel,
    spec: &MeasureSpec,
    progress: Option<&TfeeProgress>,
) -> DerivedReport {
    add_derived_except(panel, spec, progress, &[])
}

/// As [`add_derived_with_progress`], leaving out the derived variables named in `skip`
/// ([`DCP`], [`CEE`], [`CIWB`], [`ISU`], [`K`], [`TFEE`]; no entry in the report for them):
/// `carbon-dml tfee` computes TFEE with its own settings and does not want the default one
/// computed first.
pub fn add_derived_except(
    panel: &mut Panel,
    spec: &MeasureSpec,
    progress: Option<&TfeeProgress>,
    skip: &[&str],
) -> DerivedReport {
    let mut report = DerivedReport::default();
    let wanted = |name: &str| !skip.contains(&name);
    if wanted(DCP) {
        add_index(panel, spec, &mut report);
    }
    let c = &spec.columns;
    if wanted(CEE) {
        add_ratio(panel, &mut report, CEE, &[("gdp", &c.gdp), ("co2", &c.co2)], "co2", |d| cee(d[0], d[1]));
    }
    if wanted(CIWB) {
        add_ratio(
            panel,
            &mut report,
            CIWB,
            &[("co2", &c.co2), ("population", &c.population), ("life expectancy", &c.life_expectancy)],
            "population",
            |d| ciwb(d[0], d[1], d[2]),
        );
    }
    if wanted(ISU) {
        add_ratio(
            panel,
            &mut report,
            ISU,
            &[("share1", &c.share1), ("share2", &c.share2), ("share3", &c.share3)],
            "",
            |d| isu(d[0], d[1], d[2]),
        );
    }
    if wanted(K) {
        add_capital(panel, spec, &mut report);
    }
    if wanted(TFEE) {
        add_tfee(panel, spec, &mut report, progress);
    }
    report
}
