//! Wording of the errors of maps and spatial statistics: class breaks ([`BreaksError`]),
//! values to map ([`MapError`]), joins ([`JoinError`]), boundary files ([`GeoJsonError`]),
//! pictures and fonts ([`RenderError`], [`FontError`]), weights ([`WeightsError`]) and
//! Moran's I ([`MoranError`]). Messages in `assets/locales/<lang>/errors-spatial.ftl`.

use crate::engine::spatial::breaks::{BreaksError, MAX_CLASSES, MIN_CLASSES};
use crate::engine::spatial::choropleth::MapError;
use crate::engine::spatial::geojson::{CoordinateProblem, GeoJsonError, RingProblem};
use crate::engine::spatial::join::JoinError;
use crate::engine::spatial::moran::MAX_PERMUTATIONS;
use crate::engine::spatial::moran::analysis::MoranError;
use crate::engine::spatial::render::{RenderError, WIDTH_RANGE};
use crate::engine::spatial::text::FontError;
use crate::engine::spatial::weights::{LineProblem, WeightsBuild, WeightsError, WeightsProblem};
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for BreaksError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            BreaksError::NoValues { missing } => Message::new("breaks-no-values").arg("missing", missing.to_string()),
            BreaksError::ClassesOutOfRange { k } => Message::new("breaks-classes")
                .arg("k", k.to_string())
                .arg("min", MIN_CLASSES.to_string())
                .arg("max", MAX_CLASSES.to_string()),
            BreaksError::ManualEmpty => Message::new("breaks-manual-empty"),
            BreaksError::ManualNotFinite { index, value } => {
                Message::new("breaks-not-finite").arg("index", index.to_string()).arg("value", value.to_string())
            }
            BreaksError::ManualNotAscending { index, value, previous } => Message::new("breaks-not-ascending")
                .arg("index", index.to_string())
                .arg("value", value.to_string())
                .arg("previous", previous.to_string()),
            BreaksError::ManualBelowMax { last, max } => {
                Message::new("breaks-below-max").arg("last", last.to_string()).arg("max", max.to_string())
            }
            BreaksError::ManualTooMany { k } => {
                Message::new("breaks-too-many").arg("k", k.to_string()).arg("max", MAX_CLASSES.to_string())
            }
        }
        .render(lang)
    }
}

impl Worded for MapError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            MapError::VariableMissing { name, available } => {
                Message::new("choropleth-variable-missing").arg("name", name).arg("available", available.join(", "))
            }
            MapError::YearMissing { year, first, last } => Message::new("choropleth-year-missing")
                .arg("year", year.to_string())
                .arg("first", first.to_string())
                .arg("last", last.to_string()),
            MapError::NoYearColumn => Message::new("choropleth-no-year-column"),
            MapError::NoUnits => Message::new("choropleth-no-units"),
            MapError::Breaks(e) => return e.worded(lang),
        }
        .render(lang)
    }
}

impl Worded for JoinError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            JoinError::NoUnits => Message::new("join-no-units"),
            JoinError::PropertyMissing { property, available } => {
                Message::new("join-property-missing").arg("property", property).arg("available", available.join(", "))
            }
        }
        .render(lang)
    }
}

impl Worded for GeoJsonError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            GeoJsonError::Io { path, message } => Message::new("geojson-io").arg("path", path).arg("message", message),
            GeoJsonError::NotJson { source_name, line, column, message } => Message::new("geojson-not-json")
                .arg("file", source_name)
                .arg("line", line.to_string())
                .arg("column", column.to_string())
                .arg("message", message),
            GeoJsonError::NotFeatureCollection { source_name, found } if found.is_empty() => {
                Message::new("geojson-no-type").arg("file", source_name)
            }
            GeoJsonError::NotFeatureCollection { source_name, found } => {
                Message::new("geojson-not-collection").arg("file", source_name).arg("found", format!("{found:?}"))
            }
            GeoJsonError::Empty { source_name } => Message::new("geojson-empty").arg("file", source_name),
            GeoJsonError::UnsupportedGeometry { source_name, feature, kind } => Message::new("geojson-unsupported")
                .arg("file", source_name)
                .arg("feature", feature.to_string())
                .arg("kind", kind),
            GeoJsonError::BadCoordinates { source_name, feature, problem } => Message::new("geojson-bad-coordinates")
                .arg("file", source_name)
                .arg("feature", feature.to_string())
                .arg("problem", coordinate_problem(problem, lang)),
        }
        .render(lang)
    }
}

