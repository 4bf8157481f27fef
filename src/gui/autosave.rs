//! Nothing lost: the current set-up (the scenario, with the data file it names and the column
//! mapping) is written to `autosave.ron` in the preferences folder, atomically and debounced,
//! while the window runs. A clean exit removes the file; a file found at the next start means
//! the last session ended in a crash or a power cut, and its set-up is offered for recovery
//! (restore / discard). The file is a scenario file: it can also be opened by hand.

use super::i18n::{Lang, Text};
use crate::engine::scenario::Scenario;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The autosave file's name in the preferences folder.
pub const FILE_NAME: &str = "autosave.ron";

/// Environment variable naming another autosave file (tests, screenshots, portable set-ups).
pub const ENV_PATH: &str = "CARBON_DML_AUTOSAVE";

/// A change is written once the set-up has been still this long ...
pub const DEBOUNCE: Duration = Duration::from_secs(2);

/// ... or at the latest this long after the first unsaved change (a user editing all the time).
pub const MAX_DELAY: Duration = Duration::from_secs(15);

/// How often the set-up is compared with what was written (it is serialized to compare).
const CHECK_EVERY: Duration = Duration::from_millis(250);

/// Recovery dialog title.
pub const TITLE: Text = Text::id("gui-autosave-title");
/// Recovery dialog text.
pub const BODY: Text = Text::id("gui-autosave-body");
/// The scenario line of the dialog.
pub const SCENARIO: Text = Text::id("gui-autosave-scenario");
/// The data line of the dialog.
pub const DATA: Text = Text::id("gui-autosave-data");
/// The bundled sample, when the set-up names no file.
pub const SAMPLE: Text = Text::id("gui-autosave-sample");
/// Restore button.
pub const RESTORE: Text = Text::id("gui-autosave-restore");
/// Discard button.
pub const DISCARD: Text = Text::id("gui-autosave-discard");
/// Shown once when the autosave cannot be written.
pub const WRITE_FAILED: Text = Text::id("gui-autosave-write-failed");

/// The user's answer to the recovery dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Make the saved set-up the current one.
    Restore,
    /// Delete it and go on with the current set-up.
    Discard,
}

/// The autosave of one window.
#[derive(Debug, Default)]
pub struct Autosave {
    path: Option<PathBuf>,
    /// The text last written (or found at start), so an unchanged set-up is not rewritten.
    written: Option<String>,
    /// The first unsaved change, and the latest change, with its text.
    pending: Option<(Instant, Instant, String)>,
    last_check: Option<Instant>,
    failed: bool,
    /// The set-up left by a session that did not end cleanly, until the user answers.
    pub offer: Option<Scenario>,
}

impl Autosave {
    /// No autosave (tests and screenshots, unless [`ENV_PATH`] is set).
    pub fn disabled() -> Self {
        Autosave::default()
    }

    /// The window's autosave: [`ENV_PATH`] when set, else `autosave.ron` in the preferences
    /// folder; `None` for the folder disables it (screenshots do not touch the user's files).
    pub fn for_window(folder: Option<PathBuf>) -> Self {
        match std::env::var_os(ENV_PATH) {
            Some(p) if !p.is_empty() => Autosave::at(PathBuf::from(p)),
            _ => folder.map(|d| Autosave::at(d.join(FILE_NAME))).unwrap_or_default(),
        }
    }

