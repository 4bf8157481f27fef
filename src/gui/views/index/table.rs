//! The weights table: one row per indicator with its dimension and direction (editable), the
//! entropy / PCA / equal (and two-level) weights side by side, the weight in use as a slider
//! with a lock, and a remove button; then the dimension weights under two-level weighting.
//!
//! Drawing only: every change is pushed as an [`Edit`]; numbers come from the cached
//! [`TableData`].

use super::compute::TableData;
use super::edit::{DimensionChoice, Edit, Locks, MethodChoice};
use super::texts as t;
use crate::engine::measures::index::DimensionWeights;
use crate::engine::measures::normalize::Direction;
use crate::engine::measures::{MeasureSpec, WeightMethod};
use crate::gui::i18n::Lang;
use crate::gui::theme;

/// Width of a weight slider.
const SLIDER_WIDTH: f32 = 150.0;

/// A weight slider on [0, 1] showing four decimals. The value itself is not rounded: a
/// rounding slider would report a change every frame and re-send the scenario.
fn weight_slider(value: &mut f64) -> egui::Slider<'_> {
    egui::Slider::new(value, 0.0..=1.0).custom_formatter(|v, _| format!("{v:.4}"))
}

/// True when a slider really moved (not a clamp of a value already at a bound).
fn moved(old: f64, new: f64) -> bool {
    (new - old).abs() > 1e-9
}

fn number(ui: &mut egui::Ui, v: Option<f64>, in_use: bool) {
    let text = match v {
        Some(x) if x.is_finite() => format!("{x:.4}"),
        _ => "—".to_string(),
    };
    let rich = egui::RichText::new(text).monospace();
    if in_use {
        ui.label(rich.strong().color(theme::palette(ui.visuals()).accent));
    } else {
        ui.label(rich);
    }
}

fn header(ui: &mut egui::Ui, text: &str, in_use: bool, help: Option<&str>) {
    let rich = egui::RichText::new(text).strong();
    let r = ui.label(if in_use { rich.color(theme::palette(ui.visuals()).accent) } else { rich });
    if let Some(h) = help {
        r.on_hover_text(h);
    }
}

/// The slider value of indicator `j`: the weight in use (the within-dimension weight under
/// two-level weighting); when the settings fail, the manual weights renormalized, else 0.
fn slider_value(m: &MeasureSpec, data: &TableData, j: usize) -> f64 {
    let from_table = match (&m.index.two_level, &data.within, &data.table) {
        (Some(_), Some(w), _) => w.get(j).copied(),
        (None, _, Ok(table)) => table.rows.get(j).map(|r| r.used),
        _ => None,
    };
    if let Some(v) = from_table.filter(|v| v.is_finite()) {
        return v.max(0.0);
    }
    if let WeightMethod::Manual(mw) = &m.index.method {
        let sum: f64 = mw.weights.values().filter(|w| w.is_finite() && **w > 0.0).sum();
        let w = m.columns.indicators.get(j).and_then(|i| mw.weights.get(&i.column)).copied().unwrap_or(0.0);
        if sum > 0.0 && w.is_finite() && w > 0.0 {
            return w / sum;
        }
    }
    0.0
}

fn dimension_combo(
    ui: &mut egui::Ui,
    lang: Lang,
    column: &str,
    current: &str,
    dimensions: &[String],
    new_dimension: &mut String,
    edits: &mut Vec<Edit>,
) {
    let shown = if current.is_empty() { lang.t(&t::NO_DIMENSION) } else { current };
    egui::ComboBox::from_id_salt(("index-dimension", column))
        .selected_text(shown)
        .width(120.0)
        .show_ui(ui, |ui| {
            let mut choice = current.to_string();
            for d in dimensions {
                ui.selectable_value(&mut choice, d.clone(), d);
            }
            ui.selectable_value(&mut choice, String::new(), lang.t(&t::NO_DIMENSION));
            ui.separator();
            ui.horizontal(|ui| {
                let r = ui.add(
                    egui::TextEdit::singleline(new_dimension).hint_text(lang.t(&t::NEW_DIMENSION)).desired_width(110.0),
                );
                let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("✓").clicked() || entered) && !new_dimension.trim().is_empty() {
                    choice = new_dimension.trim().to_string();
                    new_dimension.clear();
                }
            });
            if choice != current {
                edits.push(Edit::Dimension { column: column.to_string(), dimension: choice });
            }
        })
        .response
        .on_hover_text(lang.t(&t::DIMENSION_HELP));
}

