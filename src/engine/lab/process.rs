//! The lab's data-generating processes, each with its true effect.
//!
//! With `h(x) = |x_1| - sqrt(2 / pi) + 0.5 1[x_2 > 0] - 0.25` (mean zero, no linear correlation
//! with `x` in its `|x_1|` part) and confounding strength `c`:
//!
//! * **Nonlinear** (the process of [`crate::engine::dml::montecarlo`] at `c = 1`): `n` rows,
//!   `x_1..x_5 ~ N(0, 1)`, `D = 0.5 x_3 + c h(x) + v`, `Y = theta D + 0.5 x_3 + 2 c h(x) + e`,
//!   `theta = 0.5`. Linear controls cannot absorb `h`, so naive OLS and DML with OLS learners
//!   are biased by about `c`-proportional amounts; trees are not.
//! * **Panel**: the same equations on `G = n / 10` units observed for [`PANEL_YEARS`] years,
//!   plus unit effects that the controls do not explain: `D_it = ... + u_g + v_it` and
//!   `Y_it = ... + w_g + e_it`, `u_g, w_g ~ N(0, 1)`. The score's terms are correlated within a
//!   unit, so standard errors that treat rows as independent are too small (under-coverage);
//!   clustering by unit restores coverage.
//! * **Sample**: the bundled sample's own process ([`crate::engine::data::sample`]), drawn anew
//!   with `n / 12` units (at least 10) for 2011-2022, its derived variables computed as for the
//!   bundled file, and the study's baseline model (CEE on DCP with the six controls), with one
//!   DCP effect for every region ([`Effects::Uniform`], `theta = 1.0`). With the bundled file's
//!   regional effects (0.8 / 1.0 / 1.4) a partially linear model targets their average weighted
//!   by the residual variance of DCP (about 0.95), not the row average (about 1.075), so no
//!   single "truth" would be right for every estimator. Its unit traits (development, coal
//!   dependence, the telegraph legacy) make rows of one unit correlated: clustering by unit
//!   matters here as in the panel process. `c` does not apply.

use super::runner::LabError;
use crate::engine::data::sample::{Effects, SampleSpec, generate};
use crate::engine::data::{ImportOptions, import_bytes};
use crate::engine::dml::design::{Design, Dropped, Roles};
use crate::engine::learners::Features;
use crate::engine::measures::{MeasureSpec, add_derived};
use crate::engine::rng::{Rng, rng_for, stream};
use crate::engine::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// Years per unit in the panel process.
pub const PANEL_YEARS: usize = 10;

/// The true effect of the nonlinear and panel processes.
pub const THETA: f64 = 0.5;

/// Stream of the lab's data draws: `rng_for(seed, &[SAMPLE_DATA, LAB_DATA, process, replication])`.
const LAB_DATA: u64 = 17;

/// A data-generating process with a known effect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Process {
    /// The bundled sample's process (30 provinces by default).
    Sample,
    /// Nonlinear confounding, independent rows.
    #[default]
    Nonlinear,
    /// Nonlinear confounding plus unit effects: clustering matters.
    Panel,
}

impl Process {
    /// Every process, in menu order.
    pub const ALL: [Process; 3] = [Process::Nonlinear, Process::Panel, Process::Sample];

    /// Command-line name.
    pub fn cli_name(self) -> &'static str {
        match self {
            Process::Sample => "sample",
            Process::Nonlinear => "nonlinear",
            Process::Panel => "panel",
        }
    }

    /// Whether the confounding strength `c` enters the process.
    pub fn has_confounding(self) -> bool {
        self != Process::Sample
    }

    /// Whether rows belong to units (so by-unit folds and clustering apply).
    pub fn has_units(self) -> bool {
        self != Process::Nonlinear
    }

    fn code(self) -> u64 {
        match self {
            Process::Sample => 0,
            Process::Nonlinear => 1,
            Process::Panel => 2,
        }
    }
}

/// One simulated data set and the effect the estimators should find.
#[derive(Clone, Debug)]
pub struct Draw {
    /// The design the estimators see.
    pub design: Design,
    /// The true effect of D on Y in this data set.
    pub truth: f64,
}

/// The confounding function `h(x)` (module docs).
fn h(x1: f64, x2: f64) -> f64 {
    let step = if x2 > 0.0 { 0.5 } else { 0.0 };
    x1.abs() - (2.0 / std::f64::consts::PI).sqrt() + step - 0.25
}

/// Draw replication `replication` of `process` with about `n` rows.
pub fn draw(process: Process, n: usize, confounding: f64, seed: u64, replication: u64) -> Result<Draw, LabError> {
    match process {
        Process::Nonlinear => {
            let mut rng = rng_for(seed, &[stream::SAMPLE_DATA, LAB_DATA, process.code(), replication]);
            Ok(Draw { design: nonlinear(n, confounding, &mut rng), truth: THETA })
        }
        Process::Panel => {
            let mut rng = rng_for(seed, &[stream::SAMPLE_DATA, LAB_DATA, process.code(), replication]);
            Ok(Draw { design: panel(n / PANEL_YEARS, confounding, &mut rng), truth: THETA })
        }
        Process::Sample => sample(n, seed, replication),
    }
}

