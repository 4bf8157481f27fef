//! Reports: result tables rendered to text, CSV, Markdown and LaTeX; the study's battery;
//! and the atomic file writes every output goes through.

pub mod atomic;
pub mod battery_files;
pub mod estimates;
pub mod figures;
pub mod json;
pub mod table;

pub use atomic::{atomic_write, atomic_write_with};
