//! Wording of the import's typed findings ([`Notice`]: text encodings, workbooks, wide tables,
//! and the validation's header, cell, unit, year and panel findings) from the Fluent messages
//! `notice-*` of `assets/locales/<lang>/import.ftl` and `validation.ftl`, and of where a
//! finding is (file, column, lines).

use super::Lang;
use super::fluent::Message;
use crate::engine::data::dialect::separator_name;
use crate::engine::data::validation::{Finding, Report};
use crate::engine::data::{DuplicatePair, Names, Notice, TextEncoding, UnitYear, UnknownUnit};

fn encoding(e: TextEncoding, lang: Lang) -> String {
    Message::new(match e {
        TextEncoding::Gbk => "encoding-gbk",
        TextEncoding::Gb18030 => "encoding-gb18030",
        TextEncoding::Utf16Le => "encoding-utf16le",
        TextEncoding::Utf16Be => "encoding-utf16be",
    })
    .render(lang)
}

/// Items joined with the language's list separator (`, ` or `、`), each quoted as the
/// language quotes (`"a"` or `“a”`).
pub fn list(items: &[String], lang: Lang) -> String {
    let sep = Message::new("list-separator").render(lang);
    let quote = |s: &String| match lang {
        Lang::En => format!("\"{s}\""),
        Lang::Zh => format!("“{s}”"),
    };
    items.iter().map(quote).collect::<Vec<_>>().join(&sep)
}

/// A separator's name in `lang` ("comma" in English).
fn separator(sep: u8, lang: Lang) -> String {
    Message::new("notice-part-separator-name").arg("separator", separator_name(sep)).render(lang)
}

/// Column names, quoted and joined, with how many more there are.
fn names(n: &Names, lang: Lang) -> String {
    let shown = list(&n.shown, lang);
    match n.total.saturating_sub(n.shown.len()) {
        0 => shown,
        more => Message::new("notice-part-list-names-more").arg("list", shown).arg("more", more).render(lang),
    }
}

/// Unknown unit labels with the closest province, joined, with how many more there are.
fn unknown_units(examples: &[UnknownUnit], count: usize, lang: Lang) -> String {
    let comma = Message::new("notice-part-unit-year-separator").render(lang);
    let shown = examples
        .iter()
        .map(|u| match &u.closest {
            Some((en, zh)) => Message::new("notice-part-unknown-unit-closest")
                .arg("label", &u.label)
                .arg("en", en)
                .arg("zh", zh)
                .render(lang),
            None => Message::new("notice-part-unknown-unit").arg("label", &u.label).render(lang),
        })
        .collect::<Vec<_>>()
        .join(&comma);
    match count.saturating_sub(examples.len()) {
        0 => shown,
        more => Message::new("notice-part-list-units-more").arg("list", shown).arg("more", more).render(lang),
    }
}

/// A unit's label as `lang` names it: a province in Chinese for Chinese text, any other label
/// as written.
fn unit(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => label.to_string(),
        Lang::Zh => lang.province(label),
    }
}

/// Units and years ("Hebei 2012"), joined.
fn unit_years(items: &[UnitYear], lang: Lang) -> String {
    let sep = Message::new("notice-part-unit-year-separator").render(lang);
    items
        .iter()
        .map(|u| {
            Message::new("notice-part-unit-year")
                .arg("unit", unit(&u.unit, lang))
                .arg("year", i64::from(u.year))
                .render(lang)
        })
        .collect::<Vec<_>>()
        .join(&sep)
}

/// Duplicated unit-years with their two lines, joined.
fn duplicates(items: &[DuplicatePair], lang: Lang) -> String {
    let sep = Message::new("notice-part-duplicate-separator").render(lang);
    items
        .iter()
        .map(|d| {
            Message::new("notice-part-duplicate-example")
                .arg("unit", unit(&d.unit, lang))
                .arg("year", i64::from(d.year))
                .arg("first", d.first)
                .arg("second", d.second)
                .render(lang)
        })
        .collect::<Vec<_>>()
        .join(&sep)
}

/// A value as a number is written: plainly, or in scientific notation when very large or
/// very small (1e308 is not written out in 309 digits).
fn value(x: f64) -> String {
    let a = x.abs();
    if a != 0.0 && a.is_finite() && !(1e-6..1e15).contains(&a) { format!("{x:e}") } else { format!("{x}") }
}

fn numbers(rows: &[usize]) -> String {
    rows.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")
}

