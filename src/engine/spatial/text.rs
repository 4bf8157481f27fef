//! Text for exported maps: glyph outlines read with `skrifa` (already in the tree through
//! egui's text stack), flattened to polygons and filled by [`super::raster`].
//!
//! The default face is Ubuntu Light as bundled by `epaint_default_fonts` (Ubuntu Font Licence
//! 1.0); it covers Latin text. Chinese names need a CJK font given by the caller (a `.ttf`,
//! `.otf` or `.ttc` file, e.g. Noto Sans CJK); characters missing from every face are skipped.
//! Layout is simple: advance widths, no kerning or shaping (enough for titles, legends and
//! notes).

use super::palette::Rgb;
use super::raster::{Canvas, Contour};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use std::borrow::Cow;

/// Why a font could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontError {
    /// The file could not be read.
    Io {
        /// File path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// The font compiled into the binary does not parse (a build error).
    BuiltIn {
        /// The parser's message.
        message: String,
    },
    /// Not a TrueType / OpenType font (or collection).
    NotAFont {
        /// File path.
        path: String,
        /// The parser's message.
        message: String,
    },
}

/// One font face: its bytes and the index within a collection.
#[derive(Clone, Debug)]
pub struct Face {
    data: Cow<'static, [u8]>,
    index: u32,
}

impl Face {
    /// The bundled default face (Ubuntu Light).
    pub fn default_face() -> Face {
        Face { data: Cow::Borrowed(epaint_default_fonts::UBUNTU_LIGHT), index: 0 }
    }

    /// A face from a font file (the first face of a collection).
    pub fn from_file(path: &std::path::Path) -> Result<Face, FontError> {
        let p = path.display().to_string();
        let data = std::fs::read(path).map_err(|e| FontError::Io { path: p.clone(), message: e.to_string() })?;
        skrifa::FontRef::from_index(&data, 0).map_err(|e| FontError::NotAFont { path: p, message: e.to_string() })?;
        Ok(Face { data: Cow::Owned(data), index: 0 })
    }

    /// A face from font bytes compiled into the binary (e.g. a bundled CJK subset), checked
    /// to parse.
    pub fn from_static(data: &'static [u8]) -> Result<Face, FontError> {
        skrifa::FontRef::from_index(data, 0).map_err(|e| FontError::BuiltIn { message: e.to_string() })?;
        Ok(Face { data: Cow::Borrowed(data), index: 0 })
    }

    fn font(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::from_index(&self.data, self.index).ok()
    }
}

/// Well-known locations of CJK fonts on Linux (fonts-noto-cjk, WenQuanYi), macOS and Windows.
pub const SYSTEM_CJK_FONTS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\simhei.ttf",
];

/// The first readable font of [`SYSTEM_CJK_FONTS`], if any.
pub fn find_system_cjk_font() -> Option<Face> {
    SYSTEM_CJK_FONTS.iter().find_map(|p| Face::from_file(std::path::Path::new(p)).ok())
}

/// Faces tried in order for each character.
#[derive(Clone, Debug)]
pub struct Fonts {
    faces: Vec<Face>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts { faces: vec![Face::default_face()] }
    }
}

impl Fonts {
    /// The default face followed by `extra` (for characters the default lacks).
    pub fn with_fallback(extra: Face) -> Fonts {
        Fonts { faces: vec![Face::default_face(), extra] }
    }

    /// True when every non-space character of `text` has a glyph in some face.
    pub fn covers(&self, text: &str) -> bool {
        let fonts: Vec<_> = self.faces.iter().filter_map(Face::font).collect();
        text.chars().filter(|c| !c.is_whitespace()).all(|c| fonts.iter().any(|f| f.charmap().map(c).is_some()))
    }

    /// Width of `text` at `px` pixels per em.
    pub fn width(&self, text: &str, px: f32) -> f32 {
        self.layout(text, px, |_, _, _| {})
    }

