//! The message catalogue: Project Fluent resources (`assets/locales/<lang>/*.ftl`), compiled into
//! the program and loaded once per language.
//!
//! A translator edits the `.ftl` files only: one message per finding or label, named arguments
//! (`{ $column }`), plural and select variants (`{ $count -> [one] ... *[other] ... }`) and an
//! optional `.remedy` attribute. `tests/locale.rs` fails when a message exists in one language
//! only, when the two languages use different arguments, or when the code asks for a message no
//! file defines.
//!
//! Why Fluent (`fluent-bundle`): messages carry named arguments and per-language plural rules
//! (English "1 row" / "2 rows", Chinese without plural), and the files are plain text a
//! translator can edit and check; gettext's positional catalogues and hand-written `match`es in
//! Rust offer neither.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// One resource file in both languages: (file name, English source, Chinese source).
pub type Source = (&'static str, &'static str, &'static str);

/// Every resource file, as compiled into the program.
pub const SOURCES: &[Source] = &[
    (
        "import.ftl",
        include_str!("../../assets/locales/en/import.ftl"),
        include_str!("../../assets/locales/zh/import.ftl"),
    ),
    (
        "tables.ftl",
        include_str!("../../assets/locales/en/tables.ftl"),
        include_str!("../../assets/locales/zh/tables.ftl"),
    ),
    (
        "report.ftl",
        include_str!("../../assets/locales/en/report.ftl"),
        include_str!("../../assets/locales/zh/report.ftl"),
    ),
    ("notes.ftl", include_str!("../../assets/locales/en/notes.ftl"), include_str!("../../assets/locales/zh/notes.ftl")),
    (
        "validation.ftl",
        include_str!("../../assets/locales/en/validation.ftl"),
        include_str!("../../assets/locales/zh/validation.ftl"),
    ),
    (
        "scenario.ftl",
        include_str!("../../assets/locales/en/scenario.ftl"),
        include_str!("../../assets/locales/zh/scenario.ftl"),
    ),
    (
        "errors.ftl",
        include_str!("../../assets/locales/en/errors.ftl"),
        include_str!("../../assets/locales/zh/errors.ftl"),
    ),
    (
        "errors-spatial.ftl",
        include_str!("../../assets/locales/en/errors-spatial.ftl"),
        include_str!("../../assets/locales/zh/errors-spatial.ftl"),
    ),
    ("cli.ftl", include_str!("../../assets/locales/en/cli.ftl"), include_str!("../../assets/locales/zh/cli.ftl")),
    (
        "cli-help.ftl",
        include_str!("../../assets/locales/en/cli-help.ftl"),
        include_str!("../../assets/locales/zh/cli-help.ftl"),
    ),
    (
        "definitions.ftl",
        include_str!("../../assets/locales/en/definitions.ftl"),
        include_str!("../../assets/locales/zh/definitions.ftl"),
    ),
    (
        "spatial.ftl",
        include_str!("../../assets/locales/en/spatial.ftl"),
        include_str!("../../assets/locales/zh/spatial.ftl"),
    ),
    ("gui.ftl", include_str!("../../assets/locales/en/gui.ftl"), include_str!("../../assets/locales/zh/gui.ftl")),
    (
        "gui-index.ftl",
        include_str!("../../assets/locales/en/gui-index.ftl"),
        include_str!("../../assets/locales/zh/gui-index.ftl"),
    ),
    (
        "gui-maps.ftl",
        include_str!("../../assets/locales/en/gui-maps.ftl"),
        include_str!("../../assets/locales/zh/gui-maps.ftl"),
    ),
    (
        "gui-robustness.ftl",
        include_str!("../../assets/locales/en/gui-robustness.ftl"),
        include_str!("../../assets/locales/zh/gui-robustness.ftl"),
    ),
    (
        "gui-lab.ftl",
        include_str!("../../assets/locales/en/gui-lab.ftl"),
        include_str!("../../assets/locales/zh/gui-lab.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

struct Catalogue {
    en: Bundle,
    zh: Bundle,
}

fn bundle(tag: &str, pick: fn(&Source) -> &'static str) -> Bundle {
    let id = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the text goes to terminals, CSV and LaTeX.
    b.set_use_isolating(false);
    for s in SOURCES {
        // A syntax error keeps the entries that parsed; the test names the broken file.
        let res = FluentResource::try_new(pick(s).to_string()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first definition; the test reports the clash.
        let _ = b.add_resource(res);
    }
    b
}

fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| Catalogue { en: bundle("en", |s| s.1), zh: bundle("zh-CN", |s| s.2) })
}

fn of(lang: Lang) -> &'static Bundle {
    let c = catalogue();
    match lang {
        Lang::En => &c.en,
        Lang::Zh => &c.zh,
    }
}

/// The message `id` in `lang` with `args`; the id itself when no file defines it (a test
/// keeps that from happening).
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let b = of(lang);
    match b.get_message(id).and_then(|m| m.value()) {
        Some(p) => b.format_pattern(p, args, &mut Vec::new()).into_owned(),
        None => id.to_string(),
    }
}

/// The attribute `attr` (e.g. `remedy`) of message `id` in `lang`, if the message has it.
pub fn attribute(lang: Lang, id: &str, attr: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let b = of(lang);
    let a = b.get_message(id)?.get_attribute(attr)?;
    Some(b.format_pattern(a.value(), args, &mut Vec::new()).into_owned())
}

/// The ids of the window's labels: every message of the `gui*.ftl` files, as the English files
/// define them (`tests/locale.rs` keeps the Chinese ones the same).
pub fn gui_ids() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().filter(|s| s.0.starts_with("gui")).flat_map(|s| {
        s.1.lines().filter_map(|line| {
            let id = line.split_once('=')?.0.trim_end();
            let message = line.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ');
            message.then_some(id)
        })
    })
}

/// True when `lang`'s files define message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    of(lang).has_message(id)
}

/// A message with its arguments, built by [`tr!`](crate::tr) or by hand, rendered later in any
/// language (`Message::render`).
#[derive(Clone, Debug, Default)]
pub struct Message {
    /// The message id.
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument value: text (verbatim) or a number (selects plural variants).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number, shown as written by Fluent (integers without grouping).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    /// Add an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    fn fluent_args(&self) -> FluentArgs<'_> {
        let mut a = FluentArgs::new();
        for (k, v) in &self.args {
            match v {
                Arg::Text(s) => a.set(*k, s.as_str()),
                Arg::Number(n) => a.set(*k, *n),
            }
        }
        a
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        message(lang, self.id, Some(&self.fluent_args()))
    }

    /// Its `.remedy` attribute in `lang`, or an empty string.
    pub fn remedy(&self, lang: Lang) -> String {
        attribute(lang, self.id, "remedy", Some(&self.fluent_args())).unwrap_or_default()
    }
}

/// A message rendered in a language: `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`.
/// The id is a string literal, so `tests/locale.rs` can find every id the code uses.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::locale::fluent::Message::new($id)
            $(.arg(stringify!($name), $value))*
            .render($lang)
    };
}
