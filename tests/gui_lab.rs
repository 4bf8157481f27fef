//! The Lab view driven by egui_kittest: run an experiment, watch the replications arrive, read
//! the table; the same numbers as the headless engine; Chinese labels; cancel.

use carbon_dml::engine::lab::{LabSpec, Process, run_lab};
use carbon_dml::engine::learners::LearnerSpec;
use egui_kittest::kittest::Queryable;
use std::sync::atomic::AtomicBool;

use crate::common::{app_on, harness, wait};

fn quick() -> LabSpec {
    LabSpec { process: Process::Nonlinear, n: 200, learner: LearnerSpec::Ols, replications: 6, ..LabSpec::default() }
}

#[test]
fn running_an_experiment_fills_the_histogram_and_the_table_with_the_engine_s_numbers() {
    let mut app = app_on("lab", "en");
    app.lab_view.spec = quick();
    let mut h = harness(app);
    // The first visit runs the experiment by itself.
    wait(&mut h, 60, "the experiment", |a| !a.lab_view.is_running() && a.lab_view.replications().len() == 6);
    let shown = h.state().lab_view.replications();
    let direct = run_lab(&quick(), &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(shown, direct, "the window shows exactly what the engine computes");
    h.get_by_label("Bias, spread and coverage");
    for name in ["naive OLS", "DML, OLS learners"] {
        assert!(h.query_all_by_label(name).count() >= 2, "{name} in the legend and the table");
    }
    let bias = format!("{:.4}", carbon_dml::engine::lab::summarize(&direct)[0].bias);
    assert!(h.query_all_by_label(&bias).count() >= 1, "the naive bias {bias} is in the table");
}

#[test]
fn changing_a_setting_after_a_run_says_so() {
    let mut app = app_on("lab", "en");
    app.lab_view.spec = quick();
    let mut h = harness(app);
    wait(&mut h, 60, "the experiment", |a| !a.lab_view.is_running() && a.lab_view.shown.is_some());
    h.state_mut().lab_view.spec.folds = 3;
    h.run_steps(2);
    h.get_by_label_contains("Settings changed since this run");
}

#[test]
fn switching_cross_fitting_off_warns_that_it_is_wrong_in_practice() {
    let mut app = app_on("lab", "en");
    app.lab_view.spec = quick();
    let mut h = harness(app);
    h.run_steps(2);
    h.get_by_label("Cross-fitting").click();
    h.run_steps(2);
    assert!(!h.state().lab_view.spec.cross_fitting);
    h.get_by_label_contains("Wrong in practice");
}

#[test]
fn the_lab_speaks_chinese() {
    let mut app = app_on("lab", "zh");
    app.lab_view.spec = quick();
    let mut h = harness(app);
    h.run_steps(2);
    for label in
        ["实验室：双重机器学习与朴素回归", "数据生成过程", "非线性混杂", "含个体效应的面板", "运行实验", "交叉拟合"]
    {
        assert!(h.query_all_by_label_contains(label).count() >= 1, "{label}");
    }
}

#[test]
fn a_long_experiment_can_be_cancelled() {
    let mut app = app_on("lab", "en");
    app.lab_view.spec = LabSpec { replications: 1000, n: 2000, ..quick() };
    let mut h = harness(app);
    h.run_steps(3);
    h.get_by_label("Cancel the experiment").click();
    wait(&mut h, 30, "the cancel", |a| !a.lab_view.is_running());
    assert!(h.state().lab_view.replications().len() < 1000);
}

/// On the bundled sample, Results shows the effect built into it and the naive OLS beside DML.
#[test]
fn results_on_the_sample_show_the_truth_and_the_naive_ols() {
    use carbon_dml::engine::dml::Learners;
    let mut app = app_on("results", "en");
    let s = carbon_dml::engine::scenario::Scenario { learners: Learners::all(LearnerSpec::Ols), ..Default::default() };
    app.analysis.set_scenario(s);
    let mut h = harness(app);
    wait(&mut h, 60, "the estimate", |a| {
        a.analysis.outcome.is_some() && !a.analysis.is_running() && !a.analysis.is_stale()
    });
    let e = h.state().analysis.outcome.as_ref().unwrap().result.as_ref().ok().unwrap().clone();
    // The truth over the rows the estimate used (rows with holes drop out): the process's
    // region effects 0.8 / 1.0 / 1.4 averaged by the registry's region of each row's province.
    let panel = h.state().analysis.panel();
    let reg = carbon_dml::engine::data::registry::Registry::embedded();
    let theta_of = |r: usize| {
        let name = panel.unit_label(r).unwrap();
        let p = reg.provinces().iter().find(|p| p.name_en == name).unwrap();
        match p.region3 {
            carbon_dml::engine::data::registry::Region3::East => 0.8,
            carbon_dml::engine::data::registry::Region3::Central => 1.0,
            carbon_dml::engine::data::registry::Region3::West => 1.4,
        }
    };
    assert!(e.rows.len() < panel.n_rows(), "the sample's holes drop rows");
    let truth = e.rows.iter().map(|&r| theta_of(r)).sum::<f64>() / e.rows.len() as f64;
    h.get_by_label_contains(&format!("True effect built into the synthetic sample: {truth:.4}"));
    let naive = e.naive_ols.expect("PLR carries the naive OLS");
    h.get_by_label_contains(&format!("θ = {:.4}   se = {:.4}", naive.theta, naive.se));

    // A subsample gets its own truth: the west alone is 1.4; a lagged treatment has none.
    let mut west = h.state().analysis.scenario.clone();
    west.filter
        .conditions
        .push(carbon_dml::engine::scenario::Condition::Region(carbon_dml::engine::data::registry::Region3::West));
    h.state_mut().analysis.set_scenario(west.clone());
    wait(&mut h, 60, "the west", |a| {
        a.analysis.outcome.is_some() && !a.analysis.is_running() && !a.analysis.is_stale()
    });
    h.get_by_label_contains("True effect built into the synthetic sample: 1.4000");
    west.transforms.lag_treatment = true;
    h.state_mut().analysis.set_scenario(west);
    wait(&mut h, 60, "lagged", |a| a.analysis.outcome.is_some() && !a.analysis.is_running() && !a.analysis.is_stale());
    assert_eq!(h.query_all_by_label_contains("True effect built into the synthetic sample").count(), 0);
}
