//! Map export: one or more choropleths side by side drawn to a PNG with a title, a legend with
//! class ranges and counts, the no-data list and a data-source note (clean layout, no north
//! arrow or scale bar: the projection is equal-area, north is up).

use super::choropleth::{Fill, MapData, feature_name};
use super::geojson::Boundaries;
use super::palette::{NO_DATA, OUTLINE, Rgb};
use super::raster::{Canvas, Contour};
use super::tessellate::MapGeometry;
use super::text::Fonts;
use super::viewport::Viewport;
use serde::{Deserialize, Serialize};

/// Smallest and largest accepted picture width, pixels.
pub const WIDTH_RANGE: std::ops::RangeInclusive<u32> = 320..=8000;

/// Settings of an exported map picture.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `width` | 1600 | 320..=8000 | picture width in pixels (height follows the layout) |
/// | `title` | `""` | | title line (omitted when empty) |
/// | `map_titles` | `[]` | one per map | heading above each map; default the year |
/// | `legend_title` | `""` | | line above the legend (e.g. variable and method) |
/// | `source_note` | see [`DEFAULT_NOTE`] | | small grey note at the bottom |
/// | `chinese_names` | false | | no-data list in Chinese (needs a CJK font) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RenderSpec {
    /// Width in pixels.
    pub width: u32,
    /// Title.
    pub title: String,
    /// Heading above each map.
    pub map_titles: Vec<String>,
    /// Line above the legend.
    pub legend_title: String,
    /// Data-source note.
    pub source_note: String,
    /// Chinese feature names in the no-data list.
    pub chinese_names: bool,
}

/// The default source note: where the boundaries come from and what they are not.
pub const DEFAULT_NOTE: &str = "Boundaries: Natural Earth (public domain), not China's official standard map.";

impl Default for RenderSpec {
    fn default() -> Self {
        RenderSpec {
            width: 1600,
            title: String::new(),
            map_titles: Vec::new(),
            legend_title: String::new(),
            source_note: DEFAULT_NOTE.into(),
            chinese_names: false,
        }
    }
}

/// Why a picture could not be made or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// Width outside [`WIDTH_RANGE`].
    WidthOutOfRange {
        /// The width asked for.
        width: u32,
    },
    /// Nothing to draw.
    NoMaps,
    /// Encoding or writing failed.
    Write {
        /// Output path.
        path: String,
        /// What went wrong.
        message: String,
    },
}

/// A rendered picture and where each map went.
#[derive(Clone, Debug)]
pub struct Rendered {
    /// The canvas (convert with [`Canvas::into_image`]).
    pub canvas: Canvas,
    /// One per map, left to right.
    pub panels: Vec<Viewport>,
}

