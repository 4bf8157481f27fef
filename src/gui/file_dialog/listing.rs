//! A folder's contents for the in-window chooser: read once per folder (on a named thread, so a
//! slow network folder never freezes the window), folders first, sorted case-insensitively,
//! filtered by extension and hiddenness. No egui in here.

use super::texts as t;
use crate::gui::i18n::Lang;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// One entry of a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// File name (lossily decoded for display).
    pub name: String,
    /// Full path.
    pub path: PathBuf,
    /// A folder (a link to a folder counts as one).
    pub is_dir: bool,
    /// Hidden: a name starting with `.`, or the hidden attribute on Windows.
    pub hidden: bool,
    /// Size in bytes (files whose metadata could be read).
    pub size: Option<u64>,
}

/// Why a folder could not be listed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    /// The user may not read it.
    #[error("{}: permission denied", .0.display())]
    PermissionDenied(PathBuf),
    /// It does not exist (any more).
    #[error("{}: no such folder", .0.display())]
    NotFound(PathBuf),
    /// It is a file.
    #[error("{}: not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Anything else the system reported.
    #[error("{}: {message}", path.display())]
    Other {
        /// The folder.
        path: PathBuf,
        /// The system's message.
        message: String,
    },
}

impl ListError {
    fn from_io(path: &Path, e: &std::io::Error) -> Self {
        let path = path.to_path_buf();
        match e.kind() {
            ErrorKind::PermissionDenied => ListError::PermissionDenied(path),
            ErrorKind::NotFound => ListError::NotFound(path),
            ErrorKind::NotADirectory => ListError::NotAFolder(path),
            _ => ListError::Other { path, message: e.to_string() },
        }
    }

    /// One line for the chooser, in `lang`, naming the folder.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ListError::PermissionDenied(p) => format!("{}: {}", lang.t(&t::ERR_PERMISSION), p.display()),
            ListError::NotFound(p) => format!("{}: {}", lang.t(&t::ERR_NOT_FOUND), p.display()),
            ListError::NotAFolder(p) => format!("{}: {}", lang.t(&t::ERR_NOT_A_FOLDER), p.display()),
            ListError::Other { path, message } => {
                format!("{}: {} ({message})", lang.t(&t::ERR_OTHER), path.display())
            }
        }
    }
}

/// Read `dir` and sort it with [`sort`]. Entries whose metadata cannot be read are listed as
/// files without a size (a broken link, say), never dropped.
pub fn read(dir: &Path) -> Result<Vec<Entry>, ListError> {
    let meta = std::fs::metadata(dir).map_err(|e| ListError::from_io(dir, &e))?;
    if !meta.is_dir() {
        return Err(ListError::NotAFolder(dir.to_path_buf()));
    }
    let mut entries = Vec::new();
    for item in std::fs::read_dir(dir).map_err(|e| ListError::from_io(dir, &e))? {
        let Ok(item) = item else { continue };
        let path = item.path();
        let name = item.file_name().to_string_lossy().into_owned();
        // `fs::metadata` follows links: a link to a folder is entered like a folder.
        let meta = std::fs::metadata(&path).ok();
        let is_dir = meta.as_ref().is_some_and(|m| m.is_dir());
        let size = meta.as_ref().filter(|m| m.is_file()).map(|m| m.len());
        let hidden = name.starts_with('.') || hidden_attribute(&item);
        entries.push(Entry { name, path, is_dir, hidden, size });
    }
    sort(&mut entries);
    Ok(entries)
}

#[cfg(windows)]
fn hidden_attribute(item: &std::fs::DirEntry) -> bool {
    use std::os::windows::fs::MetadataExt;
    const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
    item.metadata().is_ok_and(|m| m.file_attributes() & FILE_ATTRIBUTE_HIDDEN != 0)
}

#[cfg(not(windows))]
fn hidden_attribute(_item: &std::fs::DirEntry) -> bool {
    false
}

/// Read `dir` on a named background thread; the result arrives on the returned channel and
/// `wake` is called (request a repaint). If the thread cannot start, the folder is read here.
pub fn read_in_background(dir: PathBuf, wake: impl Fn() + Send + 'static) -> Receiver<Result<Vec<Entry>, ListError>> {
    let (tx, rx) = channel();
    let worker_tx = tx.clone();
    let worker_dir = dir.clone();
    let spawned = std::thread::Builder::new().name("file-chooser-read".into()).spawn(move || {
        // The chooser may have moved on: a closed channel is fine.
        let _ = worker_tx.send(read(&worker_dir));
        wake();
    });
    if spawned.is_err() {
        let _ = tx.send(read(&dir));
    }
    rx
}

/// Folders first, then files; each by name ignoring case (ties by the exact name, so the
/// order never depends on the file system's).
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.is_dir
            .cmp(&a.is_dir)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a.name.cmp(&b.name))
    });
}

