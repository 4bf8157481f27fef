//! Wording of the errors of gridded data: zonal statistics ([`ZonalError`]), the whole step
//! over files ([`ZonalFilesError`]), GeoTIFF files ([`GeoTiffError`]), their coordinate
//! reference systems ([`GeoKeyError`], [`CrsError`]) and dating rasters by their names
//! ([`PeriodError`]). Messages in `assets/locales/<lang>/errors-spatial.ftl`.

use crate::engine::spatial::zonal::ZonalError;
use crate::engine::spatial::zonal::crs::CrsError;
use crate::engine::spatial::zonal::files::ZonalFilesError;
use crate::engine::spatial::zonal::geokeys::GeoKeyError;
use crate::engine::spatial::zonal::geotiff::GeoTiffError;
use crate::engine::spatial::zonal::period::PeriodError;
use crate::engine::spatial::zonal::problem::{DecodeProblem, GridProblem, NotTiffReason, SampleKind, SampleProblem};
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for ZonalError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ZonalError::BandSize { found, cols, rows } => Message::new("zonal-band-size")
                .arg("found", found.to_string())
                .arg("cols", cols.to_string())
                .arg("rows", rows.to_string()),
            ZonalError::EmptyGrid => Message::new("zonal-empty-grid"),
        }
        .render(lang)
    }
}

impl Worded for ZonalFilesError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ZonalFilesError::GeoTiff(e) => e.worded(lang),
            ZonalFilesError::Period(e) => e.worded(lang),
            ZonalFilesError::YearCount { years, files } => Message::new("zonal-year-count")
                .arg("years", years.to_string())
                .arg("files", files.to_string())
                .render(lang),
        }
    }
}

impl Worded for PeriodError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            PeriodError::NoYear { name } => Message::new("period-no-year").arg("name", name),
            PeriodError::Ambiguous { name, years } => {
                Message::new("period-ambiguous").arg("name", name).arg("years", years)
            }
            PeriodError::SeveralPerYear { year, count, names } => Message::new("period-several")
                .arg("year", year.to_string())
                .arg("count", count.to_string())
                .arg("names", names),
        }
        .render(lang)
    }
}

impl Worded for GeoTiffError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            GeoTiffError::Io { path, message } => Message::new("geotiff-io").arg("path", path).arg("message", message),
            GeoTiffError::NotTiff { path, reason } => Message::new("geotiff-not-tiff").arg("path", path).arg(
                "reason",
                match reason {
                    NotTiffReason::Truncated => Message::new("geotiff-truncated").render(lang),
                    NotTiffReason::Decoder(m) => m.clone(),
                },
            ),
            GeoTiffError::Compression { path, codec, code } => {
                let codec = match codec {
                    Some(name) => Message::new("geotiff-codec").arg("name", *name),
                    None => Message::new("geotiff-unknown-codec"),
                };
                Message::new("geotiff-compression")
                    .arg("path", path)
                    .arg("codec", codec.arg("code", code.to_string()).render(lang))
            }
            GeoTiffError::SampleFormat { path, what } => {
                Message::new("geotiff-sample-format").arg("path", path).arg("what", sample_problem(what, lang))
            }
            GeoTiffError::NoGeoreferencing { path } => Message::new("geotiff-no-georeferencing").arg("path", path),
            GeoTiffError::NotNorthUp { path, what } => {
                let what = match what {
                    GridProblem::ControlPoints => Message::new("geotiff-control-points"),
                    GridProblem::Rotated => Message::new("geotiff-rotated"),
                    GridProblem::SouthUp { width, height } => Message::new("geotiff-south-up")
                        .arg("width", width.to_string())
                        .arg("height", height.to_string()),
                };
                Message::new("geotiff-not-north-up").arg("path", path).arg("what", what.render(lang))
            }
            GeoTiffError::Crs { path, reason } => {
                Message::new("geotiff-crs").arg("path", path).arg("reason", reason.worded(lang))
            }
            GeoTiffError::Band { path, band, bands } => Message::new("geotiff-band")
                .arg("path", path)
                .arg("band", band.to_string())
                .arg("bands", bands.to_string()),
            GeoTiffError::Decode { path, problem } => Message::new("geotiff-decode").arg("path", path).arg(
                "problem",
                match problem {
                    DecodeProblem::Short { chunk, got, expected } => Message::new("geotiff-short-chunk")
                        .arg("chunk", chunk.to_string())
                        .arg("got", got.to_string())
                        .arg("expected", expected.to_string())
                        .render(lang),
                    DecodeProblem::Decoder(m) => m.clone(),
                },
            ),
        }
        .render(lang)
    }
}

/// Samples the reader cannot use, in `lang`.
fn sample_problem(p: &SampleProblem, lang: Lang) -> String {
    match p {
        SampleProblem::Complex { bits } => Message::new("geotiff-complex").arg("bits", bits.to_string()).render(lang),
        SampleProblem::Width { kind, bits } => {
            let kind = match kind {
                SampleKind::Unsigned => "unsigned",
                SampleKind::Signed => "signed",
                SampleKind::Float => "float",
                SampleKind::Unknown => "other",
            };
            Message::new("geotiff-sample-width").arg("kind", kind).arg("bits", bits.to_string()).render(lang)
        }
        SampleProblem::Decoder(m) => m.clone(),
    }
}

impl Worded for GeoKeyError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            GeoKeyError::Epsg(code) => Message::new("geokey-epsg").arg("code", code.to_string()),
            GeoKeyError::NoCrs => Message::new("geokey-no-crs"),
            GeoKeyError::ModelType(code) => Message::new("geokey-model-type").arg("code", code.to_string()),
            GeoKeyError::Transform(code) => Message::new("geokey-transform").arg("code", code.to_string()),
            GeoKeyError::Units(code) => Message::new("geokey-units").arg("code", code.to_string()),
            GeoKeyError::Missing(key) => Message::new("geokey-missing").arg("key", *key),
            GeoKeyError::Albers(e) => Message::new("geokey-albers").arg("error", e.worded(lang)),
            GeoKeyError::Ellipsoid => Message::new("geokey-ellipsoid"),
        }
        .render(lang)
    }
}

impl Worded for CrsError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            CrsError::Unsupported(code) => Message::new("crs-unsupported").arg("code", code.to_string()),
            CrsError::BadAlbers(lat1, lat2) => {
                Message::new("crs-bad-albers").arg("lat1", lat1.to_string()).arg("lat2", lat2.to_string())
            }
        }
        .render(lang)
    }
}

crate::english_display!(ZonalError, ZonalFilesError, PeriodError, GeoTiffError, GeoKeyError, CrsError);
