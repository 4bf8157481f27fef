//! The TFEE effect built into the synthetic sample, measured by finite differences.
//!
//! TFEE is a super-efficiency SBM score against each year's frontier, so it has no coefficient in
//! the process; its effect is defined row by row as the derivative of a unit-year's score with
//! respect to its own DCP, every other unit-year (hence the frontier), its GDP, capital and
//! labour held fixed:
//!
//! ```text
//! tau_it = [TFEE_it(DCP_it + h) - TFEE_it(DCP_it - h)] / (2 h),   h = STEP = 0.001
//! ```
//!
//! where moving DCP by `h` raises CEE by `theta_r h`, so it multiplies the unit-year's CO2 and with
//! it energy, SO2, NOx and dust by `CEE / (CEE + theta_r h)` (see [`super::sample`]: energy is
//! CO2 over a carbon factor, the three pollutants scale with energy), and it moves `phi_r h` of
//! output from the secondary to the tertiary sector, multiplying wastewater (proportional to
//! `gdp share2`) by `(share2 - phi_r h) / share2`. The scores are the engine's own
//! ([`crate::engine::measures::sbm::evaluate`], constant returns, the study's columns, capital
//! from the perpetual inventory of the published file). The truth is the average of `tau_it`
//! over the rows with a score: 0.2604 on the bundled sample, which scipy's HiGHS on the textbook
//! programs reproduces (`tests/fixtures/measures/check_tfee_truth.py`).
//!
//! It is the average own effect, not the target of a partially linear model of pooled data:
//! when every unit's DCP rises, the frontier moves too (a common rise leaves the scores nearly
//! unchanged), and a pooled estimate weighs rows by the residual variance of DCP.
//! `sample_data/README.md` shows why DML on the pooled panel does not recover it.

use super::import::import_bytes;
use super::sample::Sample;
use crate::engine::measures::MeasureSpec;
use crate::engine::measures::derive::add_derived;
use crate::engine::measures::sbm::{DeaData, evaluate};
use crate::engine::measures::tfee::TfeeSpec;
use rayon::prelude::*;

/// The finite-difference step in DCP units (DCP lies in about 0 to 1). Small enough that almost
/// no unit-year crosses between SBM and super-SBM within `+-STEP` (at 0.01 some do, and their
/// differences, up to 24, inflate the average from 0.2604 to 0.3681); `STEP / 10` gives the same
/// average to four digits.
pub const STEP: f64 = 0.001;

/// The sample with [`super::sample::TrueEffects::tfee_average_partial_effect`] and the row
/// effects filled in (left `None` and empty when the published file does not import or has no
/// TFEE score).
pub fn with_tfee_truth(mut sample: Sample) -> Sample {
    if let Some(rows) = tfee_row_effects(&sample) {
        let vals: Vec<f64> = rows.iter().copied().filter(|v| v.is_finite()).collect();
        if !vals.is_empty() {
            sample.truth.tfee_average_partial_effect = Some(vals.iter().sum::<f64>() / vals.len() as f64);
        }
        sample.truth.tfee_row_effects = rows;
    }
    sample
}

/// Factors by which row `r`'s energy (and SO2, NOx, dust) and its wastewater change when its DCP
/// rises by `h`: `CEE / (CEE + theta h)` (CEE floored at 0.05 as in the process) and
/// `(share2 - phi h) / share2`.
pub fn response(sample: &Sample, r: usize, h: f64) -> (f64, f64) {
    let cee = sample.cee[r];
    let energy = cee / (cee + sample.cee_effect[r] * h).max(0.05);
    let share2 = sample.share2[r];
    (energy, (share2 - sample.isu_effect[r] * h) / share2)
}

/// `tau_it` of every row of the published file (NaN where a row has no TFEE score).
pub fn tfee_row_effects(sample: &Sample) -> Option<Vec<f64>> {
    row_effects_with_step(sample, STEP)
}

fn row_effects_with_step(sample: &Sample, step: f64) -> Option<Vec<f64>> {
    let mut panel = import_bytes(sample.csv.as_bytes(), "generated sample", &Default::default()).ok()?.panel;
    add_derived(&mut panel, &MeasureSpec::default());
    let spec = TfeeSpec::default();
    let n = panel.n_rows();
    if sample.cee.len() != n {
        return None;
    }
    let columns: Vec<&String> = spec.inputs.iter().chain(&spec.good).chain(&spec.bad).collect();
    let values: Vec<&[f64]> = columns.iter().map(|c| panel.numeric(c)).collect::<Option<_>>()?;
    let years = &panel.year.as_ref()?.years;
    let complete: Vec<usize> = (0..n).filter(|&r| values.iter().all(|c| c[r].is_finite())).collect();
    // Which columns move with DCP, and how: 1 = energy factor, 2 = wastewater factor.
    let role: Vec<u8> = columns
        .iter()
        .map(|c| match c.as_str() {
            "energy" | "so2" | "nox" | "dust" => 1,
            "wastewater" => 2,
            _ => 0,
        })
        .collect();
    let (m, s1, s2) = (spec.inputs.len(), spec.good.len(), spec.bad.len());
    let score_with = |r: usize, h: f64| -> f64 {
        let members: Vec<usize> = complete.iter().copied().filter(|&j| years[j] == years[r]).collect();
        let o = members.iter().position(|&j| j == r).expect("row is complete");
        let (fe, fw) = response(sample, r, h);
        let value = |j: usize, k: usize| {
            let v = values[k][j];
            match (j == r, role[k]) {
                (true, 1) => v * fe,
                (true, 2) => v * fw,
                _ => v,
            }
        };
        let take = |ks: std::ops::Range<usize>| -> Vec<f64> {
            members.iter().flat_map(|&j| ks.clone().map(move |k| value(j, k))).collect()
        };
        let data = DeaData { m, s1, s2, x: take(0..m), yg: take(m..m + s1), yb: take(m + s1..m + s1 + s2) };
        let all: Vec<usize> = (0..members.len()).collect();
        evaluate(&data, o, &all, spec.rts).score
    };
    let effects: Vec<(usize, f64)> =
        complete.par_iter().map(|&r| (r, (score_with(r, step) - score_with(r, -step)) / (2.0 * step))).collect();
    let mut out = vec![f64::NAN; n];
    for (r, tau) in effects {
        out[r] = tau;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::sample::{SampleSpec, generate};

    #[test]
    fn the_tfee_effect_is_positive_and_does_not_depend_on_the_step() {
        let sample = generate(&SampleSpec::default());
        let coarse = row_effects_with_step(&sample, STEP).expect("effects");
        let fine = row_effects_with_step(&sample, STEP / 10.0).expect("effects");
        let mean = |v: &[f64]| {
            let ok: Vec<f64> = v.iter().copied().filter(|x| x.is_finite()).collect();
            (ok.iter().sum::<f64>() / ok.len() as f64, ok.len())
        };
        let ((a, n), (b, m)) = (mean(&coarse), mean(&fine));
        assert_eq!(n, m);
        assert!(n >= 350, "{n} rows with a score");
        assert!(a > 0.0 && (a - b).abs() < 1e-3 * a, "step {STEP}: {a}, step {}: {b}", STEP / 10.0);
        // Lower CO2, energy and pollution never lower a unit-year's own score.
        assert!(coarse.iter().filter(|x| x.is_finite()).all(|&x| x >= -1e-6), "a negative row effect");
    }
}
