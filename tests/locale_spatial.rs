//! Every spatial error is worded in both languages: English is its `Display` (what logs and
//! JSON carry, and what the other tests assert on), Chinese is Chinese, for one value of every
//! variant (and of every typed problem inside one).

use carbon_dml::engine::spatial::breaks::BreaksError;
use carbon_dml::engine::spatial::choropleth::MapError;
use carbon_dml::engine::spatial::geojson::{CoordinateProblem, GeoJsonError, RingProblem};
use carbon_dml::engine::spatial::join::JoinError;
use carbon_dml::engine::spatial::moran::MoranError;
use carbon_dml::engine::spatial::render::RenderError;
use carbon_dml::engine::spatial::text::FontError;
use carbon_dml::engine::spatial::weights::{LineProblem, WeightsBuild, WeightsError, WeightsProblem};
use carbon_dml::engine::spatial::zonal::ZonalError;
use carbon_dml::engine::spatial::zonal::crs::CrsError;
use carbon_dml::engine::spatial::zonal::files::ZonalFilesError;
use carbon_dml::engine::spatial::zonal::geokeys::GeoKeyError;
use carbon_dml::engine::spatial::zonal::geotiff::GeoTiffError;
use carbon_dml::engine::spatial::zonal::period::PeriodError;
use carbon_dml::engine::spatial::zonal::problem::{
    DecodeProblem, GridProblem, NotTiffReason, SampleKind, SampleProblem,
};
use carbon_dml::locale::{Lang, Worded};
use std::fmt::Display;

use crate::wording;