/// What is wrong with a feature's coordinates, in `lang`.
fn coordinate_problem(p: &CoordinateProblem, lang: Lang) -> String {
    match p {
        CoordinateProblem::Missing => Message::new("geojson-coordinates-missing"),
        CoordinateProblem::NoPolygons => Message::new("geojson-no-polygons"),
        CoordinateProblem::PolygonNotArray => Message::new("geojson-polygon-not-array"),
        CoordinateProblem::NoRings => Message::new("geojson-no-rings"),
        CoordinateProblem::Ring { ring, problem } => Message::new("geojson-ring")
            .arg("ring", ring.to_string())
            .arg("problem", ring_problem(problem).render(lang)),
    }
    .render(lang)
}

/// What is wrong with a ring.
fn ring_problem(p: &RingProblem) -> Message {
    match p {
        RingProblem::NotArray => Message::new("geojson-ring-not-array"),
        RingProblem::NotPair { position } => {
            Message::new("geojson-position-not-pair").arg("position", position.to_string())
        }
        RingProblem::NotNumeric { position, text } => {
            Message::new("geojson-position-not-numeric").arg("position", position.to_string()).arg("text", text)
        }
        RingProblem::NotDegrees { position, x, y } => Message::new("geojson-position-not-degrees")
            .arg("position", position.to_string())
            .arg("x", x.to_string())
            .arg("y", y.to_string()),
        RingProblem::TooFew { found } => Message::new("geojson-ring-too-few").arg("found", found.to_string()),
    }
}

impl Worded for RenderError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            RenderError::WidthOutOfRange { width } => Message::new("render-width")
                .arg("width", width.to_string())
                .arg("min", WIDTH_RANGE.start().to_string())
                .arg("max", WIDTH_RANGE.end().to_string()),
            RenderError::NoMaps => Message::new("render-no-maps"),
            RenderError::Write { path, message } => {
                Message::new("render-write").arg("path", path).arg("message", message)
            }
        }
        .render(lang)
    }
}

impl Worded for FontError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            FontError::Io { path, message } => Message::new("font-io").arg("path", path).arg("message", message),
            FontError::BuiltIn { message } => Message::new("font-built-in").arg("message", message),
            FontError::NotAFont { path, message } => {
                Message::new("font-not-a-font").arg("path", path).arg("message", message)
            }
        }
        .render(lang)
    }
}

impl Worded for WeightsError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            WeightsError::Io { path, message } => Message::new("weights-io").arg("path", path).arg("message", message),
            WeightsError::Parse { file, line, problem } => Message::new("weights-parse")
                .arg("file", file)
                .arg("line", line.to_string())
                .arg("problem", line_problem(problem).render(lang)),
            WeightsError::UnknownFormat { path } => Message::new("weights-unknown-format").arg("path", path),
            WeightsError::BadSpec { given } => Message::new("weights-bad-spec").arg("given", given),
            WeightsError::Invalid(p) => weights_problem(p),
            WeightsError::TooFew { what, needed, found } => Message::new("weights-too-few")
                .arg(
                    "what",
                    match what {
                        WeightsBuild::Knn(k) => Message::new("weights-knn").arg("k", k.to_string()),
                        WeightsBuild::InverseDistance => Message::new("weights-idw"),
                    }
                    .render(lang),
                )
                .arg("needed", needed.to_string())
                .arg("found", found.to_string()),
        }
        .render(lang)
    }
}

