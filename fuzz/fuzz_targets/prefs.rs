//! libFuzzer target: see carbon_dml::fuzzing::prefs.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| carbon_dml::fuzzing::prefs(data));
