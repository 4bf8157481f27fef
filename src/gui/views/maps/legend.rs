//! Legends of the Maps view (class ranges, colours and counts; one shared legend with a count
//! per map, or one per map), the "no data" list with reasons, and the hover text.

use super::labels as l;
use super::screen::hatch_segments;
use crate::engine::spatial::choropleth::{NoDataReason, feature_name};
use crate::engine::spatial::palette::{NO_DATA, OUTLINE, Rgb};
use crate::engine::spatial::render::legend_decimals;
use crate::engine::spatial::{Boundaries, Fill, MapData};
use crate::gui::i18n::Lang;
use egui::{Color32, Pos2, Rect, Sense, Stroke, vec2};

fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Decimals for the numbers of map `m`'s legend (three significant digits, distinct bounds).
pub fn decimals(m: &MapData) -> usize {
    let mut bounds = vec![m.breaks.min];
    bounds.extend(&m.breaks.upper);
    legend_decimals(&bounds)
}

fn swatch(ui: &mut egui::Ui, fill: Option<Rgb>) {
    let (r, _) = ui.allocate_exact_size(vec2(28.0, 14.0), Sense::hover());
    let p = ui.painter_at(r.expand(1.0));
    match fill {
        Some(c) => {
            p.rect_filled(r, 0.0, color(c));
        }
        None => paint_no_data(&p, r),
    }
    p.rect_stroke(r, 0.0, Stroke::new(0.6, color(OUTLINE)), egui::StrokeKind::Inside);
}

/// The legend of `maps[first]`, with one count per map of `counted` (a shared legend counts
/// every map, e.g. `6 / 4` for 2011 / 2022). Rows: colour, `lower – upper`, counts; then the
/// no-data row when any map has units without data.
pub fn legend(ui: &mut egui::Ui, lang: Lang, maps: &[&MapData], title: &str) {
    let Some(first) = maps.first() else { return };
    let d = decimals(first);
    let years: Vec<String> = maps.iter().filter_map(|m| m.year.map(|y| y.to_string())).collect();
    ui.horizontal_wrapped(|ui| {
        ui.strong(title);
        if !years.is_empty() {
            ui.weak(format!("({}: {})", lang.t(&l::UNITS), years.join(" / ")));
        }
    });
    egui::Grid::new(("maps-legend", first.year)).num_columns(2).spacing([8.0, 3.0]).show(ui, |ui| {
        for (j, e) in first.legend.iter().enumerate() {
            swatch(ui, Some(e.color));
            let counts: Vec<String> = maps.iter().map(|m| m.legend.get(j).map_or(0, |x| x.count).to_string()).collect();
            ui.label(format!("{:.d$} – {:.d$}  ({})", e.lower, e.upper, counts.join(" / ")));
            ui.end_row();
        }
        if maps.iter().any(|m| !m.no_data.is_empty()) {
            swatch(ui, None);
            let counts: Vec<String> = maps.iter().map(|m| m.no_data.len().to_string()).collect();
            ui.label(format!("{}  ({})", lang.t(&l::NO_DATA), counts.join(" / ")));
            ui.end_row();
        }
    });
    if let Some(k) = first.breaks.reduced_from {
        ui.small(format!("k: {k} > {}, {}", first.breaks.k(), lang.t(&l::REDUCED)));
    }
}

/// The units drawn as "no data" on any of `maps`, each once with its reason
/// (`Tibet — not in the data`, `Hebei — value missing in 2011`).
pub fn no_data_lines(lang: Lang, boundaries: &Boundaries, maps: &[MapData]) -> Vec<String> {
    let chinese = lang == Lang::Zh;
    let mut out: Vec<(usize, String, Vec<i32>, bool)> = Vec::new();
    for m in maps {
        for e in &m.no_data {
            let pos = match out.iter().position(|(f, ..)| *f == e.feature) {
                Some(p) => p,
                None => {
                    out.push((e.feature, feature_name(boundaries, e.feature, chinese), Vec::new(), false));
                    out.len() - 1
                }
            };
            match e.reason {
                NoDataReason::NotInData => out[pos].3 = true,
                NoDataReason::Missing => out[pos].2.extend(m.year),
            }
        }
    }
    out.into_iter()
        .map(|(_, name, years, not_in_data)| {
            if not_in_data || years.is_empty() {
                format!("{name} — {}", lang.t(&l::NOT_IN_DATA))
            } else {
                let ys: Vec<String> = years.iter().map(i32::to_string).collect();
                format!("{name} — {} ({})", lang.t(&l::MISSING_VALUE), ys.join(", "))
            }
        })
        .collect()
}

/// The no-data list under the legend.
pub fn no_data_list(ui: &mut egui::Ui, lang: Lang, boundaries: &Boundaries, maps: &[MapData]) {
    let lines = no_data_lines(lang, boundaries, maps);
    if lines.is_empty() {
        return;
    }
    ui.strong(format!("{} ({})", lang.t(&l::NO_DATA), lines.len()));
    for line in lines.iter().take(30) {
        ui.label(line);
    }
    if lines.len() > 30 {
        ui.weak(format!("… (+{})", lines.len() - 30));
    }
}

/// Hover text of feature `i` on map `m` in the current language: name, value, class and its
/// range (`Sichuan: 1.23 (class 3 of 5: 1.10 – 1.45)`), or `Tibet: no data (not in the data)`.
pub fn hover_text(lang: Lang, boundaries: &Boundaries, m: &MapData, i: usize) -> String {
    let name = feature_name(boundaries, i, lang == Lang::Zh);
    let Some(f) = m.features.get(i) else { return name };
    let year = m.year.map(|y| format!(" {y}")).unwrap_or_default();
    match (f.value, f.fill) {
        (Some(v), Fill::Class(c, _)) => {
            let (lo, hi) = m.breaks.range(c);
            let d = decimals(m);
            let dv = d.max(legend_decimals(&[v]));
            format!(
                "{name}{year}: {v:.dv$}\n{} {} {} {}: {lo:.d$} – {hi:.d$}",
                lang.t(&l::CLASS),
                c + 1,
                lang.t(&l::OF),
                m.breaks.k()
            )
        }
        _ => {
            let reason = if f.unit.is_none() { lang.t(&l::NOT_IN_DATA) } else { lang.t(&l::MISSING_VALUE) };
            format!("{name}{year}: {} ({reason})", lang.t(&l::NO_DATA))
        }
    }
}

/// Paint the "no data" style (grey, diagonal hatch) into `rect`.
fn paint_no_data(p: &egui::Painter, rect: Rect) {
    p.rect_filled(rect, 0.0, color(NO_DATA.fill));
    let ring: Vec<Pos2> = vec![rect.left_top(), rect.right_top(), rect.right_bottom(), rect.left_bottom()];
    for [a, b] in hatch_segments(&[ring], NO_DATA.spacing_px) {
        p.line_segment([a, b], Stroke::new(NO_DATA.line_px, color(NO_DATA.hatch)));
    }
}
