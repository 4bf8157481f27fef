//! Command-line errors follow `--lang`: the same failing commands print `error: ...` in English
//! and `错误：...` in Chinese, naming the same file, column, flag or value. (Usage errors are
//! clap's and stay English.)

use std::path::PathBuf;
use std::process::Command;

/// Stderr of a command that must fail with exit code 1.
fn fails(lang: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).arg("--lang").arg(lang).args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn scenario_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-lang-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Each case: arguments, then what both languages name (file, column, flag, value), then
/// English words that only the English text holds.
fn cases() -> Vec<(Vec<String>, Vec<&'static str>, &'static str)> {
    let bad = scenario_file("bad.ron", "(version: 1, n_reps: 3)");
    let misfit = scenario_file("misfit.ron", "(version: 1, outcome: \"CEEE\", folds: 30)");
    let unversioned = scenario_file("unversioned.ron", "(outcome: \"CEE\")");
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        (s(&["run", "--data", "/no/such/panel.csv"]), vec!["/no/such/panel.csv"], "cannot read the file"),
        (s(&["run", "--y", "CEEE", "--x", "lngdp,foo"]), vec!["CEEE", "TFEE", "foo", "lngdp"], "no column"),
        (s(&["run", "--folds", "1", "--model", "pliv"]), vec!["folds", "instrument", "PLIV"], "out of range"),
        (s(&["run", "--fe", "unit", "--unit", "none"]), vec!["fixed_effects"], "needs a unit column"),
        (s(&["run", bad.to_str().unwrap()]), vec!["bad.ron", "`n_reps`", "`n_rep`"], "unknown field"),
        (s(&["run", unversioned.to_str().unwrap()]), vec!["unversioned.ron", "`version: 1,`"], "missing field"),
        (s(&["run", "--years", "2030-2031"]), vec!["2030-2031"], "no row meets"),
        (s(&["run", "--years", "abc"]), vec!["--years abc"], "expected"),
        (s(&["describe", "--vars", "nope"]), vec!["nope"], "no numeric column"),
        (s(&["moran", "--var", "gdp"]), vec!["--at-year", "2011-2022"], "give the year"),
        (s(&["index", "--method", "manual"]), vec!["--method manual", "--weights"], "needs"),
        (
            s(&["report", bad.to_str().unwrap(), "--out", "/tmp/never-written"]),
            vec!["bad.ron"],
            "cannot read the scenario",
        ),
        (
            s(&["report", misfit.to_str().unwrap(), "--out", "/tmp/never-written", "--quiet"]),
            vec!["30", "CEEE"],
            "out of range",
        ),
        (s(&["breaks", "--var", "nope"]), vec!["nope", "lngdp"], "no numeric column"),
        (s(&["breaks", "--var", "gdp", "--at-year", "1999"]), vec!["1999", "2011-2022"], "is not in the data"),
    ]
}

