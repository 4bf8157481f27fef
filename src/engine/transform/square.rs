//! Squares of controls, added as `name^2`.

use super::{TransformError, num};
use crate::engine::data::Panel;

/// Add `c^2` for every control; returns the new names.
pub fn add_squares(p: &mut Panel, controls: &[String]) -> Result<Vec<String>, TransformError> {
    let mut names = Vec::with_capacity(controls.len());
    for c in controls {
        let sq: Vec<f64> = num(p, c)?.iter().map(|x| x * x).collect();
        let name = format!("{c}^2");
        p.set_numeric(&name, sq);
        names.push(name);
    }
    Ok(names)
}