/// The nonlinear process on `n` rows, drawing from `rng` (row by row: `x_1..x_5`, `v`, `e`).
pub fn nonlinear(n: usize, c: f64, rng: &mut Rng) -> Design {
    let mut x = Features::zeros(n, 5);
    let (mut y, mut d) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        for j in 0..5 {
            x[(i, j)] = rng.normal();
        }
        let ch = c * h(x[(i, 0)], x[(i, 1)]);
        let di = 0.5 * x[(i, 2)] + ch + rng.normal();
        y.push(THETA * di + 0.5 * x[(i, 2)] + 2.0 * ch + rng.normal());
        d.push(di);
    }
    bare_design(y, d, x)
}

/// The panel process: `units` units x [`PANEL_YEARS`] years (unit effects first, then rows).
fn panel(units: usize, c: f64, rng: &mut Rng) -> Design {
    let units = units.max(2);
    let effects: Vec<(f64, f64)> = (0..units).map(|_| (rng.normal(), rng.normal())).collect();
    let n = units * PANEL_YEARS;
    let mut x = Features::zeros(n, 5);
    let (mut y, mut d) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (g, &(u, w)) in effects.iter().enumerate() {
        for t in 0..PANEL_YEARS {
            let i = g * PANEL_YEARS + t;
            for j in 0..5 {
                x[(i, j)] = rng.normal();
            }
            let ch = c * h(x[(i, 0)], x[(i, 1)]);
            let di = 0.5 * x[(i, 2)] + ch + u + rng.normal();
            y.push(THETA * di + 0.5 * x[(i, 2)] + 2.0 * ch + w + rng.normal());
            d.push(di);
        }
    }
    let mut design = bare_design(y, d, x);
    design.units = Some((0..n).map(|i| (i / PANEL_YEARS) as u32).collect());
    design.unit_labels = (1..=units).map(|g| format!("unit {g}")).collect();
    design.years = Some((0..n).map(|i| (i % PANEL_YEARS) as u32).collect());
    design.year_values = (0..PANEL_YEARS as i32).map(|t| 2011 + t).collect();
    design
}

fn bare_design(y: Vec<f64>, d: Vec<f64>, x: Features) -> Design {
    let n = y.len();
    Design {
        roles: Roles { outcome: "Y".into(), treatment: "D".into(), controls: vec![], instrument: None },
        y,
        d,
        z: None,
        x,
        x_names: (1..=5).map(|j| format!("x{j}")).collect(),
        rows: (0..n).collect(),
        units: None,
        unit_labels: vec![],
        years: None,
        year_values: vec![],
        fold_ids: None,
        dropped: Dropped::default(),
    }
}

/// A new panel from the sample's process, with its derived variables, as the study's baseline design.
fn sample(n: usize, seed: u64, replication: u64) -> Result<Draw, LabError> {
    let units = (n / 12).max(10);
    let spec = SampleSpec {
        units,
        years: 12,
        seed: rng_for(seed, &[stream::SAMPLE_DATA, LAB_DATA, 0, replication]).next_u64(),
        effects: Effects::Uniform,
    };
    let generated = generate(&spec);
    let imported = import_bytes(generated.csv.as_bytes(), "lab sample", &ImportOptions::default())
        .map_err(|report| LabError::DataImport(Box::new(report)))?;
    let mut panel = imported.panel;
    add_derived(&mut panel, &MeasureSpec::default());
    let valid = Scenario::default().validate(&panel).map_err(LabError::DataSpec)?;
    Ok(Draw { design: valid.design, truth: generated.truth.cee_average })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_confounding_d_does_not_depend_on_h() {
        let a = draw(Process::Nonlinear, 50, 0.0, 1, 0).unwrap().design;
        let b = draw(Process::Nonlinear, 50, 2.0, 1, 0).unwrap().design;
        assert_eq!(a.x.column(0), b.x.column(0), "same x draws");
        assert_ne!(a.d, b.d);
    }

    #[test]
    fn the_panel_process_has_units_and_years() {
        let d = draw(Process::Panel, 200, 1.0, 1, 0).unwrap().design;
        assert_eq!(d.n(), 200);
        assert_eq!(d.unit_labels.len(), 20);
        assert_eq!(d.units.as_ref().unwrap()[19], 1);
        assert_eq!(d.years.as_ref().unwrap()[19], 9);
    }

    #[test]
    fn the_sample_process_gives_the_study_baseline_with_its_truth() {
        let draw = draw(Process::Sample, 360, 1.0, 42, 0).unwrap();
        assert_eq!(draw.design.roles.outcome, "CEE");
        assert_eq!(draw.design.roles.treatment, "DCP");
        assert!(draw.design.n() > 300, "{}", draw.design.n());
        assert_eq!(draw.truth, 1.0, "one effect for every region");
    }
}
