//! Data: the province registry, CSV import with validation, the panel type, the sample panel.

pub mod bench;
pub mod cells;
pub mod checks;
pub mod columns;
pub mod dialect;
pub mod findings;
pub mod import;
pub mod keys;
pub mod panel;
pub mod registry;
pub mod sample;
pub mod sample_tfee;
pub mod sample_truth;
pub mod summary;
pub mod validation;

pub use import::{
    ColumnChoice, ImportControl, ImportError, ImportOptions, Imported, import_bytes, import_bytes_with, import_path,
    import_path_with,
};
pub use panel::Panel;
pub use validation::{Finding, FindingKind, Report, Severity};