/// Failures of `map`, `moran`, `breaks` and `zonal`: boundary files, class breaks, weights and
/// rasters, in the same form as [`cases`].
fn spatial_cases() -> Vec<(Vec<String>, Vec<&'static str>, &'static str)> {
    let topology = scenario_file("topology.geojson", r#"{"type": "Topology"}"#);
    let projected = scenario_file(
        "projected.geojson",
        r#"{"type": "Feature", "properties": {"code": "11"}, "geometry": {"type": "Polygon",
            "coordinates": [[[440000, 4420000], [450000, 4420000], [450000, 4430000]]]}}"#,
    );
    let png = std::env::temp_dir().join("carbon-dml-lang-errors-never.png");
    let png = png.to_str().unwrap();
    let utm = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/spatial_zonal/geotiff/utm_32650.tif");
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        (
            s(&["map", "--var", "gdp", "--at-year", "2011", "--png", png, "--boundaries", topology.to_str().unwrap()]),
            vec!["topology.geojson", "\"Topology\"", "FeatureCollection"],
            "expected a FeatureCollection",
        ),
        (
            s(&["moran", "--var", "gdp", "--at-year", "2011", "--boundaries", projected.to_str().unwrap()]),
            vec!["projected.geojson", "440000", "EPSG:4326"],
            "is not a longitude/latitude",
        ),
        (s(&["moran", "--var", "gdp", "--at-year", "2011", "--weights", "king"]), vec!["king", "knn:K"], "use queen"),
        (
            s(&["map", "--var", "gdp", "--at-year", "2011", "--png", png, "--breaks", "5,3"]),
            vec!["5", "3"],
            "breaks must increase",
        ),
        (s(&["breaks", "--var", "gdp", "--classes", "12"]), vec!["12", "2", "9"], "classes requested"),
        (s(&["zonal", "--stat", "sum", "--raster", "/no/such/grid.tif"]), vec!["grid.tif", "--year"], "no year"),
        (
            s(&["zonal", "--stat", "sum", "--raster", utm, "--year", "2015"]),
            vec!["utm_32650.tif", "EPSG:32650", "gdalwarp -t_srs EPSG:4326"],
            "which is not supported",
        ),
    ]
}

#[test]
fn errors_are_chinese_under_lang_zh() {
    for (args, named, english) in cases().into_iter().chain(spatial_cases()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let zh = fails("zh", &args);
        assert!(zh.lines().any(|l| l.starts_with("错误：")), "{args:?}: {zh}");
        assert!(!zh.lines().any(|l| l.starts_with("error: ") || l.starts_with("warning: ")), "{args:?}: {zh}");
        assert!(has_cjk(&zh) && !zh.contains(english), "{args:?}: {zh}");
        for n in &named {
            assert!(zh.contains(n), "{args:?}: {n} not named in {zh}");
        }
    }
}

#[test]
fn errors_stay_english_under_lang_en() {
    for (args, named, english) in cases().into_iter().chain(spatial_cases()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let en = fails("en", &args);
        assert!(en.lines().any(|l| l.starts_with("error: ")), "{args:?}: {en}");
        assert!(en.contains(english) && !has_cjk(&en), "{args:?}: {en}");
        for n in &named {
            assert!(en.contains(n), "{args:?}: {n} not named in {en}");
        }
    }
    // Word for word as before the messages moved to Fluent.
    let en = fails("en", &["run", "--folds", "1", "--model", "pliv"]);
    assert_eq!(
        en,
        "error: the scenario does not fit the data (provinces_2011_2022.csv (bundled synthetic sample)):\n  \
         folds: 1 is out of range; allowed 2 to 20\n  \
         instrument: the PLIV model needs an instrument; choose one or switch to PLR\n"
    );
}

/// A usage error is clap's: English whatever `--lang` says, with exit code 1.
#[test]
fn usage_errors_follow_the_language() {
    let en = fails("en", &["run", "--fe", "nonsense"]);
    assert!(en.contains("invalid value 'nonsense' for '--fe"), "{en}");
    // Under --lang zh, clap's usage errors are worded from cli.ftl, with its context.
    let zh = fails("zh", &["run", "--fe", "nonsense"]);
    assert!(zh.contains("错误：参数 '--fe <FIXED_EFFECTS>' 的取值 'nonsense' 无效"), "{zh}");
    assert!(zh.contains("[可选值：none, unit") && zh.contains("更多信息"), "{zh}");
    let missing = fails("zh", &["run", "--folds"]);
    assert!(missing.contains("错误：参数 '--folds <FOLDS>' 需要一个取值"), "{missing}");
    for args in
        [&["run", "--nonsense"][..], &["run", "--folds", "abc"], &["map", "--var", "x"], &["describe", "--vars"]]
    {
        let zh = fails("zh", args);
        let english = zh.lines().any(|l| {
            l.split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
                .any(|run| run.split_whitespace().filter(|w| w.len() > 2).count() >= 3)
        });
        assert!(!english && zh.starts_with("错误："), "{args:?}: {zh}");
    }
}
