//! The battery as data: the list of items (table, column, what to compute) built from the
//! user's current scenario.
//!
//! The user's scenario is the baseline: its outcome, treatment, controls, learners, K, fold
//! scheme, seed, transforms and sample filter carry into every item, and each table varies
//! only what the study varies. Every column is run for the user's outcome and for the second
//! outcome of the study (CIWB; CEE when the user's outcome is CIWB), as the study does.
//! An item whose ingredient is absent from the data (instrument column, region info, TFEE
//! inputs, ...) stays in the list as [`ItemKind::Skipped`] with the reason.

use super::conclusion::{Expectation, study_claim};
use super::table_id::TableId;
use crate::engine::data::Panel;
use crate::engine::data::registry::Region3;
use crate::engine::dml::{FixedEffects, Learners, Model};
use crate::engine::learners::{LearnerKind, LearnerSpec};
use crate::engine::measures::derive::{CEE, CIWB, ISU, TFEE};
use crate::engine::scenario::{Compare, Condition, Scenario};
use crate::engine::transform::Winsor;
use serde::Serialize;

/// The study's instrument column (telegraph offices per province in 1907).
pub const INSTRUMENT: &str = "telegraph1907";
/// The study's environmental-regulation column (Table 11).
pub const REGULATION: &str = "er";
/// Name of the PCA-weighted index column the battery adds for Table 5.
pub const PCA_INDEX: &str = "DCP_PCA";

/// Which index the treatment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub enum IndexVariant {
    /// The treatment column as in the scenario (the study's entropy index by default).
    #[serde(alias = "Entropy")]
    AsScenario,
    /// The index rebuilt with PCA weights (column [`PCA_INDEX`]).
    Pca,
}

/// Why an item cannot be computed on the current data. `Display` is the English sentence
/// (JSON, logs); `crate::locale::battery::skip_reason` words it in any language.
#[derive(Clone, Debug, PartialEq, Serialize, thiserror::Error)]
pub enum SkipReason {
    /// A column the item needs is not in the data.
    #[error("no numeric column \"{column}\" in the data ({purpose}); add it to the CSV to get this column")]
    MissingColumn {
        /// The absent column.
        column: String,
        /// What it is for.
        purpose: ColumnPurpose,
    },
    /// Registry groups need provinces as units.
    #[error("{what} needs provinces as units (the registry gives the regions); the data's units are not provinces")]
    NotProvinces {
        /// What needed them.
        what: Needs,
    },
    /// A year column is needed.
    #[error("{what} needs a year column; the data is a cross-section")]
    NoYearColumn {
        /// What needed it.
        what: Needs,
    },
    /// The PCA index only replaces the composite index.
    #[error("the PCA index replaces the composite index DCP, but the treatment is \"{treatment}\"")]
    TreatmentNotIndex {
        /// The scenario's treatment.
        treatment: String,
    },
    /// The index indicators are not in the data.
    #[error("the PCA index needs the index indicators; missing: {}", missing.join(", "))]
    NoIndicators {
        /// The absent indicator columns.
        missing: Vec<String>,
    },
}

/// What a missing column of a [`SkipReason::MissingColumn`] was for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnPurpose {
    /// The dependent variable of an estimate.
    Outcome,
    /// The instrument of the IV column.
    Instrument,
    /// The environmental regulation of Table 11.
    Regulation,
    /// The variable of a map.
    Mapped,
}

/// What needed provinces or a year column ([`SkipReason::NotProvinces`],
/// [`SkipReason::NoYearColumn`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Table 9.
    CoastalSplit,
    /// Table 10.
    RegionSplit,
    /// A map of the battery.
    Map,
    /// A map of one year.
    MapByYear,
    /// The study's instrument (Table 7).
    InstrumentTimesLag,
}

impl std::fmt::Display for ColumnPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ColumnPurpose::Outcome => "dependent variable",
            ColumnPurpose::Instrument => "instrument of the IV estimate",
            ColumnPurpose::Regulation => "environmental regulation, split at its median",
            ColumnPurpose::Mapped => "mapped variable",
        })
    }
}

