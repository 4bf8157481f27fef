//! A validation report in the user's language: severity words, one line per finding (file,
//! column, lines, message, remedy) and the summary line, as `carbon-dml check` prints it.
//! In English the text is that of [`Report`]'s `Display`.

use super::Lang;
use super::fluent::Message;
use super::import::locate;
use crate::engine::data::validation::{Finding, Report, Severity};

/// The severity word in `lang` ("error" in English).
pub fn severity(s: Severity, lang: Lang) -> String {
    Message::new(match s {
        Severity::Error => "check-severity-error",
        Severity::Warning => "check-severity-warning",
        Severity::Note => "check-severity-note",
    })
    .render(lang)
}

/// One finding as a line: severity, file, column, lines, message and remedy
/// ([`Report::describe`] in English).
pub fn describe(report: &Report, f: &Finding, lang: Lang) -> String {
    Message::new("check-finding")
        .arg("severity", severity(f.severity, lang))
        .arg("finding", locate(report, f, lang))
        .render(lang)
}

/// The whole report: a line per finding, then how many errors and warnings (or that nothing
/// was found), each line ending with a newline.
pub fn report_text(report: &Report, lang: Lang) -> String {
    if report.findings.is_empty() {
        return Message::new("check-clean").arg("file", super::source_name(&report.file, lang)).render(lang) + "\n";
    }
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&describe(report, f, lang));
        out.push('\n');
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let summary = Message::new("check-counts")
        .arg("file", super::source_name(&report.file, lang))
        .arg("errors", count(Severity::Error))
        .arg("warnings", count(Severity::Warning))
        .render(lang);
    out.push_str(&summary);
    out.push('\n');
    out
}

/// The message of a command that could not import its data, with the report, in `lang`.
pub fn import_failed(report: &Report, lang: Lang) -> String {
    format!("{}\n{}", Message::new("check-import-failed").render(lang), report_text(report, lang))
}
