//! Scenario validation, determinism, cancellation and the fit cache, on the bundled sample.

use carbon_dml::engine::data::Panel;
use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::dml::{
    Cluster, DmlError, FixedEffects, FoldScheme, Learners, Model, NuisanceCache, Score, estimate, estimate_cached,
};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::learners::forest::ForestParams;
use carbon_dml::engine::scenario::{Compare, Condition, Field, Scenario, SpecError};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

fn raw() -> Scenario {
    Scenario {
        outcome: "gdp".into(),
        treatment: "internet_users".into(),
        controls: vec!["lngdp".into(), "lnpop".into(), "human".into(), "ind".into(), "edu".into()],
        learners: Learners::all(LearnerSpec::Ols),
        ..Default::default()
    }
}

fn errors(s: &Scenario, p: &Panel) -> Vec<SpecError> {
    s.validate(p).err().unwrap_or_default()
}

#[test]
fn the_default_scenario_names_the_missing_study_columns() {
    let p = bundled_panel();
    let e = errors(&Scenario::default(), &p);
    let fields: Vec<Field> = e.iter().map(SpecError::field).collect();
    assert!(fields.contains(&Field::Outcome) && fields.contains(&Field::Treatment), "{e:?}");
    let msg = e[0].to_string();
    assert!(msg.contains("no column \"CEE\"") && msg.contains("lngdp"), "{msg}");
}

#[test]
fn one_error_per_offending_field() {
    let p = bundled_panel();
    let mut s = raw();
    s.outcome = "GDP".into();
    s.controls.push("internet_users".into());
    s.model = Model::Pliv;
    s.folds = 25;
    let e = errors(&s, &p);
    let msgs: Vec<String> = e.iter().map(|x| x.to_string()).collect();
    assert!(msgs.iter().any(|m| m.contains("did you mean \"gdp\"")), "{msgs:?}");
    assert!(e.iter().any(|x| matches!(x, SpecError::TwoRoles { field: Field::Controls, other: Field::Treatment, .. })));
    assert!(e.iter().any(|x| matches!(x, SpecError::MissingInstrument)));
    assert!(e.iter().any(|x| matches!(x, SpecError::OutOfRange { field: Field::Folds, .. })));
}

#[test]
fn data_problems_are_caught_before_estimation() {
    let p = bundled_panel();
    let mut s = raw();
    s.filter.conditions.push(Condition::Units(vec!["Beijing".into()]));
    s.filter.years = Some((2011, 2014));
    s.folds = 5;
    assert!(matches!(errors(&s, &p)[..], [SpecError::TooFewRows { rows: 4, folds: 5, need: 10 }]));

    let mut s = raw();
    s.model = Model::Pliv;
    s.instrument = Some("telegraph1907".into());
    s.filter.conditions.push(Condition::Units(vec!["Beijing".into(), "Tianjin".into(), "Hebei".into()]));
    s.filter.conditions.push(Condition::Compare { column: "telegraph1907".into(), op: Compare::Eq, value: 11.0 });
    let e = errors(&s, &p);
    assert!(e.iter().any(|x| matches!(x, SpecError::Constant { field: Field::Instrument, .. })), "{e:?}");

    let mut s = raw();
    s.fold_scheme = FoldScheme::Column("fold".into());
    assert!(matches!(errors(&s, &p)[..], [SpecError::FoldColumn { .. }]));

    let mut s = raw();
    s.fold_scheme = FoldScheme::Column("year".into());
    s.cluster = Cluster::Unit;
    let e = errors(&s, &p);
    assert!(e[0].to_string().contains("different folds"), "{e:?}");
}

#[test]
fn same_seed_same_bits_at_any_thread_count() {
    let p = bundled_panel();
    let mut s = raw();
    s.n_rep = 3;
    s.fixed_effects = FixedEffects::Year;
    s.score = Score::IvType;
    let spec = s.validate(&p).unwrap();
    let go = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| estimate(&spec, &|_| {}, &AtomicBool::new(false)).unwrap())
    };
    let (a, b, c) = (go(1), go(2), go(4));
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert_eq!(a.inference.theta.to_bits(), c.inference.theta.to_bits());
    s.seed += 1;
    let other = estimate(&s.validate(&p).unwrap(), &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_ne!(other.reps[0].theta, a.reps[0].theta, "another seed draws other folds");
}

#[test]
fn forests_give_the_same_bits_at_any_thread_count() {
    let p = bundled_panel();
    let mut s = raw();
    s.learners = Learners::all(LearnerSpec::Forest(ForestParams { n_trees: 20, ..Default::default() }));
    s.n_rep = 2;
    let spec = s.validate(&p).unwrap();
    let go = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| estimate(&spec, &|_| {}, &AtomicBool::new(false)).unwrap())
    };
    let a = go(1);
    assert_eq!(a, go(3));
    assert_eq!(a, go(1));
}

#[test]
fn progress_is_reported_and_cancel_stops_the_run() {
    let p = bundled_panel();
    let spec = raw().validate(&p).unwrap();
    let seen = AtomicUsize::new(0);
    let last = AtomicUsize::new(0);
    let e = estimate(
        &spec,
        &|pr| {
            seen.fetch_add(1, Ordering::Relaxed);
            last.fetch_max(pr.done * 1000 + pr.total, Ordering::Relaxed);
        },
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(seen.load(Ordering::Relaxed), 10, "2 nuisances x 5 folds");
    assert_eq!(last.load(Ordering::Relaxed), 10 * 1000 + 10);
    assert_eq!(e.n, 360);
    let cancelled = estimate(&spec, &|_| {}, &AtomicBool::new(true));
    assert_eq!(cancelled.unwrap_err(), DmlError::Cancelled);
}

#[test]
fn changing_only_the_outcome_reuses_the_treatment_fits() {
    let p = bundled_panel();
    let cache = NuisanceCache::new();
    let a = raw().validate(&p).unwrap();
    let first = estimate_cached(&a, &|_| {}, &AtomicBool::new(false), &cache).unwrap();
    assert_eq!(cache.len(), 2);
    let mut s = raw();
    s.outcome = "co2".into();
    let b = s.validate(&p).unwrap();
    let second = estimate_cached(&b, &|_| {}, &AtomicBool::new(false), &cache).unwrap();
    let (hits, _) = cache.stats();
    assert_eq!(hits, 1, "m(X) reused, l(X) refitted");
    assert_eq!(cache.len(), 3);
    let fresh = estimate(&b, &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(second, fresh, "a cached run equals a fresh one");
    assert_ne!(first.inference.theta, second.inference.theta);
    // A changed control invalidates everything.
    let mut s = raw();
    s.controls.pop();
    let c = s.validate(&p).unwrap();
    estimate_cached(&c, &|_| {}, &AtomicBool::new(false), &cache).unwrap();
    assert_eq!(cache.stats().0, 1);
}

#[test]
fn notes_report_dropped_rows_and_transforms() {
    let p = bundled_panel();
    let mut s = raw();
    s.controls.push("green".into());
    s.transforms.lag_treatment = true;
    let spec = s.validate(&p).unwrap();
    let e = estimate(&spec, &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(e.treatment, "L.internet_users");
    assert_eq!(e.n, 360 - 30 - 2);
    assert!(e.notes.iter().any(|n| n.contains("30 rows have no previous-year value")), "{:?}", e.notes);
    assert!(
        e.notes.iter().any(|n| n.contains("32 rows dropped for missing values (L.internet_users 30, green 2)")),
        "{:?}",
        e.notes
    );
}
