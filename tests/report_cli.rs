//! `carbon-dml report` as a user runs it: every table and column of the study with numeric
//! estimates, balanced LaTeX, byte-identical output for the same seed (at any thread count),
//! skipped items when the data lack a column, and clean errors.

use carbon_dml::engine::data::sample::BUNDLED_CSV;
use carbon_dml::engine::report::table::latex_is_balanced;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn report(args: &[&str], threads: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_carbon-dml"));
    c.arg("report").args(args);
    if let Some(t) = threads {
        c.env("RAYON_NUM_THREADS", t);
    }
    c.output().expect("binary runs")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("carbon-dml-report-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn json(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).expect("report.json is JSON")
}

/// Every table and column the issue names.
const COLUMNS: &[(&str, &[&str])] = &[
    ("table4", &["No FE: CEE", "No FE: CIWB", "Unit + year FE: CEE", "Unit + year FE: CIWB"]),
    (
        "table5",
        &[
            "PCA index: CEE",
            "PCA index: CIWB",
            "Winsorized controls: CEE",
            "Winsorized controls: CIWB",
            "Squared controls: CEE",
            "Squared controls: CIWB",
        ],
    ),
    ("table6", &["K = 4: CEE", "K = 4: CIWB", "K = 8: CEE", "K = 8: CIWB"]),
    ("table7", &["SVM: CEE", "SVM: CIWB", "GBM: CEE", "GBM: CIWB", "IV: CEE", "IV: CIWB"]),
    ("table8", &["RF: TFEE", "RF: ISU", "GBM: TFEE", "GBM: ISU"]),
    ("table9", &["Coastal: CEE", "Coastal: CIWB", "Inland: CEE", "Inland: CIWB"]),
    ("table10", &["East: CEE", "East: CIWB", "Central: CEE", "Central: CIWB", "West: CEE", "West: CIWB"]),
    ("table11", &["ER above median: CEE", "ER above median: CIWB", "ER below median: CEE", "ER below median: CIWB"]),
];

fn find<'a>(v: &'a Value, table: &str, column: &str) -> Option<&'a Value> {
    v["estimates"].as_array()?.iter().find(|e| e["table"] == table && e["column"] == column)
}

