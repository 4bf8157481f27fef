//! Which derived variables a set of columns needs: each derived variable with the columns it
//! reads and the settings it depends on, and the transitive closure over them.
//!
//! A model or a view names the columns it reads (`CEE`, `DCP`, `lngdp`); [`needed_derived`]
//! answers which derived variables must be computed for them, including the derived inputs of
//! derived variables (TFEE reads the capital stock `K`). [`super::derive::add_derived_only`]
//! then computes just those, and [`super::derive_cache`] keys each one by its
//! [`DerivedVar::inputs`] and [`DerivedVar::settings`].

use super::derive::{CEE, CIWB, DCP, ISU, K, TFEE};
use super::spec::MeasureSpec;
use serde::Serialize;
use std::collections::BTreeSet;

/// One derived variable (the index counts once, with its sub-indices).
///
/// The order of the variants is the order [`super::derive::add_derived`] computes them in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum DerivedVar {
    /// The composite index `DCP` and its sub-indices `DCP_<dimension>`.
    Index,
    /// Carbon economic efficiency `CEE`.
    Cee,
    /// Welfare carbon intensity `CIWB`.
    Ciwb,
    /// Industrial structure upgrading `ISU`.
    Isu,
    /// Capital stock `K`.
    Capital,
    /// Total-factor energy efficiency `TFEE` (the slow one: one linear program per unit-year).
    Tfee,
}

impl DerivedVar {
    /// Every derived variable, in the order they are computed.
    pub const ALL: [DerivedVar; 6] =
        [DerivedVar::Index, DerivedVar::Cee, DerivedVar::Ciwb, DerivedVar::Isu, DerivedVar::Capital, DerivedVar::Tfee];

    /// The column it adds (the index also adds `DCP_<dimension>`).
    pub fn name(self) -> &'static str {
        match self {
            DerivedVar::Index => DCP,
            DerivedVar::Cee => CEE,
            DerivedVar::Ciwb => CIWB,
            DerivedVar::Isu => ISU,
            DerivedVar::Capital => K,
            DerivedVar::Tfee => TFEE,
        }
    }

    /// The derived variable that adds column `column`, if any (`DCP_<anything>` is the index's).
    pub fn of_column(column: &str) -> Option<DerivedVar> {
        if column.strip_prefix("DCP_").is_some_and(|rest| !rest.is_empty()) {
            return Some(DerivedVar::Index);
        }
        DerivedVar::ALL.into_iter().find(|v| v.name() == column)
    }

    /// True for the variables slow enough to compute in the background (TFEE).
    pub fn is_slow(self) -> bool {
        self == DerivedVar::Tfee
    }

    /// The columns it reads under `spec` (mapped columns only; an unmapped role reads nothing).
    pub fn inputs(self, spec: &MeasureSpec) -> Vec<String> {
        let c = &spec.columns;
        let mapped = |cols: &[&Option<String>]| cols.iter().filter_map(|c| (*c).clone()).collect();
        match self {
            DerivedVar::Index => c.indicators.iter().map(|i| i.column.clone()).collect(),
            DerivedVar::Cee => mapped(&[&c.gdp, &c.co2]),
            DerivedVar::Ciwb => mapped(&[&c.co2, &c.population, &c.life_expectancy]),
            DerivedVar::Isu => mapped(&[&c.share1, &c.share2, &c.share3]),
            DerivedVar::Capital => mapped(&[&c.investment, &spec.capital.deflator]),
            DerivedVar::Tfee => spec.tfee.inputs.iter().chain(&spec.tfee.good).chain(&spec.tfee.bad).cloned().collect(),
        }
    }

    /// The settings it depends on, as text (RON): the column mapping of its roles and its own
    /// settings, nothing else. Changing the index weights changes the index's settings only,
    /// changing the TFEE settings TFEE's only.
    pub fn settings(self, spec: &MeasureSpec) -> String {
        let c = &spec.columns;
        match self {
            DerivedVar::Index => format!("{}|{}", ron_text(&c.indicators), ron_text(&spec.index)),
            DerivedVar::Cee => ron_text(&(&c.gdp, &c.co2)),
            DerivedVar::Ciwb => ron_text(&(&c.co2, &c.population, &c.life_expectancy)),
            DerivedVar::Isu => ron_text(&(&c.share1, &c.share2, &c.share3)),
            DerivedVar::Capital => format!("{}|{}", ron_text(&c.investment), ron_text(&spec.capital)),
            DerivedVar::Tfee => ron_text(&spec.tfee),
        }
    }
}

/// RON text of `v` (empty if it cannot be written, which the measure settings always can).
fn ron_text<T: Serialize>(v: &T) -> String {
    ron::to_string(v).unwrap_or_default()
}

/// The derived variables needed to have `columns`: those that add one of them, and,
/// transitively, those that add one of their inputs (TFEE on the default settings brings the
/// capital stock `K`). Columns that no derived variable adds (raw data) need nothing.
///
/// The closure is over the settings only: a derived column that the data already hold is still
/// listed (computing it is then a no-op that reports "in the data").
pub fn needed_derived<S: AsRef<str>>(spec: &MeasureSpec, columns: &[S]) -> BTreeSet<DerivedVar> {
    let mut needed = BTreeSet::new();
    let mut todo: Vec<DerivedVar> = columns.iter().filter_map(|c| DerivedVar::of_column(c.as_ref())).collect();
    while let Some(v) = todo.pop() {
        if needed.insert(v) {
            todo.extend(v.inputs(spec).iter().filter_map(|c| DerivedVar::of_column(c)));
        }
    }
    needed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tfee_brings_the_capital_stock_and_the_baseline_does_not_bring_tfee() {
        let spec = MeasureSpec::default();
        let tfee = needed_derived(&spec, &["TFEE"]);
        assert_eq!(tfee, BTreeSet::from([DerivedVar::Capital, DerivedVar::Tfee]));
        let baseline = needed_derived(&spec, &["CEE", "DCP", "lngdp", "lnpop"]);
        assert_eq!(baseline, BTreeSet::from([DerivedVar::Index, DerivedVar::Cee]));
        assert_eq!(needed_derived(&spec, &["DCP_industry"]), BTreeSet::from([DerivedVar::Index]));
        assert!(needed_derived::<&str>(&spec, &[]).is_empty());
    }

    #[test]
    fn a_derived_input_of_a_derived_input_is_needed_too() {
        let mut spec = MeasureSpec::default();
        // TFEE with CEE as its good output and the index as an input: all three, and K.
        spec.tfee.good = vec!["CEE".into()];
        spec.tfee.inputs.push("DCP".into());
        let got = needed_derived(&spec, &["TFEE"]);
        let want = [DerivedVar::Index, DerivedVar::Cee, DerivedVar::Capital, DerivedVar::Tfee];
        assert_eq!(got, BTreeSet::from(want));
    }

    #[test]
    fn settings_separate_the_index_from_tfee() {
        let a = MeasureSpec::default();
        let mut b = a.clone();
        b.index.shift = 0.01;
        assert_ne!(DerivedVar::Index.settings(&a), DerivedVar::Index.settings(&b));
        for v in [DerivedVar::Cee, DerivedVar::Ciwb, DerivedVar::Isu, DerivedVar::Capital, DerivedVar::Tfee] {
            assert_eq!(v.settings(&a), v.settings(&b), "{v:?}");
        }
    }
}
