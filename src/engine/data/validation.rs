//! The validation report: every problem found in an imported file, with where and what to do.
//!
//! Errors block the import; warnings and notes inform. Each finding names the file, the
//! column, the lines (1-based, as a spreadsheet or text editor shows them: the header is
//! line 1) and a remedy.

use super::panel::{ColumnData, Panel};
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Severity {
    /// Blocks the import.
    Error,
    /// The data can be used, but the user should know.
    Warning,
    /// For information only.
    Note,
}

impl Severity {
    /// Lower-case label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// What kind of problem a finding describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum FindingKind {
    /// The file could not be read.
    Unreadable,
    /// The bytes are not UTF-8.
    NotUtf8,
    /// No header or no data rows.
    Empty,
    /// A record has more or fewer fields than the header, or a quote is never closed.
    Malformed,
    /// A header name is empty or repeated.
    BadHeader,
    /// A required column is absent.
    MissingColumn,
    /// Text in a numeric column.
    NonNumeric,
    /// Numbers written with thousands separators or decimal commas.
    NumberFormat,
    /// A year is not a whole number in a plausible range.
    BadYear,
    /// Unit names that are not provinces in the registry.
    UnknownUnit,
    /// The same unit and year appear more than once.
    DuplicateUnitYear,
    /// Not every unit is observed in every year.
    Unbalanced,
    /// Empty cells in a column.
    MissingValues,
    /// A column with one value.
    ConstantColumn,
    /// No unit or year column: the data is used as a cross-section.
    CrossSection,
}

/// One problem, located.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Finding {
    /// Error, warning or note.
    pub severity: Severity,
    /// The kind of problem.
    pub kind: FindingKind,
    /// The column concerned, if any.
    pub column: Option<String>,
    /// Lines concerned (1-based; the header is line 1), at most a handful.
    pub lines: Vec<usize>,
    /// How many cells or rows are affected in total (may exceed `lines.len()`).
    pub count: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub remedy: String,
}

/// How many example lines a finding lists.
pub const MAX_LINES: usize = 5;

/// All findings for one file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Report {
    /// The file's name as shown to the user.
    pub file: String,
    /// Findings, errors first.
    pub findings: Vec<Finding>,
}

impl Report {
    /// An empty report for `file`.
    pub fn new(file: impl Into<String>) -> Report {
        Report { file: file.into(), findings: Vec::new() }
    }

    /// Add a finding.
    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        severity: Severity,
        kind: FindingKind,
        column: Option<&str>,
        lines: &[usize],
        count: usize,
        message: impl Into<String>,
        remedy: impl Into<String>,
    ) {
        self.findings.push(Finding {
            severity,
            kind,
            column: column.map(str::to_string),
            lines: lines.iter().copied().take(MAX_LINES).collect(),
            count,
            message: message.into(),
            remedy: remedy.into(),
        });
    }

    /// True when at least one finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Findings of a given kind.
    pub fn of_kind(&self, kind: FindingKind) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// Sort errors first, keeping the order of discovery within a severity.
    pub fn sort(&mut self) {
        self.findings.sort_by_key(|f| f.severity);
    }

    /// Render one finding as a single line with severity, file, column, lines and remedy.
    pub fn describe(&self, f: &Finding) -> String {
        format!("{}: {}", f.severity.label(), self.locate(f))
    }

    /// Like [`Report::describe`] without the severity word (the window shows it as a badge).
    pub fn locate(&self, f: &Finding) -> String {
        let mut s = self.file.clone();
        if let Some(c) = &f.column {
            s.push_str(&format!(", column \"{c}\""));
        }
        if !f.lines.is_empty() {
            let list: Vec<String> = f.lines.iter().map(usize::to_string).collect();
            let more = if f.count > f.lines.len() {
                format!(" (and {} more)", f.count - f.lines.len())
            } else {
                String::new()
            };
            s.push_str(&format!(", line{} {}{more}", if f.lines.len() > 1 { "s" } else { "" }, list.join(", ")));
        }
        s.push_str(&format!(": {}", f.message));
        if !f.remedy.is_empty() {
            s.push_str(&format!(" Remedy: {}", f.remedy));
        }
        s
    }
}

