//! The packaging files agree with the program: one application id everywhere, the scenario file
//! type recognises the files the app writes, every icon and asset the packages list exists.

use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::identity::{APP_ID, APP_NAME};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn linux(file: &str) -> String {
    read(&format!("assets/packaging/linux/{file}"))
}

/// `key=value` lines of the desktop entry's main group.
fn desktop_value(entry: &str, key: &str) -> Option<String> {
    entry.lines().find_map(|l| l.strip_prefix(&format!("{key}=")).map(str::to_string))
}

#[test]
fn the_desktop_entry_is_named_by_the_app_id_and_opens_files() {
    let entry = linux(&format!("{APP_ID}.desktop"));
    assert_eq!(desktop_value(&entry, "Icon").as_deref(), Some(APP_ID));
    assert_eq!(desktop_value(&entry, "StartupWMClass").as_deref(), Some(APP_ID));
    assert_eq!(desktop_value(&entry, "Name").as_deref(), Some(APP_NAME));
    assert_eq!(desktop_value(&entry, "Exec").as_deref(), Some("carbon-dml %f"));
    let categories = desktop_value(&entry, "Categories").unwrap_or_default();
    assert!(categories.contains("Education;") && categories.contains("Science;"), "{categories}");
    let mime = desktop_value(&entry, "MimeType").unwrap_or_default();
    assert!(mime.split(';').any(|m| m == "application/x-carbon-dml-scenario"), "{mime}");
    for key in ["Name[zh_CN]", "Comment", "Comment[zh_CN]"] {
        assert!(desktop_value(&entry, key).is_some_and(|v| !v.is_empty()), "{key}");
    }
}

#[test]
fn the_metainfo_names_the_app_and_its_desktop_entry() {
    let meta = linux(&format!("{APP_ID}.metainfo.xml"));
    assert!(meta.contains(&format!("<id>{APP_ID}</id>")));
    assert!(meta.contains(&format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>")));
    assert!(
        meta.contains(&format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"))),
        "release entry for this version"
    );
}

/// The MIME type's magic must match what `Scenario::save` writes, or double-clicking a saved
/// scenario whose name does not end in `.ron` would not find the app.
#[test]
fn the_scenario_file_type_recognises_saved_scenarios() {
    let mime = linux(&format!("{APP_ID}.xml"));
    assert!(mime.contains("<mime-type type=\"application/x-carbon-dml-scenario\">"));
    assert!(mime.contains("<glob pattern=\"*.ron\"/>"));
    let magic = mime.split("value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a magic string");
    let dir = std::env::temp_dir().join(format!("carbon-dml-packaging-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("saved.ron");
    Scenario::default().save(&file).unwrap();
    let saved = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(saved.starts_with(magic), "saved scenarios start with {:?}, the magic is {magic:?}", &saved[..40]);
}

#[test]
fn every_package_uses_the_same_app_id() {
    let plist = read("assets/packaging/macos/Info.plist");
    assert!(plist.contains(&format!("<key>CFBundleIdentifier</key>\n    <string>{APP_ID}</string>")));
    assert!(plist.contains("<key>CFBundleExecutable</key>\n    <string>carbon-dml</string>"));
    assert!(read("assets/packaging/windows/installer.nsi").contains(&format!("!define APP_ID \"{APP_ID}\"")));
    assert!(read("assets/packaging/windows/carbon-dml.exe.manifest").contains(&format!("name=\"{APP_ID}\"")));
    assert!(read("scripts/package.sh").contains(&format!("APP_ID={APP_ID}\n")));
    assert!(read("scripts/verify-packages.sh").contains(&format!("APP_ID={APP_ID}\n")));
}

#[test]
fn every_icon_size_exists_at_its_size() {
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let path = root().join(format!("assets/icons/carbon-dml-{size}.png"));
        let img = image::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!((img.width(), img.height()), (size, size), "{}", path.display());
    }
    let ico = std::fs::read(root().join("assets/icons/carbon-dml.ico")).unwrap();
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an ICO header");
    assert!(u16::from_le_bytes([ico[4], ico[5]]) >= 6, "several sizes in the .ico");
    let icns = std::fs::read(root().join("assets/icons/carbon-dml.icns")).unwrap();
    assert_eq!(&icns[..4], b"icns");
}

/// Every `["source", ...]` asset of `[package.metadata.deb]` exists (the binary is built).
#[test]
fn every_deb_asset_exists() {
    let cargo = read("Cargo.toml");
    let assets = cargo.split("assets = [").nth(1).expect("deb assets").split("\n]").next().unwrap();
    let sources: Vec<&str> =
        assets.lines().filter_map(|l| l.trim().strip_prefix("[\"")).filter_map(|l| l.split('"').next()).collect();
    assert!(sources.len() >= 12, "{sources:?}");
    for s in sources.iter().filter(|s| !s.starts_with("target/")) {
        assert!(Path::new(&root().join(s)).is_file(), "{s} listed in the .deb assets is missing");
    }
    assert!(sources.iter().any(|s| s.starts_with("assets/icons/carbon-dml-512")), "the largest icon is packaged");
}
