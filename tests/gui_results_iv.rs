//! The Results view for the study's IV column clustered by unit: it says which variance each
//! number uses and shows the clustered first-stage F and Anderson-Rubin sets (issue 13).

use crate::common::{app_on, harness, wait};
use carbon_dml::engine::dml::normal::Level;
use carbon_dml::engine::dml::{Cluster, Learners, Model};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::app::{Command, View};
use carbon_dml::gui::i18n::Lang;
use carbon_dml::gui::views::results::iv::ar_text;
use egui_kittest::kittest::Queryable;

fn clustered_iv() -> Scenario {
    let mut s = Scenario {
        model: Model::Pliv,
        instrument: Some("telegraph1907".into()),
        cluster: Cluster::Unit,
        learners: Learners::all(LearnerSpec::Ols),
        ..Scenario::default()
    };
    s.transforms.instrument_times_lagged_treatment = true;
    s
}

#[test]
fn clustered_iv_shows_the_clustered_f_and_ar_sets_with_their_variance() {
    let mut h = harness(app_on("results", "en"));
    h.state_mut().commands.push(Command::SetScenario(Box::new(clustered_iv())));
    h.state_mut().commands.push(Command::ShowView(View::Results));
    wait(&mut h, 120, "the IV estimate", |a| {
        a.analysis.outcome.is_some() && !a.analysis.is_stale() && !a.analysis.is_running()
    });
    let e = h.state().analysis.outcome.as_ref().and_then(|o| o.result.as_ref().ok()).expect("estimate").clone();
    let iv = e.iv.as_ref().expect("IV statistics");
    assert_eq!(iv.variance, Cluster::Unit);
    assert!(iv.first_stage.f_robust < iv.first_stage.f_nonrobust, "clustering lowers F on the sample");
    // Which variance: in the summary and in the IV panel.
    assert!(h.query_all_by_label_contains("clustered by unit (30 clusters)").count() >= 2);
    assert!(h.query_by_label("First-stage F, robust").is_some());
    assert!(h.query_by_label("First-stage F, non-robust (iid)").is_some());
    assert!(h.query_all_by_label(&format!("{:.2}", iv.first_stage.f_robust)).count() >= 1, "robust F shown");
    assert!(h.query_all_by_label(&format!("{:.2}", iv.first_stage.f_nonrobust)).count() >= 1, "non-robust F shown");
    for level in Level::ALL {
        let shown = ar_text(&iv.ar_at(level), Lang::En);
        assert!(h.query_all_by_label(&shown).count() >= 1, "AR {}% set {shown}", level.percent());
        assert!(h.query_all_by_label(&format!("{}%", level.percent())).count() >= 1);
    }
    if let (Some(ci), Some(c)) = (iv.tf.interval, iv.tf.critical_value) {
        let shown = format!("[{:.4}, {:.4}]  critical value c(F) = {c:.3}", ci[0], ci[1]);
        assert!(h.query_all_by_label(&shown).count() >= 1, "tF interval {shown}");
    }
    assert!(h.query_all_by_label_contains("Only 30 clusters").count() >= 1, "few-clusters note");

    // The same in Chinese.
    h.state_mut().prefs.lang = Lang::Zh;
    h.run_steps(3);
    assert!(h.query_by_label("第一阶段 F（稳健）").is_some());
    assert!(h.query_all_by_label_contains("按单位聚类（30 个聚类）").count() >= 2);
    assert!(h.query_all_by_label_contains("仅 30 个聚类").count() >= 1);
}
