//! The system's file dialog (rfd). On Linux, the BSDs and Windows it runs on a named
//! background thread and answers through a channel, so the window keeps repainting; on macOS
//! rfd must run on the main thread, where the dialog is modal anyway, so it is called in place.

use super::{DialogKind, FileRequest};
use crate::gui::i18n::Lang;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// A `None` faster than this was no person pressing Cancel: the dialog could not be shown.
pub const TOO_FAST_TO_BE_A_PERSON: Duration = Duration::from_millis(250);

/// What the dialog thread needs (plain data: rfd's builder itself is not sent across threads).
#[derive(Clone, Debug)]
struct Spec {
    kind: DialogKind,
    title: String,
    filters: Vec<(String, Vec<&'static str>)>,
    dir: Option<PathBuf>,
}

impl Spec {
    fn show(self) -> Option<Vec<PathBuf>> {
        let mut d = rfd::FileDialog::new().set_title(self.title);
        for (name, exts) in &self.filters {
            d = d.add_filter(name.as_str(), exts);
        }
        if let Some(dir) = &self.dir {
            d = d.set_directory(dir);
        }
        match self.kind {
            DialogKind::OpenFile => d.pick_file().map(|p| vec![p]),
            DialogKind::OpenFiles => d.pick_files().filter(|v| !v.is_empty()),
            DialogKind::Save { file_name } => d.set_file_name(file_name).save_file().map(|p| vec![p]),
            DialogKind::Folder => d.pick_folder().map(|p| vec![p]),
        }
    }
}

/// How a native dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The user chose these paths (never empty).
    Chosen(Vec<PathBuf>),
    /// The user cancelled.
    Cancelled,
    /// No dialog could be shown (an instant `None`, or the dialog thread died).
    Unavailable,
}

/// A system dialog on screen.
pub struct Pending {
    rx: Receiver<Option<Vec<PathBuf>>>,
    started: Instant,
}

impl Pending {
    /// Show the dialog for `request` (labels in `lang`, starting in `dir`); `wake` is called
    /// when the answer is ready (request a repaint). `Err` when the thread could not start.
    pub fn start(
        request: &FileRequest,
        lang: Lang,
        dir: Option<PathBuf>,
        wake: impl Fn() + Send + 'static,
    ) -> std::io::Result<Pending> {
        let spec = Spec {
            kind: request.kind.clone(),
            title: lang.t(&request.title).to_string(),
            filters: request.filters.iter().map(|f| (lang.t(&f.name).to_string(), f.extensions.to_vec())).collect(),
            dir,
        };
        let (tx, rx) = channel();
        let started = Instant::now();
        run(spec, move |answer| {
            let _ = tx.send(answer);
            wake();
        })?;
        Ok(Pending { rx, started })
    }

    /// The answer, once there is one.
    pub fn poll(&self) -> Option<Ended> {
        match self.rx.try_recv() {
            Ok(Some(paths)) => Some(Ended::Chosen(paths)),
            Ok(None) if self.started.elapsed() < TOO_FAST_TO_BE_A_PERSON => Some(Ended::Unavailable),
            Ok(None) => Some(Ended::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Ended::Unavailable),
        }
    }
}

#[cfg(not(target_os = "macos"))]
fn run(spec: Spec, answer: impl FnOnce(Option<Vec<PathBuf>>) + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new().name("file-dialog".into()).spawn(move || answer(spec.show())).map(|_| ())
}

#[cfg(target_os = "macos")]
fn run(spec: Spec, answer: impl FnOnce(Option<Vec<PathBuf>>) + Send + 'static) -> std::io::Result<()> {
    answer(spec.show());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(answer: Option<Vec<PathBuf>>, after: Duration) -> Option<Ended> {
        let (tx, rx) = channel();
        tx.send(answer).unwrap();
        let started = Instant::now().checked_sub(after).unwrap();
        Pending { rx, started }.poll()
    }

    #[test]
    fn an_instant_none_means_no_dialog_and_a_slow_one_means_cancel() {
        assert_eq!(answered(None, Duration::ZERO), Some(Ended::Unavailable));
        assert_eq!(answered(None, Duration::from_secs(2)), Some(Ended::Cancelled));
        let p = vec![PathBuf::from("/a.csv")];
        assert_eq!(answered(Some(p.clone()), Duration::ZERO), Some(Ended::Chosen(p)));
    }

    #[test]
    fn a_dialog_thread_that_died_counts_as_no_dialog() {
        let (tx, rx) = channel::<Option<Vec<PathBuf>>>();
        let pending = Pending { rx, started: Instant::now() };
        assert_eq!(pending.poll(), None, "still open");
        drop(tx);
        assert_eq!(pending.poll(), Some(Ended::Unavailable));
    }
}
