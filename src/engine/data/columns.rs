//! Reading the columns of a scanned CSV file: polars' typed reader first, per-cell checks
//! only where it could not parse a cell.
//!
//! 1. The first [`SAMPLE_ROWS`] records are classified cell by cell ([`parse_cell`]) to decide
//!    which columns are numeric (see [`Tally::is_text`]).
//! 2. Polars reads the file once with that schema (`Float64` or `String` per column, every
//!    core, parse errors turned into nulls).
//! 3. In a numeric column, each null or non-finite value is read again from its record
//!    ([`record_field`]) and classified, so a missing value stays missing and `"n/a "`,
//!    `1,234` or `abc` becomes a finding with its line. If the whole column turns out to be
//!    mostly text, it is read again as text.
//!
//! When polars fails, panics, or splits the file into a different number of rows than the
//! scan found (lines of spaces, odd quoting), every column is read cell by cell instead
//! ([`read_per_cell`]): slower, same result. Tests and the fuzz targets compare both paths.

use super::cells::{Cell, Tally, parse_cell};
use super::dialect::{Scan, for_each_field, record_field};
use super::panel::ColumnData;
use polars::polars_utils::index::NullCount as _;
use std::sync::atomic::{AtomicBool, Ordering};

/// How many records decide a column's type before polars reads the file.
pub const SAMPLE_ROWS: usize = 1000;

/// A cell of a numeric column that is not a number.
#[derive(Clone, Debug, PartialEq)]
pub struct BadCell {
    /// Panel row (0-based).
    pub row: usize,
    /// What it is.
    pub cell: Cell,
    /// The cell as written (trimmed).
    pub raw: String,
}

/// One column as read.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnRead {
    /// Numbers (NaN where missing or bad) or text.
    pub data: ColumnData,
    /// Cells of a numeric column that are not numbers, in row order.
    pub bad: Vec<BadCell>,
}

/// The file being read: its text after the byte-order mark, the separator, and the scan.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    /// The whole text, header included.
    pub text: &'a str,
    /// Field separator.
    pub sep: u8,
    /// Where the records are.
    pub scan: &'a Scan,
}

/// The read was cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

fn cancelled(cancel: Option<&AtomicBool>) -> bool {
    cancel.is_some_and(|c| c.load(Ordering::Relaxed))
}

/// Columns that look numeric on the first [`SAMPLE_ROWS`] records starting at `starts`.
pub fn sample_kinds(text: &str, sep: u8, starts: &[usize], text_cols: &[bool]) -> Vec<bool> {
    let n = text_cols.len();
    let mut tallies = vec![Tally::default(); n];
    for &start in starts.iter().take(SAMPLE_ROWS) {
        for_each_field(text, start, sep, |i, raw| {
            if let Some(t) = tallies.get_mut(i) {
                t.add(parse_cell(Some(raw)));
            }
            i + 1 < n
        });
    }
    tallies.iter().zip(text_cols).map(|(t, &forced)| !forced && !t.is_text()).collect()
}

/// What polars read, before the refused cells are checked.
pub struct PolarsRead {
    columns: Vec<polars::prelude::Column>,
    numeric: Vec<bool>,
}

impl PolarsRead {
    /// Rows read.
    pub fn height(&self) -> usize {
        self.columns.first().map_or(0, |c| c.len())
    }
}

/// Parse the records after the header (`body`) with polars: column `i` as `Float64` when
/// `numeric[i]`, else as text. `None` when polars fails or panics.
pub fn polars_read(body: &[u8], sep: u8, numeric: &[bool]) -> Option<PolarsRead> {
    use polars::prelude::*;
    let schema: Schema = numeric
        .iter()
        .enumerate()
        .map(|(i, &num)| Field::new(format!("c{i}").into(), if num { DataType::Float64 } else { DataType::String }))
        .collect();
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || -> PolarsResult<DataFrame> {
        CsvReadOptions::default()
            .with_has_header(false)
            .with_schema(Some(Arc::new(schema)))
            .with_ignore_errors(true)
            .with_rechunk(false)
            .with_parse_options(
                CsvParseOptions::default()
                    .with_separator(sep)
                    .with_quote_char(Some(b'"'))
                    .with_missing_is_null(true)
                    .with_truncate_ragged_lines(true),
            )
            .into_reader_with_file_handle(std::io::Cursor::new(body))
            .finish()
    }));
    let df = read.ok()?.ok()?;
    (df.width() == numeric.len()).then(|| PolarsRead { columns: df.into_columns(), numeric: numeric.to_vec() })
}

