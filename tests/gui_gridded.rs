//! "Add gridded data…" in the Maps view through the real window (egui_kittest): the button in
//! both languages, two monthly GeoTIFFs answered as the file dialog would, the background job,
//! and the new panel column by year, its values those of exactextract (months summed).

use carbon_dml::gui::app::ExplorerApp;
use carbon_dml::gui::file_dialog::{FileAnswer, Purpose};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::Value;
use std::path::PathBuf;

use crate::common;

fn tif(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spatial_zonal/geotiff").join(name)
}

fn ee_sum(file: &str, code: &str) -> f64 {
    let fx: Value = serde_json::from_str(include_str!("fixtures/spatial_zonal/geotiff_exactextract.json")).unwrap();
    let case = fx["cases"].as_array().unwrap().iter().find(|c| c["file"] == file && c["band"] == 1).unwrap();
    case["results"].as_array().unwrap().iter().find(|r| r["code"] == code).unwrap()["sum"].as_f64().unwrap()
}

fn ready(lang: &str) -> Harness<'static, ExplorerApp> {
    let mut h = common::harness_sized(common::app_on("maps", lang), [1360.0, 1000.0]);
    common::wait(&mut h, 240, "the derived variables", |a| a.analysis.derived.is_some());
    h
}

#[test]
fn two_monthly_rasters_become_a_panel_column_by_year() {
    let mut h = ready("en");
    h.get_by_label("Add gridded data…");
    let ctx = h.ctx.clone();
    let answer =
        FileAnswer { purpose: Purpose::AddGridded, paths: vec![tif("albers_201503.tif"), tif("albers_201504.tif")] };
    h.state_mut().on_file(answer, &ctx);
    // The new column is in the data, and the views' derived data are rebuilt from it.
    common::wait(&mut h, 120, "the gridded column", |a| {
        a.analysis.derived.as_ref().is_some_and(|d| d.panel.column("co2_grid").is_some())
    });
    let panel = h.state().analysis.raw().clone();
    let col = panel.numeric("co2_grid").unwrap();
    let want = ee_sum("albers_201503.tif", "51") + ee_sum("albers_201504.tif", "51");
    let mut with_value = 0;
    for (r, &v) in col.iter().enumerate() {
        if panel.year_of(r) == Some(2015) {
            with_value += 1;
            assert!(v.is_finite(), "row {r}");
            if panel.unit_label(r) == Some("Sichuan") {
                assert!((v - want).abs() <= 5e-8 * want, "{v} vs {want}");
            }
        } else {
            assert!(v.is_nan(), "only 2015 has a value (row {r})");
        }
    }
    let n_units = panel.unit.as_ref().unwrap().n_units();
    assert_eq!(with_value, n_units);
    assert!(h.state().data.imported.panel.column("co2_grid").is_some(), "the Data view shows it too");
    h.get_by_label_contains(&format!("Added column co2_grid: {n_units} / {}", panel.n_rows()));
}

#[test]
fn a_bad_raster_is_a_message_not_a_crash_and_labels_are_chinese() {
    let mut h = ready("zh");
    h.get_by_label("添加 GeoTIFF 数据…");
    let ctx = h.ctx.clone();
    let answer = FileAnswer { purpose: Purpose::AddGridded, paths: vec![tif("utm_32650.tif")] };
    h.state_mut().on_file(answer, &ctx);
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label_contains("EPSG:32650").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.get_by_label_contains("utm_32650.tif");
    assert!(h.state().analysis.raw().column("co2_grid").is_none());
}