impl std::fmt::Display for Needs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Needs::CoastalSplit => "the coastal / inland split",
            Needs::RegionSplit => "the east / central / west split",
            Needs::Map => "a map",
            Needs::MapByYear => "a map by year",
            Needs::InstrumentTimesLag => "the instrument x lagged treatment",
        })
    }
}

// Both serialize as their English words, as the strings they replace did.
impl Serialize for ColumnPurpose {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Needs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What an item computes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum ItemKind {
    /// Descriptive statistics of these variables (Table 3).
    Describe {
        /// Variables, in table order.
        variables: Vec<String>,
    },
    /// One DML estimate of `scenario` (treatment replaced by the PCA index when asked).
    Estimate {
        /// The complete set-up of this column.
        scenario: Box<Scenario>,
        /// Which index the treatment is.
        index: IndexVariant,
        /// Subsample label for the difference tests (`coastal`, `east`, ...).
        group: Option<String>,
    },
    /// A choropleth of `variable` in `year`.
    Map {
        /// Variable mapped.
        variable: String,
        /// Year mapped.
        year: i32,
    },
    /// Not computable on the current data.
    Skipped(SkipReason),
}

/// One column of one table (or one map) of the battery.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BatteryItem {
    /// The table it belongs to.
    pub table: TableId,
    /// Column label, unique within the table: `variant: outcome` (`PCA index: CEE`).
    pub column: String,
    /// What the table varies (`PCA index`, `K = 4`, `Coastal`).
    pub variant: String,
    /// Dependent variable (or mapped variable).
    pub outcome: String,
    /// What to compute.
    pub kind: ItemKind,
    /// What the estimate is judged against.
    pub expectation: Expectation,
    /// True for the reference estimate (the user's scenario itself, in Table 4).
    pub reference: bool,
}

/// The variants the plan names, with the message that words each (see [`variant_label`]).
const VARIANT_IDS: [(&str, &str); 20] = [
    ("Descriptive statistics", "variant-describe"),
    ("No FE", "variant-no-fe"),
    ("Unit + year FE", "variant-unit-year-fe"),
    ("Your FE", "variant-your-fe"),
    ("PCA index", "variant-pca-index"),
    ("Winsorized controls", "variant-winsorized"),
    ("Squared controls", "variant-squared"),
    ("SVM", "variant-svm"),
    ("GBM", "variant-gbm"),
    ("RF", "variant-rf"),
    ("IV", "variant-iv"),
    ("Coastal", "variant-coastal"),
    ("Inland", "variant-inland"),
    ("East", "variant-east"),
    ("Central", "variant-central"),
    ("West", "variant-west"),
    ("ER above median", "variant-er-above"),
    ("ER below median", "variant-er-below"),
    ("First year", "variant-first-year"),
    ("Last year", "variant-last-year"),
];

/// A variant's label in `lang` (the plan keys its items by the English label; `K = 4` and
/// other labels without words read the same in every language).
pub fn variant_label(variant: &str, lang: crate::locale::Lang) -> String {
    match VARIANT_IDS.iter().find(|(en, _)| *en == variant) {
        Some((_, id)) => crate::locale::fluent::message(lang, id, None),
        None => variant.to_string(),
    }
}

impl BatteryItem {
    /// What the table varies, in `lang` ([`variant_label`]).
    pub fn variant_in(&self, lang: crate::locale::Lang) -> String {
        variant_label(&self.variant, lang)
    }

    /// The column label in `lang`: `variant: outcome` ([`BatteryItem::column`] in English).
    pub fn column_in(&self, lang: crate::locale::Lang) -> String {
        format!("{}: {}", self.variant_in(lang), self.outcome)
    }

    /// The scenario of an estimate item.
    pub fn scenario(&self) -> Option<&Scenario> {
        match &self.kind {
            ItemKind::Estimate { scenario, .. } => Some(scenario),
            _ => None,
        }
    }

