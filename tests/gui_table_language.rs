//! Result tables in a language apart from the interface's (View > Result tables): an English
//! window shows and exports the Results table as a Chinese journal prints it, and back.

use crate::common::{app_on, harness, wait};
use carbon_dml::engine::dml::Learners;
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::app::{Command, View};
use carbon_dml::gui::i18n::Lang;
use egui_kittest::kittest::Queryable;

#[test]
fn the_results_table_follows_the_table_language_not_the_interface() {
    let mut h = harness(app_on("results", "en"));
    let ols = Scenario { learners: Learners::all(LearnerSpec::Ols), ..Scenario::default() };
    h.state_mut().commands.push(Command::SetScenario(Box::new(ols)));
    h.state_mut().commands.push(Command::ShowView(View::Results));
    wait(&mut h, 120, "the estimate", |a| {
        a.analysis.outcome.is_some() && !a.analysis.is_stale() && !a.analysis.is_running()
    });
    assert!(h.query_all_by_label("Controls").count() >= 1, "English table in an English window");
    assert!(h.query_all_by_label("控制变量").count() == 0);

    h.state_mut().prefs.table_lang = Some(Lang::Zh);
    h.run_steps(3);
    for label in ["控制变量", "固定效应", "观测值", "学习器", "折数 K"] {
        assert!(h.query_all_by_label(label).count() >= 1, "{label} in the Chinese table");
    }
    assert!(h.query_all_by_label_contains("注：***、**、*").count() >= 1, "the journals' note");
    assert!(h.query_all_by_label("Controls").count() == 0);
    // The interface itself stays English.
    assert!(h.query_all_by_label("Results").count() >= 1);

    // A Chinese window with English tables.
    h.state_mut().prefs.lang = Lang::Zh;
    h.state_mut().prefs.table_lang = Some(Lang::En);
    h.run_steps(3);
    assert!(h.query_all_by_label("Controls").count() >= 1);
    assert!(h.query_all_by_label("控制变量").count() == 0);
}
