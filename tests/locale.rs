//! The message catalogue is complete: every Fluent file parses, English and Chinese define the
//! same messages with the same attributes and arguments, every message id the code names
//! exists, and typed findings and result tables come out in both languages.

use carbon_dml::engine::data::{DuplicatePair, KeyRole, Names, Notice, TextEncoding, UnitYear, UnknownUnit};
use carbon_dml::locale::Lang;
use carbon_dml::locale::fluent::{Message, SOURCES, has};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One entry of a `.ftl` file: its attributes, the variables it uses, and those it selects a
/// variant on (`{ $count -> ... }`).
#[derive(Debug, Default, PartialEq)]
struct Entry {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    selectors: BTreeSet<String>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn variables(line: &str, entry: &mut Entry) {
    let mut rest = line;
    while let Some(i) = rest.find('$') {
        let name: String =
            rest[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        if !name.is_empty() {
            if rest[i + 1 + name.len()..].trim_start().starts_with("->") {
                entry.selectors.insert(name.clone());
            }
            entry.variables.insert(name);
        }
        rest = &rest[i + 1..];
    }
}

/// Messages of a Fluent source by id (terms and comments skipped).
fn entries(source: &str) -> BTreeMap<String, Entry> {
    let mut out: BTreeMap<String, Entry> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let id = line.split('=').next().unwrap_or("").trim().to_string();
            assert!(is_id(&id), "not a message line: {line}");
            assert!(!out.contains_key(&id), "message {id} defined twice");
            out.insert(id.clone(), Entry::default());
            current = Some(id);
        }
        let entry = out.get_mut(current.as_ref().expect("a continuation line before any message")).unwrap();
        let trimmed = line.trim_start();
        if line.starts_with(' ') && trimmed.starts_with('.') {
            entry.attributes.insert(trimmed[1..].split('=').next().unwrap_or("").trim().to_string());
        }
        variables(line, entry);
    }
    out
}

#[test]
fn every_file_parses_in_both_languages() {
    for (name, en, zh) in SOURCES {
        for (lang, text) in [("en", en), ("zh", zh)] {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
                panic!("{lang}/{name}: {errors:?}");
            }
        }
    }
}

#[test]
fn both_languages_define_the_same_messages_with_the_same_arguments() {
    let mut all = BTreeSet::new();
    for (name, en, zh) in SOURCES {
        let (en, zh) = (entries(en), entries(zh));
        let en_ids: BTreeSet<_> = en.keys().collect();
        let zh_ids: BTreeSet<_> = zh.keys().collect();
        assert_eq!(en_ids, zh_ids, "{name}: messages in one language only");
        for (id, e) in &en {
            let z = &zh[id];
            assert_eq!(e.attributes, z.attributes, "{name}: {id}: attributes differ");
            // Chinese may leave out an argument English only chooses a plural form by; no
            // language may use an argument the code does not give.
            let dropped: BTreeSet<_> = e.variables.difference(&z.variables).collect();
            assert!(dropped.iter().all(|v| e.selectors.contains(*v)), "{name}: {id}: Chinese leaves out {dropped:?}");
            assert!(z.variables.is_subset(&e.variables), "{name}: {id}: Chinese uses arguments English does not");
            assert!(all.insert(id.clone()), "{id} is defined in two files");
        }
    }
    assert!(all.len() > 100, "{} messages", all.len());
}

