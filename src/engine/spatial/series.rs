//! Time series behind the small plot of a selected unit: its values over the years and the
//! national median (median over units with a value, per year).

/// `(year, value)` of `variable` for unit `unit` (dense unit id), ascending years, missing
/// values left out. Empty when the column, unit or year index is absent.
pub fn unit_series(panel: &crate::engine::data::Panel, variable: &str, unit: u32) -> Vec<(i32, f64)> {
    let (Some(col), Some(units), Some(years)) = (panel.numeric(variable), &panel.unit, &panel.year) else {
        return Vec::new();
    };
    let mut s: Vec<(i32, f64)> = (0..col.len())
        .filter(|&r| units.ids[r] == unit && !col[r].is_nan())
        .map(|r| (years.years[r], col[r]))
        .collect();
    s.sort_by_key(|p| p.0);
    s
}

/// `(year, median)` of `variable` across units for every year with at least one value.
/// Median of `n` sorted values: the middle one, or the mean of the two middle ones.
pub fn median_series(panel: &crate::engine::data::Panel, variable: &str) -> Vec<(i32, f64)> {
    let (Some(col), Some(years)) = (panel.numeric(variable), &panel.year) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for y in panel.years() {
        let mut v: Vec<f64> =
            (0..col.len()).filter(|&r| years.years[r] == y && !col[r].is_nan()).map(|r| col[r]).collect();
        if v.is_empty() {
            continue;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let m = if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 };
        out.push((y, m));
    }
    out
}