/// Draw `maps` side by side. Legends: one shared legend when every map has the same breaks,
/// otherwise one under each map.
pub fn render(
    geometry: &MapGeometry,
    boundaries: &Boundaries,
    maps: &[MapData],
    spec: &RenderSpec,
    fonts: &Fonts,
) -> Result<Rendered, RenderError> {
    if !WIDTH_RANGE.contains(&spec.width) {
        return Err(RenderError::WidthOutOfRange { width: spec.width });
    }
    if maps.is_empty() {
        return Err(RenderError::NoMaps);
    }
    let w = spec.width as f32;
    let u = w / 1600.0;
    let margin = 32.0 * u;
    let gap = 28.0 * u;
    let n = maps.len() as f32;
    let panel_w = (w - 2.0 * margin - (n - 1.0) * gap) / n;
    let bbox = geometry.bbox;
    let aspect = if bbox.width() > 0.0 { bbox.height() / bbox.width() } else { 1.0 };
    let map_h = panel_w * aspect as f32;
    let shared = maps.iter().all(|m| m.breaks.upper == maps[0].breaks.upper);
    let legends: Vec<usize> = if shared { vec![0] } else { (0..maps.len()).collect() };
    let row_h = 28.0 * u;
    let rows = |m: &MapData| m.legend.len() + usize::from(!m.no_data.is_empty());
    let legend_rows = legends.iter().map(|&i| rows(&maps[i])).max().unwrap_or(0);
    let headings: Vec<String> = maps
        .iter()
        .enumerate()
        .map(|(i, m)| {
            spec.map_titles.get(i).cloned().unwrap_or_else(|| m.year.map(|y| y.to_string()).unwrap_or_default())
        })
        .collect();
    let pooled = shared && maps.len() > 1;
    let legend_title = match (spec.legend_title.is_empty(), pooled) {
        (_, true) => format!("{}   (units per class: {})", spec.legend_title, headings.join(" / ")).trim().to_string(),
        (true, false) => String::new(),
        (false, false) => spec.legend_title.clone(),
    };
    let legend_title_h = if legend_title.is_empty() { 0.0 } else { 30.0 * u };
    let mut notes: Vec<String> = Vec::new();
    let mut no_data: Vec<String> = Vec::new();
    for m in maps {
        for e in &m.no_data {
            let name = feature_name(boundaries, e.feature, spec.chinese_names);
            if !no_data.contains(&name) {
                no_data.push(name);
            }
        }
    }
    if !no_data.is_empty() {
        notes.push(format!("No data: {}.", no_data.join(", ")));
    }
    if !spec.source_note.is_empty() {
        notes.push(spec.source_note.clone());
    }
    let title_h = if spec.title.is_empty() { 0.0 } else { 52.0 * u };
    let sub_h = 38.0 * u;
    let note_h = 24.0 * u;
    let height = margin
        + title_h
        + sub_h
        + map_h
        + 24.0 * u
        + legend_title_h
        + legend_rows as f32 * row_h
        + 16.0 * u
        + notes.len() as f32 * note_h
        + margin;
    let mut canvas = Canvas::new(spec.width as usize, height.ceil() as usize, [255, 255, 255]);
    let ink: Rgb = [0x20, 0x20, 0x20];
    let grey: Rgb = [0x6e, 0x6e, 0x6e];
    let mut y = margin;
    if !spec.title.is_empty() {
        fonts.draw(&mut canvas, &spec.title, margin, y + 34.0 * u, 34.0 * u, ink);
        y += title_h;
    }
    let mut panels = Vec::with_capacity(maps.len());
    for (i, m) in maps.iter().enumerate() {
        let x0 = margin + i as f32 * (panel_w + gap);
        fonts.draw(&mut canvas, &headings[i], x0, y + 26.0 * u, 26.0 * u, ink);
        let t = Viewport::fit(bbox, [x0 as f64, (y + sub_h) as f64, panel_w as f64, map_h as f64]);
        draw_map(&mut canvas, geometry, m, &t, u);
        panels.push(t);
    }
    y += sub_h + map_h + 24.0 * u;
    for (slot, &i) in legends.iter().enumerate() {
        let x0 = margin + slot as f32 * (panel_w + gap);
        let mut ly = y;
        if !legend_title.is_empty() {
            fonts.draw(&mut canvas, &legend_title, x0, ly + 20.0 * u, 20.0 * u, ink);
            ly += legend_title_h;
        }
        draw_legend(&mut canvas, fonts, &maps[i], [x0, ly], u, pooled.then_some(maps));
    }
    y += legend_title_h + legend_rows as f32 * row_h + 16.0 * u;
    for line in &notes {
        fonts.draw(&mut canvas, line, margin, y + 16.0 * u, 16.0 * u, grey);
        y += note_h;
    }
    Ok(Rendered { canvas, panels })
}

fn ring_pixels(ring: &[[f64; 2]], t: &Viewport) -> Contour {
    ring.iter().map(|&p| t.to_pixel(p)).map(|[x, y]| [x as f32, y as f32]).collect()
}

fn draw_map(canvas: &mut Canvas, geometry: &MapGeometry, m: &MapData, t: &Viewport, u: f32) {
    let spacing = NO_DATA.spacing_px * u.max(0.5);
    let line = NO_DATA.line_px * u.max(0.5);
    let hatch = NO_DATA.hatch.map(f32::from);
    for (f, fv) in geometry.features.iter().zip(&m.features) {
        let contours: Vec<Contour> = f.rings.iter().map(|r| ring_pixels(r, t)).collect();
        canvas.fill(&contours, fv.fill.rgb(), 1.0);
        if fv.fill == Fill::NoData {
            canvas.fill_with(&contours, |x, y, cov| {
                let d = ((x + y) as f32) % spacing;
                (d < line).then_some((hatch, cov))
            });
        }
    }
    let width = (0.9 * u).max(0.6);
    for f in &geometry.features {
        for r in &f.rings {
            canvas.stroke(&ring_pixels(r, t), true, width, OUTLINE, 0.9);
        }
    }
}

