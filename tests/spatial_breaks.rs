//! Class breaks against mapclassify 2.10 (fixture made by
//! `tests/fixtures/spatial/make_breaks_fixtures.py`; versions recorded in the fixture).

use carbon_dml::engine::spatial::breaks::{self, Method};
use carbon_dml::engine::spatial::jenks::within_ssd;
use serde_json::Value;
use std::collections::BTreeMap;

fn fixture() -> Value {
    let text = include_str!("fixtures/spatial/breaks_mapclassify.json");
    serde_json::from_str(text).expect("fixture is JSON")
}

fn nums(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().parse::<f64>().unwrap()).collect()
}

fn datasets(fx: &Value) -> BTreeMap<String, Vec<f64>> {
    fx["datasets"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), nums(v))).collect()
}

#[test]
fn fixture_records_versions() {
    let fx = fixture();
    assert_eq!(fx["versions"]["mapclassify"], "2.10.0");
    assert!(fx["cases"].as_array().unwrap().len() > 250);
}

#[test]
fn fisher_jenks_equals_mapclassify_or_beats_its_float32_rounding() {
    let fx = fixture();
    let data = datasets(&fx);
    let (mut equal, mut better) = (0, Vec::new());
    for case in fx["cases"].as_array().unwrap().iter().filter(|c| c["method"] == "jenks") {
        let name = case["dataset"].as_str().unwrap();
        let k = case["k"].as_u64().unwrap() as usize;
        let x = &data[name];
        let want = nums(&case["bins"]);
        let got = breaks::compute(x, Method::Jenks, k).unwrap();
        assert_eq!(got.reduced_from, None);
        if got.upper == want {
            let counts: Vec<usize> =
                case["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap() as usize).collect();
            assert_eq!(got.counts(x), counts, "{name} k={k}");
            equal += 1;
            continue;
        }
        // Only allowed where mapclassify's float32 dynamic program missed the optimum; then
        // ours must reach the independent float64 optimum.
        let exact = case["ssd_exact"].as_f64().unwrap();
        let theirs = case["ssd_mapclassify"].as_f64().unwrap();
        let ours = within_ssd(x, &got.upper);
        assert!(case["mapclassify_suboptimal"].as_bool().unwrap(), "{name} k={k}: {:?} vs {want:?}", got.upper);
        assert!((ours - exact).abs() <= 1e-9 * exact, "{name} k={k}: ours {ours} exact {exact}");
        assert!(ours < theirs, "{name} k={k}");
        better.push(format!("{name} k={k}: SSD {ours:.9} vs mapclassify {theirs:.9}"));
    }
    eprintln!("jenks: {equal} cases equal to mapclassify; {} better than its float32 result:", better.len());
    for b in &better {
        eprintln!("  {b}");
    }
    assert!(equal >= 80, "{equal}");
    // On the bundled sample mapclassify's float32 program misses the optimum in 8 cases (one
    // synthetic data set, seven on the dc_pue and share3 panel columns).
    assert!(better.len() <= 8, "{}", better.len());
}

#[test]
fn quantiles_and_equal_intervals_equal_mapclassify_bit_for_bit() {
    let fx = fixture();
    let data = datasets(&fx);
    let mut n = 0;
    for case in fx["cases"].as_array().unwrap().iter().filter(|c| c["method"] != "jenks") {
        let name = case["dataset"].as_str().unwrap();
        let k = case["k"].as_u64().unwrap() as usize;
        let method = if case["method"] == "quantile" { Method::Quantile } else { Method::Equal };
        let x = &data[name];
        let want = nums(&case["bins"]);
        let counts: Vec<usize> =
            case["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap() as usize).collect();
        let got = breaks::compute(x, method, k).unwrap();
        assert_eq!(got.upper, want, "{name} {method:?} k={k}");
        assert_eq!(got.counts(x), counts, "{name} {method:?} k={k}");
        assert_eq!(got.reduced_from.is_some(), want.len() < k);
        n += 1;
    }
    assert!(n >= 180, "{n}");
}

#[test]
fn breaks_end_at_the_maximum_and_ascend() {
    let fx = fixture();
    for (name, x) in datasets(&fx) {
        let max = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        for method in [Method::Jenks, Method::Quantile, Method::Equal] {
            for k in 2..=9 {
                let b = breaks::compute(&x, method, k).unwrap();
                assert_eq!(*b.upper.last().unwrap(), max, "{name} {method:?} {k}");
                assert!(b.upper.windows(2).all(|p| p[0] < p[1]), "{name} {method:?} {k}");
                assert_eq!(b.counts(&x).iter().sum::<usize>(), x.len());
            }
        }
    }
}
