//! Boundaries, tessellation, hit-testing and joins on the embedded provinces and on small
//! hand-made GeoJSON.

use carbon_dml::engine::data::{import_bytes, sample};
use carbon_dml::engine::spatial::geojson::{Boundaries, GeoJsonError};
use carbon_dml::engine::spatial::join::{JoinError, JoinMatch, JoinSpec, join, suggest_property};
use carbon_dml::engine::spatial::tessellate::{MapGeometry, mesh_area, point_in_feature};
use carbon_dml::engine::spatial::{Albers, choropleth};

fn province_of(g: &MapGeometry, lonlat: [f64; 2]) -> Option<String> {
    let b = Boundaries::embedded();
    g.hit_lonlat(lonlat).and_then(|i| b.features[i].property("name_en").map(str::to_string))
}

#[test]
fn tessellation_covers_every_province_exactly() {
    let g = MapGeometry::embedded();
    assert_eq!(g.features.len(), 31);
    for (i, f) in g.features.iter().enumerate() {
        assert!(!f.indices.is_empty() && f.indices.len() % 3 == 0, "feature {i}");
        assert!(f.area > 0.0);
        let rel = (mesh_area(f) - f.area).abs() / f.area;
        assert!(rel < 1e-9, "feature {i}: triangles {} vs polygon {} (rel {rel})", mesh_area(f), f.area);
        assert!(point_in_feature(f, f.label_point), "label point of feature {i} is inside");
    }
    // Equal-area projection: Xinjiang (~1.66 million km²) is far larger than Beijing (~16 thousand).
    let b = Boundaries::embedded();
    let area =
        |name: &str| g.features[b.features.iter().position(|f| f.property("name_en") == Some(name)).unwrap()].area;
    assert!((1.4e6..1.9e6).contains(&area("Xinjiang")), "{}", area("Xinjiang"));
    assert!((1.2e4..2.0e4).contains(&area("Beijing")), "{}", area("Beijing"));
}

#[test]
fn known_cities_fall_in_their_province() {
    let g = MapGeometry::embedded();
    let cases = [
        ([116.4, 39.9], "Beijing"),
        ([104.07, 30.67], "Sichuan"),
        ([87.6, 43.8], "Xinjiang"),
        ([110.3, 20.0], "Hainan"),
        ([121.47, 31.23], "Shanghai"),
        ([113.26, 23.13], "Guangdong"),
        ([91.1, 29.65], "Tibet"),
        ([126.63, 45.75], "Heilongjiang"),
    ];
    for (p, want) in cases {
        assert_eq!(province_of(g, p).as_deref(), Some(want), "{p:?}");
    }
    assert_eq!(province_of(g, [140.0, 35.0]), None, "Tokyo is off the map");
    assert_eq!(province_of(g, [125.0, 27.0]), None, "East China Sea");
}

#[test]
fn holes_are_respected_by_triangles_and_hits() {
    let text = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"ring"},"geometry":{"type":"MultiPolygon","coordinates":[
        [[[100,30],[110,30],[110,40],[100,40],[100,30]],[[103,33],[107,33],[107,37],[103,37],[103,33]]],
        [[[120,30],[121,30],[121,31],[120,30]]]]}},
      {"type":"Feature","properties":{"id":"core"},"geometry":{"type":"Polygon","coordinates":
        [[[104,34],[106,34],[106,36],[104,36],[104,34]]]}}]}"#;
    let b = Boundaries::parse(text, "test").unwrap();
    let g = MapGeometry::build(&b, &Albers::default());
    for f in &g.features {
        assert!((mesh_area(f) - f.area).abs() / f.area < 1e-9);
    }
    assert_eq!(g.hit_lonlat([101.0, 31.0]), Some(0));
    assert_eq!(g.hit_lonlat([103.5, 35.0]), None, "in the hole, outside the core");
    assert_eq!(g.hit_lonlat([105.0, 35.0]), Some(1), "the core inside the hole");
    assert_eq!(g.hit_lonlat([120.7, 30.2]), Some(0), "second part of the MultiPolygon");
}

#[test]
fn geojson_errors_name_the_problem() {
    let e = |t: &str| Boundaries::parse(t, "f.geojson").unwrap_err();
    assert!(matches!(e("{not json"), GeoJsonError::NotJson { line: 1, .. }));
    assert!(
        matches!(e(r#"{"type":"Topology"}"#), GeoJsonError::NotFeatureCollection { found, .. } if found == "Topology")
    );
    assert!(matches!(e(r#"{"type":"FeatureCollection","features":[]}"#), GeoJsonError::Empty { .. }));
    let point = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Point","coordinates":[1,2]}}]}"#;
    let err = e(point);
    assert!(matches!(&err, GeoJsonError::UnsupportedGeometry { feature: 0, kind, .. } if kind == "Point"));
    assert!(err.to_string().contains("only Polygon and MultiPolygon"), "{err}");
    let projected = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[500000,3000000],[600000,3000000],[600000,3100000],[500000,3000000]]]}}]}"#;
    let err = e(projected);
    assert!(err.to_string().contains("EPSG:4326"), "{err}");
    let short = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,2],[1,1]]]}}]}"#;
    assert!(matches!(e(short), GeoJsonError::BadCoordinates { feature: 0, .. }));
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[1,1],["a",2],[1,3],[1,1]]]}}]}"#;
    assert!(e(text).to_string().contains("not numeric"));
    // Null and line geometries beside polygons are skipped and reported, not an error.
    let mixed = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},
        {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[1,1],[2,2]]]}},
        {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[1,2],[1,1]]]}}]}"#;
    let b = Boundaries::parse(mixed, "f").unwrap();
    assert_eq!(b.features.len(), 1);
    let skipped: Vec<(usize, &str)> = b.skipped.iter().map(|s| (s.feature, s.geometry.as_str())).collect();
    assert_eq!(skipped, vec![(0, "null"), (1, "MultiLineString")]);
}

