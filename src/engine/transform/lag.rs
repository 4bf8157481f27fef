//! One-year lag within unit: `L.x(i, t) = x(i, t - 1)`, missing when year `t - 1` has no row.

use super::{TransformError, TransformNote, num, unit_series};
use crate::engine::data::Panel;

/// Add `L.col` and a note counting the rows left without a previous year (they are dropped by
/// listwise deletion: each unit's first year, and years after a gap).
pub fn lag_column(p: &mut Panel, col: &str) -> Result<(String, TransformNote), TransformError> {
    let series = unit_series(p, "lag")?;
    let v = num(p, col)?.to_vec();
    let years = p.year.as_ref().map(|y| y.years.clone()).unwrap_or_default();
    let mut out = vec![f64::NAN; v.len()];
    for s in &series {
        for w in s.windows(2) {
            if years[w[1]] == years[w[0]] + 1 {
                out[w[1]] = v[w[0]];
            }
        }
    }
    let missing = out.iter().zip(&v).filter(|(o, x)| o.is_nan() && x.is_finite()).count();
    let name = format!("L.{col}");
    p.set_numeric(&name, out);
    let note = TransformNote {
        transform: "lag",
        column: name.clone(),
        cells: missing,
        message: format!(
            "{name} is {col} of the previous year; {missing} rows have no previous-year value (each unit's first year, or a missing year before) and are dropped"
        ),
    };
    Ok((name, note))
}
