//! The year (and month) of a raster from its file name, and per-unit values of several rasters
//! gathered into `unit, year, value` rows (monthly rasters summed or averaged into the year).
//!
//! Names: the runs of digits in the file name (without its extension) are read as
//! `YYYYMM` (6 digits), `YYYYMMDD` (8 digits, the day ignored) or `YYYY` followed by a
//! separator (`_`, `-`, `.`) and a month `M` or `MM` (not followed by a letter or digit, so
//! `2019_1km` is the year 2019), or a lone `YYYY`; years 1900 to 2100,
//! months 1 to 12. Two different years in one name are ambiguous: the year must then be given.

use serde::Serialize;

/// When a raster's values belong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// Year.
    pub year: i32,
    /// Month 1-12 when the raster is monthly.
    pub month: Option<u8>,
}

/// Why a period cannot be read from a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// No year in the name.
    NoYear {
        /// The file name.
        name: String,
    },
    /// Several years in the name.
    Ambiguous {
        /// The file name.
        name: String,
        /// The years found.
        years: String,
    },
    /// Several rasters for one year without a rule to combine them.
    SeveralPerYear {
        /// The year.
        year: i32,
        /// How many rasters.
        count: usize,
        /// Their names.
        names: String,
    },
}

/// The period in a file name (see the module notes).
pub fn period_from_name(name: &str) -> Result<Period, PeriodError> {
    let stem = match name.rsplit_once('.') {
        Some((s, ext)) if !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric()) => s,
        _ => name,
    };
    let bytes = stem.as_bytes();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let num = |s: usize, e: usize| stem[s..e].parse::<i32>().ok();
    let year_ok = |y: i32| (1900..=2100).contains(&y);
    let month_ok = |m: i32| (1..=12).contains(&m);
    let mut found: Vec<Period> = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        let (s, e) = runs[k];
        let len = e - s;
        let year = if len >= 4 { num(s, s + 4) } else { None };
        match (len, year) {
            (6 | 8, Some(y)) if year_ok(y) => {
                if let Some(m) = num(s + 4, s + 6).filter(|m| month_ok(*m)) {
                    found.push(Period { year: y, month: Some(m as u8) });
                }
            }
            (4, Some(y)) if year_ok(y) => {
                let next = runs.get(k + 1).copied().filter(|&(ns, ne)| {
                    ns == e + 1
                        && matches!(bytes[e], b'_' | b'-' | b'.')
                        && ne - ns <= 2
                        && bytes.get(ne).is_none_or(|b| !b.is_ascii_alphanumeric())
                });
                match next.and_then(|(ns, ne)| num(ns, ne)).filter(|m| month_ok(*m)) {
                    Some(m) => {
                        found.push(Period { year: y, month: Some(m as u8) });
                        k += 1;
                    }
                    None => found.push(Period { year: y, month: None }),
                }
            }
            _ => {}
        }
        k += 1;
    }
    let mut years: Vec<i32> = found.iter().map(|p| p.year).collect();
    years.dedup();
    match (found.first(), years.len()) {
        (None, _) => Err(PeriodError::NoYear { name: name.to_string() }),
        (Some(p), 1) => Ok(found.iter().find(|p| p.month.is_some()).copied().unwrap_or(*p)),
        _ => Err(PeriodError::Ambiguous {
            name: name.to_string(),
            years: years.iter().map(i32::to_string).collect::<Vec<_>>().join(", "),
        }),
    }
}

/// How the rasters of one year are combined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Combine {
    /// Sum of the rasters' values (monthly totals into an annual total).
    Sum,
    /// Mean of the rasters' values (monthly means into an annual mean).
    Mean,
}

/// One output row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitYear {
    /// Unit label.
    pub unit: String,
    /// Year.
    pub year: i32,
    /// The value (`None`: no valid cell under the unit, for a mean).
    pub value: Option<f64>,
}

