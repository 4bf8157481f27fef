//! Running the battery: every item in order, one shared nuisance cache, progress and
//! cancellation between fits.
//!
//! Items run one after another (each estimate parallelizes its own fits with rayon), so the
//! report is identical at any thread count: every estimate depends only on its scenario, the
//! data and the seed, and a cache hit returns the very bits a refit would give.

use super::conclusion::{Conclusion, Expectation, judge};
use super::layout;
use super::plan::{BatteryItem, IndexVariant, ItemKind, PCA_INDEX, baseline, plan};
use super::report::{BatteryReport, ItemError, ItemOutcome, ItemResult, MapValues};
use crate::engine::data::Panel;
use crate::engine::data::summary::describe;
use crate::engine::dml::{DmlError, NuisanceCache, Progress, estimate_cached};
use crate::engine::measures::index::{IndexError, compute_index};
use crate::engine::measures::{IndexSpec, WeightMethod};
use crate::engine::scenario::{Scenario, SpecError};
use crate::engine::spatial::choropleth::unit_values;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where a battery or specification-curve run is.
#[derive(Clone, Debug, PartialEq)]
pub struct BatteryProgress {
    /// Items finished.
    pub done: usize,
    /// Items planned.
    pub total: usize,
    /// The current item (`crate::locale::battery::progress_label` words it).
    pub label: ProgressItem,
    /// Fits finished within the current item.
    pub fits_done: usize,
    /// Fits planned within the current item (0 for items without fits).
    pub fits_total: usize,
}

/// What the battery or the specification curve is working on.
#[derive(Clone, Debug, PartialEq)]
pub enum ProgressItem {
    /// A battery item: its table, what the column varies and the outcome.
    Item {
        /// The study's table.
        table: super::TableId,
        /// What the column varies, in English ([`super::plan::variant_label`] words it).
        variant: String,
        /// The outcome.
        outcome: String,
    },
    /// A specification of the curve, by its label (command-line codes: `rf, K=5, ...`).
    Spec(String),
    /// Every item is done.
    Done,
}

impl BatteryProgress {
    /// Overall fraction in [0, 1], counting the current item's fits.
    pub fn fraction(&self) -> f32 {
        let within = if self.fits_total > 0 { self.fits_done as f32 / self.fits_total as f32 } else { 0.0 };
        ((self.done as f32 + within) / self.total.max(1) as f32).clamp(0.0, 1.0)
    }
}

/// Why the battery (or a specification curve) could not run at all. Single items that fail
/// are reported in the [`BatteryReport`], not here.
#[derive(Clone, Debug, PartialEq)]
pub enum BatteryError {
    /// The run was cancelled.
    Cancelled,
    /// The user's scenario does not fit the data, so there is no baseline.
    Baseline(Vec<SpecError>),
    /// The specification curve's settings are unusable.
    SpecCurve(super::spec_curve::SpecCurveError),
}

impl From<super::spec_curve::SpecCurveError> for BatteryError {
    fn from(e: super::spec_curve::SpecCurveError) -> Self {
        BatteryError::SpecCurve(e)
    }
}

/// Run the battery of `scenario` on `panel` (see [`plan`]) with a fresh cache.
pub fn run_battery(
    panel: &Panel,
    scenario: &Scenario,
    progress: &(dyn Fn(BatteryProgress) + Sync),
    cancel: &AtomicBool,
) -> Result<BatteryReport, BatteryError> {
    run_battery_cached(panel, scenario, progress, cancel, &NuisanceCache::new())
}

/// As [`run_battery`], reusing and filling `cache` (the window passes the cache its live
/// estimates use, so the baseline column is free when the Results view already shows it).
pub fn run_battery_cached(
    panel: &Panel,
    scenario: &Scenario,
    progress: &(dyn Fn(BatteryProgress) + Sync),
    cancel: &AtomicBool,
    cache: &NuisanceCache,
) -> Result<BatteryReport, BatteryError> {
    baseline(scenario).validate(panel).map_err(BatteryError::Baseline)?;
    let items = plan(panel, scenario);
    let total = items.len();
    let pca_panel = with_pca_index(panel, scenario, &items);
    let mut results = Vec::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(BatteryError::Cancelled);
        }
        let label =
            ProgressItem::Item { table: item.table, variant: item.variant.clone(), outcome: item.outcome.clone() };
        progress(BatteryProgress { done: i, total, label: label.clone(), fits_done: 0, fits_total: 0 });
        let fit_progress = |p: Progress| {
            progress(BatteryProgress { done: i, total, label: label.clone(), fits_done: p.done, fits_total: p.total })
        };
        let result = run_item(panel, pca_panel.as_ref(), item, &fit_progress, cancel, cache);
        if matches!(result, ItemResult::Failed(ItemError::Dml(DmlError::Cancelled))) {
            return Err(BatteryError::Cancelled);
        }
        results.push(result);
    }
    progress(BatteryProgress { done: total, total, label: ProgressItem::Done, fits_done: 0, fits_total: 0 });
    Ok(assemble(panel, scenario, items, results))
}