/// True when `name` ends in one of `extensions` (without dots, any case); every name
/// matches an empty list.
pub fn has_extension(name: &str, extensions: &[&str]) -> bool {
    if extensions.is_empty() {
        return true;
    }
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        Some(ext) => extensions.iter().any(|x| x.eq_ignore_ascii_case(ext)),
        None => false,
    }
}

/// `name` with the first of `extensions` appended unless it already ends in one of them.
pub fn ensure_extension(name: &str, extensions: &[&str]) -> String {
    match extensions.first() {
        Some(first) if !has_extension(name, extensions) => format!("{name}.{first}"),
        _ => name.to_string(),
    }
}

/// What the chooser shows of a folder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown<'a> {
    /// Extensions of the request (empty: every file).
    pub extensions: &'a [&'a str],
    /// Show every file regardless of `extensions`.
    pub all_files: bool,
    /// Show hidden entries.
    pub hidden: bool,
    /// Show folders only (picking a folder).
    pub folders_only: bool,
}

impl Shown<'_> {
    /// True when `entry` is listed: folders always (unless hidden), files by extension.
    pub fn shows(&self, entry: &Entry) -> bool {
        if entry.hidden && !self.hidden {
            return false;
        }
        if entry.is_dir {
            return true;
        }
        !self.folders_only && (self.all_files || has_extension(&entry.name, self.extensions))
    }
}

/// A size for people: `512 B`, `12.3 KB`, `4.0 MB` (powers of 1024).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, is_dir: bool) -> Entry {
        Entry { name: name.into(), path: PathBuf::from(name), is_dir, hidden: name.starts_with('.'), size: None }
    }

    fn names(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn folders_come_first_and_names_sort_ignoring_case() {
        let mut v = vec![
            entry("b.csv", false),
            entry("Zeta", true),
            entry("A.csv", false),
            entry("alpha", true),
            entry("a.csv", false),
        ];
        sort(&mut v);
        assert_eq!(names(&v), ["alpha", "Zeta", "A.csv", "a.csv", "b.csv"]);
    }

    #[test]
    fn the_extension_filter_ignores_case_and_needs_a_real_extension() {
        let exts = ["csv", "txt"];
        assert!(has_extension("panel.CSV", &exts));
        assert!(has_extension("notes.Txt", &exts));
        assert!(!has_extension("panel.csv.bak", &exts));
        assert!(!has_extension("csv", &exts), "a bare name is not an extension");
        assert!(has_extension("anything", &[]), "no filter shows every file");
    }

    #[test]
    fn hidden_entries_and_other_types_are_shown_only_on_request() {
        let exts = ["ron"];
        let shown = Shown { extensions: &exts, ..Default::default() };
        assert!(shown.shows(&entry("a.RON", false)));
        assert!(!shown.shows(&entry("a.csv", false)));
        assert!(shown.shows(&entry("folder", true)), "folders are always listed");
        assert!(!shown.shows(&entry(".secret.ron", false)));
        assert!(!shown.shows(&entry(".config", true)));
        let all = Shown { all_files: true, hidden: true, ..shown };
        assert!(all.shows(&entry("a.csv", false)));
        assert!(all.shows(&entry(".secret.ron", false)));
        let folders = Shown { folders_only: true, all_files: true, ..shown };
        assert!(!folders.shows(&entry("a.RON", false)));
        assert!(folders.shows(&entry("folder", true)));
    }

    #[test]
    fn a_missing_extension_is_added_once() {
        assert_eq!(ensure_extension("results", &["csv"]), "results.csv");
        assert_eq!(ensure_extension("results.CSV", &["csv"]), "results.CSV");
        assert_eq!(ensure_extension("map.v2", &["png"]), "map.v2.png");
        assert_eq!(ensure_extension("x.geojson", &["json", "geojson"]), "x.geojson");
        assert_eq!(ensure_extension("free", &[]), "free");
    }

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(12_595), "12.3 KB");
        assert_eq!(human_size(4 * 1024 * 1024), "4.0 MB");
    }

    #[test]
    fn reading_a_folder_lists_sorts_and_flags_hidden_entries() {
        let dir = std::env::temp_dir().join(format!("carbon-dml-listing-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("Sub")).unwrap();
        std::fs::write(dir.join("b.csv"), "x").unwrap();
        std::fs::write(dir.join("A.CSV"), "xy").unwrap();
        std::fs::write(dir.join(".hidden.csv"), "").unwrap();
        let v = read(&dir).unwrap();
        assert_eq!(names(&v), ["Sub", ".hidden.csv", "A.CSV", "b.csv"]);
        assert!(v[1].hidden && !v[2].hidden);
        assert_eq!(v[2].size, Some(2));
        assert_eq!(read(&dir.join("gone")), Err(ListError::NotFound(dir.join("gone"))));
        assert_eq!(read(&dir.join("b.csv")), Err(ListError::NotAFolder(dir.join("b.csv"))));
        let rx = read_in_background(dir.clone(), || {});
        assert_eq!(rx.recv().unwrap().unwrap().len(), 4);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
