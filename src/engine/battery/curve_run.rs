//! Running a specification curve: every combination, estimates sorted by theta, the indicator
//! matrix beneath, and the share of significant same-sign estimates.
//!
//! The reference sign is the sign of the median estimate (Simonsohn, Simmons and Nelson 2020,
//! "Specification curve analysis"); the share counts estimates of that sign with `p < 0.05`
//! among those that ran.

use super::conclusion::{ALPHA, Sign};
use super::plan::{IndexVariant, PCA_INDEX};
use super::report::ItemError;
use super::runner::{BatteryError, BatteryProgress};
use super::spec_curve::{SpecCurveSpec, Specification, fold_scheme_label, index_label};
use crate::engine::data::Panel;
use crate::engine::dml::inference::{Inference, median};
use crate::engine::dml::iv::IvInference;
use crate::engine::dml::{DmlError, NuisanceCache, Progress, estimate_cached};
use crate::engine::measures::index::compute_index;
use crate::engine::measures::{IndexSpec, WeightMethod};
use crate::engine::scenario::Scenario;
use std::sync::atomic::{AtomicBool, Ordering};

/// One estimated specification.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecPoint {
    /// The combination.
    pub spec: Specification,
    /// theta, se, t, p, 95% interval.
    pub inference: Inference,
    /// Rows used.
    pub n: usize,
    /// IV specifications: first stage, AR and tF sets with the estimate's variance.
    pub iv: Option<IvInference>,
}

/// A specification that could not be estimated.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecFailure {
    /// The combination.
    pub spec: Specification,
    /// Why.
    pub error: ItemError,
}

/// One row of the indicator matrix: a dimension's value and, per sorted point, whether the
/// point uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorRow {
    /// Dimension (`model`, `learner`, `K`, `index`, `winsorized`, `squares`, `FE`, `folds`).
    pub dimension: String,
    /// Value (`rf`, `5`, `pca`, `yes`, ...).
    pub value: String,
    /// One flag per entry of [`SpecCurveResult::points`].
    pub on: Vec<bool>,
}

/// A finished specification curve.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecCurveResult {
    /// Outcome.
    pub outcome: String,
    /// Treatment of the baseline.
    pub treatment: String,
    /// Estimates sorted by theta (ties keep the enumeration order).
    pub points: Vec<SpecPoint>,
    /// Combinations without an estimate.
    pub failures: Vec<SpecFailure>,
    /// Indicator rows of every dimension with more than one value.
    pub indicators: Vec<IndicatorRow>,
    /// Sign of the median estimate.
    pub reference_sign: Option<Sign>,
    /// Share of estimates with the reference sign and `p < 0.05`.
    pub share_significant_same_sign: f64,
}

/// Run every combination of `spec` on `panel`, built on `scenario`.
pub fn run_spec_curve(
    panel: &Panel,
    scenario: &Scenario,
    spec: &SpecCurveSpec,
    progress: &(dyn Fn(BatteryProgress) + Sync),
    cancel: &AtomicBool,
    cache: &NuisanceCache,
) -> Result<SpecCurveResult, BatteryError> {
    spec.check()?;
    super::plan::baseline(scenario).validate(panel).map_err(BatteryError::Baseline)?;
    let specs = spec.specifications(scenario);
    let total = specs.len();
    let pca = if specs.iter().any(|s| s.index == IndexVariant::Pca) {
        let m = &scenario.measures;
        let ispec = IndexSpec { method: WeightMethod::Pca(Default::default()), two_level: None, ..m.index.clone() };
        Some(compute_index(panel, &m.columns.indicators, &ispec).map(|res| {
            let mut p = panel.clone();
            p.set_numeric(PCA_INDEX, res.index);
            p
        }))
    } else {
        None
    };
    let mut points = Vec::new();
    let mut failures = Vec::new();
    for (i, sp) in specs.into_iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(BatteryError::Cancelled);
        }
        let label = super::runner::ProgressItem::Spec(sp.label());
        progress(BatteryProgress { done: i, total, label: label.clone(), fits_done: 0, fits_total: 0 });
        let fit = |p: Progress| {
            progress(BatteryProgress { done: i, total, label: label.clone(), fits_done: p.done, fits_total: p.total })
        };
        let data = match (&pca, sp.index) {
            (Some(Ok(p)), IndexVariant::Pca) => p,
            (Some(Err(e)), IndexVariant::Pca) => {
                failures.push(SpecFailure { spec: sp, error: ItemError::Index(e.clone()) });
                continue;
            }
            _ => panel,
        };
        let s = sp.scenario(scenario);
        let result = match s.validate(data) {
            Err(e) => Err(ItemError::Spec(e)),
            Ok(v) => estimate_cached(&v, &fit, cancel, cache).map_err(ItemError::Dml),
        };
        match result {
            Ok(e) => points.push(SpecPoint { spec: sp, inference: e.inference, n: e.n, iv: e.iv }),
            Err(ItemError::Dml(DmlError::Cancelled)) => return Err(BatteryError::Cancelled),
            Err(error) => failures.push(SpecFailure { spec: sp, error }),
        }
    }
    progress(BatteryProgress {
        done: total,
        total,
        label: super::runner::ProgressItem::Done,
        fits_done: 0,
        fits_total: 0,
    });
    points.sort_by(|a, b| a.inference.theta.total_cmp(&b.inference.theta));
    let thetas: Vec<f64> = points.iter().map(|p| p.inference.theta).collect();
    let reference_sign = if thetas.is_empty() { None } else { Sign::of(median(&thetas)) };
    let hits = points
        .iter()
        .filter(|p| p.inference.p < ALPHA && Sign::of(p.inference.theta) == reference_sign && reference_sign.is_some())
        .count();
    let share = if points.is_empty() { 0.0 } else { hits as f64 / points.len() as f64 };
    Ok(SpecCurveResult {
        outcome: scenario.outcome.clone(),
        treatment: scenario.treatment.clone(),
        indicators: indicators(&points),
        points,
        failures,
        reference_sign,
        share_significant_same_sign: share,
    })
}

