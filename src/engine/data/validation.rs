//! The validation report: every problem found in an imported file, with where and what to do.
//!
//! Errors block the import; warnings and notes inform. Each finding names the file, the
//! column, the lines (1-based, as a spreadsheet or text editor shows them: the header is
//! line 1) and a remedy.

use super::notice::Notice;
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
    /// How the file is written: its separator, or a header that looks like another separator.
    Dialect,
    /// Too little data for what the app does: one row, or every unit in one year.
    Shape,
    /// The text was converted from another encoding (GBK, GB18030, UTF-16).
    Encoding,
    /// How a workbook was read: the sheet, title and footnote rows, merged cells.
    Workbook,
    /// Numbers stored as text in a workbook.
    NumbersAsText,
    /// A wide table (one column per year) reshaped to the panel, or why it could not be.
    Reshape,
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
    /// What is wrong, in English.
    pub message: String,
    /// What to do about it, in English.
    pub remedy: String,
    /// The typed finding behind `message` and `remedy`, so that the edge can word it in the
    /// user's language ([`crate::locale::import`]). Every finding of the import has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
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

    /// Add a finding: what was found as a typed [`Notice`], where (column, lines) and how
    /// many cells or rows. `message` and `remedy` keep its English wording (from
    /// [`crate::locale::import`]) for the JSON report and [`Report::describe`]; the window and
    /// `carbon-dml check --lang` word it again in the user's language.
    pub fn push_notice(
        &mut self,
        severity: Severity,
        kind: FindingKind,
        column: Option<&str>,
        lines: &[usize],
        count: usize,
        notice: Notice,
    ) {
        let (message, remedy) = crate::locale::import::words(&notice, crate::locale::Lang::En);
        self.findings.push(Finding {
            severity,
            kind,
            column: column.map(str::to_string),
            lines: lines.iter().copied().take(MAX_LINES).collect(),
            count,
            message,
            remedy,
            notice: Some(notice),
        });
    }

    /// The worksheets of the workbook this report is about (empty for a CSV file).
    pub fn sheets(&self) -> &[String] {
        self.findings.iter().find_map(|f| f.notice.as_ref().and_then(Notice::sheets)).unwrap_or(&[])
    }

    /// Renumber every finding's lines through `map` (index: line of the text that was
    /// imported; value: line or row of the user's file), after a workbook or a wide table was
    /// turned into CSV text.
    pub fn renumber(&mut self, map: &[usize]) {
        for f in &mut self.findings {
            let mut seen = Vec::with_capacity(f.lines.len());
            for l in &f.lines {
                let l = map.get(*l).copied().unwrap_or(*l);
                if !seen.contains(&l) {
                    seen.push(l);
                }
            }
            f.lines = seen;
        }
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
