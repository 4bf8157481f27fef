//! `carbon-dml zonal` run as a user would run it, on the GeoTIFF fixtures of
//! `tests/fixtures/spatial_zonal/make_geotiff_fixture.py`, its numbers against exactextract.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().expect("binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn tif(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/spatial_zonal/geotiff")
        .join(name)
        .display()
        .to_string()
}

/// exactextract's `key` for province `code` in `file`, band 1.
fn ee(file: &str, code: &str, key: &str) -> Option<f64> {
    let fx: Value = serde_json::from_str(include_str!("fixtures/spatial_zonal/geotiff_exactextract.json")).unwrap();
    let case = fx["cases"].as_array().unwrap().iter().find(|c| c["file"] == file && c["band"] == 1).unwrap();
    let r = case["results"].as_array().unwrap().iter().find(|r| r["code"] == code).unwrap();
    r[key].as_f64()
}

fn close(got: f64, want: f64) -> bool {
    (got - want).abs() <= 5e-8 * want.abs().max(1e-300)
}

#[test]
fn json_rows_are_province_sums_by_year_with_months_summed() {
    let (ok, stdout, stderr) = run(&[
        "zonal",
        "--raster",
        &tif("albers_201503.tif"),
        &tif("albers_201504.tif"),
        &tif("co2_2015.tif"),
        "--stat",
        "sum",
        "--months",
        "sum",
        "--json",
    ]);
    assert!(ok, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(v.as_object().unwrap().len(), 1, "only rows");
    // All three files are 2015: one row per province.
    assert_eq!(rows.len(), 31);
    let sichuan = rows.iter().find(|r| r["unit"] == "Sichuan").unwrap();
    assert_eq!(sichuan["year"], 2015);
    assert_eq!(sichuan.as_object().unwrap().len(), 3);
    let want = ee("albers_201503.tif", "51", "sum").unwrap()
        + ee("albers_201504.tif", "51", "sum").unwrap()
        + ee("co2_2015.tif", "51", "sum").unwrap();
    let got = sichuan["value"].as_f64().unwrap();
    assert!(close(got, want), "{got} vs {want}");
    // Several rasters in one year need a rule.
    let (ok, _, stderr) =
        run(&["zonal", "--raster", &tif("albers_201503.tif"), &tif("albers_201504.tif"), "--stat", "sum"]);
    assert!(!ok && stderr.contains("--months sum"), "{stderr}");
}

#[test]
fn means_table_csv_and_explicit_years() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-zonal-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("co2.csv");
    let (ok, stdout, stderr) = run(&[
        "zonal",
        "--raster",
        &tif("co2_2015.tif"),
        &tif("planar_2017.tif"),
        "--stat",
        "mean",
        "--year",
        "2011,2012",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("Zonal mean of 2 raster(s)") && stdout.contains("Beijing"), "{stdout}");
    assert!(stderr.contains("planar_2017.tif has 2 bands"), "{stderr}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("unit,year,value"));
    let beijing_2011 = lines.find(|l| l.starts_with("Beijing,2011,")).unwrap();
    let got: f64 = beijing_2011.rsplit(',').next().unwrap().parse().unwrap();
    let want = ee("co2_2015.tif", "11", "mean").unwrap();
    assert!(close(got, want), "{got} vs {want}");
    assert_eq!(text.lines().count(), 1 + 31 * 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_files_fail_with_their_name_and_a_remedy() {
    for (file, words) in [
        ("utm_32650.tif", ["EPSG:32650", "gdalwarp"]),
        ("no_georef.tif", ["no georeferencing", "gdal_translate"]),
        ("zstd_2015.tif", ["Zstandard", "COMPRESS=DEFLATE"]),
    ] {
        let (ok, stdout, stderr) = run(&["zonal", "--raster", &tif(file), "--stat", "sum", "--year", "2015"]);
        assert!(!ok && stdout.is_empty(), "{file}");
        assert!(stderr.contains(file) && words.iter().all(|w| stderr.contains(w)), "{file}: {stderr}");
    }
    let (ok, _, stderr) = run(&["zonal", "--raster", &tif("mercator_2016.tif"), "--stat", "sum", "--band", "4"]);
    assert!(!ok && stderr.contains("band 4 does not exist"), "{stderr}");
    let (ok, _, stderr) = run(&["zonal", "--raster", &tif("co2_2015.tif"), "--stat", "sum", "--join-property", "nope"]);
    assert!(!ok && stderr.contains("name_en"), "{stderr}");
}