/// The honest full run: the study's random forests with 500 trees.
#[test]
fn the_report_has_every_table_and_column_of_the_study() {
    let dir = tmp("full");
    let out = report(&["--out", dir.to_str().unwrap(), "--quiet"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&dir);
    for (table, cols) in COLUMNS {
        for col in *cols {
            let e = find(&v, table, col).unwrap_or_else(|| panic!("{table} {col} missing: {:#}", v["not_estimated"]));
            for key in ["theta", "se", "t", "p"] {
                assert!(e[key].as_f64().is_some_and(f64::is_finite), "{table} {col}: {key} = {}", e[key]);
            }
            assert!(e["learners"]["l"].as_str().is_some());
            assert!(
                ["holds", "not_significant", "opposite_sign"].contains(&e["conclusion"]["verdict"].as_str().unwrap())
            );
        }
    }
    assert_eq!(v["not_estimated"], serde_json::json!([]));
    let iv = find(&v, "table7", "IV: CEE").unwrap();
    assert_eq!(iv["model"], "pliv");
    assert!(iv["first_stage"]["f_robust"].as_f64().unwrap() > 0.0 && !iv["ar_set"].is_null());
    assert!(iv["iv"]["tf"]["threshold"].as_f64().is_some_and(|t| (t - 104.67).abs() < 0.01));
    assert_eq!(find(&v, "table4", "No FE: CEE").unwrap()["learners"]["l"], "Random forest (500 trees)");
    assert_eq!(find(&v, "table6", "K = 8: CEE").unwrap()["folds"], 8);
    assert_eq!(find(&v, "table9", "Coastal: CEE").unwrap()["reference"], false);
    assert_eq!(find(&v, "table4", "No FE: CEE").unwrap()["reference"], true);
    // Differences: one pair per outcome in Tables 9 and 11, three in Table 10.
    let diffs = v["differences"].as_array().unwrap();
    for (t, k) in [("table9", 2), ("table10", 6), ("table11", 2)] {
        assert_eq!(diffs.iter().filter(|d| d["table"] == t).count(), k, "{t}");
    }
    assert_eq!(v["descriptive"][0]["variable"], "CEE");
    assert_eq!(v["maps"].as_array().unwrap().len(), 6);
    for f in ["tables.md", "tables.tex", "coefficients.png", "map_CEE.png", "map_CIWB.png", "map_DCP.png"] {
        assert!(dir.join(f).is_file(), "{f}");
    }
    for t in 3..=11 {
        let csv = std::fs::read_to_string(dir.join(format!("table{t}.csv"))).unwrap();
        assert!(csv.lines().count() >= 4, "table{t}.csv: {csv}");
    }
    let md = std::fs::read_to_string(dir.join("tables.md")).unwrap();
    for t in 3..=11 {
        assert!(md.contains(&format!("**Table {t}.")), "tables.md lacks Table {t}");
    }
    let tex = std::fs::read_to_string(dir.join("tables.tex")).unwrap();
    latex_is_balanced(&tex).unwrap();
    assert!(tex.contains("\\toprule") && tex.contains("\\begin{document}") && tex.contains("$^{***}$"));
    assert_eq!(tex.matches("\\begin{table}").count(), 9);
}

#[test]
fn the_same_seed_gives_byte_identical_output_at_any_thread_count() {
    let (a, b) = (tmp("det-a"), tmp("det-b"));
    let args = |d: &Path| {
        vec!["--out".to_string(), d.to_str().unwrap().to_string(), "--trees".into(), "40".into(), "--quiet".into()]
    };
    let oa = report(&args(&a).iter().map(String::as_str).collect::<Vec<_>>(), Some("1"));
    let ob = report(&args(&b).iter().map(String::as_str).collect::<Vec<_>>(), Some("3"));
    assert!(oa.status.success() && ob.status.success(), "{}", String::from_utf8_lossy(&oa.stderr));
    for f in ["report.json", "tables.tex", "tables.md", "table7.csv", "coefficients.png"] {
        assert!(std::fs::read(a.join(f)).unwrap() == std::fs::read(b.join(f)).unwrap(), "{f} differs");
    }
    let c = tmp("det-c");
    let oc = report(&["--out", c.to_str().unwrap(), "--trees", "40", "--seed", "7", "--quiet"], None);
    assert!(oc.status.success());
    assert_ne!(std::fs::read(a.join("report.json")).unwrap(), std::fs::read(c.join("report.json")).unwrap());
}

/// The sample without the instrument and regulation columns.
fn sample_without(cols: &[&str], dir: &Path) -> PathBuf {
    let mut lines = BUNDLED_CSV.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let keep: Vec<usize> = (0..header.len()).filter(|&i| !cols.contains(&header[i])).collect();
    let mut out = String::new();
    for l in std::iter::once(header.join(",")).chain(lines.map(str::to_string)) {
        let cells: Vec<&str> = l.split(',').collect();
        out.push_str(&keep.iter().map(|&i| cells[i]).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    let p = dir.join("panel.csv");
    std::fs::write(&p, out).unwrap();
    p
}

#[test]
fn missing_columns_become_skipped_items_with_the_reason() {
    let dir = tmp("skip");
    let data = sample_without(&["telegraph1907", "er"], &dir);
    let out_dir = dir.join("out");
    let out = report(&["--data", data.to_str().unwrap(), "--out", out_dir.to_str().unwrap(), "--trees", "20"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("note: table7 IV: CEE: skipped: no numeric column \"telegraph1907\""), "{err}");
    let v = json(&out_dir);
    let skipped: Vec<(String, String)> = v["not_estimated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["table"].as_str().unwrap().to_string(), s["column"].as_str().unwrap().to_string()))
        .collect();
    for (t, c) in [
        ("table7", "IV: CEE"),
        ("table7", "IV: CIWB"),
        ("table11", "ER above median: CEE"),
        ("table11", "ER below median: CIWB"),
    ] {
        assert!(skipped.contains(&(t.into(), c.into())), "{t} {c} not reported: {skipped:?}");
    }
    assert_eq!(skipped.len(), 6);
    assert!(find(&v, "table7", "GBM: CEE").is_some(), "the rest still runs");
    let t11 = std::fs::read_to_string(out_dir.join("table11.csv")).unwrap();
    assert!(t11.lines().nth(3).is_some_and(|l| l.starts_with("DCP,—,—,—,—")), "{t11}");
    let md = std::fs::read_to_string(out_dir.join("tables.md")).unwrap();
    assert!(md.contains("(1) ER above median: CEE: skipped: no numeric column \"er\""), "{md}");
    latex_is_balanced(&std::fs::read_to_string(out_dir.join("tables.tex")).unwrap()).unwrap();
}

#[test]
fn bad_inputs_exit_1_with_a_message() {
    let dir = tmp("bad");
    let out = report(&["/no/such/scenario.ron", "--out", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the scenario"));
    let out = report(&["--data", "/no/such/panel.csv", "--out", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/panel.csv"));
    let out = report(&["--out", dir.to_str().unwrap(), "--spec-curve", "k=1,5"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("K = 1 is outside 2 to 20"));
    let out = report(&["--out", dir.to_str().unwrap(), "--spec-curve", "learners=xgb"], None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("one of ols, lasso, rf, gbm, svr"));
}

#[test]
fn the_spec_curve_writes_sorted_estimates_and_the_share() {
    let dir = tmp("curve");
    let out = report(
        &[
            "--out",
            dir.to_str().unwrap(),
            "--trees",
            "20",
            "--quiet",
            "--spec-curve",
            "learners=rf,ols;k=4,5;squares=no,yes",
        ],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&dir);
    let c = &v["spec_curve"];
    assert_eq!(c["count"], 8);
    let thetas: Vec<f64> = c["points"].as_array().unwrap().iter().map(|p| p["theta"].as_f64().unwrap()).collect();
    assert_eq!(thetas.len(), 8);
    assert!(thetas.windows(2).all(|w| w[0] <= w[1]), "{thetas:?}");
    let share = c["share_significant_same_sign"].as_f64().unwrap();
    let expect = c["points"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["p"].as_f64().unwrap() < 0.05 && p["theta"].as_f64().unwrap() > 0.0)
        .count() as f64
        / 8.0;
    assert_eq!(c["reference_sign"], "positive");
    assert!((share - expect).abs() < 1e-12);
    assert!(dir.join("spec_curve.png").is_file());
    assert_eq!(std::fs::read_to_string(dir.join("spec_curve.csv")).unwrap().lines().count(), 9);
}

/// `report --lang zh` writes the tables as a Chinese journal prints them, with the same numbers
/// as the English report; `--table-lang` chooses the tables' language apart from `--lang`.
#[test]
fn the_report_in_chinese_has_the_journals_labels_and_the_same_numbers() {
    let (en, zh) = (tmp("lang-en"), tmp("lang-zh"));
    let oe = report(&["--out", en.to_str().unwrap(), "--trees", "20", "--quiet"], None);
    let oz = report(&["--out", zh.to_str().unwrap(), "--trees", "20", "--quiet", "--lang", "zh"], None);
    assert!(oe.status.success() && oz.status.success(), "{}", String::from_utf8_lossy(&oz.stderr));
    let md = std::fs::read_to_string(zh.join("tables.md")).unwrap();
    for words in [
        "原研究实证部分的复现",
        "表 4 基准回归结果",
        "控制变量",
        "固定效应",
        "观测值",
        "学习器",
        r"注：\*\*\*、\*\*、\*",
    ] {
        assert!(md.contains(words), "{words} missing from tables.md");
    }
    let csv = std::fs::read_to_string(zh.join("table4.csv")).unwrap();
    assert!(csv.contains("控制变量,是,是,是,是") && csv.contains("个体 + 年份"), "{csv}");
    let tex = std::fs::read_to_string(zh.join("tables.tex")).unwrap();
    assert!(tex.contains("\\documentclass[UTF8]{ctexart}"), "{tex}");
    latex_is_balanced(&tex).unwrap();
    // The numbers do not depend on the language.
    assert_eq!(std::fs::read(en.join("report.json")).unwrap(), std::fs::read(zh.join("report.json")).unwrap());
    let coef = |csv: &str| csv.lines().nth(3).map(|l| l.split(',').skip(1).collect::<Vec<_>>().join(",")).unwrap();
    assert_eq!(coef(&std::fs::read_to_string(en.join("table4.csv")).unwrap()), coef(&csv));
    // English messages, Chinese tables.
    let mixed = tmp("lang-mixed");
    let om = report(&["--out", mixed.to_str().unwrap(), "--trees", "20", "--quiet", "--table-lang", "zh"], None);
    assert!(om.status.success());
    assert!(std::fs::read_to_string(mixed.join("table4.csv")).unwrap().contains("控制变量"));
    let bad = report(&["--out", mixed.to_str().unwrap(), "--lang", "fr"], None);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown language \"fr\""));
}