/// Every string literal in `src` that looks like a message id of a known family.
fn ids_in_code() -> BTreeSet<(String, String)> {
    let families: BTreeSet<String> = SOURCES
        .iter()
        .flat_map(|(_, en, _)| entries(en).into_keys())
        .filter_map(|id| id.split('-').next().map(str::to_string))
        .collect();
    let mut out = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for (i, piece) in text.split('"').enumerate() {
                let family = piece.split('-').next().unwrap_or("");
                if i % 2 == 1 && piece.contains('-') && is_id(piece) && families.contains(family) {
                    out.insert((p.display().to_string(), piece.to_string()));
                }
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_names_exists() {
    let named = ids_in_code();
    assert!(named.len() > 50, "found only {} ids in the code", named.len());
    // Literals of a message family that are not messages: command-line flags and values,
    // widget and job ids. A new one is added here on purpose; a mistyped id fails.
    let not_ids = [
        "learner-g",
        "learner-l",
        "learner-m",
        "learner-r",
        "iv-type",
        "report-export",
        "iv-first-stage",
        "iv-sets",
        "map-export",
    ];
    let missing: Vec<String> = named
        .into_iter()
        .filter(|(_, id)| !not_ids.contains(&id.as_str()))
        .filter(|(_, id)| !(has(Lang::En, id) && has(Lang::Zh, id)))
        .map(|(file, id)| format!("{file}: {id}"))
        .collect();
    assert!(missing.is_empty(), "messages not in assets/locales:\n{}", missing.join("\n"));
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_import_notice_is_worded_in_both_languages() {
    let s = |x: &str| x.to_string();
    let notices = [
        Notice::Transcoded { encoding: TextEncoding::Gbk },
        Notice::UnknownEncoding { offset: 7 },
        Notice::BadUtf16 { encoding: TextEncoding::Utf16Le },
        Notice::WorkbookUnreadable { reason: s("zip error") },
        Notice::NoSheets,
        Notice::SheetNotFound { asked: s("Data"), sheets: vec![s("A"), s("B")] },
        Notice::SheetRead { sheet: s("A"), sheets: vec![s("A"), s("B")] },
        Notice::SheetRead { sheet: s("A"), sheets: vec![s("A")] },
        Notice::EmptySheet { sheet: s("A") },
        Notice::TitleRows { rows: vec![1], text: s("GDP by province") },
        Notice::FootnoteRows { rows: vec![33, 34], text: s("注：") },
        Notice::MergedHeader { range: s("B1:D1"), text: s("GDP"), spans_rows: true },
        Notice::MergedHeader { range: s("B1:D1"), text: s("GDP"), spans_rows: false },
        Notice::MergedData { ranges: vec![s("A2:A3")], count: 1 },
        Notice::NumbersAsText { example: s("12.5"), count: 3 },
        Notice::Reshaped { variable: s("GDP"), unit_column: s("地区"), units: 31, years: (2011, 2022), n_years: 12 },
        Notice::WideNotYear { header: s("total"), column: 14 },
        Notice::WideDuplicateYear { year: 2015 },
        Notice::WideDuplicateUnit { unit: s("北京") },
        Notice::WideTooNarrow { columns: 1 },
        Notice::WideNameClash { variable: s("year") },
        Notice::Unreadable { reason: s("No such file or directory (os error 2)") },
        Notice::Utf16Text { little_endian: true },
        Notice::Utf16Text { little_endian: false },
        Notice::NulByte { offset: 12 },
        Notice::NotUtf8 { offset: 3 },
        Notice::EmptyFile,
        Notice::NoDataRows,
        Notice::UnterminatedQuote,
        Notice::RaggedRows { count: 2, columns: 4, separator: b';', line: 3, fields: 5 },
        Notice::UnnamedColumn { column: 2 },
        Notice::RepeatedColumnName { first: 1, second: 3 },
        Notice::SingleColumnHeader { separator: b',' },
        Notice::Separator { separator: b'\t' },
        Notice::NumberFormat { example: s("1,234"), count: 2 },
        Notice::Infinite { example: s("inf"), count: 1 },
        Notice::NotANumber { example: s("abc"), count: 1 },
        Notice::CrossSection { no_unit: true, no_year: true },
        Notice::CrossSection { no_unit: true, no_year: false },
        Notice::CrossSection { no_unit: false, no_year: true },
        Notice::ColumnNotFound { role: KeyRole::Unit, name: s("prov"), closest: s("province") },
        Notice::ColumnNotFound { role: KeyRole::Year, name: s("yr"), closest: s("year") },
        Notice::WideUnitNotFound { name: s("地区") },
        Notice::EmptyUnits { count: 2 },
        Notice::UnknownUnits {
            count: 10,
            examples: vec![
                UnknownUnit { label: s("Sichaun"), closest: Some((s("Sichuan"), s("四川"))) },
                UnknownUnit { label: s("Atlantis"), closest: None },
            ],
        },
        Notice::EmptyYears { count: 1 },
        Notice::NotAYear { example: s("3000"), count: 1, min: 1800, max: 2200 },
        Notice::SingleRow,
        Notice::DuplicateUnitYears {
            count: 1,
            examples: vec![DuplicatePair { unit: s("Beijing"), year: 2011, first: 2, second: 3 }],
        },
        Notice::OneYearOnly { year: 2011 },
        Notice::Unbalanced {
            units: 3,
            years: 2,
            expected: 6,
            present: 5,
            gaps: vec![UnitYear { unit: s("Hebei"), year: 2012 }],
        },
        Notice::SingleYearUnits { count: 1, examples: vec![UnitYear { unit: s("Hebei"), year: 2011 }] },
        Notice::MissingCells { missing: 1, total: 30 },
        Notice::MoreMissingColumns { names: Names { shown: vec![s("a"), s("b")], total: 2 } },
        Notice::EmptyColumn,
        Notice::EmptyColumns { names: Names { shown: vec![s("a"), s("b")], total: 10 } },
        Notice::ConstantColumn { value: 1e308 },
        Notice::MoreConstantColumns { names: Names { shown: vec![s("c")], total: 1 } },
    ];
    for n in &notices {
        let m = carbon_dml::locale::import::message(n, Lang::En);
        assert!(has(Lang::En, m.id), "{n:?}");
        let (en, _) = carbon_dml::locale::import::words(n, Lang::En);
        let (zh, zh_fix) = carbon_dml::locale::import::words(n, Lang::Zh);
        assert!(!en.contains('{') && !en.contains("notice-"), "{en}");
        assert!(has_cjk(&zh), "{n:?}: {zh}");
        assert!(zh_fix.is_empty() || has_cjk(&zh_fix), "{zh_fix}");
    }
    // Plural rules: English chooses the form by the count, Chinese has one form.
    let one = carbon_dml::locale::import::words(&notices[13], Lang::En).0;
    assert!(one.starts_with("one merged range in the data"), "{one}");
    let many = Message::new("notice-numbers-as-text").arg("count", 3usize).arg("example", "7").render(Lang::En);
    assert!(many.starts_with("3 numbers are stored as text"), "{many}");
    let en = |n: &Notice| carbon_dml::locale::import::words(n, Lang::En).0;
    let zh = |n: &Notice| carbon_dml::locale::import::words(n, Lang::Zh).0;
    let find = |p: fn(&Notice) -> bool| notices.iter().find(|n| p(n)).unwrap();
    // The validation's findings: plural forms, lists with "and N more", select variants.
    let one_cell = en(find(|n| matches!(n, Notice::NotANumber { .. })));
    assert_eq!(one_cell, "\"abc\" is not a number (1 such cell in a numeric column).");
    let units = en(find(|n| matches!(n, Notice::UnknownUnits { .. })));
    assert_eq!(
        units,
        "10 unit names are not provinces of the registry: \"Sichaun\" (did you mean Sichuan / 四川?), \"Atlantis\" and 8 more."
    );
    let empty = en(find(|n| matches!(n, Notice::EmptyColumns { .. })));
    assert_eq!(empty, "10 columns have no value at all: \"a\", \"b\", and 8 more.");
    let ragged = find(|n| matches!(n, Notice::RaggedRows { .. }));
    assert!(en(ragged).contains("(4 semicolon-separated names); line 3 has 5."), "{}", en(ragged));
    assert!(zh(ragged).contains("分号"), "{}", zh(ragged));
    let constant = en(find(|n| matches!(n, Notice::ConstantColumn { .. })));
    assert_eq!(constant, "the column has a single value (1e308).");
    let section = zh(find(|n| matches!(n, Notice::CrossSection { no_unit: true, no_year: false })));
    assert!(section.contains("单位列") && !section.contains("年份列"), "{section}");
}

/// A report in Chinese: severity words, place, message, remedy and summary are all Chinese;
/// in English it is the report's `Display`, word for word.
#[test]
fn a_report_reads_in_both_languages() {
    use carbon_dml::engine::data::import_bytes;
    use carbon_dml::locale::validation::report_text;
    let csv = "province,year,co2\nBeijing,2011,1\nBeijing,2011,x\nAtlantis,2012,3\n";
    let report = import_bytes(csv.as_bytes(), "t.csv", &Default::default()).unwrap_err();
    assert_eq!(report_text(&report, Lang::En), report.to_string());
    let zh = report_text(&report, Lang::Zh);
    let lines: Vec<&str> = zh.lines().collect();
    assert_eq!(lines.len(), report.findings.len() + 1, "{zh}");
    for l in &lines[..report.findings.len()] {
        assert!(l.starts_with("错误：") || l.starts_with("警告：") || l.starts_with("提示："), "{l}");
        assert!(l.contains("处理：") || !l.contains("Remedy"), "{l}");
        assert!(!l.contains(" is ") && !l.contains(" are "), "English left in: {l}");
    }
    assert!(lines[report.findings.len()].contains("个错误"), "{zh}");
}

/// Learner names and descriptions: English equals the engine's own description (what JSON and
/// the tables carry), Chinese is Chinese.
#[test]
fn learner_descriptions_match_the_engine_in_english() {
    use carbon_dml::engine::learners::{LearnerKind, LearnerSpec};
    for kind in LearnerKind::ALL {
        let spec: LearnerSpec = kind.default_spec();
        assert_eq!(carbon_dml::locale::learner_description(&spec, Lang::En), spec.describe());
        assert_eq!(carbon_dml::locale::learner_kind(kind, Lang::En), kind.label());
        let zh = carbon_dml::locale::learner_description(&spec, Lang::Zh);
        assert!(kind == LearnerKind::Ols || has_cjk(&zh), "{zh}");
    }
}

/// An estimate's footnotes are typed: English is the sentence the JSON carries, Chinese is
/// Chinese, for every kind of note.
#[test]
fn estimate_footnotes_in_both_languages() {
    use carbon_dml::engine::data::registry::Region3;
    use carbon_dml::engine::scenario::filter::{Condition, SampleFilter};
    use carbon_dml::engine::scenario::note::SpecNote;
    use carbon_dml::locale::notes::spec_note;
    let filter = SampleFilter { years: Some((2011, 2015)), conditions: vec![Condition::Region(Region3::West)] };
    let notes = [
        SpecNote::Sample { filter, rows: 55, total: 360 },
        SpecNote::Dropped { total: 4, by: vec![("DCP".into(), 2), ("green".into(), 2)] },
        SpecNote::InstrumentUnused,
        SpecNote::FoldColumnRepeats,
        SpecNote::ClusterUnitFolds,
        SpecNote::ClusterUnitYearFolds { k: 5 },
        SpecNote::UnitYearDummies,
        SpecNote::DataChanged { saved: 1, now: 2 },
    ];
    assert_eq!(notes[0].to_string(), "Sample: 2011-2015, region west (55 of 360 rows).");
    assert_eq!(notes[1].to_string(), "4 rows dropped for missing values (DCP 2, green 2).");
    assert!(notes[5].to_string().contains("5 x 5 = 25 folds"), "{}", notes[5]);
    assert_eq!(spec_note(&notes[0], Lang::Zh), "样本：2011-2015、西部（360 行中的 55 行）。");
    for n in &notes {
        assert!(has_cjk(&spec_note(n, Lang::Zh)), "{n}");
        assert!(!n.to_string().contains("note-"), "{n}");
    }
}

/// Every label handle the window names (`Text::id("gui-...")`, `text!(NAME, "gui-...")`) with
/// the message it stands for, found in `src/gui`.
fn gui_handles() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for start in ["Text::id(\"", "text!("] {
                for piece in text.split(start).skip(1) {
                    // `text!(NAME, "id")`: skip the constant's name.
                    let piece = if start == "text!(" { piece.split_once('"').map_or("", |(_, r)| r) } else { piece };
                    if let Some((id, _)) = piece.split_once('"') {
                        out.insert((p.display().to_string(), id.to_string()));
                    }
                }
            }
        }
    }
    out
}

