//! Who the window is to the desktop: its application id, title and icon.
//!
//! The id is the name of the Linux desktop entry (`<APP_ID>.desktop`), the Wayland app id and
//! X11 `WM_CLASS` (so the desktop finds the entry's icon for the window), the macOS bundle
//! identifier and the AppStream component id; eframe names the preferences folder after it
//! (`~/.local/share/<id in lower case>`, `%APPDATA%\<id>\data`,
//! `~/Library/Application Support/<id>`). The packaging files under `assets/packaging/` repeat
//! it; a test keeps them in step.

use std::path::Path;

/// Reverse-DNS application id.
pub const APP_ID: &str = "io.github.carbondml.CarbonDML";

/// The window title and the name shown by the desktop.
pub const APP_NAME: &str = "Carbon DML Explorer";

/// The name eframe stored preferences under before the app had an id (the window title).
const OLD_STORAGE_NAME: &str = "Carbon DML Explorer";

/// The window and taskbar icon: the 256-pixel PNG drawn by `scripts/make_icons.py`.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/carbon-dml-256.png")).ok()
}

/// Carry preferences saved before the app had an id over to the folder named by [`APP_ID`],
/// once: only when the new folder holds none and the old one does. Failure is harmless (the
/// app starts with default preferences), so it is not reported.
pub fn migrate_old_preferences() {
    if let (Some(old), Some(new)) = (eframe::storage_dir(OLD_STORAGE_NAME), eframe::storage_dir(APP_ID)) {
        migrate(&old, &new);
    }
}

fn migrate(old: &Path, new: &Path) {
    let (from, to) = (old.join("app.ron"), new.join("app.ron"));
    if old == new || to.exists() || !from.is_file() {
        return;
    }
    if std::fs::create_dir_all(new).is_ok() {
        let _ = std::fs::copy(&from, &to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_decodes_at_256_pixels() {
        let icon = window_icon().expect("the bundled icon is a PNG");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }

    #[test]
    fn old_preferences_are_copied_once_and_never_overwrite_new_ones() {
        let root = std::env::temp_dir().join(format!("carbon-dml-migrate-{}", std::process::id()));
        let (old, new) = (root.join("old"), root.join("new"));
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("app.ron"), "(old)").unwrap();
        migrate(&old, &new);
        assert_eq!(std::fs::read_to_string(new.join("app.ron")).unwrap(), "(old)");
        std::fs::write(new.join("app.ron"), "(new)").unwrap();
        migrate(&old, &new);
        assert_eq!(std::fs::read_to_string(new.join("app.ron")).unwrap(), "(new)");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