/// The Fluent message of one notice in `lang` (list arguments are joined in that language).
pub fn message(n: &Notice, lang: Lang) -> Message {
    let m = Message::new;
    match n {
        Notice::Transcoded { encoding: e } => m("notice-transcoded").arg("encoding", encoding(*e, lang)),
        Notice::UnknownEncoding { offset } => m("notice-unknown-encoding").arg("offset", *offset),
        Notice::BadUtf16 { encoding: e } => m("notice-bad-utf16").arg("encoding", e.name()),
        Notice::WorkbookUnreadable { reason } => m("notice-workbook-unreadable").arg("reason", reason),
        Notice::NoSheets => m("notice-no-sheets"),
        Notice::SheetNotFound { asked, sheets } => {
            m("notice-sheet-not-found").arg("asked", asked).arg("sheets", list(sheets, lang))
        }
        Notice::SheetRead { sheet, sheets } if sheets.len() > 1 => m("notice-sheet-read-of-many")
            .arg("sheet", sheet)
            .arg("count", sheets.len())
            .arg("sheets", list(sheets, lang)),
        Notice::SheetRead { sheet, .. } => m("notice-sheet-read").arg("sheet", sheet),
        Notice::EmptySheet { sheet } => m("notice-empty-sheet").arg("sheet", sheet),
        Notice::TitleRows { rows, text } => {
            m("notice-title-rows").arg("count", rows.len()).arg("rows", numbers(rows)).arg("text", text)
        }
        Notice::FootnoteRows { rows, text } => {
            m("notice-footnote-rows").arg("count", rows.len()).arg("rows", numbers(rows)).arg("text", text)
        }
        Notice::MergedHeader { range, text, spans_rows } => {
            m(if *spans_rows { "notice-merged-header-rows" } else { "notice-merged-header" })
                .arg("range", range)
                .arg("text", text)
        }
        Notice::MergedData { ranges, count } => {
            let sep = Message::new("list-separator").render(lang);
            m("notice-merged-data").arg("count", *count).arg("ranges", ranges.join(&sep))
        }
        Notice::NumbersAsText { example, count } => {
            m("notice-numbers-as-text").arg("count", *count).arg("example", example)
        }
        Notice::Reshaped { variable, unit_column, units, years, n_years } => m("notice-reshaped")
            .arg("variable", variable)
            .arg("unit_column", unit_column)
            .arg("units", *units)
            .arg("n_years", *n_years)
            .arg("first", years.0)
            .arg("last", years.1),
        Notice::WideNotYear { header, column } => {
            m("notice-wide-not-year").arg("header", header).arg("column", *column)
        }
        Notice::WideDuplicateYear { year } => m("notice-wide-duplicate-year").arg("year", *year),
        Notice::WideDuplicateUnit { unit } => m("notice-wide-duplicate-unit").arg("unit", unit),
        Notice::WideTooNarrow { columns } => m("notice-wide-too-narrow").arg("columns", *columns),
        Notice::WideNameClash { variable } => m("notice-wide-name-clash").arg("variable", variable),
        Notice::Unreadable { reason } => m("notice-unreadable").arg("reason", reason),
        Notice::Utf16Text { little_endian } => {
            m("notice-utf16-text").arg("endian", if *little_endian { "little" } else { "big" })
        }
        Notice::NulByte { offset } => m("notice-nul-byte").arg("offset", *offset),
        Notice::NotUtf8 { offset } => m("notice-not-utf8").arg("offset", *offset),
        Notice::EmptyFile => m("notice-empty-file"),
        Notice::NoDataRows => m("notice-no-data-rows"),
        Notice::UnterminatedQuote => m("notice-unterminated-quote"),
        Notice::RaggedRows { count, columns, separator: sep, line, fields } => m("notice-ragged-rows")
            .arg("count", *count)
            .arg("columns", *columns)
            .arg("separator", separator(*sep, lang))
            .arg("line", *line)
            .arg("fields", *fields),
        Notice::UnnamedColumn { column } => m("notice-unnamed-column").arg("column", *column),
        Notice::RepeatedColumnName { first, second } => {
            m("notice-repeated-column-name").arg("first", *first).arg("second", *second)
        }
        Notice::SingleColumnHeader { separator: sep } => {
            m("notice-single-column-header").arg("separator", separator(*sep, lang))
        }
        Notice::Separator { separator: sep } => m("notice-separator").arg("separator", separator(*sep, lang)),
        Notice::NumberFormat { example, count } => {
            m("notice-number-format").arg("example", example).arg("count", *count)
        }
        Notice::Infinite { example, count } => m("notice-infinite").arg("example", example).arg("count", *count),
        Notice::NotANumber { example, count } => m("notice-not-a-number").arg("example", example).arg("count", *count),
        Notice::CrossSection { no_unit, no_year } => m("notice-cross-section").arg(
            "missing",
            match (no_unit, no_year) {
                (true, true) => "both",
                (true, false) => "unit",
                _ => "year",
            },
        ),
        Notice::ColumnNotFound { role, name, closest } => {
            m("notice-column-not-found").arg("role", role.key()).arg("name", name).arg("closest", closest)
        }
        Notice::WideUnitNotFound { name } => m("notice-wide-unit-not-found").arg("name", name),
        Notice::EmptyUnits { count } => m("notice-empty-units").arg("count", *count),
        Notice::UnknownUnits { count, examples } => {
            m("notice-unknown-units").arg("count", *count).arg("names", unknown_units(examples, *count, lang))
        }
        Notice::EmptyYears { count } => m("notice-empty-years").arg("count", *count),
        Notice::NotAYear { example, count, min, max } => m("notice-not-a-year")
            .arg("example", example)
            .arg("count", *count)
            .arg("min", i64::from(*min))
            .arg("max", i64::from(*max)),
        Notice::SingleRow => m("notice-single-row"),
        Notice::DuplicateUnitYears { count, examples } => {
            m("notice-duplicate-unit-years").arg("count", *count).arg("examples", duplicates(examples, lang))
        }
        Notice::OneYearOnly { year } => m("notice-one-year-only").arg("year", i64::from(*year)),
        Notice::Unbalanced { units, years, expected, present, gaps } => m("notice-unbalanced")
            .arg("units", *units)
            .arg("years", *years)
            .arg("expected", *expected)
            .arg("present", *present)
            .arg("gaps", unit_years(gaps, lang)),
        Notice::SingleYearUnits { count, examples } => {
            m("notice-single-year-units").arg("count", *count).arg("examples", unit_years(examples, lang))
        }
        Notice::MissingCells { missing, total } => {
            m("notice-missing-cells").arg("missing", *missing).arg("total", *total)
        }
        Notice::MoreMissingColumns { names: n } => {
            m("notice-more-missing-columns").arg("count", n.total).arg("names", names(n, lang))
        }
        Notice::EmptyColumn => m("notice-empty-column"),
        Notice::EmptyColumns { names: n } => {
            m("notice-empty-columns").arg("count", n.total).arg("names", names(n, lang))
        }
        Notice::ConstantColumn { value: v } => m("notice-constant-column").arg("value", value(*v)),
        Notice::MoreConstantColumns { names: n } => {
            m("notice-more-constant-columns").arg("count", n.total).arg("names", names(n, lang))
        }
    }
}