/// A misspelled label id would show as the id itself: every handle the code names renders in
/// both languages to a non-empty text that is not its id.
#[test]
fn every_window_label_resolves_in_both_languages() {
    use carbon_dml::gui::i18n::Text;
    let handles = gui_handles();
    assert!(handles.len() > 500, "found only {} label handles", handles.len());
    let mut bad = Vec::new();
    for (file, id) in &handles {
        let id: &'static str = Box::leak(id.clone().into_boxed_str());
        if !id.starts_with("gui-") {
            bad.push(format!("{file}: {id} is not in the gui- family"));
        }
        for lang in [Lang::En, Lang::Zh] {
            let t = lang.t(&Text::id(id));
            if t.is_empty() || t == id {
                bad.push(format!("{file}: {id} has no {} text", lang.code()));
            }
        }
    }
    assert!(bad.is_empty(), "labels that do not resolve:\n{}", bad.join("\n"));
}

/// Every label of the `gui*.ftl` files is used by the code (a label the code no longer names
/// is a translator's wasted work).
#[test]
fn every_window_label_is_used() {
    let named: BTreeSet<String> = ids_in_code().into_iter().map(|(_, id)| id).collect();
    let unused: Vec<&str> = carbon_dml::locale::fluent::gui_ids().filter(|id| !named.contains(*id)).collect();
    assert!(unused.is_empty(), "labels in assets/locales/*/gui*.ftl that no code names: {unused:?}");
}

