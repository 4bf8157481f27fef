//! Excel workbooks laid out as statistical yearbooks print them (made by openpyxl and xlwt:
//! tests/fixtures/import_excel/make_fixtures.py) and wide tables reshaped to the panel: the
//! same panel as the Python lists in expected.json, with title rows, footnote rows, merged
//! cells and numbers stored as text reported on the sheet's own rows.

use carbon_dml::engine::data::registry::Registry;
use carbon_dml::engine::data::{
    ColumnChoice, FindingKind, ImportOptions, Imported, Notice, Report, Severity, import_path,
};
use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import_excel").join(name)
}

fn expected() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(fixture("expected.json")).unwrap()).unwrap()
}

fn open(name: &str, sheet: Option<&str>, wide: Option<&str>) -> Result<Imported, Report> {
    let options =
        ImportOptions { sheet: sheet.map(str::to_string), wide: wide.map(str::to_string), ..Default::default() };
    import_path(&fixture(name), &options)
}

fn notices(report: &Report) -> Vec<&Notice> {
    report.findings.iter().filter_map(|f| f.notice.as_ref()).collect()
}

fn en(zh: &str) -> String {
    Registry::embedded().lookup(zh).unwrap_or_else(|| panic!("{zh}")).name_en.clone()
}

fn assert_yearbook(imp: &Imported, what: &str) {
    let e = expected();
    let rows = e["long"]["rows"].as_array().unwrap();
    let p = &imp.panel;
    assert_eq!(p.n_rows(), rows.len(), "{what}");
    for (r, row) in rows.iter().enumerate() {
        assert_eq!(p.unit_label(r), Some(en(row[0].as_str().unwrap()).as_str()), "{what} row {r}");
        assert_eq!(p.year_of(r), Some(row[1].as_i64().unwrap() as i32), "{what} row {r}");
        assert_eq!(p.numeric("GDP").unwrap()[r], row[2].as_f64().unwrap(), "{what} row {r}");
        assert_eq!(p.numeric("人口").unwrap()[r], row[3].as_f64().unwrap(), "{what} row {r}");
        assert_eq!(imp.lines[r], r + 3, "{what}: sheet rows start at 3 under the title and the header");
    }
    let r = &imp.report;
    assert!(!r.has_errors(), "{what}:\n{r}");
    let title = e["title"].as_str().unwrap();
    assert!(notices(r).contains(&&Notice::TitleRows { rows: vec![1], text: title.into() }), "{what}:\n{r}");
    let last = rows.len() + 2;
    let foot = Notice::FootnoteRows { rows: vec![last + 2, last + 3], text: e["notes"][0].as_str().unwrap().into() };
    assert!(notices(r).contains(&&foot), "{what}:\n{r}");
    let f = r.of_kind(FindingKind::NumbersAsText).next().unwrap_or_else(|| panic!("{what}:\n{r}"));
    assert_eq!((f.severity, f.column.as_deref()), (Severity::Warning, Some("GDP")), "{what}");
    let as_text: Vec<usize> =
        e["long"]["as_text_rows"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as usize).collect();
    assert_eq!((f.lines.clone(), f.count), (as_text.clone(), as_text.len()), "{what}");
    assert!(r.of_kind(FindingKind::BadHeader).next().is_none(), "the title's merge is not the header's: {r}");
    assert_eq!(r.sheets(), ["说明", "分地区"], "{what}");
}

#[test]
fn xlsx_and_xls_yearbooks_give_the_python_panel() {
    for name in ["yearbook.xlsx", "yearbook.xls"] {
        assert_yearbook(&open(name, Some("分地区"), None).unwrap_or_else(|r| panic!("{name}:\n{r}")), name);
        assert_yearbook(&open(name, Some("2"), None).unwrap_or_else(|r| panic!("{name}:\n{r}")), name);
    }
}

#[test]
fn the_first_sheet_with_a_table_is_read_by_default_and_a_missing_sheet_lists_the_others() {
    let imp = open("yearbook.xlsx", None, None).unwrap_or_else(|r| panic!("{r}"));
    let read = notices(&imp.report).into_iter().find_map(|n| match n {
        Notice::SheetRead { sheet, .. } => Some(sheet.clone()),
        _ => None,
    });
    assert_eq!(read.as_deref(), Some("分地区"), "{}", imp.report);
    assert_yearbook(&imp, "default sheet");
    let r = open("yearbook.xlsx", Some("说明"), None).expect_err("the cover sheet has no data");
    assert!(r.of_kind(FindingKind::Empty).next().is_some(), "{r}");
    assert_eq!(r.sheets(), ["说明", "分地区"]);
    let r = open("yearbook.xls", Some("Sheet9"), None).err().unwrap();
    let f = r.of_kind(FindingKind::Workbook).next().unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("\"Sheet9\"") && f.message.contains("\"分地区\""), "{}", f.message);
    let zh = carbon_dml::locale::import::locate(&r, f, carbon_dml::locale::Lang::Zh);
    assert!(zh.contains("没有名为“Sheet9”的工作表"), "{zh}");
}

