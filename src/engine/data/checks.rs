//! Checks that need the assembled panel: duplicate unit-years, balance, units seen in one
//! year, missing values, constant and empty columns, a single row.
//!
//! They run even when earlier checks found errors (unknown names, bad years), so that one
//! report shows every problem; rows whose unit or year is itself wrong are left out of the
//! duplicate and balance checks (`usable`).

use super::notice::{DuplicatePair, Names, Notice, UnitYear};
use super::panel::{ColumnData, Panel};
use super::validation::{FindingKind, Report, Severity};

/// How many columns get a finding of their own before the rest are listed in one.
pub const MAX_COLUMN_FINDINGS: usize = 12;

/// Run every panel check. `lines[i]` is the file line of row `i`; `usable[i]` is false for rows
/// whose unit or year is missing or wrong; `bad[c]` lists the rows of column `c` whose cell was
/// reported as not a number (they are not counted again as missing).
pub fn check_panel(panel: &Panel, lines: &[usize], usable: &[bool], bad: &[Vec<usize>], report: &mut Report) {
    if panel.n_rows() == 1 {
        report.push_notice(Severity::Warning, FindingKind::Shape, None, &lines[..1], 1, Notice::SingleRow);
    }
    if let (Some(unit), Some(year)) = (&panel.unit, &panel.year) {
        check_keys(panel, unit, year, lines, usable, report);
    }
    check_columns(panel, lines, bad, report);
}

fn check_keys(
    panel: &Panel,
    unit: &super::panel::UnitIndex,
    year: &super::panel::YearIndex,
    lines: &[usize],
    usable: &[bool],
    report: &mut Report,
) {
    let rows: Vec<usize> = (0..panel.n_rows()).filter(|&r| usable.get(r).copied().unwrap_or(true)).collect();
    let mut keyed: Vec<(u32, i32, usize)> = rows.iter().map(|&r| (unit.ids[r], year.years[r], r)).collect();
    rayon::slice::ParallelSliceMut::par_sort_unstable(&mut keyed[..]);
    let mut dup_lines = Vec::new();
    let mut dup_pairs = Vec::new();
    for w in keyed.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 == w[1].1 {
            dup_lines.push(lines[w[1].2]);
            if dup_pairs.len() < 3 {
                dup_pairs.push(DuplicatePair {
                    unit: unit.labels[w[0].0 as usize].clone(),
                    year: w[0].1,
                    first: lines[w[0].2],
                    second: lines[w[1].2],
                });
            }
        }
    }
    if !dup_lines.is_empty() {
        dup_lines.sort_unstable();
        let notice = Notice::DuplicateUnitYears { count: dup_lines.len(), examples: dup_pairs };
        let kind = FindingKind::DuplicateUnitYear;
        report.push_notice(Severity::Error, kind, Some(&unit.column), &dup_lines, dup_lines.len(), notice);
    }
    let mut years: Vec<i32> = keyed.iter().map(|k| k.1).collect();
    years.dedup();
    years.sort_unstable();
    years.dedup();
    let mut units: Vec<u32> = keyed.iter().map(|k| k.0).collect();
    units.dedup();
    if years.is_empty() {
        return;
    }
    if years.len() == 1 && units.len() > 1 {
        let notice = Notice::OneYearOnly { year: years[0] };
        report.push_notice(Severity::Note, FindingKind::Shape, Some(&year.column), &[], 0, notice);
        return;
    }
    // Distinct unit-years present, against units x years.
    let mut present: Vec<(u32, i32)> = keyed.iter().map(|k| (k.0, k.1)).collect();
    present.dedup();
    let expected = units.len() * years.len();
    if present.len() < expected {
        let mut gaps = Vec::new();
        let mut single = Vec::new();
        let mut it = present.iter().peekable();
        for &u in &units {
            let mut seen = Vec::new();
            while let Some(&&(pu, py)) = it.peek() {
                if pu != u {
                    break;
                }
                seen.push(py);
                it.next();
            }
            if seen.len() == 1 {
                single.push(UnitYear { unit: unit.labels[u as usize].clone(), year: seen[0] });
            }
            for y in &years {
                if gaps.len() < 5 && seen.binary_search(y).is_err() {
                    gaps.push(UnitYear { unit: unit.labels[u as usize].clone(), year: *y });
                }
            }
        }
        let notice =
            Notice::Unbalanced { units: units.len(), years: years.len(), expected, present: present.len(), gaps };
        let missing = expected - present.len();
        report.push_notice(Severity::Warning, FindingKind::Unbalanced, Some(&year.column), &[], missing, notice);
        if !single.is_empty() {
            let n = single.len();
            single.truncate(5);
            let notice = Notice::SingleYearUnits { count: n, examples: single };
            report.push_notice(Severity::Note, FindingKind::Shape, Some(&unit.column), &[], n, notice);
        }
    }
}

