//! The effects built into the bundled synthetic sample, for the rows an estimate used.
//!
//! The sample's process (see [`super::sample`]) fixes, for unit `i` in region `r(i)`:
//!
//! * `dCEE / dDCP = theta_r` (0.8 / 1.0 / 1.4 for east / central / west);
//! * `dISU / dDCP = phi_r` (0.06 / 0.08 / 0.12);
//! * `dCIWB / dDCP = -CIWB theta_r / CEE`, because `CIWB = 100 GDP / (CEE population
//!   life expectancy)` with GDP, population and life expectancy not depending on DCP;
//! * `dTFEE / dDCP = tau_it`, the finite-difference derivative of the unit-year's own score
//!   (see [`super::sample_tfee`]), when it has been measured.
//!
//! An estimate over a subsample (a region, the coastal provinces, regulation above its median)
//! targets the average of these row effects over *its* rows, so the truth shown beside it is
//! that average, not the whole sample's. The truth only means something when the estimate's
//! treatment is the process's DCP and its outcome the untransformed measure:
//! [`truth_applies`] says when.

use super::panel::Panel;
use super::registry::{Region3, Registry};
use super::sample::TrueEffects;
use crate::engine::measures::MeasureSpec;
use crate::engine::scenario::Scenario;

/// The true effect over an estimate's rows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowTruth {
    /// Average of the row effects over the rows.
    pub average: f64,
    /// The region effects (east, central, west) when they are constant by region (CEE, ISU).
    pub by_region: Option<[f64; 3]>,
}

fn region_index(r: Region3) -> usize {
    match r {
        Region3::East => 0,
        Region3::Central => 1,
        Region3::West => 2,
    }
}

impl TrueEffects {
    /// The true average effect of `treatment` on `outcome` over `rows` of `panel` (the derived
    /// panel the estimate used), when the process defines one: CEE, ISU, CIWB or (once measured)
    /// TFEE on DCP, and every row's unit is a province. `None` otherwise.
    ///
    /// For CIWB the row effect is `-CIWB_it theta_r / CEE_it` from the panel's own CIWB and CEE
    /// columns (the published file rounds CO2 to two decimals, so it differs from the process's
    /// unrounded value in the fifth significant digit).
    pub fn for_rows(&self, panel: &Panel, outcome: &str, treatment: &str, rows: &[usize]) -> Option<RowTruth> {
        if treatment != "DCP" || rows.is_empty() {
            return None;
        }
        if outcome == "TFEE" {
            let taus: Vec<f64> = rows.iter().map(|&r| self.tfee_row_effects.get(r).copied()).collect::<Option<_>>()?;
            let average = taus.iter().sum::<f64>() / taus.len() as f64;
            return average.is_finite().then_some(RowTruth { average, by_region: None });
        }
        let unit = panel.unit.as_ref()?;
        let reg = Registry::embedded();
        let region_of_row = |r: usize| -> Option<usize> {
            let id = *unit.ids.get(r)? as usize;
            let code = (*unit.codes.get(id)?)?;
            Some(region_index(reg.by_code(code)?.region3))
        };
        let (by_region, ciwb) = match outcome {
            "CEE" => (self.cee_by_region, None),
            "ISU" => (self.isu_by_region, None),
            "CIWB" => (self.cee_by_region, Some((panel.numeric("CIWB")?, panel.numeric("CEE")?))),
            _ => return None,
        };
        let mut sum = 0.0;
        for &r in rows {
            let effect = by_region[region_of_row(r)?];
            sum += match ciwb {
                None => effect,
                Some((ciwb, cee)) => -ciwb.get(r)? * effect / cee.get(r)?,
            };
        }
        let average = sum / rows.len() as f64;
        average.is_finite().then_some(RowTruth { average, by_region: ciwb.is_none().then_some(by_region) })
    }
}

/// Whether the sample's true effects describe `scenario`'s estimate: the index is the process's
/// (default measures), and neither the outcome nor the treatment is logged or lagged. Fixed
/// effects, controls, folds, learners, clustering and sample filters leave the target unchanged.
pub fn truth_applies(scenario: &Scenario) -> bool {
    let t = &scenario.transforms;
    scenario.measures == MeasureSpec::default()
        && !t.lag_treatment
        && !t.log.iter().any(|c| *c == scenario.outcome || *c == scenario.treatment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::sample::{bundled_panel, bundled_truth};
    use crate::engine::scenario::Condition;

    fn derived() -> Panel {
        let mut p = bundled_panel();
        crate::engine::measures::derive::add_derived(&mut p, &MeasureSpec::default());
        p
    }

    #[test]
    fn whole_sample_averages_match_the_process() {
        let p = derived();
        let rows: Vec<usize> = (0..p.n_rows()).collect();
        let t = bundled_truth();
        let cee = t.for_rows(&p, "CEE", "DCP", &rows).expect("CEE truth");
        assert!((cee.average - t.cee_average).abs() < 1e-12);
        assert_eq!(cee.by_region, Some([0.8, 1.0, 1.4]));
        let isu = t.for_rows(&p, "ISU", "DCP", &rows).expect("ISU truth");
        assert!((isu.average - t.isu_average).abs() < 1e-12);
        let ciwb = t.for_rows(&p, "CIWB", "DCP", &rows).expect("CIWB truth");
        let rel = (ciwb.average - t.ciwb_average_partial_effect).abs() / t.ciwb_average_partial_effect.abs();
        assert!(rel < 1e-3, "CIWB truth {} vs process {}", ciwb.average, t.ciwb_average_partial_effect);
        let tfee = t.for_rows(&p, "TFEE", "DCP", &rows);
        assert!(tfee.is_none(), "rows with a hole in wastewater have no TFEE effect");
        let scored: Vec<usize> = rows.iter().copied().filter(|&r| p.numeric("TFEE").unwrap()[r].is_finite()).collect();
        let tfee = t.for_rows(&p, "TFEE", "DCP", &scored).expect("TFEE truth");
        let process = t.tfee_average_partial_effect.expect("measured");
        assert!((tfee.average - process).abs() < 1e-12 && tfee.average > 0.0, "{} vs {process}", tfee.average);
        assert!(t.for_rows(&p, "CEE", "lngdp", &rows).is_none());
    }

    #[test]
    fn a_region_gets_its_own_effect() {
        let p = derived();
        let mut f = crate::engine::scenario::SampleFilter::default();
        f.conditions.push(Condition::Region(Region3::West));
        let rows = f.rows(&p).expect("provinces");
        let t = bundled_truth().for_rows(&p, "CEE", "DCP", &rows).expect("truth");
        assert!((t.average - 1.4).abs() < 1e-12, "{}", t.average);
        f.conditions = vec![Condition::Coastal(true)];
        let coastal = bundled_truth().for_rows(&p, "CEE", "DCP", &f.rows(&p).expect("rows")).expect("truth");
        assert!(coastal.average > 0.8 && coastal.average < 1.4);
    }

    #[test]
    fn logged_or_lagged_treatments_have_no_truth() {
        let mut s = Scenario::default();
        assert!(truth_applies(&s));
        s.transforms.lag_treatment = true;
        assert!(!truth_applies(&s));
        s.transforms.lag_treatment = false;
        s.transforms.log = vec![s.outcome.clone()];
        assert!(!truth_applies(&s));
        s.transforms.log.clear();
        s.measures.index.per_year = true;
        assert!(!truth_applies(&s));
    }
}
