//! Import and validation: every finding on a small malformed file, CSV dialects, random bytes.

use carbon_dml::engine::data::panel::UnitKind;
use carbon_dml::engine::data::{ColumnChoice, FindingKind, ImportOptions, Report, Severity, import_bytes};
use carbon_dml::engine::rng::Rng;

fn import(text: &str) -> Result<carbon_dml::engine::data::Imported, Report> {
    import_bytes(text.as_bytes(), "test.csv", &ImportOptions::default())
}

fn err(text: &str) -> Report {
    match import(text) {
        Ok(i) => panic!("expected an error, got a panel with {} rows; report:\n{}", i.panel.n_rows(), i.report),
        Err(r) => r,
    }
}

fn finding(report: &Report, kind: FindingKind) -> &carbon_dml::engine::data::Finding {
    report.of_kind(kind).next().unwrap_or_else(|| panic!("no {kind:?} finding in:\n{report}"))
}

#[test]
fn a_clean_province_panel_imports_with_units_resolved() {
    let text = "province,year,gdp\n广西壮族自治区,2011,1.5\nBeijing,2011,2.5\n45,2012,1.7\n北京,2012,2.9\n";
    let imp = import(text).unwrap();
    let u = imp.panel.unit.as_ref().unwrap();
    assert_eq!(u.kind, UnitKind::Province);
    assert_eq!(u.labels, vec!["Beijing", "Guangxi"]);
    assert_eq!(imp.panel.numeric("gdp").unwrap(), &[1.5, 2.5, 1.7, 2.9]);
    assert!(!imp.report.has_errors());
}

#[test]
fn dialects_bom_semicolon_tab_quotes_crlf() {
    let variants = [
        "\u{feff}province,year,x\r\nBeijing,2011,1\r\nTianjin,2011,2\r\n".to_string(),
        "province;year;x\nBeijing;2011;1\nTianjin;2011;2\n".to_string(),
        "province\tyear\tx\nBeijing\t2011\t1\nTianjin\t2011\t2\n".to_string(),
        "\"province\",\"year\",\"x\"\n\"Beijing\",\"2011\",\"1\"\n\"Tianjin\",2011,\"2\"".to_string(),
    ];
    for v in variants {
        let imp = import(&v).unwrap_or_else(|r| panic!("{v:?}\n{r}"));
        assert_eq!(imp.panel.numeric("x").unwrap(), &[1.0, 2.0], "{v:?}");
        assert_eq!(imp.panel.years(), vec![2011]);
    }
}

#[test]
fn quoted_separator_inside_a_text_field_is_not_a_new_column() {
    let imp = import("province,year,note,x\nBeijing,2011,\"a, b\",1\nTianjin,2011,c,2\n").unwrap();
    assert_eq!(imp.panel.numeric("x").unwrap(), &[1.0, 2.0]);
}

#[test]
fn thousands_separators_are_refused_with_line_and_remedy() {
    let r = err("province;year;gdp\nBeijing;2011;1,234.5\nTianjin;2011;12\n");
    let f = finding(&r, FindingKind::NumberFormat);
    assert_eq!(f.column.as_deref(), Some("gdp"));
    assert_eq!(f.lines, vec![2]);
    assert!(r.describe(f).contains("test.csv") && r.describe(f).contains("line 2") && r.describe(f).contains("Remedy"));
    let r = err("province;year;gdp\nBeijing;2011;3,14\nTianjin;2011;12\n");
    assert_eq!(finding(&r, FindingKind::NumberFormat).lines, vec![2]);
}

#[test]
fn text_in_a_numeric_column_names_column_and_lines() {
    let r = err("province,year,co2\nBeijing,2011,1\nTianjin,2011,abc\nHebei,2011,3\nShanxi,2011,4\n");
    let f = finding(&r, FindingKind::NonNumeric);
    assert_eq!(f.column.as_deref(), Some("co2"));
    assert_eq!(f.lines, vec![3]);
    assert!(f.message.contains("abc"));
    assert_eq!(f.severity, Severity::Error);
}

#[test]
fn missing_tokens_are_missing_values_not_errors() {
    let imp = import("province,year,x\nBeijing,2011,NA\nTianjin,2011,\nHebei,2011,3\nShanxi,2011,n/a\n").unwrap();
    let x = imp.panel.numeric("x").unwrap();
    assert!(x[0].is_nan() && x[1].is_nan() && x[3].is_nan() && x[2] == 3.0);
    let f = finding(&imp.report, FindingKind::MissingValues);
    assert_eq!(f.lines, vec![2, 3, 5]);
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn duplicate_unit_years_block_the_import() {
    let r = err("province,year,x\nBeijing,2011,1\n北京,2011,2\nTianjin,2011,3\n");
    let f = finding(&r, FindingKind::DuplicateUnitYear);
    assert_eq!(f.lines, vec![3]);
    assert!(f.message.contains("Beijing 2011"));
}

#[test]
fn unbalanced_panel_is_a_warning_listing_gaps() {
    let imp = import("province,year,x\nBeijing,2011,1\nBeijing,2012,2\nTianjin,2011,3\nTianjin,2012,4\nHebei,2011,5\n")
        .unwrap();
    let f = finding(&imp.report, FindingKind::Unbalanced);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("Hebei 2012"), "{}", f.message);
}

