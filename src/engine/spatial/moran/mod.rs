//! Spatial autocorrelation: global Moran's I ([`global`]) and local Moran / LISA ([`local`])
//! of a panel variable in one year, on weights joined to the panel's units ([`analysis`]).
//!
//! Checked against PySAL (`esda.Moran`, `esda.Moran_Local`) in `tests/spatial_moran.rs`: I,
//! its moments, z, the normal p-values and every `I_i` to 1e-9 given the same weights file;
//! the permutation p-values follow this crate's seeded generator, not NumPy's, so they agree
//! with esda's only statistically.

pub mod analysis;
pub mod global;
pub mod local;
pub mod maps;

pub use analysis::{MoranError, MoranNote, MoranResult, moran};
pub use global::{GlobalMoran, global_moran};
pub use local::{Cluster, LocalMoran, Quadrant, local_moran};

/// Default number of permutations (GeoDa's and esda's 999).
pub const DEFAULT_PERMUTATIONS: usize = 999;

/// Largest number of permutations accepted.
pub const MAX_PERMUTATIONS: usize = 99_999;
