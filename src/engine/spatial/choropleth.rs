//! Choropleth data: a [`MapSpec`] (variable, years, classification, palette) applied to a
//! panel and a join gives one [`MapData`] per year: each feature's value, class and fill, the
//! legend with class ranges and counts, and the units without data.
//!
//! Breaks are computed from the values of every unit of the panel at the year (NaN ignored),
//! so a map's legend equals `carbon-dml breaks --at-year`. With a shared legend the breaks
//! come from the values of all the years shown, pooled.

use super::breaks::{self, Breaks, BreaksError, MAX_CLASSES, MIN_CLASSES, Method};
use super::geojson::Boundaries;
use super::join::Join;
use super::palette::{NO_DATA, PaletteKind, PaletteName, Rgb};
use crate::engine::data::panel::Panel;
use crate::engine::data::registry::Registry;
use serde::{Deserialize, Serialize};

/// Whether side-by-side maps share one legend or each has its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegendScope {
    /// One set of breaks from the pooled values of every year shown (maps comparable).
    #[default]
    Shared,
    /// Breaks per map (each year's spread shown in full).
    PerMap,
}

/// What to map and how to classify and colour it.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `variable` | `"CEE"` | a numeric column | the variable mapped |
/// | `years` | `[2011, 2022]` | years in the panel; empty for a cross-section | one map per year |
/// | `method` | `Jenks` | `Jenks`, `Quantile`, `Equal` | how breaks are chosen |
/// | `classes` | 5 | 2..=9 (the view offers 3..=9) | number of classes |
/// | `manual_breaks` | `[]` | ascending, last >= max | user-edited upper bounds (override `method`) |
/// | `palette` | `YlGnBu` | ColorBrewer scheme | class colours |
/// | `reverse` | false | | reverse the palette (lower is better, e.g. CIWB) |
/// | `legend` | `Shared` | `Shared`, `PerMap` | one legend for all maps or one each |
/// | `center_diverging` | true | | with a diverging palette and signed data, zero at the neutral colour |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MapSpec {
    /// Numeric column to map.
    pub variable: String,
    /// One map per year; empty maps all rows (a cross-section).
    pub years: Vec<i32>,
    /// Classification method.
    pub method: Method,
    /// Number of classes.
    pub classes: usize,
    /// User-edited upper bounds; when non-empty they replace the computed breaks.
    pub manual_breaks: Vec<f64>,
    /// Colour scheme.
    pub palette: PaletteName,
    /// Reverse the colour order.
    pub reverse: bool,
    /// Shared or per-map legend.
    pub legend: LegendScope,
    /// Centre diverging palettes on zero.
    pub center_diverging: bool,
}

impl Default for MapSpec {
    fn default() -> Self {
        MapSpec {
            variable: "CEE".into(),
            years: vec![2011, 2022],
            method: Method::Jenks,
            classes: 5,
            manual_breaks: Vec::new(),
            palette: PaletteName::YlGnBu,
            reverse: false,
            legend: LegendScope::Shared,
            center_diverging: true,
        }
    }
}

/// Why maps could not be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum MapError {
    /// The variable is not a numeric column.
    VariableMissing {
        /// The name asked for.
        name: String,
        /// Numeric columns of the panel.
        available: Vec<String>,
    },
    /// A year is not in the panel.
    YearMissing {
        /// The year asked for.
        year: i32,
        /// First year of the panel.
        first: i32,
        /// Last year of the panel.
        last: i32,
    },
    /// Years asked for but the data have no year column.
    NoYearColumn,
    /// The data have no unit column.
    NoUnits,
    /// Classification failed.
    Breaks(BreaksError),
}

impl From<BreaksError> for MapError {
    fn from(e: BreaksError) -> Self {
        MapError::Breaks(e)
    }
}

/// How a feature is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Fill {
    /// The colour of its class.
    Class(usize, Rgb),
    /// No data: grey with hatching ([`NO_DATA`]).
    NoData,
}

impl Fill {
    /// The fill colour (the no-data grey for [`Fill::NoData`]).
    pub fn rgb(self) -> Rgb {
        match self {
            Fill::Class(_, c) => c,
            Fill::NoData => NO_DATA.fill,
        }
    }
}

/// One feature on one map.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FeatureValue {
    /// Panel unit id, when the feature is joined to a unit.
    pub unit: Option<u32>,
    /// The value at this map's year (`None` when missing or not joined).
    pub value: Option<f64>,
    /// Fill: class colour or no data.
    pub fill: Fill,
}

