//! The findings of the import: encoding, header and dialect, refused cells, cross-section.
//! Each is a typed [`Notice`] (what is wrong, with its arguments) placed at a column and lines;
//! the edge words it ([`crate::locale::import`]).

use super::cells::Cell;
use super::columns::BadCell;
use super::dialect::EncodingProblem;
use super::notice::Notice;
use super::validation::{FindingKind, Report, Severity};

/// The finding for bytes that are not UTF-8 CSV text.
pub fn encoding_finding(problem: &EncodingProblem, report: &mut Report) {
    let (kind, line, notice) = match problem {
        EncodingProblem::Utf16 { little_endian } => {
            (FindingKind::NotUtf8, 1, Notice::Utf16Text { little_endian: *little_endian })
        }
        EncodingProblem::Nul { offset, line } => (FindingKind::Malformed, *line, Notice::NulByte { offset: *offset }),
        EncodingProblem::NotUtf8 { offset, line } => (FindingKind::NotUtf8, *line, Notice::NotUtf8 { offset: *offset }),
    };
    report.push_notice(Severity::Error, kind, None, &[line], 1, notice);
}

/// Blank and repeated header names (errors) and the dialect (a note, or a warning when the
/// header looks like another separator).
pub fn check_header(header: &[String], sep: u8, report: &mut Report) {
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() {
            let notice = Notice::UnnamedColumn { column: i + 1 };
            report.push_notice(Severity::Error, FindingKind::BadHeader, None, &[1], 1, notice);
        } else if header[..i].contains(h) {
            let first = header.iter().position(|x| x == h).map_or(0, |p| p + 1);
            let notice = Notice::RepeatedColumnName { first, second: i + 1 };
            report.push_notice(Severity::Error, FindingKind::BadHeader, Some(h), &[1], 1, notice);
        }
    }
    if header.len() == 1 && header[0].contains(['|', ' ', ':']) {
        let notice = Notice::SingleColumnHeader { separator: sep };
        report.push_notice(Severity::Warning, FindingKind::Dialect, Some(&header[0]), &[1], 1, notice);
    } else if sep != b',' {
        report.push_notice(Severity::Note, FindingKind::Dialect, None, &[], 0, Notice::Separator { separator: sep });
    }
}

/// Findings for the cells of a numeric column that are not numbers: one per kind of problem.
pub fn report_bad_cells(name: &str, bad: &[BadCell], lines: &[usize], report: &mut Report) {
    type Group = (fn(Cell) -> bool, FindingKind);
    let groups: [Group; 3] = [
        (|c| matches!(c, Cell::Thousands | Cell::DecimalComma), FindingKind::NumberFormat),
        (|c| c == Cell::Infinite, FindingKind::NonNumeric),
        (|c| c == Cell::Text, FindingKind::NonNumeric),
    ];
    for (gi, (pred, kind)) in groups.into_iter().enumerate() {
        let cells: Vec<&BadCell> = bad.iter().filter(|b| pred(b.cell)).collect();
        let Some(first) = cells.first() else { continue };
        let (example, count) = (first.raw.clone(), cells.len());
        let notice = match gi {
            0 => Notice::NumberFormat { example, count },
            1 => Notice::Infinite { example, count },
            _ => Notice::NotANumber { example, count },
        };
        let at: Vec<usize> = cells.iter().map(|b| lines[b.row]).collect();
        report.push_notice(Severity::Error, kind, Some(name), &at, count, notice);
    }
}

/// The note that the data has no unit or no year column.
pub fn cross_section_note(no_unit: bool, no_year: bool, report: &mut Report) {
    let notice = Notice::CrossSection { no_unit, no_year };
    report.push_notice(Severity::Note, FindingKind::CrossSection, None, &[], 0, notice);
}
