//! Can a system file dialog appear here? Decided before calling rfd, because rfd answers
//! "the dialog could not be shown" and "the user pressed Cancel" with the same `None`.
//!
//! rfd (built with `xdg-portal` only) asks the XDG desktop portal over the D-Bus session bus,
//! falls back to `zenity`, and gives up silently when both are missing. So on Linux and the
//! BSDs a native dialog can appear when
//!
//! | condition | how it is read |
//! |-----------|----------------|
//! | a session bus | `DBUS_SESSION_BUS_ADDRESS` is set, or `$XDG_RUNTIME_DIR/bus` exists |
//! | the portal service | `dbus-1/services/org.freedesktop.portal.Desktop.service` in a folder of `XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`), or inside Flatpak (`/.flatpak-info`) |
//! | a file-chooser backend | a `xdg-desktop-portal/portals/*.portal` file in those folders whose `Interfaces=` names `org.freedesktop.impl.portal.FileChooser` (not checked inside Flatpak: the host's files are not visible there) |
//!
//! all three hold, **or** `zenity` is found on `PATH`. Windows and macOS always have one.
//! The decision is a pure function of a [`System`] so it is unit-tested with a fake one.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// D-Bus name of the portal's service file.
const PORTAL_SERVICE: &str = "org.freedesktop.portal.Desktop.service";
/// The interface a portal backend must implement for file dialogs.
const FILE_CHOOSER: &str = "org.freedesktop.impl.portal.FileChooser";
/// `XDG_DATA_DIRS` when unset or empty (XDG Base Directory specification).
const DEFAULT_DATA_DIRS: &str = "/usr/local/share:/usr/share";

/// What the decision reads from the system (real or fake).
pub trait System {
    /// An environment variable.
    fn var(&self, name: &str) -> Option<OsString>;
    /// True when `path` exists.
    fn exists(&self, path: &Path) -> bool;
    /// The files in `dir` (empty when it cannot be read).
    fn files(&self, dir: &Path) -> Vec<PathBuf>;
    /// A file's text (`None` when it cannot be read).
    fn read(&self, path: &Path) -> Option<String>;
}

/// The running system.
pub struct RealSystem;

impl System for RealSystem {
    fn var(&self, name: &str) -> Option<OsString> {
        std::env::var_os(name)
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn files(&self, dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default()
    }

    fn read(&self, path: &Path) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }
}

/// The verdict, with the reason when no dialog can appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// Windows, macOS: the system's own dialog.
    Platform,
    /// The XDG desktop portal.
    Portal,
    /// No portal, but `zenity` is installed.
    Zenity,
    /// No native dialog can appear.
    Unavailable(Missing),
}

impl Support {
    /// True when a native dialog can be shown.
    pub fn is_available(self) -> bool {
        !matches!(self, Support::Unavailable(_))
    }
}

/// The first thing missing for the portal (and `zenity` is not installed either).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No D-Bus session bus.
    SessionBus,
    /// The portal service is not installed.
    Portal,
    /// No installed portal backend implements the file chooser.
    FileChooserBackend,
}

/// Decide on the running system (see the module's table).
pub fn detect() -> Support {
    if cfg!(any(target_os = "windows", target_os = "macos")) { Support::Platform } else { decide(&RealSystem) }
}

/// Decide for a Linux or BSD desktop described by `sys` (see the module's table).
pub fn decide(sys: &dyn System) -> Support {
    match portal(sys) {
        Ok(()) => Support::Portal,
        Err(_) if zenity_on_path(sys) => Support::Zenity,
        Err(missing) => Support::Unavailable(missing),
    }
}

