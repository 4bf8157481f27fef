//! Min-max normalization of index indicators by direction, over the whole panel or per year.
//!
//! SPEC §3: positive `x' = (x - min) / (max - min)`, negative `x' = (max - x) / (max - min)`,
//! then `x' + shift` (0.0001 by default; 0 allowed). `min` and `max` are taken over the
//! non-missing cells of the indicator (of the whole panel, or of each year with
//! [`normalize_per_year`]). Missing cells (NaN) stay NaN.

use serde::{Deserialize, Serialize};

/// Whether a larger indicator value means more development.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// Larger is better.
    #[default]
    Positive,
    /// Smaller is better (e.g. data-centre PUE).
    Negative,
}

impl Direction {
    /// Lower-case label (`positive`, `negative`).
    pub fn label(self) -> &'static str {
        match self {
            Direction::Positive => "positive",
            Direction::Negative => "negative",
        }
    }
}

/// Why an indicator cannot be normalized.
#[derive(Clone, Debug, PartialEq)]
pub enum NormalizeError {
    /// Every value is missing.
    AllMissing(String),
    /// All values are equal, so `max - min = 0`.
    Constant(String, f64),
    /// All values of one year are missing (per-year normalization).
    AllMissingInYear {
        /// Indicator.
        name: String,
        /// Year without values.
        year: i32,
    },
    /// All values of one year are equal (per-year normalization).
    ConstantInYear {
        /// Indicator.
        name: String,
        /// Year in which it is constant.
        year: i32,
        /// The constant value.
        value: f64,
    },
    /// The shift is negative or not finite.
    BadShift(f64),
    /// An infinite value (a division by zero upstream, for instance).
    Infinite {
        /// Indicator.
        name: String,
        /// Row (0-based).
        row: usize,
        /// The value.
        value: f64,
    },
}

fn min_max(x: &[f64], rows: impl Iterator<Item = usize>) -> Option<(f64, f64)> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for r in rows {
        let v = x[r];
        if !v.is_nan() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    (lo <= hi).then_some((lo, hi))
}

fn check_inputs(name: &str, x: &[f64], shift: f64) -> Result<(), NormalizeError> {
    if !(shift >= 0.0 && shift.is_finite()) {
        return Err(NormalizeError::BadShift(shift));
    }
    if let Some((row, &value)) = x.iter().enumerate().find(|(_, v)| v.is_infinite()) {
        return Err(NormalizeError::Infinite { name: name.to_string(), row, value });
    }
    Ok(())
}

#[inline]
fn scale(v: f64, lo: f64, hi: f64, direction: Direction, shift: f64) -> f64 {
    let range = hi - lo;
    match direction {
        Direction::Positive => (v - lo) / range + shift,
        Direction::Negative => (hi - v) / range + shift,
    }
}

/// Normalize one indicator over all rows. Missing values (NaN) stay NaN.
pub fn normalize(name: &str, x: &[f64], direction: Direction, shift: f64) -> Result<Vec<f64>, NormalizeError> {
    check_inputs(name, x, shift)?;
    let (lo, hi) = min_max(x, 0..x.len()).ok_or_else(|| NormalizeError::AllMissing(name.to_string()))?;
    if hi == lo {
        return Err(NormalizeError::Constant(name.to_string(), lo));
    }
    Ok(x.iter().map(|&v| scale(v, lo, hi, direction, shift)).collect())
}

/// Normalize one indicator within each year: `min` and `max` are those of the row's year.
/// `years[r]` is the year of row `r`.
pub fn normalize_per_year(
    name: &str,
    x: &[f64],
    years: &[i32],
    direction: Direction,
    shift: f64,
) -> Result<Vec<f64>, NormalizeError> {
    check_inputs(name, x, shift)?;
    if min_max(x, 0..x.len()).is_none() {
        return Err(NormalizeError::AllMissing(name.to_string()));
    }
    let mut distinct: Vec<i32> = years.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let mut out = vec![f64::NAN; x.len()];
    for year in distinct {
        let rows: Vec<usize> = (0..x.len()).filter(|&r| years[r] == year).collect();
        let (lo, hi) = min_max(x, rows.iter().copied())
            .ok_or_else(|| NormalizeError::AllMissingInYear { name: name.to_string(), year })?;
        if hi == lo {
            return Err(NormalizeError::ConstantInYear { name: name.to_string(), year, value: lo });
        }
        for r in rows {
            out[r] = scale(x[r], lo, hi, direction, shift);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_by_direction() {
        let x = [1.0, 3.0, 5.0];
        assert_eq!(normalize("a", &x, Direction::Positive, 0.0).unwrap(), vec![0.0, 0.5, 1.0]);
        assert_eq!(normalize("a", &x, Direction::Negative, 0.0).unwrap(), vec![1.0, 0.5, 0.0]);
        let s = normalize("a", &x, Direction::Positive, 0.0001).unwrap();
        assert!((s[0] - 0.0001).abs() < 1e-15);
        assert!(matches!(normalize("c", &[2.0, 2.0], Direction::Positive, 0.0), Err(NormalizeError::Constant(..))));
        assert!(matches!(normalize("m", &[f64::NAN], Direction::Positive, 0.0), Err(NormalizeError::AllMissing(_))));
        assert!(matches!(normalize("s", &x, Direction::Positive, -1.0), Err(NormalizeError::BadShift(_))));
        assert!(matches!(
            normalize("i", &[1.0, f64::INFINITY], Direction::Positive, 0.0),
            Err(NormalizeError::Infinite { row: 1, .. })
        ));
    }

    #[test]
    fn per_year_uses_each_years_range_and_keeps_missing() {
        let x = [1.0, 3.0, 10.0, 30.0, f64::NAN, 20.0];
        let years = [2011, 2011, 2012, 2012, 2012, 2012];
        let n = normalize_per_year("a", &x, &years, Direction::Positive, 0.0).unwrap();
        assert_eq!(&n[..4], &[0.0, 1.0, 0.0, 1.0]);
        assert!(n[4].is_nan());
        assert_eq!(n[5], 0.5);
        let c = normalize_per_year("a", &[1.0, 1.0, 2.0, 3.0], &[1, 1, 2, 2], Direction::Positive, 0.0);
        assert!(matches!(c, Err(NormalizeError::ConstantInYear { year: 1, .. })));
    }
}
