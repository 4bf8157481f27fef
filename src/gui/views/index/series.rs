//! DCP and its sub-indices over time: the mean per year of each region, the national mean,
//! and the selected unit's own line. Cached by the derived data and the selection.
//!
//! Regions: east / central / west of the province registry when every unit is a province;
//! otherwise a text column `region3` (`east`, `central`, `west`, or 东部 / 中部 / 西部) if the
//! data have one; otherwise none (national mean only). Means skip missing values; a year
//! without any value is left out of the line.

use crate::engine::data::Panel;
use crate::engine::data::panel::{ColumnData, UnitKind};
use crate::engine::data::registry::{Region3, Registry};
use crate::engine::measures::derive::DCP;
use std::collections::BTreeMap;

/// Points `[year, value]`, ascending in year.
pub type Line = Vec<[f64; 2]>;

/// Where the regions come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionSource {
    /// The province registry.
    Registry,
    /// The data's `region3` column.
    Column,
    /// No regions: national mean only.
    None,
}

/// Why there is nothing to plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesError {
    /// The panel has no numeric DCP column.
    NoDcp,
    /// The panel has no year column.
    NoYears,
}

/// Everything the two plots draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Where the regions come from.
    pub source: RegionSource,
    /// Mean DCP per year over every row.
    pub national: Line,
    /// Mean DCP per year of each region with data.
    pub regions: Vec<(Region3, Line)>,
    /// The selected unit's DCP, if it is in the panel.
    pub selected: Option<Line>,
    /// Mean per year of each sub-index column (name, line).
    pub sub: Vec<(String, Line)>,
    /// The selected unit's sub-indices.
    pub sub_selected: Vec<(String, Line)>,
}

/// The region of every row (see the module docs).
pub fn row_regions(panel: &Panel) -> (RegionSource, Vec<Option<Region3>>) {
    let n = panel.n_rows();
    if let Some(u) = &panel.unit
        && u.kind == UnitKind::Province
    {
        let reg = Registry::embedded();
        let per_unit: Vec<Option<Region3>> =
            u.codes.iter().map(|c| c.and_then(|code| reg.by_code(code)).map(|p| p.region3)).collect();
        if per_unit.iter().all(Option::is_some) {
            return (RegionSource::Registry, u.ids.iter().map(|&id| per_unit[id as usize]).collect());
        }
    }
    if let Some(ColumnData::Text(cells)) = panel.column("region3").map(|c| &c.data) {
        let parsed: Vec<Option<Region3>> = cells.iter().map(|c| c.as_deref().and_then(parse_region)).collect();
        if parsed.iter().any(Option::is_some) {
            return (RegionSource::Column, parsed);
        }
    }
    (RegionSource::None, vec![None; n])
}

/// `east` / `central` / `west` in English (any case) or Chinese.
pub fn parse_region(s: &str) -> Option<Region3> {
    match s.trim().to_lowercase().as_str() {
        "east" | "eastern" | "东部" | "东" => Some(Region3::East),
        "central" | "middle" | "中部" | "中" => Some(Region3::Central),
        "west" | "western" | "西部" | "西" => Some(Region3::West),
        _ => None,
    }
}

/// Mean of `values` per year over the rows where `keep` holds (missing values skipped).
pub fn mean_by_year(values: &[f64], years: &[i32], keep: impl Fn(usize) -> bool) -> Line {
    let mut acc: BTreeMap<i32, (f64, usize)> = BTreeMap::new();
    for (r, (&v, &y)) in values.iter().zip(years).enumerate() {
        if v.is_finite() && keep(r) {
            let e = acc.entry(y).or_insert((0.0, 0));
            e.0 += v;
            e.1 += 1;
        }
    }
    acc.into_iter().map(|(y, (s, n))| [f64::from(y), s / n as f64]).collect()
}

/// The rows of unit `label`, as a line of `values` by year.
fn unit_line(panel: &Panel, values: &[f64], years: &[i32], label: &str) -> Option<Line> {
    let u = panel.unit.as_ref()?;
    let id = u.labels.iter().position(|l| l == label)? as u32;
    Some(mean_by_year(values, years, |r| u.ids[r] == id))
}

/// The plots' content for `panel` (with derived columns), its sub-index columns `sub_columns`
/// and the selected unit label.
pub fn series(panel: &Panel, sub_columns: &[String], selected: Option<&str>) -> Result<Series, SeriesError> {
    let dcp = panel.numeric(DCP).ok_or(SeriesError::NoDcp)?;
    let years = &panel.year.as_ref().ok_or(SeriesError::NoYears)?.years;
    let (source, regions_of) = row_regions(panel);
    let regions = [Region3::East, Region3::Central, Region3::West]
        .into_iter()
        .map(|g| (g, mean_by_year(dcp, years, |r| regions_of[r] == Some(g))))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let sub: Vec<(String, &[f64])> =
        sub_columns.iter().filter_map(|c| panel.numeric(c).map(|v| (c.clone(), v))).collect();
    Ok(Series {
        source,
        national: mean_by_year(dcp, years, |_| true),
        regions,
        selected: selected.and_then(|s| unit_line(panel, dcp, years, s)),
        sub: sub.iter().map(|(c, v)| (c.clone(), mean_by_year(v, years, |_| true))).collect(),
        sub_selected: selected
            .map(|s| sub.iter().filter_map(|(c, v)| unit_line(panel, v, years, s).map(|l| (c.clone(), l))).collect())
            .unwrap_or_default(),
    })
}

