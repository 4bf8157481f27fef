//! What the engine tests share: the stored learner data sets, the DML fixture panel with its
//! design and DoubleML's settings, and a rayon pool of a chosen size.

use carbon_dml::engine::data::{ColumnChoice, ImportOptions, Panel, import_bytes};
use carbon_dml::engine::dml::design::{DesignSpec, Roles, build};
use carbon_dml::engine::dml::{
    Aggregation, Cluster, Design, FixedEffects, FoldScheme, Learners, Model, Score, Settings,
};
use carbon_dml::engine::learners::{Features, LearnerSpec};
use std::path::PathBuf;

/// The learner fixtures' folder (made by `tests/fixtures/learners/make_fixtures.py`).
pub fn learner_fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/learners")
}

/// A learner data set from its fixture CSV: features (all columns but the last) and target
/// (last column).
pub fn learner_data(name: &str) -> (Features, Vec<f64>) {
    let text = std::fs::read_to_string(learner_fixture_dir().join(format!("{name}.csv"))).expect("fixture CSV");
    let mut lines = text.lines();
    let p = lines.next().expect("header").split(',').count() - 1;
    let rows: Vec<Vec<f64>> =
        lines.filter(|l| !l.is_empty()).map(|l| l.split(',').map(|v| v.parse().expect("number")).collect()).collect();
    let x = Features::from_fn(rows.len(), p, |i, j| rows[i][j]);
    let y = rows.iter().map(|r| r[p]).collect();
    (x, y)
}

/// The DML fixture panel (`tests/fixtures/dml/data.csv`, made by
/// `tests/fixtures/dml/make_fixtures.py`), with its unit and year columns.
pub fn dml_panel() -> Panel {
    let opts = ImportOptions {
        unit: ColumnChoice::Named("unit".into()),
        year: ColumnChoice::Named("year".into()),
        ..Default::default()
    };
    let text = include_str!("../fixtures/dml/data.csv");
    import_bytes(text.as_bytes(), "data.csv", &opts).expect("fixture imports").panel
}

/// The fixture's design on every row: `y` on `d` with controls `x1..x5`, no fixed effects.
pub fn dml_design(p: &Panel, instrument: Option<&str>, fold_column: Option<&str>) -> Design {
    let spec = DesignSpec {
        roles: Roles {
            outcome: "y".into(),
            treatment: "d".into(),
            controls: (1..=5).map(|i| format!("x{i}")).collect(),
            instrument: instrument.map(str::to_string),
        },
        fixed_effects: FixedEffects::None,
        fold_column: fold_column.map(str::to_string),
    };
    let rows: Vec<usize> = (0..p.n_rows()).collect();
    build(p, &rows, &spec).expect("design")
}

/// The settings the DoubleML fixtures were made with: OLS learners, K = 5, one repetition,
/// median aggregation, no small-sample correction, seed 1.
pub fn dml_settings(model: Model, score: Score, scheme: FoldScheme, cluster: Cluster) -> Settings {
    Settings {
        model,
        score,
        learners: Learners::all(LearnerSpec::Ols),
        folds: 5,
        n_rep: 1,
        fold_scheme: scheme,
        cluster,
        aggregation: Aggregation::MedianBounds,
        small_sample: Default::default(),
        seed: 1,
    }
}

/// Run `f` in a rayon pool of `threads` threads.
pub fn in_pool<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool").install(f)
}
