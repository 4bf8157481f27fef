//! The battery's plan, conclusion marks and specification-curve settings, without running
//! estimates (fast).

use carbon_dml::engine::battery::conclusion::judge;
use carbon_dml::engine::battery::{
    Expectation, ItemKind, SkipReason, SpecCurveError, SpecCurveSpec, TableId, Verdict, plan,
};
use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::dml::{FixedEffects, FoldScheme, Model};
use carbon_dml::engine::learners::LearnerKind;
use carbon_dml::engine::measures::{MeasureSpec, add_derived};
use carbon_dml::engine::scenario::Scenario;

fn panel() -> carbon_dml::engine::data::Panel {
    let mut p = bundled_panel();
    add_derived(&mut p, &MeasureSpec::default());
    p
}

#[test]
fn the_plan_follows_the_study_and_carries_the_users_settings() {
    let p = panel();
    let s = Scenario { folds: 6, seed: 9, ..Scenario::default() };
    let items = plan(&p, &s);
    let count = |t: TableId| items.iter().filter(|i| i.table == t).count();
    let counts: Vec<usize> = TableId::ALL.iter().map(|&t| count(t)).collect();
    assert_eq!(counts, vec![1, 4, 6, 4, 6, 4, 4, 6, 4, 6]);
    assert!(items.iter().all(|i| !matches!(i.kind, ItemKind::Skipped(_))));
    let refs: Vec<&str> = items.iter().filter(|i| i.reference).map(|i| i.column.as_str()).collect();
    assert_eq!(refs, vec!["No FE: CEE"]);
    for it in items.iter().filter(|i| i.is_estimate()) {
        let sc = it.scenario().unwrap();
        assert_eq!(sc.seed, 9, "{}", it.column);
        if it.table != TableId::T6 {
            assert_eq!(sc.folds, 6, "{}", it.column);
        }
        assert_eq!(sc.model == Model::Pliv, it.variant == "IV", "{}", it.column);
    }
    let iv = items.iter().find(|i| i.column == "IV: CEE").unwrap().scenario().unwrap();
    assert_eq!(iv.instrument.as_deref(), Some("telegraph1907"));
    assert!(iv.transforms.instrument_times_lagged_treatment);
    let svm = items.iter().find(|i| i.column == "SVM: CIWB").unwrap().scenario().unwrap();
    assert_eq!(svm.learners.l.kind(), LearnerKind::Svr);
    assert_eq!(svm.outcome, "CIWB");
    let fe = items.iter().find(|i| i.column == "Unit + year FE: CIWB").unwrap().scenario().unwrap();
    assert_eq!(fe.fixed_effects, FixedEffects::UnitYear);
    // The study's claims for Tables 4 and 8, the baseline's sign for robustness of CEE.
    let exp = |c: &str| items.iter().find(|i| i.column == c).unwrap().expectation;
    assert!(matches!(exp("No FE: CIWB"), Expectation::StudySign(carbon_dml::engine::battery::Sign::Negative)));
    assert!(matches!(exp("RF: TFEE"), Expectation::StudySign(carbon_dml::engine::battery::Sign::Positive)));
    assert_eq!(exp("K = 8: CEE"), Expectation::SameAsBaseline);
    let maps: Vec<&str> = items.iter().filter(|i| i.table == TableId::Maps).map(|i| i.column.as_str()).collect();
    assert_eq!(maps, vec!["CEE 2011", "CEE 2022", "CIWB 2011", "CIWB 2022", "DCP 2011", "DCP 2022"]);
}

#[test]
fn a_user_fixed_effect_adds_its_own_reference_column() {
    let p = panel();
    let s = Scenario { fixed_effects: FixedEffects::Within, ..Scenario::default() };
    let items = plan(&p, &s);
    let t4: Vec<&str> = items.iter().filter(|i| i.table == TableId::T4).map(|i| i.column.as_str()).collect();
    assert_eq!(t4.len(), 6);
    let r: Vec<&str> = items.iter().filter(|i| i.reference).map(|i| i.column.as_str()).collect();
    assert_eq!(r, vec!["Your FE: CEE"]);
}

