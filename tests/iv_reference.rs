//! The reference matrix: every statistic the engine reports, under every inference option,
//! against DoubleML 0.11.4, linearmodels 7.1, statsmodels 0.15 and scipy (fixtures made by
//! `tests/fixtures/iv/make_reference.py`; which package gives which number is in its header).
//!
//! With OLS learners and the fixture's folds, every number must agree to 1e-8 relative
//! (`|ours - theirs| <= 1e-8 max(|theirs|, floor)`, the floor being the case's standard error
//! for interval bounds, so a bound near zero is not held to an impossible relative error).

use carbon_dml::engine::data::{ColumnChoice, ImportOptions, Panel, import_bytes};
use carbon_dml::engine::dml::design::{DesignSpec, Roles, build};
use carbon_dml::engine::dml::diagnostics::ArSet;
use carbon_dml::engine::dml::folds::Folds;
use carbon_dml::engine::dml::heterogeneity::{GroupEstimate, differences};
use carbon_dml::engine::dml::mediation::{Draws, mediation_with};
use carbon_dml::engine::dml::normal::Level;
use carbon_dml::engine::dml::{
    Aggregation, Cluster, Design, Estimate, FixedEffects, FoldScheme, Learners, Model, Score, Settings, SmallSample,
    run, run_with_folds,
};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use serde_json::Value;
use std::cell::Cell;
use std::sync::atomic::AtomicBool;

const PANEL: &str = include_str!("fixtures/iv/panel.csv");
const MROZ: &str = include_str!("fixtures/iv/mroz.csv");
const REFERENCE: &str = include_str!("fixtures/iv/reference.json");
const REL: f64 = 1e-8;

thread_local! {
    static WORST: Cell<f64> = const { Cell::new(0.0) };
}

fn import(text: &str, name: &str, indexed: bool) -> Panel {
    let choice = |c: &str| if indexed { ColumnChoice::Named(c.into()) } else { ColumnChoice::Absent };
    let opts = ImportOptions { unit: choice("unit"), year: choice("year"), ..Default::default() };
    import_bytes(text.as_bytes(), name, &opts).expect("fixture imports").panel
}

fn close_floor(ours: f64, theirs: &Value, floor: f64, what: &str) {
    let t = theirs.as_f64().unwrap_or_else(|| panic!("{what}: no number in the fixture ({theirs})"));
    let rel = (ours - t).abs() / t.abs().max(floor).max(1e-300);
    WORST.with(|w| w.set(w.get().max(rel)));
    assert!(rel <= REL, "{what}: ours {ours:.17e}, reference {t:.17e}, relative difference {rel:.2e}");
}

fn close(ours: f64, theirs: &Value, what: &str) {
    close_floor(ours, theirs, 0.0, what);
}

fn bound(v: &Value) -> f64 {
    match v.as_str() {
        Some("inf") => f64::INFINITY,
        Some("-inf") => f64::NEG_INFINITY,
        _ => v.as_f64().expect("bound"),
    }
}

/// A set as the fixture writes it: a list of `[lower, upper]` pieces.
fn pieces(a: &ArSet) -> Vec<[f64; 2]> {
    let inf = f64::INFINITY;
    match *a {
        ArSet::Interval { lower, upper } => vec![[lower, upper]],
        ArSet::TwoRays { below, above } => vec![[-inf, below], [above, inf]],
        ArSet::WholeLine => vec![[-inf, inf]],
        ArSet::RayBelow { upper } => vec![[-inf, upper]],
        ArSet::RayAbove { lower } => vec![[lower, inf]],
        ArSet::Empty => vec![],
    }
}

struct Case<'a> {
    name: String,
    v: &'a Value,
}

impl Case<'_> {
    fn s(&self, key: &str) -> &str {
        self.v[key].as_str().unwrap_or_else(|| panic!("{}: no {key}", self.name))
    }
}

fn design(p: &Panel, c: &Case<'_>, model: Model, fold_column: Option<&str>) -> Design {
    let mroz = c.s("data") == "mroz";
    let controls: Vec<String> =
        c.v["controls"].as_array().expect("controls").iter().map(|x| x.as_str().unwrap_or("").to_string()).collect();
    let (y, d, z) = if mroz { ("lwage", "educ", "fatheduc") } else { ("y", "d", "z") };
    let spec = DesignSpec {
        roles: Roles {
            outcome: y.into(),
            treatment: d.into(),
            controls,
            instrument: (model == Model::Pliv).then(|| z.to_string()),
        },
        fixed_effects: if c.s("fe") == "unit-year" { FixedEffects::UnitYear } else { FixedEffects::None },
        fold_column: fold_column.map(str::to_string),
    };
    let rows: Vec<usize> = (0..p.n_rows()).collect();
    build(p, &rows, &spec).expect("design")
}

