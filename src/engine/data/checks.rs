//! Checks that need the assembled panel: duplicate unit-years, balance, units seen in one
//! year, missing values, constant and empty columns, a single row.
//!
//! They run even when earlier checks found errors (unknown names, bad years), so that one
//! report shows every problem; rows whose unit or year is itself wrong are left out of the
//! duplicate and balance checks (`usable`).

use super::panel::{ColumnData, Panel};
use super::validation::{FindingKind, Report, Severity};

/// How many columns get a finding of their own before the rest are listed in one.
pub const MAX_COLUMN_FINDINGS: usize = 12;

/// Run every panel check. `lines[i]` is the file line of row `i`; `usable[i]` is false for rows
/// whose unit or year is missing or wrong; `bad[c]` lists the rows of column `c` whose cell was
/// reported as not a number (they are not counted again as missing).
pub fn check_panel(panel: &Panel, lines: &[usize], usable: &[bool], bad: &[Vec<usize>], report: &mut Report) {
    if panel.n_rows() == 1 {
        report.push(
            Severity::Warning,
            FindingKind::Shape,
            None,
            &lines[..1],
            1,
            "the file has a single data row: nothing can be estimated or summarized from it.",
            "Add the other rows (one per unit and year).",
        );
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
        report.push(
            Severity::Note,
            FindingKind::Shape,
            Some(&year.column),
            &[],
            0,
            format!("every unit is observed in one year only ({}).", years[0]),
            "Lags, unit fixed effects and within transformations need at least two years per unit.",
        );
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
                single.push(format!("{} {}", unit.labels[u as usize], seen[0]));
            }
            for y in &years {
                if gaps.len() < 5 && seen.binary_search(y).is_err() {
                    gaps.push(format!("{} {y}", unit.labels[u as usize]));
                }
            }
        }
        report.push(
            Severity::Warning,
            FindingKind::Unbalanced,
            Some(&year.column),
            &[],
            expected - present.len(),
            format!(
                "unbalanced panel: {} units x {} years would be {expected} rows, {} are present; missing e.g. {}.",
                units.len(),
                years.len(),
                present.len(),
                gaps.join(", ")
            ),
            "Estimation uses the rows present; lags and within transformations skip the gaps.",
        );
        if !single.is_empty() {
            let n = single.len();
            single.truncate(5);
            report.push(
                Severity::Note,
                FindingKind::Shape,
                Some(&unit.column),
                &[],
                n,
                format!("{n} unit(s) are observed in one year only, e.g. {}.", single.join(", ")),
                "Such units drop out of lags and within-unit transformations; unit fixed effects absorb them.",
            );
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
        report.push(
            Severity::Warning,
            FindingKind::MissingValues,
            Some(name),
            &missing.iter().map(|&r| lines[r]).collect::<Vec<_>>(),
            missing.len(),
            format!("{} of {total} cells are empty.", missing.len()),
            "Rows with missing values in a model's variables are dropped (listwise) and counted; \
             or choose interpolation within unit in the Model view.",
        );
    }
    if with_missing.len() > MAX_COLUMN_FINDINGS {
        let rest = &with_missing[MAX_COLUMN_FINDINGS..];
        report.push(
            Severity::Warning,
            FindingKind::MissingValues,
            None,
            &[],
            rest.iter().map(|(_, m)| m.len()).sum(),
            format!("{} more columns have empty cells: {}.", rest.len(), name_list(rest.iter().map(|(n, _)| *n))),
            "As above: rows with missing values in a model's variables are dropped and counted.",
        );
    }
    if !empty.is_empty() {
        report.push(
            Severity::Warning,
            FindingKind::MissingValues,
            (empty.len() == 1).then_some(empty[0]),
            &[],
            empty.len() * panel.n_rows(),
            if empty.len() == 1 {
                "every cell of the column is empty.".to_string()
            } else {
                format!("{} columns have no value at all: {}.", empty.len(), name_list(empty.iter().copied()))
            },
            "An empty column cannot be used; fill it or leave it out.",
        );
    }
    for (name, value) in constant.iter().take(MAX_COLUMN_FINDINGS) {
        report.push(
            Severity::Warning,
            FindingKind::ConstantColumn,
            Some(name),
            &[],
            panel.n_rows(),
            format!("the column has a single value ({value})."),
            "A constant cannot be a control, treatment or instrument, nor an index indicator; leave it out.",
        );
    }
    if constant.len() > MAX_COLUMN_FINDINGS {
        let rest = &constant[MAX_COLUMN_FINDINGS..];
        report.push(
            Severity::Warning,
            FindingKind::ConstantColumn,
            None,
            &[],
            rest.len(),
            format!("{} more columns have a single value: {}.", rest.len(), name_list(rest.iter().map(|(n, _)| *n))),
            "A constant cannot be a control, treatment or instrument, nor an index indicator; leave it out.",
        );
    }
}

/// Up to eight quoted names, then "and N more".
fn name_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let all: Vec<&str> = names.collect();
    let mut s: Vec<String> = all.iter().take(8).map(|n| format!("\"{n}\"")).collect();
    if all.len() > 8 {
        s.push(format!("and {} more", all.len() - 8));
    }
    s.join(", ")
}
