//! The router: sends each request to the system's dialog when one can appear, else (or when
//! the user prefers it, or when the system dialog turned out not to work) to the in-window
//! chooser; one dialog at a time; remembers the last folder of the session.

use super::availability::{self, Support};
use super::chooser::{Chooser, Step, Waker};
use super::native::{Ended, Pending};
use super::texts as t;
use super::{DialogKind, FileAnswer, FileRequest};
use crate::gui::i18n::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What is on screen.
enum Open {
    /// A system dialog, answered on another thread; the request and the folder it started in.
    Native(Pending, FileRequest, Option<PathBuf>),
    /// The in-window chooser.
    Chooser(Box<Chooser>),
}

/// Every file dialog of the window.
#[derive(Default)]
pub struct FileDialogs {
    open: Option<Open>,
    /// The system dialog answered "None" instantly: use the chooser for the rest of the session.
    native_failed: bool,
    /// Decided at the first request.
    support: Option<Support>,
    last_dir: Option<PathBuf>,
    answers: Vec<FileAnswer>,
}

/// How a request is to be shown.
#[derive(Clone, Debug, Default)]
pub struct Ask<'a> {
    /// Labels' language.
    pub lang: Lang,
    /// The user's preference for the built-in chooser.
    pub builtin: bool,
    /// A file whose folder is a good start when the session has no last folder yet (the
    /// current data file).
    pub near: Option<&'a Path>,
}

impl FileDialogs {
    /// True while a dialog is open (the window's shortcuts pause).
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// True when the in-window chooser is on screen.
    pub fn chooser_open(&self) -> bool {
        matches!(self.open, Some(Open::Chooser(_)))
    }

    /// The folder the next dialog starts in, when known.
    pub fn last_dir(&self) -> Option<&Path> {
        self.last_dir.as_deref()
    }

    /// Start the next dialog in `dir`.
    pub fn remember_folder(&mut self, dir: PathBuf) {
        self.last_dir = Some(dir);
    }

    /// Take `support` as the desktop's verdict instead of probing it (tests; a desktop known
    /// in advance).
    pub fn set_support(&mut self, support: Support) {
        self.support = Some(support);
    }

    /// True when requests go to the system's dialog (probing the desktop once).
    pub fn uses_native(&mut self, builtin: bool) -> bool {
        if builtin || self.native_failed {
            return false;
        }
        self.support.get_or_insert_with(availability::detect).is_available()
    }

    /// Show a dialog for `request`. Ignored while another dialog is open (the open one is
    /// modal: only a keyboard shortcut can ask meanwhile).
    pub fn request(&mut self, request: FileRequest, ctx: &egui::Context, how: Ask<'_>) {
        if self.is_open() {
            return;
        }
        let dir = self.start_dir(how.near);
        let native = self.uses_native(how.builtin);
        if native {
            let wake = ctx.clone();
            match Pending::start(&request, how.lang, dir.clone(), move || wake.request_repaint()) {
                Ok(pending) => {
                    self.open = Some(Open::Native(pending, request, dir));
                    return;
                }
                Err(e) => {
                    eprintln!("warning: the file dialog thread could not start ({e}); using the built-in chooser")
                }
            }
        }
        // Say why the chooser looks unlike the system's, unless the user asked for it.
        let note = (!how.builtin).then_some(t::NATIVE_UNAVAILABLE);
        self.open_chooser(request, dir, note, ctx);
    }

    fn open_chooser(
        &mut self,
        request: FileRequest,
        dir: Option<PathBuf>,
        note: Option<crate::gui::i18n::Text>,
        ctx: &egui::Context,
    ) {
        let dir = dir.or_else(std::env::home_dir).or_else(|| std::env::current_dir().ok()).unwrap_or_default();
        let wake_ctx = ctx.clone();
        let wake: Waker = Arc::new(move || wake_ctx.request_repaint());
        self.open = Some(Open::Chooser(Box::new(Chooser::new(request, dir, note, wake))));
    }

    /// The session's last folder, else the folder of `near`, else none (home).
    fn start_dir(&self, near: Option<&Path>) -> Option<PathBuf> {
        self.last_dir
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| near.and_then(Path::parent).filter(|d| d.is_dir()).map(Path::to_path_buf))
    }

    /// Take the system dialog's answer and the chooser's accepted ones. An instant "None" from
    /// the system dialog means it could not be shown: the chooser opens at once, with a note,
    /// and stays the choice for the rest of the session.
    pub fn poll(&mut self, ctx: &egui::Context) -> Vec<FileAnswer> {
        if let Some(Open::Native(pending, ..)) = &self.open
            && let Some(ended) = pending.poll()
            && let Some(Open::Native(_, request, dir)) = self.open.take()
        {
            match ended {
                Ended::Chosen(paths) => self.answered(request, paths),
                Ended::Cancelled => {}
                Ended::Unavailable => {
                    self.native_failed = true;
                    self.open_chooser(request, dir, Some(t::NATIVE_UNAVAILABLE), ctx);
                }
            }
        }
        std::mem::take(&mut self.answers)
    }

    fn answered(&mut self, request: FileRequest, paths: Vec<PathBuf>) {
        let folder = match request.kind {
            DialogKind::Folder => paths.first().cloned(),
            _ => paths.first().and_then(|p| p.parent()).map(Path::to_path_buf),
        };
        if let Some(folder) = folder {
            self.last_dir = Some(folder);
        }
        self.answers.push(FileAnswer { purpose: request.purpose, paths });
    }

    /// Draw what is open: the chooser, or a note while the system dialog is up (with a way
    /// to use the chooser instead, in case the system dialog never appears).
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang) {
        match &mut self.open {
            None => {}
            Some(Open::Chooser(chooser)) => {
                let step = super::chooser_ui::show(chooser, ctx, lang);
                match step {
                    Step::Stay => {}
                    Step::Cancel => {
                        self.last_dir = Some(chooser.dir.clone());
                        self.open = None;
                    }
                    Step::Done(paths) => {
                        if let Some(Open::Chooser(chooser)) = self.open.take() {
                            self.answered(chooser.request, paths);
                        }
                        ctx.request_repaint();
                    }
                }
            }
            Some(Open::Native(..)) => {
                if super::chooser_ui::waiting(ctx, lang)
                    && let Some(Open::Native(_, request, dir)) = self.open.take()
                {
                    // The system dialog's thread runs on; its late answer goes nowhere.
                    self.open_chooser(request, dir, None, ctx);
                }
            }
        }
    }
}
