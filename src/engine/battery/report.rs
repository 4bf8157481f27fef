//! The finished battery: every item with its result and conclusion mark, and the tables laid
//! out as the study lays them out.

use super::conclusion::Conclusion;
use super::plan::{BatteryItem, SkipReason};
use super::table_id::TableId;
use crate::engine::data::summary::VariableSummary;
use crate::engine::dml::heterogeneity::Difference;
use crate::engine::dml::{DmlError, Estimate};
use crate::engine::measures::index::IndexError;
use crate::engine::report::table::ResultTable;
use crate::engine::scenario::{Scenario, SpecError};
use crate::engine::spatial::MapError;

/// Why an item that could run did not produce a result.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemError {
    /// The item's scenario does not fit the data (for example, a subsample too small for K).
    Spec(Vec<SpecError>),
    /// Estimation failed.
    Dml(DmlError),
    /// The PCA index could not be built.
    Index(IndexError),
    /// The map values could not be read.
    Map(MapError),
}

/// Values of one map: one per unit of the panel (NaN where missing).
#[derive(Clone, Debug, PartialEq)]
pub struct MapValues {
    /// Variable mapped.
    pub variable: String,
    /// Year mapped.
    pub year: i32,
    /// One value per unit, in the panel's unit order.
    pub values: Vec<f64>,
}

/// What one item produced.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemResult {
    /// A DML estimate.
    Estimate(Box<Estimate>),
    /// Descriptive statistics (Table 3).
    Describe(Vec<VariableSummary>),
    /// A map's values (drawn by the report writer and the Maps view).
    Map(MapValues),
    /// The item could run but failed.
    Failed(ItemError),
    /// The item's ingredient is absent from the data.
    Skipped(SkipReason),
}

/// One item, its result and its conclusion mark.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemOutcome {
    /// The item as planned.
    pub item: BatteryItem,
    /// Its result.
    pub result: ItemResult,
    /// Whether the study's conclusion holds for it.
    pub conclusion: Conclusion,
}

impl ItemOutcome {
    /// The estimate, if the item produced one.
    pub fn estimate(&self) -> Option<&Estimate> {
        match &self.result {
            ItemResult::Estimate(e) => Some(e),
            _ => None,
        }
    }

    /// Why the item has no result (skipped or failed), if so.
    pub fn problem(&self) -> Option<String> {
        match &self.result {
            ItemResult::Failed(e) => Some(format!("failed: {e}")),
            ItemResult::Skipped(r) => Some(format!("skipped: {r}")),
            _ => None,
        }
    }
}

/// A remark on the whole battery, worded by `crate::locale` (its `Display` is the English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BatteryNote {
    /// The baseline estimate failed, so no robustness column could be judged against it.
    BaselineFailed,
    /// The user's model is not the partially linear regression the battery runs.
    PlrOnly,
}

impl serde::Serialize for BatteryNote {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A difference test between two subgroups of a heterogeneity table (same outcome).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupDifference {
    /// Table 9, 10 or 11.
    pub table: TableId,
    /// Dependent variable.
    pub outcome: String,
    /// `theta_a - theta_b` with its z test (independent subsamples).
    pub difference: Difference,
}

/// The whole battery on the current data.
#[derive(Clone, Debug, PartialEq)]
pub struct BatteryReport {
    /// The scenario the battery was built from (the baseline).
    pub scenario: Scenario,
    /// Data source label.
    pub source: String,
    /// Every item in the study's order, skipped ones included.
    pub items: Vec<ItemOutcome>,
    /// Difference tests of Tables 9 to 11.
    pub differences: Vec<GroupDifference>,
    /// Tables 3 to 11 in the study's layout.
    pub tables: Vec<ResultTable>,
    /// Remarks for the whole battery.
    pub notes: Vec<BatteryNote>,
}

impl BatteryReport {
    /// The items of `table`, in column order.
    pub fn items_of(&self, table: TableId) -> impl Iterator<Item = &ItemOutcome> {
        self.items.iter().filter(move |o| o.item.table == table)
    }

    /// The rendered table `table` (none for the maps).
    pub fn table(&self, table: TableId) -> Option<&ResultTable> {
        self.tables.iter().find(|t| t.id == table.id())
    }

    /// Every table laid out again with its labels and notes in `lang` (the stored
    /// [`BatteryReport::tables`] are English).
    pub fn tables_in(&self, lang: crate::locale::Lang) -> Vec<ResultTable> {
        match lang {
            crate::locale::Lang::En => self.tables.clone(),
            _ => super::layout::tables(&self.items, &self.differences, &self.scenario.treatment, lang),
        }
    }

    /// The reference estimate (the user's scenario itself, Table 4).
    pub fn reference(&self) -> Option<&Estimate> {
        self.items.iter().find(|o| o.item.reference).and_then(ItemOutcome::estimate)
    }

    /// Every estimate with its item.
    pub fn estimates(&self) -> impl Iterator<Item = (&BatteryItem, &Estimate)> {
        self.items.iter().filter_map(|o| o.estimate().map(|e| (&o.item, e)))
    }

    /// Items without a result, with the reason.
    pub fn problems(&self) -> Vec<(&BatteryItem, String)> {
        self.items.iter().filter_map(|o| o.problem().map(|p| (&o.item, p))).collect()
    }
}