/// Gather per-raster, per-unit values into rows ordered by unit (as in `units`) then year.
/// `values[k][u]` is raster `k`'s value for unit `u`; `periods[k]` its period. Several rasters
/// in one year need `combine`; a combined value skips the rasters where the unit has none.
pub fn unit_year_rows(
    units: &[String],
    periods: &[Period],
    names: &[String],
    values: &[Vec<Option<f64>>],
    combine: Option<Combine>,
) -> Result<Vec<UnitYear>, PeriodError> {
    let mut years: Vec<i32> = periods.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut rows = Vec::with_capacity(units.len() * years.len());
    let in_year: Vec<Vec<usize>> =
        years.iter().map(|y| (0..periods.len()).filter(|&k| periods[k].year == *y).collect()).collect();
    if combine.is_none()
        && let Some((y, ks)) = years.iter().zip(&in_year).find(|(_, ks)| ks.len() > 1)
    {
        return Err(PeriodError::SeveralPerYear {
            year: *y,
            count: ks.len(),
            names: ks.iter().map(|&k| names[k].as_str()).collect::<Vec<_>>().join(", "),
        });
    }
    for (u, unit) in units.iter().enumerate() {
        for (y, ks) in years.iter().zip(&in_year) {
            let vs: Vec<f64> = ks.iter().filter_map(|&k| values[k].get(u).copied().flatten()).collect();
            let value = match (vs.is_empty(), combine) {
                (true, _) => None,
                (false, Some(Combine::Mean)) => Some(vs.iter().sum::<f64>() / vs.len() as f64),
                (false, _) => Some(vs.iter().sum()),
            };
            rows.push(UnitYear { unit: unit.clone(), year: *y, value });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(year: i32, month: Option<u8>) -> Period {
        Period { year, month }
    }

    #[test]
    fn years_and_months_from_names() {
        assert_eq!(period_from_name("CGER_CO2_2015.tif").unwrap(), p(2015, None));
        assert_eq!(period_from_name("co2_201503.tif").unwrap(), p(2015, Some(3)));
        assert_eq!(period_from_name("co2_2015_03.tif").unwrap(), p(2015, Some(3)));
        assert_eq!(period_from_name("co2-2015-3_1km.tif").unwrap(), p(2015, Some(3)));
        assert_eq!(period_from_name("odiac2019_1km_20190701.tif").unwrap(), p(2019, Some(7)));
        assert_eq!(period_from_name("v2_1km_2011.tiff").unwrap(), p(2011, None));
        assert!(matches!(period_from_name("grid.tif"), Err(PeriodError::NoYear { .. })));
        assert!(matches!(period_from_name("diff_2011_2022.tif"), Err(PeriodError::Ambiguous { .. })));
        assert!(matches!(period_from_name("id_0042.tif"), Err(PeriodError::NoYear { .. })));
    }

    #[test]
    fn months_are_summed_or_averaged_and_several_per_year_need_a_rule() {
        let units = vec!["A".to_string(), "B".to_string()];
        let periods = [p(2015, Some(1)), p(2015, Some(2)), p(2016, None)];
        let names: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let values = vec![vec![Some(1.0), None], vec![Some(3.0), Some(5.0)], vec![Some(7.0), None]];
        let rows = unit_year_rows(&units, &periods, &names, &values, Some(Combine::Sum)).unwrap();
        let got: Vec<(&str, i32, Option<f64>)> = rows.iter().map(|r| (r.unit.as_str(), r.year, r.value)).collect();
        assert_eq!(got, [("A", 2015, Some(4.0)), ("A", 2016, Some(7.0)), ("B", 2015, Some(5.0)), ("B", 2016, None)]);
        let rows = unit_year_rows(&units, &periods, &names, &values, Some(Combine::Mean)).unwrap();
        assert_eq!(rows[0].value, Some(2.0));
        let e = unit_year_rows(&units, &periods, &names, &values, None).unwrap_err();
        assert!(e.to_string().contains("--months"), "{e}");
    }
}
