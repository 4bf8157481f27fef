//! CSV files in GBK, GB18030 and UTF-16 (with a byte-order mark), made by Python's own codecs
//! (tests/fixtures/import_encoding/make_fixtures.py): read into the same panel as the UTF-8
//! text, with a note naming the encoding, and line numbers that are still the file's.

use carbon_dml::engine::data::registry::Registry;
use carbon_dml::engine::data::{
    FindingKind, ImportOptions, Imported, Notice, Report, Severity, TextEncoding, import_bytes, import_path,
};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import_encoding").join(name)
}

fn expected() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(fixture("expected.json")).unwrap()).unwrap()
}

fn import(name: &str) -> Result<Imported, Report> {
    import_path(&fixture(name), &ImportOptions::default())
}

/// The panel holds expected.json's rows, in order, on lines 2, 3, ...
fn assert_panel(imp: &Imported, co2: &str) {
    let rows = expected()["rows"].as_array().unwrap().clone();
    let p = &imp.panel;
    assert_eq!(p.n_rows(), rows.len());
    for (r, row) in rows.iter().enumerate() {
        let zh = row[0].as_str().unwrap();
        let en = &Registry::embedded().lookup(zh).unwrap().name_en;
        assert_eq!(p.unit_label(r), Some(en.as_str()), "row {r}");
        assert_eq!(p.year_of(r), Some(row[1].as_i64().unwrap() as i32));
        assert_eq!(p.numeric("GDP").unwrap()[r], row[2].as_f64().unwrap());
        assert_eq!(p.numeric(co2).unwrap()[r], row[3].as_f64().unwrap());
        assert_eq!(imp.lines[r], r + 2);
    }
}

fn encoding_note(report: &Report) -> TextEncoding {
    let f = report.of_kind(FindingKind::Encoding).next().unwrap_or_else(|| panic!("no encoding note:\n{report}"));
    assert_eq!(f.severity, Severity::Note);
    match &f.notice {
        Some(Notice::Transcoded { encoding }) => {
            assert!(f.message.contains(encoding.name()), "{}", f.message);
            *encoding
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn gbk_and_gb18030_read_as_the_utf8_panel() {
    let imp = import("gbk.csv").unwrap();
    assert_eq!(encoding_note(&imp.report), TextEncoding::Gbk);
    assert_panel(&imp, "碳排放");
    assert!(!imp.report.has_errors());
    let imp = import("gb18030.csv").unwrap();
    assert_eq!(encoding_note(&imp.report), TextEncoding::Gb18030);
    assert_panel(&imp, "CO₂排放");
}

#[test]
fn utf16_with_a_byte_order_mark_reads_both_byte_orders() {
    for (name, enc) in [("utf16le_bom.txt", TextEncoding::Utf16Le), ("utf16be_bom.txt", TextEncoding::Utf16Be)] {
        let imp = import(name).unwrap_or_else(|r| panic!("{name}:\n{r}"));
        assert_eq!(encoding_note(&imp.report), enc, "{name}");
        assert_panel(&imp, "碳排放");
        assert!(imp.report.of_kind(FindingKind::Dialect).next().is_some(), "tab-separated is noted");
    }
}

#[test]
fn a_bad_cell_in_a_gbk_file_is_reported_on_its_own_line() {
    let r = import("gbk_bad_line6.csv").map(|i| i.report).unwrap_or_else(|r| r);
    let f = r.of_kind(FindingKind::NonNumeric).next().unwrap_or_else(|| panic!("{r}"));
    assert_eq!(f.lines, vec![6]);
    assert_eq!(f.column.as_deref(), Some("GDP"));
    assert!(f.message.contains("无数据"), "{}", f.message);
    assert_eq!(encoding_note(&r), TextEncoding::Gbk);
}

#[test]
fn utf8_is_never_converted_and_latin1_is_refused_not_misread() {
    let utf8 = std::fs::read(fixture("gbk.csv")).unwrap();
    let (text, _, bad) = encoding_rs::GBK.decode(&utf8);
    assert!(!bad);
    let imp = import_bytes(text.as_bytes(), "utf8.csv", &ImportOptions::default()).unwrap();
    assert!(imp.report.of_kind(FindingKind::Encoding).next().is_none(), "{}", imp.report);
    assert_panel(&imp, "碳排放");
    let r = import("latin1.csv").expect_err("Latin-1 is refused");
    let f = r.of_kind(FindingKind::NotUtf8).next().unwrap_or_else(|| panic!("{r}"));
    assert_eq!(f.severity, Severity::Error);
    assert!(matches!(f.notice, Some(Notice::UnknownEncoding { offset: 14 })), "{f:?}");
}

#[test]
fn the_encoding_note_is_worded_in_chinese_too() {
    let imp = import("gbk.csv").unwrap();
    let f = imp.report.of_kind(FindingKind::Encoding).next().unwrap();
    let zh = carbon_dml::locale::import::locate(&imp.report, f, carbon_dml::locale::Lang::Zh);
    assert!(zh.contains("GBK") && zh.contains("文件不是 UTF-8 编码"), "{zh}");
}