fn portal(sys: &dyn System) -> Result<(), Missing> {
    let bus_address = sys.var("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let bus_socket =
        sys.var("XDG_RUNTIME_DIR").is_some_and(|d| !d.is_empty() && sys.exists(&Path::new(&d).join("bus")));
    if !bus_address && !bus_socket {
        return Err(Missing::SessionBus);
    }
    if sys.exists(Path::new("/.flatpak-info")) {
        return Ok(());
    }
    let dirs = data_dirs(sys);
    if !dirs.iter().any(|d| sys.exists(&d.join("dbus-1/services").join(PORTAL_SERVICE))) {
        return Err(Missing::Portal);
    }
    let backend = dirs
        .iter()
        .flat_map(|d| sys.files(&d.join("xdg-desktop-portal/portals")))
        .filter(|f| f.extension().is_some_and(|e| e == "portal"))
        .filter_map(|f| sys.read(&f))
        .any(|text| declares_file_chooser(&text));
    if backend { Ok(()) } else { Err(Missing::FileChooserBackend) }
}

/// The folders of `XDG_DATA_DIRS` (its default when unset or empty).
fn data_dirs(sys: &dyn System) -> Vec<PathBuf> {
    let value = sys.var("XDG_DATA_DIRS").filter(|v| !v.is_empty()).unwrap_or_else(|| DEFAULT_DATA_DIRS.into());
    std::env::split_paths(&value).filter(|p| !p.as_os_str().is_empty()).collect()
}

/// True when a `.portal` file's `Interfaces=` line lists the file chooser.
fn declares_file_chooser(portal_file: &str) -> bool {
    portal_file
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Interfaces="))
        .any(|list| list.split(';').any(|i| i.trim() == FILE_CHOOSER))
}

fn zenity_on_path(sys: &dyn System) -> bool {
    sys.var("PATH").is_some_and(|path| std::env::split_paths(&path).any(|d| sys.exists(&d.join("zenity"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A described desktop: variables and files with their text.
    #[derive(Default)]
    struct Fake {
        vars: BTreeMap<&'static str, &'static str>,
        files: BTreeMap<PathBuf, &'static str>,
    }

    impl Fake {
        fn var(mut self, k: &'static str, v: &'static str) -> Self {
            self.vars.insert(k, v);
            self
        }
        fn file(mut self, p: &str, text: &'static str) -> Self {
            self.files.insert(PathBuf::from(p), text);
            self
        }
        /// A GNOME desktop: bus, portal, GTK backend with the file chooser.
        fn gnome() -> Self {
            Fake::default()
                .var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
                .file("/usr/share/dbus-1/services/org.freedesktop.portal.Desktop.service", "[D-BUS Service]")
                .file(
                    "/usr/share/xdg-desktop-portal/portals/gtk.portal",
                    "[portal]\nDBusName=org.freedesktop.impl.portal.desktop.gtk\nInterfaces=org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.AppChooser;\n",
                )
        }
    }

    impl System for Fake {
        fn var(&self, name: &str) -> Option<OsString> {
            self.vars.get(name).map(OsString::from)
        }
        fn exists(&self, path: &Path) -> bool {
            self.files.contains_key(path) || self.files.keys().any(|f| f.starts_with(path))
        }
        fn files(&self, dir: &Path) -> Vec<PathBuf> {
            self.files.keys().filter(|f| f.parent() == Some(dir)).cloned().collect()
        }
        fn read(&self, path: &Path) -> Option<String> {
            self.files.get(path).map(|s| s.to_string())
        }
    }

    #[test]
    fn a_full_portal_setup_is_available() {
        assert_eq!(decide(&Fake::gnome()), Support::Portal);
    }

    #[test]
    fn the_bus_socket_in_the_runtime_dir_counts_as_a_session_bus() {
        let mut f = Fake::gnome();
        f.vars.remove("DBUS_SESSION_BUS_ADDRESS");
        assert_eq!(decide(&f), Support::Unavailable(Missing::SessionBus));
        let f = f.var("XDG_RUNTIME_DIR", "/run/user/1000").file("/run/user/1000/bus", "");
        assert_eq!(decide(&f), Support::Portal);
    }

    #[test]
    fn a_bare_window_manager_without_portal_or_zenity_has_no_dialog() {
        let f = Fake::default()
            .var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
            .var("PATH", "/usr/bin:/bin");
        assert_eq!(decide(&f), Support::Unavailable(Missing::Portal));
        assert!(!decide(&f).is_available());
    }

    #[test]
    fn a_portal_without_a_file_chooser_backend_is_not_enough() {
        let f = Fake::gnome();
        let mut files = f.files.clone();
        files.insert(
            PathBuf::from("/usr/share/xdg-desktop-portal/portals/gtk.portal"),
            "[portal]\nInterfaces=org.freedesktop.impl.portal.Screenshot;\n",
        );
        let f = Fake { files, ..f };
        assert_eq!(decide(&f), Support::Unavailable(Missing::FileChooserBackend));
    }

    #[test]
    fn zenity_on_the_path_rescues_a_desktop_without_portal() {
        let f = Fake::default().var("PATH", "/opt/x/bin:/usr/bin").file("/usr/bin/zenity", "");
        assert_eq!(decide(&f), Support::Zenity);
    }

    #[test]
    fn xdg_data_dirs_replaces_the_default_folders() {
        let f = Fake::default()
            .var("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=x")
            .var("XDG_DATA_DIRS", "/nix/profile/share")
            .file("/nix/profile/share/dbus-1/services/org.freedesktop.portal.Desktop.service", "")
            .file(
                "/nix/profile/share/xdg-desktop-portal/portals/kde.portal",
                "Interfaces=org.freedesktop.impl.portal.FileChooser",
            )
            .file("/usr/share/dbus-1/services/unrelated.service", "");
        assert_eq!(decide(&f), Support::Portal);
        let hidden = Fake { vars: f.vars.clone(), files: BTreeMap::new() }.var("XDG_DATA_DIRS", "/elsewhere");
        assert_eq!(decide(&hidden), Support::Unavailable(Missing::Portal));
    }

    #[test]
    fn inside_flatpak_the_bus_is_enough() {
        let f =
            Fake::default().var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/flatpak/bus").file("/.flatpak-info", "");
        assert_eq!(decide(&f), Support::Portal);
    }

    #[test]
    fn the_interfaces_line_is_read_exactly() {
        assert!(declares_file_chooser("Interfaces=org.freedesktop.impl.portal.FileChooser"));
        assert!(!declares_file_chooser("Interfaces=org.freedesktop.impl.portal.FileChooserX;"));
        assert!(!declares_file_chooser("# Interfaces=org.freedesktop.impl.portal.FileChooser"));
    }
}
