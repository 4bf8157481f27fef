//! Every input widget of every view has an accessible name, in both languages: a screen reader
//! (and `get_by_label`) reaches each combo box, slider and number field by the label beside it.

use carbon_dml::engine::dml::Learners;
use carbon_dml::engine::learners::LearnerKind;
use carbon_dml::gui::app::{Command, View};

use crate::common::{app_on, harness, wait};

#[test]
fn every_view_names_its_input_widgets_in_english_and_chinese() {
    for lang in ["en", "zh"] {
        for view in View::ALL {
            let mut h = harness(app_on(view.cli_name(), lang));
            wait(&mut h, 120, "the first estimate", |a| !a.analysis.is_running() && a.analysis.outcome.is_some());
            let unnamed = h.unnamed_widgets();
            assert!(unnamed.is_empty(), "{} view ({lang}): unnamed widgets {unnamed:#?}", view.cli_name());
        }
    }
}

#[test]
fn every_learner_editor_names_its_settings() {
    let mut h = harness(app_on("model", "en"));
    for kind in LearnerKind::ALL {
        let mut scenario = h.state().analysis.scenario.clone();
        scenario.learners = Learners::all(kind.default_spec());
        h.state_mut().commands.push(Command::SetScenario(Box::new(scenario)));
        h.run_steps(3);
        let unnamed = h.unnamed_widgets();
        assert!(unnamed.is_empty(), "{kind:?}: unnamed widgets {unnamed:#?}");
    }
}
