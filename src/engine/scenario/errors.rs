//! Scenario errors: one per offending field, each tied to the [`Field`] it belongs next to.

use super::filter::{FilterError, SampleFilter};
use crate::engine::dml::Nuisance;
use crate::engine::dml::design::DesignError;
use crate::engine::learners::LearnerError;
use crate::engine::transform::TransformError;

/// A scenario field, for placing an error next to its control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Field {
    /// Data source.
    Data,
    /// Outcome.
    Outcome,
    /// Treatment.
    Treatment,
    /// Controls.
    Controls,
    /// Instrument.
    Instrument,
    /// Model.
    Model,
    /// Learners.
    Learners,
    /// Folds.
    Folds,
    /// Repetitions.
    NRep,
    /// Fold scheme.
    FoldScheme,
    /// Clustering.
    Cluster,
    /// Fixed effects.
    FixedEffects,
    /// Transforms.
    Transforms,
    /// Sample filter.
    Filter,
}

impl Field {
    /// The field's name in the scenario file.
    pub fn name(self) -> &'static str {
        match self {
            Field::Data => "data",
            Field::Outcome => "outcome",
            Field::Treatment => "treatment",
            Field::Controls => "controls",
            Field::Instrument => "instrument",
            Field::Model => "model",
            Field::Learners => "learners",
            Field::Folds => "folds",
            Field::NRep => "n_rep",
            Field::FoldScheme => "fold_scheme",
            Field::Cluster => "cluster",
            Field::FixedEffects => "fixed_effects",
            Field::Transforms => "transforms",
            Field::Filter => "filter",
        }
    }
}

/// One problem with a scenario.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SpecError {
    /// A column is not in the data.
    #[error("{}: no column \"{name}\"{}; available columns: {}", field.name(), closest_hint(closest), available.join(", "))]
    UnknownColumn {
        /// Field.
        field: Field,
        /// Requested name.
        name: String,
        /// Closest existing names.
        closest: Vec<String>,
        /// Numeric columns of the data.
        available: Vec<String>,
    },
    /// A column holds text.
    #[error("{}: column \"{name}\" is text, not numbers; choose a numeric column", field.name())]
    NotNumeric {
        /// Field.
        field: Field,
        /// Column.
        name: String,
    },
    /// A required role is empty.
    #[error("{}: no column chosen", field.name())]
    Empty {
        /// Field.
        field: Field,
    },
    /// A column has two roles.
    #[error("{}: \"{name}\" is also the {}; a variable can have one role only", field.name(), other.name())]
    TwoRoles {
        /// Field reported.
        field: Field,
        /// The other role.
        other: Field,
        /// Column.
        name: String,
    },
    /// A control is listed twice.
    #[error("controls: \"{0}\" is listed twice")]
    DuplicateControl(String),
    /// PLIV without an instrument.
    #[error("instrument: the PLIV model needs an instrument; choose one or switch to PLR")]
    MissingInstrument,
    /// A number out of range.
    #[error("{}: {value} is out of range; allowed {min} to {max}", field.name())]
    OutOfRange {
        /// Field.
        field: Field,
        /// Value.
        value: String,
        /// Smallest allowed value.
        min: usize,
        /// Largest allowed value.
        max: usize,
    },
    /// A learner's settings are invalid.
    #[error("learners: the {} learner: {source}", nuisance.name())]
    Learner {
        /// Nuisance.
        nuisance: Nuisance,
        /// Learner error.
        source: LearnerError,
    },
    /// A setting needs unit or year columns.
    #[error("{}: needs a {what} column, but the data has none (choose it on import, or change this setting)", field.name())]
    NeedsIndex {
        /// Field.
        field: Field,
        /// "unit" or "year".
        what: &'static str,
    },
    /// The fold column cannot define folds.
    #[error("fold_scheme: fold column \"{name}\": {reason}")]
    FoldColumn {
        /// Column.
        name: String,
        /// Why.
        reason: FoldColumnProblem,
    },
    /// Too few rows.
    #[error(
        "folds: {rows} usable rows are too few for {folds} folds (at least {need} needed); use fewer folds or a larger sample"
    )]
    TooFewRows {
        /// Usable rows.
        rows: usize,
        /// Folds.
        folds: usize,
        /// Rows needed.
        need: usize,
    },
    /// Too few clusters.
    #[error("folds: {clusters} {what} are too few for {folds} folds per cluster variable; use fewer folds")]
    TooFewClusters {
        /// Clusters.
        clusters: usize,
        /// "units" or "years".
        what: &'static str,
        /// Folds.
        folds: usize,
    },
    /// A variable does not vary in the sample.
    #[error("{}: \"{name}\" is constant ({value}) in the estimation sample; there is nothing to estimate", field.name())]
    Constant {
        /// Field.
        field: Field,
        /// Column.
        name: String,
        /// Its value.
        value: f64,
    },
    /// The filter is invalid (its message names the filter).
    #[error("{0}")]
    Filter(FilterError),
    /// The filter keeps no row.
    #[error("filter: no row meets \"{}\"", .0.label())]
    EmptySample(SampleFilter),
    /// A transform failed.
    #[error("transforms: {0}")]
    Transform(TransformError),
    /// The design could not be built.
    #[error("{0}")]
    Design(DesignError),
}

