//! Panel import: bytes of a CSV file to a validated [`Panel`] and its [`Report`].
//!
//! Parsing choices are explicit in [`ImportOptions`] (rust-csv's habit): separator (sniffed
//! by default among comma, semicolon and tab), the unit and year columns (detected from
//! common names by default) and whether unit names must be provinces. Polars tokenizes the
//! file with every column read as text; cells are then converted here so that each bad cell
//! can be reported with its line. Numbers with thousands separators (`1,234`) or decimal
//! commas (`3,14`) are refused rather than misread.

use super::dialect::{scan_records, separator_name, sniff_separator};
use super::panel::{Column, ColumnData, Panel, UnitIndex, YearIndex, fnv1a64};
use super::registry::Registry;
use super::validation::{FindingKind, Report, Severity, check_panel};
use std::io::Cursor;

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

/// Column names recognised as unit identifiers, in order of preference (lower case).
pub const UNIT_NAMES: &[&str] = &[
    "province",
    "unit",
    "id",
    "code",
    "prov",
    "province_code",
    "provcode",
    "province_name",
    "region_code",
    "city",
    "county",
    "unit_id",
    "name",
    "省份",
    "省",
    "地区",
    "城市",
    "省份代码",
];

/// Column names recognised as years (lower case).
pub const YEAR_NAMES: &[&str] = &["year", "yr", "年份", "年", "time", "t"];

/// Cells read as missing values (compared case-insensitively after trimming).
pub const MISSING_TOKENS: &[&str] = &["", "na", "n/a", "nan", "null", "none", "#n/a", ".", "-", "--", "..", "—"];

/// Import a file from disk. A read failure is reported as an error finding.
pub fn import_path(path: &std::path::Path, options: &ImportOptions) -> Result<Imported, Report> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    match std::fs::read(path) {
        Ok(bytes) => import_bytes(&bytes, &name, options),
        Err(e) => {
            let mut r = Report::new(path.display().to_string());
            r.push(
                Severity::Error,
                FindingKind::Unreadable,
                None,
                &[],
                0,
                format!("cannot read the file: {e}."),
                "Check the path and that the file is not open exclusively in another program.",
            );
            Err(r)
        }
    }
}

/// Import CSV bytes named `name` (for messages). Errors come back as a report with at least
/// one error finding; warnings travel with the panel.
pub fn import_bytes(bytes: &[u8], name: &str, options: &ImportOptions) -> Result<Imported, Report> {
    let mut report = Report::new(name);
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            let line = body[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            report.push(
                Severity::Error,
                FindingKind::NotUtf8,
                None,
                &[line],
                1,
                format!("the file is not UTF-8 text (invalid byte at offset {}).", e.valid_up_to()),
                "Save it as \"CSV UTF-8\" (Excel: Save As > CSV UTF-8; Chinese Excel often writes GBK).",
            );
            return Err(report);
        }
    };
    let sep = options.separator.unwrap_or_else(|| sniff_separator(text));
    let scan = scan_records(text, sep);
    if scan.header.is_empty() || scan.header.iter().all(String::is_empty) {
        report.push(
            Severity::Error,
            FindingKind::Empty,
            None,
            &[],
            0,
            "the file is empty.",
            "Choose a CSV file with a header row and data rows.",
        );
        return Err(report);
    }
    if let Some(line) = scan.unterminated_quote {
        report.push(
            Severity::Error,
            FindingKind::Malformed,
            None,
            &[line],
            1,
            "a quoted field opened on this line is never closed.",
            "Close the quote, or write a literal quote inside a quoted field as \"\".",
        );
        return Err(report);
    }
    check_header(&scan.header, &mut report);
    let ragged: Vec<&super::dialect::RecordInfo> =
        scan.records.iter().filter(|r| r.fields != scan.header.len()).collect();
    if !ragged.is_empty() {
        let first = ragged[0];
        report.push(
            Severity::Error,
            FindingKind::Malformed,
            None,
            &ragged.iter().map(|r| r.line).collect::<Vec<_>>(),
            ragged.len(),
            format!(
                "{} row(s) do not have as many fields as the header ({} {}-separated names); line {} has {}.",
                ragged.len(),
                scan.header.len(),
                separator_name(sep),
                first.line,
                first.fields
            ),
            "Check for an unquoted separator inside a value (quote it) or a missing value (leave the cell empty).",
        );
    }
    if scan.records.is_empty() {
        report.push(
            Severity::Error,
            FindingKind::Empty,
            None,
            &[],
            0,
            "the file has a header but no data rows.",
            "Add data rows below the header.",
        );
    }
    if report.has_errors() {
        return Err(report);
    }
    let raw = match read_text_columns(text, sep, scan.header.len()) {
        Ok(cols) if cols.first().is_none_or(|c| c.len() == scan.records.len()) => cols,
        Ok(_) | Err(_) => {
            report.push(
                Severity::Error,
                FindingKind::Malformed,
                None,
                &[],
                0,
                "the CSV reader could not split the file into the rows the header announces.",
                "Open the file in a text editor and check quoting and separators; save it as plain CSV.",
            );
            return Err(report);
        }
    };
    let lines: Vec<usize> = scan.records.iter().map(|r| r.line).collect();
    build_panel(name, fnv1a64(bytes), &scan.header, raw, lines, options, report)
}