/// A column between the two phases: checked against the bytes, not yet converted.
pub enum Pending {
    /// A numeric column and the values its refused cells turned out to have.
    Numeric {
        /// Polars' column.
        column: polars::prelude::Column,
        /// `(row, value)` replacements for null or non-finite values (NaN for missing or bad).
        fixes: Vec<(usize, f64)>,
        /// The cells that are not numbers.
        bad: Vec<BadCell>,
    },
    /// A text column (classified in the second phase).
    Text {
        /// Polars' column.
        column: polars::prelude::Column,
        /// Forced to text (the unit column).
        forced: bool,
    },
    /// Already read (a numeric-looking column that is mostly text, read again from the bytes).
    Done(ColumnRead),
}

/// Phase one, which needs the bytes: check every cell polars left null or non-finite.
/// `None` when the row count differs from the scan's (the caller reads cell by cell instead).
pub fn check_refused(src: Source<'_>, read: PolarsRead, text_cols: &[bool]) -> Option<Vec<Pending>> {
    use rayon::prelude::*;
    if read.height() != src.scan.n_records() {
        return None;
    }
    let numeric = read.numeric;
    let pending: Vec<Option<Pending>> = read
        .columns
        .into_par_iter()
        .enumerate()
        .map(|(ci, column)| {
            if numeric[ci] {
                check_column(src, ci, column)
            } else {
                Some(Pending::Text { column, forced: text_cols[ci] })
            }
        })
        .collect();
    pending.into_iter().collect()
}

fn check_column(src: Source<'_>, ci: usize, column: polars::prelude::Column) -> Option<Pending> {
    let ca = column.as_materialized_series().f64().ok()?.clone();
    let mut tally = Tally { numbers: ca.len(), ..Tally::default() };
    let mut fixes = Vec::new();
    let mut bad = Vec::new();
    let mut row0 = 0usize;
    for arr in ca.downcast_iter() {
        let clean = arr.null_count() == 0 && arr.values().iter().fold(true, |ok, v| ok & v.is_finite());
        if !clean {
            for (i, v) in arr.iter().enumerate() {
                if v.is_some_and(|x| x.is_finite()) {
                    continue;
                }
                let row = row0 + i;
                let raw = record_field(src.text, src.scan.starts[row], src.sep, ci);
                let cell = parse_cell(raw.as_deref());
                tally.numbers -= 1;
                tally.add(cell);
                fixes.push((row, if let Cell::Number(x) = cell { x } else { f64::NAN }));
                if !cell.is_ok() {
                    bad.push(BadCell { row, cell, raw: raw.unwrap_or_default().trim().to_string() });
                }
            }
        }
        row0 += arr.len();
    }
    drop(ca);
    if tally.is_text() {
        let cells = (0..row0).map(|row| text_cell(record_field(src.text, src.scan.starts[row], src.sep, ci)));
        return Some(Pending::Done(ColumnRead { data: ColumnData::Text(cells.collect()), bad: Vec::new() }));
    }
    Some(Pending::Numeric { column, fixes, bad })
}

/// Phase two, without the bytes: convert polars' columns to the panel's, in parallel, taking
/// over polars' value buffers where they are not shared (no copy) and freeing each column as
/// soon as it is converted.
pub fn finish(pending: Vec<Pending>, cancel: Option<&AtomicBool>) -> Result<Vec<ColumnRead>, Cancelled> {
    use rayon::prelude::*;
    let out: Vec<Option<ColumnRead>> = pending
        .into_par_iter()
        .map(|p| {
            if cancelled(cancel) {
                return None;
            }
            Some(match p {
                Pending::Done(r) => r,
                Pending::Numeric { column, fixes, bad } => {
                    let mut values = take_f64(column);
                    for (row, v) in fixes {
                        if let Some(x) = values.get_mut(row) {
                            *x = v;
                        }
                    }
                    ColumnRead { data: ColumnData::Numeric(values), bad }
                }
                Pending::Text { column, forced } => {
                    let cells: Vec<Option<String>> = match column.as_materialized_series().str() {
                        Ok(ca) => ca.iter().map(|v| v.map(|s| s.trim().to_string())).collect(),
                        Err(_) => vec![None; column.len()],
                    };
                    drop(column);
                    // A column that looked like text on the first rows may be numbers after
                    // all: the same whole-column rule as the per-cell path decides.
                    classify(cells, forced)
                }
            })
        })
        .collect();
    out.into_iter().map(|r| r.ok_or(Cancelled)).collect()
}

