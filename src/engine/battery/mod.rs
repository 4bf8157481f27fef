//! The study's battery (Tables 3 to 11 and the maps) run in one action, and the
//! specification curve beyond it (issue 8).
//!
//! | file | concept |
//! |---|---|
//! | [`table_id`] | the study's tables by number |
//! | [`plan`] | the battery as data: [`BatteryItem`]s built from the current scenario |
//! | [`runner`] | [`run_battery`]: every item, one shared nuisance cache, progress, cancel |
//! | [`conclusion`] | whether the study's conclusion holds, per estimate |
//! | [`report`] | [`BatteryReport`]: results, difference tests, tables |
//! | [`layout`] | the tables in the study's layout |
//! | [`spec_curve`] | [`SpecCurveSpec`]: the ticked sets and their combinations |
//! | [`curve_run`] | [`run_spec_curve`]: sorted estimates, indicator matrix, share |
//!
//! Every type the window needs is `Clone + Send + Sync + 'static`: results travel from a
//! worker thread.

pub mod bench;
pub mod conclusion;
pub mod curve_run;
pub mod layout;
pub mod plan;
pub mod report;
pub mod runner;
pub mod spec_curve;
pub mod table_id;

pub use conclusion::{Conclusion, Expectation, Sign, Verdict};
pub use curve_run::{
    IndicatorRow, SpecCurveResult, SpecFailure, SpecOutcome, SpecPoint, assemble_curve, run_spec_curve, run_spec_items,
};
pub use plan::{BatteryItem, ColumnPurpose, IndexVariant, ItemKind, Needs, SkipReason, plan};
pub use report::{BatteryReport, GroupDifference, ItemError, ItemOutcome, ItemResult, MapValues};
pub use runner::{BatteryError, BatteryProgress, run_battery, run_battery_cached};
pub use spec_curve::{SpecCurveError, SpecCurveSpec, Specification};
pub use table_id::TableId;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Clone + Send + Sync + 'static>() {}

    #[test]
    fn gui_types_travel_between_threads() {
        assert_send_sync::<BatteryReport>();
        assert_send_sync::<BatteryProgress>();
        assert_send_sync::<BatteryError>();
        assert_send_sync::<SpecCurveResult>();
        assert_send_sync::<SpecCurveSpec>();
    }
}
