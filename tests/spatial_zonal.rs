//! Zonal sums, means and coverage counts against exactextract 0.2.2 and the exact reference
//! (shapely 2.0.6 intersection areas cell by cell), fixture made by
//! `tests/fixtures/spatial_zonal/make_zonal_fixture.py`: hand-made polygons on a small grid
//! with nodata and NaN cells, and the 31 embedded provinces on a 0.5 degree grid of China.
//! This crate equals the exact reference to 1e-12 relative; exactextract's own fractions are
//! off by up to ~1e-9 relative (2e-8 for a polygon smaller than a cell), so it is met to 5e-8.

use carbon_dml::engine::spatial::Boundaries;
use carbon_dml::engine::spatial::zonal::{Grid, zonal};
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/spatial_zonal/zonal_exactextract.json")).unwrap()
}

fn rings(b: &Boundaries, i: usize) -> Vec<Vec<[f64; 2]>> {
    b.features[i].polygons.iter().flat_map(|p| std::iter::once(p.exterior.clone()).chain(p.holes.clone())).collect()
}

fn rel(got: f64, want: f64) -> f64 {
    if want == 0.0 { got.abs() } else { (got - want).abs() / want.abs() }
}

#[test]
fn sums_means_and_counts_equal_exactextract() {
    let fx = fixture();
    assert_eq!(fx["versions"]["exactextract"], "0.2.2");
    let (mut worst, mut worst_ee) = (0.0f64, 0.0f64);
    for case in fx["cases"].as_array().unwrap() {
        let g: Vec<f64> = case["grid"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let grid = Grid { x_min: g[0], y_max: g[1], dx: g[2], dy: g[3], cols: g[4] as usize, rows: g[5] as usize };
        let values: Vec<f32> =
            case["values"].as_array().unwrap().iter().map(|v| v.as_f64().map_or(f32::NAN, |x| x as f32)).collect();
        let nodata = case["nodata"].as_f64();
        let boundaries = match case["features"].as_array() {
            Some(fs) => {
                let fc = serde_json::json!({"type": "FeatureCollection", "features": fs});
                Boundaries::parse(&fc.to_string(), "fixture").unwrap()
            }
            None => Boundaries::embedded().clone(),
        };
        let results = case["results"].as_array().unwrap();
        assert_eq!(results.len(), boundaries.features.len());
        for (i, want) in results.iter().enumerate() {
            let s = zonal(&grid, &values, nodata, &rings(&boundaries, i)).unwrap();
            let what = format!("{} {}", case["name"], want["id"]);
            for (got, key) in [(s.sum, "shapely_sum"), (s.count, "shapely_count")] {
                let d = rel(got, want[key].as_f64().unwrap());
                worst = worst.max(d);
                assert!(d < 1e-12, "{what} {key}: {got} vs {}", want[key]);
            }
            for (got, key) in [(s.sum, "sum"), (s.count, "count")] {
                let d = rel(got, want[key].as_f64().unwrap());
                worst_ee = worst_ee.max(d);
                assert!(d < 5e-8, "{what} {key}: {got} vs exactextract {}", want[key]);
            }
            match (s.mean, want["mean"].as_f64()) {
                (Some(m), Some(w)) => {
                    worst_ee = worst_ee.max(rel(m, w));
                    assert!(rel(m, w) < 5e-8, "{what} mean: {m} vs {w}");
                }
                (m, w) => assert_eq!(m, w, "{what} mean"),
            }
        }
    }
    eprintln!("largest relative difference: {worst:e} from shapely, {worst_ee:e} from exactextract");
}

#[test]
fn bad_bands_are_errors_not_panics() {
    let grid = Grid { x_min: 0.0, y_max: 2.0, dx: 1.0, dy: 1.0, cols: 2, rows: 2 };
    let square = vec![vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0]]];
    assert!(zonal(&grid, &[1.0; 3], None, &square).unwrap_err().to_string().contains("3 values"));
    let flat = Grid { dx: 0.0, ..grid };
    assert!(zonal(&flat, &[1.0; 4], None, &square).is_err());
    let all_nodata = zonal(&grid, &[-1.0; 4], Some(-1.0), &square).unwrap();
    assert_eq!((all_nodata.sum, all_nodata.count, all_nodata.mean), (0.0, 0.0, None));
    let s = zonal(&grid, &[1.0, 2.0, 3.0, 4.0], None, &square).unwrap();
    assert_eq!((s.sum, s.count, s.mean), (10.0, 4.0, Some(2.5)));
}

#[test]
fn forward_projections_equal_proj() {
    use carbon_dml::engine::spatial::zonal::crs::{AlbersParams, Crs, Ellipsoid};
    let fx: Value = serde_json::from_str(include_str!("fixtures/spatial_zonal/crs_pyproj.json")).unwrap();
    let points: Vec<[f64; 2]> =
        fx["points"].as_array().unwrap().iter().map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()]).collect();
    let krasovsky = Crs::Albers(AlbersParams {
        lon0: 105.0,
        lat0: 0.0,
        lat1: 25.0,
        lat2: 47.0,
        false_easting: 0.0,
        false_northing: 0.0,
        ellipsoid: Ellipsoid { a: 6_378_245.0, f: 1.0 / 298.3 },
    });
    let mut worst = 0.0f64;
    for (name, crs) in [
        ("EPSG:3857", Crs::from_epsg(3857).unwrap()),
        ("EPSG:5070", Crs::from_epsg(5070).unwrap()),
        ("EPSG:3577", Crs::from_epsg(3577).unwrap()),
        ("ESRI:102025", Crs::from_epsg(102025).unwrap()),
        ("ESRI:102028", Crs::from_epsg(102028).unwrap()),
        ("krasovsky_albers", krasovsky),
    ] {
        let proj = crs.projector().unwrap();
        for (p, want) in points.iter().zip(fx["projected"][name].as_array().unwrap()) {
            let got = proj.forward(*p);
            let d = (got[0] - want[0].as_f64().unwrap()).abs().max((got[1] - want[1].as_f64().unwrap()).abs());
            worst = worst.max(d);
            assert!(d < 1e-6, "{name} {p:?}: {got:?} vs PROJ {want}");
        }
    }
    assert!(Crs::from_epsg(32650).unwrap_err().to_string().contains("gdalwarp"));
    assert_eq!(Crs::from_epsg(4326).unwrap().projector().unwrap().forward([105.5, 30.25]), [105.5, 30.25]);
    eprintln!("largest difference from PROJ: {worst:e} m");
}