fn check_header(header: &[String], report: &mut Report) {
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() {
            report.push(
                Severity::Error,
                FindingKind::BadHeader,
                None,
                &[1],
                1,
                format!("column {} has no name in the header.", i + 1),
                "Give every column a name in the first line.",
            );
        } else if header[..i].contains(h) {
            report.push(
                Severity::Error,
                FindingKind::BadHeader,
                Some(h),
                &[1],
                1,
                "the column name appears more than once in the header.",
                "Rename one of the columns.",
            );
        }
    }
}

/// Tokenize with polars, every column as text. Panics inside the reader become errors.
fn read_text_columns(text: &str, sep: u8, n_cols: usize) -> Result<Vec<Vec<Option<String>>>, String> {
    use polars::prelude::*;
    let bytes = text.as_bytes().to_vec();
    let result = std::panic::catch_unwind(move || -> PolarsResult<DataFrame> {
        CsvReadOptions::default()
            .with_has_header(true)
            .with_infer_schema_length(Some(0))
            .with_n_threads(Some(1))
            .with_parse_options(
                CsvParseOptions::default().with_separator(sep).with_quote_char(Some(b'"')).with_missing_is_null(true),
            )
            .into_reader_with_file_handle(Cursor::new(bytes))
            .finish()
    });
    let df = match result {
        Ok(Ok(df)) => df,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => return Err("the CSV reader failed".into()),
    };
    if df.width() != n_cols {
        return Err(format!("expected {n_cols} columns, found {}", df.width()));
    }
    let mut out = Vec::with_capacity(n_cols);
    for col in df.columns() {
        let s = col.as_materialized_series();
        let ca = s.str().map_err(|e| e.to_string())?;
        out.push(ca.iter().map(|v| v.map(|x| x.trim().to_string())).collect());
    }
    Ok(out)
}

/// A text cell converted to a number, or why not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    /// A finite number.
    Number(f64),
    /// A missing-value token.
    Missing,
    /// Digits with thousands separators, such as `1,234`.
    Thousands,
    /// A decimal comma, such as `3,14`.
    DecimalComma,
    /// Anything else.
    Text,
}

/// Classify one cell. See [`MISSING_TOKENS`].
pub fn parse_cell(raw: Option<&str>) -> Cell {
    let Some(s) = raw.map(str::trim) else { return Cell::Missing };
    if MISSING_TOKENS.iter().any(|t| t.eq_ignore_ascii_case(s)) {
        return Cell::Missing;
    }
    if s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
        && let Ok(v) = s.parse::<f64>()
    {
        return if v.is_finite() { Cell::Number(v) } else { Cell::Text };
    }
    let unsigned = s.trim_start_matches(['-', '+']);
    let int_part = unsigned.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split([',', ' ', '\u{a0}']).collect();
    if groups.len() > 1
        && unsigned.matches('.').count() <= 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
    {
        return Cell::Thousands;
    }
    let parts: Vec<&str> = unsigned.split(',').collect();
    if parts.len() == 2 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
        return Cell::DecimalComma;
    }
    Cell::Text
}