    /// True when the item runs a DML estimate.
    pub fn is_estimate(&self) -> bool {
        matches!(self.kind, ItemKind::Estimate { .. })
    }
}

/// The second outcome of the study's tables: CIWB, or CEE when the user's outcome is CIWB.
pub fn second_outcome(outcome: &str) -> &'static str {
    if outcome == CIWB { CEE } else { CIWB }
}

/// The learner of a named robustness variant: the user's own when it is of that kind
/// (keeping its settings), else the kind's defaults (random forest: the study's 500 trees).
pub fn learner_of_kind(s: &Scenario, kind: LearnerKind) -> Learners {
    if s.learners.l.kind() == kind && s.learners.m.kind() == kind {
        return s.learners.clone();
    }
    Learners::all(match kind {
        LearnerKind::Forest => LearnerSpec::default(),
        k => k.default_spec(),
    })
}

/// The battery's baseline: the user's scenario as a partially linear regression (the study's
/// model), without the instrument.
pub fn baseline(s: &Scenario) -> Scenario {
    let mut b = s.clone();
    b.model = Model::Plr;
    b.instrument = None;
    b.transforms.instrument_times_lagged_treatment = false;
    b
}

/// The IV specification of Table 7 built on `s`: PLIV with the user's instrument (the study's
/// telegraph offices by default) times the lagged treatment.
pub fn iv_variant(s: &Scenario, user: &Scenario) -> Scenario {
    let z = user.instrument.clone().unwrap_or_else(|| INSTRUMENT.to_string());
    let mut iv = Scenario { model: Model::Pliv, instrument: Some(z), ..s.clone() };
    iv.transforms.instrument_times_lagged_treatment = true;
    iv
}

struct Planner<'a> {
    panel: &'a Panel,
    base: Scenario,
    items: Vec<BatteryItem>,
}

impl Planner<'_> {
    fn has(&self, col: &str) -> bool {
        self.panel.numeric(col).is_some()
    }

    fn provinces(&self) -> bool {
        self.panel.unit.as_ref().is_some_and(|u| u.codes.iter().all(Option::is_some))
    }

    fn missing(column: &str, purpose: ColumnPurpose) -> SkipReason {
        SkipReason::MissingColumn { column: column.to_string(), purpose }
    }

    /// Push one estimate column for `outcome`, or a skipped item when `outcome` is absent.
    fn push(
        &mut self,
        table: TableId,
        variant: &str,
        outcome: &str,
        s: Scenario,
        index: IndexVariant,
        group: Option<String>,
    ) {
        let expectation = match (table, study_claim(outcome)) {
            (TableId::T4 | TableId::T8, Some(sign)) => Expectation::StudySign(sign),
            (_, Some(sign)) if outcome != self.base.outcome => Expectation::StudySign(sign),
            _ => Expectation::SameAsBaseline,
        };
        let kind = if self.has(outcome) {
            let mut s = s;
            s.outcome = outcome.to_string();
            ItemKind::Estimate { scenario: Box::new(s), index, group }
        } else {
            ItemKind::Skipped(Self::missing(outcome, ColumnPurpose::Outcome))
        };
        self.items.push(BatteryItem {
            table,
            column: format!("{variant}: {outcome}"),
            variant: variant.to_string(),
            outcome: outcome.to_string(),
            kind,
            expectation,
            reference: false,
        });
    }

    fn skip(&mut self, table: TableId, variant: &str, outcome: &str, reason: SkipReason) {
        self.items.push(BatteryItem {
            table,
            column: format!("{variant}: {outcome}"),
            variant: variant.to_string(),
            outcome: outcome.to_string(),
            kind: ItemKind::Skipped(reason),
            expectation: Expectation::None,
            reference: false,
        });
    }

    /// One variant for both outcomes, or two skipped items.
    fn pair(
        &mut self,
        table: TableId,
        variant: &str,
        s: Result<Scenario, SkipReason>,
        index: IndexVariant,
        group: Option<&str>,
    ) {
        let outcomes = [self.base.outcome.clone(), second_outcome(&self.base.outcome).to_string()];
        for y in &outcomes {
            match &s {
                Ok(s) => self.push(table, variant, y, s.clone(), index, group.map(str::to_string)),
                Err(r) => self.skip(table, variant, y, r.clone()),
            }
        }
    }
}

