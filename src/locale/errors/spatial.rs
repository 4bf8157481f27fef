//! Wording of the spatial errors. Not yet in the message files: these keep their English
//! `Display` in both languages until they are worded.

use crate::engine::spatial::breaks::BreaksError;
use crate::engine::spatial::choropleth::MapError;
use crate::engine::spatial::geojson::GeoJsonError;
use crate::engine::spatial::join::JoinError;
use crate::engine::spatial::moran::analysis::MoranError;
use crate::engine::spatial::render::RenderError;
use crate::engine::spatial::text::FontError;
use crate::engine::spatial::weights::WeightsError;
use crate::engine::spatial::zonal::files::ZonalFilesError;

super::english_only!(
    BreaksError,
    GeoJsonError,
    JoinError,
    MapError,
    MoranError,
    RenderError,
    FontError,
    WeightsError,
    ZonalFilesError
);
