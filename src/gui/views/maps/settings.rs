//! Settings of the Maps view: what is mapped, for which years, how it is classified and
//! coloured, and the export width. Serde so that it can be persisted beside the scenario.

use crate::engine::dml::Nuisance;
use crate::engine::spatial::breaks::Method;
use crate::engine::spatial::render::WIDTH_RANGE;
use crate::engine::spatial::{LegendScope, MapSpec, PaletteName};
use serde::{Deserialize, Serialize};

/// Variables whose lower values are better: mapped with the palette reversed by default, so
/// that the better provinces get the darker colour as for "higher is better" variables.
pub const LOWER_IS_BETTER: &[&str] = &["CIWB", "co2", "so2", "nox", "dust", "wastewater", "energy", "dc_pue"];

/// What a map shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapVariable {
    /// A numeric column of the derived panel (raw, measured or index variable).
    Column(String),
    /// Out-of-fold residuals of one nuisance fit of the current estimate, averaged per
    /// unit-year (`target - prediction`, first repetition).
    Residual(Nuisance),
}

impl Default for MapVariable {
    fn default() -> Self {
        MapVariable::Column("CEE".into())
    }
}

/// Settings of the Maps view.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `variable` | `Column("CEE")` | a numeric column or a nuisance residual | what is mapped |
/// | `years` | `[None, None]` | years of the data; `None` = first / last year | left and right map |
/// | `two_maps` | true | | two maps side by side, or only the left one |
/// | `method` | `Jenks` | `Jenks`, `Quantile`, `Equal` | how breaks are chosen |
/// | `classes` | 5 | 3..=9 | number of classes |
/// | `manual_breaks` | `[]` | ascending, last >= max | user-edited upper bounds (override `method`) |
/// | `palette` | `YlGnBu` | ColorBrewer scheme | class colours (`RdBu` chosen for signed data) |
/// | `reverse` | false (true for [`LOWER_IS_BETTER`]) | | reverse the palette |
/// | `legend` | `Shared` | `Shared`, `PerMap` | one legend (pooled breaks) or one per map |
/// | `export_width` | 1600 | 320..=8000 | width of the exported PNG in pixels |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MapSettings {
    /// What is mapped.
    pub variable: MapVariable,
    /// Year of the left and right map (`None`: first and last year of the data).
    pub years: [Option<i32>; 2],
    /// Show the right map too.
    pub two_maps: bool,
    /// Classification method.
    pub method: Method,
    /// Number of classes.
    pub classes: usize,
    /// User-edited upper bounds (empty: computed by `method`).
    pub manual_breaks: Vec<f64>,
    /// Colour scheme.
    pub palette: PaletteName,
    /// Reverse the colours.
    pub reverse: bool,
    /// Shared or per-map legend.
    pub legend: LegendScope,
    /// Export width, pixels.
    pub export_width: u32,
}

impl Default for MapSettings {
    fn default() -> Self {
        MapSettings {
            variable: MapVariable::default(),
            years: [None, None],
            two_maps: true,
            method: Method::Jenks,
            classes: 5,
            manual_breaks: Vec::new(),
            palette: PaletteName::YlGnBu,
            reverse: false,
            legend: LegendScope::Shared,
            export_width: 1600,
        }
    }
}

/// Smallest and largest number of classes offered.
pub const CLASS_RANGE: std::ops::RangeInclusive<usize> = 3..=9;

impl MapSettings {
    /// The years shown, resolved against the data's years (`available` ascending): a missing
    /// or unknown year becomes the first (left) or last (right) year. Empty for data without
    /// years (one cross-section map).
    pub fn resolved_years(&self, available: &[i32]) -> Vec<i32> {
        let (Some(&first), Some(&last)) = (available.first(), available.last()) else { return Vec::new() };
        let pick = |y: Option<i32>, fallback: i32| y.filter(|y| available.binary_search(y).is_ok()).unwrap_or(fallback);
        let left = pick(self.years[0], first);
        if self.two_maps { vec![left, pick(self.years[1], last)] } else { vec![left] }
    }

    /// The engine's map spec for `column` (the panel column holding the variable) and `years`.
    pub fn spec(&self, column: &str, years: Vec<i32>) -> MapSpec {
        MapSpec {
            variable: column.to_string(),
            years,
            method: self.method,
            classes: self.classes.clamp(*CLASS_RANGE.start(), *CLASS_RANGE.end()),
            manual_breaks: self.manual_breaks.clone(),
            palette: self.palette,
            reverse: self.reverse,
            legend: self.legend,
            center_diverging: true,
        }
    }

    /// Switch to `variable`, resetting what depends on it: edited breaks are dropped, the
    /// palette becomes diverging for signed data (`signed`) and sequential otherwise, and it
    /// is reversed for [`LOWER_IS_BETTER`] variables.
    pub fn set_variable(&mut self, variable: MapVariable, signed: bool) {
        if variable == self.variable {
            return;
        }
        self.reverse = matches!(&variable, MapVariable::Column(c) if LOWER_IS_BETTER.contains(&c.as_str()));
        self.palette = match (signed, self.palette.kind()) {
            (true, crate::engine::spatial::palette::PaletteKind::Sequential) => PaletteName::RdBu,
            (false, crate::engine::spatial::palette::PaletteKind::Diverging) => PaletteName::YlGnBu,
            _ => self.palette,
        };
        self.manual_breaks.clear();
        self.variable = variable;
    }

    /// The export width clamped to the accepted range.
    pub fn width(&self) -> u32 {
        self.export_width.clamp(*WIDTH_RANGE.start(), *WIDTH_RANGE.end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_default_to_first_and_last_and_unknown_years_fall_back() {
        let mut s = MapSettings::default();
        let ys = [2011, 2012, 2022];
        assert_eq!(s.resolved_years(&ys), vec![2011, 2022]);
        s.years = [Some(2012), Some(1990)];
        assert_eq!(s.resolved_years(&ys), vec![2012, 2022]);
        s.two_maps = false;
        assert_eq!(s.resolved_years(&ys), vec![2012]);
        assert!(s.resolved_years(&[]).is_empty());
    }

    #[test]
    fn switching_variable_picks_palette_direction_and_drops_edited_breaks() {
        let mut s = MapSettings { manual_breaks: vec![1.0, 2.0], ..MapSettings::default() };
        s.set_variable(MapVariable::Column("CIWB".into()), false);
        assert!(s.reverse);
        assert!(s.manual_breaks.is_empty());
        s.set_variable(MapVariable::Residual(Nuisance::L), true);
        assert_eq!(s.palette, PaletteName::RdBu);
        assert!(!s.reverse);
        s.set_variable(MapVariable::Column("DCP".into()), false);
        assert_eq!(s.palette, PaletteName::YlGnBu);
    }
}
