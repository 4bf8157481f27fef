//! Preferences persisted between runs (eframe storage): language, theme, zoom, recent files,
//! the column mapping remembered per file, the last view, the file chooser.

use super::app::View;
use super::i18n::Lang;
use super::theme::ThemeChoice;
use crate::engine::data::{ColumnChoice, ImportOptions};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 8;

/// Everything the window remembers between runs (not the analysis: that is the scenario).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Prefs {
    /// Interface language.
    pub lang: Lang,
    /// Language of result tables and their exports (`None`: the interface language).
    pub table_lang: Option<Lang>,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Zoom factor.
    pub zoom: f32,
    /// Presentation mode (large text for projectors).
    pub presentation: bool,
    /// Show frame times.
    pub debug_overlay: bool,
    /// Last view shown.
    pub view: View,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    /// The file open when the app was closed.
    pub last_file: Option<PathBuf>,
    /// Unit and year column chosen per file path.
    pub mappings: BTreeMap<String, (ColumnChoice, ColumnChoice)>,
    /// Always use the in-window file chooser, never the system's dialog.
    pub builtin_file_chooser: bool,
    /// The first-launch tour was finished or skipped (it does not open by itself again).
    pub tour_seen: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::En,
            table_lang: None,
            theme: ThemeChoice::Light,
            zoom: 1.0,
            presentation: false,
            debug_overlay: false,
            view: View::Data,
            recent_files: Vec::new(),
            last_file: None,
            mappings: BTreeMap::new(),
            builtin_file_chooser: false,
            tour_seen: false,
        }
    }
}

impl Prefs {
    /// Storage key.
    pub const KEY: &'static str = "carbon-dml-prefs";

    /// Parse stored preferences (RON) and clean them ([`Prefs::sanitized`]); `None` when the
    /// text is not preferences (the window then starts with the defaults).
    pub fn from_ron(text: &str) -> Option<Prefs> {
        ron::from_str::<Prefs>(text).ok().map(Prefs::sanitized)
    }

    /// Values a damaged or hand-edited preference file could hold, made safe: the zoom inside
    /// [`super::theme::ZOOM_RANGE`] (1.0 when not a number), at most [`MAX_RECENT`] recent files.
    pub fn sanitized(mut self) -> Prefs {
        let range = super::theme::ZOOM_RANGE;
        self.zoom = if self.zoom.is_finite() { self.zoom.clamp(*range.start(), *range.end()) } else { 1.0 };
        self.recent_files.truncate(MAX_RECENT);
        self
    }

    /// Put `path` first in the recent files and remember it as the last file.
    pub fn remember_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(MAX_RECENT);
        self.last_file = Some(path.to_path_buf());
    }

    /// The mapping remembered for `path` (auto-detection when none).
    pub fn mapping_for(&self, path: &Path) -> ImportOptions {
        match self.mappings.get(&path.display().to_string()) {
            Some((unit, year)) => ImportOptions { unit: unit.clone(), year: year.clone(), ..Default::default() },
            None => ImportOptions::default(),
        }
    }

    /// Remember the mapping for `path`.
    pub fn set_mapping(&mut self, path: &Path, options: &ImportOptions) {
        self.mappings.insert(path.display().to_string(), (options.unit.clone(), options.year.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_most_recent_first_and_bounded() {
        let mut p = Prefs::default();
        for i in 0..12 {
            p.remember_file(Path::new(&format!("/f{i}.csv")));
        }
        p.remember_file(Path::new("/f5.csv"));
        assert_eq!(p.recent_files.len(), MAX_RECENT);
        assert_eq!(p.recent_files[0], Path::new("/f5.csv"));
        assert_eq!(p.recent_files.iter().filter(|x| x.as_path() == Path::new("/f5.csv")).count(), 1);
    }

    #[test]
    fn prefs_round_trip_through_ron_and_tolerate_missing_fields() {
        let mut p = Prefs { lang: Lang::Zh, zoom: 1.4, ..Default::default() };
        p.set_mapping(
            Path::new("/a.csv"),
            &ImportOptions { unit: ColumnChoice::Named("city".into()), ..Default::default() },
        );
        let s = ron::to_string(&p).unwrap();
        assert_eq!(ron::from_str::<Prefs>(&s).unwrap(), p);
        let partial: Prefs = ron::from_str("(lang: Zh)").unwrap();
        assert_eq!(partial.lang, Lang::Zh);
        assert_eq!(partial.zoom, 1.0);
        assert!(!partial.builtin_file_chooser, "older preference files keep the system dialog");
        let builtin: Prefs = ron::from_str("(builtin_file_chooser: true)").unwrap();
        assert!(builtin.builtin_file_chooser);
        assert_eq!(Prefs::from_ron("(zoom: 1e30)").map(|p| p.zoom), Some(3.0));
        assert_eq!(Prefs::from_ron("(zoom: NaN)").map(|p| p.zoom), Some(1.0));
        assert!(Prefs::from_ron("not prefs").is_none());
    }
}
