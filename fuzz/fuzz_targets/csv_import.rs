//! libFuzzer target: see carbon_dml::fuzzing::csv_import.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| carbon_dml::fuzzing::csv_import(data));
