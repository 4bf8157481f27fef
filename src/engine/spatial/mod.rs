//! Spatial: province boundaries, class breaks (natural breaks, quantiles, equal intervals),
//! palettes and map rendering.

pub mod geojson;
pub mod projection;
pub mod tessellate;
