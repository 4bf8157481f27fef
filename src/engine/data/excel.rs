//! Excel workbooks (`.xlsx` and the older `.xls`), read through `calamine`: one sheet becomes
//! a [`Grid`] with the sheet's row numbers, and what a statistical yearbook's layout would
//! make a CSV reader misread is reported instead: title rows above the header, footnote rows
//! below the table, merged header cells, merged data cells, and numbers stored as text.
//!
//! The layout rules, in order: empty rows are skipped (as blank lines in CSV); the header is
//! the first row with two or more cells holding a value, and the single-cell rows above it
//! are titles; from the bottom up, rows with a single text cell that is not a province name
//! are footnotes (注、资料来源, "Source: ..."); merged ranges that touch the header row are
//! errors (the columns under them have no name of their own, or the header has more than one
//! row); merged ranges that start in the data are warnings (the cells after the first read
//! empty); text cells that spell a number are read as that number with a warning per column.

use super::grid::{Grid, GridRow};
use super::notice::Notice;
use super::registry::Registry;
use super::validation::{FindingKind, Report, Severity};
use calamine::{Data, Dimensions, Reader, Xls, Xlsx};
use std::io::Cursor;

/// The two workbook formats, told apart by their first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookKind {
    /// Office Open XML (a zip archive: `PK\x03\x04`).
    Xlsx,
    /// Excel 97-2003 (an OLE compound file: `D0 CF 11 E0 A1 B1 1A E1`).
    Xls,
}

/// The workbook format of `bytes`, if they are one.
pub fn workbook_kind(bytes: &[u8]) -> Option<WorkbookKind> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some(WorkbookKind::Xlsx)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(WorkbookKind::Xls)
    } else {
        None
    }
}

/// A cell, as the layout rules see it.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Empty,
    /// A number cell, or anything else that is not text (dates, booleans, errors), as text.
    Value(String),
    /// A text cell.
    Text(String),
    /// A text cell that spells a number (Excel's green triangle), trimmed.
    NumberText(String),
}

impl Cell {
    fn of(d: &Data) -> Cell {
        match d {
            Data::Empty => Cell::Empty,
            Data::Int(i) => Cell::Value(i.to_string()),
            Data::Float(f) => Cell::Value(format!("{f}")),
            Data::Bool(b) => Cell::Value(if *b { "TRUE".into() } else { "FALSE".into() }),
            // A date is not a number of the panel: kept as text that says what it is, so that a
            // numeric column refuses it with the cell's row.
            Data::DateTime(d) => Cell::Value(format!("date({})", d.as_f64())),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Value(s.clone()),
            Data::Error(e) => Cell::Value(e.to_string()),
            Data::String(s) if s.trim().is_empty() => Cell::Empty,
            Data::String(s) => {
                let t = s.trim();
                if t.parse::<f64>().is_ok_and(f64::is_finite) {
                    Cell::NumberText(t.to_string())
                } else {
                    Cell::Text(s.clone())
                }
            }
        }
    }

    fn text(&self) -> &str {
        match self {
            Cell::Empty => "",
            Cell::Value(s) | Cell::Text(s) | Cell::NumberText(s) => s,
        }
    }
}

