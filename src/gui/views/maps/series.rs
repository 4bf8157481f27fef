//! The small time-series plot of the selected unit: the mapped variable over the years against
//! the national median (median over units with a value, per year).

use super::labels as l;
use crate::engine::data::Panel;
use crate::engine::spatial::series::{median_series, unit_series};
use crate::gui::i18n::Lang;
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints, Points};

/// Plot `column` of `unit_label` against the national median.
pub fn plot(ui: &mut egui::Ui, lang: Lang, panel: &Panel, column: &str, unit_label: &str) {
    let Some(unit) = panel.unit.as_ref().and_then(|u| u.labels.iter().position(|x| x == unit_label)) else {
        return;
    };
    let own: Vec<[f64; 2]> =
        unit_series(panel, column, unit as u32).into_iter().map(|(y, v)| [f64::from(y), v]).collect();
    let median: Vec<[f64; 2]> = median_series(panel, column).into_iter().map(|(y, v)| [f64::from(y), v]).collect();
    let accent = crate::gui::theme::palette(ui.visuals()).accent;
    let name = lang.province(unit_label);
    let ink = ui.visuals().text_color();
    Plot::new("maps-series")
        .height(170.0)
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 10.0]))
        .x_axis_formatter(|m, _| format!("{:.0}", m.value))
        .y_axis_label(column)
        .show(ui, |p| {
            p.line(
                Line::new(lang.t(&l::NATIONAL_MEDIAN), PlotPoints::from(median))
                    .style(LineStyle::dashed_dense())
                    .color(ink),
            );
            p.line(Line::new(name.clone(), PlotPoints::from(own.clone())).color(accent).width(2.0));
            p.points(Points::new(name, PlotPoints::from(own)).color(accent).radius(2.5));
        });
}