fn column_on_design(p: &Panel, d: &Design, col: &str) -> Vec<f64> {
    let v = p.numeric(col).unwrap_or_else(|| panic!("no column {col}"));
    d.rows.iter().map(|&r| v[r]).collect()
}

/// Dense fold of each unit (or year) from a fold-id column constant within it.
fn group_fold(ids: &[u32], n_groups: usize, fold_ids: &[f64]) -> (Vec<usize>, usize) {
    let mut distinct = fold_ids.to_vec();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let mut out = vec![0; n_groups];
    for (&g, v) in ids.iter().zip(fold_ids) {
        out[g as usize] = distinct.iter().position(|x| x == v).unwrap_or(0);
    }
    (out, distinct.len())
}

fn estimate(p: &Panel, c: &Case<'_>) -> Estimate {
    let model = if c.s("model") == "pliv" { Model::Pliv } else { Model::Plr };
    let score = if c.s("score") == "iv-type" { Score::IvType } else { Score::PartiallingOut };
    let cluster = match c.s("cluster") {
        "unit" => Cluster::Unit,
        "unit-year" => Cluster::UnitYear,
        _ => Cluster::None,
    };
    let small = match c.s("small_sample") {
        "clusters" => SmallSample { clusters: true, dof: false },
        "dof" => SmallSample { clusters: false, dof: true },
        "both" => SmallSample { clusters: true, dof: true },
        _ => SmallSample::default(),
    };
    let n_rep = c.v["n_rep"].as_u64().expect("n_rep") as usize;
    let cols = c.v["fold_columns"].as_array().expect("fold columns");
    let folds_kind = c.s("folds");
    let column = (folds_kind == "column").then(|| cols[0].as_str().unwrap_or(""));
    let d = design(p, c, model, column);
    let mut s = Settings {
        model,
        score,
        learners: Learners::all(LearnerSpec::Ols),
        folds: c.v["k"].as_u64().expect("k") as usize,
        n_rep,
        fold_scheme: FoldScheme::Random,
        cluster,
        aggregation: Aggregation::MedianBounds,
        small_sample: small,
        seed: 1,
    };
    let none = AtomicBool::new(false);
    if let Some(col) = column {
        s.fold_scheme = FoldScheme::Column(col.to_string());
        return run(&d, &s, &|_| {}, &none, None).unwrap_or_else(|e| panic!("{}: {e}", c.name));
    }
    let folds: Vec<Folds> = cols
        .iter()
        .map(|col| match (cluster, col) {
            (Cluster::UnitYear, Value::Array(pair)) => {
                let (units, years) = (d.units.clone().expect("units"), d.years.clone().expect("years"));
                let uf = column_on_design(p, &d, pair[0].as_str().unwrap_or(""));
                let yf = column_on_design(p, &d, pair[1].as_str().unwrap_or(""));
                let (ufold, k) = group_fold(&units, d.unit_labels.len(), &uf);
                let (yfold, _) = group_fold(&years, d.year_values.len(), &yf);
                Folds::two_way(&units, ufold.len(), &ufold, &years, yfold.len(), &yfold, k)
            }
            (Cluster::Unit, Value::String(name)) => {
                let units = d.units.clone().expect("units");
                let (ufold, k) = group_fold(&units, d.unit_labels.len(), &column_on_design(p, &d, name));
                Folds::one_way(&units, ufold.len(), &ufold, k)
            }
            (_, Value::String(name)) => Folds::from_ids(&column_on_design(p, &d, name)),
            _ => panic!("{}: fold columns {col}", c.name),
        })
        .collect();
    run_with_folds(&d, &s, &folds, &|_| {}, &none, None).unwrap_or_else(|e| panic!("{}: {e}", c.name))
}

