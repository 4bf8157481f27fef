//! Sharded runs as a user runs them: `--shard I/N` slices merged by `carbon-dml merge` give the
//! unsharded output byte for byte (`simulate` and `report --spec-curve`), and slices that do not
//! belong together are refused with every problem named, the file and the remedy.

use carbon_dml::engine::data::sample::BUNDLED_CSV;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().expect("binary runs")
}

fn ok(out: Output) -> Output {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// A failed run: exit code 1, no panic, the message on stderr.
fn refused(out: Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("carbon-dml-shard-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const SIM: [&str; 8] = ["--n", "200", "--reps", "7", "--rf-trees", "10", "--seed", "3"];

/// `simulate SIM --shard i/n --out dir/sim-i.json` for every i; the files.
fn sim_slices(dir: &Path, n: usize, extra: &[&str]) -> Vec<PathBuf> {
    (1..=n)
        .map(|i| {
            let file = dir.join(format!("sim-{i}-of-{n}.json"));
            let shard = format!("{i}/{n}");
            let mut args = vec!["simulate"];
            args.extend(SIM);
            args.extend(extra);
            args.extend(["--shard", &shard, "--out", s(&file)]);
            ok(bin(&args));
            file
        })
        .collect()
}

#[test]
fn simulate_slices_merge_to_the_single_run_byte_for_byte() {
    let dir = tmp("sim");
    let single_json = ok(bin(&[&["simulate"][..], &SIM, &["--json"]].concat())).stdout;
    let single_text = ok(bin(&[&["simulate"][..], &SIM].concat())).stdout;
    let files = sim_slices(&dir, 3, &[]);
    let mut merge = vec!["merge", "--json"];
    // In any order.
    merge.extend([s(&files[2]), s(&files[0]), s(&files[1])]);
    assert!(ok(bin(&merge)).stdout == single_json, "merged JSON differs from simulate --json");
    let text = ok(bin(&["merge", s(&files[0]), s(&files[1]), s(&files[2])])).stdout;
    assert!(text == single_text, "merged table differs from simulate");
    // More slices than replications: empty slices are fine.
    let many = sim_slices(&tmp("sim-many"), 9, &[]);
    let mut merge = vec!["merge", "--json"];
    merge.extend(many.iter().map(|p| s(p)));
    assert!(ok(bin(&merge)).stdout == single_json);
    // Without --out the slice goes to stdout.
    let out = ok(bin(&[&["simulate"][..], &SIM, &["--shard", "2/3"]].concat())).stdout;
    assert_eq!(out, std::fs::read(&files[1]).unwrap());
}

const CURVE: &str = "model=plr,pliv;learners=rf,ols;folds=random,nosuchcol";

fn report(out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["report", "--out", s(out), "--trees", "10", "--quiet", "--spec-curve", CURVE];
    args.extend(extra);
    bin(&args)
}

fn files_of(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("slice-"))
        .collect();
    v.sort();
    v
}

#[test]
fn report_curve_slices_merge_to_the_single_run_byte_for_byte() {
    let single = tmp("report-single");
    ok(report(&single, &[]));
    let slices = tmp("report-slices");
    for i in 1..=3 {
        ok(report(&slices, &["--shard", &format!("{i}/3")]));
    }
    let merged = tmp("report-merged");
    let mut args = vec!["merge", "--quiet", "--out", s(&merged)];
    let names: Vec<PathBuf> = (1..=3).map(|i| slices.join(format!("slice-{i}-of-3.json"))).collect();
    args.extend(names.iter().rev().map(|p| s(p)));
    ok(bin(&args));
    let expected = files_of(&single);
    assert!(expected.contains(&"spec_curve.csv".to_string()) && expected.contains(&"report.json".to_string()));
    assert_eq!(files_of(&merged), expected);
    for f in &expected {
        assert!(std::fs::read(single.join(f)).unwrap() == std::fs::read(merged.join(f)).unwrap(), "{f} differs");
    }
    let json = std::fs::read_to_string(single.join("report.json")).unwrap();
    assert!(json.contains("\"iv\"") && json.contains("nosuchcol"), "the curve has IV points and failures");
    // Without --out the report goes beside the slices.
    ok(bin(&["merge", "--quiet", s(&names[0]), s(&names[1]), s(&names[2])]));
    assert!(std::fs::read(slices.join("report.json")).unwrap() == std::fs::read(single.join("report.json")).unwrap());
    // In Chinese, the same files as the unsharded Chinese report.
    let zh_single = tmp("report-zh-single");
    ok(bin(&["--lang", "zh", "report", "--out", s(&zh_single), "--trees", "10", "--quiet", "--spec-curve", CURVE]));
    let zh_merged = tmp("report-zh-merged");
    ok(bin(&["--lang", "zh", "merge", "--quiet", "--out", s(&zh_merged), s(&names[0]), s(&names[1]), s(&names[2])]));
    for f in ["tables.md", "report.json", "spec_curve.csv"] {
        assert!(std::fs::read(zh_single.join(f)).unwrap() == std::fs::read(zh_merged.join(f)).unwrap(), "{f}");
    }
}

#[test]
fn slices_that_do_not_belong_together_are_refused_with_every_problem_named() {
    let dir = tmp("refuse");
    let base = sim_slices(&dir, 3, &[]);
    let other_seed = dir.join("seed.json");
    ok(bin(&[&["simulate"][..], &SIM[..6], &["--seed", "4", "--shard", "2/3", "--out", s(&other_seed)]].concat()));
    let other_settings = dir.join("settings.json");
    ok(bin(&[&["simulate"][..], &SIM, &["--folds", "4", "--shard", "2/3", "--out", s(&other_settings)]].concat()));
    let other_n = dir.join("n4.json");
    ok(bin(&[&["simulate"][..], &SIM, &["--shard", "2/4", "--out", s(&other_n)]].concat()));
    let not_a_slice = dir.join("notes.json");
    std::fs::write(&not_a_slice, "{\"hello\": 1}").unwrap();
    let missing = dir.join("nowhere.json");
    let err = refused(bin(&[
        "merge",
        s(&base[0]),
        s(&base[0]),
        s(&other_seed),
        s(&other_settings),
        s(&other_n),
        s(&not_a_slice),
        s(&missing),
    ]));
    for needle in [
        "cannot merge the slices (8 problems)",
        "slice 1/3 is given more than once",
        "seed.json has seed 4",
        "--seed",
        "settings.json was computed with other settings",
        "n4.json is one of 4 slices",
        "notes.json is not a slice file",
        "cannot read",
        "nowhere.json",
        "slice 2/3 is missing; compute it with `--shard 2/3`",
        "slice 3/3 is missing",
    ] {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
    // The same in Chinese.
    let zh = refused(bin(&["--lang", "zh", "merge", s(&base[0]), s(&base[2])]));
    assert!(zh.contains("缺少分片 2/3") && zh.contains("`--shard 2/3`"), "{zh}");
}

#[test]
fn a_report_slice_and_a_simulate_slice_are_not_merged_and_edited_slices_are_caught() {
    let dir = tmp("mixed");
    let sim = sim_slices(&dir, 2, &[]);
    ok(report(&dir, &["--shard", "1/2"]));
    let report_slice = dir.join("slice-1-of-2.json");
    let err = refused(bin(&["merge", s(&sim[0]), s(&report_slice)]));
    assert!(err.contains("is a slice of `report` but") && err.contains("separately"), "{err}");
    // Another format version, another program version, records cut short.
    let text = std::fs::read_to_string(&sim[1]).unwrap();
    let newer = dir.join("newer.json");
    std::fs::write(&newer, text.replace("\"format_version\": 1", "\"format_version\": 9")).unwrap();
    let err = refused(bin(&["merge", s(&sim[0]), s(&newer)]));
    assert!(err.contains("newer.json has slice format version 9"), "{err}");
    let version = dir.join("version.json");
    let v = env!("CARGO_PKG_VERSION");
    std::fs::write(&version, text.replace(&format!("\"program_version\": \"{v}\""), "\"program_version\": \"0.0.1\""))
        .unwrap();
    let err = refused(bin(&["merge", s(&sim[0]), s(&version)]));
    assert!(err.contains("version.json was written by carbon-dml 0.0.1"), "{err}");
    let mut cut: serde_json::Value = serde_json::from_str(&text).unwrap();
    cut["results"]["replications"].as_array_mut().unwrap().pop();
    let short = dir.join("short.json");
    std::fs::write(&short, cut.to_string()).unwrap();
    let err = refused(bin(&["merge", s(&sim[0]), s(&short)]));
    assert!(err.contains("short.json does not hold the items of slice 2/2"), "{err}");
}

#[test]
fn a_report_merge_refuses_data_that_changed_after_the_slices() {
    let dir = tmp("data");
    let data = dir.join("panel.csv");
    std::fs::write(&data, BUNDLED_CSV).unwrap();
    for i in 1..=2 {
        ok(report(&dir, &["--data", s(&data), "--shard", &format!("{i}/2")]));
    }
    let slices = [dir.join("slice-1-of-2.json"), dir.join("slice-2-of-2.json")];
    std::fs::write(&data, BUNDLED_CSV.replacen("Beijing,2011,26.0898", "Beijing,2011,26.0899", 1)).unwrap();
    let err = refused(bin(&["merge", "--quiet", s(&slices[0]), s(&slices[1])]));
    assert!(err.contains("panel.csv changed after the slices were computed"), "{err}");
}

#[test]
fn bad_shard_values_are_refused() {
    for (value, needle) in [("0/3", "I must be between 1 and N"), ("4/3", "between 1 and N"), ("two", "I/N")] {
        let err = refused(bin(&[&["simulate"][..], &SIM, &["--shard", value]].concat()));
        assert!(err.contains(needle), "{value}: {err}");
    }
    let err = refused(bin(&["--lang", "zh", "simulate", "--shard", "5/2"]));
    assert!(err.contains("须在 1 到 N 之间"), "{err}");
}
