//! Wide yearbook tables to the panel: one row per unit (province), one column per year, the
//! cells one variable. Reshaped to long form (unit, `year`, variable; units in the file's
//! order, years ascending), each long row keeping the line of the wide row it came from.
//!
//! Checked before reshaping: every column after the unit column is headed by a year (`2011`,
//! `2011年`, `Y2011`, `2011.0`, between 1800 and 2200), no year heads two columns, no unit
//! heads two rows (names compared through the province registry, so 北京 and 北京市 are one
//! unit), and the variable's name is neither the unit column's nor `year`.

use super::grid::{Grid, GridRow};
use super::import::ColumnChoice;
use super::notice::Notice;
use super::registry::Registry;
use super::validation::{FindingKind, Report, Severity};

/// The name of the year column of the reshaped table.
pub const YEAR_COLUMN: &str = "year";

/// The year a wide table's column header stands for, if it is one.
pub fn header_year(header: &str) -> Option<i64> {
    let t = header.trim();
    let t = t.strip_suffix('年').unwrap_or(t).trim();
    let t = t.strip_prefix(['Y', 'y']).unwrap_or(t);
    let t = t.strip_suffix(".0").unwrap_or(t);
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok().filter(|y| (1800..=2200).contains(y))
}

/// Reshape `grid` (unit column `unit`: named, or the first column) into the long grid of
/// `variable`, with the unit column's name. `None` when the table is not a valid wide table
/// (the errors are in `report`).
pub fn reshape(grid: &Grid, variable: &str, unit: &ColumnChoice, report: &mut Report) -> Option<(Grid, String)> {
    let header = &grid.header.cells;
    let hline = grid.header.line;
    let error = |report: &mut Report, lines: &[usize], n: Notice| {
        report.push_notice(Severity::Error, FindingKind::Reshape, None, lines, lines.len(), n);
    };
    if header.len() < 2 {
        error(report, &[hline], Notice::WideTooNarrow { columns: header.len() });
        return None;
    }
    let ui = match unit {
        ColumnChoice::Named(n) => match header.iter().position(|h| h == n) {
            Some(i) => i,
            None => {
                let notice = Notice::WideUnitNotFound { name: n.clone() };
                report.push_notice(Severity::Error, FindingKind::MissingColumn, Some(n), &[hline], 1, notice);
                return None;
            }
        },
        _ => 0,
    };
    let unit_name = if header[ui].is_empty() { "province".to_string() } else { header[ui].clone() };
    let mut ok = true;
    if variable.trim().is_empty() || variable == unit_name || variable.eq_ignore_ascii_case(YEAR_COLUMN) {
        error(report, &[], Notice::WideNameClash { variable: variable.to_string() });
        ok = false;
    }
    let mut years: Vec<(i64, usize)> = Vec::new();
    for (ci, h) in header.iter().enumerate().filter(|(ci, _)| *ci != ui) {
        match header_year(h) {
            Some(y) if years.iter().any(|(x, _)| *x == y) => {
                error(report, &[hline], Notice::WideDuplicateYear { year: y });
                ok = false;
            }
            Some(y) => years.push((y, ci)),
            None => {
                error(report, &[hline], Notice::WideNotYear { header: h.clone(), column: ci + 1 });
                ok = false;
            }
        }
    }
    let registry = Registry::embedded();
    let key = |name: &str| registry.lookup(name).map_or_else(|| name.trim().to_string(), |p| p.name_en.clone());
    let mut seen: Vec<(String, usize)> = Vec::new();
    for row in &grid.rows {
        let name = row.cells.get(ui).map_or("", String::as_str);
        if name.trim().is_empty() {
            continue;
        }
        let k = key(name);
        if let Some((_, first)) = seen.iter().find(|(s, _)| *s == k) {
            error(report, &[*first, row.line], Notice::WideDuplicateUnit { unit: name.trim().to_string() });
            ok = false;
        } else {
            seen.push((k, row.line));
        }
    }
    if !ok || years.is_empty() {
        if ok {
            error(report, &[hline], Notice::WideTooNarrow { columns: header.len() });
        }
        return None;
    }
    years.sort_unstable();
    let mut rows = Vec::with_capacity(grid.rows.len() * years.len());
    for row in &grid.rows {
        let name = row.cells.get(ui).cloned().unwrap_or_default();
        for &(y, ci) in &years {
            let value = row.cells.get(ci).cloned().unwrap_or_default();
            rows.push(GridRow { line: row.line, cells: vec![name.clone(), y.to_string(), value] });
        }
    }
    let notice = Notice::Reshaped {
        variable: variable.to_string(),
        unit_column: unit_name.clone(),
        units: grid.rows.len(),
        years: (years[0].0, years[years.len() - 1].0),
        n_years: years.len(),
    };
    report.push_notice(Severity::Note, FindingKind::Reshape, None, &[], 0, notice);
    let header = GridRow { line: hline, cells: vec![unit_name.clone(), YEAR_COLUMN.to_string(), variable.to_string()] };
    Some((Grid { header, rows }, unit_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_headers() {
        for (h, y) in [("2011", Some(2011)), ("2011年", Some(2011)), (" Y2012 ", Some(2012)), ("2013.0", Some(2013))] {
            assert_eq!(header_year(h), y, "{h}");
        }
        for h in ["GDP", "201", "20111", "1700", "合计", ""] {
            assert_eq!(header_year(h), None, "{h}");
        }
    }
}
