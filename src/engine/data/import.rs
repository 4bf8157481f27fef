//! Panel import: bytes of a CSV file to a validated [`Panel`] and its [`Report`].
//!
//! Parsing choices are explicit in [`ImportOptions`] (rust-csv's habit): separator (sniffed
//! by default among comma, semicolon and tab), the unit and year columns (detected from
//! common names by default, an explicit choice always honoured). The import is one pass that
//! collects every problem: encoding, dialect, header, ragged rows, cells that are not
//! numbers, unknown unit names, bad years, duplicates, gaps, missing values and constants,
//! each once, with file, column, lines and remedy.
//!
//! Speed: one scan of the bytes finds the records (and fingerprints the file); polars' typed
//! reader parses the columns on every core; only cells polars refused are checked one by one
//! ([`super::columns`]). Numbers with thousands separators (`1,234`) or decimal commas
//! (`3,14`) are refused rather than misread.

use super::checks::check_panel;
use super::columns::{self, Source};
use super::dialect::{check_encoding, scan_records, sniff_separator};
use super::findings::{check_header, cross_section_note, encoding_finding, report_bad_cells};
use super::keys::{find_column, unit_index, year_index};
use super::notice::{KeyRole, Notice};
use super::panel::{Column, Panel};
use super::validation::{FindingKind, Report, Severity};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub use super::cells::{Cell, MISSING_TOKENS, parse_cell};
pub use super::keys::{UNIT_NAMES, YEAR_NAMES};

/// Which column identifies units or years.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ColumnChoice {
    /// Detect from common names (`province`, `unit`, `id`, `省份`; `year`, `年份`).
    #[default]
    Auto,
    /// Use this column.
    Named(String),
    /// There is none (cross-section).
    Absent,
}

/// Parsing and mapping choices for an import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Field separator; `None` sniffs comma, semicolon or tab from the header.
    pub separator: Option<u8>,
    /// Unit column.
    pub unit: ColumnChoice,
    /// Year column.
    pub year: ColumnChoice,
    /// Worksheet of a workbook (`.xlsx`, `.xls`): a name, or a number from 1; `None` reads the
    /// first sheet. Ignored for CSV files.
    pub sheet: Option<String>,
    /// Read the table as wide (one row per unit, one column per year) holding this variable,
    /// and reshape it to the panel ([`super::wide`]). `unit` then names the wide table's unit
    /// column (the first column by default) and `year` is ignored.
    pub wide: Option<String>,
}

/// A successful import: the panel and the warnings and notes about it.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The data.
    pub panel: Panel,
    /// Warnings and notes (no errors).
    pub report: Report,
    /// File line of each panel row.
    pub lines: Vec<usize>,
}

/// Progress callback: a fraction in [0, 1].
pub type ProgressFn = Arc<dyn Fn(f32) + Send + Sync>;

/// How an import runs: cancellation, progress, and which reader parses the cells.
#[derive(Clone, Default)]
pub struct ImportControl {
    /// Checked between stages (reading, scanning, parsing, each column); set it to stop.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Told the fraction done after each stage.
    pub progress: Option<ProgressFn>,
    /// Check every cell here instead of polars' typed reader (the reference path that tests
    /// and fuzz targets compare the fast path against).
    pub per_cell: bool,
}

impl ImportControl {
    fn cancelled(&self) -> bool {
        self.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed))
    }

    fn report(&self, fraction: f32) {
        if let Some(p) = &self.progress {
            p(fraction);
        }
    }
}

/// Why an import did not give a panel.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    /// The file has errors; the report lists every problem found.
    #[error("{0}")]
    Invalid(Report),
    /// The import was cancelled.
    #[error("the import was cancelled")]
    Cancelled,
}

/// Import a file from disk. A read failure is reported as an error finding.
pub fn import_path(path: &std::path::Path, options: &ImportOptions) -> Result<Imported, Report> {
    import_path_with(path, options, &ImportControl::default()).map_err(|e| match e {
        ImportError::Invalid(r) => r,
        ImportError::Cancelled => Report::new(path.display().to_string()),
    })
}

/// As [`import_path`], with cancellation and progress (the window's background import).
pub fn import_path_with(
    path: &std::path::Path,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let bytes = read_file(path, control).map_err(|e| match e {
        ReadFailure::Cancelled => ImportError::Cancelled,
        ReadFailure::Io(e) => {
            let mut r = Report::new(path.display().to_string());
            let notice = Notice::Unreadable { reason: e.to_string() };
            r.push_notice(Severity::Error, FindingKind::Unreadable, None, &[], 0, notice);
            ImportError::Invalid(r)
        }
    })?;
    import_core(bytes, &name, options, control)
}

enum ReadFailure {
    Io(std::io::Error),
    Cancelled,
}

