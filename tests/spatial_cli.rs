//! The `breaks` and `map` subcommands run as a user would run them.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().expect("binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fixture_case(dataset: &str, method: &str, k: u64) -> (Vec<f64>, Vec<u64>) {
    let fx: serde_json::Value = serde_json::from_str(include_str!("fixtures/spatial/breaks_mapclassify.json")).unwrap();
    let case = fx["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["dataset"] == dataset && c["method"] == method && c["k"] == k)
        .expect("case in fixture");
    let bins = case["bins"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().parse().unwrap()).collect();
    let counts = case["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap()).collect();
    (bins, counts)
}

#[test]
fn breaks_json_equals_mapclassify_on_the_bundled_panel() {
    for (dataset, var, year, method, k) in [
        ("panel_gdp_2011", "gdp", "2011", "jenks", 5),
        ("panel_co2_2022", "co2", "2022", "quantile", 4),
        ("panel_co2_2022", "co2", "2022", "equal", 7),
    ] {
        let (ok, stdout, stderr) = run(&[
            "breaks",
            "--var",
            var,
            "--at-year",
            year,
            "--method",
            method,
            "--classes",
            &k.to_string(),
            "--json",
        ]);
        assert!(ok, "{stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let got: Vec<f64> = v["breaks"].as_array().unwrap().iter().map(|b| b.as_f64().unwrap()).collect();
        let counts: Vec<u64> = v["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap()).collect();
        let (want, want_counts) = fixture_case(dataset, method, k);
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() <= 1e-12 * w.abs(), "{var} {method}: {g} vs {w}");
        }
        assert_eq!(counts, want_counts, "{var} {method}");
        assert_eq!(v.as_object().unwrap().len(), 2, "only breaks and counts");
    }
}

#[test]
fn breaks_without_year_uses_all_rows_and_reports_missing() {
    let (ok, stdout, stderr) = run(&["breaks", "--var", "rd_intensity", "--classes", "3", "--json"]);
    assert!(ok, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let n: u64 = v["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap()).sum();
    assert_eq!(n, 358, "360 rows less 2 missing");
    assert!(stderr.contains("2 missing"), "{stderr}");
}

#[test]
fn bad_requests_fail_with_a_message() {
    let (ok, _, err) = run(&["breaks", "--var", "nope", "--json"]);
    assert!(!ok && err.contains("no numeric column \"nope\""), "{err}");
    let (ok, _, err) = run(&["breaks", "--var", "gdp", "--at-year", "1999"]);
    assert!(!ok && err.contains("1999") && err.contains("2011-2022"), "{err}");
    let (ok, _, err) = run(&["breaks", "--var", "gdp", "--classes", "12"]);
    assert!(!ok && err.contains("between 2 and 9"), "{err}");
    let (ok, _, err) = run(&["map", "--var", "gdp", "--png", "/nonexistent-dir/x.png", "--at-year", "2011"]);
    assert!(!ok && err.contains("x.png"), "{err}");
    let (ok, _, err) = run(&["map", "--var", "gdp", "--png", "x.png"]);
    assert!(!ok && err.contains("--at-year"), "{err}");
    let (ok, _, err) = run(&["map", "--var", "gdp", "--at-year", "2011", "--breaks", "5000,1000", "--png", "x.png"]);
    assert!(!ok && err.contains("must increase"), "{err}");
}

#[test]
fn map_writes_a_png_of_the_requested_width() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-map-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("co2.png");
    let (ok, stdout, stderr) = run(&[
        "map",
        "--var",
        "co2",
        "--at-year",
        "2011,2022",
        "--classes",
        "6",
        "--reverse",
        "--width",
        "800",
        "--png",
        png.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("no data: Tibet"), "{stdout}");
    assert!(stderr.contains("matches no unit"), "{stderr}");
    let img = image::open(&png).unwrap();
    assert_eq!(img.width(), 800);
    assert!(img.height() > 400);
    std::fs::remove_dir_all(&dir).unwrap();
}
