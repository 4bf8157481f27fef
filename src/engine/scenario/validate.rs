//! Checking a scenario against a panel, once, into a [`ValidSpec`] the engine trusts.
//!
//! Every problem becomes one [`SpecError`] tied to the [`Field`] the Model view shows it next
//! to; all problems of the settings and columns are reported together.

use super::Scenario;
pub use super::errors::{Field, FoldColumnProblem, SpecError};
use super::note::SpecNote;
use crate::engine::data::Panel;
use crate::engine::data::panel::fnv1a64;
use crate::engine::data::registry::edit_distance;
use crate::engine::dml::design::{self, Design, DesignSpec, Roles};
use crate::engine::dml::spec::nuisances;
use crate::engine::dml::{Cluster, FixedEffects, FoldScheme, Model, Settings};
use crate::engine::transform::{self, TransformError, TransformNote};

/// A scenario checked against a panel: the design is built, the settings are in range.
#[derive(Clone, Debug)]
pub struct ValidSpec {
    /// The scenario as given.
    pub scenario: Scenario,
    /// Estimation arrays.
    pub design: Design,
    /// Estimation settings.
    pub settings: Settings,
    /// What transforms changed.
    pub transform_notes: Vec<TransformNote>,
    /// Footnotes (dropped rows, adjustments), typed.
    pub notes: Vec<SpecNote>,
    /// FNV-1a of the scenario text and the data hash: equal fingerprints, equal results.
    pub fingerprint: u64,
}

/// Up to three existing names close to `name` (case-insensitive match first).
pub fn closest_names(name: &str, candidates: &[&str]) -> Vec<String> {
    let lower = name.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| (if c.to_lowercase() == lower { 0 } else { 1 + edit_distance(&c.to_lowercase(), &lower) }, *c))
        .filter(|(d, _)| *d <= 1 + name.chars().count().div_ceil(3).max(1))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, c)| c.to_string()).collect()
}

fn check_column(p: &Panel, field: Field, name: &str, errors: &mut Vec<SpecError>) {
    if name.is_empty() {
        errors.push(SpecError::Empty { field });
    } else if p.column(name).is_none() {
        let available = p.numeric_names();
        errors.push(SpecError::UnknownColumn {
            field,
            name: name.to_string(),
            closest: closest_names(name, &p.column_names()),
            available: available.iter().map(|s| s.to_string()).collect(),
        });
    } else if p.numeric(name).is_none() {
        errors.push(SpecError::NotNumeric { field, name: name.to_string() });
    }
}

