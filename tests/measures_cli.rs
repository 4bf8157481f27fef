//! `carbon-dml index` and `carbon-dml tfee` run as subprocesses: JSON shape, files, errors.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-measures-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/measures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn index_json_has_weights_and_one_value_per_unit_year() {
    let v = json(&["index", "--json"]);
    let w = v["weights"].as_object().unwrap();
    assert_eq!(w.len(), 10);
    let sum: f64 = w.values().map(|x| x.as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-12);
    let idx = v["index"].as_array().unwrap();
    assert_eq!(idx.len(), 360);
    assert_eq!(idx[0]["unit"], "Beijing");
    assert_eq!(idx[0]["year"], 2011);
    let value = idx[0]["value"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&value));
    assert_eq!(idx.iter().filter(|r| r["value"].is_null()).count(), 2, "rows with a missing indicator are null");
    assert_eq!(v["sub_indices"].as_object().unwrap().len(), 4);
    assert_eq!(v["table"]["rows"].as_array().unwrap().len(), 10);
}

#[test]
fn index_flags_choose_indicators_directions_dimensions_and_methods() {
    let csv = temp("idx.csv", "unit,year,a,b,c\nu1,2020,1,9,3\nu1,2021,2,7,1\nu2,2020,3,4,4\nu2,2021,5,1,2\n");
    let data = csv.to_str().unwrap();
    let v = json(&[
        "index",
        "--data",
        data,
        "--indicators",
        "a,b,c",
        "--negative",
        "b",
        "--dimensions",
        "a:x,b:x,c:y",
        "--method",
        "manual",
        "--weights",
        "a=1,b=1,c=2",
        "--json",
    ]);
    assert_eq!(v["weights"]["c"].as_f64().unwrap(), 0.5);
    // a and b rise together once b is reversed: row u2 2021 has a = max and b = min, so both are 1.
    let last = v["index"][3]["value"].as_f64().unwrap();
    assert!((last - (0.25 * 1.0001 + 0.25 * 1.0001 + 0.5 * (1.0 / 3.0 + 0.0001))).abs() < 1e-12, "{last}");
    assert_eq!(v["sub_indices"].as_object().unwrap().len(), 2);
    let p = json(&["index", "--data", data, "--indicators", "a,b,c", "--method", "pca", "--pca", "first", "--json"]);
    assert_eq!(p["pca"]["kept"], 1);
    let t = json(&[
        "index",
        "--data",
        data,
        "--indicators",
        "a,b,c",
        "--dimensions",
        "a:x,b:x,c:y",
        "--dimension-weights",
        "x=3,y=1",
        "--method",
        "equal",
        "--json",
    ]);
    assert_eq!(t["weights"]["a"].as_f64().unwrap(), 0.375);
    assert_eq!(t["dimension_weights"]["y"].as_f64().unwrap(), 0.25);
    let out = csv.with_file_name("idx_out.csv");
    let o = run(&["index", "--data", data, "--indicators", "a,c", "--out", out.to_str().unwrap()]);
    assert!(o.status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("unit,year,DCP\nu1,2020,"), "{text}");
    assert_eq!(text.lines().count(), 5);
}

#[test]
fn index_errors_name_the_problem_and_exit_1() {
    let csv = temp("const.csv", "unit,year,a,k\nu1,2020,1,2\nu1,2021,2,2\n");
    let data = csv.to_str().unwrap();
    for (args, needle) in [
        (vec!["index", "--data", data, "--indicators", "a,k"], "constant"),
        (vec!["index", "--data", data, "--indicators", "a,zz"], "zz"),
        (vec!["index", "--data", data, "--indicators", "a", "--negative", "q"], "q"),
        (vec!["index", "--data", data, "--indicators", "a", "--method", "manual"], "--weights"),
        (vec!["index", "--data", data, "--indicators", "a", "--weights", "a=x", "--method", "manual"], "not a number"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn tfee_json_has_a_score_and_status_per_unit_year() {
    let v = json(&["tfee", "--json"]);
    let scores = v["scores"].as_array().unwrap();
    assert_eq!(scores.len(), 360);
    for s in scores {
        let status = s["status"].as_str().unwrap();
        match status {
            "sbm" => assert!(s["score"].as_f64().unwrap() < 1.0),
            "super_sbm" => assert!(s["score"].as_f64().unwrap() >= 1.0),
            "missing" => assert!(s["score"].is_null()),
            other => panic!("unexpected status {other}"),
        }
        assert!(s["unit"].is_string() && s["year"].is_i64());
    }
    assert_eq!(v["summary"]["missing"], 2);
    assert_eq!(v["settings"]["frontier"], "Year");
}

#[test]
fn tfee_flags_select_columns_returns_and_frontier() {
    let small = fixture("dea_small.csv");
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("tfee_reference.json")).unwrap()).unwrap();
    let v = json(&[
        "tfee",
        "--data",
        &small,
        "--inputs",
        "x1,x2",
        "--good",
        "y",
        "--bad",
        "b",
        "--rts",
        "vrs",
        "--frontier",
        "global",
        "--json",
    ]);
    let want = &reference["small_vrs_global"];
    for (i, s) in v["scores"].as_array().unwrap().iter().enumerate() {
        assert_eq!(s["status"], want["status"][i]);
        assert!((s["score"].as_f64().unwrap() - want["score"][i].as_f64().unwrap()).abs() < 1e-6);
    }
    let o = run(&["tfee", "--data", &small, "--inputs", "x1,x2", "--good", "y", "--no-bad"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("bad none"));
}

#[test]
fn tfee_refuses_non_positive_values_unless_asked_to_adjust() {
    let csv = temp("zero.csv", "unit,year,x,y\nu1,2020,1,2\nu2,2020,0,3\nu3,2020,2,2\n");
    let data = csv.to_str().unwrap();
    let base = ["tfee", "--data", data, "--inputs", "x", "--good", "y", "--no-bad"];
    let o = run(&base);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\"x\"") && err.contains("u2 2020") && err.contains("adjust"), "{err}");
    let mut adjust = base.to_vec();
    adjust.extend(["--nonpositive", "adjust", "--json"]);
    let v = json(&adjust);
    assert_eq!(v["scores"].as_array().unwrap().len(), 3);
    assert!(v["notes"][0].as_str().unwrap().contains("replaced"));
    let o = run(&["tfee", "--inputs", "capital"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("capital"));
}

#[test]
fn derived_variables_are_visible_to_other_subcommands() {
    let v = json(&["describe", "--vars", "DCP,DCP_industry,CEE,CIWB,ISU,K,TFEE", "--json"]);
    let vars = v["variables"].as_array().unwrap();
    assert_eq!(vars.len(), 7);
    assert_eq!(vars[2]["n"], 360);
}
