//! Help texts: the study, the methods and the keyboard shortcuts (`gui-help-*` in
//! `assets/locales/<lang>/gui.ftl`).

use super::i18n::{Lang, Text};

/// "About the study".
pub fn study(lang: Lang) -> &'static str {
    lang.t(&Text::id("gui-help-study"))
}

/// "About the methods".
pub fn methods(lang: Lang) -> &'static str {
    lang.t(&Text::id("gui-help-methods"))
}

/// "Keyboard shortcuts".
pub fn shortcuts(lang: Lang) -> &'static str {
    lang.t(&Text::id("gui-help-shortcuts"))
}
