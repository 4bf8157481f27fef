//! `carbon-dml check` as a user runs it: a subprocess on good and malformed files.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_carbon-dml"))
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn check_on_a_malformed_file_names_file_column_line_and_exits_1() {
    let p = temp_file("bad.csv", "province,year,co2\nBeijing,2011,1\nTianjin,2011,n/a?\nHebei,2011,3\n");
    let out = bin().args(["check", "--data"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("bad.csv") && stdout.contains("column \"co2\"") && stdout.contains("line 3"), "{stdout}");
    assert!(stdout.contains("Remedy"), "{stdout}");
}

#[test]
fn check_on_the_bundled_sample_passes_with_warnings() {
    let out = bin().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("30 units x 12 years"), "{stdout}");
}

#[test]
fn check_json_and_missing_file() {
    let p = temp_file("dups.csv", "province,year,x\nBeijing,2011,1\nBeijing,2011,2\n");
    let out = bin().args(["check", "--json", "--data"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["report"]["findings"][0]["kind"], "DuplicateUnitYear");
    let out = bin().args(["check", "--data", "/nonexistent/file.csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("cannot read the file"));
}

#[test]
fn sample_data_command_reproduces_the_bundled_file() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-sample-{}", std::process::id()));
    let out = bin().args(["sample-data", "--out"]).arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(dir.join("provinces_2011_2022.csv")).unwrap();
    assert!(written == carbon_dml::engine::data::sample::BUNDLED_CSV);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_exit_1_and_help_exits_0() {
    let out = bin().args(["check", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));
    let out = bin().args(["check", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--data"));
}

/// Issue 14's four-line file: the text cell, the unknown name and the duplicate in one report,
/// with and without `--unit province --year year`, and no "no unit column" note.
#[test]
fn check_reports_every_problem_of_the_four_line_file_at_once() {
    let p = temp_file(
        "four.csv",
        "province,year,co2,gdp\nBeijing,2011,12.5,100\nBeijing,2011,13.0,110\nAtlantis,2011,abc,120\n",
    );
    for extra in [&[][..], &["--unit", "province", "--year", "year"][..]] {
        let out = bin().args(["check", "--data"]).arg(&p).args(extra).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("\"abc\" is not a number"), "{stdout}");
        assert!(stdout.contains("\"Atlantis\""), "{stdout}");
        assert!(stdout.contains("duplicate unit-year") && stdout.contains("lines 2 and 3"), "{stdout}");
        assert!(!stdout.contains("no unit column"), "{stdout}");
        assert!(stdout.contains("3 error(s)"), "{stdout}");
    }
}

/// `check --lang zh` words every finding, the severity words and the summary in Chinese; the
/// file's own names and values stay as written.
#[test]
fn check_in_chinese_prints_every_finding_in_chinese() {
    let p = temp_file(
        "zh.csv",
        "province,year,co2,gdp,flat\nBeijing,2011,12.5,100,1\nBeijing,2011,13.0,,1\nAtlantis,2011,abc,120,1\n\
         Hebei,2012,1e999,130,1\n",
    );
    let out = bin().args(["check", "--lang", "zh", "--data"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() >= 6, "{stdout}");
    let cjk = |s: &str| s.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    for l in &lines {
        assert!(
            l.starts_with("错误：") || l.starts_with("警告：") || l.starts_with("提示：") || l.starts_with("zh.csv："),
            "{l}"
        );
        assert!(cjk(l) >= 4, "not Chinese: {l}");
        for english in ["error", "warning", "note:", "Remedy", " is ", " are ", "column \"", "line "] {
            assert!(!l.contains(english), "English {english:?} left in: {l}");
        }
    }
    assert!(stdout.contains("“abc”不是数字"), "{stdout}");
    assert!(stdout.contains("第 2 行和第 3 行"), "{stdout}");
    assert!(lines.last().unwrap().contains("个错误"), "{stdout}");
    // The bundled sample: the summary line is Chinese too.
    let out = bin().args(["check", "--lang", "zh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("30 个单位 × 12 年"));
}