/// A notice's (message, remedy) in `lang`; the remedy is empty where there is nothing to do.
pub fn words(n: &Notice, lang: Lang) -> (String, String) {
    let msg = message(n, lang);
    (msg.render(lang), msg.remedy(lang))
}

/// A finding's message and remedy in `lang`: typed findings are worded from the catalogue,
/// the others keep the engine's English.
pub fn text(f: &Finding, lang: Lang) -> (String, String) {
    match &f.notice {
        Some(n) => words(n, lang),
        None => (f.message.clone(), f.remedy.clone()),
    }
}

/// Where a finding is and what it says, in `lang`: file, column, lines (with how many more),
/// message and remedy ([`Report::locate`] in English).
pub fn locate(report: &Report, f: &Finding, lang: Lang) -> String {
    if lang == Lang::En && f.notice.is_none() {
        return report.locate(f);
    }
    let (message, remedy) = text(f, lang);
    let mut place = super::source_name(&report.file, lang);
    if let Some(c) = &f.column {
        place.push_str(&Message::new("locate-column").arg("column", c).render(lang));
    }
    if !f.lines.is_empty() {
        place.push_str(
            &Message::new("locate-lines").arg("count", f.lines.len()).arg("lines", numbers(&f.lines)).render(lang),
        );
        if f.count > f.lines.len() {
            place.push_str(&Message::new("locate-more").arg("more", f.count - f.lines.len()).render(lang));
        }
    }
    let mut s = Message::new("locate-message").arg("place", place).arg("message", message).render(lang);
    if !remedy.is_empty() {
        s.push_str(&Message::new("locate-remedy").arg("remedy", remedy).render(lang));
    }
    s
}
