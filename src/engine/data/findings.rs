//! The messages of the import: encoding, header and dialect, refused cells, cross-section.
//! Each says what is wrong, where, and what to do (the file name is added by the report).

use super::cells::Cell;
use super::columns::BadCell;
use super::dialect::{EncodingProblem, separator_name};
use super::validation::{FindingKind, Report, Severity};

/// The finding for bytes that are not UTF-8 CSV text.
pub fn encoding_finding(problem: &EncodingProblem, report: &mut Report) {
    let (kind, lines, message, remedy) = match problem {
        EncodingProblem::Utf16 { little_endian } => (
            FindingKind::NotUtf8,
            vec![1],
            format!(
                "the file is UTF-16 text ({}), not UTF-8.",
                if *little_endian { "little-endian, as Excel's \"Unicode text\" writes" } else { "big-endian" }
            ),
            "Save it as \"CSV UTF-8\" (Excel: Save As > CSV UTF-8), or convert it with a text editor.".to_string(),
        ),
        EncodingProblem::Nul { offset, line } => (
            FindingKind::Malformed,
            vec![*line],
            format!("the file contains a NUL byte (offset {offset}): it is binary or damaged, not CSV text."),
            "Export the data again as CSV (UTF-8); a spreadsheet (.xlsx) must be saved as CSV first.".to_string(),
        ),
        EncodingProblem::NotUtf8 { offset, line } => (
            FindingKind::NotUtf8,
            vec![*line],
            format!("the file is not UTF-8 text (invalid byte at offset {offset})."),
            "Save it as \"CSV UTF-8\" (Excel: Save As > CSV UTF-8; Chinese Excel often writes GBK).".to_string(),
        ),
    };
    report.push(Severity::Error, kind, None, &lines, 1, message, remedy);
}

/// Blank and repeated header names (errors) and the dialect (a note, or a warning when the
/// header looks like another separator).
pub fn check_header(header: &[String], sep: u8, report: &mut Report) {
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
                format!(
                    "the column name appears more than once in the header (columns {} and {}).",
                    header.iter().position(|x| x == h).map_or(0, |p| p + 1),
                    i + 1
                ),
                "Rename one of the columns.",
            );
        }
    }
    if header.len() == 1 && header[0].contains(['|', ' ', ':']) {
        report.push(
            Severity::Warning,
            FindingKind::Dialect,
            Some(&header[0]),
            &[1],
            1,
            format!(
                "the header has a single column when read as {}-separated; the file may use another separator.",
                separator_name(sep)
            ),
            "Save the file with commas, semicolons or tabs between the fields.",
        );
    } else if sep != b',' {
        report.push(
            Severity::Note,
            FindingKind::Dialect,
            None,
            &[],
            0,
            format!("the fields are {}-separated.", separator_name(sep)),
            "",
        );
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
        let n = cells.len();
        let (message, remedy) = match gi {
            0 => (
                format!("\"{}\" uses a thousands separator or a decimal comma, which would be misread.", first.raw),
                "Write numbers without thousands separators and with a decimal point (e.g. 1234.5); \
                 in Excel, set the column format to Number without the 1000 separator before saving.",
            ),
            1 => (
                format!(
                    "\"{}\" is infinite or beyond the largest 64-bit number (about ±1.8e308); {n} such cell(s).",
                    first.raw
                ),
                "Correct the value or rescale the column (e.g. to millions); leave the cell empty if it is unknown.",
            ),
            _ => (
                format!("\"{}\" is not a number ({n} such cell(s) in a numeric column).", first.raw),
                "Correct the cell, or leave it empty (or NA) if the value is missing.",
            ),
        };
        report.push(
            Severity::Error,
            kind,
            Some(name),
            &cells.iter().map(|b| lines[b.row]).collect::<Vec<_>>(),
            n,
            message,
            remedy,
        );
    }
}

/// The note that the data has no unit or no year column.
pub fn cross_section_note(no_unit: bool, no_year: bool, report: &mut Report) {
    let what = match (no_unit, no_year) {
        (true, true) => "no unit and no year column",
        (true, false) => "no unit column",
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
