//! One pass reports every problem (issue 14): the four-line file a new user tried, explicit
//! column choices honoured, hostile values each with a clear message, and the polars path
//! giving exactly what the per-cell reference path gives.

use carbon_dml::engine::data::{
    ColumnChoice, FindingKind, ImportControl, ImportOptions, Imported, Report, Severity, import_bytes,
    import_bytes_with,
};

const FOUR_LINES: &str = "province,year,co2,gdp\nBeijing,2011,12.5,100\nBeijing,2011,13.0,110\nAtlantis,2011,abc,120\n";

fn import(text: &[u8], opts: &ImportOptions) -> Result<Imported, Report> {
    import_bytes(text, "t.csv", opts)
}

fn kinds(r: &Report) -> Vec<FindingKind> {
    r.findings.iter().map(|f| f.kind).collect()
}

#[test]
fn the_four_line_file_reports_all_three_problems_at_once() {
    let explicit = ImportOptions {
        unit: ColumnChoice::Named("province".into()),
        year: ColumnChoice::Named("year".into()),
        ..Default::default()
    };
    for opts in [ImportOptions::default(), explicit] {
        let r = import(FOUR_LINES.as_bytes(), &opts).unwrap_err();
        let text = r.to_string();
        let k = kinds(&r);
        assert!(k.contains(&FindingKind::NonNumeric), "{text}");
        assert!(k.contains(&FindingKind::UnknownUnit), "{text}");
        let dup = r.of_kind(FindingKind::DuplicateUnitYear).next().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(dup.lines, vec![3]);
        assert!(!k.contains(&FindingKind::CrossSection), "the province column stays the unit column: {text}");
        assert!(
            !r.of_kind(FindingKind::MissingValues).any(|f| f.column.as_deref() == Some("co2")),
            "the text cell is not counted again as a missing value: {text}"
        );
        assert_eq!(r.findings.iter().filter(|f| f.severity == Severity::Error).count(), 3, "{text}");
    }
}

#[test]
fn a_named_column_that_is_absent_is_reported_and_the_rest_still_checked() {
    let opts = ImportOptions { unit: ColumnChoice::Named("region".into()), ..Default::default() };
    let r = import(b"province,year,x\nBeijing,2011,abc\nTianjin,2011,2\n", &opts).unwrap_err();
    assert!(kinds(&r).contains(&FindingKind::MissingColumn) && kinds(&r).contains(&FindingKind::NonNumeric));
}

#[test]
fn empty_units_and_bad_years_do_not_hide_duplicates_elsewhere() {
    let r = import(b"province,year,x\n,2011,1\nBeijing,20x1,2\nTianjin,2012,3\nTianjin,2012,4\n", &Default::default())
        .unwrap_err();
    let k = kinds(&r);
    assert!(k.contains(&FindingKind::MissingValues) && k.contains(&FindingKind::BadYear), "{r}");
    assert_eq!(r.of_kind(FindingKind::DuplicateUnitYear).next().map(|f| f.lines.clone()), Some(vec![5]), "{r}");
}

/// Each hostile input gets an error or a note naming the problem, never a panic.
#[test]
fn hostile_values_get_clear_messages() {
    let many_cols = {
        let names: Vec<String> = (0..10_000).map(|i| format!("v{i}")).collect();
        let row: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
        format!("province,year,{}\nBeijing,2011,{}\nTianjin,2011,{}\n", names.join(","), row.join(","), row.join(","))
    };
    let utf16: Vec<u8> = "\u{feff}province,year\nBeijing,2011\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let cases: Vec<(&str, Vec<u8>, FindingKind)> = vec![
        ("infinity", b"province,year,x\nBeijing,2011,inf\nTianjin,2011,1\n".to_vec(), FindingKind::NonNumeric),
        ("1e400", b"province,year,x\nBeijing,2011,1e400\nTianjin,2011,1\n".to_vec(), FindingKind::NonNumeric),
        ("one row", b"province,year,x\nBeijing,2011,1\n".to_vec(), FindingKind::Shape),
        (
            "all missing",
            b"province,year,x,e\nBeijing,2011,1,\nTianjin,2011,2,NA\n".to_vec(),
            FindingKind::MissingValues,
        ),
        ("year 1", b"province,year,x\nBeijing,1,1\nTianjin,3000,2\n".to_vec(), FindingKind::BadYear),
        ("one year", b"province,year,x\nBeijing,2011,1\nTianjin,2011,2\n".to_vec(), FindingKind::Shape),
        (
            "unit seen once",
            b"province,year,x\nBeijing,2011,1\nBeijing,2012,2\nTianjin,2011,3\n".to_vec(),
            FindingKind::Shape,
        ),
        ("blank header", b"province,,x\nBeijing,2011,1\n".to_vec(), FindingKind::BadHeader),
        ("duplicate header", b"province,year,x,x\nBeijing,2011,1,2\n".to_vec(), FindingKind::BadHeader),
        ("ragged", b"province,year,x\nBeijing,2011\nTianjin,2011,2,3\n".to_vec(), FindingKind::Malformed),
        ("NUL", b"province,year,x\nBeijing,2011,\x001\n".to_vec(), FindingKind::Malformed),
        ("UTF-16 with its byte-order mark is read", utf16, FindingKind::Encoding),
        ("10,000 columns", many_cols.into_bytes(), FindingKind::ConstantColumn),
    ];
    for (what, bytes, kind) in cases {
        let report = match import(&bytes, &Default::default()) {
            Ok(i) => i.report,
            Err(r) => r,
        };
        let f = report.of_kind(kind).next().unwrap_or_else(|| panic!("{what}: no {kind:?} in\n{report}"));
        assert!(!f.message.is_empty() && report.describe(f).contains("t.csv"), "{what}");
        assert!(report.findings.len() < 40, "{what}: findings are grouped, not one per column:\n{report}");
    }
}

