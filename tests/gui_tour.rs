//! The tour of the app through the real window (egui_kittest): it walks every view in order,
//! Back and Next move the view behind it, Done and Skip record that it was seen, the Help menu
//! reopens it, and it speaks Chinese.

use carbon_dml::gui::app::{ExplorerApp, View};
use carbon_dml::gui::{LaunchOptions, tour};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;

fn with_tour(lang: &str) -> Harness<'static, ExplorerApp> {
    let app = ExplorerApp::with_options(LaunchOptions { tour: true, lang: Some(lang.into()), ..Default::default() });
    let mut h = common::harness(app);
    h.run_steps(3);
    h
}

#[test]
fn the_tour_walks_every_view_and_done_records_it() {
    let mut h = with_tour("en");
    assert!(h.state().tour.is_open());
    assert_eq!(h.state().prefs.view, View::Data);
    h.get_by_label_contains("Tour 1/8: Welcome: the data");
    for (i, step) in tour::STEPS.iter().enumerate().skip(1) {
        h.get_by_label("Next").click();
        h.run_steps(3);
        assert_eq!(h.state().prefs.view, step.view, "step {}", i + 1);
        h.get_by_label_contains(&format!("Tour {}/8: {}", i + 1, carbon_dml::locale::Lang::En.t(&step.title)));
    }
    assert_eq!(h.query_all_by_label("Next").count(), 0, "the last step has no Next");
    h.get_by_label("Back").click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.view, View::Scenarios);
    h.get_by_label("Next").click();
    h.run_steps(3);
    assert!(!h.state().prefs.tour_seen);
    h.get_by_label("Done").click();
    h.run_steps(3);
    assert!(!h.state().tour.is_open());
    assert!(h.state().prefs.tour_seen, "a finished tour does not open by itself again");
    assert_eq!(h.query_all_by_label_contains("Tour ").count(), 0);

    // Help > Tour of the app reopens it at the first step, on the Data view.
    h.get_by_label("Help").click();
    h.run_steps(2);
    h.get_by_label("Tour of the app…").click();
    h.run_steps(3);
    assert!(h.state().tour.is_open());
    assert_eq!(h.state().prefs.view, View::Data);
    h.get_by_label_contains("Tour 1/8");
}

#[test]
fn skipping_records_the_tour_as_seen() {
    let mut h = with_tour("en");
    h.get_by_label("Skip the tour").click();
    h.run_steps(3);
    assert!(!h.state().tour.is_open());
    assert!(h.state().prefs.tour_seen);
}

#[test]
fn the_tour_speaks_chinese() {
    let mut h = with_tour("zh");
    h.get_by_label_contains("导览 1/8：");
    h.get_by_label("下一步").click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.view, View::Index);
    h.get_by_label_contains("DCP 由四个维度的十个指标按熵权法合成");
    assert_eq!(h.query_all_by_label("Next").count(), 0);
}

#[test]
fn without_the_option_the_tests_window_opens_without_it() {
    let app = ExplorerApp::with_options(LaunchOptions::default());
    assert!(!app.tour.is_open());
}