impl fmt::Display for Report {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.findings.is_empty() {
            return writeln!(out, "{}: no problems found", self.file);
        }
        for f in &self.findings {
            writeln!(out, "{}", self.describe(f))?;
        }
        let errors = self.findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = self.findings.iter().filter(|f| f.severity == Severity::Warning).count();
        writeln!(out, "{}: {errors} error(s), {warnings} warning(s)", self.file)
    }
}

/// Checks that need the assembled panel: duplicates, balance, missing values, constants.
///
/// `lines[i]` is the file line of panel row `i`.
pub fn check_panel(panel: &Panel, lines: &[usize], report: &mut Report) {
    if let (Some(unit), Some(year)) = (&panel.unit, &panel.year) {
        let mut keyed: Vec<(u32, i32, usize)> = (0..panel.n_rows()).map(|r| (unit.ids[r], year.years[r], r)).collect();
        keyed.sort_unstable();
        let mut dup_lines = Vec::new();
        let mut dup_pairs = Vec::new();
        for w in keyed.windows(2) {
            if w[0].0 == w[1].0 && w[0].1 == w[1].1 {
                dup_lines.push(lines[w[1].2]);
                if dup_pairs.len() < 3 {
                    dup_pairs.push(format!(
                        "{} {} (lines {} and {})",
                        unit.labels[w[0].0 as usize], w[0].1, lines[w[0].2], lines[w[1].2]
                    ));
                }
            }
        }
        if !dup_lines.is_empty() {
            dup_lines.sort_unstable();
            report.push(
                Severity::Error,
                FindingKind::DuplicateUnitYear,
                Some(&unit.column),
                &dup_lines,
                dup_lines.len(),
                format!("{} duplicate unit-year row(s), e.g. {}.", dup_lines.len(), dup_pairs.join("; ")),
                "Keep one row per unit and year (check for a repeated block or two spellings of one province).",
            );
        } else {
            let years = panel.years();
            let expected = unit.n_units() * years.len();
            if expected != panel.n_rows() {
                let mut have = vec![vec![false; years.len()]; unit.n_units()];
                for r in 0..panel.n_rows() {
                    let yi = years.binary_search(&year.years[r]).unwrap_or(0);
                    have[unit.ids[r] as usize][yi] = true;
                }
                let mut gaps = Vec::new();
                for (u, row) in have.iter().enumerate() {
                    for (yi, h) in row.iter().enumerate() {
                        if !h {
                            gaps.push(format!("{} {}", unit.labels[u], years[yi]));
                        }
                    }
                }
                report.push(
                    Severity::Warning,
                    FindingKind::Unbalanced,
                    Some(&year.column),
                    &[],
                    gaps.len(),
                    format!(
                        "unbalanced panel: {} units x {} years would be {expected} rows, {} are present; missing e.g. {}.",
                        unit.n_units(),
                        years.len(),
                        panel.n_rows(),
                        gaps.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
                    ),
                    "Estimation uses the rows present; lags and within transformations skip the gaps.",
                );
            }
        }
    }
    for c in &panel.columns {
        let ColumnData::Numeric(v) = &c.data else { continue };
        if panel.year.as_ref().is_some_and(|y| y.column == c.name) {
            continue;
        }
        let missing: Vec<usize> = v.iter().enumerate().filter(|(_, x)| x.is_nan()).map(|(r, _)| lines[r]).collect();
        if !missing.is_empty() {
            report.push(
                Severity::Warning,
                FindingKind::MissingValues,
                Some(&c.name),
                &missing,
                missing.len(),
                format!("{} of {} cells are empty.", missing.len(), v.len()),
                "Rows with missing values in a model's variables are dropped (listwise) and counted; \
                 or choose interpolation within unit in the Model view.",
            );
        }
        let mut finite = v.iter().copied().filter(|x| x.is_finite());
        if let Some(first) = finite.next()
            && finite.all(|x| x == first)
        {
            report.push(
                Severity::Warning,
                FindingKind::ConstantColumn,
                Some(&c.name),
                &[],
                v.len(),
                format!("the column has a single value ({first})."),
                "A constant cannot be a control, treatment or instrument, nor an index indicator; leave it out.",
            );
        }
    }
}