impl Scenario {
    /// Check this scenario against `panel` and build its design.
    pub fn validate(&self, panel: &Panel) -> Result<ValidSpec, Vec<SpecError>> {
        let mut errors = Vec::new();
        let s = self;
        if !(2..=20).contains(&s.folds) {
            errors.push(SpecError::OutOfRange { field: Field::Folds, value: s.folds.to_string(), min: 2, max: 20 });
        }
        if !(1..=100).contains(&s.n_rep) {
            errors.push(SpecError::OutOfRange { field: Field::NRep, value: s.n_rep.to_string(), min: 1, max: 100 });
        }
        for &n in nuisances(s.model, s.score) {
            if let Err(source) = s.learners.get(n).validate() {
                errors.push(SpecError::Learner { nuisance: n, source });
            }
        }
        check_column(panel, Field::Outcome, &s.outcome, &mut errors);
        check_column(panel, Field::Treatment, &s.treatment, &mut errors);
        for (i, c) in s.controls.iter().enumerate() {
            check_column(panel, Field::Controls, c, &mut errors);
            if s.controls[..i].contains(c) {
                errors.push(SpecError::DuplicateControl(c.clone()));
            }
        }
        let instrument = if s.model == Model::Pliv { s.instrument.clone() } else { None };
        match (&instrument, s.model) {
            (Some(z), _) => check_column(panel, Field::Instrument, z, &mut errors),
            (None, Model::Pliv) => errors.push(SpecError::MissingInstrument),
            _ => {}
        }
        let two = |field, other, name: &str| SpecError::TwoRoles { field, other, name: name.to_string() };
        if !s.outcome.is_empty() && s.outcome == s.treatment {
            errors.push(two(Field::Treatment, Field::Outcome, &s.treatment));
        }
        if s.controls.contains(&s.treatment) {
            errors.push(two(Field::Controls, Field::Treatment, &s.treatment));
        }
        if s.controls.contains(&s.outcome) {
            errors.push(two(Field::Controls, Field::Outcome, &s.outcome));
        }
        if let Some(z) = &instrument {
            if *z == s.treatment || *z == s.outcome {
                errors.push(two(
                    Field::Instrument,
                    if *z == s.treatment { Field::Treatment } else { Field::Outcome },
                    z,
                ));
            }
            if s.controls.contains(z) {
                errors.push(two(Field::Controls, Field::Instrument, z));
            }
        }
        let fold_column = match &s.fold_scheme {
            FoldScheme::Column(c) => {
                if c.is_empty() || panel.column(c).is_none() || panel.numeric(c).is_none() {
                    let reason = if c.is_empty() {
                        FoldColumnProblem::NotChosen
                    } else if panel.column(c).is_none() {
                        FoldColumnProblem::NotInData { closest: closest_names(c, &panel.column_names()) }
                    } else {
                        FoldColumnProblem::NotNumeric
                    };
                    errors.push(SpecError::FoldColumn { name: c.clone(), reason });
                }
                if s.cluster == Cluster::UnitYear {
                    errors.push(SpecError::FoldColumn { name: c.clone(), reason: FoldColumnProblem::TwoWayClustering });
                }
                Some(c.clone())
            }
            _ => None,
        };
        let needs_unit = [
            (s.fold_scheme == FoldScheme::ByUnit, Field::FoldScheme),
            (s.cluster != Cluster::None, Field::Cluster),
            (
                matches!(s.fixed_effects, FixedEffects::Unit | FixedEffects::UnitYear | FixedEffects::Within),
                Field::FixedEffects,
            ),
        ];
        for (needed, field) in needs_unit {
            if needed && panel.unit.is_none() {
                errors.push(SpecError::NeedsIndex { field, what: "unit" });
            }
        }
        let needs_year = [
            (s.cluster == Cluster::UnitYear, Field::Cluster),
            (matches!(s.fixed_effects, FixedEffects::Year | FixedEffects::UnitYear), Field::FixedEffects),
            (
                s.transforms.lag_treatment
                    || s.transforms.instrument_times_lagged_treatment
                    || s.transforms.interpolate,
                Field::Transforms,
            ),
        ];
        for (needed, field) in needs_year {
            if needed && panel.year.is_none() {
                errors.push(SpecError::NeedsIndex { field, what: "year" });
            }
        }
        if s.transforms.instrument_times_lagged_treatment && instrument.is_none() {
            errors.push(SpecError::Transform(TransformError::NoInstrument));
        }
        if !errors.is_empty() {
            return Err(errors);
        }

        let rows = s.filter.rows(panel).map_err(|e| vec![SpecError::Filter(e)])?;
        if rows.is_empty() {
            return Err(vec![SpecError::EmptySample(s.filter.clone())]);
        }
        let roles = Roles {
            outcome: s.outcome.clone(),
            treatment: s.treatment.clone(),
            controls: s.controls.clone(),
            instrument: instrument.clone(),
        };
        let applied =
            transform::apply(panel, &roles, &rows, &s.transforms).map_err(|e| vec![SpecError::Transform(e)])?;
        let dspec =
            DesignSpec { roles: applied.roles, fixed_effects: s.fixed_effects, fold_column: fold_column.clone() };
        let design = design::build(&applied.panel, &rows, &dspec).map_err(|e| vec![SpecError::Design(e)])?;
        self.check_design(&design, fold_column.as_deref())?;
        let notes = self.notes(panel, &design, rows.len(), &applied.notes);
        let settings = Settings {
            model: s.model,
            score: s.score,
            learners: s.learners.clone(),
            folds: s.folds,
            n_rep: s.n_rep,
            fold_scheme: s.fold_scheme.clone(),
            cluster: s.cluster,
            aggregation: s.aggregation,
            small_sample: s.small_sample,
            seed: s.seed,
        };
        // The file's path and recorded hash do not change results; the data's bytes do.
        let mut keyed = Scenario { name: String::new(), ..s.clone() };
        keyed.data.path = None;
        keyed.data.content_hash = None;
        let mut key = super::file::to_string(&keyed).into_bytes();
        key.extend_from_slice(&panel.content_hash.to_le_bytes());
        Ok(ValidSpec {
            scenario: s.clone(),
            design,
            settings,
            transform_notes: applied.notes,
            notes,
            fingerprint: fnv1a64(&key),
        })
    }