    /// Autosave to `path`; a file already there is a crashed session's set-up, offered for
    /// recovery (a file that does not parse is removed: there is nothing in it to recover).
    pub fn at(path: PathBuf) -> Self {
        let mut a = Autosave { path: Some(path.clone()), ..Default::default() };
        if let Ok(text) = std::fs::read_to_string(&path) {
            match crate::engine::scenario::file::from_str(&text, &path) {
                Ok(s) => {
                    a.offer = Some(s);
                    a.written = Some(text);
                }
                Err(_) => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        a
    }

    /// The autosave file, if autosave is on.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Called every frame with the current set-up: writes it once it has been still for
    /// [`DEBOUNCE`] (or [`MAX_DELAY`] after the first change). Returns when to wake up for a
    /// pending write, and an error text the first time a write fails (autosave then stops).
    pub fn note(&mut self, setup: &Scenario, now: Instant) -> (Option<Duration>, Option<String>) {
        self.note_with(setup, now, crate::engine::report::atomic_write)
    }

    /// [`Self::note`] with the writer given (tests inject a failing one).
    pub fn note_with(
        &mut self,
        setup: &Scenario,
        now: Instant,
        write: impl FnOnce(&std::path::Path, &[u8]) -> std::io::Result<()>,
    ) -> (Option<Duration>, Option<String>) {
        let Some(path) = self.path.clone() else { return (None, None) };
        // Until the user answers, the crashed session's file must stay as it is.
        if self.failed || self.offer.is_some() {
            return (None, None);
        }
        if self.last_check.is_none_or(|t| now.duration_since(t) >= CHECK_EVERY) {
            self.last_check = Some(now);
            let text = crate::engine::scenario::file::to_string(&normalized(setup));
            if self.written.as_deref() == Some(text.as_str()) {
                self.pending = None;
            } else {
                self.pending = match self.pending.take() {
                    Some((first, last, old)) if old == text => Some((first, last, old)),
                    Some((first, _, _)) => Some((first, now, text)),
                    None => Some((now, now, text)),
                };
            }
        }
        let Some((first, last, _)) = &self.pending else { return (None, None) };
        let due = (*last + DEBOUNCE).min(*first + MAX_DELAY);
        if now < due {
            return (Some(due - now), None);
        }
        let (_, _, text) = self.pending.take().expect("pending checked above");
        match write(&path, text.as_bytes()) {
            Ok(()) => {
                self.written = Some(text);
                (None, None)
            }
            Err(e) => {
                self.failed = true;
                (None, Some(format!("{}: {e}", path.display())))
            }
        }
    }

    /// Withdraw the offer when it holds `current` (what the window starts with anyway, from
    /// its stored preferences): there is nothing to recover then.
    pub fn drop_offer_if_same(&mut self, current: &Scenario) {
        if self.offer.as_ref().is_some_and(|s| *s == normalized(current)) {
            self.offer = None;
        }
    }

    /// The user's answer to the recovery offer: discarding removes the file; restoring keeps
    /// it until the restored set-up is written again.
    pub fn answer(&mut self, choice: Choice) {
        self.offer = None;
        if choice == Choice::Discard {
            self.written = None;
            if let Some(p) = &self.path {
                let _ = std::fs::remove_file(p);
            }
        }
    }

    /// A clean exit: the file goes, so the next start offers nothing. An unanswered offer is
    /// kept for the next start.
    pub fn clean_exit(&mut self) {
        if self.offer.is_none()
            && let Some(p) = &self.path
        {
            let _ = std::fs::remove_file(p);
        }
    }

    /// The recovery dialog while an offer stands; the user's choice when a button is clicked.
    pub fn dialog(&self, ctx: &egui::Context, lang: Lang) -> Option<Choice> {
        let s = self.offer.as_ref()?;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("autosave-recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(lang.t(&TITLE));
            ui.label(lang.t(&BODY));
            egui::Grid::new("recovery-grid").num_columns(2).show(ui, |ui| {
                if !s.name.is_empty() {
                    ui.weak(lang.t(&SCENARIO));
                    ui.strong(&s.name);
                    ui.end_row();
                }
                ui.weak(lang.t(&DATA));
                match &s.data.path {
                    Some(p) => ui.label(p.display().to_string()),
                    None => ui.label(lang.t(&SAMPLE)),
                };
                ui.end_row();
            });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.t(&RESTORE)).clicked() {
                    choice = Some(Choice::Restore);
                }
                if ui.button(lang.t(&DISCARD)).clicked() {
                    choice = Some(Choice::Discard);
                }
            });
        });
        choice
    }
}

