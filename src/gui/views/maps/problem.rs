//! Why something in the Maps view failed, kept typed until it is drawn: the message is worded
//! in the window's language at each frame, so switching the language rewords it.

use crate::locale::{Lang, Worded};
use std::sync::Arc;

/// A failure shown in the Maps view: an engine error, or the job runner's own message (a worker
/// that panicked), worded when shown.
#[derive(Clone)]
pub struct Problem(Arc<dyn Worded + Send + Sync>);

impl Problem {
    /// The job runner's message, shown as it is.
    pub fn plain(text: String) -> Problem {
        Problem(Arc::new(Plain(text)))
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.0.worded(lang)
    }
}

impl<E: Worded + Send + Sync + 'static> From<E> for Problem {
    fn from(e: E) -> Self {
        Problem(Arc::new(e))
    }
}

impl std::fmt::Debug for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A message that is already text (the job runner's).
struct Plain(String);

impl Worded for Plain {
    fn worded(&self, _lang: Lang) -> String {
        self.0.clone()
    }
}
