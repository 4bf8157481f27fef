//! The study's ratio measures: carbon economic efficiency (CEE), welfare carbon intensity
//! (CIWB) and industrial structure upgrading (ISU).
//!
//! * `CEE = GDP / CO2` (output per unit of emissions; the study's eq. 7).
//! * `CIWB = (CO2 / population) / life expectancy x 100` (per-capita emissions per year of
//!   life expectancy; the study's eq. 8).
//! * `ISU = 1 x share1 + 2 x share2 + 3 x share3` (industrial-structure level coefficient,
//!   Wang Wei et al. 2015, the study's eq. 9), shares of primary, secondary and tertiary output.
//!
//! A missing input gives a missing value. A zero or negative denominator gives a missing
//! value too, and its row is reported (never a silent infinity); so does a ratio of finite
//! inputs that overflows the 64-bit range (GDP 1e308 over CO2 1e-308).

/// Values of a ratio and the rows where it is undefined.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioOutput {
    /// One value per row (NaN where undefined or an input is missing).
    pub values: Vec<f64>,
    /// Rows (0-based) whose inputs are present but whose denominator is zero or negative.
    pub nonpositive_rows: Vec<usize>,
    /// Rows with a missing input.
    pub missing: usize,
    /// Rows (0-based) whose inputs are finite but whose ratio overflows to infinity.
    pub overflow_rows: Vec<usize>,
}

fn ratio_rows(n: usize, f: impl Fn(usize) -> (Option<f64>, bool)) -> RatioOutput {
    let mut out =
        RatioOutput { values: vec![f64::NAN; n], nonpositive_rows: Vec::new(), missing: 0, overflow_rows: Vec::new() };
    for r in 0..n {
        match f(r) {
            (Some(v), _) if !v.is_finite() => out.overflow_rows.push(r),
            (Some(v), _) => out.values[r] = v,
            (None, true) => out.missing += 1,
            (None, false) => out.nonpositive_rows.push(r),
        }
    }
    out
}

/// `CEE = gdp / co2` per row.
pub fn cee(gdp: &[f64], co2: &[f64]) -> RatioOutput {
    ratio_rows(gdp.len(), |r| {
        let (g, c) = (gdp[r], co2[r]);
        if g.is_nan() || c.is_nan() {
            (None, true)
        } else if c <= 0.0 {
            (None, false)
        } else {
            (Some(g / c), false)
        }
    })
}

/// `CIWB = (co2 / population) / life x 100` per row.
pub fn ciwb(co2: &[f64], population: &[f64], life: &[f64]) -> RatioOutput {
    ratio_rows(co2.len(), |r| {
        let (c, p, l) = (co2[r], population[r], life[r]);
        if c.is_nan() || p.is_nan() || l.is_nan() {
            (None, true)
        } else if p <= 0.0 || l <= 0.0 {
            (None, false)
        } else {
            (Some(c / p / l * 100.0), false)
        }
    })
}

/// `ISU = share1 + 2 share2 + 3 share3` per row (shares as fractions or percentages).
pub fn isu(share1: &[f64], share2: &[f64], share3: &[f64]) -> RatioOutput {
    ratio_rows(share1.len(), |r| {
        let v = share1[r] + 2.0 * share2[r] + 3.0 * share3[r];
        if v.is_nan() { (None, true) } else { (Some(v), false) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_missing_and_nonpositive_denominators() {
        let c = cee(&[10.0, 5.0, f64::NAN, 4.0], &[4.0, 0.0, 1.0, -2.0]);
        assert_eq!(c.values[0], 2.5);
        assert!(c.values[1].is_nan() && c.values[2].is_nan() && c.values[3].is_nan());
        assert_eq!(c.nonpositive_rows, vec![1, 3]);
        assert_eq!(c.missing, 1);
        let w = ciwb(&[300.0], &[100.0], &[75.0]);
        assert!((w.values[0] - 4.0).abs() < 1e-15);
        let i = isu(&[0.1, f64::NAN], &[0.4, 0.5], &[0.5, 0.5]);
        assert!((i.values[0] - 2.4).abs() < 1e-15);
        assert!(i.values[1].is_nan() && i.missing == 1);
    }
}
