//! clap's usage errors (an unknown option, a value not among the choices, a missing argument)
//! in the reader's language: the kind and context clap reports, worded from `cli.ftl`. Kinds
//! without a wording keep clap's own text.

use crate::locale::Lang;
use crate::locale::fluent::Message;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// One context value of `e` as text (lists joined by `, `).
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The usage error `e` in `lang`, ending with a newline; `None` when `lang` is English or the
/// kind has no wording (the caller prints clap's text).
pub fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(e, ContextKind::InvalidValue).unwrap_or_default();
    let head = match e.kind() {
        ErrorKind::InvalidValue if value().is_empty() => Message::new("usage-value-missing").arg("arg", arg()),
        ErrorKind::InvalidValue => Message::new("usage-invalid-value").arg("arg", arg()).arg("value", value()),
        ErrorKind::UnknownArgument => Message::new("usage-unknown-argument").arg("arg", arg()),
        ErrorKind::InvalidSubcommand => Message::new("usage-invalid-subcommand")
            .arg("command", context(e, ContextKind::InvalidSubcommand).unwrap_or_default()),
        ErrorKind::MissingRequiredArgument => Message::new("usage-missing-argument").arg("args", arg()),
        ErrorKind::ArgumentConflict => Message::new("usage-conflict")
            .arg("arg", arg())
            .arg("other", context(e, ContextKind::PriorArg).unwrap_or_default()),
        ErrorKind::ValueValidation => Message::new("usage-value-validation").arg("arg", arg()).arg("value", value()),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Message::new("usage-number-of-values").arg("arg", arg())
        }
        ErrorKind::MissingSubcommand => Message::new("usage-missing-subcommand"),
        _ => return None,
    };
    let mut out = Message::new("cli-error").arg("message", head.render(lang)).render(lang);
    out.push('\n');
    if let Some(valid) = context(e, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        out += &format!("  {}\n", Message::new("usage-valid-values").arg("values", valid).render(lang));
    }
    let suggested = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedValue))
        .or_else(|| context(e, ContextKind::SuggestedSubcommand));
    if let Some(s) = suggested {
        out += &format!("  {}\n", Message::new("usage-did-you-mean").arg("suggestion", s).render(lang));
    }
    if let Some(usage) = context(e, ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim().to_string();
        out += &format!("\n{}\n", Message::new("usage-line").arg("usage", usage).render(lang));
    }
    out += &format!("\n{}\n", Message::new("usage-more").render(lang));
    Some(out)
}