fn check_columns(panel: &Panel, lines: &[usize], bad: &[Vec<usize>], report: &mut Report) {
    use rayon::prelude::*;
    /// What one numeric column shows.
    enum Facts<'a> {
        Skip,
        Empty(&'a str),
        Some { name: &'a str, missing: Vec<usize>, constant: Option<f64> },
    }
    let facts: Vec<Facts<'_>> = panel
        .columns
        .par_iter()
        .enumerate()
        .map(|(ci, c)| {
            let ColumnData::Numeric(v) = &c.data else { return Facts::Skip };
            if panel.year.as_ref().is_some_and(|y| y.column == c.name) || v.is_empty() {
                return Facts::Skip;
            }
            let bad_rows = bad.get(ci).map_or(&[][..], Vec::as_slice);
            let mut missing: Vec<usize> = v.iter().enumerate().filter(|(_, x)| x.is_nan()).map(|(r, _)| r).collect();
            if !bad_rows.is_empty() {
                missing.retain(|r| bad_rows.binary_search(r).is_err());
            }
            if missing.len() == v.len() {
                return Facts::Empty(c.name.as_str());
            }
            let mut finite = v.iter().copied().filter(|x| x.is_finite());
            let constant = match finite.next() {
                Some(first) if v.len() > 1 && finite.all(|x| x == first) => Some(first),
                _ => None,
            };
            Facts::Some { name: c.name.as_str(), missing, constant }
        })
        .collect();
    let mut with_missing = Vec::new();
    let mut constant = Vec::new();
    let mut empty = Vec::new();
    for f in facts {
        match f {
            Facts::Skip => {}
            Facts::Empty(name) => empty.push(name),
            Facts::Some { name, missing, constant: c } => {
                if !missing.is_empty() {
                    with_missing.push((name, missing));
                }
                if let Some(value) = c {
                    constant.push((name, value));
                }
            }
        }
    }
    for (name, missing) in with_missing.iter().take(MAX_COLUMN_FINDINGS) {
        let total = panel.n_rows();
        let at: Vec<usize> = missing.iter().map(|&r| lines[r]).collect();
        let notice = Notice::MissingCells { missing: missing.len(), total };
        report.push_notice(Severity::Warning, FindingKind::MissingValues, Some(name), &at, missing.len(), notice);
    }
    if with_missing.len() > MAX_COLUMN_FINDINGS {
        let rest = &with_missing[MAX_COLUMN_FINDINGS..];
        let cells = rest.iter().map(|(_, m)| m.len()).sum();
        let notice = Notice::MoreMissingColumns { names: Names::of(rest.iter().map(|(n, _)| *n)) };
        report.push_notice(Severity::Warning, FindingKind::MissingValues, None, &[], cells, notice);
    }
    if !empty.is_empty() {
        let notice = if empty.len() == 1 {
            Notice::EmptyColumn
        } else {
            Notice::EmptyColumns { names: Names::of(empty.iter().copied()) }
        };
        let column = (empty.len() == 1).then_some(empty[0]);
        let cells = empty.len() * panel.n_rows();
        report.push_notice(Severity::Warning, FindingKind::MissingValues, column, &[], cells, notice);
    }
    for (name, value) in constant.iter().take(MAX_COLUMN_FINDINGS) {
        let notice = Notice::ConstantColumn { value: *value };
        report.push_notice(Severity::Warning, FindingKind::ConstantColumn, Some(name), &[], panel.n_rows(), notice);
    }
    if constant.len() > MAX_COLUMN_FINDINGS {
        let rest = &constant[MAX_COLUMN_FINDINGS..];
        let notice = Notice::MoreConstantColumns { names: Names::of(rest.iter().map(|(n, _)| *n)) };
        report.push_notice(Severity::Warning, FindingKind::ConstantColumn, None, &[], rest.len(), notice);
    }
}