/// One legend row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LegendEntry {
    /// Lower end of the class (the data minimum for the first class; exclusive after that).
    pub lower: f64,
    /// Upper end (inclusive).
    pub upper: f64,
    /// Number of units of this map in the class.
    pub count: usize,
    /// Class colour.
    pub color: Rgb,
}

/// Why a feature or unit is drawn as "no data".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum NoDataReason {
    /// The feature matches no unit of the data (e.g. Tibet in the study).
    NotInData,
    /// The unit is in the data but its value is missing at this year.
    Missing,
}

/// A feature drawn as "no data", for the list under the map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NoDataEntry {
    /// Feature index.
    pub feature: usize,
    /// English name of the feature.
    pub name: String,
    /// Why.
    pub reason: NoDataReason,
}

/// One map: values, classes and legend for one year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MapData {
    /// Year shown (`None` for a cross-section).
    pub year: Option<i32>,
    /// Class breaks used.
    pub breaks: Breaks,
    /// Per feature, in boundary order.
    pub features: Vec<FeatureValue>,
    /// Legend rows, one per class.
    pub legend: Vec<LegendEntry>,
    /// Features drawn as no data.
    pub no_data: Vec<NoDataEntry>,
}

/// The values of `variable` per unit at `year` (`None`: all rows; the last row wins when a
/// unit appears twice), NaN where missing.
pub fn unit_values(panel: &Panel, variable: &str, year: Option<i32>) -> Result<Vec<f64>, MapError> {
    let col = panel.numeric(variable).ok_or_else(|| MapError::VariableMissing {
        name: variable.to_string(),
        available: panel.numeric_names().iter().map(|s| s.to_string()).collect(),
    })?;
    let units = panel.unit.as_ref().ok_or(MapError::NoUnits)?;
    let mut out = vec![f64::NAN; units.n_units()];
    for (row, &v) in col.iter().enumerate() {
        if year.is_none_or(|y| panel.year_of(row) == Some(y)) {
            out[units.ids[row] as usize] = v;
        }
    }
    Ok(out)
}

/// The values of `variable` in the rows of `year` (all rows for `None`), checked against the
/// panel: what the `breaks` command classifies.
pub fn column_values(panel: &Panel, variable: &str, year: Option<i32>) -> Result<Vec<f64>, MapError> {
    let col = panel.numeric(variable).ok_or_else(|| MapError::VariableMissing {
        name: variable.to_string(),
        available: panel.numeric_names().iter().map(|s| s.to_string()).collect(),
    })?;
    let Some(y) = year else { return Ok(col.to_vec()) };
    check_year(panel, y)?;
    Ok(col.iter().enumerate().filter(|(r, _)| panel.year_of(*r) == Some(y)).map(|(_, &v)| v).collect())
}

fn check_year(panel: &Panel, year: i32) -> Result<(), MapError> {
    let ys = panel.years();
    match (ys.first(), ys.last()) {
        _ if panel.year.is_none() => Err(MapError::NoYearColumn),
        (Some(&first), Some(&last)) if ys.binary_search(&year).is_err() => {
            Err(MapError::YearMissing { year, first, last })
        }
        _ => Ok(()),
    }
}

/// Compute one map per year of `spec` (one map of all rows when `spec.years` is empty).
pub fn compute_maps(
    panel: &Panel,
    boundaries: &Boundaries,
    join: &Join,
    spec: &MapSpec,
) -> Result<Vec<MapData>, MapError> {
    if spec.manual_breaks.is_empty() && !(MIN_CLASSES..=MAX_CLASSES).contains(&spec.classes) {
        return Err(BreaksError::ClassesOutOfRange { k: spec.classes }.into());
    }
    let years: Vec<Option<i32>> =
        if spec.years.is_empty() { vec![None] } else { spec.years.iter().map(|&y| Some(y)).collect() };
    for y in years.iter().flatten() {
        check_year(panel, *y)?;
    }
    let values: Vec<Vec<f64>> =
        years.iter().map(|&y| unit_values(panel, &spec.variable, y)).collect::<Result<_, _>>()?;
    let make_breaks = |v: &[f64]| -> Result<Breaks, BreaksError> {
        if spec.manual_breaks.is_empty() {
            breaks::compute(v, spec.method, spec.classes)
        } else {
            breaks::manual(v, &spec.manual_breaks)
        }
    };
    let shared = match spec.legend {
        LegendScope::Shared if years.len() > 1 => Some(make_breaks(&values.concat())?),
        _ => None,
    };
    years
        .iter()
        .zip(&values)
        .map(|(&year, v)| {
            let b = match &shared {
                Some(b) => b.clone(),
                None => make_breaks(v)?,
            };
            Ok(build_map(boundaries, join, year, v, b, spec))
        })
        .collect()
}

