//! `carbon-dml run` as a user runs it: exit codes, messages, JSON, scenario files, outputs.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carbon-dml")).arg("run").args(args).output().expect("binary runs")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("carbon-dml-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const RAW: &[&str] = &["--y", "gdp", "--d", "internet_users", "--x", "lngdp,lnpop,human,ind,edu", "--learner", "ols"];

#[test]
fn the_default_is_the_study_baseline() {
    let out = run(&["--json", "--rf-trees", "50"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let e = &v["estimates"][0];
    assert_eq!((e["outcome"].as_str(), e["treatment"].as_str()), (Some("CEE"), Some("DCP")));
    assert_eq!(e["controls"], serde_json::json!(["lngdp", "lnpop", "green", "human", "ind", "edu"]));
    assert_eq!(e["learners"]["l"], "Random forest (50 trees)");
    assert_eq!((e["folds"].as_u64(), e["n_rep"].as_u64()), (Some(5), Some(1)));
}

#[test]
fn an_unknown_column_lists_the_available_ones() {
    let out = run(&["--y", "CEEE"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no column \"CEEE\"") && err.contains("did you mean \"CEE\""), "{err}");
    assert!(err.contains("available columns:") && err.contains("lngdp"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn json_output_has_the_documented_fields() {
    let out = run(&[RAW, &["--json", "--n-rep", "2"]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let e = &v["estimates"][0];
    for key in
        ["label", "model", "score", "outcome", "treatment", "theta", "se", "t", "p", "ci95", "n", "folds", "n_rep"]
    {
        assert!(!e[key].is_null(), "missing {key}");
    }
    assert_eq!(e["model"], "plr");
    assert_eq!(e["score"], "partialling-out");
    assert_eq!(e["n"], 360);
    assert_eq!(e["n_rep"], 2);
    assert_eq!(e["learners"]["m"], "OLS");
    assert!(e["nuisance"]["l"]["rmse"].as_f64().unwrap() > 0.0);
    assert!(e["nuisance"]["m"]["r2"].as_f64().unwrap() <= 1.0);
    let (lo, hi, th) = (e["ci95"][0].as_f64().unwrap(), e["ci95"][1].as_f64().unwrap(), e["theta"].as_f64().unwrap());
    assert!(lo < th && th < hi);
    assert!(e["first_stage"].is_null() && e["ar_set"].is_null());
}

#[test]
fn a_saved_scenario_reproduces_the_run_and_flags_override_it() {
    let dir = tmp("scenario");
    let file = dir.join("s.ron");
    let f = file.to_str().unwrap();
    let a = run(&[RAW, &["--json", "--fe", "year", "--seed", "7", "--save-scenario", f]].concat());
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("version: 1") && text.contains("content_hash: Some("), "{text}");
    let b = run(&[f, "--json"]);
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    assert_eq!(String::from_utf8_lossy(&a.stdout), String::from_utf8_lossy(&b.stdout), "same scenario, same bytes");
    let c = run(&[f, "--json", "--seed", "8"]);
    assert_ne!(String::from_utf8_lossy(&a.stdout), String::from_utf8_lossy(&c.stdout), "the flag overrides the file");
    std::fs::write(&file, text.replace("n_rep:", "n_reps:")).unwrap();
    let d = run(&[f]);
    assert_eq!(d.status.code(), Some(1));
    let err = String::from_utf8_lossy(&d.stderr);
    assert!(
        err.contains("unknown field `n_reps`") && err.contains("Did you mean `n_rep`?") && err.contains("line"),
        "{err}"
    );
}

#[test]
fn out_writes_json_predictions_table_and_scenario() {
    let dir = tmp("out");
    let out = run(&[RAW, &["--model", "pliv", "--z", "telegraph1907", "--out", dir.to_str().unwrap()]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("First stage") && table.contains("Anderson-Rubin"), "{table}");
    for f in ["estimate.json", "predictions.csv", "table.txt", "scenario.ron"] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let csv = std::fs::read_to_string(dir.join("predictions.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "row,unit,year,fold,l_target,l_hat,l_residual,m_target,m_hat,m_residual,r_target,r_hat,r_residual"
    );
    assert_eq!(lines.count(), 360);
}

#[test]
fn bad_settings_are_errors_with_exit_code_one() {
    let out = run(&[RAW, &["--folds", "1"]].concat());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("folds: 1 is out of range; allowed 2 to 20"));
    let out = run(&[RAW, &["--model", "pliv"]].concat());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an instrument"));
    let out = run(&[RAW, &["--data", "/nonexistent/panel.csv"]].concat());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the file"));
}

/// `--lang zh` words the summary in Chinese; the numbers are those of the English run.
#[test]
fn the_summary_in_chinese_has_the_same_numbers() {
    let en = run(RAW);
    let zh = run(&[RAW, &["--lang", "zh"]].concat());
    assert!(en.status.success() && zh.status.success(), "{}", String::from_utf8_lossy(&zh.stderr));
    let (en, zh) = (String::from_utf8_lossy(&en.stdout), String::from_utf8_lossy(&zh.stdout));
    for words in ["被解释变量：gdp", "处理变量：internet_users", "控制变量：", "系数", "标准误", "注：***、**、*"]
    {
        assert!(zh.contains(words), "{words} missing:\n{zh}");
    }
    let coef = |s: &str| s.lines().find(|l| l.starts_with("internet_users ")).map(str::to_string);
    assert!(coef(&en).is_some());
    assert_eq!(coef(&en), coef(&zh));
}