/// Draw the indicator table. `candidates` are the numeric columns that can be added.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    m: &MeasureSpec,
    data: &TableData,
    locks: &Locks,
    candidates: &[String],
    new_dimension: &mut String,
    edits: &mut Vec<Edit>,
) {
    let shown = data.shown();
    let two_level = m.index.two_level.is_some();
    let method = MethodChoice::of(&m.index.method);
    let in_use = |c: MethodChoice| !two_level && data.table.is_ok() && method == c;
    let pca_header = match method {
        MethodChoice::PcaFirst => lang.t(&t::PCA_FIRST),
        _ => lang.t(&t::PCA_KAISER),
    };
    ui.strong(lang.t(&t::WEIGHTS_TABLE));
    egui::Grid::new("index-weights").striped(true).num_columns(10).spacing([12.0, 4.0]).show(ui, |ui| {
        header(ui, lang.t(&t::INDICATOR), false, None);
        header(ui, lang.t(&t::DIMENSION), false, Some(lang.t(&t::DIMENSION_HELP)));
        header(ui, lang.t(&t::DIRECTION), false, Some(lang.t(&t::DIRECTION_HELP)));
        header(ui, lang.t(&t::ENTROPY), in_use(MethodChoice::Entropy), None);
        header(
            ui,
            &format!("{} ⓘ", lang.t(&t::PCA_COLUMN)),
            in_use(MethodChoice::PcaFirst) || in_use(MethodChoice::PcaKaiser),
            Some(&format!("{pca_header}. {}", lang.t(&t::PCA_COLUMN_HELP))),
        );
        header(ui, lang.t(&t::EQUAL), in_use(MethodChoice::Equal), None);
        if two_level {
            header(ui, lang.t(&t::TWO_LEVEL_COLUMN), data.table.is_ok(), Some(lang.t(&t::TWO_LEVEL_HELP)));
        }
        let slider_title = if two_level { &t::WITHIN_DIMENSION } else { &t::WEIGHT_IN_USE };
        header(ui, lang.t(slider_title), method == MethodChoice::Manual, None);
        header(ui, lang.t(&t::LOCK), false, Some(lang.t(&t::LOCK_HELP)));
        ui.label("");
        ui.end_row();

        let slider_help = if two_level { &t::WITHIN_SLIDER_HELP } else { &t::SLIDER_HELP };
        // Sliders work when the weights in use are known, or to repair manual weights.
        let usable = data.table.is_ok() || method == MethodChoice::Manual;
        for (j, ind) in m.columns.indicators.iter().enumerate() {
            let row = shown.and_then(|s| s.rows.get(j)).filter(|r| r.indicator == ind.column);
            let name = ui.label(egui::RichText::new(&ind.column).monospace());
            dimension_combo(ui, lang, &ind.column, &ind.dimension, &data.dimensions, new_dimension, edits);
            let dir = if ind.direction == Direction::Positive { &t::POSITIVE } else { &t::NEGATIVE };
            if ui.small_button(lang.t(dir)).on_hover_text(lang.t(&t::DIRECTION_HELP)).clicked() {
                edits.push(Edit::FlipDirection(ind.column.clone()));
            }
            number(ui, row.and_then(|r| r.entropy), in_use(MethodChoice::Entropy));
            number(ui, row.and_then(|r| r.pca), in_use(MethodChoice::PcaFirst) || in_use(MethodChoice::PcaKaiser));
            number(ui, row.map(|r| r.equal), in_use(MethodChoice::Equal));
            if two_level {
                number(ui, row.and_then(|r| r.two_level), data.table.is_ok());
            }
            let locked = locks.indicators.contains(&ind.column);
            let old = slider_value(m, data, j);
            let mut value = old;
            ui.spacing_mut().slider_width = SLIDER_WIDTH;
            let slider = ui
                .add_enabled(!locked && usable, weight_slider(&mut value))
                .labelled_by(name.id)
                .on_hover_text(lang.t(slider_help));
            if slider.changed() && moved(old, value) {
                edits.push(Edit::Weight { column: ind.column.clone(), value });
            }
            let mut lock = locked;
            let r = ui
                .add(egui::Checkbox::without_text(&mut lock))
                .labelled_by(name.id)
                .on_hover_text(lang.t(&t::LOCK_HELP));
            if r.changed() {
                edits.push(Edit::Lock { column: ind.column.clone(), locked: lock });
            }
            let remove = ui
                .small_button("×")
                .accessible_name(format!("{}: {}", lang.t(&t::REMOVE_HELP), ind.column))
                .on_hover_text(lang.t(&t::REMOVE_HELP));
            if remove.clicked() {
                edits.push(Edit::Remove(ind.column.clone()));
            }
            ui.end_row();
        }

        if let Some(s) = shown {
            let sum = |f: &dyn Fn(&crate::engine::measures::index::WeightsRow) -> Option<f64>| {
                s.rows.iter().map(f).sum::<Option<f64>>()
            };
            ui.strong(lang.t(&t::SUM));
            ui.label("");
            ui.label("");
            number(ui, sum(&|r| r.entropy), false);
            number(ui, sum(&|r| r.pca), false);
            number(ui, sum(&|r| Some(r.equal)), false);
            if two_level {
                number(ui, sum(&|r| r.two_level), false);
            }
            // Within-dimension weights sum to 1 in each dimension, not overall: no total.
            let total: f64 = (0..m.columns.indicators.len()).map(|j| slider_value(m, data, j)).sum();
            number(ui, Some(total).filter(|_| data.table.is_ok() && !two_level), false);
            ui.end_row();
        }
    });
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("index-add-indicator")
            .selected_text(lang.t(&t::ADD_INDICATOR))
            .show_ui(ui, |ui| {
                for c in candidates {
                    if ui.selectable_label(false, c).clicked() {
                        edits.push(Edit::Add(c.clone()));
                    }
                }
            })
            .response
            .on_hover_text(lang.t(&t::ADD_INDICATOR));
        if let Some(n) = data.rows_used {
            ui.weak(format!("{n} / {} {}", data.n_rows, lang.t(&t::ROWS_USED)));
        }
        ui.weak(format!("· {} {:.1} ms", lang.t(&t::TABLE_TIME), data.elapsed.as_secs_f64() * 1e3));
    });
}

