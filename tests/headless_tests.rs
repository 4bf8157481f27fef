//! Every test that needs no window (the engine, the command line, the data, the maps, the
//! packaging files) in one test binary. Each file beside this one is a module here rather than
//! a test binary of its own: one binary links the program once, where one per file linked it
//! 48 times (about 100 MB each in the debug build; the disk of a clean CI run filled up). Run
//! one file's tests with `cargo test --test headless learners::`.

mod common;
mod wording;

mod architecture;
mod battery_plan;
mod battery_reference;
mod cli_check;
mod cli_help_zh;
mod cli_lang_errors;
mod cli_lang_spatial;
mod dml_cli;
mod dml_doubleml;
mod dml_mediation;
mod dml_montecarlo;
mod dml_scenario;
mod dml_transform;
mod error_wording;
mod fuzz_corpus;
mod hostile_values;
mod import;
mod import_encoding;
mod import_excel;
mod import_report;
mod iv_reference;
mod iv_surfaces;
mod lab_cli;
mod lab_sample;
mod launch_failure;
mod learners;
mod learners_hist;
mod locale;
mod locale_spatial;
mod measures;
mod measures_cli;
mod measures_lazy;
mod packaging;
mod report_cli;
mod sample_data;
mod shard_merge;
mod spatial_breaks;
mod spatial_choropleth;
mod spatial_cli;
mod spatial_geometry;
mod spatial_geotiff;
mod spatial_moran;
mod spatial_palette;
mod spatial_render;
mod spatial_weights;
mod spatial_zonal;
mod spatial_zonal_cli;
mod tfee_reduced;
