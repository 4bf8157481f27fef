//! Global and local Moran against esda 2.6.0 (fixture made by
//! `tests/fixtures/spatial_moran/make_moran_fixture.py` on the weights files of
//! `tests/fixtures/spatial_weights/`): I, its moments, z and p under normality and
//! randomization, S0-S2 and every I_i to 1e-9, quadrants; permutation p-values follow this
//! crate's generator, so they are compared with esda's only statistically, and their own
//! properties (range, seed, thread count) are tested. Then the `moran` command.

use carbon_dml::engine::data::panel::Panel;
use carbon_dml::engine::data::sample;
use carbon_dml::engine::spatial::moran::{Cluster, Quadrant, moran};
use carbon_dml::engine::spatial::weights::link::{Linked, link};
use carbon_dml::engine::spatial::weights::spec::read_file;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/spatial_moran/moran_esda.json")).unwrap()
}

fn weights_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spatial_weights").join(name)
}

fn linked(panel: &Panel, file: &str) -> Linked {
    link(&read_file(&weights_path(file)).unwrap(), panel.unit.as_ref().unwrap()).unwrap()
}

fn close(got: f64, want: f64, what: &str) {
    assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "{what}: {got} vs esda {want}");
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

#[test]
fn global_and_local_moran_equal_esda() {
    let fx = fixture();
    assert_eq!(fx["versions"]["esda"], "2.6.0");
    let panel = sample::bundled_panel();
    let reg = carbon_dml::engine::data::registry::Registry::embedded();
    let cases = fx["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 12);
    let mut worst = 0.0f64;
    for c in cases {
        let what = format!("{} {} {}", c["weights"], c["variable"], c["year"]);
        let l = linked(&panel, c["weights"].as_str().unwrap());
        let year = c["year"].as_i64().unwrap() as i32;
        let r = moran(&panel, c["variable"].as_str().unwrap(), Some(year), &l, 0, 1).unwrap();
        let codes: Vec<String> = r.labels.iter().map(|n| reg.lookup(n).unwrap().code.to_string()).collect();
        let units: Vec<String> = c["units"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().into()).collect();
        assert_eq!(codes, units, "{what}");
        let w = &r.weights;
        close(w.s0(), f(&c["s0"]), &format!("{what} S0"));
        close(w.s1(), f(&c["s1"]), &format!("{what} S1"));
        close(w.s2(), f(&c["s2"]), &format!("{what} S2"));
        let g = &r.global;
        for (got, key) in [
            (g.i, "I"),
            (g.expected, "EI"),
            (g.variance, "VI_norm"),
            (g.z, "z_norm"),
            (g.p_norm, "p_norm"),
            (g.variance_rand, "VI_rand"),
            (g.z_rand, "z_rand"),
            (g.p_rand, "p_rand"),
        ] {
            close(got, f(&c[key]), &format!("{what} {key}"));
            worst = worst.max((got - f(&c[key])).abs());
        }
        let islands: Vec<String> =
            c["islands"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().into()).collect();
        for (i, want) in c["Is"].as_array().unwrap().iter().enumerate() {
            close(r.local.ii[i], f(want), &format!("{what} I_{}", r.labels[i]));
            worst = worst.max((r.local.ii[i] - f(want)).abs());
            let q = c["q"][i].as_u64().unwrap();
            match r.local.quadrant[i] {
                // esda puts an island (lag 0) in LL or HL; this crate gives it its own class.
                Quadrant::Island => {
                    assert!(islands.contains(&codes[i]) && f(want) == 0.0 && (q == 3 || q == 4), "{what}")
                }
                quadrant => {
                    let esda = [Quadrant::HH, Quadrant::LH, Quadrant::LL, Quadrant::HL][q as usize - 1];
                    assert_eq!(quadrant, esda, "{what}: quadrant of {}", r.labels[i]);
                }
            }
        }
        assert_eq!(r.local.quadrant.iter().filter(|q| **q == Quadrant::Island).count(), islands.len(), "{what}");
    }
    eprintln!("largest absolute difference from esda: {worst:e}");
}

#[test]
fn permutation_p_values_agree_with_esda_statistically() {
    // Both estimate the same probability with 9999 permutations: the standard error of each is
    // at most sqrt(0.25 / 9999) = 0.005, of their difference 0.0071; 0.035 is ~5 of those.
    let fx = fixture();
    let panel = sample::bundled_panel();
    let mut worst = 0.0f64;
    for c in fx["cases"].as_array().unwrap() {
        let l = linked(&panel, c["weights"].as_str().unwrap());
        let year = c["year"].as_i64().unwrap() as i32;
        let r = moran(&panel, c["variable"].as_str().unwrap(), Some(year), &l, 9999, 42).unwrap();
        let d = (r.global.p_sim.unwrap() - f(&c["p_sim_9999"])).abs();
        worst = worst.max(d);
        assert!(d < 0.035, "global p_sim {} vs esda {}", r.global.p_sim.unwrap(), c["p_sim_9999"]);
        for (i, want) in c["local_p_sim_9999"].as_array().unwrap().iter().enumerate() {
            let Some(p) = r.local.p_sim[i] else {
                assert_eq!(r.local.quadrant[i], Quadrant::Island);
                continue;
            };
            let d = (p - f(want)).abs();
            worst = worst.max(d);
            assert!(d < 0.035, "{} {}: local p_sim {p} vs esda {want}", c["weights"], r.labels[i]);
        }
    }
    eprintln!("largest p_sim difference from esda: {worst}");
}

#[test]
fn permutation_p_values_are_folded_seeded_and_thread_independent() {
    let panel = sample::bundled_panel();
    let l = linked(&panel, "queen.gal");
    let run = |threads: usize, seed: u64| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| moran(&panel, "co2", Some(2015), &l, 999, seed).unwrap())
    };
    let a = run(1, 42);
    assert_eq!(a, run(4, 42), "1 and 4 threads");
    assert_eq!(a, run(2, 42), "1 and 2 threads");
    let b = run(2, 43);
    assert_ne!(a.global.p_sim, b.global.p_sim.map(|p| p + 1.0), "sanity");
    assert_ne!(a.local.p_sim, b.local.p_sim, "another seed draws other permutations");
    assert_eq!(a.global.i, b.global.i, "the statistic does not depend on the seed");
    for p in a.local.p_sim.iter().flatten().chain(a.global.p_sim.iter()) {
        // Folded: between 1/(N+1) and (N/2 + 1)/(N+1), on the grid k/(N+1).
        assert!(*p >= 1.0 / 1000.0 && *p <= 500.5 / 1000.0, "{p}");
        assert!(((p * 1000.0) - (p * 1000.0).round()).abs() < 1e-9, "{p}");
    }
    let sd = a.global.sd_sim.unwrap();
    assert!((a.global.mean_sim.unwrap() - a.global.expected).abs() < 4.0 * sd / 999f64.sqrt(), "mean of I*");
    let clusters = a.local.clusters(0.05);
    assert_eq!(clusters[a.labels.iter().position(|n| n == "Hainan").unwrap()], Cluster::Neighbourless);
    // The permutations find significant clusters (on the bundled sample: Guangdong high-low and
    // Guizhou low-low at 5%).
    assert!(clusters.iter().any(|c| !matches!(c, Cluster::NotSignificant | Cluster::Neighbourless)), "{clusters:?}");
}