#[test]
fn a_non_index_treatment_skips_the_pca_column_with_the_reason() {
    let p = panel();
    let s = Scenario { treatment: "internet_users".into(), ..Scenario::default() };
    let items = plan(&p, &s);
    let pca = items.iter().find(|i| i.column == "PCA index: CEE").unwrap();
    assert_eq!(pca.kind, ItemKind::Skipped(SkipReason::TreatmentNotIndex { treatment: "internet_users".into() }));
}

#[test]
fn conclusion_marks() {
    let p = panel();
    let spec = Scenario {
        learners: carbon_dml::engine::dml::Learners::all(carbon_dml::engine::learners::LearnerSpec::Ols),
        ..Scenario::default()
    };
    let v = spec.validate(&p).unwrap();
    let never = std::sync::atomic::AtomicBool::new(false);
    let e = carbon_dml::engine::dml::estimate(&v, &|_| {}, &never).unwrap();
    let pos = carbon_dml::engine::battery::Sign::Positive;
    let neg = carbon_dml::engine::battery::Sign::Negative;
    assert!(e.inference.theta > 0.0 && e.inference.p < 0.05, "{:?}", e.inference);
    assert_eq!(judge(&e, Expectation::StudySign(pos), None).verdict, Verdict::Holds);
    assert_eq!(judge(&e, Expectation::StudySign(neg), None).verdict, Verdict::OppositeSign);
    assert_eq!(judge(&e, Expectation::SameAsBaseline, Some(&e)).verdict, Verdict::Holds);
    assert_eq!(judge(&e, Expectation::SameAsBaseline, None).verdict, Verdict::NotEstimated);
    let mut weak = e.clone();
    weak.inference.p = 0.2;
    let c = judge(&weak, Expectation::SameAsBaseline, Some(&e));
    assert_eq!(c.verdict, Verdict::NotSignificant);
    assert!(c.reason.contains("not significant at 5%"), "{}", c.reason);
}

#[test]
fn spec_curve_sets_count_parse_and_refuse_bad_values() {
    let s = SpecCurveSpec::parse(
        "learners=rf,gbm,svr;k=4,5,8;index=entropy,pca;winsor=no,yes;squares=no,yes;fe=none,unit-year",
    )
    .unwrap();
    assert_eq!(s.count(), 144);
    let specs = s.specifications(&Scenario::default());
    assert_eq!(specs.len(), 144);
    assert_ne!(specs[0].index, specs[1].index, "the index varies fastest (cache reuse)");
    assert_eq!(SpecCurveSpec::default().count(), 1);
    assert_eq!(SpecCurveSpec::parse("k=1").unwrap_err(), SpecCurveError::Folds(1));
    assert!(matches!(SpecCurveSpec::parse("fe=province"), Err(SpecCurveError::Parse { .. })));
    assert!(matches!(SpecCurveSpec::parse("colour=red"), Err(SpecCurveError::Parse { .. })));
    let big = SpecCurveSpec {
        folds: (2..=20).collect(),
        learners: LearnerKind::ALL.to_vec(),
        winsorize: vec![false, true],
        squares: vec![false, true],
        fold_schemes: vec![FoldScheme::Random, FoldScheme::ByUnit],
        ..SpecCurveSpec::default()
    };
    assert_eq!(big.count(), 760);
    assert!(big.check().is_ok());
    let bigger =
        SpecCurveSpec { fixed_effects: vec![FixedEffects::None, FixedEffects::Unit, FixedEffects::Year], ..big };
    assert_eq!(bigger.check(), Err(SpecCurveError::TooMany { count: 2280, max: 2000 }));
    let sc = specs[5].scenario(&Scenario::default());
    assert_eq!(sc.folds, specs[5].folds);
    assert_eq!(sc.transforms.square_controls, specs[5].squares);
}
