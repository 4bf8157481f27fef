//! Benchmarks of the DML engine (suite "dml" of `carbon-dml bench`).

use crate::engine::bench::Measurement;

/// The "dml" suite.
pub fn suite(_quick: bool) -> Vec<Measurement> {
    Vec::new()
}
