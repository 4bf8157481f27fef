//! The synthetic sample: deterministic, and the bundled file is exactly the generator's output.

use carbon_dml::engine::data::sample::{BUNDLED_CSV, SampleSpec, generate};

#[test]
fn bundled_file_equals_the_default_generator_output() {
    let s = carbon_dml::engine::data::sample_tfee::with_tfee_truth(generate(&SampleSpec::default()));
    assert!(
        s.csv == BUNDLED_CSV,
        "sample_data/provinces_2011_2022.csv is stale: run `carbon-dml sample-data --out sample_data`"
    );
    let truth: serde_json::Value = serde_json::to_value(&s.truth).unwrap();
    let stored: serde_json::Value =
        serde_json::from_str(include_str!("../sample_data/provinces_2011_2022.true_effects.json")).unwrap();
    assert_eq!(truth, stored);
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let spec = SampleSpec { units: 30, years: 5, seed: 7, ..Default::default() };
    assert_eq!(generate(&spec).csv, generate(&spec).csv);
    assert_ne!(generate(&spec).csv, generate(&SampleSpec { seed: 8, ..spec }).csv);
}

#[test]
fn shape_units_years_and_columns() {
    let panel = carbon_dml::engine::data::sample::bundled_panel();
    assert_eq!(panel.n_rows(), 360);
    assert_eq!(panel.unit.as_ref().unwrap().n_units(), 30);
    assert_eq!(panel.years(), (2011..=2022).collect::<Vec<_>>());
    assert!(panel.unit.as_ref().unwrap().codes.iter().all(|c| *c != Some(54)), "Tibet is excluded as in the study");
    for c in [
        "gdp",
        "population",
        "co2",
        "life_expectancy",
        "share1",
        "share2",
        "share3",
        "investment",
        "deflator",
        "labour",
        "energy",
        "wastewater",
        "so2",
        "nox",
        "dust",
        "lngdp",
        "lnpop",
        "green",
        "human",
        "ind",
        "edu",
        "er",
        "telegraph1907",
    ] {
        assert!(panel.numeric(c).is_some(), "column {c}");
    }
    for (name, _, _) in carbon_dml::engine::data::sample::INDICATORS {
        assert!(panel.numeric(name).is_some(), "indicator {name}");
    }
    // A handful of missing cells, as in real yearbook data.
    let missing: usize =
        panel.numeric_names().iter().map(|n| panel.numeric(n).unwrap().iter().filter(|v| v.is_nan()).count()).sum();
    assert!((4..=12).contains(&missing), "{missing} missing cells");
    // Shares sum to one.
    let (s1, s2, s3) =
        (panel.numeric("share1").unwrap(), panel.numeric("share2").unwrap(), panel.numeric("share3").unwrap());
    assert!((0..360).all(|r| (s1[r] + s2[r] + s3[r] - 1.0).abs() < 2e-5));
}

#[test]
fn bigger_panels_for_benchmarks() {
    let s = generate(&SampleSpec { units: 278, years: 10, seed: 1, ..Default::default() });
    assert_eq!(s.csv.lines().count(), 1 + 2780);
    let imp = carbon_dml::engine::data::import_bytes(s.csv.as_bytes(), "cities", &Default::default()).unwrap();
    assert_eq!(imp.panel.unit.as_ref().unwrap().n_units(), 278);
}
