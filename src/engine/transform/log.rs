//! Natural log of a column, added as `ln(name)`; zero or negative values are an error.

use super::{TransformError, num, where_is};
use crate::engine::data::Panel;

/// Add `ln(col)` (missing stays missing) and return its name.
pub fn log_column(p: &mut Panel, col: &str) -> Result<String, TransformError> {
    let v = num(p, col)?;
    let bad: Vec<usize> = (0..v.len()).filter(|&i| v[i].is_finite() && v[i] <= 0.0).collect();
    if let Some(&first) = bad.first() {
        return Err(TransformError::NonPositive {
            column: col.to_string(),
            count: bad.len(),
            first: where_is(p, first),
            value: v[first],
        });
    }
    let out: Vec<f64> = v.iter().map(|&x| if x.is_finite() { libm::log(x) } else { f64::NAN }).collect();
    let name = format!("ln({col})");
    p.set_numeric(&name, out);
    Ok(name)
}
