//! Every variant of the engine's errors is worded in both languages: the English wording is the
//! error's `Display`, the Chinese one is different and leaves no message id or English
//! sentence behind. One value per variant, so a new variant without Chinese text fails here.

use carbon_dml::engine::allowed::Allowed;
use carbon_dml::engine::battery::BatteryError;
use carbon_dml::engine::battery::report::ItemError;
use carbon_dml::engine::battery::spec_curve::{Expected, SpecCurveError};
use carbon_dml::engine::data::place::Place;
use carbon_dml::engine::dml::DmlError;
use carbon_dml::engine::dml::Nuisance;
use carbon_dml::engine::dml::design::DesignError;
use carbon_dml::engine::dml::heterogeneity::{AnalysisError, GroupProblem};
use carbon_dml::engine::lab::LabError;
use carbon_dml::engine::learners::LearnerError;
use carbon_dml::engine::measures::capital::CapitalError;
use carbon_dml::engine::measures::entropy::EntropyError;
use carbon_dml::engine::measures::index::IndexError;
use carbon_dml::engine::measures::normalize::NormalizeError;
use carbon_dml::engine::measures::pca::PcaError;
use carbon_dml::engine::measures::sbm::LpFailure;
use carbon_dml::engine::measures::tfee::TfeeError;
use carbon_dml::engine::measures::weights::WeightsError;
use carbon_dml::engine::report::battery_files::ReportError;
use carbon_dml::engine::shard::{MergeError, MergeProblem, RunKind, Shard, ShardError};
use carbon_dml::engine::transform::TransformError;
use carbon_dml::locale::{Lang, Worded};

use crate::wording;

/// Every problem of `e`'s wording ([`wording::problems`]), added to `bad`.
fn check<E: Worded + std::fmt::Display>(e: &E, bad: &mut Vec<String>) {
    bad.extend(wording::problems(e, &[]));
}

fn allowed_all() -> Vec<Allowed> {
    use Allowed::*;
    vec![
        Between(2, 20),
        BetweenReal(0.0, 3.0),
        AtLeast(1),
        AtLeastOneOrNone,
        Positive,
        NonNegative,
        Fraction,
        OpenUnit,
        GammaChoice,
        InstrumentNeeded,
        FoldColumnNeeded,
        TwoWayOwnFolds,
        MediatorComplete { row: 25 },
        LabFoldScheme,
        LabCluster,
        NonlinearNoUnits,
    ]
}

fn learner_errors() -> Vec<LearnerError> {
    let mut v: Vec<LearnerError> = allowed_all()
        .into_iter()
        .map(|a| LearnerError::InvalidSetting { name: "n_trees", value: "0".into(), reason: a })
        .collect();
    v.extend([
        LearnerError::Cancelled,
        LearnerError::NoRows,
        LearnerError::TooFewRows { need: 2, got: 1 },
        LearnerError::NonFinite { row: 3, column: Some(1), value: f64::NAN },
        LearnerError::NonFinite { row: 3, column: None, value: f64::INFINITY },
        LearnerError::ConstantTarget { value: 1.5 },
        LearnerError::LengthMismatch { x_rows: 10, y_len: 9 },
        LearnerError::RowOutOfRange { row: 12, n_rows: 10 },
        LearnerError::ColumnMismatch { fitted: 3, given: 4 },
        LearnerError::NotAvailable("xgb"),
    ]);
    v
}

fn dml_errors() -> Vec<DmlError> {
    let mut v = vec![
        DmlError::Cancelled,
        DmlError::Learner { nuisance: Nuisance::L, rep: 0, fold: 2, source: LearnerError::NoRows },
        DmlError::NonFinitePrediction { nuisance: Nuisance::M, row: 4, value: f64::NAN },
        DmlError::TooFewRows { rows: 3, folds: 5 },
        DmlError::EmptyFold { fold: 2, test: 0, train: 10 },
        DmlError::NoClusterColumn("unit"),
        DmlError::NoClusterColumn("year"),
        DmlError::FoldColumnSplitsCluster { column: "fold".into(), unit: "Beijing".into() },
        DmlError::TooFewClusters { clusters: 3, what: "units", folds: 5 },
        DmlError::TooFewClusters { clusters: 3, what: "years", folds: 5 },
        DmlError::Setting { name: "folds", value: "40".into(), reason: Allowed::Between(2, 20) },
    ];
    for what in ["treatment", "instrument", "mediator"] {
        v.push(DmlError::DegenerateScore { value: 0.0, what });
    }
    v
}

