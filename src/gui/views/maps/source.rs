//! The data behind the maps, each step cached by its inputs: the derived panel plus the
//! residual columns of the current estimate, the join of its units to the boundaries, and the
//! classified maps. A palette or class change recomputes only the last step (well under a
//! frame: 30 units); nothing here re-tessellates.

use super::settings::{MapSettings, MapVariable};
use crate::engine::data::Panel;
use crate::engine::dml::{Estimate, Nuisance};
use crate::engine::spatial::choropleth::unit_values;
use crate::engine::spatial::join::{Join, JoinError, JoinSpec, join};
use crate::engine::spatial::{Boundaries, MapData, MapError, compute_maps};
use std::sync::Arc;

/// Panel column name of the residuals of nuisance `n` of `e`, written as in the Results
/// plots: `CEE − l̂(X)` for `l`, `DCP − m̂(X)` for `m` in the PLR, `Y − θD − ĝ(X)` for `g`.
pub fn residual_column(e: &Estimate, n: Nuisance) -> String {
    let target = e.nuisance(n).map_or("", |r| r.target.as_str());
    let var = match target {
        "Y" => e.outcome.clone(),
        "D" => e.treatment.clone(),
        "Z" => e.instrument.clone().unwrap_or_else(|| "Z".into()),
        _ => format!("{} − θ·{}", e.outcome, e.treatment),
    };
    format!("{var} − {}̂(X)", n.name())
}

/// A copy of `panel` with one column per nuisance of `e` holding its out-of-fold residuals
/// (first repetition), averaged over the design rows of each panel row (unit-year); NaN for
/// rows the estimate did not use. Returns the panel and `(nuisance, column)` pairs. `e.rows`
/// must index `panel` (the estimate was made on it); rows out of range are ignored.
pub fn with_residuals(panel: &Panel, e: &Estimate) -> (Panel, Vec<(Nuisance, String)>) {
    let mut out = panel.clone();
    let n = panel.n_rows();
    let mut names = Vec::new();
    for r in &e.nuisance {
        let mut sum = vec![0.0; n];
        let mut count = vec![0u32; n];
        for (&row, &v) in e.rows.iter().zip(&r.residuals) {
            if row < n && v.is_finite() {
                sum[row] += v;
                count[row] += 1;
            }
        }
        let values = sum.iter().zip(&count).map(|(s, &c)| if c > 0 { s / f64::from(c) } else { f64::NAN }).collect();
        let name = residual_column(e, r.nuisance);
        out.set_numeric(&name, values);
        names.push((r.nuisance, name));
    }
    (out, names)
}

/// The mapped panel and everything computed from it, with the inputs they belong to.
#[derive(Default)]
pub struct MapSource {
    base: Option<Arc<Panel>>,
    estimate: Option<Arc<Estimate>>,
    /// Derived panel plus residual columns.
    pub panel: Option<Arc<Panel>>,
    /// Residual columns present in `panel`.
    pub residuals: Vec<(Nuisance, String)>,
    join_key: Option<(usize, u64, JoinSpec)>,
    /// Join of the panel's units to the current boundaries.
    pub join: Option<Result<Join, JoinError>>,
    maps_key: Option<(usize, u64, crate::engine::spatial::MapSpec)>,
    /// The computed maps (one per year shown) or why there are none.
    pub maps: Option<Result<Vec<MapData>, MapError>>,
    /// Time the last recomputation of the maps took.
    pub last_compute: std::time::Duration,
}

impl MapSource {
    /// Bring the mapped panel up to date with `base` (the derived panel) and `estimate` (an
    /// estimate made on it, if any). Cheap when nothing changed (two pointer comparisons).
    pub fn update_panel(&mut self, base: &Arc<Panel>, estimate: Option<&Arc<Estimate>>) {
        let same_base = self.base.as_ref().is_some_and(|b| Arc::ptr_eq(b, base));
        let same_est = match (&self.estimate, estimate) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if same_base && same_est && self.panel.is_some() {
            return;
        }
        let (panel, residuals) = match estimate {
            Some(e) => with_residuals(base, e),
            None => ((**base).clone(), Vec::new()),
        };
        self.base = Some(base.clone());
        self.estimate = estimate.cloned();
        self.panel = Some(Arc::new(panel));
        self.residuals = residuals;
        self.join_key = None;
        self.maps_key = None;
    }

    /// The panel column of `v`, if present.
    pub fn column_of(&self, v: &MapVariable) -> Option<String> {
        match v {
            MapVariable::Column(c) => Some(c.clone()),
            MapVariable::Residual(n) => self.residuals.iter().find(|(m, _)| m == n).map(|(_, c)| c.clone()),
        }
    }

    /// Bring the join up to date with the boundaries (`geo_generation` changes with them).
    pub fn update_join(&mut self, boundaries: &Boundaries, geo_generation: u64, spec: &JoinSpec) {
        let Some(panel) = &self.panel else { return };
        let key = (Arc::as_ptr(panel) as usize, geo_generation, spec.clone());
        if self.join_key.as_ref() == Some(&key) {
            return;
        }
        self.join = Some(join(boundaries, panel, spec));
        self.join_key = Some(key);
        self.maps_key = None;
    }

    /// Bring the maps up to date with `settings` (recomputed only when the spec changed).
    pub fn update_maps(&mut self, boundaries: &Boundaries, geo_generation: u64, settings: &MapSettings) {
        let (Some(panel), Some(Ok(j))) = (&self.panel, &self.join) else {
            self.maps = None;
            return;
        };
        let Some(column) = self.column_of(&settings.variable) else {
            self.maps = None;
            return;
        };
        let spec = settings.spec(&column, settings.resolved_years(&panel.years()));
        let key = (Arc::as_ptr(panel) as usize, geo_generation, spec);
        if self.maps_key.as_ref() == Some(&key) {
            return;
        }
        let t = std::time::Instant::now();
        self.maps = Some(compute_maps(panel, boundaries, j, &key.2));
        self.last_compute = t.elapsed();
        self.maps_key = Some(key);
    }

    /// Values of the mapped variable per unit, pooled over the years shown (what the breaks
    /// are computed from, for validating edited breaks).
    pub fn pooled_values(&self, settings: &MapSettings) -> Vec<f64> {
        let (Some(panel), Some(column)) = (&self.panel, self.column_of(&settings.variable)) else {
            return Vec::new();
        };
        let years = settings.resolved_years(&panel.years());
        if years.is_empty() {
            return unit_values(panel, &column, None).unwrap_or_default();
        }
        years.iter().flat_map(|&y| unit_values(panel, &column, Some(y)).unwrap_or_default()).collect()
    }

    /// True when the column takes both signs (a diverging palette fits).
    pub fn is_signed(&self, column: &str) -> bool {
        let Some(v) = self.panel.as_ref().and_then(|p| p.numeric(column)) else { return false };
        v.iter().any(|x| *x < 0.0) && v.iter().any(|x| *x > 0.0)
    }
}
