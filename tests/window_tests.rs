//! Every test of the window, driven by egui_kittest, in one test binary. Each file beside this one
//! is a module here rather than a test binary of its own: one binary links the program once,
//! where one per file linked it 19 times (about 100 MB each in the debug build; the disk of a
//! clean CI run filled up). `gui_panics.rs` stays a binary of its own: its panic hook is
//! process-wide. Run one file's tests with `cargo test --test window gui_index::`.

mod common;

mod gui;
mod gui_accessible;
mod gui_dialogs;
mod gui_gridded;
mod gui_import;
mod gui_index;
mod gui_lab;
mod gui_launch;
mod gui_lazy;
mod gui_maps;
mod gui_maps_lisa;
mod gui_maps_parts;
mod gui_new_data;
mod gui_preview;
mod gui_reliability;
mod gui_results_iv;
mod gui_robustness;
mod gui_table_language;
mod gui_tour;