    fn check_design(&self, d: &Design, fold_column: Option<&str>) -> Result<(), Vec<SpecError>> {
        let mut errors = Vec::new();
        let s = self;
        let constant = |v: &[f64]| v.iter().all(|x| *x == v[0]);
        if constant(&d.d) {
            errors.push(SpecError::Constant {
                field: Field::Treatment,
                name: d.roles.treatment.clone(),
                value: d.d[0],
            });
        }
        if constant(&d.y) {
            errors.push(SpecError::Constant { field: Field::Outcome, name: d.roles.outcome.clone(), value: d.y[0] });
        }
        if let (Some(z), Some(name)) = (&d.z, &d.roles.instrument)
            && constant(z)
        {
            errors.push(SpecError::Constant { field: Field::Instrument, name: name.clone(), value: z[0] });
        }
        let need = 2 * s.folds;
        if d.n() < need {
            errors.push(SpecError::TooFewRows { rows: d.n(), folds: s.folds, need });
        }
        match s.cluster {
            Cluster::None if s.fold_scheme == FoldScheme::ByUnit && d.unit_labels.len() < s.folds => {
                errors.push(SpecError::TooFewClusters { clusters: d.unit_labels.len(), what: "units", folds: s.folds });
            }
            Cluster::Unit | Cluster::UnitYear if fold_column.is_none() && d.unit_labels.len() < s.folds => {
                errors.push(SpecError::TooFewClusters { clusters: d.unit_labels.len(), what: "units", folds: s.folds });
            }
            _ => {}
        }
        if s.cluster == Cluster::UnitYear && d.year_values.len() < s.folds {
            errors.push(SpecError::TooFewClusters { clusters: d.year_values.len(), what: "years", folds: s.folds });
        }
        if let (Some(name), Some(ids)) = (fold_column, &d.fold_ids) {
            let mut distinct = ids.clone();
            distinct.sort_by(f64::total_cmp);
            distinct.dedup();
            if !(2..=20).contains(&distinct.len()) {
                errors.push(SpecError::FoldColumn {
                    name: name.to_string(),
                    reason: FoldColumnProblem::DistinctIds(distinct.len()),
                });
            }
            if s.cluster == Cluster::Unit
                && let Some(units) = &d.units
            {
                let mut first = vec![f64::NAN; d.unit_labels.len()];
                for (&u, &v) in units.iter().zip(ids) {
                    let f = &mut first[u as usize];
                    if f.is_nan() {
                        *f = v;
                    } else if *f != v {
                        errors.push(SpecError::FoldColumn {
                            name: name.to_string(),
                            reason: FoldColumnProblem::SplitsUnit(d.unit_labels[u as usize].clone()),
                        });
                        break;
                    }
                }
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    fn notes(&self, panel: &Panel, d: &Design, sample_rows: usize, tnotes: &[TransformNote]) -> Vec<SpecNote> {
        let s = self;
        let mut notes = Vec::new();
        if !s.filter.is_empty() {
            notes.push(SpecNote::Sample { filter: s.filter.clone(), rows: sample_rows, total: panel.n_rows() });
        }
        notes.extend(tnotes.iter().cloned().map(SpecNote::Transform));
        if d.dropped.total > 0 {
            let by = d.dropped.by_column.iter().map(|(c, k)| (c.to_string(), *k)).collect();
            notes.push(SpecNote::Dropped { total: d.dropped.total, by });
        }
        if s.model == Model::Plr && s.instrument.is_some() {
            notes.push(SpecNote::InstrumentUnused);
        }
        if s.n_rep > 1 && matches!(s.fold_scheme, FoldScheme::Column(_)) {
            notes.push(SpecNote::FoldColumnRepeats);
        }
        match s.cluster {
            Cluster::Unit if !matches!(s.fold_scheme, FoldScheme::Column(_)) => notes.push(SpecNote::ClusterUnitFolds),
            Cluster::UnitYear => notes.push(SpecNote::ClusterUnitYearFolds { k: s.folds }),
            _ => {}
        }
        if s.fixed_effects == FixedEffects::UnitYear {
            notes.push(SpecNote::UnitYearDummies);
        }
        if let Some(h) = s.data.content_hash
            && h != panel.content_hash
        {
            notes.push(SpecNote::DataChanged { saved: h, now: panel.content_hash });
        }
        notes
    }
}
