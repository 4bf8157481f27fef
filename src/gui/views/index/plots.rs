//! The two plots under the weights table: DCP over time by region, and the sub-indices over
//! time; the selected unit drawn as its own highlighted line.

use super::series::{Line, RegionSource, Series, SeriesError};
use super::texts as t;
use crate::engine::data::registry::Region3;
use crate::gui::i18n::{Lang, tr};
use crate::gui::theme;
use egui_plot::{Corner, Legend, LineStyle, Plot, PlotPoints};

/// Height of each plot.
const HEIGHT: f32 = 260.0;

fn region_label(lang: Lang, r: Region3) -> &'static str {
    lang.t(match r {
        Region3::East => &tr::EAST,
        Region3::Central => &tr::CENTRAL,
        Region3::West => &tr::WEST,
    })
}

fn year_axis(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 { format!("{}", mark.value as i64) } else { String::new() }
}

fn plot<'a>(id: &str, lang: Lang) -> Plot<'a> {
    Plot::new(id)
        .height(HEIGHT)
        .legend(Legend::default().position(Corner::LeftTop))
        .x_axis_label(lang.t(&t::YEAR))
        .x_axis_formatter(year_axis)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .allow_scroll(false)
}

fn line(name: String, points: &Line) -> egui_plot::Line<'static> {
    egui_plot::Line::new(name, PlotPoints::from(points.clone()))
}

/// Draw both plots side by side. `selected` is the selected unit's display name.
pub fn show(ui: &mut egui::Ui, lang: Lang, series: &Result<Series, SeriesError>, selected: Option<&str>) {
    let s = match series {
        Ok(s) => s,
        Err(SeriesError::NoDcp) => {
            ui.label(lang.t(&t::NO_DCP));
            return;
        }
        Err(SeriesError::NoYears) => {
            ui.label(lang.t(&t::NO_YEARS));
            return;
        }
    };
    let colors = theme::region_colors(ui.visuals());
    let accent = theme::palette(ui.visuals()).accent;
    let selected_name = selected.map_or_else(|| lang.t(&tr::SELECTED).to_string(), str::to_string);
    ui.columns(2, |cols| {
        cols[0].strong(lang.t(&t::DCP_BY_REGION));
        match s.source {
            RegionSource::Registry => {}
            RegionSource::Column => {
                cols[0].weak(lang.t(&t::REGIONS_FROM_COLUMN));
            }
            RegionSource::None => {
                cols[0].weak(lang.t(&t::NO_REGIONS));
            }
        }
        plot("index-dcp-by-region", lang).y_axis_label("DCP").show(&mut cols[0], |p| {
            for (r, points) in &s.regions {
                let i = match r {
                    Region3::East => 0,
                    Region3::Central => 1,
                    Region3::West => 2,
                };
                p.line(line(region_label(lang, *r).to_string(), points).color(colors[i]).width(2.0));
            }
            p.line(
                line(lang.t(&t::NATIONAL).to_string(), &s.national)
                    .color(colors[3])
                    .style(LineStyle::dashed_loose())
                    .width(1.5),
            );
            if let Some(points) = &s.selected {
                p.line(line(selected_name.clone(), points).color(accent).width(3.5));
            }
        });
        cols[1].strong(lang.t(&t::SUB_INDICES));
        let visuals = cols[1].visuals().clone();
        plot("index-sub-indices", lang).y_axis_label("DCP_d").show(&mut cols[1], |p| {
            for (i, (name, points)) in s.sub.iter().enumerate() {
                p.line(line(name.clone(), points).color(theme::series_color(&visuals, i)).width(2.0));
            }
            // One legend entry for all of the selected unit's lines (same name).
            let dashed = format!("{selected_name} (- - -)");
            for (name, points) in &s.sub_selected {
                let i = s.sub.iter().position(|(n, _)| n == name).unwrap_or(0);
                p.line(
                    line(dashed.clone(), points)
                        .color(theme::series_color(&visuals, i))
                        .style(LineStyle::dashed_dense())
                        .width(2.5),
                );
            }
        });
    });
}