fn check(e: &Estimate, c: &Case<'_>) {
    let r = c.v;
    let n = &c.name;
    let se = r["se"].as_f64().unwrap_or(1.0);
    close(e.inference.theta, &r["theta"], &format!("{n} theta"));
    close(e.inference.se, &r["se"], &format!("{n} se"));
    close(e.inference.t, &r["t"], &format!("{n} t"));
    close(e.inference.p, &r["p"], &format!("{n} p"));
    for (i, rep) in e.reps.iter().enumerate() {
        close(rep.theta, &r["all_theta"][i], &format!("{n} theta rep {i}"));
        close(rep.se, &r["all_se"][i], &format!("{n} se rep {i}"));
    }
    for (l, w) in Level::ALL.iter().zip(&e.wald) {
        let key = l.percent().to_string();
        close_floor(w[0], &r["wald"][&key][0], se, &format!("{n} Wald {key}% lower"));
        close_floor(w[1], &r["wald"][&key][1], se, &format!("{n} Wald {key}% upper"));
    }
    close_floor(e.inference.ci95[0], &r["wald"]["95"][0], se, &format!("{n} ci95 lower"));
    let Some(iv) = &e.iv else {
        assert!(r["first_stage"].is_null(), "{n}: no IV statistics");
        return;
    };
    let fs = &iv.first_stage;
    let rf = &r["first_stage"];
    close(fs.partial_r2, &rf["partial_r2"], &format!("{n} partial R2"));
    close(fs.f_nonrobust, &rf["f_nonrobust"], &format!("{n} non-robust F"));
    close(fs.f_robust, &rf["f_robust"], &format!("{n} robust F"));
    close(fs.pi, &rf["pi"], &format!("{n} first-stage coefficient"));
    close(fs.se_pi, &rf["se_pi"], &format!("{n} first-stage se"));
    for (i, f) in iv.first_stage_reps.iter().enumerate() {
        close(f.f_robust, &rf["f_robust_reps"][i], &format!("{n} robust F rep {i}"));
    }
    for l in Level::ALL {
        let key = l.percent().to_string();
        let ours = pieces(&iv.ar_at(l));
        let theirs = r["ar"][&key].as_array().expect("AR set");
        assert_eq!(ours.len(), theirs.len(), "{n} AR {key}%: ours {:?}, reference {theirs:?}", iv.ar_at(l));
        for (o, t) in ours.iter().zip(theirs) {
            for j in 0..2 {
                let tb = bound(&t[j]);
                if tb.is_infinite() {
                    assert_eq!(o[j], tb, "{n} AR {key}%: ours {:?}, reference {theirs:?}", iv.ar_at(l));
                } else {
                    close_floor(o[j], &t[j], se, &format!("{n} AR {key}% bound {j}"));
                }
            }
        }
    }
    let rt = &r["tf"];
    match (iv.tf.critical_value, rt["critical_value"].as_f64()) {
        (Some(c), Some(_)) => {
            close(c, &rt["critical_value"], &format!("{n} tF critical value"));
            let ci = iv.tf.interval.expect("bounded tF interval");
            close_floor(ci[0], &rt["interval"][0], se, &format!("{n} tF lower"));
            close_floor(ci[1], &rt["interval"][1], se, &format!("{n} tF upper"));
        }
        (None, None) => assert!(iv.tf.interval.is_none()),
        (ours, _) => panic!("{n}: tF critical value {ours:?}, reference {}", rt["critical_value"]),
    }
    close(iv.tf.threshold, &rt["threshold"], &format!("{n} tF threshold"));
}

fn reference() -> Value {
    serde_json::from_str(REFERENCE).expect("reference.json parses")
}

#[test]
fn every_statistic_under_every_option_matches_its_reference() {
    let all = reference();
    let (panel, mroz) = (import(PANEL, "panel.csv", true), import(MROZ, "mroz.csv", false));
    let cases = all["cases"].as_array().expect("cases");
    assert!(cases.len() >= 120, "{} cases", cases.len());
    let mut iv_cases = 0;
    for v in cases {
        let name = format!(
            "{} {} {} cluster={} fe={} n_rep={} folds={} small={}",
            v["data"], v["model"], v["score"], v["cluster"], v["fe"], v["n_rep"], v["folds"], v["small_sample"]
        )
        .replace('"', "");
        let c = Case { name, v };
        let p = if c.s("data") == "mroz" { &mroz } else { &panel };
        let e = estimate(p, &c);
        check(&e, &c);
        iv_cases += usize::from(e.iv.is_some());
    }
    assert!(iv_cases >= 60);
    println!("{} cases, worst relative difference {:.2e}", cases.len(), WORST.with(Cell::get));
}

