//! Spatial: province boundaries, class breaks (natural breaks, quantiles, equal intervals),
//! palettes and map rendering.

pub mod breaks;
pub mod geojson;
pub mod jenks;
pub mod palette;
pub mod projection;
pub mod tessellate;
