//! The unit and year columns: which they are, and the index of every row, with every problem
//! in them reported while the indices are still built (so that duplicates and gaps are found
//! in the same pass as unknown names and bad years).
//!
//! Rules: an explicit choice is always honoured (a missing name is an error naming the closest
//! header); otherwise the first header in [`UNIT_NAMES`] / [`YEAR_NAMES`] order is used. A unit
//! column is a province column when its name says so (`province`, `省份`, ...) or when at least
//! half its distinct labels are provinces; then each label that is not a province is reported
//! and the column stays the unit column. Rows whose unit is empty or whose year is bad are left
//! out of the duplicate and balance checks (they are reported already).

use super::cells::Cell;
use super::columns::ColumnRead;
use super::notice::{KeyRole, Notice, UnknownUnit};
use super::panel::{ColumnData, UnitIndex, UnitKind, YearIndex};
use super::registry::{Registry, edit_distance};
use super::validation::{FindingKind, Report, Severity};
/// A hash map with polars' fast hasher (foldhash); nothing iterates it in an order that shows.
type HashMap<K, V> = std::collections::HashMap<K, V, polars::prelude::PlRandomState>;

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

/// Column names that mark a column of provinces (lower case).
pub const PROVINCE_NAMES: &[&str] =
    &["province", "prov", "省份", "省", "province_name", "province_code", "provcode", "省份代码"];

/// Column names recognised as years (lower case).
pub const YEAR_NAMES: &[&str] = &["year", "yr", "年份", "年", "time", "t"];

/// The plausible range of years.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1800..=2200;

use super::import::ColumnChoice;

/// Resolve a column choice to a header position; an explicit name that is not in the header
/// is reported (with the closest header name) and gives `None`.
pub fn find_column(
    header: &[String],
    choice: &ColumnChoice,
    defaults: &[&str],
    role: KeyRole,
    report: &mut Report,
) -> Option<usize> {
    match choice {
        ColumnChoice::Absent => None,
        ColumnChoice::Auto => defaults.iter().find_map(|d| header.iter().position(|h| h.to_lowercase() == *d)),
        ColumnChoice::Named(n) => {
            let found = header.iter().position(|h| h == n).or_else(|| header.iter().position(|h| h.trim() == n.trim()));
            if found.is_none() {
                let close = header
                    .iter()
                    .min_by_key(|h| edit_distance(&h.to_lowercase(), &n.to_lowercase()))
                    .cloned()
                    .unwrap_or_default();
                let notice = Notice::ColumnNotFound { role, name: n.clone(), closest: close };
                report.push_notice(Severity::Error, FindingKind::MissingColumn, Some(n), &[1], 0, notice);
            }
            found
        }
    }
}

/// Build the unit index from the (text) unit column. `usable[r]` is cleared for rows without
/// a unit.
pub fn unit_index(
    name: &str,
    column: &ColumnRead,
    lines: &[usize],
    usable: &mut [bool],
    report: &mut Report,
) -> UnitIndex {
    let labels: Vec<&str> = match &column.data {
        ColumnData::Text(v) => v.iter().map(|c| c.as_deref().unwrap_or("")).collect(),
        ColumnData::Numeric(_) => Vec::new(),
    };
    let empty: Vec<usize> = labels.iter().enumerate().filter(|(_, l)| l.is_empty()).map(|(r, _)| r).collect();
    if !empty.is_empty() {
        let at: Vec<usize> = empty.iter().map(|&r| lines[r]).collect();
        let notice = Notice::EmptyUnits { count: empty.len() };
        report.push_notice(Severity::Error, FindingKind::MissingValues, Some(name), &at, empty.len(), notice);
        for &r in &empty {
            usable[r] = false;
        }
    }
    let reg = Registry::embedded();
    let raw = RawLabels::of(&labels);
    // The province code of each distinct label (none for the empty label).
    let code_of: Vec<Option<u8>> = {
        use rayon::prelude::*;
        raw.labels.par_iter().map(|l| if l.is_empty() { None } else { reg.lookup(l).map(|p| p.code) }).collect()
    };
    let nonempty = || raw.labels.iter().zip(&code_of).filter(|(l, _)| !l.is_empty());
    let n_distinct = nonempty().count();
    let matched = nonempty().filter(|(_, c)| c.is_some()).count();
    let province_like = PROVINCE_NAMES.contains(&name.to_lowercase().as_str());
    let all_numeric = nonempty().all(|(l, _)| l.chars().all(|c| c.is_ascii_digit()));
    let provinces = n_distinct > 0 && matched == n_distinct;
    // A column named like provinces expects provinces unless it holds only numbers none of
    // which is a code; any other column does when at least half its labels are provinces.
    let expects_provinces = n_distinct > 0
        && if province_like { matched > 0 || !all_numeric } else { !all_numeric && matched * 2 >= n_distinct };
    if provinces {
        return build_index(name, &raw, &code_of, UnitKind::Province);
    }
    if expects_provinces {
        let mut unknown: Vec<&str> = nonempty().filter(|(_, c)| c.is_none()).map(|(l, _)| *l).collect();
        unknown.sort_unstable();
        let examples: Vec<UnknownUnit> = unknown
            .iter()
            .take(8)
            .map(|u| UnknownUnit {
                label: u.to_string(),
                closest: reg.closest(u).map(|p| (p.name_en.clone(), p.name_zh.clone())),
            })
            .collect();
        let bad: Vec<usize> = raw
            .ids
            .iter()
            .enumerate()
            .filter(|&(_, &id)| !raw.labels[id as usize].is_empty() && code_of[id as usize].is_none())
            .map(|(r, _)| lines[r])
            .collect();
        let notice = Notice::UnknownUnits { count: unknown.len(), examples };
        report.push_notice(Severity::Error, FindingKind::UnknownUnit, Some(name), &bad, bad.len(), notice);
        // Known provinces under their canonical name, so that Beijing and 北京 are one unit.
        return build_index(name, &raw, &code_of, UnitKind::Generic);
    }
    build_index(name, &raw, &vec![None; raw.labels.len()], UnitKind::Generic)
}

