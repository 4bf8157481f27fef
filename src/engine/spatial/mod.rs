//! Spatial: province boundaries, class breaks (natural breaks, quantiles, equal intervals),
//! palettes and map rendering.
