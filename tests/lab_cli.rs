//! `carbon-dml simulate`: the JSON the issue names, identical for the same seed on any thread
//! count, and the lab's three teaching points visible in its numbers.

use std::process::Command;

fn simulate(args: &[&str], threads: &str) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml"))
        .arg("simulate")
        .args(args)
        .arg("--json")
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn estimator(v: &serde_json::Value, k: usize) -> &serde_json::Value {
    &v["estimators"][k]
}

#[test]
fn the_report_has_one_entry_per_estimator_and_is_identical_on_one_and_two_threads() {
    let args = ["--n", "300", "--reps", "8", "--rf-trees", "30", "--seed", "5"];
    let one = simulate(&args, "1");
    let two = simulate(&args, "2");
    assert_eq!(one, two, "bit-identical on any thread count");
    assert_eq!(one["truth"], 0.5);
    let names: Vec<&str> = one["estimators"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["naive OLS", "DML, OLS learners", "DML, Random forest (30 trees)"]);
    for k in 0..3 {
        for field in ["bias", "sd", "mean_se", "coverage"] {
            assert!(estimator(&one, k)[field].is_f64(), "{field}");
        }
    }
}

/// Nonlinear confounding: naive OLS and DML with OLS learners are far off, forests are close.
#[test]
fn forests_remove_most_of_the_bias_that_linear_controls_leave() {
    let v = simulate(&["--n", "500", "--reps", "12", "--rf-trees", "50"], "2");
    let bias = |k| estimator(&v, k)["bias"].as_f64().unwrap().abs();
    assert!(bias(0) > 0.4 && bias(1) > 0.4, "{v}");
    assert!(bias(2) < 0.25 * bias(0), "{v}");
    let no_conf = simulate(&["--n", "500", "--reps", "12", "--learner", "ols", "--confounding", "0"], "2");
    assert!(estimator(&no_conf, 0)["bias"].as_f64().unwrap().abs() < 0.05, "no confounding, no bias: {no_conf}");
}

/// The panel process: treating rows as independent understates the spread; clustering fixes it.
#[test]
fn clustering_by_unit_restores_the_standard_errors_in_the_panel_process() {
    let base = ["--process", "panel", "--n", "400", "--reps", "30", "--learner", "ols", "--confounding", "0"];
    let iid = simulate(&base, "2");
    let mut clustered_args = base.to_vec();
    clustered_args.extend(["--cluster-unit", "--folds-by-unit"]);
    let clustered = simulate(&clustered_args, "2");
    let (sd, se_iid) = (estimator(&iid, 1)["sd"].as_f64().unwrap(), estimator(&iid, 1)["mean_se"].as_f64().unwrap());
    let se_cl = estimator(&clustered, 1)["mean_se"].as_f64().unwrap();
    assert!(se_iid < 0.75 * sd, "iid se {se_iid} vs sd {sd}");
    assert!(se_cl > 1.3 * se_iid, "clustered se {se_cl} vs iid {se_iid}");
    assert!(
        estimator(&clustered, 1)["coverage"].as_f64().unwrap() > estimator(&iid, 1)["coverage"].as_f64().unwrap(),
        "{iid} {clustered}"
    );
}

#[test]
fn bad_settings_exit_1_and_name_the_setting() {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml"))
        .args(["simulate", "--cluster-unit", "--reps", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no units"));
}
