//! Values the engine returns to the user (errors above all) and their wording in a language,
//! decided at the edge: the command line words an error in the language of `--lang`, the window
//! in the language of its menu. The engine names what went wrong (a variant and its arguments);
//! the sentences live in `assets/locales/<lang>/errors*.ftl`.

use super::Lang;
use std::sync::Arc;

/// A typed value the user reads, worded in `lang`.
///
/// Errors implement it in [`crate::locale::errors`]; their `Display` is the English wording
/// ([`english_display!`](crate::english_display)), so logs and JSON read as before.
pub trait Worded {
    /// The text in `lang`: one sentence or a few clauses, without an `error:` prefix.
    fn worded(&self, lang: Lang) -> String;
}

impl<T: Worded + ?Sized> Worded for Box<T> {
    fn worded(&self, lang: Lang) -> String {
        (**self).worded(lang)
    }
}

/// Operating-system errors keep the system's own text (it is worded by the system, in its
/// language, and is shown after the file it concerns).
impl Worded for std::io::Error {
    fn worded(&self, _lang: Lang) -> String {
        self.to_string()
    }
}

/// `Display` (the English wording of [`Worded`]) and `std::error::Error` for engine errors,
/// so that no sentence is written twice.
#[macro_export]
macro_rules! english_display {
    ($($t:ty),+ $(,)?) => {
        $crate::english_wording!($($t),+);
        $(impl ::std::error::Error for $t {})+
    };
}

/// `Display` as the English wording of [`Worded`], for remarks and other values that are not
/// errors.
#[macro_export]
macro_rules! english_wording {
    ($($t:ty),+ $(,)?) => {
        $(
            impl ::std::fmt::Display for $t {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&$crate::locale::Worded::worded(self, $crate::locale::Lang::En))
                }
            }
        )+
    };
}

/// A result that could not be written as JSON or text (out of memory, a closed pipe): the
/// library's own text.
impl Worded for serde_json::Error {
    fn worded(&self, _lang: Lang) -> String {
        self.to_string()
    }
}

/// A result that could not be formatted: the library's own text.
impl Worded for std::fmt::Error {
    fn worded(&self, _lang: Lang) -> String {
        self.to_string()
    }
}

/// Several values worded in `lang`, joined by `separator`.
pub fn worded_list<T: Worded>(items: &[T], separator: &str, lang: Lang) -> String {
    items.iter().map(|x| x.worded(lang)).collect::<Vec<_>>().join(separator)
}

/// An error kept typed where it is shown later (a window's view, a finished background job):
/// worded in the language of each frame, so switching the language rewords it. Cheap to clone.
#[derive(Clone)]
pub struct SharedError(Arc<dyn Worded + Send + Sync>);

impl SharedError {
    /// A message that is already text (a background job's own, such as a worker's panic).
    pub fn plain(text: String) -> SharedError {
        SharedError(Arc::new(Plain(text)))
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.0.worded(lang)
    }
}

impl<E: Worded + Send + Sync + 'static> From<E> for SharedError {
    fn from(e: E) -> Self {
        SharedError(Arc::new(e))
    }
}

impl std::fmt::Debug for SharedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::fmt::Debug for dyn Worded + Send + Sync {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.worded(Lang::En))
    }
}

/// A message that is already text.
struct Plain(String);

impl Worded for Plain {
    fn worded(&self, _lang: Lang) -> String {
        self.0.clone()
    }
}
