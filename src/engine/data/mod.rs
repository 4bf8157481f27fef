//! Data: the province registry, import of CSV files (UTF-8, GBK, GB18030, UTF-16) and Excel
//! workbooks, long or wide, with validation, the panel type, the sample panel.

pub mod bench;
pub mod cells;
pub mod checks;
pub mod columns;
pub mod dialect;
pub mod encoding;
pub mod excel;
pub mod findings;
pub mod grid;
pub mod import;
pub mod keys;
pub mod notice;
pub mod panel;
pub mod place;
pub mod registry;
pub mod sample;
pub mod sample_tfee;
pub mod sample_truth;
pub mod source;
pub mod summary;
pub mod validation;
pub mod wide;

pub use import::{
    ColumnChoice, ImportControl, ImportError, ImportOptions, Imported, import_bytes, import_bytes_with, import_path,
    import_path_with,
};
pub use notice::{DuplicatePair, KeyRole, Names, Notice, TextEncoding, UnitYear, UnknownUnit};
pub use panel::Panel;
pub use validation::{Finding, FindingKind, Report, Severity};
