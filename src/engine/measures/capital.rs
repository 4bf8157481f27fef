//! Capital stock by the perpetual inventory method (PIM), per unit over consecutive years.
//!
//! For each unit, from the base year `b` on (SPEC §3; the study's section on TFEE inputs):
//!
//! * real investment `I_t = I^nominal_t x P_b / P_t` when a deflator (price index, any base)
//!   is given, else `I_t = I^nominal_t`; so `K` is in base-year prices;
//! * base stock `K_b = I_b / (g + delta)` (Hall & Jones 1999; Zhang Jun et al. 2004 for China),
//!   where `g = (I_{b+h} / I_b)^(1/h) - 1` is the average (geometric) annual growth of real
//!   investment over the first `h = min(growth_years, years available after b)` years
//!   (`g = 0` when only the base year exists);
//! * `K_t = (1 - delta) K_{t-1} + I_t` for `t = b+1, b+2, ...`.
//!
//! Years before `b` have no stock (NaN). A missing investment or price, or a missing year in
//! the sequence, ends the recursion for that unit: later years stay NaN and a note says why.
//! Nothing is filled silently.

use crate::engine::data::Panel;
use serde::{Deserialize, Serialize};

/// Perpetual-inventory settings.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `delta` | `0.096` | `(0, 1)` | depreciation rate (9.6%, Zhang Jun et al. 2004) |
/// | `base_year` | `None` | a year of the data | first year of the stock; `None` = each unit's first year |
/// | `deflator` | `Some("deflator")` | a numeric column or `None` | investment price index; `None` uses nominal investment |
/// | `growth_years` | `5` | `1 ..= 50` | years over which `g` of the base stock is averaged |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CapitalSpec {
    /// Depreciation rate.
    pub delta: f64,
    /// Base year (`None`: each unit's first year).
    pub base_year: Option<i32>,
    /// Price-index column deflating investment.
    pub deflator: Option<String>,
    /// Years averaged for the growth rate `g`.
    pub growth_years: usize,
}

impl Default for CapitalSpec {
    fn default() -> Self {
        CapitalSpec { delta: 0.096, base_year: None, deflator: Some("deflator".into()), growth_years: 5 }
    }
}

/// Why a capital stock cannot be computed at all.
#[derive(Clone, Debug, PartialEq)]
pub enum CapitalError {
    /// Depreciation outside (0, 1).
    BadDelta(f64),
    /// Growth window outside 1..=50.
    BadGrowthYears(usize),
    /// The data has no unit or no year column.
    NotAPanel,
    /// A column is absent or not numeric.
    MissingColumn(String),
}

/// Why one unit's stock stops or never starts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum CapitalNote {
    /// The unit has no row in the base year.
    NoBaseYear {
        /// Unit label.
        unit: String,
        /// The base year.
        year: i32,
    },
    /// Investment (or its price) missing or non-positive where the base stock needs it.
    BadBaseInvestment {
        /// Unit label.
        unit: String,
        /// The year concerned.
        year: i32,
    },
    /// `g + delta <= 0`: investment falls faster than capital depreciates.
    BaseGrowth {
        /// Unit label.
        unit: String,
        /// The average growth rate.
        g: f64,
    },
    /// Investment or price missing: the stock stops in this year.
    MissingInvestment {
        /// Unit label.
        unit: String,
        /// First year without a stock.
        year: i32,
    },
    /// A year is missing from the sequence: the stock stops after it.
    Gap {
        /// Unit label.
        unit: String,
        /// The first year after the gap.
        year: i32,
    },
}

/// Capital stock per panel row, and notes on the units where it stops.
#[derive(Clone, Debug, PartialEq)]
pub struct CapitalOutput {
    /// `K` per row (NaN where undefined).
    pub values: Vec<f64>,
    /// What stopped the recursion, per unit.
    pub notes: Vec<CapitalNote>,
}

