//! Architecture rules that a compiler cannot enforce inside one package.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The engine knows nothing of the window: no egui, eframe, egui_plot or rfd in `src/engine`.
#[test]
fn engine_does_not_depend_on_the_gui() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"), &mut files);
    assert!(files.len() > 5);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for forbidden in ["egui", "eframe", "rfd::", "crate::gui", "crate::cli"] {
            for (i, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                assert!(!code.contains(forbidden), "{}:{}: the engine must not use {forbidden}", f.display(), i + 1);
            }
        }
    }
}
