//! Spatial: province boundaries, class breaks (natural breaks, quantiles, equal intervals),
//! palettes and map rendering.
//!
//! The pipeline: [`geojson`] reads boundaries, [`tessellate`] projects ([`projection`]) and
//! triangulates them once into a [`MapGeometry`]; [`join`] links features to panel units;
//! [`choropleth`] classifies a variable ([`breaks`], [`jenks`]) and colours it ([`palette`])
//! into [`MapData`]; the window draws meshes with those colours, and the PNG export
//! rasterizes the same data.
//!
//! Spatial statistics: [`weights`] builds contiguity and distance weights from the boundaries
//! (or reads GAL / GWT files) and [`moran`] computes global Moran's I and LISA on them.

pub mod bench;
pub mod breaks;
pub mod choropleth;
pub mod geojson;
pub mod jenks;
pub mod join;
pub mod moran;
pub mod palette;
pub mod projection;
pub mod raster;
pub mod render;
pub mod series;
pub mod stats_bench;
pub mod tessellate;
pub mod text;
pub mod viewport;
pub mod weights;
pub mod zonal;

pub use breaks::{Breaks, BreaksError, Method};
pub use choropleth::{Fill, LegendScope, MapData, MapError, MapSpec, compute_maps};
pub use geojson::{Boundaries, GeoJsonError};
pub use join::{Join, JoinError, JoinSpec, join};
pub use palette::{PaletteName, Rgb};
pub use projection::{Albers, BBox};
pub use tessellate::{MapGeometry, point_in_feature};
pub use viewport::Viewport;
