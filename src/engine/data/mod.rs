//! Data: the province registry, CSV import with validation, the panel type, the sample panel.

pub mod dialect;
pub mod import;
pub mod panel;
pub mod registry;
pub mod sample;
pub mod sample_truth;
pub mod summary;
pub mod validation;

pub use import::{ColumnChoice, ImportOptions, Imported, import_bytes, import_path};
pub use panel::Panel;
pub use validation::{Finding, FindingKind, Report, Severity};