/// The values of a `Float64` column as one `Vec`, NaN where null. A single chunk's buffer is
/// taken over when this column is its only owner; several chunks (polars parses the file in
/// pieces, and is not asked to rechunk) are copied once into a vector of the column's length,
/// here, in parallel over columns, instead of polars' rechunk copy followed by ours.
fn take_f64(column: polars::prelude::Column) -> Vec<f64> {
    let n = column.len();
    let series = column.take_materialized_series();
    let Ok(ca) = series.f64().cloned() else { return vec![f64::NAN; n] };
    drop(series);
    let mut values: Vec<f64> = Vec::new();
    let chunks = ca.chunks().len();
    for arr in ca.downcast_into_iter() {
        let (_, buffer, validity) = arr.into_inner();
        let mut v = buffer.into_mut().either(|shared| shared.to_vec(), |owned| owned);
        if let Some(bits) = validity.filter(|b| b.unset_bits() > 0) {
            for (x, valid) in v.iter_mut().zip(bits.iter()) {
                if !valid {
                    *x = f64::NAN;
                }
            }
        }
        if chunks == 1 {
            values = v;
        } else {
            if values.capacity() == 0 {
                values.reserve_exact(n);
            }
            values.extend_from_slice(&v);
        }
    }
    values
}

fn text_cell(raw: Option<String>) -> Option<String> {
    raw.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Read every column cell by cell (no polars): the reference path, and the fallback.
pub fn read_per_cell(
    src: Source<'_>,
    text_cols: &[bool],
    cancel: Option<&AtomicBool>,
) -> Result<Vec<ColumnRead>, Cancelled> {
    let n = src.scan.header.len();
    let rows = src.scan.n_records();
    let mut raw: Vec<Vec<Option<String>>> = (0..n).map(|_| Vec::with_capacity(rows)).collect();
    for (r, &start) in src.scan.starts.iter().enumerate() {
        if r % 65_536 == 0 && cancelled(cancel) {
            return Err(Cancelled);
        }
        for_each_field(src.text, start, src.sep, |i, cell| {
            if let Some(c) = raw.get_mut(i) {
                c.push(Some(cell.trim().to_string()));
            }
            i + 1 < n
        });
        for c in raw.iter_mut() {
            if c.len() <= r {
                c.push(None);
            }
        }
    }
    Ok(raw.into_iter().zip(text_cols).map(|(cells, &forced)| classify(cells, forced)).collect())
}

fn classify(cells: Vec<Option<String>>, forced_text: bool) -> ColumnRead {
    if forced_text {
        let cells = cells.into_iter().map(|c| c.filter(|s| !s.is_empty())).collect();
        return ColumnRead { data: ColumnData::Text(cells), bad: Vec::new() };
    }
    let parsed: Vec<Cell> = cells.iter().map(|c| parse_cell(c.as_deref())).collect();
    let mut tally = Tally::default();
    parsed.iter().for_each(|&c| tally.add(c));
    if tally.is_text() {
        let cells = cells.into_iter().map(|c| c.filter(|s| !s.is_empty())).collect();
        return ColumnRead { data: ColumnData::Text(cells), bad: Vec::new() };
    }
    let mut bad = Vec::new();
    let values = parsed
        .iter()
        .zip(cells)
        .enumerate()
        .map(|(row, (&cell, raw))| match cell {
            Cell::Number(v) => v,
            Cell::Missing => f64::NAN,
            _ => {
                bad.push(BadCell { row, cell, raw: raw.unwrap_or_default() });
                f64::NAN
            }
        })
        .collect();
    ColumnRead { data: ColumnData::Numeric(values), bad }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::{Column, NamedFrom, Series};

    #[test]
    fn a_column_in_several_chunks_becomes_one_vector() {
        let mut a = Series::new("c".into(), &[Some(1.0), None, Some(3.0)]);
        a.append(&Series::new("c".into(), &[Some(4.0), None])).unwrap();
        a.append(&Series::new("c".into(), &[6.0])).unwrap();
        assert_eq!(a.n_chunks(), 3);
        let v = take_f64(Column::from(a));
        assert_eq!(v.len(), 6);
        assert_eq!([v[0], v[2], v[3], v[5]], [1.0, 3.0, 4.0, 6.0]);
        assert!(v[1].is_nan() && v[4].is_nan());
    }
}