#[test]
fn heterogeneity_difference_test_matches() {
    let all = reference();
    let panel = import(PANEL, "panel.csv", true);
    let grp = panel.numeric("grp").expect("grp").to_vec();
    for (model, key) in [(Model::Plr, "plr"), (Model::Pliv, "pliv")] {
        let r = &all["heterogeneity"][key];
        let mut groups = Vec::new();
        for (i, gv) in [1.0, 0.0].into_iter().enumerate() {
            let rows: Vec<usize> = (0..panel.n_rows()).filter(|&i| grp[i] == gv).collect();
            let spec = DesignSpec {
                roles: Roles {
                    outcome: "y".into(),
                    treatment: "d".into(),
                    controls: vec!["x1".into(), "x2".into(), "x3".into()],
                    instrument: (model == Model::Pliv).then(|| "z".to_string()),
                },
                fixed_effects: FixedEffects::None,
                fold_column: Some("rfold1".into()),
            };
            let d = build(&panel, &rows, &spec).expect("design");
            let s = Settings {
                model,
                score: Score::PartiallingOut,
                learners: Learners::all(LearnerSpec::Ols),
                folds: 5,
                n_rep: 1,
                fold_scheme: FoldScheme::Column("rfold1".into()),
                cluster: Cluster::None,
                aggregation: Aggregation::MedianBounds,
                small_sample: SmallSample::default(),
                seed: 1,
            };
            let e = run(&d, &s, &|_| {}, &AtomicBool::new(false), None).expect("estimate");
            close(e.inference.theta, &r["theta"][i], &format!("{key} group {i} theta"));
            close(e.inference.se, &r["se"][i], &format!("{key} group {i} se"));
            groups.push(GroupEstimate { label: format!("g{i}"), condition: None, result: Ok(e) });
        }
        let diff = &differences(&groups)[0];
        close(diff.diff, &r["diff"], &format!("{key} difference"));
        close(diff.se, &r["se_diff"], &format!("{key} difference se"));
        close(diff.z, &r["z"], &format!("{key} z"));
        close(diff.p, &r["p"], &format!("{key} p"));
    }
}

#[test]
fn mediation_share_and_bootstrap_interval_match_with_fixed_draws() {
    let all = reference();
    let r = &all["mediation"];
    let panel = import(PANEL, "panel.csv", true);
    let scenario = Scenario {
        outcome: "y".into(),
        treatment: "d".into(),
        controls: vec!["x1".into(), "x2".into(), "x3".into()],
        learners: Learners::all(LearnerSpec::Ols),
        fold_scheme: FoldScheme::Column("rfold1".into()),
        ..Scenario::default()
    };
    let spec = scenario.validate(&panel).expect("valid scenario");
    let draws: Vec<Vec<usize>> = r["draws"]
        .as_array()
        .expect("draws")
        .iter()
        .map(|row| row.as_array().expect("row").iter().map(|g| g.as_u64().unwrap_or(0) as usize).collect())
        .collect();
    let med = panel.numeric("med").expect("med");
    let m = mediation_with(&spec, med, "med", Draws::Given(&draws), &AtomicBool::new(false)).expect("mediation");
    close(m.paths.total, &r["total"], "total");
    close(m.paths.a, &r["a"], "a");
    close(m.paths.b, &r["b"], "b");
    close(m.paths.direct, &r["direct"], "direct");
    close(m.paths.indirect, &r["indirect"], "indirect");
    close(m.share, &r["share"], "share");
    assert_eq!(m.replicates, draws.len());
    close(m.indirect_ci95[0], &r["ci95"][0], "bootstrap lower");
    close(m.indirect_ci95[1], &r["ci95"][1], "bootstrap upper");
}

#[test]
fn tf_critical_values_match_the_python_recomputation() {
    let all = reference();
    let t = &all["tf"];
    close(carbon_dml::engine::dml::tf::threshold(), &t["threshold"], "tF threshold");
    for (f, c) in t["points"].as_object().expect("points") {
        let f: f64 = f.parse().expect("F");
        let ours = carbon_dml::engine::dml::tf::critical_value(f).expect("bounded");
        close(ours, c, &format!("c({f})"));
    }
}
