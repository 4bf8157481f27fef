//! What kind of file the bytes are, and the way each kind reaches the CSV import: workbooks
//! (told by their first bytes, not the file's extension) through [`super::excel`], text in
//! GBK / GB18030 / UTF-16 decoded by [`super::encoding`], wide tables reshaped by
//! [`super::wide`]. The findings of these stages come first in the report; the CSV import's
//! lines are renumbered to the user's file (sheet rows, wide-table lines).

use super::encoding::{DecodeFailure, transcode};
use super::excel::{read_sheet, workbook_kind};
use super::grid::Grid;
use super::import::{ColumnChoice, ImportControl, ImportError, ImportOptions, Imported, import_text, invalid};
use super::notice::Notice;
use super::validation::{FindingKind, Report, Severity};
use super::wide::{YEAR_COLUMN, reshape};

/// Import `bytes` of any supported kind (CSV in UTF-8, GBK, GB18030 or UTF-16; `.xlsx`;
/// `.xls`), wide or long.
pub fn import_any<B: AsRef<[u8]>>(
    bytes: B,
    name: &str,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    let mut report = Report::new(name);
    let all = bytes.as_ref();
    if let Some(kind) = workbook_kind(all) {
        let grid = read_sheet(all, kind, options.sheet.as_deref(), &mut report);
        drop(bytes);
        return match grid {
            Some(grid) => import_grid(grid, report, options, control),
            None => invalid(report),
        };
    }
    let decoded = match transcode(all) {
        Ok(None) | Err(DecodeFailure::NotMine) => None,
        Ok(Some((text, encoding))) => {
            let notice = Notice::Transcoded { encoding };
            report.push_notice(Severity::Note, FindingKind::Encoding, None, &[], 0, notice);
            Some(text)
        }
        Err(DecodeFailure::Refused(notice)) => {
            let line = match notice {
                Notice::UnknownEncoding { offset } => {
                    all[..offset.min(all.len())].iter().filter(|&&b| b == b'\n').count() + 1
                }
                _ => 1,
            };
            report.push_notice(Severity::Error, FindingKind::NotUtf8, None, &[line], 1, notice);
            return invalid(report);
        }
    };
    if options.wide.is_some() {
        let text = match &decoded {
            Some(t) => Some(t.as_str()),
            None => std::str::from_utf8(all.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(all)).ok(),
        };
        // Text that is not UTF-8 after all (NUL bytes, UTF-16 without a mark) goes on to the
        // CSV import, whose encoding checks word it.
        if let Some(text) = text {
            let grid = Grid::from_csv(text, options.separator);
            return import_grid(grid, report, options, control);
        }
    }
    match decoded {
        Some(text) => {
            drop(bytes);
            import_text(text.into_bytes(), report, options, control)
        }
        None => import_text(bytes, report, options, control),
    }
}

/// Import a grid (a sheet, or a CSV file read as a wide table): reshape it when asked, write
/// it as CSV text, import that, and renumber the lines to the grid's own.
fn import_grid(
    grid: Grid,
    mut report: Report,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<Imported, ImportError> {
    let csv_options = |unit, year| ImportOptions { separator: Some(b','), unit, year, sheet: None, wide: None };
    let (grid, opts) = match &options.wide {
        Some(variable) => match reshape(&grid, variable, &options.unit, &mut report) {
            Some((long, unit)) => {
                (long, csv_options(ColumnChoice::Named(unit), ColumnChoice::Named(YEAR_COLUMN.to_string())))
            }
            None => return invalid(report),
        },
        None => (grid, csv_options(options.unit.clone(), options.year.clone())),
    };
    let (csv, map) = grid.to_csv();
    drop(grid);
    let merge = |mut before: Report, mut after: Report| {
        after.renumber(&map);
        before.findings.append(&mut after.findings);
        before.sort();
        before
    };
    let inner = Report::new(report.file.clone());
    match import_text(csv.into_bytes(), inner, &opts, control) {
        Ok(mut imported) => {
            imported.report = merge(report, imported.report);
            for l in &mut imported.lines {
                *l = map.get(*l).copied().unwrap_or(*l);
            }
            Ok(imported)
        }
        Err(ImportError::Invalid(r)) => invalid(merge(report, r)),
        Err(ImportError::Cancelled) => Err(ImportError::Cancelled),
    }
}