fn find_column(header: &[String], choice: &ColumnChoice, defaults: &[&str]) -> Result<Option<usize>, String> {
    match choice {
        ColumnChoice::Absent => Ok(None),
        ColumnChoice::Named(n) => header.iter().position(|h| h == n).map(Some).ok_or_else(|| n.clone()),
        ColumnChoice::Auto => Ok(defaults.iter().find_map(|d| header.iter().position(|h| h.to_lowercase() == *d))),
    }
}

fn build_panel(
    name: &str,
    hash: u64,
    header: &[String],
    raw: Vec<Vec<Option<String>>>,
    lines: Vec<usize>,
    options: &ImportOptions,
    mut report: Report,
) -> Result<Imported, Report> {
    let missing_col = |report: &mut Report, role: &str, n: &str| {
        let close = header
            .iter()
            .min_by_key(|h| super::registry::edit_distance(&h.to_lowercase(), &n.to_lowercase()))
            .cloned()
            .unwrap_or_default();
        report.push(
            Severity::Error,
            FindingKind::MissingColumn,
            Some(n),
            &[1],
            0,
            format!("the {role} column \"{n}\" is not in the header (closest: \"{close}\")."),
            format!("Choose the {role} column in the column mapping, or rename \"{close}\" if that is it."),
        );
    };
    let unit_col = find_column(header, &options.unit, UNIT_NAMES).unwrap_or_else(|n| {
        missing_col(&mut report, "unit", &n);
        None
    });
    let year_col = find_column(header, &options.year, YEAR_NAMES).unwrap_or_else(|n| {
        missing_col(&mut report, "year", &n);
        None
    });
    let mut columns = Vec::with_capacity(header.len());
    for (ci, (h, cells)) in header.iter().zip(&raw).enumerate() {
        if Some(ci) == unit_col {
            columns.push(Column { name: h.clone(), data: ColumnData::Text(cells.clone()) });
            continue;
        }
        columns.push(Column { name: h.clone(), data: convert_column(h, cells, &lines, &mut report) });
    }
    let unit = unit_col.and_then(|ci| unit_index(&header[ci], &raw[ci], &lines, &mut report));
    let year = year_col.and_then(|ci| year_index(&header[ci], &raw[ci], &lines, &mut report));
    if unit.is_none() || year.is_none() {
        let what = match (&unit, &year) {
            (None, None) => "no unit and no year column",
            (None, Some(_)) => "no unit column",
            _ => "no year column",
        };
        report.push(
            Severity::Note,
            FindingKind::CrossSection,
            None,
            &[],
            0,
            format!("{what} was found or chosen: the data is used as a cross-section."),
            "Features that need a panel (lags, fixed effects, grouped folds, maps by year) say so; map the columns to enable them.",
        );
    }
    if report.has_errors() {
        report.sort();
        return Err(report);
    }
    let panel = Panel { source: name.to_string(), content_hash: hash, columns, unit, year };
    check_panel(&panel, &lines, &mut report);
    report.sort();
    if report.has_errors() { Err(report) } else { Ok(Imported { panel, report, lines }) }
}

fn convert_column(name: &str, cells: &[Option<String>], lines: &[usize], report: &mut Report) -> ColumnData {
    let parsed: Vec<Cell> = cells.iter().map(|c| parse_cell(c.as_deref())).collect();
    let count = |f: fn(&Cell) -> bool| parsed.iter().filter(|c| f(c)).count();
    let numbers = count(|c| matches!(c, Cell::Number(_)));
    let formatted = count(|c| matches!(c, Cell::Thousands | Cell::DecimalComma));
    let text = count(|c| matches!(c, Cell::Text));
    if numbers + formatted == 0 || text > numbers + formatted {
        return ColumnData::Text(cells.iter().map(|c| c.clone().filter(|s| !s.is_empty())).collect());
    }
    let bad_lines = |pred: fn(&Cell) -> bool| -> Vec<usize> {
        parsed.iter().enumerate().filter(|(_, c)| pred(c)).map(|(r, _)| lines[r]).collect()
    };
    let example = |pred: fn(&Cell) -> bool| -> String {
        parsed.iter().zip(cells).find(|(c, _)| pred(c)).and_then(|(_, s)| s.clone()).unwrap_or_default()
    };
    if formatted > 0 {
        let is_fmt: fn(&Cell) -> bool = |c| matches!(c, Cell::Thousands | Cell::DecimalComma);
        report.push(
            Severity::Error,
            FindingKind::NumberFormat,
            Some(name),
            &bad_lines(is_fmt),
            formatted,
            format!("\"{}\" uses a thousands separator or a decimal comma, which would be misread.", example(is_fmt)),
            "Write numbers without thousands separators and with a decimal point (e.g. 1234.5); \
             in Excel, set the column format to Number without the 1000 separator before saving.",
        );
    }
    if text > 0 {
        let is_text: fn(&Cell) -> bool = |c| matches!(c, Cell::Text);
        report.push(
            Severity::Error,
            FindingKind::NonNumeric,
            Some(name),
            &bad_lines(is_text),
            text,
            format!("\"{}\" is not a number ({text} such cell(s) in a numeric column).", example(is_text)),
            "Correct the cell, or leave it empty (or NA) if the value is missing.",
        );
    }
    ColumnData::Numeric(parsed.iter().map(|c| if let Cell::Number(v) = c { *v } else { f64::NAN }).collect())
}