/// The distinct labels of a column in order of first appearance, and each row's number among
/// them: the one pass over the rows that hashes labels.
struct RawLabels<'a> {
    labels: Vec<&'a str>,
    ids: Vec<u32>,
}

impl<'a> RawLabels<'a> {
    fn of(rows: &[&'a str]) -> Self {
        let mut number: HashMap<&str, u32> = HashMap::default();
        let mut labels = Vec::new();
        let ids = rows
            .iter()
            .map(|&l| {
                *number.entry(l).or_insert_with(|| {
                    labels.push(l);
                    (labels.len() - 1) as u32
                })
            })
            .collect();
        RawLabels { labels, ids }
    }
}

/// Dense unit ids: provinces in code order (`Province`), other labels by first appearance, a
/// label with a code (`code_of`, by distinct label) standing for its province's English name.
fn build_index(name: &str, raw: &RawLabels<'_>, code_of: &[Option<u8>], kind: UnitKind) -> UnitIndex {
    let reg = Registry::embedded();
    let mut unit_labels: Vec<String> = Vec::new();
    let mut codes: Vec<Option<u8>> = Vec::new();
    let mut id_of_label: HashMap<String, u32> = HashMap::default();
    if kind == UnitKind::Province {
        let mut present: Vec<u8> = code_of.iter().flatten().copied().collect();
        present.sort_unstable();
        present.dedup();
        for c in present {
            let label = reg.by_code(c).map_or_else(|| c.to_string(), |p| p.name_en.clone());
            id_of_label.insert(label.clone(), unit_labels.len() as u32);
            unit_labels.push(label);
            codes.push(Some(c));
        }
    }
    // Distinct labels in order of first appearance give the same ids as walking the rows.
    let unit_of_raw: Vec<u32> = raw
        .labels
        .iter()
        .zip(code_of)
        .map(|(l, &code)| {
            let label = code.and_then(|c| reg.by_code(c)).map_or_else(|| l.trim().to_string(), |p| p.name_en.clone());
            let next = unit_labels.len() as u32;
            *id_of_label.entry(label.clone()).or_insert_with(|| {
                unit_labels.push(label);
                codes.push(code.filter(|_| kind == UnitKind::Province));
                next
            })
        })
        .collect();
    let ids = raw.ids.iter().map(|&r| unit_of_raw[r as usize]).collect();
    UnitIndex { column: name.to_string(), kind, ids, labels: unit_labels, codes }
}

/// Build the year index; `usable[r]` is cleared for rows whose year is missing or bad.
pub fn year_index(
    name: &str,
    column: &ColumnRead,
    lines: &[usize],
    usable: &mut [bool],
    report: &mut Report,
) -> YearIndex {
    let n = lines.len();
    let mut years = vec![0i32; n];
    let mut bad: Vec<(usize, String)> = Vec::new();
    let mut missing: Vec<usize> = Vec::new();
    let mut take = |r: usize, v: f64, raw: Option<&str>| {
        if v.fract() == 0.0 && (f64::from(*YEAR_RANGE.start())..=f64::from(*YEAR_RANGE.end())).contains(&v) {
            years[r] = v as i32;
        } else if v.is_nan() && raw.is_none_or(|s| s.trim().is_empty()) {
            missing.push(r);
        } else {
            bad.push((r, raw.map_or_else(|| v.to_string(), str::to_string)));
        }
    };
    match &column.data {
        ColumnData::Numeric(v) => {
            let mut bad_cells = column.bad.iter().peekable();
            for (r, &x) in v.iter().enumerate() {
                match bad_cells.next_if(|b| b.row == r) {
                    Some(b) => take(r, f64::NAN, Some(b.raw.as_str()).filter(|_| b.cell != Cell::Missing)),
                    None => take(r, x, None),
                }
            }
        }
        ColumnData::Text(v) => {
            for (r, c) in v.iter().enumerate() {
                let s = c.as_deref().unwrap_or("").trim();
                take(r, s.parse::<f64>().unwrap_or(f64::NAN), Some(s));
            }
        }
    }
    if !missing.is_empty() {
        let at: Vec<usize> = missing.iter().map(|&r| lines[r]).collect();
        let notice = Notice::EmptyYears { count: missing.len() };
        report.push_notice(Severity::Error, FindingKind::BadYear, Some(name), &at, missing.len(), notice);
    }
    if !bad.is_empty() {
        let at: Vec<usize> = bad.iter().map(|(r, _)| lines[*r]).collect();
        let notice = Notice::NotAYear {
            example: bad[0].1.clone(),
            count: bad.len(),
            min: *YEAR_RANGE.start(),
            max: *YEAR_RANGE.end(),
        };
        report.push_notice(Severity::Error, FindingKind::BadYear, Some(name), &at, bad.len(), notice);
    }
    for r in missing.iter().chain(bad.iter().map(|(r, _)| r)) {
        usable[*r] = false;
    }
    YearIndex { column: name.to_string(), years }
}
