//! The measures against independent references (numpy, scikit-learn, scipy's HiGHS; fixtures
//! made by `tests/fixtures/measures/make_fixtures.py`), their properties, and bad input.

use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::data::{Panel, import_bytes};
use carbon_dml::engine::measures::capital::{CapitalSpec, capital_stock};
use carbon_dml::engine::measures::derive::{DerivedStatus, add_derived, add_derived_except};
use carbon_dml::engine::measures::index::{
    DimensionWeights, IndexError, IndexSpec, IndicatorSpec, ManualWeights, WeightMethod, compute_index, weights_table,
};
use carbon_dml::engine::measures::normalize::{Direction, NormalizeError};
use carbon_dml::engine::measures::pca::PcaMode;
use carbon_dml::engine::measures::sbm::{DeaData, DmuStatus, Rts, evaluate};
use carbon_dml::engine::measures::spec::{ColumnMap, MeasureSpec};
use carbon_dml::engine::measures::tfee::{Frontier, NonPositive, TfeeError, TfeeSpec, compute_tfee};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/measures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn arr(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap_or(f64::NAN)).collect()
}

/// Largest absolute difference; NaN must match NaN.
fn max_diff(a: &[f64], b: &[f64], what: &str) -> f64 {
    assert_eq!(a.len(), b.len(), "{what}: lengths");
    a.iter()
        .zip(b)
        .enumerate()
        .map(|(i, (x, y))| {
            assert_eq!(x.is_nan(), y.is_nan(), "{what}[{i}]: {x} vs {y}");
            if x.is_nan() { 0.0 } else { (x - y).abs() }
        })
        .fold(0.0, f64::max)
}

fn assert_close(a: &[f64], b: &[f64], tol: f64, what: &str) {
    let d = max_diff(a, b, what);
    assert!(d <= tol, "{what}: max difference {d:e} > {tol:e}");
}

fn study_indicators() -> Vec<IndicatorSpec> {
    ColumnMap::default().indicators
}

fn with_method(method: WeightMethod) -> IndexSpec {
    IndexSpec { method, ..Default::default() }
}

// ------------------------------------------------------------------ index

#[test]
fn entropy_equal_manual_weights_and_index_match_numpy() {
    let f = fixture("index_reference.json");
    let panel = bundled_panel();
    let inds = study_indicators();
    let e = compute_index(&panel, &inds, &IndexSpec::default()).unwrap();
    assert_close(&e.weights, &arr(&f["entropy"]["weights"]), 1e-10, "entropy weights");
    assert_close(&e.index, &arr(&f["entropy"]["index"]), 1e-10, "entropy index");
    assert_eq!(e.rows_used, 358);
    for (d, sub) in e.dimensions.iter().zip(&e.sub_indices) {
        assert_close(sub, &arr(&f["entropy"]["sub_indices"][d]), 1e-10, d);
    }
    // DCP = sum_d W_d DCP_d.
    let recomposed: Vec<f64> = (0..panel.n_rows())
        .map(|r| e.dimension_weights.iter().zip(&e.sub_indices).map(|(w, s)| w * s[r]).sum())
        .collect();
    assert_close(&recomposed, &e.index, 1e-12, "index from sub-indices");

    let q = compute_index(&panel, &inds, &with_method(WeightMethod::Equal)).unwrap();
    assert_close(&q.weights, &arr(&f["equal"]["weights"]), 1e-15, "equal weights");
    assert_close(&q.index, &arr(&f["equal"]["index"]), 1e-10, "equal index");

    let given = f["manual"]["given"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_f64().unwrap()));
    let m = ManualWeights { weights: given.collect(), ..Default::default() };
    let r = compute_index(&panel, &inds, &with_method(WeightMethod::Manual(m))).unwrap();
    assert_close(&r.weights, &arr(&f["manual"]["weights"]), 1e-15, "manual weights");
    assert_close(&r.index, &arr(&f["manual"]["index"]), 1e-10, "manual index");
}