/// Class colours for `breaks` under `spec` (centred on zero for diverging palettes when the
/// data take both signs and `center_diverging` is set).
pub fn class_colors(b: &Breaks, spec: &MapSpec) -> Vec<Rgb> {
    let k = b.k();
    if spec.center_diverging && spec.palette.kind() == PaletteKind::Diverging && b.min < 0.0 && b.max > 0.0 {
        let below = (0..k).filter(|&j| b.upper[j] <= 0.0).count();
        let straddle = below < k && b.range(below).0 < 0.0 && b.upper[below] > 0.0;
        let above = k - below - usize::from(straddle);
        return spec.palette.centered(below, straddle, above, spec.reverse);
    }
    spec.palette.colors(k, spec.reverse)
}

fn build_map(
    boundaries: &Boundaries,
    join: &Join,
    year: Option<i32>,
    unit_vals: &[f64],
    b: Breaks,
    spec: &MapSpec,
) -> MapData {
    let colors = class_colors(&b, spec);
    let counts = b.counts(unit_vals);
    let legend = (0..b.k())
        .map(|j| {
            let (lower, upper) = b.range(j);
            LegendEntry { lower, upper, count: counts[j], color: colors.get(j).copied().unwrap_or(NO_DATA.fill) }
        })
        .collect();
    let mut no_data = Vec::new();
    let features = join
        .feature_unit
        .iter()
        .enumerate()
        .map(|(i, &unit)| {
            let value = unit.map(|u| unit_vals[u as usize]).filter(|v| !v.is_nan());
            let fill = match value.and_then(|v| b.classify(v)) {
                Some(c) => Fill::Class(c, colors.get(c).copied().unwrap_or(NO_DATA.fill)),
                None => {
                    let reason = if unit.is_some() { NoDataReason::Missing } else { NoDataReason::NotInData };
                    no_data.push(NoDataEntry { feature: i, name: feature_name(boundaries, i, false), reason });
                    Fill::NoData
                }
            };
            FeatureValue { unit, value, fill }
        })
        .collect();
    MapData { year, breaks: b, features, legend, no_data }
}

/// Display name of feature `i`: its `name_zh` / `name_en` property; else its `name` property,
/// translated through the registry when it names a province (`西藏自治区` shows as `Tibet` in
/// English); else the registry name of any property that resolves to a province (a code);
/// else `feature i`.
pub fn feature_name(boundaries: &Boundaries, i: usize, chinese: bool) -> String {
    let Some(f) = boundaries.features.get(i) else { return format!("feature {i}") };
    let reg = Registry::embedded();
    let pick =
        |p: &crate::engine::data::registry::Province| if chinese { p.name_zh.clone() } else { p.name_en.clone() };
    if let Some(n) = f.property(if chinese { "name_zh" } else { "name_en" }) {
        return n.to_string();
    }
    if let Some(n) = f.property("name") {
        return reg.lookup(n).map_or_else(|| n.to_string(), pick);
    }
    f.properties.iter().find_map(|(_, v)| reg.lookup(v)).map_or_else(|| format!("feature {i}"), pick)
}

/// Hover text of feature `i` on map `m`: name, value and class range, e.g.
/// `Sichuan: 1.23 (class 3 of 5: 1.10 – 1.45)`, or `Tibet: no data`.
pub fn hover_text(boundaries: &Boundaries, m: &MapData, i: usize, chinese: bool) -> String {
    let name = feature_name(boundaries, i, chinese);
    let Some(f) = m.features.get(i) else { return name };
    match (f.value, f.fill) {
        (Some(v), Fill::Class(c, _)) => {
            let (lo, hi) = m.breaks.range(c);
            let mut bounds = vec![m.breaks.min];
            bounds.extend(&m.breaks.upper);
            let d = super::render::legend_decimals(&bounds);
            let dv = d.max(super::render::legend_decimals(&[v]));
            format!("{name}: {v:.dv$} (class {} of {}: {lo:.d$} – {hi:.d$})", c + 1, m.breaks.k())
        }
        _ => format!("{name}: no data"),
    }
}