/// `setup` as autosaved: the data path made absolute, so the recovered set-up does not depend
/// on the folder the next session starts in.
fn normalized(setup: &Scenario) -> Scenario {
    let mut setup = setup.clone();
    if let Some(p) = setup.data.path.as_mut()
        && let Ok(abs) = std::path::absolute(&*p)
    {
        *p = abs;
    }
    setup
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("carbon-dml-autosave-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn named(name: &str) -> Scenario {
        Scenario { name: name.into(), ..Default::default() }
    }

    #[test]
    fn writes_after_the_set_up_is_still_and_offers_it_after_a_crash_only() {
        let d = dir("cycle");
        let p = d.join(FILE_NAME);
        let t0 = Instant::now();
        let mut a = Autosave::at(p.clone());
        assert!(a.offer.is_none(), "nothing to recover on a first start");
        let (wait, _) = a.note(&named("edit 1"), t0);
        assert_eq!(wait, Some(DEBOUNCE), "debounced, not written at once");
        assert!(!p.exists());
        // Still editing: the write waits for a pause ...
        a.note(&named("edit 2"), t0 + Duration::from_secs(1));
        a.note(&named("edit 2"), t0 + Duration::from_millis(2500));
        assert!(!p.exists());
        a.note(&named("edit 2"), t0 + Duration::from_millis(3100));
        assert!(p.exists());
        // ... and a crash now leaves the last still set-up for the next start.
        let next = Autosave::at(p.clone());
        assert_eq!(next.offer.as_ref().map(|s| s.name.as_str()), Some("edit 2"));
        // A clean exit removes it: nothing is offered then.
        a.clean_exit();
        assert!(Autosave::at(p.clone()).offer.is_none());
        // A crash right after a start that restored the same set-up offers nothing either.
        a.note(&named("same"), t0 + Duration::from_secs(10));
        a.note(&named("same"), t0 + Duration::from_secs(20));
        let mut next = Autosave::at(p.clone());
        next.drop_offer_if_same(&named("same"));
        assert!(next.offer.is_none());
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_user_who_never_pauses_is_still_saved_after_the_maximum_delay() {
        let d = dir("busy");
        let p = d.join(FILE_NAME);
        let t0 = Instant::now();
        let mut a = Autosave::at(p.clone());
        let mut t = t0;
        let mut i = 0;
        while t < t0 + MAX_DELAY + Duration::from_secs(1) && !p.exists() {
            a.note(&named(&format!("edit {i}")), t);
            i += 1;
            t += Duration::from_millis(300);
        }
        assert!(p.exists() && t <= t0 + MAX_DELAY + Duration::from_secs(1));
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn an_offer_is_kept_until_answered_and_discard_removes_it() {
        let d = dir("offer");
        let p = d.join(FILE_NAME);
        crate::engine::report::atomic_write(&p, crate::engine::scenario::file::to_string(&named("lost")).as_bytes())
            .unwrap();
        let t0 = Instant::now();
        let mut a = Autosave::at(p.clone());
        assert!(a.offer.is_some());
        a.note(&named("new"), t0);
        a.note(&named("new"), t0 + MAX_DELAY * 2);
        assert_eq!(Autosave::at(p.clone()).offer.map(|s| s.name), Some("lost".into()), "not overwritten");
        a.clean_exit();
        assert!(p.exists(), "an unanswered offer survives a clean exit");
        a.answer(Choice::Discard);
        assert!(!p.exists());
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_damaged_file_is_not_offered_and_a_failed_write_keeps_the_old_file() {
        let d = dir("damaged");
        let p = d.join(FILE_NAME);
        std::fs::write(&p, "(name: \"half").unwrap();
        assert!(Autosave::at(p.clone()).offer.is_none());
        assert!(!p.exists());
        let t0 = Instant::now();
        let mut a = Autosave::at(p.clone());
        a.note(&named("one"), t0);
        a.note(&named("one"), t0 + DEBOUNCE);
        let old = std::fs::read(&p).unwrap();
        a.note(&named("two"), t0 + DEBOUNCE * 2);
        let (_, err) = a.note_with(&named("two"), t0 + DEBOUNCE * 4, |p, b| {
            crate::engine::report::atomic_write_with(p, |f| {
                use std::io::Write;
                f.write_all(&b[..b.len() / 2])?;
                Err(std::io::Error::other("injected write error"))
            })
        });
        assert!(err.unwrap().contains("injected write error"));
        assert_eq!(std::fs::read(&p).unwrap(), old, "the previous autosave is intact");
        assert_eq!(std::fs::read_dir(&d).unwrap().count(), 1, "no temporary file left");
        std::fs::remove_dir_all(&d).unwrap();
    }
}
