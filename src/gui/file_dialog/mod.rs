//! File dialogs for every open, save and export of the window: one way for a view to ask for
//! a file, answered by the system's dialog where one can appear and by the in-window chooser
//! everywhere else, so no button ever does nothing.
//!
//! A view pushes `Command::RequestFile(FileRequest)`; the [`FileDialogs`] router shows a dialog;
//! on a later frame the app takes the [`FileAnswer`] and carries out its [`Purpose`].
//!
//! | file | concept |
//! |------|---------|
//! | `mod.rs` | the request and the answer |
//! | `purpose.rs` | what to do with the answer |
//! | `router.rs` | native or built-in, one dialog at a time, the session's last folder |
//! | `availability.rs` | can a native dialog appear on this desktop |
//! | `native.rs` | rfd on a background thread |
//! | `chooser.rs`, `chooser_ui.rs` | the in-window chooser: its state, then its drawing |
//! | `listing.rs` | a folder's entries, sorted and filtered |
//! | `texts.rs` | labels in English and Chinese |

pub mod availability;
mod chooser;
mod chooser_ui;
pub mod listing;
mod native;
mod purpose;
mod router;
pub mod texts;

pub use purpose::Purpose;
pub use router::{Ask, FileDialogs};

use crate::gui::i18n::Text;
use std::path::PathBuf;

/// What kind of dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Pick one existing file.
    OpenFile,
    /// Pick one or several existing files.
    OpenFiles,
    /// Name a file to write, starting from a suggested name.
    Save {
        /// Suggested file name (with its extension).
        file_name: String,
    },
    /// Pick a folder.
    Folder,
}

/// A file type the dialog offers.
#[derive(Clone, Copy, Debug)]
pub struct Filter {
    /// Its name.
    pub name: Text,
    /// Extensions without the dot; the first is added to a saved name that has none.
    pub extensions: &'static [&'static str],
}

/// A request for a file, from a view or the menus.
#[derive(Clone, Debug)]
pub struct FileRequest {
    /// Open, open several, save, folder.
    pub kind: DialogKind,
    /// The dialog's title.
    pub title: Text,
    /// The file types offered (none: every file).
    pub filters: Vec<Filter>,
    /// What to do with the answer.
    pub purpose: Purpose,
}

impl FileRequest {
    /// Open one file.
    pub fn open(title: Text, purpose: Purpose) -> Self {
        FileRequest { kind: DialogKind::OpenFile, title, filters: Vec::new(), purpose }
    }

    /// Open one or several files.
    pub fn open_many(title: Text, purpose: Purpose) -> Self {
        FileRequest { kind: DialogKind::OpenFiles, title, filters: Vec::new(), purpose }
    }

    /// Save, suggesting `file_name`.
    pub fn save(title: Text, file_name: impl Into<String>, purpose: Purpose) -> Self {
        FileRequest { kind: DialogKind::Save { file_name: file_name.into() }, title, filters: Vec::new(), purpose }
    }

    /// Pick a folder.
    pub fn folder(title: Text, purpose: Purpose) -> Self {
        FileRequest { kind: DialogKind::Folder, title, filters: Vec::new(), purpose }
    }

    /// Offer files named `*.ext` for each of `extensions`, under `name`.
    pub fn filter(mut self, name: Text, extensions: &'static [&'static str]) -> Self {
        self.filters.push(Filter { name, extensions });
        self
    }

    /// Every extension the filters offer, in order.
    pub fn extensions(&self) -> Vec<&'static str> {
        self.filters.iter().flat_map(|f| f.extensions.iter().copied()).collect()
    }
}

/// The paths chosen for a request.
#[derive(Clone, Debug)]
pub struct FileAnswer {
    /// The request's purpose.
    pub purpose: Purpose,
    /// One path, or several for [`DialogKind::OpenFiles`]; never empty.
    pub paths: Vec<PathBuf>,
}

impl FileAnswer {
    /// The (first) path.
    pub fn path(&self) -> Option<&PathBuf> {
        self.paths.first()
    }
}