/// A file's bytes: read into memory, or mapped (large files).
enum FileBytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl AsRef<[u8]> for FileBytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            FileBytes::Read(v) => v,
            FileBytes::Mapped(m) => m,
        }
    }
}

/// Files at least this large are memory-mapped rather than read (as polars' own reader does):
/// no copy, no zeroed pages to fault in. The map is populated at once (`MAP_POPULATE`), so
/// the reading threads do not take a page fault per 4 KiB.
pub const MAP_AT_BYTES: u64 = 64 << 20;

/// The whole file: mapped when large, else read in 16 MiB pieces, reporting progress up to
/// 0.25 and checking cancel.
fn read_file(path: &std::path::Path, control: &ImportControl) -> Result<FileBytes, ReadFailure> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(ReadFailure::Io)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len >= MAP_AT_BYTES {
        // SAFETY: the map is read-only and private to this import; like polars' `read_csv`, it
        // assumes no other program truncates the file while it is being read (a truncation
        // would end the process with SIGBUS; a file rewritten in place gives a wrong report,
        // never wrong memory accesses of ours). The map is dropped before the panel is built.
        if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
            control.report(0.25);
            return Ok(FileBytes::Mapped(map));
        }
    }
    let size = len as usize;
    // Read straight into the buffer (one copy), in pieces so that progress and cancel work.
    let mut bytes = vec![0u8; size];
    let mut filled = 0usize;
    const PIECE: usize = 16 << 20;
    loop {
        if control.cancelled() {
            return Err(ReadFailure::Cancelled);
        }
        if filled == bytes.len() {
            // The file may have grown since its size was read: keep reading until the end.
            bytes.resize(filled + PIECE, 0);
        }
        let end = (filled + PIECE).min(bytes.len());
        let n = file.read(&mut bytes[filled..end]).map_err(ReadFailure::Io)?;
        if n == 0 {
            bytes.truncate(filled);
            return Ok(FileBytes::Read(bytes));
        }
        filled += n;
        if size > 0 {
            control.report(0.25 * (filled as f32 / size as f32).min(1.0));
        }
    }
}

/// Import CSV bytes named `name` (for messages). Errors come back as a report with at least
/// one error finding; warnings travel with the panel.
pub fn import_bytes(bytes: &[u8], name: &str, options: &ImportOptions) -> Result<Imported, Report> {
    import_bytes_with(bytes, name, options, &ImportControl::default()).map_err(|e| match e {
        ImportError::Invalid(r) => r,
        ImportError::Cancelled => Report::new(name),
    })
}

/// As [`import_bytes`], with cancellation, progress and the choice of reader.
pub fn import_bytes_with(
    bytes: &[u8],
    name: &str,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    import_core(bytes, name, options, control)
}

pub(super) fn invalid<T>(mut report: Report) -> Result<T, ImportError> {
    report.sort();
    Err(ImportError::Invalid(report))
}

/// The import: a workbook, a wide table or a CSV file in another encoding become CSV text
/// first ([`super::source`]), then [`import_text`] reads it.
fn import_core<B: AsRef<[u8]>>(
    bytes: B,
    name: &str,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    super::source::import_any(bytes, name, options, control)
}