/// The panel with the PCA-weighted index added, when an item needs it (an error becomes
/// that item's failure).
fn with_pca_index(panel: &Panel, scenario: &Scenario, items: &[BatteryItem]) -> Option<Result<Panel, IndexError>> {
    let needed = items.iter().any(|it| matches!(it.kind, ItemKind::Estimate { index: IndexVariant::Pca, .. }));
    if !needed {
        return None;
    }
    let m = &scenario.measures;
    let spec = IndexSpec { method: WeightMethod::Pca(Default::default()), two_level: None, ..m.index.clone() };
    Some(compute_index(panel, &m.columns.indicators, &spec).map(|res| {
        let mut p = panel.clone();
        p.set_numeric(PCA_INDEX, res.index);
        p
    }))
}

fn run_item(
    panel: &Panel,
    pca_panel: Option<&Result<Panel, IndexError>>,
    item: &BatteryItem,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: &NuisanceCache,
) -> ItemResult {
    match &item.kind {
        ItemKind::Skipped(r) => ItemResult::Skipped(r.clone()),
        ItemKind::Describe { variables } => {
            let names: Vec<&str> = variables.iter().map(String::as_str).collect();
            ItemResult::Describe(describe(panel, &names))
        }
        ItemKind::Map { variable, year } => match unit_values(panel, variable, Some(*year)) {
            Ok(values) => ItemResult::Map(MapValues { variable: variable.clone(), year: *year, values }),
            Err(e) => ItemResult::Failed(ItemError::Map(e)),
        },
        ItemKind::Estimate { scenario, index, .. } => {
            let data = match (index, pca_panel) {
                (IndexVariant::Pca, Some(Ok(p))) => p,
                (IndexVariant::Pca, Some(Err(e))) => return ItemResult::Failed(ItemError::Index(e.clone())),
                _ => panel,
            };
            let mut s = (**scenario).clone();
            s.name = item.column.clone();
            match s.validate(data) {
                Err(e) => ItemResult::Failed(ItemError::Spec(e)),
                Ok(spec) => match estimate_cached(&spec, progress, cancel, cache) {
                    Ok(e) => ItemResult::Estimate(Box::new(e)),
                    Err(e) => ItemResult::Failed(ItemError::Dml(e)),
                },
            }
        }
    }
}

/// Conclusions, difference tests and tables from the items' results.
fn assemble(panel: &Panel, scenario: &Scenario, items: Vec<BatteryItem>, results: Vec<ItemResult>) -> BatteryReport {
    let reference: Option<crate::engine::dml::Estimate> = items
        .iter()
        .zip(&results)
        .find(|(it, _)| it.reference)
        .and_then(|(_, r)| if let ItemResult::Estimate(e) = r { Some((**e).clone()) } else { None });
    let outcomes: Vec<ItemOutcome> = items
        .into_iter()
        .zip(results)
        .map(|(item, result)| {
            let conclusion = match (&result, item.expectation) {
                (_, Expectation::None) => Conclusion::not_estimated("nothing to judge"),
                (ItemResult::Estimate(e), exp) => judge(e, exp, reference.as_ref()),
                (ItemResult::Skipped(r), _) => Conclusion::not_estimated(format!("skipped: {r}")),
                (ItemResult::Failed(e), _) => Conclusion::not_estimated(format!("failed: {e}")),
                _ => Conclusion::not_estimated("not an estimate"),
            };
            ItemOutcome { item, result, conclusion }
        })
        .collect();
    let differences = layout::differences(&outcomes);
    let tables = layout::tables(&outcomes, &differences, &scenario.treatment, crate::locale::Lang::En);
    let mut notes = Vec::new();
    if reference.is_none() {
        notes.push(super::report::BatteryNote::BaselineFailed);
    }
    if scenario.model != crate::engine::dml::Model::Plr {
        notes.push(super::report::BatteryNote::PlrOnly);
    }
    BatteryReport {
        scenario: scenario.clone(),
        source: panel.source.clone(),
        items: outcomes,
        differences,
        tables,
        notes,
    }
}