/// What is wrong with a line of a weights file.
fn line_problem(p: &LineProblem) -> Message {
    match p {
        LineProblem::EmptyFile => Message::new("weights-empty-file"),
        LineProblem::EmptyHeader => Message::new("weights-empty-header"),
        LineProblem::GalHeader { header } => Message::new("weights-gal-header").arg("header", header),
        LineProblem::GwtHeader { header } => Message::new("weights-gwt-header").arg("header", header),
        LineProblem::FewerRegions { announced, listed } => Message::new("weights-fewer-regions")
            .arg("announced", announced.to_string())
            .arg("listed", listed.to_string()),
        LineProblem::CountMissing { region } => Message::new("weights-count-missing").arg("region", region),
        LineProblem::NotACount { region, text } => {
            Message::new("weights-not-a-count").arg("region", region).arg("text", text)
        }
        LineProblem::FewerNeighbours { region, announced, listed } => Message::new("weights-fewer-neighbours")
            .arg("region", region)
            .arg("announced", announced.to_string())
            .arg("listed", listed.to_string()),
        LineProblem::ExtraToken { token, announced } => {
            Message::new("weights-extra-token").arg("token", token).arg("announced", announced.to_string())
        }
        LineProblem::NotATriple { line } => Message::new("weights-not-a-triple").arg("line", line),
        LineProblem::NotAWeight { text } => Message::new("weights-not-a-weight").arg("text", text),
    }
}

/// Weights that are well formed but cannot be used.
fn weights_problem(p: &WeightsProblem) -> Message {
    match p {
        WeightsProblem::DuplicateRegion { file, id } => {
            Message::new("weights-duplicate-region").arg("file", file).arg("id", id)
        }
        WeightsProblem::UnknownNeighbour { file, region, neighbour } => Message::new("weights-unknown-neighbour")
            .arg("file", file)
            .arg("region", region)
            .arg("neighbour", neighbour),
        WeightsProblem::KZero => Message::new("weights-k-zero"),
        WeightsProblem::Power(v) => Message::new("weights-power").arg("value", v.to_string()),
        WeightsProblem::Band(v) => Message::new("weights-band").arg("value", v.to_string()),
        WeightsProblem::Snap(v) => Message::new("weights-snap").arg("value", v.to_string()),
        WeightsProblem::SameUnit { first, second, unit } => {
            Message::new("weights-same-unit").arg("first", first).arg("second", second).arg("unit", unit)
        }
        WeightsProblem::NoIdMatches { sample } => {
            Message::new("weights-no-id-matches").arg("sample", sample.join(", "))
        }
        WeightsProblem::UnwritableId { path, id } => {
            Message::new("weights-unwritable-id").arg("path", path).arg("id", id)
        }
    }
}

impl Worded for MoranError {
    fn worded(&self, lang: Lang) -> String {
        let what = |variable: &str, year: &Option<i32>| match year {
            Some(y) => {
                Message::new("moran-variable-year").arg("variable", variable).arg("year", y.to_string()).render(lang)
            }
            None => variable.to_string(),
        };
        match self {
            MoranError::Data(e) => return e.worded(lang),
            MoranError::TooFew { variable, year, found } => {
                Message::new("moran-too-few").arg("what", what(variable, year)).arg("found", found.to_string())
            }
            MoranError::Constant { variable, year } => Message::new("moran-constant").arg("what", what(variable, year)),
            MoranError::NoLinks { variable, year } => Message::new("moran-no-links").arg("what", what(variable, year)),
            MoranError::Permutations(n) => {
                Message::new("moran-permutations").arg("count", n.to_string()).arg("max", MAX_PERMUTATIONS.to_string())
            }
        }
        .render(lang)
    }
}

crate::english_display!(
    BreaksError,
    MapError,
    JoinError,
    GeoJsonError,
    RenderError,
    FontError,
    WeightsError,
    MoranError
);
