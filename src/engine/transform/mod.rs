//! Transforms applied to the data before estimation: interpolation of interior gaps, natural
//! logs, the one-year lag of the treatment, the study's lagged-treatment instrument,
//! winsorized controls and squared controls. Each step reports what it changed.
//!
//! Order: interpolate -> log -> lag of D -> instrument x lagged D -> winsorize controls ->
//! square controls. New columns get visible names (`ln(gdp)`, `L.DCP`, `w(lngdp)`, `lngdp^2`),
//! and the variable roles are renamed accordingly so every table says what was estimated.

pub mod interpolate;
pub mod lag;
pub mod log;
pub mod square;
pub mod winsor;

use crate::engine::data::Panel;
use crate::engine::dml::design::Roles;
use serde::{Deserialize, Serialize};

/// Winsorizing percentiles.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `lower` | 1.0 | [0, upper) | values below this percentile are raised to it |
/// | `upper` | 99.0 | (lower, 100] | values above this percentile are lowered to it |
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Winsor {
    /// Lower percentile (0-100).
    pub lower: f64,
    /// Upper percentile (0-100).
    pub upper: f64,
}

impl Default for Winsor {
    fn default() -> Self {
        Winsor { lower: 1.0, upper: 99.0 }
    }
}

/// The transforms of a scenario.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `interpolate` | false | | fill interior gaps linearly within each unit over years (the study's rule) |
/// | `log` | [] | column names | replace each listed column by its natural log (values must be > 0) |
/// | `lag_treatment` | false | | use `D` of the previous year (drops each unit's first year) |
/// | `instrument_times_lagged_treatment` | false | | use `Z x D(t-1)` as instrument (the study's IV) |
/// | `winsorize_controls` | none | percentiles | clip every control at the given percentiles |
/// | `square_controls` | false | | add the square of every control |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Transforms {
    /// Linear interpolation of interior gaps.
    pub interpolate: bool,
    /// Columns to log.
    pub log: Vec<String>,
    /// Lag the treatment one year.
    pub lag_treatment: bool,
    /// Instrument = instrument x lagged treatment.
    pub instrument_times_lagged_treatment: bool,
    /// Winsorize controls.
    pub winsorize_controls: Option<Winsor>,
    /// Add squared controls.
    pub square_controls: bool,
}

impl Transforms {
    /// True when no transform is selected.
    pub fn is_empty(&self) -> bool {
        *self == Transforms::default()
    }
}

/// Why a transform could not be applied.
#[derive(Debug, Clone, PartialEq)]
pub enum TransformError {
    /// Log of a non-positive value.
    NonPositive {
        /// Column.
        column: String,
        /// Offending values.
        count: usize,
        /// Unit and year (or row) of the first.
        first: String,
        /// Its value.
        value: f64,
    },
    /// A column is missing or not numeric.
    NoColumn(String),
    /// Lags and interpolation need unit and year columns.
    NotAPanel(&'static str),
    /// Two rows share a unit and year.
    DuplicateUnitYear {
        /// Transform name.
        what: &'static str,
        /// Unit label.
        unit: String,
        /// Year.
        year: i32,
    },
    /// Bad percentiles.
    Percentiles {
        /// Lower.
        lower: f64,
        /// Upper.
        upper: f64,
    },
    /// No instrument to interact.
    NoInstrument,
}

/// What one transform did, for the footnotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TransformNote {
    /// Transform name (`interpolate`, `log`, ...).
    pub transform: &'static str,
    /// Column affected.
    pub column: String,
    /// Cells changed (filled, clipped) or made missing (lags: rows without a previous year).
    pub cells: usize,
    /// Plain-language summary.
    pub message: String,
}

/// Transformed data and renamed roles.
#[derive(Clone, Debug)]
pub struct Applied {
    /// The panel with transformed and added columns.
    pub panel: Panel,
    /// Roles pointing at the transformed columns.
    pub roles: Roles,
    /// One note per change.
    pub notes: Vec<TransformNote>,
}

