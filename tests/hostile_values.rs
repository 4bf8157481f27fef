//! Hostile data through the command line: each file of `tests/fixtures/hostile/` (made by its
//! `make_fixtures.py`) goes through `carbon-dml check` and `carbon-dml run`, which end with the
//! expected exit code and a message naming the problem, and never panic.

use std::path::Path;
use std::process::Command;

/// (file, check's exit code, what check says, run's exit code, what run says).
const CASES: &[(&str, i32, &str, i32, &str)] = &[
    ("infinities.csv", 1, "\"inf\" is infinite or beyond the largest 64-bit number", 1, "could not be imported"),
    ("beyond_f64.csv", 1, "\"1e309\" is infinite or beyond the largest 64-bit number", 1, "could not be imported"),
    ("overflow_cee.csv", 0, "overflow_cee.csv: 72 rows", 1, "ratio overflows the 64-bit range"),
    ("huge_integers.csv", 0, "huge_integers.csv: 72 rows", 0, "Outcome: CEE"),
    ("huge_year.csv", 1, "\"20110000000000000000000\" is not a year", 1, "is not a year"),
    ("columns_10000.csv", 0, "more columns have a single value", 1, "no column \"CEE\""),
    ("one_row.csv", 0, "the file has a single data row", 1, "no column \"DCP\""),
    ("all_missing_columns.csv", 0, "2 columns have no value at all: \"rd_intensity\", \"green\"", 1, "has no values"),
    (
        "years_1_and_3000.csv",
        1,
        "\"1\" is not a year (a whole number between 1800 and 2200); 2 such cells",
        1,
        "is not a year",
    ),
    ("unit_one_year.csv", 0, "1 unit is observed in one year only, e.g. Beijing 2011", 0, "Outcome: CEE"),
    ("duplicate_header.csv", 1, "appears more than once in the header (columns 4 and 13)", 1, "more than once"),
    ("blank_header.csv", 1, "column 5 has no name in the header", 1, "has no name"),
    ("ragged.csv", 1, "2 rows do not have as many fields as the header", 1, "as many fields"),
    ("nul_bytes.csv", 1, "the file contains a NUL byte", 1, "NUL byte"),
    ("utf16le_bom.csv", 0, "it was read as UTF-16LE text", 0, "Outcome: CEE"),
    ("utf16le_no_bom.csv", 1, "the file is UTF-16 text (little-endian", 1, "UTF-16 text"),
    ("gbk.csv", 0, "it was read as GBK text", 0, "Outcome: CEE"),
    ("unterminated_quote.csv", 1, "is never closed", 1, "is never closed"),
    ("header_only.csv", 1, "the file has a header but no data rows", 1, "no data rows"),
    ("empty.csv", 1, "the file is empty", 1, "the file is empty"),
];

fn run(args: &[&str], file: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).arg("--data").arg(file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{args:?} {}: a panic:\n{stderr}", file.display());
    (out.status.code().unwrap_or(-1), format!("{stdout}{stderr}"))
}

#[test]
fn hostile_files_get_a_clear_message_and_no_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut failures = Vec::new();
    for &(name, check_code, check_says, run_code, run_says) in CASES {
        let file = dir.join(name);
        assert!(file.is_file(), "{}: run tests/fixtures/hostile/make_fixtures.py", file.display());
        let (code, text) = run(&["check"], &file);
        if code != check_code || !text.contains(check_says) {
            failures.push(format!("check {name}: exit {code}, expected {check_code} and {check_says:?}:\n{text}"));
        }
        let (code, text) = run(&["run", "--learner", "ols", "--folds", "2", "--n-rep", "1"], &file);
        if code != run_code || !text.contains(run_says) {
            failures.push(format!("run {name}: exit {code}, expected {run_code} and {run_says:?}:\n{text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every hostile file also reads in Chinese: `check --lang zh` prints no English finding.
#[test]
fn hostile_files_are_reported_in_chinese_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    for &(name, check_code, ..) in CASES {
        let (code, text) = run(&["--lang", "zh", "check"], &dir.join(name));
        assert_eq!(code, check_code, "{name}:\n{text}");
        for l in text.lines() {
            assert!(!l.contains("Remedy") && !l.starts_with("error") && !l.starts_with("warning"), "{name}: {l}");
        }
    }
}