/// `e` is worded well in both languages and both name the data (`named`):
/// [`wording::problems`].
fn check<E: Worded + Display>(e: &E, named: &[&str]) {
    let bad = wording::problems(e, named);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn breaks_map_join_and_moran_errors() {
    let breaks = [
        BreaksError::NoValues { missing: 3 },
        BreaksError::ClassesOutOfRange { k: 12 },
        BreaksError::ManualEmpty,
        BreaksError::ManualNotFinite { index: 1, value: f64::NAN },
        BreaksError::ManualNotAscending { index: 1, value: 3.0, previous: 5.5 },
        BreaksError::ManualBelowMax { last: 10.0, max: 12.25 },
        BreaksError::ManualTooMany { k: 11 },
    ];
    for b in &breaks {
        check(b, &[]);
        check(&MapError::Breaks(b.clone()), &[]);
    }
    assert_eq!(breaks[4].worded(Lang::En), "breaks must increase: break 1 (3) is not above the one before (5.5)");
    assert_eq!(breaks[4].worded(Lang::Zh), "断点必须递增：断点 1（3）不大于前一个断点（5.5）");
    let map = [
        MapError::VariableMissing { name: s("co2x"), available: vec![s("co2"), s("gdp")] },
        MapError::YearMissing { year: 1999, first: 2011, last: 2022 },
        MapError::NoYearColumn,
        MapError::NoUnits,
    ];
    for m in &map {
        check(m, &[]);
        check(&MoranError::Data(m.clone()), &[]);
    }
    assert_eq!(map[0].to_string(), "no numeric column \"co2x\"; available: co2, gdp");
    check(&JoinError::NoUnits, &[]);
    check(&JoinError::PropertyMissing { property: s("adcode"), available: vec![s("code")] }, &["adcode", "code"]);
    for year in [Some(2015), None] {
        let v = s("co2");
        check(&MoranError::TooFew { variable: v.clone(), year, found: 2 }, &["co2"]);
        check(&MoranError::Constant { variable: v.clone(), year }, &["co2"]);
        check(&MoranError::NoLinks { variable: v, year }, &["co2", "knn:4"]);
    }
    assert_eq!(
        MoranError::TooFew { variable: s("co2"), year: Some(2015), found: 2 }.to_string(),
        "Moran's I of co2 in 2015 needs at least 4 units with a value and weights; 2 have both"
    );
    check(&MoranError::Permutations(200_000), &["200000", "99999"]);
}

#[test]
fn boundary_file_picture_and_font_errors() {
    let file = || s("b.geojson");
    check(&GeoJsonError::Io { path: s("/x/b.geojson"), message: s("os error 2") }, &["/x/b.geojson"]);
    check(
        &GeoJsonError::NotJson { source_name: file(), line: 3, column: 7, message: s("EOF") },
        &["b.geojson", "3", "7", "EOF"],
    );
    let topology = GeoJsonError::NotFeatureCollection { source_name: file(), found: s("Topology") };
    check(&topology, &["b.geojson", "\"Topology\""]);
    check(&GeoJsonError::NotFeatureCollection { source_name: file(), found: String::new() }, &["b.geojson"]);
    check(&GeoJsonError::Empty { source_name: file() }, &["b.geojson"]);
    check(
        &GeoJsonError::UnsupportedGeometry { source_name: file(), feature: 4, kind: s("Point") },
        &["b.geojson", "4", "Point"],
    );
    let rings = [
        RingProblem::NotArray,
        RingProblem::NotPair { position: 2 },
        RingProblem::NotNumeric { position: 2, text: s("[\"a\",1]") },
        RingProblem::NotDegrees { position: 2, x: 440000.0, y: 4420000.5 },
        RingProblem::TooFew { found: 2 },
    ];
    let mut problems =
        vec![CoordinateProblem::Missing, CoordinateProblem::NoPolygons, CoordinateProblem::PolygonNotArray];
    problems.push(CoordinateProblem::NoRings);
    problems.extend(rings.iter().map(|r| CoordinateProblem::Ring { ring: 1, problem: r.clone() }));
    for problem in problems {
        check(&GeoJsonError::BadCoordinates { source_name: file(), feature: 0, problem }, &["b.geojson"]);
    }
    let degrees = GeoJsonError::BadCoordinates {
        source_name: file(),
        feature: 0,
        problem: CoordinateProblem::Ring { ring: 0, problem: rings[3].clone() },
    };
    assert_eq!(
        degrees.to_string(),
        "b.geojson: feature 0: ring 0: position 2 (440000, 4420000.5) is not a longitude/latitude in degrees; \
         the file looks projected: export it as WGS84 (EPSG:4326)"
    );
    check(&RenderError::WidthOutOfRange { width: 100 }, &["100", "320", "8000"]);
    check(&RenderError::NoMaps, &[]);
    check(&RenderError::Write { path: s("/x/m.png"), message: s("denied") }, &["/x/m.png", "denied"]);
    check(&FontError::Io { path: s("/x/f.ttf"), message: s("os error 2") }, &["/x/f.ttf"]);
    check(&FontError::BuiltIn { message: s("bad table") }, &["bad table", ".ttf"]);
    check(&FontError::NotAFont { path: s("/x/f.txt"), message: s("bad table") }, &["/x/f.txt", ".ttc"]);
}

#[test]
fn weights_errors() {
    check(&WeightsError::Io { path: s("w.gal"), message: s("os error 2") }, &["w.gal"]);
    let lines = [
        LineProblem::EmptyFile,
        LineProblem::EmptyHeader,
        LineProblem::GalHeader { header: s("x y") },
        LineProblem::GwtHeader { header: s("x y") },
        LineProblem::FewerRegions { announced: 3, listed: 1 },
        LineProblem::CountMissing { region: s("11") },
        LineProblem::NotACount { region: s("11"), text: s("x") },
        LineProblem::FewerNeighbours { region: s("11"), announced: 3, listed: 1 },
        LineProblem::ExtraToken { token: s("99"), announced: 3 },
        LineProblem::NotATriple { line: s("a b") },
        LineProblem::NotAWeight { text: s("one") },
    ];
    for problem in lines {
        check(&WeightsError::Parse { file: s("w.gal"), line: 4, problem }, &["w.gal", "4"]);
    }
    check(&WeightsError::UnknownFormat { path: s("w.txt") }, &["w.txt", ".gal", ".gwt"]);
    check(&WeightsError::BadSpec { given: s("king") }, &["king", "knn:K"]);
    let problems = [
        WeightsProblem::DuplicateRegion { file: s("w.gal"), id: s("11") },
        WeightsProblem::UnknownNeighbour { file: s("w.gal"), region: s("11"), neighbour: s("99") },
        WeightsProblem::KZero,
        WeightsProblem::Power(-1.0),
        WeightsProblem::Band(0.0),
        WeightsProblem::Snap(-2.5),
        WeightsProblem::SameUnit { first: s("11"), second: s("北京"), unit: s("Beijing") },
        WeightsProblem::NoIdMatches { sample: vec![s("1"), s("2")] },
        WeightsProblem::UnwritableId { path: s("w.gal"), id: s("Inner Mongolia") },
    ];
    for p in problems {
        check(&WeightsError::Invalid(p), &[]);
    }
    for what in [WeightsBuild::Knn(4), WeightsBuild::InverseDistance] {
        check(&WeightsError::TooFew { what, needed: 5, found: 3 }, &["5", "3"]);
    }
    assert_eq!(
        WeightsError::TooFew { what: WeightsBuild::Knn(4), needed: 5, found: 3 }.to_string(),
        "4 nearest neighbours needs at least 5 regions, found 3"
    );
}

#[test]
fn gridded_data_errors() {
    check(&ZonalError::BandSize { found: 5, cols: 2, rows: 3 }, &["5", "2 x 3"]);
    check(&ZonalError::EmptyGrid, &[]);
    let periods = [
        PeriodError::NoYear { name: s("grid.tif") },
        PeriodError::Ambiguous { name: s("d_2011_2022.tif"), years: s("2011, 2022") },
        PeriodError::SeveralPerYear { year: 2015, count: 2, names: s("a_201501.tif, a_201502.tif") },
    ];
    for p in &periods {
        check(p, &["--"]);
        check(&ZonalFilesError::Period(p.clone()), &[]);
    }
    check(&ZonalFilesError::YearCount { years: 1, files: 2 }, &["1", "2"]);
    let path = || s("/x/r.tif");
    let crs = [
        GeoKeyError::Epsg(32650),
        GeoKeyError::NoCrs,
        GeoKeyError::ModelType(3),
        GeoKeyError::Transform(7),
        GeoKeyError::Units(9002),
        GeoKeyError::Missing("ProjStdParallel1GeoKey"),
        GeoKeyError::Albers(CrsError::BadAlbers(30.0, -30.0)),
        GeoKeyError::Ellipsoid,
    ];
    let mut tiffs = vec![
        GeoTiffError::Io { path: path(), message: s("os error 2") },
        GeoTiffError::NotTiff { path: path(), reason: NotTiffReason::Truncated },
        GeoTiffError::NotTiff { path: path(), reason: NotTiffReason::Decoder(s("bad magic")) },
        GeoTiffError::Compression { path: path(), codec: Some("Zstandard"), code: 50000 },
        GeoTiffError::Compression { path: path(), codec: None, code: 9 },
        GeoTiffError::SampleFormat { path: path(), what: SampleProblem::Complex { bits: 64 } },
        GeoTiffError::SampleFormat { path: path(), what: SampleProblem::Decoder(s("xyz")) },
        GeoTiffError::NoGeoreferencing { path: path() },
        GeoTiffError::NotNorthUp { path: path(), what: GridProblem::ControlPoints },
        GeoTiffError::NotNorthUp { path: path(), what: GridProblem::Rotated },
        GeoTiffError::NotNorthUp { path: path(), what: GridProblem::SouthUp { width: 1.0, height: -0.5 } },
        GeoTiffError::Band { path: path(), band: 3, bands: 2 },
        GeoTiffError::Decode { path: path(), problem: DecodeProblem::Short { chunk: 4, got: 10, expected: 16 } },
        GeoTiffError::Decode { path: path(), problem: DecodeProblem::Decoder(s("xyz")) },
    ];
    for kind in [SampleKind::Unsigned, SampleKind::Signed, SampleKind::Float, SampleKind::Unknown] {
        tiffs.push(GeoTiffError::SampleFormat { path: path(), what: SampleProblem::Width { kind, bits: 12 } });
    }
    tiffs.extend(crs.iter().map(|reason| GeoTiffError::Crs { path: path(), reason: reason.clone() }));
    for t in &tiffs {
        check(t, &["/x/r.tif"]);
        check(&ZonalFilesError::GeoTiff(t.clone()), &["/x/r.tif"]);
    }
    for c in [CrsError::Unsupported(32650), CrsError::BadAlbers(30.0, -30.0)] {
        check(&c, &[]);
    }
    assert_eq!(
        tiffs[3].to_string(),
        "/x/r.tif: compressed with Zstandard (code 50000), which is not supported; rewrite it with \
         `gdal_translate -co COMPRESS=DEFLATE in.tif out.tif` (or LZW, or none)"
    );
    let unsigned = GeoTiffError::SampleFormat {
        path: path(),
        what: SampleProblem::Width { kind: SampleKind::Unsigned, bits: 12 },
    };
    assert!(unsigned.to_string().contains("samples are unsigned integers of 12 bits"), "{unsigned}");
    assert!(unsigned.worded(Lang::Zh).contains("12 位无符号整数"), "{}", unsigned.worded(Lang::Zh));
}

#[test]
fn weights_descriptions_and_moran_remarks() {
    use carbon_dml::engine::spatial::moran::MoranNote;
    use carbon_dml::engine::spatial::weights::WeightsDescription;
    use carbon_dml::engine::spatial::weights::contiguity::Rule;
    let weights = [
        (WeightsDescription::Contiguity { rule: Rule::Queen, snap_km: 0.0 }, "queen contiguity (exact vertices)"),
        (WeightsDescription::Contiguity { rule: Rule::Rook, snap_km: 1.5 }, "rook contiguity (snap 1.5 km)"),
        (WeightsDescription::Nearest { k: 4 }, "4 nearest neighbours (centroids)"),
        (
            WeightsDescription::InverseDistance { power: 1.0, band_km: 812.4 },
            "inverse distance within 812 km (centroids)",
        ),
        (
            WeightsDescription::InverseDistance { power: 2.0, band_km: 500.0 },
            "inverse distance^2 within 500 km (centroids)",
        ),
        (WeightsDescription::GalFile { file: s("w.gal") }, "GAL file w.gal"),
        (WeightsDescription::GwtFile { file: s("w.gwt"), mismatch: None }, "GWT file w.gwt"),
        (
            WeightsDescription::GwtFile { file: s("w.gwt"), mismatch: Some((31, 30)) },
            "GWT file w.gwt (header: 31 regions, 30 found)",
        ),
    ];
    for (w, english) in &weights {
        check(w, &[]);
        assert_eq!(w.to_string(), *english);
    }
    assert_eq!(WeightsDescription::from("by hand").worded(Lang::Zh), "by hand");
    let regions = vec![s("Beijing"), s("Hainan")];
    let notes = [
        MoranNote::NoValue { variable: s("co2"), year: Some(2015), regions: regions.clone() },
        MoranNote::NoValue { variable: s("co2"), year: None, regions: regions.clone() },
        MoranNote::NotInWeights(regions.clone()),
        MoranNote::UnmatchedIds(vec![s("99")]),
        MoranNote::Islands(regions.clone()),
    ];
    for n in &notes {
        check(n, &[]);
    }
    assert_eq!(notes[0].to_string(), "no value of co2 in 2015, left out: Beijing, Hainan");
    // Province names follow the language.
    assert_eq!(notes[4].worded(Lang::Zh), "没有邻居（孤岛，I_i = 0，无 p 值）：北京、海南");
}
