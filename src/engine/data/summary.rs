//! Descriptive statistics per variable: the study's Table 3 (N, mean, sd, min, max).

use super::panel::Panel;

/// Summary of one numeric variable over its non-missing cells.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct VariableSummary {
    /// Variable name.
    pub name: String,
    /// Non-missing observations.
    pub n: usize,
    /// Arithmetic mean.
    pub mean: f64,
    /// Sample standard deviation, `sqrt(sum (x - mean)^2 / (n - 1))` (NaN when n < 2).
    pub sd: f64,
    /// Minimum.
    pub min: f64,
    /// Maximum.
    pub max: f64,
}

/// Summarize `values`, skipping NaN. Returns `None` when no value is present.
pub fn summarize(name: &str, values: &[f64]) -> Option<VariableSummary> {
    let xs: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if xs.is_empty() {
        return None;
    }
    let n = xs.len();
    let mean = xs.iter().sum::<f64>() / n as f64;
    let sd =
        if n > 1 { (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt() } else { f64::NAN };
    let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some(VariableSummary { name: name.to_string(), n, mean, sd, min, max })
}

/// Table 3 for the given variables (all numeric columns when `names` is empty).
pub fn describe(panel: &Panel, names: &[&str]) -> Vec<VariableSummary> {
    let all = panel.numeric_names();
    let chosen: Vec<&str> = if names.is_empty() { all } else { names.to_vec() };
    chosen.iter().filter_map(|n| panel.numeric(n).and_then(|v| summarize(n, v))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_hand_computation() {
        let s = summarize("x", &[1.0, 2.0, f64::NAN, 4.0]).unwrap();
        assert_eq!(s.n, 3);
        assert!((s.mean - 7.0 / 3.0).abs() < 1e-12);
        let var = ((1.0f64 - 7.0 / 3.0).powi(2) + (2.0f64 - 7.0 / 3.0).powi(2) + (4.0f64 - 7.0 / 3.0).powi(2)) / 2.0;
        assert!((s.sd - var.sqrt()).abs() < 1e-12);
        assert_eq!((s.min, s.max), (1.0, 4.0));
        assert!(summarize("e", &[f64::NAN]).is_none());
    }
}
