//! Linear interpolation of interior gaps within each unit over years (the study's rule for
//! missing values): a missing `x(i, t)` between observed `x(i, t0)` and `x(i, t1)` becomes
//! `x(t0) + (x(t1) - x(t0)) (t - t0) / (t1 - t0)`. Leading and trailing gaps stay missing.

use super::{TransformError, TransformNote, num, unit_series};
use crate::engine::data::Panel;

/// Fill interior gaps of `columns` in place; one note per column that had gaps filled.
pub fn interpolate_columns(p: &mut Panel, columns: &[String]) -> Result<Vec<TransformNote>, TransformError> {
    let series = unit_series(p, "interpolate")?;
    let years: Vec<f64> = p.year.as_ref().map(|y| y.years.iter().map(|&v| f64::from(v)).collect()).unwrap_or_default();
    let mut notes = Vec::new();
    for col in columns {
        let mut v = num(p, col)?.to_vec();
        let mut filled = 0;
        for s in &series {
            let observed: Vec<usize> = s.iter().copied().filter(|&r| v[r].is_finite()).collect();
            for w in observed.windows(2) {
                let (a, b) = (w[0], w[1]);
                let (t0, t1) = (years[a], years[b]);
                for &r in s.iter().filter(|&&r| years[r] > t0 && years[r] < t1) {
                    v[r] = v[a] + (v[b] - v[a]) * (years[r] - t0) / (t1 - t0);
                    filled += 1;
                }
            }
        }
        if filled > 0 {
            p.set_numeric(col, v);
            notes.push(TransformNote {
                transform: "interpolate",
                column: col.clone(),
                cells: filled,
                message: format!("{col}: {filled} interior gap(s) filled by linear interpolation within unit"),
            });
        }
    }
    Ok(notes)
}