/// Why a column of the study's tables was skipped, and what a learner remarked about its fit:
/// English is the engine's sentence (what the JSON carries), Chinese is Chinese.
#[test]
fn skip_reasons_and_learner_remarks_in_both_languages() {
    use carbon_dml::engine::battery::{ColumnPurpose, Needs, SkipReason};
    use carbon_dml::engine::learners::LearnerRemark;
    use carbon_dml::locale::battery::skip_reason;
    use carbon_dml::locale::notes::learner_remark;
    let mut reasons = vec![
        SkipReason::TreatmentNotIndex { treatment: "x".into() },
        SkipReason::NoIndicators { missing: vec!["a".into(), "b".into()] },
    ];
    for purpose in [ColumnPurpose::Outcome, ColumnPurpose::Instrument, ColumnPurpose::Regulation, ColumnPurpose::Mapped]
    {
        reasons.push(SkipReason::MissingColumn { column: "ER".into(), purpose });
    }
    for what in [Needs::CoastalSplit, Needs::RegionSplit, Needs::Map, Needs::MapByYear, Needs::InstrumentTimesLag] {
        reasons.push(SkipReason::NotProvinces { what });
        reasons.push(SkipReason::NoYearColumn { what });
    }
    for r in &reasons {
        assert_eq!(skip_reason(r, Lang::En), r.to_string());
        let zh = skip_reason(r, Lang::Zh);
        assert!(has_cjk(&zh) && !zh.contains(" needs "), "{zh}");
    }
    let remarks = [
        LearnerRemark::OlsCollinear { rank: 3, columns: 5 },
        LearnerRemark::LassoNotConverged { max_iter: 1000 },
        LearnerRemark::LassoAllZero { alpha: 0.0123 },
        LearnerRemark::SvrNotConverged { iterations: 10, violation: 0.5, tol: 1e-3 },
    ];
    for r in &remarks {
        assert_eq!(learner_remark(r, Lang::En), r.to_string());
        assert!(has_cjk(&learner_remark(r, Lang::Zh)), "{r}");
    }
}