#[test]
fn constant_column_is_a_warning() {
    let imp = import("province,year,x,c\nBeijing,2011,1,5\nTianjin,2011,2,5\n").unwrap();
    assert_eq!(finding(&imp.report, FindingKind::ConstantColumn).column.as_deref(), Some("c"));
}

#[test]
fn unknown_province_names_get_suggestions() {
    let r = err("province,year,x\nBeijing,2011,1\nSichaun,2011,2\nTianjin,2011,3\n");
    let f = finding(&r, FindingKind::UnknownUnit);
    assert!(
        f.message.contains("Sichaun") && f.message.contains("Sichuan") && f.message.contains("四川"),
        "{}",
        f.message
    );
    assert_eq!(f.lines, vec![3]);
}

#[test]
fn generic_ids_are_kept_as_written() {
    let imp = import("city,year,x\nC001,2011,1\nC002,2011,2\nC001,2012,3\nC002,2012,4\n").unwrap();
    let u = imp.panel.unit.as_ref().unwrap();
    assert_eq!(u.kind, UnitKind::Generic);
    assert_eq!(u.labels, vec!["C001", "C002"]);
}

#[test]
fn ragged_rows_are_reported_with_their_lines() {
    let r = err("province,year,x\nBeijing,2011,1\nTianjin,2011,2,9\nHebei,2011\n");
    let f = finding(&r, FindingKind::Malformed);
    assert_eq!(f.lines, vec![3, 4]);
    assert!(f.message.contains("line 3 has 4"), "{}", f.message);
}

#[test]
fn bad_header_empty_file_and_non_utf8() {
    assert!(err("").of_kind(FindingKind::Empty).next().is_some());
    assert!(err("province,year,x\n").of_kind(FindingKind::Empty).next().is_some());
    let r = err("province,year,x,x\nBeijing,2011,1,2\n");
    assert_eq!(finding(&r, FindingKind::BadHeader).column.as_deref(), Some("x"));
    // GBK (北京) is read, with a note; Latin-1 (Zürich) is neither UTF-8 nor GBK and is refused.
    let gbk: &[u8] = b"province,year,x\n\xb1\xb1\xbe\xa9,2011,1\n\xb1\xb1\xbe\xa9,2012,2\n";
    let imp = import_bytes(gbk, "gbk.csv", &ImportOptions::default()).unwrap();
    assert_eq!(imp.panel.unit_label(0), Some("Beijing"));
    assert!(imp.report.of_kind(FindingKind::Encoding).next().is_some());
    let latin1: &[u8] = b"city,year,x\nZ\xfcrich,2011,1\n";
    let r = import_bytes(latin1, "latin1.csv", &ImportOptions::default()).unwrap_err();
    let f = finding(&r, FindingKind::NotUtf8);
    assert_eq!(f.lines, vec![2]);
    assert!(f.remedy.contains("UTF-8"));
}

#[test]
fn bad_years_and_missing_named_columns() {
    let r = err("province,year,x\nBeijing,2011.5,1\nTianjin,twenty,2\n");
    assert_eq!(finding(&r, FindingKind::BadYear).lines, vec![2, 3]);
    let opts = ImportOptions { unit: ColumnChoice::Named("prov".into()), ..Default::default() };
    let r = import_bytes(b"province,year,x\nBeijing,2011,1\n", "t.csv", &opts).unwrap_err();
    let f = finding(&r, FindingKind::MissingColumn);
    assert!(f.message.contains("province"), "closest name suggested: {}", f.message);
}

#[test]
fn without_unit_and_year_the_data_is_a_cross_section() {
    let imp = import("x,y\n1,2\n3,4\n").unwrap();
    assert!(imp.panel.unit.is_none() && imp.panel.year.is_none());
    assert_eq!(finding(&imp.report, FindingKind::CrossSection).severity, Severity::Note);
    let opts = ImportOptions { unit: ColumnChoice::Absent, year: ColumnChoice::Absent, ..Default::default() };
    let imp = import_bytes(b"province,year,x\nBeijing,2011,1\n", "t.csv", &opts).unwrap();
    assert!(!imp.panel.is_panel());
}

/// Random bytes, random CSV-like text and mutations of a valid file never panic the importer.
#[test]
fn random_input_never_panics() {
    let base = carbon_dml::engine::data::sample::BUNDLED_CSV.as_bytes();
    let alphabet = b"province,year;\t\"\n\r0123456789.-eNA \xe5\x8c\x97\xef\xbb\xbf";
    let mut rng = Rng::seed_from_u64(99);
    for case in 0..600 {
        let bytes: Vec<u8> = match case % 3 {
            0 => (0..rng.below(300)).map(|_| rng.below(256) as u8).collect(),
            1 => (0..rng.below(400)).map(|_| alphabet[rng.below(alphabet.len())]).collect(),
            _ => {
                let cut = rng.below(base.len().min(4000));
                let mut v = base[..cut].to_vec();
                for _ in 0..rng.below(8) {
                    if !v.is_empty() {
                        let i = rng.below(v.len());
                        v[i] = alphabet[rng.below(alphabet.len())];
                    }
                }
                v
            }
        };
        let result = std::panic::catch_unwind(|| import_bytes(&bytes, "fuzz.csv", &ImportOptions::default()));
        let outcome = result.unwrap_or_else(|_| panic!("importer panicked on case {case}: {bytes:?}"));
        if let Err(report) = outcome {
            assert!(report.has_errors(), "a failed import must carry an error finding");
        }
    }
}