/// The slider value of dimension `d`: its weight in use; when the settings fail, the manual
/// dimension weights renormalized; otherwise unknown.
fn dimension_value(dw: &DimensionWeights, data: &TableData, d: usize, name: &str) -> Option<f64> {
    if let Some(w) = data.dimension_weights.as_ref().and_then(|w| w.get(d)) {
        return Some(*w);
    }
    let DimensionWeights::Manual(map) = dw else { return None };
    let sum: f64 = map.values().filter(|w| w.is_finite() && **w > 0.0).sum();
    let w = map.get(name).copied().unwrap_or(0.0);
    Some(if sum > 0.0 && w.is_finite() && w > 0.0 { w / sum } else { 0.0 })
}

/// Draw the dimension weights of two-level weighting: the method, then one slider and lock
/// per dimension.
pub fn dimension_weights(
    ui: &mut egui::Ui,
    lang: Lang,
    m: &MeasureSpec,
    data: &TableData,
    locks: &Locks,
    edits: &mut Vec<Edit>,
) {
    let Some(dw) = &m.index.two_level else { return };
    let choice = DimensionChoice::of(dw);
    ui.horizontal(|ui| {
        ui.strong(lang.t(&t::DIMENSION_WEIGHTS));
        for (c, label) in [
            (DimensionChoice::Equal, &t::EQUAL),
            (DimensionChoice::Entropy, &t::DIM_ENTROPY),
            (DimensionChoice::Manual, &t::MANUAL),
        ] {
            if ui.radio(choice == c, lang.t(label)).clicked() {
                edits.push(Edit::DimensionMethod(c));
            }
        }
    });
    egui::Grid::new("index-dimension-weights").striped(true).num_columns(4).show(ui, |ui| {
        header(ui, lang.t(&t::DIMENSION), false, None);
        header(ui, lang.t(&t::WEIGHT_IN_USE), true, None);
        header(ui, lang.t(&t::LOCK), false, Some(lang.t(&t::LOCK_HELP)));
        ui.label("");
        ui.end_row();
        for (d, name) in data.dimensions.iter().enumerate() {
            let label = ui.label(egui::RichText::new(name).monospace());
            let known = dimension_value(dw, data, d, name);
            let old = known.unwrap_or(0.0);
            let mut value = old;
            let locked = locks.dimensions.contains(name);
            ui.spacing_mut().slider_width = SLIDER_WIDTH;
            let r = ui.add_enabled(!locked && known.is_some(), weight_slider(&mut value)).labelled_by(label.id);
            if r.changed() && moved(old, value) {
                edits.push(Edit::DimensionWeight { dimension: name.clone(), value });
            }
            let mut lock = locked;
            if ui.add(egui::Checkbox::without_text(&mut lock)).labelled_by(label.id).changed() {
                edits.push(Edit::DimensionLock { dimension: name.clone(), locked: lock });
            }
            ui.weak(crate::engine::measures::derive::sub_index_name(name));
            ui.end_row();
        }
    });
}
