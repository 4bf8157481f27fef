//! The in-memory panel: one row per unit and year, numeric and text columns by name.
//!
//! Missing numeric cells are stored as `NaN` and never filled silently: every step that drops
//! or fills them (listwise deletion, interpolation) reports what it did.

use super::registry::Registry;

/// A column's values.
#[derive(Clone, Debug, PartialEq)]
pub enum ColumnData {
    /// Numbers; `NaN` marks a missing cell.
    Numeric(Vec<f64>),
    /// Text cells; `None` marks an empty cell.
    Text(Vec<Option<String>>),
}

/// A named column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Column name as written in the header.
    pub name: String,
    /// The values, one per row.
    pub data: ColumnData,
}

/// How units are identified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// Provinces resolved against the registry (codes, English or Chinese names).
    Province,
    /// Any other identifier (cities, counties, firms), kept as written.
    Generic,
}

/// The unit of every row, as dense ids `0..n_units`.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitIndex {
    /// The column holding the unit labels.
    pub column: String,
    /// Provinces or generic ids.
    pub kind: UnitKind,
    /// Dense unit id per row.
    pub ids: Vec<u32>,
    /// Canonical label per unit id: the province's English name, or the id as written.
    pub labels: Vec<String>,
    /// GB/T 2260 code per unit id (provinces only).
    pub codes: Vec<Option<u8>>,
}

impl UnitIndex {
    /// Number of distinct units.
    pub fn n_units(&self) -> usize {
        self.labels.len()
    }

    /// Build an index from a column of raw labels, resolving provinces when every label is a
    /// province. Unit ids follow province code order for provinces and first appearance
    /// otherwise.
    pub fn from_labels(column: &str, raw: &[String], provinces: bool) -> UnitIndex {
        let reg = Registry::embedded();
        let mut labels: Vec<String> = Vec::new();
        let mut codes: Vec<Option<u8>> = Vec::new();
        let mut ids = Vec::with_capacity(raw.len());
        if provinces {
            // One registry look-up per distinct label, not per row (a million-row panel has a
            // few dozen distinct spellings).
            let mut code_of: std::collections::HashMap<&str, u8> = std::collections::HashMap::new();
            for r in raw {
                if !code_of.contains_key(r.as_str()) {
                    code_of.insert(r.as_str(), reg.lookup(r).map_or(0, |p| p.code));
                }
            }
            let mut present: Vec<u8> = code_of.values().copied().filter(|&c| c != 0).collect();
            present.sort_unstable();
            present.dedup();
            for &c in &present {
                let name = reg.by_code(c).map_or_else(|| c.to_string(), |p| p.name_en.clone());
                labels.push(name);
                codes.push(Some(c));
            }
            for r in raw {
                let c = code_of.get(r.as_str()).copied().unwrap_or(0);
                ids.push(present.binary_search(&c).unwrap_or(0) as u32);
            }
        } else {
            let mut seen: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
            for r in raw {
                let key = r.trim();
                let next = labels.len() as u32;
                let id = *seen.entry(key).or_insert_with(|| {
                    labels.push(key.to_string());
                    codes.push(None);
                    next
                });
                ids.push(id);
            }
        }
        UnitIndex {
            column: column.to_string(),
            kind: if provinces { UnitKind::Province } else { UnitKind::Generic },
            ids,
            labels,
            codes,
        }
    }
}

/// The year of every row.
#[derive(Clone, Debug, PartialEq)]
pub struct YearIndex {
    /// The column holding the years.
    pub column: String,
    /// Year per row.
    pub years: Vec<i32>,
}

/// A validated panel (or cross-section) ready for measures and estimation.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// Human-readable origin, used in every message (`provinces.csv`, `bundled sample`).
    pub source: String,
    /// [`content_hash`] of the text the panel was read from (recorded in scenarios).
    pub content_hash: u64,
    /// Columns in file order, followed by derived columns in the order they were added.
    pub columns: Vec<Column>,
    /// Unit identifiers, if the data has a unit column.
    pub unit: Option<UnitIndex>,
    /// Years, if the data has a year column.
    pub year: Option<YearIndex>,
}

impl Panel {
    /// Number of rows.
    pub fn n_rows(&self) -> usize {
        match self.columns.first().map(|c| &c.data) {
            Some(ColumnData::Numeric(v)) => v.len(),
            Some(ColumnData::Text(v)) => v.len(),
            None => self.year.as_ref().map_or(0, |y| y.years.len()),
        }
    }

    /// True when both a unit and a year column are present.
    pub fn is_panel(&self) -> bool {
        self.unit.is_some() && self.year.is_some()
    }