/// `A`, `B`, ..., `Z`, `AA`, ... for a 0-based column.
pub fn column_letters(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push(b'A' + r);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn a1(d: &Dimensions) -> String {
    format!("{}{}:{}{}", column_letters(d.start.1), d.start.0 + 1, column_letters(d.end.1), d.end.0 + 1)
}

/// Read sheet `asked` (a name, or a number from 1; when `None`, the first sheet that holds a
/// table, so that a cover sheet is passed over, else the first sheet) of the workbook in `bytes` into a grid, adding what was found to `report`. `None` when the
/// workbook or the sheet cannot be read (the report then has an error).
pub fn read_sheet(bytes: &[u8], kind: WorkbookKind, asked: Option<&str>, report: &mut Report) -> Option<Grid> {
    let unreadable = |report: &mut Report, reason: String| {
        report.push_notice(
            Severity::Error,
            FindingKind::Unreadable,
            None,
            &[],
            0,
            Notice::WorkbookUnreadable { reason },
        );
    };
    let opened = match kind {
        WorkbookKind::Xlsx => Xlsx::new(Cursor::new(bytes)).map(Book::Xlsx).map_err(|e| e.to_string()),
        WorkbookKind::Xls => Xls::new(Cursor::new(bytes)).map(Book::Xls).map_err(|e| e.to_string()),
    };
    let mut book = match opened {
        Ok(b) => b,
        Err(reason) => {
            unreadable(report, reason);
            return None;
        }
    };
    let sheets = book.sheet_names();
    if sheets.is_empty() {
        report.push_notice(Severity::Error, FindingKind::Workbook, None, &[], 0, Notice::NoSheets);
        return None;
    }
    let chosen = match asked {
        Some(_) => choose_sheet(&sheets, asked),
        None => sheets.iter().find(|s| book.sheet(s).is_ok_and(|(r, _)| holds_table(&r))).or(sheets.first()).cloned(),
    };
    let Some(sheet) = chosen else {
        let asked = asked.unwrap_or_default().to_string();
        report.push_notice(
            Severity::Error,
            FindingKind::Workbook,
            None,
            &[],
            0,
            Notice::SheetNotFound { asked, sheets },
        );
        return None;
    };
    let (range, merges) = match book.sheet(&sheet) {
        Ok(x) => x,
        Err(reason) => {
            unreadable(report, reason);
            return None;
        }
    };
    report.push_notice(
        Severity::Note,
        FindingKind::Workbook,
        None,
        &[],
        0,
        Notice::SheetRead { sheet: sheet.clone(), sheets: sheets.clone() },
    );
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut rows: Vec<(u32, Vec<Cell>)> = range
        .rows()
        .enumerate()
        .map(|(i, r)| (r0 + i as u32, r.iter().map(Cell::of).collect::<Vec<_>>()))
        .filter(|(_, cells)| cells.iter().any(|c| *c != Cell::Empty))
        .collect();
    let filled = |cells: &[Cell]| cells.iter().filter(|c| **c != Cell::Empty).count();
    let Some(hi) = rows.iter().position(|(_, c)| filled(c) >= 2).or(if rows.is_empty() { None } else { Some(0) })
    else {
        report.push_notice(Severity::Error, FindingKind::Empty, None, &[], 0, Notice::EmptySheet { sheet });
        return None;
    };
    let titles: Vec<(u32, Vec<Cell>)> = rows.drain(..hi).collect();
    if let Some((_, first)) = titles.first() {
        let text = first.iter().map(Cell::text).find(|t| !t.is_empty()).unwrap_or_default().to_string();
        let lines: Vec<usize> = titles.iter().map(|(r, _)| *r as usize + 1).collect();
        report.push_notice(
            Severity::Note,
            FindingKind::Workbook,
            None,
            &[],
            0,
            Notice::TitleRows { rows: lines, text },
        );
    }
    let (header_row, header) = rows.remove(0);
    let mut footnotes = Vec::new();
    if filled(&header) >= 2 {
        let registry = Registry::embedded();
        while let Some((_, cells)) = rows.last() {
            let mut values = cells.iter().filter(|c| **c != Cell::Empty);
            let note = match (values.next(), values.next()) {
                (Some(Cell::Text(t)), None) => registry.lookup(t.trim()).is_none(),
                _ => false,
            };
            if !note {
                break;
            }
            footnotes.push(rows.pop().unwrap_or_default());
        }
        footnotes.reverse();
    }
    if let Some((_, first)) = footnotes.first() {
        let text = first.iter().map(Cell::text).find(|t| !t.is_empty()).unwrap_or_default().to_string();
        let lines: Vec<usize> = footnotes.iter().map(|(r, _)| *r as usize + 1).collect();
        report.push_notice(
            Severity::Note,
            FindingKind::Workbook,
            None,
            &[],
            0,
            Notice::FootnoteRows { rows: lines, text },
        );
    }
    let last_data = rows.last().map_or(header_row, |(r, _)| *r);
    check_merges(&merges, header_row, last_data, &header, c0, report);
    // Columns: up to the last one with a value in the header or the data.
    let width = std::iter::once(&header)
        .chain(rows.iter().map(|(_, c)| c))
        .map(|c| c.iter().rposition(|x| *x != Cell::Empty).map_or(0, |p| p + 1))
        .max()
        .unwrap_or(0);
    let names: Vec<String> = (0..width).map(|i| header.get(i).map_or("", Cell::text).trim().to_string()).collect();
    for (ci, name) in names.iter().enumerate() {
        let cells: Vec<(usize, &str)> = rows
            .iter()
            .filter_map(|(r, c)| match c.get(ci) {
                Some(Cell::NumberText(t)) => Some((*r as usize + 1, t.as_str())),
                _ => None,
            })
            .collect();
        if let Some((_, example)) = cells.first() {
            let lines: Vec<usize> = cells.iter().map(|(l, _)| *l).collect();
            let notice = Notice::NumbersAsText { example: example.to_string(), count: cells.len() };
            report.push_notice(Severity::Warning, FindingKind::NumbersAsText, Some(name), &lines, cells.len(), notice);
        }
    }
    let row_of = |r: u32, cells: &[Cell]| GridRow {
        line: r as usize + 1,
        cells: (0..width).map(|i| cells.get(i).map_or("", Cell::text).to_string()).collect(),
    };
    Some(Grid {
        header: GridRow { line: header_row as usize + 1, cells: names },
        rows: rows.iter().map(|(r, c)| row_of(*r, c)).collect(),
    })
}

/// Merged ranges that touch the header row (errors) or start in the data (a warning).
fn check_merges(merges: &[Dimensions], header_row: u32, last_data: u32, header: &[Cell], c0: u32, report: &mut Report) {
    let mut data = Vec::new();
    let mut merges: Vec<&Dimensions> = merges.iter().collect();
    // Reading order (the formats store merges in the order they were made).
    merges.sort_by_key(|m| (m.start, m.end));
    for m in merges {
        let (top, bottom) = (m.start.0, m.end.0);
        if top <= header_row && header_row <= bottom {
            let text = header.get(m.start.1.saturating_sub(c0) as usize).map_or("", Cell::text).to_string();
            let notice = Notice::MergedHeader { range: a1(m), text, spans_rows: bottom > top };
            report.push_notice(Severity::Error, FindingKind::BadHeader, None, &[header_row as usize + 1], 1, notice);
        } else if top > header_row && top <= last_data {
            data.push(m);
        }
    }
    if !data.is_empty() {
        let lines: Vec<usize> = data.iter().map(|m| m.start.0 as usize + 1).collect();
        let ranges = data.iter().take(super::validation::MAX_LINES).map(|m| a1(m)).collect();
        let notice = Notice::MergedData { ranges, count: data.len() };
        report.push_notice(Severity::Warning, FindingKind::Workbook, None, &lines, data.len(), notice);
    }
}

/// True when a sheet has a row with two or more values and another row below it (a table,
/// not a cover sheet or a note).
fn holds_table(range: &calamine::Range<Data>) -> bool {
    let mut rows = range.rows().filter(|r| r.iter().any(|c| !matches!(c, Data::Empty)));
    rows.position(|r| r.iter().filter(|c| !matches!(c, Data::Empty)).count() >= 2).is_some() && rows.next().is_some()
}

/// The sheet named `asked` (exactly, else ignoring case and spaces at the ends), or numbered
/// `asked` from 1.
fn choose_sheet(sheets: &[String], asked: Option<&str>) -> Option<String> {
    let asked = asked?;
    let want = asked.trim();
    sheets
        .iter()
        .find(|s| *s == asked)
        .or_else(|| sheets.iter().find(|s| s.trim().eq_ignore_ascii_case(want)))
        .or_else(|| want.parse::<usize>().ok().filter(|n| *n >= 1).and_then(|n| sheets.get(n - 1)))
        .cloned()
}

/// An open workbook of either format.
enum Book<'a> {
    Xlsx(Xlsx<Cursor<&'a [u8]>>),
    Xls(Xls<Cursor<&'a [u8]>>),
}

impl Book<'_> {
    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
        }
    }

    /// A sheet's cells and its merged ranges (none when the format does not record them).
    fn sheet(&mut self, name: &str) -> Result<(calamine::Range<Data>, Vec<Dimensions>), String> {
        match self {
            Book::Xlsx(b) => {
                let range = b.worksheet_range(name).map_err(|e| e.to_string())?;
                let merges = b.merge_cells_by_sheet_name(name).map_err(|e| e.to_string())?;
                Ok((range, merges))
            }
            Book::Xls(b) => {
                let range = b.worksheet_range(name).map_err(|e| e.to_string())?;
                let merges = b.merge_cells_by_sheet_name(name).map_err(|e| e.to_string())?;
                Ok((range, merges))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_sheet_choice() {
        assert_eq!([0, 25, 26, 701, 702].map(column_letters), ["A", "Z", "AA", "ZZ", "AAA"]);
        let sheets = vec!["封面".to_string(), "Data ".to_string()];
        assert_eq!(choose_sheet(&sheets, None), None);
        assert_eq!(choose_sheet(&sheets, Some("data")).as_deref(), Some("Data "));
        assert_eq!(choose_sheet(&sheets, Some("2")).as_deref(), Some("Data "));
        assert_eq!(choose_sheet(&sheets, Some("3")), None);
    }
}