/// Apply `t` for the variables in `roles`; `rows` is the sample (after the filter), used for
/// winsorizing percentiles.
pub fn apply(panel: &Panel, roles: &Roles, rows: &[usize], t: &Transforms) -> Result<Applied, TransformError> {
    let mut p = panel.clone();
    let mut r = roles.clone();
    let mut notes = Vec::new();
    if t.interpolate {
        let mut cols: Vec<String> = vec![r.outcome.clone(), r.treatment.clone()];
        cols.extend(r.instrument.iter().cloned());
        cols.extend(r.controls.iter().cloned());
        cols.dedup();
        notes.extend(interpolate::interpolate_columns(&mut p, &cols)?);
    }
    for col in &t.log {
        let new = log::log_column(&mut p, col)?;
        rename(&mut r, col, &new);
    }
    let lagged = if t.lag_treatment || t.instrument_times_lagged_treatment {
        let (name, note) = lag::lag_column(&mut p, &r.treatment)?;
        notes.push(note);
        Some(name)
    } else {
        None
    };
    if let (true, Some(lag)) = (t.instrument_times_lagged_treatment, &lagged) {
        let z = r.instrument.clone().ok_or(TransformError::NoInstrument)?;
        let name = format!("{z} x {lag}");
        let (zv, lv) = (num(&p, &z)?, num(&p, lag)?);
        let prod: Vec<f64> = zv.iter().zip(lv).map(|(a, b)| a * b).collect();
        p.set_numeric(&name, prod);
        r.instrument = Some(name);
    }
    if let (true, Some(lag)) = (t.lag_treatment, lagged) {
        r.treatment = lag;
    }
    if let Some(w) = t.winsorize_controls {
        let mut new_controls = Vec::with_capacity(r.controls.len());
        for c in &r.controls {
            let (name, note) = winsor::winsorize_column(&mut p, c, rows, w)?;
            notes.push(note);
            new_controls.push(name);
        }
        r.controls = new_controls;
    }
    if t.square_controls {
        let squares = square::add_squares(&mut p, &r.controls)?;
        r.controls.extend(squares);
    }
    Ok(Applied { panel: p, roles: r, notes })
}

fn rename(r: &mut Roles, old: &str, new: &str) {
    let swap = |s: &mut String| {
        if s == old {
            *s = new.to_string();
        }
    };
    swap(&mut r.outcome);
    swap(&mut r.treatment);
    if let Some(z) = r.instrument.as_mut() {
        swap(z);
    }
    r.controls.iter_mut().for_each(swap);
}

/// The numeric column `name` or [`TransformError::NoColumn`].
pub fn num<'a>(p: &'a Panel, name: &str) -> Result<&'a [f64], TransformError> {
    p.numeric(name).ok_or_else(|| TransformError::NoColumn(name.to_string()))
}

/// `Unit year` of a row for messages (or `row N`).
pub fn where_is(p: &Panel, row: usize) -> String {
    match (p.unit_label(row), p.year_of(row)) {
        (Some(u), Some(y)) => format!("{u} {y}"),
        (Some(u), None) => u.to_string(),
        _ => format!("row {}", row + 1),
    }
}

/// Rows of each unit sorted by year; errors on duplicate unit-years.
pub fn unit_series(p: &Panel, what: &'static str) -> Result<Vec<Vec<usize>>, TransformError> {
    let (Some(u), Some(y)) = (&p.unit, &p.year) else {
        return Err(TransformError::NotAPanel(what));
    };
    let mut series = vec![Vec::new(); u.n_units()];
    for row in 0..p.n_rows() {
        series[u.ids[row] as usize].push(row);
    }
    for s in &mut series {
        s.sort_by_key(|&r| (y.years[r], r));
        for w in s.windows(2) {
            if y.years[w[0]] == y.years[w[1]] {
                return Err(TransformError::DuplicateUnitYear {
                    what,
                    unit: u.labels[u.ids[w[0]] as usize].clone(),
                    year: y.years[w[0]],
                });
            }
        }
    }
    Ok(series)
}