#[test]
fn huge_and_extreme_numbers_are_kept() {
    let imp = import(
        b"province,year,x\nBeijing,2011,1e308\nTianjin,2011,123456789012345678901234567890\n",
        &Default::default(),
    )
    .unwrap();
    assert_eq!(imp.panel.numeric("x").unwrap(), &[1e308, 1.2345678901234568e29]);
}

/// Inputs that stress the two readers where they could differ: quoting, spaces, missing
/// tokens, refused numbers, CRLF, blank lines, a column that turns to text after the sample.
fn tricky_inputs() -> Vec<String> {
    let mut late_text = String::from("province,year,x,y\n");
    for i in 0..1500 {
        let y = if i < 1200 { "1".to_string() } else { format!("t{i}") };
        late_text.push_str(&format!("U{i},2011,{i},{y}\n"));
    }
    let mut late_numbers = String::from("unit,year,z\n");
    for i in 0..1500 {
        let z = if i < 1100 { "NA".to_string() } else { format!("{i}.5") };
        late_numbers.push_str(&format!("U{i},2011,{z}\n"));
    }
    vec![
        FOUR_LINES.to_string(),
        "province,year,x\r\nBeijing,2011, 1.5 \r\nTianjin,2011,\"2\"\r\n\r\nHebei,2011,n/a\r\n".into(),
        "province;year;x\nBeijing;2011;3,14\nTianjin;2011;\"1,234\"\n".into(),
        "province,year,x,note\nBeijing,2011,1e5,\"a,\nb\"\nTianjin,2011,-0,\"\"\"q\"\"\"\n".into(),
        "province,year,x\nBeijing,2011,+.5\nTianjin,2011,1.\nHebei,2011,1E+3\nShanxi,2011,1e\n".into(),
        "province,year,x\nBeijing,2011,NaN\nTianjin,2011,-inf\nHebei,2011,0x10\nShanxi,2011,1_000\n".into(),
        "province,year,x\n   \nBeijing,2011,1\n  \nTianjin,2011,2\n".into(),
        "a,b\n1,2\n3\n4,5,6\n".into(),
        // A lone opening quote as the file's last byte (polars 0.55 panics on it; not asked).
        "province,year,x\nBeijing,2011,\"".into(),
        "province,year,x\nBeijing,2011,1\n\"".into(),
        late_text,
        late_numbers,
    ]
}

/// A generated panel of 30,000 rows (8 MB, which polars parses in several chunks) with bad
/// and missing cells late in the file.
fn large_input_with_late_problems() -> String {
    let spec = carbon_dml::engine::data::sample::SampleSpec { units: 1500, years: 20, seed: 5, ..Default::default() };
    let csv = carbon_dml::engine::data::sample::generate(&spec).csv;
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    for (row, bad) in [(20_001, "n/a"), (25_002, "1,234"), (29_990, ""), (29_999, "abc")] {
        let mut fields: Vec<&str> = lines[row].split(',').collect();
        fields[5] = bad;
        lines[row] = fields.join(",");
    }
    lines.join("\n")
}

#[test]
fn the_polars_path_and_the_per_cell_path_agree_on_a_large_file() {
    let text = large_input_with_late_problems();
    let per_cell = ImportControl { per_cell: true, ..Default::default() };
    let fast = import_bytes_with(text.as_bytes(), "t.csv", &Default::default(), &ImportControl::default());
    let slow = import_bytes_with(text.as_bytes(), "t.csv", &Default::default(), &per_cell);
    match (fast, slow) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.panel.n_rows(), 30_000);
            assert_eq!(format!("{:?}", a.panel), format!("{:?}", b.panel));
            assert_eq!(a.report, b.report);
            assert!(!a.report.findings.is_empty(), "the bad cells are reported");
        }
        (Err(a), Err(b)) => {
            assert_eq!(a, b);
            assert!(format!("{a}").contains("abc"), "{a}");
        }
        (a, b) => panic!("paths disagree: {a:?} vs {b:?}"),
    }
}

#[test]
fn the_polars_path_and_the_per_cell_path_agree() {
    let per_cell = ImportControl { per_cell: true, ..Default::default() };
    for text in tricky_inputs() {
        let fast = import_bytes_with(text.as_bytes(), "t.csv", &Default::default(), &ImportControl::default());
        let slow = import_bytes_with(text.as_bytes(), "t.csv", &Default::default(), &per_cell);
        match (fast, slow) {
            (Ok(a), Ok(b)) => {
                assert_eq!(format!("{:?}", a.panel), format!("{:?}", b.panel), "{text:?}");
                assert_eq!(a.report, b.report, "{text:?}");
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{text:?}"),
            (a, b) => panic!("paths disagree on {text:?}: {a:?} vs {b:?}"),
        }
    }
}