/// The indicator matrix: for each dimension with more than one value among the points, one
/// row per value, values in natural order (numbers by value: K = 3 before K = 10).
fn indicators(points: &[SpecPoint]) -> Vec<IndicatorRow> {
    type Key = fn(&Specification) -> String;
    let dims: [(&str, Key); 8] = [
        ("model", |s| s.model.cli_name().to_string()),
        ("learner", |s| s.learner.cli_name().to_string()),
        ("K", |s| s.folds.to_string()),
        ("index", |s| index_label(s.index).to_string()),
        ("winsorized", |s| yes(s.winsorize)),
        ("squares", |s| yes(s.squares)),
        ("FE", |s| s.fixed_effects.cli_name().to_string()),
        ("folds", |s| fold_scheme_label(&s.fold_scheme)),
    ];
    let mut rows = Vec::new();
    for (dim, key) in dims {
        let mut values: Vec<String> = Vec::new();
        for p in points {
            let v = key(&p.spec);
            if !values.contains(&v) {
                values.push(v);
            }
        }
        values.sort_by(|a, b| match (a.parse::<usize>(), b.parse::<usize>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => a.cmp(b),
        });
        if values.len() < 2 {
            continue;
        }
        for v in values {
            let on = points.iter().map(|p| key(&p.spec) == v).collect();
            rows.push(IndicatorRow { dimension: dim.to_string(), value: v, on });
        }
    }
    rows
}

fn yes(b: bool) -> String {
    if b { "yes".into() } else { "no".into() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dml::{FixedEffects, FoldScheme};
    use crate::engine::learners::LearnerKind;

    fn point(folds: usize, theta: f64) -> SpecPoint {
        SpecPoint {
            spec: Specification {
                model: crate::engine::dml::Model::Plr,
                learner: LearnerKind::Ols,
                folds,
                index: IndexVariant::AsScenario,
                winsorize: false,
                squares: false,
                fixed_effects: FixedEffects::None,
                fold_scheme: FoldScheme::Random,
            },
            inference: Inference { theta, se: 0.1, t: theta / 0.1, p: 0.01, ci95: [theta - 0.2, theta + 0.2] },
            n: 100,
            iv: None,
        }
    }

    #[test]
    fn indicator_rows_order_numbers_by_value_and_skip_constant_dimensions() {
        let points = [point(10, 1.0), point(3, 1.1), point(5, 1.2)];
        let rows = indicators(&points);
        let k: Vec<&str> = rows.iter().filter(|r| r.dimension == "K").map(|r| r.value.as_str()).collect();
        assert_eq!(k, ["3", "5", "10"]);
        assert!(rows.iter().all(|r| r.dimension == "K"), "learner, index, ... have one value each");
        assert_eq!(rows[0].on, [false, true, false]);
    }
}