#[test]
fn per_year_normalization_zero_shift_and_two_levels_match_numpy() {
    let f = fixture("index_reference.json");
    let panel = bundled_panel();
    let inds = study_indicators();
    let y = compute_index(&panel, &inds, &IndexSpec { per_year: true, ..Default::default() }).unwrap();
    assert_close(&y.weights, &arr(&f["entropy_per_year"]["weights"]), 1e-10, "per-year weights");
    assert_close(&y.index, &arr(&f["entropy_per_year"]["index"]), 1e-10, "per-year index");
    let z = compute_index(&panel, &inds, &IndexSpec { shift: 0.0, ..Default::default() }).unwrap();
    assert_close(&z.weights, &arr(&f["entropy_shift0"]["weights"]), 1e-10, "shift-0 weights");
    for (label, dw) in [("equal", DimensionWeights::Equal), ("entropy", DimensionWeights::Entropy)] {
        let key = format!("two_level_{label}");
        let t = compute_index(&panel, &inds, &IndexSpec { two_level: Some(dw), ..Default::default() }).unwrap();
        assert_close(&t.dimension_weights, &arr(&f[&key]["dimension_weights"]), 1e-10, &key);
        assert_close(&t.weights, &arr(&f[&key]["weights"]), 1e-10, &key);
        assert_close(&t.index, &arr(&f[&key]["index"]), 1e-10, &key);
        for (d, sub) in t.dimensions.iter().zip(&t.sub_indices) {
            assert_close(sub, &arr(&f[&key]["sub_indices"][d]), 1e-10, d);
        }
        assert!((t.weights.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }
}

fn assert_pca(got: &carbon_dml::engine::measures::pca::PcaIndex, want: &Value, what: &str) {
    assert_close(&got.eigenvalues, &arr(&want["eigenvalues"]), 1e-8, what);
    assert_eq!(got.kept as u64, want["kept"].as_u64().unwrap(), "{what}: components kept");
    for (c, v) in got.loadings.iter().enumerate() {
        let w = arr(&want["loadings"][c]);
        let same = max_diff(v, &w, what);
        let flipped = max_diff(&v.iter().map(|x| -x).collect::<Vec<_>>(), &w, what);
        assert!(same.min(flipped) < 1e-8, "{what}: loading {c} differs by {same:e} (flipped {flipped:e})");
    }
    // Same sign rule on both sides, so weights and index match as they are.
    assert_close(&got.weights, &arr(&want["weights"]), 1e-8, what);
    assert_close(&got.index, &arr(&want["index"]), 1e-8, what);
}

#[test]
fn pca_weights_and_index_match_scikit_learn() {
    let f = fixture("index_reference.json");
    let panel = bundled_panel();
    let inds = study_indicators();
    for (key, mode) in [("pca_kaiser", PcaMode::Kaiser), ("pca_first", PcaMode::First)] {
        let r = compute_index(&panel, &inds, &with_method(WeightMethod::Pca(mode))).unwrap();
        assert_pca(r.pca.as_ref().unwrap(), &f[key], key);
        assert_close(&r.index, &arr(&f[key]["index"]), 1e-8, key);
    }
    let mixed = &f["pca_mixed"];
    let negative: Vec<&str> = mixed["negative"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let inds: Vec<IndicatorSpec> = mixed["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let c = c.as_str().unwrap();
            IndicatorSpec::new(c, "", if negative.contains(&c) { Direction::Negative } else { Direction::Positive })
        })
        .collect();
    for (key, mode) in [("kaiser", PcaMode::Kaiser), ("first", PcaMode::First)] {
        let r = compute_index(&panel, &inds, &with_method(WeightMethod::Pca(mode))).unwrap();
        assert_pca(r.pca.as_ref().unwrap(), &mixed[key], key);
    }
}

#[test]
fn manual_sliders_keep_locked_weights_and_sum_to_one() {
    let names: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
    let mut m = ManualWeights::default();
    for n in &names {
        m.weights.insert(n.clone(), 1.0);
    }
    m.locked.insert("a".into());
    m.set(&names, "b", 0.55);
    assert_eq!(m.weights["a"], 0.25);
    assert!((m.weights["b"] - 0.55).abs() < 1e-15);
    assert!((m.weights["c"] - 0.1).abs() < 1e-15 && (m.weights["d"] - 0.1).abs() < 1e-15);
    m.set(&names, "a", 0.9);
    assert_eq!(m.weights["a"], 0.25, "a locked weight does not move");
    let total: f64 = m.weights.values().sum();
    assert!((total - 1.0).abs() < 1e-15);
}

#[test]
fn weights_table_shows_every_method_side_by_side() {
    let panel = bundled_panel();
    let t = weights_table(&panel, &study_indicators(), &IndexSpec::default()).unwrap();
    assert_eq!(t.rows.len(), 10);
    assert!(t.notes.is_empty(), "{:?}", t.notes);
    for r in &t.rows {
        assert_eq!(r.entropy, Some(r.used));
        assert!(r.pca.is_some() && r.manual.is_none() && r.two_level.is_none());
        assert!((r.equal - 0.1).abs() < 1e-15);
    }
    let sum: f64 = t.rows.iter().map(|r| r.entropy.unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-12);
}

fn panel_from(csv: &str) -> Panel {
    import_bytes(csv.as_bytes(), "test.csv", &Default::default()).unwrap().panel
}

#[test]
fn constant_all_missing_and_unknown_indicators_are_clear_errors() {
    let p = panel_from("unit,year,a,b,c,d\nu1,2020,1,5,,x\nu1,2021,2,5,,y\nu2,2020,3,5,,z\nu2,2021,4,5,,w\n");
    let ind = |c: &str| {
        vec![IndicatorSpec::new("a", "", Direction::Positive), IndicatorSpec::new(c, "", Direction::Positive)]
    };
    let spec = IndexSpec::default();
    assert!(
        matches!(compute_index(&p, &ind("b"), &spec), Err(IndexError::Normalize(NormalizeError::Constant(c, v))) if c == "b" && v == 5.0)
    );
    let err = compute_index(&p, &ind("c"), &spec).unwrap_err();
    assert!(matches!(&err, IndexError::Normalize(NormalizeError::AllMissing(c)) if c == "c"));
    assert!(err.to_string().contains("every cell is missing"), "{err}");
    assert_eq!(compute_index(&p, &ind("zz"), &spec).unwrap_err(), IndexError::MissingColumn("zz".into()));
    assert_eq!(compute_index(&p, &ind("d"), &spec).unwrap_err(), IndexError::NotNumeric("d".into()));
    assert_eq!(compute_index(&p, &ind("a"), &spec).unwrap_err(), IndexError::Duplicate("a".into()));
    assert_eq!(compute_index(&p, &[], &spec).unwrap_err(), IndexError::NoIndicators);
    let bad_shift = IndexSpec { shift: -0.1, ..Default::default() };
    assert!(matches!(
        compute_index(&p, &ind("a")[..1], &bad_shift),
        Err(IndexError::Normalize(NormalizeError::BadShift(_)))
    ));
    let two = IndexSpec { two_level: Some(DimensionWeights::Equal), ..Default::default() };
    assert!(matches!(compute_index(&p, &ind("a")[..1], &two), Err(IndexError::NoDimension(_))));
    let pca2 = IndexSpec {
        two_level: Some(DimensionWeights::Equal),
        method: WeightMethod::Pca(PcaMode::First),
        ..Default::default()
    };
    let with_dim = vec![IndicatorSpec::new("a", "x", Direction::Positive)];
    assert_eq!(compute_index(&p, &with_dim, &pca2).unwrap_err(), IndexError::TwoLevelPca);
}

// ------------------------------------------------------------------ ratios and capital

#[test]
fn cee_ciwb_isu_and_capital_stock_match_pandas() {
    let f = fixture("derived_reference.json");
    let mut panel = bundled_panel();
    let report = add_derived(&mut panel, &MeasureSpec::default());
    for name in ["CEE", "CIWB", "ISU"] {
        assert_close(panel.numeric(name).unwrap(), &arr(&f[name]), 1e-12, name);
    }
    // K is large (1e4 - 1e5): compare relative differences.
    let k = panel.numeric("K").unwrap();
    let want = arr(&f["K"]);
    let rel: Vec<f64> = k.iter().zip(&want).map(|(a, b)| (a - b) / b).collect();
    assert_close(&rel, &vec![0.0; rel.len()], 1e-12, "K (relative)");
    for name in [
        "DCP",
        "DCP_industry",
        "DCP_technology",
        "DCP_environment",
        "DCP_application",
        "CEE",
        "CIWB",
        "ISU",
        "K",
        "TFEE",
    ] {
        assert!(matches!(report.status(name), Some(DerivedStatus::Computed { .. })), "{name}: {report}");
    }
}

#[test]
fn capital_stock_by_hand_and_its_gaps() {
    // I = 10, 11, 12.1 (growth 10%), no deflator, delta 0.1, growth over 2 years:
    // K0 = 10 / (0.1 + 0.1) = 50, K1 = 0.9 * 50 + 11 = 56, K2 = 0.9 * 56 + 12.1 = 62.5.
    let p = panel_from(
        "unit,year,inv\na,2001,10\na,2002,11\na,2003,12.1\nb,2001,5\nb,2002,\nb,2003,6\nc,2001,4\nc,2003,4\n",
    );
    let spec = CapitalSpec { delta: 0.1, deflator: None, growth_years: 2, base_year: None };
    let out = capital_stock(&p, "inv", &spec).unwrap();
    let k = &out.values;
    assert!((k[0] - 50.0).abs() < 1e-12 && (k[1] - 56.0).abs() < 1e-12 && (k[2] - 62.5).abs() < 1e-12, "{k:?}");
    // b: g from 2001 and 2003, then the missing 2002 stops the recursion; c: a gap after 2001.
    let g = (6.0f64 / 5.0).sqrt() - 1.0;
    assert!((k[3] - 5.0 / (g + 0.1)).abs() < 1e-12 && k[4].is_nan() && k[5].is_nan(), "{k:?}");
    assert!((k[6] - 4.0 / 0.1).abs() < 1e-12 && k[7].is_nan());
    assert_eq!(out.notes.len(), 2, "{:?}", out.notes);
    assert!(capital_stock(&p, "inv", &CapitalSpec { delta: 1.5, ..spec.clone() }).is_err());
    let late = capital_stock(&p, "inv", &CapitalSpec { base_year: Some(2002), ..spec }).unwrap();
    assert!(late.values[0].is_nan() && (late.values[1] - 11.0 / (0.1 + 0.1)).abs() < 1e-12);
}

// ------------------------------------------------------------------ TFEE

fn sample_with_k() -> Panel {
    let mut p = bundled_panel();
    let k = capital_stock(&p, "investment", &CapitalSpec::default()).unwrap();
    p.set_numeric("K", k.values);
    p
}

fn status_names(rows: &[carbon_dml::engine::measures::sbm::DmuScore]) -> Vec<String> {
    rows.iter().map(|r| serde_json::to_value(r.status).unwrap().as_str().unwrap().to_string()).collect()
}

fn check_tfee(panel: &Panel, spec: &TfeeSpec, want: &Value, what: &str) -> Vec<f64> {
    let res = compute_tfee(panel, spec).unwrap();
    let want_status: Vec<String> =
        want["status"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    assert_eq!(status_names(&res.rows), want_status, "{what}: statuses");
    assert_close(&res.scores(), &arr(&want["score"]), 1e-6, what);
    let sbm: Vec<f64> = res.rows.iter().map(|r| r.sbm).collect();
    assert_close(&sbm, &arr(&want["sbm"]), 1e-6, what);
    res.scores()
}

#[test]
fn tfee_of_the_sample_matches_highs() {
    let f = fixture("tfee_reference.json");
    let panel = sample_with_k();
    let d = TfeeSpec::default();
    check_tfee(&panel, &d, &f["sample_crs_year"], "sample CRS per year");
    check_tfee(&panel, &TfeeSpec { rts: Rts::Vrs, ..d.clone() }, &f["sample_vrs_year"], "sample VRS per year");
    check_tfee(&panel, &TfeeSpec { frontier: Frontier::Global, ..d }, &f["sample_crs_global"], "sample CRS global");
}

fn small_panel() -> Panel {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/measures/dea_small.csv", env!("CARGO_MANIFEST_DIR")))
        .unwrap();
    panel_from(&text)
}

fn small_spec(rts: Rts, frontier: Frontier) -> TfeeSpec {
    let v = |s: &str| vec![s.to_string()];
    TfeeSpec { inputs: vec!["x1".into(), "x2".into()], good: v("y"), bad: v("b"), rts, frontier, ..Default::default() }
}

#[test]
fn tfee_with_several_efficient_units_per_year_and_variable_returns_matches_highs() {
    let f = fixture("tfee_reference.json");
    let panel = small_panel();
    for (key, rts, fr) in [
        ("small_crs_year", Rts::Crs, Frontier::Year),
        ("small_vrs_year", Rts::Vrs, Frontier::Year),
        ("small_vrs_global", Rts::Vrs, Frontier::Global),
    ] {
        let scores = check_tfee(&panel, &small_spec(rts, fr), &f[key], key);
        if fr == Frontier::Year {
            for year in 0..3 {
                let efficient = scores[year * 10..year * 10 + 10].iter().filter(|&&s| s >= 1.0).count();
                assert!(efficient >= 3, "{key}: only {efficient} efficient units in year {year}");
            }
        }
    }
}

fn dea_from(data: &Value, inputs: &[&str], outputs: &[&str]) -> DeaData {
    let col = |c: &str| arr(&data[c]);
    let n = col(inputs[0]).len();
    let interleave = |cs: &[&str]| -> Vec<f64> { (0..n).flat_map(|j| cs.iter().map(move |c| col(c)[j])).collect() };
    DeaData { m: inputs.len(), s1: outputs.len(), s2: 0, x: interleave(inputs), yg: interleave(outputs), yb: vec![] }
}

#[test]
fn textbook_examples_reproduce_published_sbm_scores_and_highs() {
    let f = fixture("tfee_reference.json");
    // Tone (2001), EJOR 130, Table 2 (p. 505): SBM A 0.798, B 0.568, C 1, D 0.667, E 1.
    let t = &f["tone2001"];
    let d = dea_from(&t["data"], &["x1", "x2"], &["y1", "y2"]);
    let all: Vec<usize> = (0..5).collect();
    let got: Vec<_> = all.iter().map(|&o| evaluate(&d, o, &all, Rts::Crs)).collect();
    let sbm: Vec<f64> = got.iter().map(|r| r.sbm).collect();
    for (g, p) in sbm.iter().zip(arr(&t["published_sbm"])) {
        assert!((g - p).abs() < 5e-4, "published {p} vs {g}");
    }
    assert_close(&sbm, &arr(&t["sbm"]), 1e-6, "Tone 2001 SBM");
    assert_close(&got.iter().map(|r| r.score).collect::<Vec<_>>(), &arr(&t["score"]), 1e-6, "Tone 2001 super");
    // Tone (2002), EJOR 143, Table 1 data: super-SBM of the efficient DMUs.
    let t = &f["tone2002"];
    let d = dea_from(&t["data"], &["x1", "x2"], &["y"]);
    let all: Vec<usize> = (0..7).collect();
    let got: Vec<f64> = all.iter().map(|&o| evaluate(&d, o, &all, Rts::Crs).score).collect();
    assert_close(&got, &arr(&t["score"]), 1e-6, "Tone 2002");
}

#[test]
fn scores_are_units_invariant_and_on_the_right_side_of_one() {
    let panel = sample_with_k();
    let base = compute_tfee(&panel, &TfeeSpec::default()).unwrap();
    let mut scaled = panel.clone();
    for (c, factor) in [("K", 1e-3), ("energy", 1e4), ("gdp", 0.01), ("so2", 1e3)] {
        let v: Vec<f64> = scaled.numeric(c).unwrap().iter().map(|x| x * factor).collect();
        scaled.set_numeric(c, v);
    }
    let other = compute_tfee(&scaled, &TfeeSpec::default()).unwrap();
    assert_close(&other.scores(), &base.scores(), 1e-9, "rescaled columns");
    for spec in [TfeeSpec::default(), TfeeSpec { rts: Rts::Vrs, ..Default::default() }] {
        let res = compute_tfee(&panel, &spec).unwrap();
        for r in &res.rows {
            match r.status {
                DmuStatus::Sbm => assert!(r.score < 1.0 && r.score > 0.0 && r.score == r.sbm),
                DmuStatus::SuperSbm => assert!(r.score >= 1.0 && (r.sbm - 1.0).abs() < 1e-6),
                DmuStatus::Missing => assert!(r.score.is_nan()),
                other => panic!("unexpected status {other:?}"),
            }
        }
        assert!(res.rows.iter().filter(|r| r.status == DmuStatus::SuperSbm).count() >= 12);
    }
}

#[test]
fn tfee_is_identical_at_any_thread_count() {
    let panel = sample_with_k();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| compute_tfee(&panel, &TfeeSpec::default()).unwrap().scores())
    };
    let one: Vec<u64> = run(1).iter().map(|x| x.to_bits()).collect();
    let four: Vec<u64> = run(4).iter().map(|x| x.to_bits()).collect();
    assert_eq!(one, four);
}

#[test]
fn non_positive_and_missing_tfee_inputs_are_reported() {
    let p = panel_from("unit,year,x,y,b,e\nu1,2020,1,2,1,\nu2,2020,0,3,1,\nu3,2020,2,,1,\nu4,2020,3,4,2,\n");
    let v = |s: &str| vec![s.to_string()];
    let spec = TfeeSpec { inputs: v("x"), good: v("y"), bad: v("b"), ..Default::default() };
    let err = compute_tfee(&p, &spec).unwrap_err();
    assert!(matches!(&err, TfeeError::NonPositive { column, count: 1, value, .. } if column == "x" && *value == 0.0));
    assert!(err.to_string().contains("u2 2020"), "{err}");
    let adj = compute_tfee(&p, &TfeeSpec { non_positive: NonPositive::Adjust, ..spec.clone() }).unwrap();
    assert_eq!(adj.rows[2].status, DmuStatus::Missing);
    assert!(adj.rows[1].score >= 1.0, "a unit with almost no input is efficient");
    assert!(adj.notes.iter().any(|n| n.to_string().contains("replaced")));
    assert_eq!(
        compute_tfee(&p, &TfeeSpec { inputs: v("nope"), ..spec.clone() }).unwrap_err(),
        TfeeError::MissingColumn("nope".into())
    );
    assert_eq!(compute_tfee(&p, &TfeeSpec { good: vec![], ..spec.clone() }).unwrap_err(), TfeeError::NoGoodOutputs);
    assert_eq!(
        compute_tfee(&p, &TfeeSpec { bad: v("e"), ..spec.clone() }).unwrap_err(),
        TfeeError::NoValues("e".into())
    );
    assert_eq!(compute_tfee(&p, &TfeeSpec { bad: v("x"), ..spec }).unwrap_err(), TfeeError::Duplicate("x".into()));
}

#[test]
fn a_unit_alone_in_its_year_has_no_super_score() {
    let p = panel_from("unit,year,x,y\nu1,2020,1,2\nu2,2020,2,3\nu1,2021,1,1\n");
    let v = |s: &str| vec![s.to_string()];
    let res = compute_tfee(&p, &TfeeSpec { inputs: v("x"), good: v("y"), bad: vec![], ..Default::default() }).unwrap();
    assert_eq!(res.rows[2].status, DmuStatus::TooFewUnits);
    assert!(res.rows[2].score.is_nan());
}

// ------------------------------------------------------------------ add_derived

#[test]
fn derived_variables_are_skipped_kept_or_computed_and_reported() {
    let mut p = panel_from("unit,year,gdp,co2,CIWB\nu1,2020,10,5,1\nu1,2021,12,0,2\n");
    let report = add_derived(&mut p, &MeasureSpec::default());
    assert_eq!(p.numeric("CEE").unwrap()[0], 2.0);
    assert!(p.numeric("CEE").unwrap()[1].is_nan(), "CO2 = 0 gives no CEE, never infinity");
    match report.status("CEE") {
        Some(DerivedStatus::Computed { notes }) => {
            assert!(notes.iter().any(|n| n.to_string().contains("u1 2021")), "{notes:?}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(report.status("CIWB"), Some(&DerivedStatus::InData));
    assert_eq!(p.numeric("CIWB").unwrap(), &[1.0, 2.0]);
    match report.status("ISU") {
        Some(DerivedStatus::Skipped { missing }) => {
            let names: Vec<String> = missing.iter().map(ToString::to_string).collect();
            assert_eq!(names, ["share1", "share2", "share3"])
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(report.status("DCP"), Some(DerivedStatus::Skipped { .. })));
    assert!(matches!(report.status("TFEE"), Some(DerivedStatus::Skipped { .. })));
    assert!(p.numeric("ISU").is_none() && p.numeric("TFEE").is_none());
    // An indicator that is constant makes DCP fail, with the reason.
    let mut spec = MeasureSpec::default();
    spec.columns.indicators =
        vec![IndicatorSpec::new("gdp", "", Direction::Positive), IndicatorSpec::new("u", "", Direction::Positive)];
    let mut q = panel_from("unit,year,gdp,u\nu1,2020,10,1\nu1,2021,12,1\n");
    match add_derived(&mut q, &spec).status("DCP") {
        Some(DerivedStatus::Failed { reason }) => assert!(reason.to_string().contains("constant"), "{reason}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn derived_variables_left_out_are_neither_computed_nor_reported() {
    let all = {
        let mut p = sample_with_k();
        add_derived(&mut p, &MeasureSpec::default());
        p
    };
    let mut p = sample_with_k();
    let report = add_derived_except(&mut p, &MeasureSpec::default(), None, &["TFEE", "CEE"]);
    assert!(p.numeric("TFEE").is_none() && p.numeric("CEE").is_none());
    assert!(report.status("TFEE").is_none() && report.status("CEE").is_none());
    // The others are computed as without the filter.
    let bits =
        |panel: &Panel, name: &str| panel.numeric(name).map(|v| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
    for name in ["DCP", "CIWB", "ISU"] {
        assert!(bits(&p, name).is_some());
        assert_eq!(bits(&p, name), bits(&all, name), "{name}");
    }
    assert!(all.numeric("TFEE").is_some_and(|v| v.iter().any(|x| x.is_finite())));
}

#[test]
fn measure_spec_round_trips_through_ron_and_defaults_fill_gaps() {
    let spec = MeasureSpec::default();
    let text = ron::to_string(&spec).unwrap();
    let back: MeasureSpec = ron::from_str(&text).unwrap();
    assert_eq!(back, spec);
    let partial: MeasureSpec = ron::from_str("(index: (per_year: true))").unwrap();
    assert!(partial.index.per_year && partial.index.shift == 1e-4 && partial.columns.indicators.len() == 10);
}