    /// The column called `name`, if any.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The numeric values of column `name`, if it exists and is numeric.
    pub fn numeric(&self, name: &str) -> Option<&[f64]> {
        match &self.column(name)?.data {
            ColumnData::Numeric(v) => Some(v),
            ColumnData::Text(_) => None,
        }
    }

    /// Names of all numeric columns, in order (unit and year columns excluded).
    pub fn numeric_names(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|c| matches!(c.data, ColumnData::Numeric(_)))
            .filter(|c| self.year.as_ref().is_none_or(|y| y.column != c.name))
            .map(|c| c.name.as_str())
            .collect()
    }

    /// Names of all columns.
    pub fn column_names(&self) -> Vec<&str> {
        self.columns.iter().map(|c| c.name.as_str()).collect()
    }

    /// Add or replace a numeric column (derived measures use this).
    pub fn set_numeric(&mut self, name: &str, values: Vec<f64>) {
        debug_assert_eq!(values.len(), self.n_rows());
        let data = ColumnData::Numeric(values);
        match self.columns.iter_mut().find(|c| c.name == name) {
            Some(c) => c.data = data,
            None => self.columns.push(Column { name: name.to_string(), data }),
        }
    }

    /// Unit label of `row` (English province name or generic id).
    pub fn unit_label(&self, row: usize) -> Option<&str> {
        let u = self.unit.as_ref()?;
        Some(u.labels[u.ids[row] as usize].as_str())
    }

    /// Year of `row`.
    pub fn year_of(&self, row: usize) -> Option<i32> {
        self.year.as_ref().map(|y| y.years[row])
    }

    /// Distinct years in ascending order.
    pub fn years(&self) -> Vec<i32> {
        let mut ys = self.year.as_ref().map(|y| y.years.clone()).unwrap_or_default();
        ys.sort_unstable();
        ys.dedup();
        ys
    }

    /// A new panel with only `rows` (in the given order); unit ids are rebuilt.
    pub fn select_rows(&self, rows: &[usize]) -> Panel {
        let columns = self
            .columns
            .iter()
            .map(|c| Column {
                name: c.name.clone(),
                data: match &c.data {
                    ColumnData::Numeric(v) => ColumnData::Numeric(rows.iter().map(|&r| v[r]).collect()),
                    ColumnData::Text(v) => ColumnData::Text(rows.iter().map(|&r| v[r].clone()).collect()),
                },
            })
            .collect();
        let unit = self.unit.as_ref().map(|u| {
            let mut used: Vec<u32> = rows.iter().map(|&r| u.ids[r]).collect();
            used.sort_unstable();
            used.dedup();
            UnitIndex {
                column: u.column.clone(),
                kind: u.kind,
                ids: rows.iter().map(|&r| used.binary_search(&u.ids[r]).unwrap_or(0) as u32).collect(),
                labels: used.iter().map(|&i| u.labels[i as usize].clone()).collect(),
                codes: used.iter().map(|&i| u.codes[i as usize]).collect(),
            }
        });
        let year = self
            .year
            .as_ref()
            .map(|y| YearIndex { column: y.column.clone(), years: rows.iter().map(|&r| y.years[r]).collect() });
        Panel { source: self.source.clone(), content_hash: self.content_hash, columns, unit, year }
    }
}

/// The fingerprint of a data file's text that scenarios record: XXH3-64 (seed 0) of the bytes,
/// a byte-order mark included. XXH3's output is fixed by its specification, so it is stable
/// across platforms and versions; it runs at memory speed, where a byte-at-a-time hash such
/// as FNV-1a takes about 0.4 s on a 274 MB file.
pub fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// FNV-1a 64-bit hash (stable across platforms and versions), for short keys.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn province_labels_resolve_to_code_order() {
        let raw: Vec<String> = ["广西", "Beijing", "45", "北京市"].iter().map(|s| s.to_string()).collect();
        let u = UnitIndex::from_labels("province", &raw, true);
        assert_eq!(u.labels, vec!["Beijing", "Guangxi"]);
        assert_eq!(u.ids, vec![1, 0, 1, 0]);
        assert_eq!(u.codes, vec![Some(11), Some(45)]);
    }

    #[test]
    fn content_hash_is_xxh3_64() {
        // Reference values of the XXH3 specification's 64-bit hash with seed 0.
        assert_eq!(content_hash(b""), 0x2d06_8005_38d3_94c2);
        assert_eq!(content_hash(b"a"), 0xe6c6_32b6_1e96_4e1f);
    }

    #[test]
    fn fnv_reference_values() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