    /// Draw `text` with its baseline starting at `(x, baseline)`; returns the width drawn.
    pub fn draw(&self, canvas: &mut Canvas, text: &str, x: f32, baseline: f32, px: f32, color: Rgb) -> f32 {
        let mut contours: Vec<Contour> = Vec::new();
        let w = self.layout(text, px, |font, gid, pen_x| {
            if let Some(glyph) = font.outline_glyphs().get(gid) {
                let mut pen =
                    Flatten { out: &mut contours, cur: Vec::new(), x: x + pen_x, y: baseline, last: [0.0; 2] };
                let _ = glyph.draw(DrawSettings::unhinted(Size::new(px), LocationRef::default()), &mut pen);
                pen.close();
            }
        });
        canvas.fill(&contours, color, 1.0);
        w
    }

    /// Walk the glyphs of `text`, calling `glyph(font, id, pen_x)`; returns the total advance.
    fn layout(&self, text: &str, px: f32, mut glyph: impl FnMut(&skrifa::FontRef<'_>, skrifa::GlyphId, f32)) -> f32 {
        let fonts: Vec<_> = self.faces.iter().filter_map(Face::font).collect();
        let Some(primary) = fonts.first() else { return 0.0 };
        let space = primary
            .charmap()
            .map(' ')
            .and_then(|g| primary.glyph_metrics(Size::new(px), LocationRef::default()).advance_width(g))
            .unwrap_or(px * 0.25);
        let mut pen_x = 0.0;
        for ch in text.chars() {
            let found = fonts.iter().find_map(|f| f.charmap().map(ch).map(|g| (f, g)));
            match found {
                Some((f, g)) => {
                    glyph(f, g, pen_x);
                    pen_x += f.glyph_metrics(Size::new(px), LocationRef::default()).advance_width(g).unwrap_or(0.0);
                }
                None if ch.is_whitespace() => pen_x += space,
                None => {}
            }
        }
        pen_x
    }
}

/// Collects glyph outlines as flattened contours in canvas coordinates (y down).
struct Flatten<'a> {
    out: &'a mut Vec<Contour>,
    cur: Contour,
    x: f32,
    y: f32,
    last: [f32; 2],
}

impl Flatten<'_> {
    fn map(&self, x: f32, y: f32) -> [f32; 2] {
        [self.x + x, self.y - y]
    }
}

/// Segments per curve: enough for text up to ~60 px to look smooth.
const CURVE_STEPS: usize = 8;

impl OutlinePen for Flatten<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.close();
        self.last = [x, y];
        let p = self.map(x, y);
        self.cur.push(p);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.last = [x, y];
        let p = self.map(x, y);
        self.cur.push(p);
    }

    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        let [x0, y0] = self.last;
        for i in 1..=CURVE_STEPS {
            let t = i as f32 / CURVE_STEPS as f32;
            let u = 1.0 - t;
            let px = u * u * x0 + 2.0 * u * t * cx + t * t * x;
            let py = u * u * y0 + 2.0 * u * t * cy + t * t * y;
            let p = self.map(px, py);
            self.cur.push(p);
        }
        self.last = [x, y];
    }

    fn curve_to(&mut self, c0x: f32, c0y: f32, c1x: f32, c1y: f32, x: f32, y: f32) {
        let [x0, y0] = self.last;
        for i in 1..=CURVE_STEPS {
            let t = i as f32 / CURVE_STEPS as f32;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            let p = self.map(a * x0 + b * c0x + c * c1x + d * x, a * y0 + b * c0y + c * c1y + d * y);
            self.cur.push(p);
        }
        self.last = [x, y];
    }

    fn close(&mut self) {
        if self.cur.len() >= 3 {
            self.out.push(std::mem::take(&mut self.cur));
        } else {
            self.cur.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_face_draws_latin_text() {
        let f = Fonts::default();
        assert!(f.covers("Carbon economic efficiency 2011 (7)"));
        assert!(!f.covers("西藏"));
        let w = f.width("Hello", 20.0);
        assert!(w > 30.0 && w < 80.0, "{w}");
        let mut c = Canvas::new(100, 30, [255, 255, 255]);
        f.draw(&mut c, "Hello", 2.0, 22.0, 20.0, [0, 0, 0]);
        let dark = c.pixels.iter().filter(|p| p[0] < 128).count();
        assert!(dark > 40, "{dark} dark pixels");
    }
}