/// Why a fold column cannot define the folds.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FoldColumnProblem {
    /// The scheme names no column.
    #[error("no column chosen")]
    NotChosen,
    /// The column is not in the data.
    #[error("not in the data{}", closest_hint(closest))]
    NotInData {
        /// Closest existing names.
        closest: Vec<String>,
    },
    /// The column holds text.
    #[error("not numeric")]
    NotNumeric,
    /// Two-way clustering draws its own folds.
    #[error("two-way clustering draws its own unit x year folds; choose the random or unit scheme")]
    TwoWayClustering,
    /// Too few or too many distinct fold ids.
    #[error("has {0} distinct ids in the sample; folds need 2 to 20")]
    DistinctIds(usize),
    /// A unit's rows fall in different folds while clustering by unit.
    #[error("puts rows of unit \"{0}\" in different folds; with clustering by unit every unit must be in one fold")]
    SplitsUnit(String),
}

pub(super) fn closest_hint(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", closest.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" or "))
    }
}

/// Several scenario problems as one message, separated by `separator`, with the data's
/// columns listed once at the end instead of after every unknown column.
pub fn describe(errors: &[SpecError], separator: &str) -> String {
    let mut parts = Vec::with_capacity(errors.len() + 1);
    let mut columns: Option<&[String]> = None;
    for e in errors {
        match e {
            SpecError::UnknownColumn { field, name, closest, available } => {
                parts.push(format!("{}: no column \"{name}\"{}", field.name(), closest_hint(closest)));
                columns.get_or_insert(available);
            }
            other => parts.push(other.to_string()),
        }
    }
    if let Some(available) = columns {
        parts.push(format!("available columns: {}", available.join(", ")));
    }
    parts.join(separator)
}

impl SpecError {
    /// The field this error belongs next to.
    pub fn field(&self) -> Field {
        match self {
            SpecError::UnknownColumn { field, .. }
            | SpecError::NotNumeric { field, .. }
            | SpecError::Empty { field }
            | SpecError::TwoRoles { field, .. }
            | SpecError::OutOfRange { field, .. }
            | SpecError::NeedsIndex { field, .. }
            | SpecError::Constant { field, .. } => *field,
            SpecError::DuplicateControl(_) => Field::Controls,
            SpecError::MissingInstrument => Field::Instrument,
            SpecError::Learner { .. } => Field::Learners,
            SpecError::FoldColumn { .. } => Field::FoldScheme,
            SpecError::TooFewRows { .. } | SpecError::TooFewClusters { .. } => Field::Folds,
            SpecError::Filter(_) | SpecError::EmptySample(_) => Field::Filter,
            SpecError::Transform(_) => Field::Transforms,
            SpecError::Design(DesignError::NoIndex { .. } | DesignError::TooManyDummies { .. }) => Field::FixedEffects,
            SpecError::Design(_) => Field::Data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_unknown_columns_list_the_data_columns_once() {
        let unknown = |field, name: &str| SpecError::UnknownColumn {
            field,
            name: name.into(),
            closest: Vec::new(),
            available: vec!["gdp".into(), "co2".into()],
        };
        let errors = [
            unknown(Field::Treatment, "DCP"),
            unknown(Field::Controls, "lngdp"),
            SpecError::Empty { field: Field::Outcome },
        ];
        let text = describe(&errors, "; ");
        assert_eq!(
            text,
            "treatment: no column \"DCP\"; controls: no column \"lngdp\"; outcome: no column chosen; \
             available columns: gdp, co2"
        );
        assert_eq!(describe(&errors[2..], "; "), "outcome: no column chosen");
    }
}
