//! The bodies of the fuzz targets (`fuzz/`, cargo-fuzz / libFuzzer) and of the stable test
//! that replays their corpora (`tests/fuzz_corpus.rs`): one function per parser a user's
//! file reaches. Each must return normally on any input; a panic is a bug (libFuzzer reports
//! it as a crash, the replay test as a failure). Beyond "no panic", each checks what must hold.

use crate::engine::data::{ImportControl, ImportError, ImportOptions, import_bytes_with};
use std::path::Path;

/// CSV import: the whole-line scan finds the same records as the byte-by-byte scan; the
/// polars path and the per-cell reference path give the same panel and the same report; a failed import carries an error finding; a panel has every column as long
/// as its row count.
pub fn csv_import(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        for sep in crate::engine::data::dialect::SEPARATORS {
            let whole_lines = crate::engine::data::dialect::scan_records(text, sep);
            let reference = crate::engine::data::dialect::scan_records_reference(text, sep);
            assert_eq!(whole_lines, reference, "the line scan and the byte scan disagree");
        }
    }
    let opts = ImportOptions::default();
    let fast = import_bytes_with(data, "fuzz.csv", &opts, &ImportControl::default());
    let slow = import_bytes_with(data, "fuzz.csv", &opts, &ImportControl { per_cell: true, ..Default::default() });
    match (&fast, &slow) {
        (Ok(a), Ok(b)) => {
            assert_eq!(format!("{:?}", a.panel), format!("{:?}", b.panel), "the two readers disagree");
            assert_eq!(a.report, b.report);
            let n = a.panel.n_rows();
            assert_eq!(a.lines.len(), n);
            for c in &a.panel.columns {
                let len = match &c.data {
                    crate::engine::data::panel::ColumnData::Numeric(v) => v.len(),
                    crate::engine::data::panel::ColumnData::Text(v) => v.len(),
                };
                assert_eq!(len, n, "column {} has {len} values for {n} rows", c.name);
            }
            assert!(!a.report.has_errors());
        }
        (Err(ImportError::Invalid(a)), Err(ImportError::Invalid(b))) => {
            assert_eq!(a, b);
            assert!(a.has_errors(), "a failed import must carry an error finding");
        }
        _ => panic!("the two readers disagree: {fast:?} vs {slow:?}"),
    }
}

/// Scenario files: parse, and when that succeeds, save and parse again to the same scenario,
/// and validate against the bundled sample (errors are fine, panics are not).
pub fn scenario_ron(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("fuzz.ron");
    let Ok(s) = crate::engine::scenario::file::from_str(text, path) else { return };
    let again = crate::engine::scenario::file::to_string(&s);
    let back = crate::engine::scenario::file::from_str(&again, path);
    assert!(back.is_ok(), "a saved scenario does not load again: {back:?}\n{again}");
    let panel = crate::engine::data::sample::bundled_panel();
    let _ = s.validate(&panel);
}

/// GeoJSON boundaries: parse, and when that succeeds, project and tessellate them as the Maps
/// view does.
pub fn geojson(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(b) = crate::engine::spatial::geojson::Boundaries::parse(text, "fuzz.geojson") {
        let projection = crate::engine::spatial::projection::Albers::default();
        let _ = crate::engine::spatial::tessellate::MapGeometry::build(&b, &projection);
    }
}

/// The preferences the window stores (RON): parse, then clean as the window does at start;
/// the cleaned zoom is always inside the zoom range and the recent files are bounded.
pub fn prefs(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(p) = crate::gui::prefs::Prefs::from_ron(text) {
        assert!(crate::gui::theme::ZOOM_RANGE.contains(&p.zoom), "zoom {}", p.zoom);
        assert!(p.recent_files.len() <= crate::gui::prefs::MAX_RECENT);
        let _ = p.mapping_for(Path::new("/a.csv"));
    }
}
