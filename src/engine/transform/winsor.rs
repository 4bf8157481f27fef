//! Winsorizing: clip a column at two percentiles of its values in the sample.
//!
//! Percentiles are `numpy.percentile`'s default (linear): for sorted values `v_0..v_{n-1}` and
//! percentile `q`, `h = (n - 1) q / 100`, `P = v_floor(h) + (h - floor(h)) (v_floor(h)+1 - v_floor(h))`.

use super::{TransformError, TransformNote, Winsor, num};
use crate::engine::data::Panel;

/// `numpy.percentile(values, q)` with linear interpolation (`values` sorted, non-empty).
pub fn percentile_sorted(values: &[f64], q: f64) -> f64 {
    let n = values.len();
    let h = (n - 1) as f64 * q / 100.0;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    values[lo] + (h - lo as f64) * (values[hi] - values[lo])
}

/// Add `w(col)`, clipped at the percentiles of `col` over `rows`; returns its name and a note.
pub fn winsorize_column(
    p: &mut Panel,
    col: &str,
    rows: &[usize],
    w: Winsor,
) -> Result<(String, TransformNote), TransformError> {
    if !(w.lower >= 0.0 && w.lower < w.upper && w.upper <= 100.0) {
        return Err(TransformError::Percentiles { lower: w.lower, upper: w.upper });
    }
    let v = num(p, col)?;
    let mut sample: Vec<f64> = rows.iter().map(|&r| v[r]).filter(|x| x.is_finite()).collect();
    sample.sort_by(f64::total_cmp);
    let name = format!("w({col})");
    if sample.is_empty() {
        let out = v.to_vec();
        p.set_numeric(&name, out);
        let note = TransformNote {
            transform: "winsorize",
            column: name.clone(),
            cells: 0,
            message: format!("{col}: no values to winsorize"),
        };
        return Ok((name, note));
    }
    let (lo, hi) = (percentile_sorted(&sample, w.lower), percentile_sorted(&sample, w.upper));
    let mut clipped = 0;
    let out: Vec<f64> = v
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let c = x.clamp(lo, hi);
            if x.is_finite() && c != x && rows.binary_search(&i).is_ok() {
                clipped += 1;
            }
            if x.is_finite() { c } else { x }
        })
        .collect();
    p.set_numeric(&name, out);
    let note = TransformNote {
        transform: "winsorize",
        column: name.clone(),
        cells: clipped,
        message: format!(
            "{col} winsorized at the {}th / {}th percentiles [{lo:.6}, {hi:.6}]: {clipped} values clipped",
            w.lower, w.upper
        ),
    };
    Ok((name, note))
}