#[test]
fn merged_header_cells_are_errors_naming_their_ranges() {
    let r = open("merged_header.xlsx", None, None).expect_err("a two-row header is refused");
    let merged: Vec<(&str, bool)> = notices(&r)
        .into_iter()
        .filter_map(|n| match n {
            Notice::MergedHeader { range, spans_rows, .. } => Some((range.as_str(), *spans_rows)),
            _ => None,
        })
        .collect();
    assert_eq!(merged, [("A1:A2", true), ("B1:C1", false)], "{r}");
    assert!(r.of_kind(FindingKind::BadHeader).all(|f| f.severity == Severity::Error && f.lines == [1]));
}

#[test]
fn merged_data_cells_are_a_warning_and_the_empty_cell_is_not_filled_in() {
    let r = open("merged_data.xlsx", None, None).map(|i| i.report).unwrap_or_else(|r| r);
    let f = r.of_kind(FindingKind::Workbook).find(|f| matches!(f.notice, Some(Notice::MergedData { .. }))).unwrap();
    assert_eq!((f.severity, f.lines.clone()), (Severity::Warning, vec![2]));
    assert!(f.message.contains("A2:A3"), "{}", f.message);
    // Row 3's unit cell is empty (the merge's value is only in A2): reported, not guessed.
    assert!(
        r.findings.iter().any(|f| f.lines.contains(&3) && f.notice == Some(Notice::EmptyUnits { count: 1 })),
        "{r}"
    );
}

fn assert_wide(imp: &Imported, what: &str, first_line: usize) {
    let e = expected();
    let years: Vec<i64> = e["wide"]["years"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
    let rows = e["wide"]["rows"].as_array().unwrap();
    let p = &imp.panel;
    assert_eq!(p.n_rows(), rows.len() * years.len(), "{what}:\n{}", imp.report);
    for (i, row) in rows.iter().enumerate() {
        for (j, y) in years.iter().enumerate() {
            let r = i * years.len() + j;
            assert_eq!(p.unit_label(r), Some(en(row[0].as_str().unwrap()).as_str()), "{what}");
            assert_eq!(p.year_of(r), Some(*y as i32), "{what}");
            assert_eq!(p.numeric("GDP").unwrap()[r], row[j + 1].as_f64().unwrap(), "{what}");
            assert_eq!(imp.lines[r], first_line + i, "{what}: each long row keeps its wide row's line");
        }
    }
    let n = notices(&imp.report);
    let reshaped = n.iter().find_map(|n| match n {
        Notice::Reshaped { units, n_years, years, variable, .. } => Some((*units, *n_years, *years, variable.clone())),
        _ => None,
    });
    assert_eq!(reshaped, Some((rows.len(), years.len(), (2011, 2013), "GDP".to_string())), "{what}");
    assert!(!imp.report.has_errors());
}

#[test]
fn wide_tables_from_a_workbook_and_a_gbk_csv_are_reshaped() {
    let imp = open("wide.xlsx", None, Some("GDP")).unwrap_or_else(|r| panic!("{r}"));
    assert_wide(&imp, "wide.xlsx", 3);
    assert!(notices(&imp.report).iter().any(|n| matches!(n, Notice::FootnoteRows { rows, .. } if rows == &[8])));
    let imp = open("wide_gbk.csv", None, Some("GDP")).unwrap_or_else(|r| panic!("{r}"));
    assert_wide(&imp, "wide_gbk.csv", 2);
    assert!(imp.report.of_kind(FindingKind::Encoding).next().is_some());
    // The unit column may be named; a name that is the unit column's is refused.
    let named =
        ImportOptions { unit: ColumnChoice::Named("地区".into()), wide: Some("GDP".into()), ..Default::default() };
    assert_wide(&import_path(&fixture("wide.xlsx"), &named).unwrap(), "named unit", 3);
    let r = open("wide.xlsx", None, Some("地区")).err().unwrap();
    assert!(notices(&r).iter().any(|n| matches!(n, Notice::WideNameClash { .. })), "{r}");
}

#[test]
fn a_wide_table_with_a_total_column_and_a_repeated_province_is_refused() {
    let r = open("wide_bad.xlsx", None, Some("GDP")).expect_err("refused");
    let n = notices(&r);
    assert!(n.contains(&&Notice::WideNotYear { header: "合计".into(), column: 5 }), "{r}");
    let dup = r.findings.iter().find(|f| matches!(f.notice, Some(Notice::WideDuplicateUnit { .. }))).unwrap();
    assert_eq!(dup.lines, [4, 7]);
    assert!(dup.message.contains("天津"));
}

#[test]
fn the_command_line_reads_a_sheet_and_a_wide_table() {
    let bin = || Command::new(env!("CARGO_BIN_EXE_carbon-dml"));
    let out = bin().args(["check", "--sheet", "分地区", "--data"]).arg(fixture("yearbook.xlsx")).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("4 units x 3 years") && stdout.contains("stored as text"), "{stdout}");
    let out = bin().args(["check", "--wide", "GDP", "--data"]).arg(fixture("wide.xlsx")).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("reshaped to the panel"), "{stdout}");
    let out = bin().args(["describe", "--sheet", "9", "--data"]).arg(fixture("yearbook.xls")).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no sheet \"9\""));
}
