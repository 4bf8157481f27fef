//! The engine: everything the window and the command line compute. It knows nothing of egui
//! (a test in `tests/architecture.rs` keeps it that way).

pub mod allowed;
pub mod battery;
pub mod bench;
pub mod data;
pub mod dml;
pub mod lab;
pub mod learners;
pub mod measures;
pub mod report;
pub mod rng;
pub mod scenario;
pub mod spatial;
pub mod transform;
