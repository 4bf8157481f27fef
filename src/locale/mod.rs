//! Localization: the languages, the Fluent message catalogue (`assets/locales/<lang>/*.ftl`) and
//! the wording of the engine's typed values, used at the edge by the window, the command line
//! and the report files alike. The engine names what it found (e.g.
//! [`crate::engine::data::Notice`]); this layer says it ([`import`] words each finding,
//! [`validation`] a whole report). No egui here.

pub mod battery;
pub mod fluent;
pub mod import;
pub mod validation;

use serde::{Deserialize, Serialize};

/// A language of the interface, the messages and the result tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Parse `en` / `zh` (command line, preferences).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "zh" | "cn" | "chinese" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The short code (`en`, `zh`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// A province's display name in this language, if `label` is a registry province.
    pub fn province(self, label: &str) -> String {
        match crate::engine::data::registry::Registry::embedded().lookup(label) {
            Some(p) => match self {
                Lang::En => p.name_en.clone(),
                Lang::Zh => p.name_zh.clone(),
            },
            None => label.to_string(),
        }
    }
}