/// [`series`] cached by the derived-data key, the sub-index columns and the selection.
#[derive(Default)]
pub struct SeriesCache {
    entry: Option<(SeriesKey, Result<Series, SeriesError>)>,
}

/// The inputs of a cached [`Series`]: derived-data key, sub-index columns, selected unit.
type SeriesKey = (u64, Vec<String>, Option<String>);

impl SeriesCache {
    /// The series of `panel` (whose derived-data key is `key`), recomputed when an input changed.
    pub fn get(
        &mut self,
        key: u64,
        panel: &Panel,
        sub_columns: &[String],
        selected: Option<&str>,
    ) -> &Result<Series, SeriesError> {
        let k = (key, sub_columns.to_vec(), selected.map(str::to_string));
        if self.entry.as_ref().is_some_and(|(old, _)| *old != k) {
            self.entry = None;
        }
        &self.entry.get_or_insert_with(|| (k, series(panel, sub_columns, selected))).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::panel::{Column, UnitIndex, YearIndex};

    fn panel(units: &[&str], years: &[i32], dcp: &[f64], region3: Option<&[&str]>) -> Panel {
        let raw: Vec<String> = units.iter().map(|s| s.to_string()).collect();
        let provinces = units.iter().all(|u| Registry::embedded().lookup(u).is_some());
        let mut columns = vec![Column { name: DCP.into(), data: ColumnData::Numeric(dcp.to_vec()) }];
        if let Some(r) = region3 {
            columns.push(Column {
                name: "region3".into(),
                data: ColumnData::Text(r.iter().map(|s| Some(s.to_string())).collect()),
            });
        }
        Panel {
            source: "test".into(),
            content_hash: 1,
            columns,
            unit: Some(UnitIndex::from_labels("unit", &raw, provinces)),
            year: Some(YearIndex { column: "year".into(), years: years.to_vec() }),
        }
    }

    #[test]
    fn regional_means_by_year_from_the_registry() {
        // Beijing and Shanghai are east, Anhui central, Sichuan west.
        let p = panel(
            &["Beijing", "Shanghai", "Anhui", "Sichuan", "Beijing", "Shanghai", "Anhui", "Sichuan"],
            &[2011, 2011, 2011, 2011, 2012, 2012, 2012, 2012],
            &[0.2, 0.4, 0.1, 0.05, 0.3, f64::NAN, 0.2, 0.1],
            None,
        );
        let s = series(&p, &[], Some("Anhui")).unwrap();
        assert_eq!(s.source, RegionSource::Registry);
        let east = &s.regions.iter().find(|(g, _)| *g == Region3::East).unwrap().1;
        assert!((east[0][1] - 0.3).abs() < 1e-15, "mean of 0.2 and 0.4");
        assert_eq!(east[1], [2012.0, 0.3], "missing Shanghai 2012 is skipped, not zero");
        assert_eq!(s.national[0][0], 2011.0);
        assert!((s.national[0][1] - 0.1875).abs() < 1e-15);
        assert_eq!(s.selected, Some(vec![[2011.0, 0.1], [2012.0, 0.2]]));
    }

    #[test]
    fn generic_units_use_a_region3_column_or_only_the_national_mean() {
        let p =
            panel(&["a", "b", "a", "b"], &[1, 1, 2, 2], &[1.0, 3.0, 2.0, 4.0], Some(&["East", "西部", "East", "西部"]));
        let s = series(&p, &[], None).unwrap();
        assert_eq!(s.source, RegionSource::Column);
        assert_eq!(s.regions.len(), 2);
        assert_eq!(s.regions[1], (Region3::West, vec![[1.0, 3.0], [2.0, 4.0]]));
        let p = panel(&["a", "b"], &[1, 1], &[1.0, 3.0], None);
        let s = series(&p, &[], Some("zzz")).unwrap();
        assert_eq!((s.source, s.regions.len(), s.selected), (RegionSource::None, 0, None));
        assert_eq!(s.national, vec![[1.0, 2.0]]);
    }

    #[test]
    fn no_dcp_or_no_years_is_reported() {
        let mut p = panel(&["a"], &[1], &[1.0], None);
        p.year = None;
        assert_eq!(series(&p, &[], None), Err(SeriesError::NoYears));
        p.columns.clear();
        assert_eq!(series(&p, &[], None), Err(SeriesError::NoDcp));
    }
}