impl CapitalSpec {
    /// Check the settings once.
    pub fn validate(&self) -> Result<(), CapitalError> {
        if !(self.delta > 0.0 && self.delta < 1.0) {
            return Err(CapitalError::BadDelta(self.delta));
        }
        if !(1..=50).contains(&self.growth_years) {
            return Err(CapitalError::BadGrowthYears(self.growth_years));
        }
        Ok(())
    }
}

/// The capital stock of every row of `panel` from the `investment` column.
pub fn capital_stock(panel: &Panel, investment: &str, spec: &CapitalSpec) -> Result<CapitalOutput, CapitalError> {
    spec.validate()?;
    let (Some(unit), Some(year)) = (&panel.unit, &panel.year) else { return Err(CapitalError::NotAPanel) };
    let inv = panel.numeric(investment).ok_or_else(|| CapitalError::MissingColumn(investment.to_string()))?;
    let price = match &spec.deflator {
        Some(c) => Some(panel.numeric(c).ok_or_else(|| CapitalError::MissingColumn(c.clone()))?),
        None => None,
    };
    let n = panel.n_rows();
    let mut by_unit: Vec<Vec<usize>> = vec![Vec::new(); unit.n_units()];
    for r in 0..n {
        by_unit[unit.ids[r] as usize].push(r);
    }
    let mut values = vec![f64::NAN; n];
    let mut notes = Vec::new();
    for (u, rows) in by_unit.iter_mut().enumerate() {
        rows.sort_by_key(|&r| year.years[r]);
        let label = &unit.labels[u];
        let ys: Vec<i32> = rows.iter().map(|&r| year.years[r]).collect();
        let Some(start) = (match spec.base_year {
            Some(b) => ys.iter().position(|&y| y == b),
            None => (!ys.is_empty()).then_some(0),
        }) else {
            notes.push(CapitalNote::NoBaseYear { unit: label.clone(), year: spec.base_year.unwrap_or_default() });
            continue;
        };
        let p_base = price.map(|p| p[rows[start]]);
        let real = |r: usize| -> f64 {
            match (price, p_base) {
                (Some(p), Some(pb)) if p[r] > 0.0 && pb > 0.0 => inv[r] * pb / p[r],
                (Some(_), _) => f64::NAN,
                _ => inv[r],
            }
        };
        // Consecutive years from the base year.
        let mut run = 1;
        while start + run < ys.len() && ys[start + run] == ys[start + run - 1] + 1 {
            run += 1;
        }
        let base_year = ys[start];
        let i0 = real(rows[start]);
        if i0.is_nan() || i0 <= 0.0 {
            notes.push(CapitalNote::BadBaseInvestment { unit: label.clone(), year: base_year });
            continue;
        }
        let h = spec.growth_years.min(run - 1);
        let g = if h == 0 {
            0.0
        } else {
            let ih = real(rows[start + h]);
            if ih.is_nan() || ih <= 0.0 {
                notes.push(CapitalNote::BadBaseInvestment { unit: label.clone(), year: ys[start + h] });
                continue;
            }
            libm::pow(ih / i0, 1.0 / h as f64) - 1.0
        };
        if (g + spec.delta).is_nan() || g + spec.delta <= 0.0 {
            notes.push(CapitalNote::BaseGrowth { unit: label.clone(), g });
            continue;
        }
        let mut k = i0 / (g + spec.delta);
        values[rows[start]] = k;
        for t in start + 1..start + run {
            let it = real(rows[t]);
            if it.is_nan() {
                notes.push(CapitalNote::MissingInvestment { unit: label.clone(), year: ys[t] });
                break;
            }
            k = (1.0 - spec.delta) * k + it;
            values[rows[t]] = k;
        }
        if start + run < ys.len() && values[rows[start + run - 1]].is_finite() {
            notes.push(CapitalNote::Gap { unit: label.clone(), year: ys[start + run] });
        }
    }
    Ok(CapitalOutput { values, notes })
}