#[test]
fn join_sample_panel_by_code_name_and_chinese_name() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    for property in ["code", "name_en", "name_zh", "hasc"] {
        let j = join(b, &panel, &JoinSpec { property: property.into(), matching: JoinMatch::Auto }).unwrap();
        assert_eq!(j.n_matched(), 30, "{property}");
        assert!(j.unmatched_units.is_empty(), "{property}");
        assert_eq!(j.unmatched_features.len(), 1, "{property}");
        let tibet = &j.unmatched_features[0];
        assert_eq!(b.features[tibet.feature].property("name_en"), Some("Tibet"));
        assert_eq!(choropleth::feature_name(b, tibet.feature, true), "西藏");
    }
    let err = join(b, &panel, &JoinSpec { property: "adcode".into(), matching: JoinMatch::Auto }).unwrap_err();
    assert!(matches!(&err, JoinError::PropertyMissing { available, .. } if available.len() == 4), "{err}");
    assert_eq!(suggest_property(b, &panel).as_deref(), Some("code"));
}

#[test]
fn generic_units_join_by_exact_text_and_report_both_sides() {
    let csv = "city,year,x\nAlpha,2020,1\nBeta,2020,2\nGamma,2020,3\n";
    let panel = import_bytes(csv.as_bytes(), "cities.csv", &Default::default()).unwrap().panel;
    let text = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"nm":"Alpha"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[1,2],[1,1]]]}},
      {"type":"Feature","properties":{"nm":" Beta "},"geometry":{"type":"Polygon","coordinates":[[[3,1],[4,1],[3,2],[3,1]]]}},
      {"type":"Feature","properties":{"nm":"Delta"},"geometry":{"type":"Polygon","coordinates":[[[5,1],[6,1],[5,2],[5,1]]]}}]}"#;
    let b = Boundaries::parse(text, "cities.geojson").unwrap();
    let j = join(&b, &panel, &JoinSpec { property: "nm".into(), matching: JoinMatch::Auto }).unwrap();
    assert_eq!(j.feature_unit, vec![Some(0), Some(1), None]);
    assert_eq!(j.unmatched_features.len(), 1);
    assert_eq!(j.unmatched_features[0].value, "Delta");
    assert_eq!(j.unmatched_units, vec![(2, "Gamma".to_string())]);
}

#[test]
fn standard_map_style_properties_join_by_adcode_or_full_chinese_name() {
    // A user's file in the style of common standard-map GeoJSON: six-digit adcode and full
    // Chinese names with administrative suffixes, no English names.
    let mut b = Boundaries::embedded().clone();
    let reg = carbon_dml::engine::data::registry::Registry::embedded();
    for f in &mut b.features {
        let code: u8 = f.property("code").unwrap().parse().unwrap();
        let zh = reg.by_code(code).unwrap().name_zh.clone();
        let full = match code {
            11 | 12 | 31 | 50 => format!("{zh}市"),
            15 | 54 => format!("{zh}自治区"),
            45 => "广西壮族自治区".into(),
            64 => "宁夏回族自治区".into(),
            65 => "新疆维吾尔自治区".into(),
            _ => format!("{zh}省"),
        };
        f.properties = vec![("adcode".into(), format!("{code}0000")), ("name".into(), full)];
    }
    let panel = sample::bundled_panel();
    for property in ["adcode", "name"] {
        let j = join(&b, &panel, &JoinSpec { property: property.into(), matching: JoinMatch::Auto }).unwrap();
        assert_eq!(j.n_matched(), 30, "{property}");
        assert_eq!(j.unmatched_features.len(), 1);
        let tibet = j.unmatched_features[0].feature;
        assert_eq!(choropleth::feature_name(&b, tibet, false), "Tibet");
        assert_eq!(choropleth::feature_name(&b, tibet, true), "西藏");
    }
    // Exact matching cannot resolve codes to the panel's English labels.
    let exact = join(&b, &panel, &JoinSpec { property: "adcode".into(), matching: JoinMatch::Exact }).unwrap();
    assert_eq!(exact.n_matched(), 0);
    assert_eq!(exact.unmatched_units.len(), 30);
}

#[test]
fn geometry_is_identical_at_any_thread_count() {
    let b = Boundaries::embedded();
    let build = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| MapGeometry::build(b, &Albers::default()))
    };
    let one = build(1);
    assert_eq!(one, build(3));
    assert_eq!(&one, MapGeometry::embedded());
}