#[test]
fn estimation_and_learner_errors_are_worded_in_both_languages() {
    let mut bad = Vec::new();
    for e in learner_errors() {
        check(&e, &mut bad);
    }
    for e in dml_errors() {
        check(&e, &mut bad);
    }
    for role in ["outcome", "treatment", "instrument", "control", "fold_column"] {
        check(&DesignError::UnknownColumn { name: "x".into(), role, available: "a, b".into() }, &mut bad);
        check(&DesignError::NotNumeric { name: "x".into(), role }, &mut bad);
    }
    for e in [
        DesignError::NoIndex { what: "unit" },
        DesignError::NoIndex { what: "year" },
        DesignError::TooManyDummies { count: 9000 },
        DesignError::NoRows { detail: "CEE: 3".into() },
    ] {
        check(&e, &mut bad);
    }
    for problem in [GroupProblem::NotNumeric, GroupProblem::TooManyValues(30), GroupProblem::NoValues] {
        check(&AnalysisError::Group { column: "er".into(), problem }, &mut bad);
    }
    check(&AnalysisError::Dml(DmlError::Cancelled), &mut bad);
    for e in [
        LabError::Setting { name: "n", value: "10".into(), reason: Allowed::Between(40, 100_000) },
        LabError::Estimate { replication: 3, source: DmlError::TooFewRows { rows: 3, folds: 5 } },
        LabError::Cancelled,
    ] {
        check(&e, &mut bad);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn battery_transform_and_measure_errors_are_worded_in_both_languages() {
    let mut bad = Vec::new();
    let expected = [
        Expected::KeyValue,
        Expected::Model,
        Expected::Learner,
        Expected::Folds,
        Expected::Index,
        Expected::YesNo,
        Expected::FixedEffects,
        Expected::Key,
    ];
    for e in expected {
        check(&SpecCurveError::Parse { key: "k".into(), value: "x".into(), expected: e }, &mut bad);
    }
    check(&SpecCurveError::Folds(30), &mut bad);
    check(&SpecCurveError::TooMany { count: 600, max: 512 }, &mut bad);
    check(&BatteryError::Cancelled, &mut bad);
    check(&BatteryError::SpecCurve(SpecCurveError::Folds(1)), &mut bad);
    check(&ItemError::Dml(DmlError::TooFewRows { rows: 3, folds: 5 }), &mut bad);
    check(&ItemError::Index(IndexError::NoIndicators), &mut bad);
    check(&ItemError::Recorded { en: "too few rows".into(), zh: "行数太少".into() }, &mut bad);
    check(&ReportError::Io { path: "/x/tables.tex".into(), message: "Permission denied".into() }, &mut bad);
    check(&ReportError::Latex("3 { and 2 }".into()), &mut bad);
    for e in [
        TransformError::NonPositive { column: "co2".into(), count: 2, first: beijing_2011(), value: 0.0 },
        TransformError::NoColumn("co2".into()),
        TransformError::NotAPanel("lag"),
        TransformError::NotAPanel("interpolate"),
        TransformError::DuplicateUnitYear { what: "lag", unit: "Beijing".into(), year: 2012 },
        TransformError::Percentiles { lower: 5.0, upper: 1.0 },
        TransformError::NoInstrument,
    ] {
        check(&e, &mut bad);
    }
    let normalize = [
        NormalizeError::AllMissing("x".into()),
        NormalizeError::Constant("x".into(), 1.0),
        NormalizeError::AllMissingInYear { name: "x".into(), year: 2012 },
        NormalizeError::ConstantInYear { name: "x".into(), year: 2012, value: 1.0 },
        NormalizeError::BadShift(-1.0),
        NormalizeError::Infinite { name: "x".into(), row: 3, value: f64::INFINITY },
    ];
    let entropy = [
        EntropyError::NoIndicators,
        EntropyError::TooFewRows(1),
        EntropyError::Negative { indicator: 2, row: 3, value: -0.1 },
        EntropyError::ZeroColumn(2),
    ];
    let pca = [
        PcaError::NoIndicators,
        PcaError::TooFewRows(1),
        PcaError::Constant { indicator: 2, value: 1.0 },
        PcaError::NoConvergence,
        PcaError::ConstantScore,
    ];
    let weights = [
        WeightsError::Negative { name: "x".into(), value: -1.0 },
        WeightsError::NotFinite { name: "x".into(), value: f64::NAN },
        WeightsError::AllZero,
        WeightsError::Missing("x".into()),
        WeightsError::Unknown("x".into()),
    ];
    let mut index = vec![
        IndexError::NoIndicators,
        IndexError::MissingColumn("x".into()),
        IndexError::NotNumeric("x".into()),
        IndexError::Duplicate("x".into()),
        IndexError::NoYearColumn,
        IndexError::NoDimension("x".into()),
        IndexError::TwoLevelPca,
    ];
    index.extend(normalize.into_iter().map(IndexError::Normalize));
    index.extend(entropy.into_iter().map(IndexError::Entropy));
    index.extend(pca.into_iter().map(IndexError::Pca));
    index.extend(weights.into_iter().map(IndexError::Weights));
    for e in index {
        check(&e, &mut bad);
    }
    for e in [
        TfeeError::NoInputs,
        TfeeError::NoGoodOutputs,
        TfeeError::Duplicate("K".into()),
        TfeeError::MissingColumn("K".into()),
        TfeeError::NotNumeric("K".into()),
        TfeeError::NoValues("K".into()),
        TfeeError::NoYearColumn,
        TfeeError::NonPositive {
            column: "K".into(),
            count: 2,
            at: Place { unit: None, year: Some(2011), row: 5 },
            value: 0.0,
        },
        TfeeError::NoPositive("K".into()),
        TfeeError::Cancelled,
    ] {
        check(&e, &mut bad);
    }
    for e in [
        CapitalError::BadDelta(2.0),
        CapitalError::BadGrowthYears(0),
        CapitalError::NotAPanel,
        CapitalError::MissingColumn("inv".into()),
    ] {
        check(&e, &mut bad);
    }
    for e in [LpFailure::Infeasible, LpFailure::Unbounded, LpFailure::Solver("singular basis".into())] {
        check(&e, &mut bad);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn sharded_run_and_merge_errors_are_worded_in_both_languages() {
    let mut bad = Vec::new();
    check(&ShardError::Form("two".into()), &mut bad);
    check(&ShardError::OutOfRange { index: 4, count: 3 }, &mut bad);
    let (file, first) = ("/tmp/b.json".to_string(), "/tmp/a.json".to_string());
    let shard = Shard { index: 2, count: 3 };
    let problems = vec![
        MergeProblem::Unreadable { file: file.clone(), error: "os error 2".into() },
        MergeProblem::NotASlice { file: file.clone(), detail: "line 1".into() },
        MergeProblem::FormatVersion { file: file.clone(), found: 9 },
        MergeProblem::Mixed {
            file: file.clone(),
            command: RunKind::Report,
            first: first.clone(),
            first_command: RunKind::Simulate,
        },
        MergeProblem::Version {
            file: file.clone(),
            found: "0.0.1".into(),
            first: first.clone(),
            expected: "0.1.0".into(),
        },
        MergeProblem::Seed { file: file.clone(), found: 4, first: first.clone(), expected: 3 },
        MergeProblem::Data { file: file.clone(), first: first.clone() },
        MergeProblem::Settings { file: file.clone(), first: first.clone() },
        MergeProblem::Count { file: file.clone(), found: 4, first: first.clone(), expected: 3 },
        MergeProblem::Inconsistent { file: file.clone(), shard },
        MergeProblem::Duplicate { shard, files: vec![first.clone(), file.clone()] },
        MergeProblem::Missing { shard },
        MergeProblem::DataChanged { data: "/data/panel.csv".into(), first: first.clone() },
    ];
    for p in &problems {
        let named: &[&str] = match p {
            MergeProblem::Missing { .. } | MergeProblem::DataChanged { .. } => &[],
            _ => &["b.json"],
        };
        bad.extend(wording::problems(p, named));
    }
    check(&MergeError { problems }, &mut bad);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn beijing_2011() -> Place {
    Place { unit: Some("Beijing".into()), year: Some(2011), row: 1 }
}

#[test]
fn places_follow_the_language() {
    assert_eq!(beijing_2011().to_string(), "Beijing 2011");
    assert_eq!(beijing_2011().worded(Lang::Zh), "北京 2011");
    let row = Place { unit: None, year: Some(2011), row: 5 };
    assert_eq!(row.to_string(), "row 5 (2011)");
    assert_eq!(row.worded(Lang::Zh), "第 5 行（2011）");
    assert_eq!(Place { unit: None, year: None, row: 7 }.worded(Lang::Zh), "第 7 行");
}