fn cli(args: &[&str], threads: &str) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml"))
        .args(args)
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .expect("binary runs");
    (String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), out.status.success())
}

#[test]
fn moran_command_prints_the_issue_keys_and_esda_values() {
    let fx = fixture();
    let c = &fx["cases"][0];
    assert_eq!((c["weights"].as_str(), c["variable"].as_str()), (Some("queen.gal"), Some("co2")));
    let gal = weights_path("queen.gal");
    let args = [
        "moran",
        "--var",
        "co2",
        "--at-year",
        "2015",
        "--weights",
        gal.to_str().unwrap(),
        "--permutations",
        "499",
        "--json",
    ];
    let (out, err, ok) = cli(&args, "1");
    assert!(ok, "{err}");
    assert!(err.contains("Hainan") && err.contains("54"), "island and Tibet noted: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["I", "expected", "local", "p_norm", "p_sim", "variance", "z"]);
    for (k, want) in [("I", "I"), ("expected", "EI"), ("variance", "VI_norm"), ("z", "z_norm"), ("p_norm", "p_norm")] {
        close(f(&v[k]), f(&c[want]), k);
    }
    let local = v["local"].as_array().unwrap();
    assert_eq!(local.len(), 30);
    let mut lk: Vec<&str> = local[0].as_object().unwrap().keys().map(String::as_str).collect();
    lk.sort_unstable();
    assert_eq!(lk, ["Ii", "p_sim", "quadrant", "unit"]);
    for (row, want) in local.iter().zip(c["Is"].as_array().unwrap()) {
        close(f(&row["Ii"]), f(want), row["unit"].as_str().unwrap());
    }
    let hainan = local.iter().find(|r| r["unit"] == "Hainan").unwrap();
    assert_eq!((hainan["quadrant"].as_str(), hainan["p_sim"].is_null()), (Some("island"), true));
    // The same output, bit for bit, on 3 threads; and the boundaries' own queen weights (snap
    // 1 km) give the same statistics as libpysal's file.
    assert_eq!(cli(&args, "3").0, out);
    let (own, _, ok) = cli(&["moran", "--var", "co2", "--at-year", "2015", "--permutations", "499", "--json"], "2");
    assert!(ok);
    assert_eq!(own, out);
    let (none, _, _) = cli(&["moran", "--var", "co2", "--at-year", "2015", "--permutations", "0", "--json"], "2");
    let none: Value = serde_json::from_str(&none).unwrap();
    assert!(none["p_sim"].is_null() && none["local"][0]["p_sim"].is_null());
}

#[test]
fn moran_command_options_and_errors() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-moran-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gwt = dir.join("knn6.gwt");
    let (text, err, ok) = cli(
        &["moran", "--var", "gdp", "--at-year", "2022", "--weights", "knn:6", "--write-weights", gwt.to_str().unwrap()],
        "2",
    );
    assert!(ok, "{err}");
    assert!(text.contains("6 nearest neighbours") && text.contains("Local Moran"), "{text}");
    // The written file, read back, gives the same numbers.
    let (a, _, _) = cli(&["moran", "--var", "gdp", "--at-year", "2022", "--weights", "knn:6", "--json"], "2");
    let (b, err, ok) =
        cli(&["moran", "--var", "gdp", "--at-year", "2022", "--weights", gwt.to_str().unwrap(), "--json"], "2");
    assert!(ok, "{err}");
    assert_eq!(a, b);
    for (args, needle) in [
        (vec!["moran", "--var", "gdp"], "--at-year"),
        (vec!["moran", "--var", "nope", "--at-year", "2022"], "nope"),
        (vec!["moran", "--var", "gdp", "--at-year", "1990"], "1990"),
        (vec!["moran", "--var", "gdp", "--at-year", "2022", "--weights", "king"], "knn:K"),
        (vec!["moran", "--var", "gdp", "--at-year", "2022", "--weights", "missing.gal"], "missing.gal"),
        (vec!["moran", "--var", "gdp", "--at-year", "2022", "--permutations", "1000000"], "99999"),
    ] {
        let (_, err, ok) = cli(&args, "1");
        assert!(!ok && err.contains(needle), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
