//! The in-window chooser's state and actions (navigate, select, accept), apart from its
//! drawing (`chooser_ui.rs`) so every rule reads in one place.

use super::listing::{self, Entry, ListError, Shown};
use super::texts as t;
use super::{DialogKind, FileRequest};
use crate::gui::i18n::Text;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

/// Called when a folder has been read (requests a repaint).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Where the chooser is after an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Still open.
    Stay,
    /// Accepted these paths (never empty).
    Done(Vec<PathBuf>),
    /// Cancelled.
    Cancel,
}

/// The current folder's contents.
pub enum Contents {
    /// Being read on a background thread.
    Loading(Receiver<Result<Vec<Entry>, ListError>>),
    /// Read and sorted.
    Ready(Vec<Entry>),
    /// Could not be read.
    Failed(ListError),
}

/// An open in-window chooser.
pub struct Chooser {
    /// What was asked for.
    pub request: FileRequest,
    /// The folder shown.
    pub dir: PathBuf,
    /// The editable folder field.
    pub path_text: String,
    /// The folder's entries.
    pub contents: Contents,
    /// Selected entries (paths, so a re-read keeps them).
    pub selected: Vec<PathBuf>,
    anchor: Option<PathBuf>,
    /// The file-name field (save).
    pub file_name: String,
    /// Show every file, not only the request's types.
    pub all_files: bool,
    /// Show hidden entries.
    pub show_hidden: bool,
    /// A save target that exists, waiting for "Replace".
    pub confirm: Option<PathBuf>,
    /// Shown under the title (the system dialog was unavailable).
    pub note: Option<Text>,
    /// What the last action lacked ("select a file first").
    pub problem: Option<Text>,
    /// Drive roots (Windows; empty elsewhere).
    pub drives: Vec<PathBuf>,
    /// Put the keyboard in the name field on the first frame (save).
    pub focus_name: bool,
    wake: Waker,
}

impl Chooser {
    /// Open on `dir` for `request`.
    pub fn new(request: FileRequest, dir: PathBuf, note: Option<Text>, wake: Waker) -> Self {
        let file_name = suggested_name(&request);
        let focus_name = matches!(request.kind, DialogKind::Save { .. });
        let mut c = Chooser {
            request,
            path_text: String::new(),
            dir: PathBuf::new(),
            contents: Contents::Ready(Vec::new()),
            selected: Vec::new(),
            anchor: None,
            file_name,
            all_files: false,
            show_hidden: false,
            confirm: None,
            note,
            problem: None,
            drives: drives(),
            focus_name,
            wake,
        };
        c.navigate(dir);
        c
    }

    /// Show `dir` (read once, in the background).
    pub fn navigate(&mut self, dir: PathBuf) {
        let dir = if dir.is_relative() { self.dir.join(dir) } else { dir };
        self.path_text = dir.display().to_string();
        let wake = self.wake.clone();
        self.contents = Contents::Loading(listing::read_in_background(dir.clone(), move || wake()));
        self.dir = dir;
        self.selected.clear();
        self.anchor = None;
        self.confirm = None;
        self.problem = None;
    }

    /// Go to the folder typed in the path field; a file's path shows its folder with the file
    /// selected. `~` stands for the home folder.
    pub fn go_to_typed(&mut self) {
        let typed = self.path_text.trim();
        let path = match (typed.strip_prefix('~'), std::env::home_dir()) {
            (Some(rest), Some(home)) => home.join(rest.trim_start_matches(['/', '\\'])),
            _ => PathBuf::from(typed),
        };
        if path.is_file()
            && let Some(parent) = path.parent()
        {
            self.navigate(parent.to_path_buf());
            self.select_only(path);
        } else {
            self.navigate(path);
        }
    }

    /// The parent folder, if any.
    pub fn parent(&self) -> Option<PathBuf> {
        self.dir.parent().map(Path::to_path_buf)
    }

