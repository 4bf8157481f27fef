//! Fonts for Chinese text: a system CJK font found at run time, else the bundled subset.
//!
//! Search order: well-known CJK font files of Windows (Microsoft YaHei, SimHei, SimSun),
//! macOS (PingFang, Hiragino Sans GB, STHeiti) and Linux (Noto Sans CJK, Source Han Sans,
//! WenQuanYi, Droid Sans Fallback). The file is read on a background thread so start-up never
//! waits for it. If none exists, the bundled subset of Noto Sans CJK SC (every character the
//! interface and the province registry use; `scripts/make_cjk_subset.py`) is used. eframe's
//! own system-font fallback still covers any other script.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};
use std::path::PathBuf;

/// The bundled CJK subset (SIL Open Font License 1.1, see LICENSE).
pub const BUNDLED_CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-subset.otf");

/// The characters the bundled subset covers (written by the subset script).
pub const BUNDLED_CHARS: &str = include_str!("../../assets/fonts/subset_chars.txt");

/// Candidate system font files with the face index for simplified Chinese in a collection.
fn candidates() -> Vec<(PathBuf, u32)> {
    let mut v: Vec<(PathBuf, u32)> = Vec::new();
    if cfg!(target_os = "windows") {
        let root = std::env::var_os("WINDIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("C:\\Windows"));
        for (f, i) in [("msyh.ttc", 0), ("msyh.ttf", 0), ("simhei.ttf", 0), ("simsun.ttc", 0), ("Deng.ttf", 0)] {
            v.push((root.join("Fonts").join(f), i));
        }
    } else if cfg!(target_os = "macos") {
        for (f, i) in [
            ("/System/Library/Fonts/PingFang.ttc", 0),
            ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
            ("/System/Library/Fonts/STHeiti Light.ttc", 0),
            ("/Library/Fonts/Arial Unicode.ttf", 0),
        ] {
            v.push((PathBuf::from(f), i));
        }
    } else {
        for (f, i) in [
            ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
            ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
            ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
            ("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf", 0),
            ("/usr/share/fonts/adobe-source-han-sans/SourceHanSansCN-Regular.otf", 0),
            ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
            ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
            ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
            ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
        ] {
            v.push((PathBuf::from(f), i));
        }
    }
    v
}

/// Where the Chinese glyphs come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CjkSource {
    /// A system font file.
    System(PathBuf),
    /// The bundled subset.
    Bundled,
}

/// Install only the bundled subset (tests and screenshots that must not depend on the machine).
pub fn install_bundled(ctx: &egui::Context) {
    insert(ctx, "cjk", FontData::from_static(BUNDLED_CJK));
}

/// Install a CJK font: bundled subset immediately, replaced by a system font when one is found
/// (looked up and read on a background thread). `CARBON_DML_BUNDLED_FONT=1` forces the subset.
pub fn install(ctx: &egui::Context) {
    insert(ctx, "cjk", FontData::from_static(BUNDLED_CJK));
    if std::env::var_os("CARBON_DML_BUNDLED_FONT").is_some() {
        return;
    }
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new().name("cjk-font-loader".into()).spawn(move || {
        for (path, index) in candidates() {
            if let Ok(bytes) = std::fs::read(&path) {
                let mut data = FontData::from_owned(bytes);
                data.index = index;
                insert(&ctx, "cjk", data);
                ctx.request_repaint();
                return;
            }
        }
    });
    if spawned.is_err() {
        // The bundled subset stays in place.
    }
}

fn insert(ctx: &egui::Context, name: &str, data: FontData) {
    ctx.add_font(FontInsert::new(
        name,
        data,
        vec![
            InsertFontFamily { family: FontFamily::Proportional, priority: FontPriority::Lowest },
            InsertFontFamily { family: FontFamily::Monospace, priority: FontPriority::Lowest },
        ],
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every Chinese character in the GUI, engine and locale sources, the message files and the
    /// registry is in the bundled subset (otherwise run `scripts/make_cjk_subset.py`).
    #[test]
    fn bundled_subset_covers_every_chinese_character_used() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![root.join("assets/geo/provinces.csv")];
        fn walk(d: &std::path::Path, out: &mut Vec<PathBuf>) {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs" || x == "ftl") {
                    out.push(p);
                }
            }
        }
        walk(&root.join("src/gui"), &mut files);
        walk(&root.join("src/engine"), &mut files);
        walk(&root.join("src/locale"), &mut files);
        walk(&root.join("assets/locales"), &mut files);
        let is_cjk = |c: char| {
            let o = c as u32;
            (0x3000..=0x303F).contains(&o)
                || (0x3400..=0x4DBF).contains(&o)
                || (0x4E00..=0x9FFF).contains(&o)
                || (0xFF00..=0xFFEF).contains(&o)
                || (0x2E80..=0x2FDF).contains(&o)
        };
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for c in text.chars().filter(|c| is_cjk(*c)) {
                assert!(
                    BUNDLED_CHARS.contains(c),
                    "{c} in {} is not in the bundled font: run scripts/make_cjk_subset.py",
                    f.display()
                );
            }
        }
    }
}
