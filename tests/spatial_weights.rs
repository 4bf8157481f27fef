//! Spatial weights of the embedded provinces against libpysal 4.12.1 (fixture made by
//! `tests/fixtures/spatial_weights/make_weights_fixture.py`): queen and rook contiguity exact
//! and snapped, the island, centroids, k nearest neighbours, inverse-distance bands, and the
//! GAL / GWT files libpysal writes; then the join of a file's ids to a panel's units.

use carbon_dml::engine::data::panel::UnitIndex;
use carbon_dml::engine::data::sample;
use carbon_dml::engine::spatial::Boundaries;
use carbon_dml::engine::spatial::join::{JoinSpec, join};
use carbon_dml::engine::spatial::weights::contiguity::Rule;
use carbon_dml::engine::spatial::weights::link::link;
use carbon_dml::engine::spatial::weights::regions::{Region, by_property};
use carbon_dml::engine::spatial::weights::spec::{for_units, read_file, write_file};
use carbon_dml::engine::spatial::weights::{Weights, WeightsSpec, gal, gwt};
use serde_json::Value;
use std::path::Path;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/spatial_weights/embedded_weights.json")).unwrap()
}

fn regions() -> Vec<Region> {
    by_property(Boundaries::embedded(), "code")
}

/// Neighbour ids of each region, as the fixture stores them.
fn id_lists(w: &Weights) -> Vec<Vec<String>> {
    w.neighbours.iter().map(|l| l.iter().map(|&j| w.ids[j].clone()).collect()).collect()
}