/// Decimals for legend numbers: three significant digits of the largest magnitude, more if
/// needed to keep the bounds distinct (at most 6).
pub fn legend_decimals(values: &[f64]) -> usize {
    let big = values.iter().fold(0.0f64, |a, v| a.max(v.abs()));
    let mut d = if big > 0.0 { (2 - big.log10().floor() as i32).clamp(0, 6) as usize } else { 2 };
    while d < 6 {
        let s: Vec<String> = values.iter().map(|v| format!("{v:.d$}")).collect();
        if s.windows(2).all(|p| p[0] != p[1]) {
            break;
        }
        d += 1;
    }
    d
}

/// Legend rows of map `m` at `(x0, y0)`; with `pooled` (a shared legend) each count lists
/// every map's count.
fn draw_legend(
    canvas: &mut Canvas,
    fonts: &Fonts,
    m: &MapData,
    [x0, y0]: [f32; 2],
    u: f32,
    pooled: Option<&[MapData]>,
) {
    let mut bounds = vec![m.breaks.min];
    bounds.extend(&m.breaks.upper);
    let d = legend_decimals(&bounds);
    let (sw, sh, row_h, px) = (34.0 * u, 20.0 * u, 28.0 * u, 18.0 * u);
    let ink: Rgb = [0x20, 0x20, 0x20];
    for (j, e) in m.legend.iter().enumerate() {
        let y = y0 + j as f32 * row_h;
        canvas.rect(x0, y, sw, sh, e.color);
        canvas.stroke(&[[x0, y], [x0 + sw, y], [x0 + sw, y + sh], [x0, y + sh]], true, 0.8 * u, OUTLINE, 0.8);
        let counts = if let Some(all) = pooled {
            let c: Vec<String> = all.iter().map(|a| a.legend.get(j).map_or(0, |l| l.count).to_string()).collect();
            c.join(" / ")
        } else {
            e.count.to_string()
        };
        let label = format!("{:.d$} – {:.d$}   ({counts})", e.lower, e.upper);
        fonts.draw(canvas, &label, x0 + sw + 12.0 * u, y + sh - 4.0 * u, px, ink);
    }
    if !m.no_data.is_empty() {
        let y = y0 + m.legend.len() as f32 * row_h;
        let sq = vec![[x0, y], [x0 + sw, y], [x0 + sw, y + sh], [x0, y + sh]];
        canvas.fill(std::slice::from_ref(&sq), NO_DATA.fill, 1.0);
        let hatch = NO_DATA.hatch.map(f32::from);
        let spacing = NO_DATA.spacing_px * u.max(0.5);
        let line = NO_DATA.line_px * u.max(0.5);
        canvas.fill_with(std::slice::from_ref(&sq), |x, y, cov| {
            (((x + y) as f32) % spacing < line).then_some((hatch, cov))
        });
        canvas.stroke(&sq, true, 0.8 * u, OUTLINE, 0.8);
        let c = match pooled {
            Some(all) => all.iter().map(|a| a.no_data.len().to_string()).collect::<Vec<_>>().join(" / "),
            None => m.no_data.len().to_string(),
        };
        fonts.draw(canvas, &format!("No data   ({c})"), x0 + sw + 12.0 * u, y + sh - 4.0 * u, px, ink);
    }
}

/// Encode as PNG and write atomically (temporary file, then rename).
pub fn write_png(path: &std::path::Path, canvas: Canvas) -> Result<(), RenderError> {
    let err = |m: String| RenderError::Write { path: path.display().to_string(), message: m };
    let img = canvas.into_image();
    let mut bytes = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png).map_err(|e| err(e.to_string()))?;
    crate::engine::report::atomic_write(path, &bytes).map_err(|e| err(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_decimals_keep_bounds_distinct() {
        assert_eq!(legend_decimals(&[1200.0, 35000.0, 90000.0]), 0);
        assert_eq!(legend_decimals(&[0.51, 1.2, 2.9]), 2);
        assert_eq!(legend_decimals(&[0.101, 0.102, 0.3]), 3);
        assert_eq!(legend_decimals(&[1.0001, 1.0002, 2.0]), 4);
    }
}