/// The CSV import of UTF-8 text. `bytes` is taken by value so that an owned buffer (a file
/// read from disk) is freed as soon as the cells polars refused have been checked, before the
/// columns are copied. `report` may already hold what an earlier stage found.
pub(super) fn import_text<B: AsRef<[u8]>>(
    bytes: B,
    mut report: Report,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    let name = report.file.clone();
    let name = name.as_str();
    let all = bytes.as_ref();
    let body = all.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(all);
    // The header and the first records (to choose column types) come from the beginning of
    // the file; the whole file is checked for UTF-8 and scanned beside polars' parse, on
    // another thread.
    let head_text = match check_encoding(prefix(body, columns::SAMPLE_ROWS + 1)) {
        Ok(t) => t,
        Err(problem) => {
            encoding_finding(&problem, &mut report);
            return invalid(report);
        }
    };
    let sep = options.separator.unwrap_or_else(|| sniff_separator(head_text));
    let head = scan_records(head_text, sep);
    if head.header.is_empty() || head.header.iter().all(String::is_empty) {
        report.push_notice(Severity::Error, FindingKind::Empty, None, &[], 0, Notice::EmptyFile);
        return invalid(report);
    }
    let header = head.header.clone();
    let unit_col = find_column(&header, &options.unit, UNIT_NAMES, KeyRole::Unit, &mut report);
    let year_col = find_column(&header, &options.year, YEAR_NAMES, KeyRole::Year, &mut report);
    let text_cols: Vec<bool> = (0..header.len()).map(|i| Some(i) == unit_col).collect();
    let fast = !control.per_cell;
    let numeric = columns::sample_kinds(head_text, sep, &head.starts, &text_cols);
    let polars_body = &body[head.header_end.min(body.len())..];
    let scan_all = || {
        let text = check_encoding(body)?;
        Ok((text, scan_records(text, sep), super::panel::content_hash(all)))
    };
    let (scanned, polars) = std::thread::scope(|s| {
        let scanner = std::thread::Builder::new().name("csv-scan".into()).spawn_scoped(s, scan_all);
        let polars = if fast && !ends_in_open_quote(polars_body, sep) {
            columns::polars_read(polars_body, sep, &numeric)
        } else {
            None
        };
        let scanned = scanner.ok().and_then(|h| h.join().ok());
        (scanned.unwrap_or_else(scan_all), polars)
    });
    let (text, scan, content_hash) = match scanned {
        Ok(x) => x,
        Err(problem) => {
            encoding_finding(&problem, &mut report);
            return invalid(report);
        }
    };
    control.report(0.6);
    if control.cancelled() {
        return Err(ImportError::Cancelled);
    }
    if let Some(line) = scan.unterminated_quote {
        report.push_notice(Severity::Error, FindingKind::Malformed, None, &[line], 1, Notice::UnterminatedQuote);
        return invalid(report);
    }
    check_header(&header, sep, &mut report);
    if !scan.ragged.is_empty() {
        let first = scan.ragged[0];
        let at: Vec<usize> = scan.ragged.iter().map(|r| r.line).collect();
        let notice = Notice::RaggedRows {
            count: scan.ragged.len(),
            columns: header.len(),
            separator: sep,
            line: first.line,
            fields: first.fields,
        };
        report.push_notice(Severity::Error, FindingKind::Malformed, None, &at, scan.ragged.len(), notice);
    }
    if scan.n_records() == 0 {
        report.push_notice(Severity::Error, FindingKind::Empty, None, &[], 0, Notice::NoDataRows);
        return invalid(report);
    }
    let src = Source { text, sep, scan: &scan };
    let cancel = control.cancel.as_deref();
    // Where a stray quote or a ragged record makes the file's structure ambiguous, polars may
    // split it otherwise than the scan did; the per-cell reader follows the scan (and the
    // file already has errors, or is rare), so both readers give one report.
    let polars = polars.filter(|_| !scan.stray_quotes && scan.ragged.is_empty());
    let pending = polars.and_then(|p| columns::check_refused(src, p, &text_cols));
    let reads = match pending {
        Some(pending) => {
            drop(bytes);
            columns::finish(pending, cancel)
        }
        None => columns::read_per_cell(src, &text_cols, cancel),
    }
    .map_err(|_| ImportError::Cancelled)?;
    control.report(0.85);
    let lines = &scan.lines;
    let mut usable = vec![true; lines.len()];
    let unit = unit_col.map(|ci| unit_index(&header[ci], &reads[ci], lines, &mut usable, &mut report));
    let year = year_col.map(|ci| year_index(&header[ci], &reads[ci], lines, &mut usable, &mut report));
    let mut columns = Vec::with_capacity(header.len());
    let mut bad_rows = Vec::with_capacity(header.len());
    for (ci, (h, read)) in header.iter().zip(reads).enumerate() {
        if Some(ci) != year_col {
            report_bad_cells(h, &read.bad, lines, &mut report);
        }
        bad_rows.push(read.bad.iter().map(|b| b.row).collect::<Vec<_>>());
        columns.push(Column { name: h.clone(), data: read.data });
    }
    if unit.is_none() || year.is_none() {
        cross_section_note(unit.is_none(), year.is_none(), &mut report);
    }
    let panel = Panel { source: name.to_string(), content_hash, columns, unit, year };
    check_panel(&panel, lines, &usable, &bad_rows, &mut report);
    control.report(1.0);
    if report.has_errors() {
        return invalid(report);
    }
    report.sort();
    let lines = scan.lines;
    Ok(Imported { panel, report, lines })
}

/// True when the last byte opens a quoted field (`...,"` or a line of just `"`): the quote is
/// never closed, the scan reports it, and polars 0.55's reader panics on such a file
/// (`builder.rs:141`, found by fuzzing; the panic is caught, but its message would reach the
/// terminal), so polars is not asked.
fn ends_in_open_quote(body: &[u8], sep: u8) -> bool {
    match body {
        [.., before, b'"'] => *before == sep || *before == b'\n',
        [b'"'] => true,
        _ => false,
    }
}

/// The bytes up to the end of their `lines`-th line (all of them when shorter).
fn prefix(bytes: &[u8], lines: usize) -> &[u8] {
    let mut end = 0;
    for _ in 0..lines {
        match memchr::memchr(b'\n', &bytes[end..]) {
            Some(i) => end += i + 1,
            None => return bytes,
        }
    }
    &bytes[..end]
}