fn unit_index(name: &str, cells: &[Option<String>], lines: &[usize], report: &mut Report) -> Option<UnitIndex> {
    let empty: Vec<usize> = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| c.as_deref().is_none_or(str::is_empty))
        .map(|(r, _)| lines[r])
        .collect();
    if !empty.is_empty() {
        report.push(
            Severity::Error,
            FindingKind::MissingValues,
            Some(name),
            &empty,
            empty.len(),
            "the unit column has empty cells.",
            "Every row needs its unit (province code or name).",
        );
        return None;
    }
    let labels: Vec<String> = cells.iter().map(|c| c.clone().unwrap_or_default()).collect();
    let reg = Registry::embedded();
    let mut distinct: Vec<&String> = labels.iter().collect();
    distinct.sort();
    distinct.dedup();
    let matched = distinct.iter().filter(|l| reg.lookup(l).is_some()).count();
    let province_like = ["province", "prov", "省份", "省", "province_name", "province_code", "provcode"]
        .contains(&name.to_lowercase().as_str());
    let all_numeric = distinct.iter().all(|l| l.chars().all(|c| c.is_ascii_digit()));
    let provinces = matched == distinct.len();
    let mostly = !all_numeric && (matched * 2 >= distinct.len() || (province_like && matched > 0));
    if !provinces && mostly {
        let unknown: Vec<&String> = distinct.iter().copied().filter(|l| reg.lookup(l).is_none()).collect();
        let described: Vec<String> = unknown
            .iter()
            .take(8)
            .map(|u| match reg.closest(u) {
                Some(p) => format!("\"{u}\" (did you mean {} / {}?)", p.name_en, p.name_zh),
                None => format!("\"{u}\""),
            })
            .collect();
        let bad: Vec<usize> =
            labels.iter().enumerate().filter(|(_, l)| reg.lookup(l).is_none()).map(|(r, _)| lines[r]).collect();
        report.push(
            Severity::Error,
            FindingKind::UnknownUnit,
            Some(name),
            &bad,
            bad.len(),
            format!("{} unit name(s) are not provinces of the registry: {}.", unknown.len(), described.join(", ")),
            "Use a GB/T 2260 code (11-65), an English name or a Chinese name (with or without 省/市/自治区).",
        );
        return None;
    }
    Some(UnitIndex::from_labels(name, &labels, provinces))
}

fn year_index(name: &str, cells: &[Option<String>], lines: &[usize], report: &mut Report) -> Option<YearIndex> {
    let mut years = Vec::with_capacity(cells.len());
    let mut bad = Vec::new();
    let mut example = String::new();
    for (r, c) in cells.iter().enumerate() {
        let s = c.as_deref().unwrap_or("").trim();
        let y = s.parse::<f64>().ok().filter(|v| v.fract() == 0.0 && (1800.0..=2200.0).contains(v));
        match y {
            Some(v) => years.push(v as i32),
            None => {
                if bad.is_empty() {
                    example = s.to_string();
                }
                bad.push(lines[r]);
                years.push(0);
            }
        }
    }
    if !bad.is_empty() {
        report.push(
            Severity::Error,
            FindingKind::BadYear,
            Some(name),
            &bad,
            bad.len(),
            format!("\"{example}\" is not a year (a whole number between 1800 and 2200)."),
            "Write years as four-digit numbers, one per row.",
        );
        return None;
    }
    Some(YearIndex { column: name.to_string(), years })
}