fn want_lists(fx: &Value, key: &str) -> Vec<Vec<String>> {
    fx[key]
        .as_array()
        .unwrap_or_else(|| panic!("fixture has {key}"))
        .iter()
        .map(|l| l.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .collect()
}

fn build(spec: WeightsSpec) -> Weights {
    spec.build(&regions()).unwrap()
}

#[test]
fn region_ids_are_the_fixture_ids() {
    let fx = fixture();
    assert_eq!(fx["libpysal"], "4.12.1");
    let ids: Vec<String> = regions().into_iter().map(|r| r.id).collect();
    let want: Vec<String> = fx["ids"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    assert_eq!(ids, want);
}

#[test]
fn exact_queen_and_rook_equal_libpysal_and_hainan_is_the_island() {
    let fx = fixture();
    for (rule, key) in [(Rule::Queen, "queen"), (Rule::Rook, "rook")] {
        let w = build(WeightsSpec::Contiguity { rule, snap_km: 0.0 });
        assert_eq!(id_lists(&w), want_lists(&fx, key), "{key}");
        let islands: Vec<&str> = w.islands().iter().map(|&i| w.ids[i].as_str()).collect();
        assert_eq!(islands, vec!["46"], "{key}: Hainan");
        assert!(w.is_symmetric());
    }
    assert_eq!(fx["queen_islands"], serde_json::json!(["46"]));
}

#[test]
fn snapped_queen_equals_libpysal_fuzzy_contiguity() {
    let fx = fixture();
    // 1 km (the default): nothing changes on boundaries that share their vertices.
    assert_eq!(id_lists(&build(WeightsSpec::default())), want_lists(&fx, "queen_snap_1"));
    assert_eq!(want_lists(&fx, "queen_snap_1"), want_lists(&fx, "queen"));
    // 25 km: Hainan joins Guangdong across the strait, Jiangsu meets Henan at a near-corner.
    let w = build(WeightsSpec::Contiguity { rule: Rule::Queen, snap_km: 25.0 });
    assert_eq!(id_lists(&w), want_lists(&fx, "queen_snap_25"));
    assert!(w.islands().is_empty());
}

#[test]
fn snapped_rook_equals_its_definition_evaluated_with_shapely() {
    // No libpysal counterpart. Exact rook misses the Beijing-Tianjin border: the simplified
    // outlines cross (the two polygons overlap), so they share points but no edge, although
    // 23 km of Beijing's outline lies within 10 m of Tianjin. Any tolerance finds it; no
    // corner contact becomes a border.
    let fx = fixture();
    for snap in [0.5, 1.0, 5.0] {
        let w = build(WeightsSpec::Contiguity { rule: Rule::Rook, snap_km: snap });
        assert_eq!(id_lists(&w), want_lists(&fx, &format!("rook_snap_{snap}")), "rook snapped {snap} km");
        let mut exact = want_lists(&fx, "rook");
        exact[0].insert(0, "12".into());
        exact[1].insert(0, "11".into());
        assert_eq!(id_lists(&w), exact);
    }
}

#[test]
fn centroids_match_shapely_in_the_albers_plane() {
    let fx = fixture();
    let want = fx["centroids_km"].as_array().unwrap();
    let mut worst = 0.0f64;
    for (r, w) in regions().iter().zip(want) {
        let c = r.centroid();
        let (x, y) = (w[0].as_f64().unwrap(), w[1].as_f64().unwrap());
        worst = worst.max((c[0] - x).abs()).max((c[1] - y).abs());
    }
    // pyproj's spherical Albers and this crate's agree to rounding; 1e-6 km is a millimetre.
    assert!(worst < 1e-6, "centroid difference {worst} km");
}

#[test]
fn knn_equal_libpysal() {
    let fx = fixture();
    for k in [4usize, 6] {
        let w = build(WeightsSpec::Knn { k });
        assert_eq!(id_lists(&w), want_lists(&fx, &format!("knn_{k}")), "k = {k}");
        assert!(w.cardinalities().iter().all(|&c| c == k));
    }
}

fn check_idw(w: &Weights, want: &Value, what: &str) {
    let want = want.as_array().unwrap();
    assert_eq!(w.n(), want.len());
    let mut worst = 0.0f64;
    for (i, row) in want.iter().enumerate() {
        let row = row.as_array().unwrap();
        let ids: Vec<&str> = row.iter().map(|p| p[0].as_str().unwrap()).collect();
        let got: Vec<&str> = w.neighbours[i].iter().map(|&j| w.ids[j].as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort_by_key(|id| w.position(id));
        assert_eq!(got, sorted, "{what}: neighbours of {}", w.ids[i]);
        for p in row {
            let j = w.position(p[0].as_str().unwrap()).unwrap();
            let v = p[1].as_f64().unwrap();
            worst = worst.max((w.weight(i, j) - v).abs() / v);
        }
    }
    assert!(worst < 1e-9, "{what}: relative difference {worst}");
}

#[test]
fn inverse_distance_equals_libpysal_distance_band() {
    let fx = fixture();
    let w = build(WeightsSpec::InverseDistance { threshold_km: None, power: 1.0 });
    check_idw(&w, &fx["idw"], "default band");
    assert!(w.islands().is_empty(), "the default band leaves no island");
    let w = build(WeightsSpec::InverseDistance { threshold_km: Some(800.0), power: 2.0 });
    check_idw(&w, &fx["idw_800_power2"], "800 km, power 2");
}

fn fixture_path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spatial_weights").join(name)
}

#[test]
fn libpysal_files_read_back_to_the_same_weights() {
    let fx = fixture();
    let q = read_file(&fixture_path("queen.gal")).unwrap();
    assert_eq!(q.ids, regions().into_iter().map(|r| r.id).collect::<Vec<_>>());
    assert_eq!(id_lists(&q), want_lists(&fx, "queen"));
    let k = read_file(&fixture_path("knn4.gal")).unwrap();
    assert_eq!(id_lists(&k), want_lists(&fx, "knn_4"));
    // libpysal writes GWT weights with 6 significant digits.
    let g = read_file(&fixture_path("idw.gwt")).unwrap();
    let exact = read_file(&fixture_path("idw_exact.gwt")).unwrap();
    assert_eq!(g.neighbours, exact.neighbours);
    for (a, b) in g.values.iter().flatten().zip(exact.values.iter().flatten()) {
        assert!((a - b).abs() / b < 5e-6, "{a} {b}");
    }
    check_idw(&exact, &fx["idw"], "idw_exact.gwt");
}

#[test]
fn written_files_read_back_bit_for_bit() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-weights-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for spec in [
        WeightsSpec::default(),
        WeightsSpec::Knn { k: 5 },
        WeightsSpec::InverseDistance { threshold_km: Some(1200.0), power: 1.5 },
    ] {
        let w = build(spec.clone());
        let g = dir.join("w.gwt");
        write_file(&w, &g, "embedded provinces", "code").unwrap();
        let back = read_file(&g).unwrap();
        // An island has no line in a GWT file: it is dropped from the ids.
        let kept: Vec<usize> = (0..w.n()).filter(|&i| !w.neighbours[i].is_empty()).collect();
        let w_kept = w.subset(&kept);
        let order: Vec<usize> = back.ids.iter().map(|id| w_kept.position(id).unwrap()).collect();
        assert_eq!(w_kept.subset(&order).values, back.values, "{spec:?}");
        let l = dir.join("w.gal");
        write_file(&w, &l, "embedded provinces", "code").unwrap();
        let back = read_file(&l).unwrap();
        assert_eq!((back.ids.clone(), back.neighbours.clone()), (w.ids.clone(), w.neighbours.clone()), "{spec:?}");
    }
    assert!(write_file(&build(WeightsSpec::default()), &dir.join("w.txt"), "s", "k").is_err());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn file_ids_join_the_sample_provinces_by_code_or_name() {
    let panel = sample::bundled_panel();
    let units: &UnitIndex = panel.unit.as_ref().unwrap();
    let q = gal::read(&fixture_path("queen.gal")).unwrap();
    let by_code = link(&q, units).unwrap();
    // The sample has 30 provinces: Tibet (54) is in the file only.
    assert_eq!(by_code.unmatched_ids, vec!["54"]);
    assert!(by_code.missing_units.is_empty());
    assert_eq!(by_code.weights.ids, units.labels);
    // The same file written with Chinese names, in another order, links to the same weights.
    let reg = carbon_dml::engine::data::registry::Registry::embedded();
    let names: Vec<String> =
        q.ids.iter().map(|c| reg.lookup(c).map(|p| p.name_zh.clone()).unwrap_or_else(|| c.clone())).collect();
    let mut renamed = q.clone();
    renamed.ids = names;
    let order: Vec<usize> = (0..renamed.n()).rev().collect();
    let text = gal::to_string(&renamed.subset(&order), "names", "name_zh");
    let by_name = link(&gal::parse(&text, "names.gal").unwrap(), units).unwrap();
    assert_eq!(by_name.weights.neighbours, by_code.weights.neighbours);
    // Built from the boundaries joined to the units: the same lists as the file.
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let built = for_units(&WeightsSpec::Contiguity { rule: Rule::Queen, snap_km: 0.0 }, b, &j, units).unwrap();
    assert_eq!(built.weights.neighbours, by_code.weights.neighbours);
    assert_eq!(built.units, by_code.units);
    let gwt_text = gwt::to_string(&built.weights, "s", "unit");
    assert!(gwt_text.starts_with("0 30 s unit\nBeijing Tianjin 1.0\n"), "{gwt_text}");
}
