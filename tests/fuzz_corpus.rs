//! Replays every fuzz input on stable: the seed corpora and what fuzzing added
//! (`fuzz/corpus/<target>/`) and every crash fuzzing found, minimized (`fuzz/regressions/
//! <target>/`), through the same functions the libFuzzer targets call
//! (`carbon_dml::fuzzing`). A crash that comes back fails this test.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
        paths.sort();
        for p in paths {
            let bytes = std::fs::read(&p).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(outcome.is_ok(), "{target}: {} panics", p.display());
            n += 1;
        }
    }
    assert!(n > 0, "{target}: no corpus found under {}", root.display());
}

#[test]
fn csv_import_corpus() {
    replay("csv_import", carbon_dml::fuzzing::csv_import);
}

#[test]
fn scenario_ron_corpus() {
    replay("scenario_ron", carbon_dml::fuzzing::scenario_ron);
}

#[test]
fn geojson_corpus() {
    replay("geojson", carbon_dml::fuzzing::geojson);
}

#[test]
fn prefs_corpus() {
    replay("prefs", carbon_dml::fuzzing::prefs);
}