    /// Take the background read when it is done.
    pub fn poll(&mut self) {
        if let Contents::Loading(rx) = &self.contents {
            match rx.try_recv() {
                Ok(Ok(entries)) => self.contents = Contents::Ready(entries),
                Ok(Err(e)) => self.contents = Contents::Failed(e),
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    let message = "the folder reader stopped".to_string();
                    self.contents = Contents::Failed(ListError::Other { path: self.dir.clone(), message });
                }
            }
        }
    }

    /// The filter flags in force.
    pub fn shown<'a>(&self, extensions: &'a [&'a str]) -> Shown<'a> {
        Shown {
            extensions,
            all_files: self.all_files,
            hidden: self.show_hidden,
            folders_only: self.request.kind == DialogKind::Folder,
        }
    }

    /// The entries listed, in order.
    pub fn visible(&self) -> Vec<Entry> {
        let extensions = self.request.extensions();
        let shown = self.shown(&extensions);
        match &self.contents {
            Contents::Ready(entries) => entries.iter().filter(|e| shown.shows(e)).cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// True when several files may be chosen.
    pub fn many(&self) -> bool {
        self.request.kind == DialogKind::OpenFiles
    }

    fn select_only(&mut self, path: PathBuf) {
        self.selected = vec![path.clone()];
        self.anchor = Some(path);
    }

    /// A click on `entry`: with several files allowed, Ctrl (Cmd) toggles it and Shift extends
    /// the selection from the last click; otherwise it becomes the selection. In a save
    /// dialog a file's name goes into the name field.
    pub fn click(&mut self, entry: &Entry, toggle: bool, extend: bool) {
        self.problem = None;
        if let DialogKind::Save { .. } = self.request.kind
            && !entry.is_dir
        {
            self.file_name = entry.name.clone();
        }
        if !self.many() || !(toggle || extend) {
            self.select_only(entry.path.clone());
            return;
        }
        if extend && let Some(anchor) = self.anchor.clone() {
            let visible = self.visible();
            let at = |p: &Path| visible.iter().position(|e| e.path == p);
            if let (Some(a), Some(b)) = (at(&anchor), at(&entry.path)) {
                let (lo, hi) = (a.min(b), a.max(b));
                for e in &visible[lo..=hi] {
                    if !e.is_dir && !self.selected.contains(&e.path) {
                        self.selected.push(e.path.clone());
                    }
                }
                return;
            }
        }
        self.toggle(entry);
    }

    /// Tick or untick `entry` (the checkboxes of "open several").
    pub fn toggle(&mut self, entry: &Entry) {
        self.problem = None;
        if let Some(i) = self.selected.iter().position(|p| *p == entry.path) {
            self.selected.remove(i);
        } else {
            self.selected.push(entry.path.clone());
        }
        self.anchor = Some(entry.path.clone());
    }

    /// A double click: a folder opens, a file is accepted.
    pub fn activate(&mut self, entry: &Entry) -> Step {
        if entry.is_dir {
            self.navigate(entry.path.clone());
            return Step::Stay;
        }
        match self.request.kind {
            DialogKind::Save { .. } => {
                self.file_name = entry.name.clone();
                self.accept()
            }
            DialogKind::Folder => Step::Stay,
            DialogKind::OpenFile | DialogKind::OpenFiles => Step::Done(vec![entry.path.clone()]),
        }
    }

    /// The one folder selected in the list, if any ("choose" picks it rather than the folder
    /// shown, as a person who clicked it expects).
    pub fn selected_folder(&self) -> Option<PathBuf> {
        match self.selected.as_slice() {
            [only] if only.is_dir() => Some(only.clone()),
            _ => None,
        }
    }

    /// The accept button (Open, Save, Choose) or Enter.
    pub fn accept(&mut self) -> Step {
        self.problem = None;
        match &self.request.kind {
            DialogKind::Folder => Step::Done(vec![self.selected_folder().unwrap_or_else(|| self.dir.clone())]),
            DialogKind::Save { .. } => self.accept_save(),
            DialogKind::OpenFile | DialogKind::OpenFiles => {
                let visible = self.visible();
                let chosen: Vec<&Entry> = visible.iter().filter(|e| self.selected.contains(&e.path)).collect();
                if let [only] = chosen.as_slice()
                    && only.is_dir
                {
                    let dir = only.path.clone();
                    self.navigate(dir);
                    return Step::Stay;
                }
                let files: Vec<PathBuf> = chosen.iter().filter(|e| !e.is_dir).map(|e| e.path.clone()).collect();
                match (files.is_empty(), self.many()) {
                    (true, _) => {
                        self.problem = Some(t::NOTHING_SELECTED);
                        Step::Stay
                    }
                    (false, true) => Step::Done(files),
                    (false, false) => Step::Done(files[..1].to_vec()),
                }
            }
        }
    }

    fn accept_save(&mut self) -> Step {
        let name = self.file_name.trim();
        if name.is_empty() {
            self.problem = Some(t::NAME_NEEDED);
            return Step::Stay;
        }
        let target = self.dir.join(listing::ensure_extension(name, &self.request.extensions()));
        if target.is_dir() {
            self.navigate(target);
            self.file_name = suggested_name(&self.request);
            Step::Stay
        } else if target.exists() {
            self.confirm = Some(target);
            Step::Stay
        } else {
            Step::Done(vec![target])
        }
    }

    /// "Replace" in the overwrite question.
    pub fn replace(&mut self) -> Step {
        match self.confirm.take() {
            Some(target) => Step::Done(vec![target]),
            None => Step::Stay,
        }
    }
}

fn suggested_name(request: &FileRequest) -> String {
    match &request.kind {
        DialogKind::Save { file_name } => file_name.clone(),
        _ => String::new(),
    }
}

/// The drive roots that exist (Windows).
#[cfg(windows)]
fn drives() -> Vec<PathBuf> {
    (b'A'..=b'Z').map(|c| PathBuf::from(format!("{}:\\", c as char))).filter(|p| p.exists()).collect()
}

/// No drive letters outside Windows.
#[cfg(not(windows))]
fn drives() -> Vec<PathBuf> {
    Vec::new()
}