/// The battery for `scenario` on `panel`, in the study's order (see the module docs).
pub fn plan(panel: &Panel, scenario: &Scenario) -> Vec<BatteryItem> {
    let base = baseline(scenario);
    let mut p = Planner { panel, base: base.clone(), items: Vec::new() };
    let y2 = second_outcome(&base.outcome);

    // Table 3.
    let mut vars = vec![base.outcome.clone(), y2.to_string(), base.treatment.clone()];
    vars.extend(base.controls.iter().cloned());
    vars.extend([TFEE, ISU, REGULATION, INSTRUMENT].map(String::from));
    let mut seen = Vec::new();
    vars.retain(|v| {
        p.has(v) && !seen.contains(v) && {
            seen.push(v.clone());
            true
        }
    });
    p.items.push(BatteryItem {
        table: TableId::T3,
        column: "Descriptive statistics".into(),
        variant: "Descriptive statistics".into(),
        outcome: String::new(),
        kind: ItemKind::Describe { variables: vars },
        expectation: Expectation::None,
        reference: false,
    });

    // Table 4: without and with unit + year effects (plus the user's own choice if different).
    let mut fes = vec![(FixedEffects::None, "No FE"), (FixedEffects::UnitYear, "Unit + year FE")];
    if !matches!(base.fixed_effects, FixedEffects::None | FixedEffects::UnitYear) {
        fes.push((base.fixed_effects, "Your FE"));
    }
    let first_t4 = p.items.len();
    for (fe, label) in &fes {
        let s = Scenario { fixed_effects: *fe, ..base.clone() };
        p.pair(TableId::T4, label, Ok(s), IndexVariant::AsScenario, None);
    }
    for it in &mut p.items[first_t4..] {
        it.reference = it.outcome == base.outcome && it.scenario().is_some_and(|s| *s == base);
    }

    // Table 5.
    let pca = if base.treatment != crate::engine::measures::derive::DCP {
        Err(SkipReason::TreatmentNotIndex { treatment: base.treatment.clone() })
    } else {
        let missing: Vec<String> = base
            .measures
            .columns
            .indicators
            .iter()
            .filter(|i| panel.numeric(&i.column).is_none())
            .map(|i| i.column.clone())
            .collect();
        if missing.is_empty() && !base.measures.columns.indicators.is_empty() {
            Ok(Scenario { treatment: PCA_INDEX.into(), ..base.clone() })
        } else {
            Err(SkipReason::NoIndicators { missing })
        }
    };
    p.pair(TableId::T5, "PCA index", pca, IndexVariant::Pca, None);
    let mut w = base.clone();
    w.transforms.winsorize_controls = Some(Winsor::default());
    p.pair(TableId::T5, "Winsorized controls", Ok(w), IndexVariant::AsScenario, None);
    let mut sq = base.clone();
    sq.transforms.square_controls = true;
    p.pair(TableId::T5, "Squared controls", Ok(sq), IndexVariant::AsScenario, None);

    // Table 6.
    for k in [4, 8] {
        p.pair(
            TableId::T6,
            &format!("K = {k}"),
            Ok(Scenario { folds: k, ..base.clone() }),
            IndexVariant::AsScenario,
            None,
        );
    }

    // Table 7.
    for (kind, label) in [(LearnerKind::Svr, "SVM"), (LearnerKind::Boosting, "GBM")] {
        let s = Scenario { learners: learner_of_kind(&base, kind), ..base.clone() };
        p.pair(TableId::T7, label, Ok(s), IndexVariant::AsScenario, None);
    }
    let z = scenario.instrument.clone().unwrap_or_else(|| INSTRUMENT.to_string());
    let iv = if !p.has(&z) {
        Err(Planner::missing(&z, ColumnPurpose::Instrument))
    } else if panel.year.is_none() || panel.unit.is_none() {
        Err(SkipReason::NoYearColumn { what: Needs::InstrumentTimesLag })
    } else {
        Ok(iv_variant(&base, scenario))
    };
    p.pair(TableId::T7, "IV", iv, IndexVariant::AsScenario, None);

    // Table 8: mechanisms with the forest and with boosting.
    for (kind, label) in [(LearnerKind::Forest, "RF"), (LearnerKind::Boosting, "GBM")] {
        let s = Scenario { learners: learner_of_kind(&base, kind), ..base.clone() };
        for m in [TFEE, ISU] {
            p.push(TableId::T8, label, m, s.clone(), IndexVariant::AsScenario, None);
        }
    }

    // Tables 9 to 11.
    let with = |c: Condition| {
        let mut s = base.clone();
        s.filter.conditions.push(c);
        s
    };
    let regional = |what: Needs, ok: bool| if ok { Ok(()) } else { Err(SkipReason::NotProvinces { what }) };
    for (coastal, label) in [(true, "Coastal"), (false, "Inland")] {
        let s = regional(Needs::CoastalSplit, p.provinces()).map(|_| with(Condition::Coastal(coastal)));
        p.pair(TableId::T9, label, s, IndexVariant::AsScenario, Some(label));
    }
    for (r, label) in [(Region3::East, "East"), (Region3::Central, "Central"), (Region3::West, "West")] {
        let s = regional(Needs::RegionSplit, p.provinces()).map(|_| with(Condition::Region(r)));
        p.pair(TableId::T10, label, s, IndexVariant::AsScenario, Some(label));
    }
    let median = regulation_median(panel, &base);
    for (op, label) in [(Compare::Ge, "ER above median"), (Compare::Lt, "ER below median")] {
        let s = match median {
            Some(value) => Ok(with(Condition::Compare { column: REGULATION.into(), op, value })),
            None => Err(Planner::missing(REGULATION, ColumnPurpose::Regulation)),
        };
        p.pair(TableId::T11, label, s, IndexVariant::AsScenario, Some(label));
    }

    // Maps: outcome, second outcome and treatment in the first and last year.
    let years = panel.years();
    for v in [base.outcome.clone(), y2.to_string(), base.treatment.clone()] {
        for (i, year) in [years.first(), years.last()].into_iter().enumerate() {
            let variant = if i == 0 { "First year" } else { "Last year" };
            let kind = match year {
                None => ItemKind::Skipped(SkipReason::NoYearColumn { what: Needs::MapByYear }),
                Some(_) if !p.provinces() => ItemKind::Skipped(SkipReason::NotProvinces { what: Needs::Map }),
                Some(_) if !p.has(&v) => ItemKind::Skipped(Planner::missing(&v, ColumnPurpose::Mapped)),
                Some(&year) => ItemKind::Map { variable: v.clone(), year },
            };
            let column = match year {
                Some(y) => format!("{v} {y}"),
                None => format!("{v} ({variant})"),
            };
            p.items.push(BatteryItem {
                table: TableId::Maps,
                column,
                variant: variant.into(),
                outcome: v.clone(),
                kind,
                expectation: Expectation::None,
                reference: false,
            });
        }
    }
    p.items
}

/// Median of environmental regulation over the baseline's sample (`numpy.median`), if the
/// column exists and has values.
fn regulation_median(panel: &Panel, base: &Scenario) -> Option<f64> {
    let v = panel.numeric(REGULATION)?;
    let rows = base.filter.rows(panel).ok()?;
    let vals: Vec<f64> = rows.iter().map(|&r| v[r]).filter(|x| x.is_finite()).collect();
    (!vals.is_empty()).then(|| crate::engine::dml::inference::median(&vals))
}
