//! Wording of the import's typed findings ([`Notice`]: text encodings, workbooks, wide tables)
//! from the Fluent messages `notice-*` of `assets/locales/<lang>/import.ftl`, and of where a
//! finding is (file, column, lines).

use super::Lang;
use super::fluent::Message;
use crate::engine::data::validation::{Finding, Report};
use crate::engine::data::{Notice, TextEncoding};

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
    let mut place = report.file.clone();
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
