//! The index settings above the weights table: method switch, normalization, shift, two-level
//! weighting. Drawing only: changes are pushed as [`Edit`]s.

use super::definitions::method_label;
use super::edit::{Edit, MethodChoice};
use super::texts as t;
use crate::engine::measures::MeasureSpec;
use crate::gui::i18n::Lang;
use crate::gui::views::widgets::label_with_help;

/// Largest shift offered.
const MAX_SHIFT: f64 = 0.1;

/// The study's shift.
const STUDY_SHIFT: f64 = 1e-4;

/// The shift with at least four and at most eight decimals, trailing zeros trimmed.
pub fn format_shift(v: f64) -> String {
    let s = format!("{v:.8}");
    let trimmed = s.trim_end_matches('0');
    let decimals = trimmed.split_once('.').map_or(0, |(_, d)| d.len());
    if decimals < 4 { format!("{v:.4}") } else { trimmed.to_string() }
}

/// Draw the settings.
pub fn show(ui: &mut egui::Ui, lang: Lang, m: &MeasureSpec, edits: &mut Vec<Edit>) {
    let spec = &m.index;
    let method = MethodChoice::of(&spec.method);
    let two_level = spec.two_level.is_some();
    egui::Grid::new("index-settings").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
        label_with_help(ui, lang, &t::METHOD, &t::METHOD_HELP);
        ui.horizontal_wrapped(|ui| {
            for c in MethodChoice::ALL {
                let enabled = !(two_level && c.is_pca());
                let r = ui.add_enabled(enabled, egui::RadioButton::new(method == c, method_label(lang, c)));
                let r = if enabled { r } else { r.on_disabled_hover_text(lang.t(&t::PCA_NOT_TWO_LEVEL)) };
                if r.clicked() {
                    edits.push(Edit::Method(c));
                }
            }
        });
        ui.end_row();

        label_with_help(ui, lang, &t::NORMALIZATION, &t::NORMALIZATION_HELP);
        ui.horizontal(|ui| {
            if ui.radio(!spec.per_year, lang.t(&t::WHOLE_PANEL)).clicked() && spec.per_year {
                edits.push(Edit::PerYear(false));
            }
            if ui.radio(spec.per_year, lang.t(&t::PER_YEAR)).clicked() && !spec.per_year {
                edits.push(Edit::PerYear(true));
            }
        });
        ui.end_row();

        let label = label_with_help(ui, lang, &t::SHIFT, &t::SHIFT_HELP);
        ui.horizontal(|ui| {
            let mut shift = if spec.shift.is_finite() { spec.shift } else { 0.0 };
            // No max_decimals: a rounding DragValue would rewrite the value every frame.
            let r = ui
                .add(
                    egui::DragValue::new(&mut shift)
                        .range(0.0..=MAX_SHIFT)
                        .speed(1e-5)
                        .custom_formatter(|v, _| format_shift(v)),
                )
                .labelled_by(label.id);
            if r.changed() && shift != spec.shift {
                edits.push(Edit::Shift(shift));
            }
            if spec.shift != STUDY_SHIFT
                && ui.small_button(lang.t(&t::STUDY_SHIFT)).on_hover_text(lang.t(&t::STUDY_SHIFT_HELP)).clicked()
            {
                edits.push(Edit::Shift(STUDY_SHIFT));
            }
        });
        ui.end_row();

        label_with_help(ui, lang, &t::TWO_LEVEL, &t::TWO_LEVEL_HELP);
        let mut on = two_level;
        if ui.checkbox(&mut on, lang.t(&t::TWO_LEVEL)).changed() {
            edits.push(Edit::TwoLevel(on));
        }
        ui.end_row();
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn shift_shows_its_significant_decimals() {
        assert_eq!(super::format_shift(1e-4), "0.0001");
        assert_eq!(super::format_shift(0.0), "0.0000");
        assert_eq!(super::format_shift(0.01), "0.0100");
        assert_eq!(super::format_shift(0.000_125), "0.000125");
    }
}
