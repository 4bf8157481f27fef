//! The Index view: how the computing-power index (DCP) is built, and what it looks like.
//!
//! * Settings: weighting method (entropy, PCA first component or eigenvalue > 1, equal,
//!   manual), min-max normalization over the whole panel or per year, the shift, two-level
//!   weighting with dimension weights.
//! * The weights table: every indicator with its dimension and direction (editable), the
//!   entropy / PCA / equal (and two-level) weights side by side, the weight in use as a slider
//!   with a lock; add and remove indicators. Errors are shown right above the table.
//! * DCP over time by region and the sub-indices over time; the selected province highlighted.
//! * The definitions of every derived variable, and whether it was computed on this data.
//!
//! The view computes only the weights table (cheap: one index on the raw panel per method,
//! cached by its inputs) and per-year means of the derived panel (cached by the derived-data
//! key). Every change goes out as one `Command::SetScenario` with the new measure settings;
//! the derived DCP and the estimates then recompute in the background.

pub mod bench;
pub mod compute;
pub mod definitions;
pub mod edit;
pub mod plots;
pub mod series;
pub mod settings;
pub mod table;
pub mod texts;

use super::ViewCtx;
use crate::engine::data::Panel;
use crate::engine::measures::{DerivedStatus, MeasureSpec, WeightMethod};
use crate::gui::analysis::derive_key;
use crate::gui::app::Command;
use crate::gui::i18n::tr;
use crate::gui::theme;
use compute::TableCache;
use edit::{Edit, Locks};
use series::SeriesCache;

/// State of the Index view: caches and the view's own locks; the settings live in the
/// scenario.
#[derive(Default)]
pub struct IndexView {
    table: TableCache,
    series: SeriesCache,
    locks: Locks,
    new_dimension: String,
}

/// Numeric columns of `raw` that could be added as indicators (not the unit or year column,
/// not already an indicator).
pub fn candidates(raw: &Panel, m: &MeasureSpec) -> Vec<String> {
    let unit = raw.unit.as_ref().map(|u| u.column.as_str());
    let year = raw.year.as_ref().map(|y| y.column.as_str());
    raw.numeric_names()
        .into_iter()
        .filter(|c| Some(*c) != unit && Some(*c) != year)
        .filter(|c| !m.columns.indicators.iter().any(|i| i.column == *c))
        .map(str::to_string)
        .collect()
}

impl IndexView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let IndexView { table, series, locks, new_dimension } = self;
        let lang = vc.lang;
        let a = vc.analysis;
        let m = &a.scenario.measures;
        if let WeightMethod::Manual(mw) = &m.index.method {
            locks.indicators = mw.locked.clone();
        }
        let raw = a.raw().clone();
        let data = table.get(&raw, &m.columns.indicators, &m.index);
        let derived_current = a.derived.as_ref().is_some_and(|d| d.key == derive_key(&raw, m));
        let colors = theme::palette(ui.visuals());
        let mut edits: Vec<Edit> = Vec::new();
        ui.horizontal(|ui| {
            ui.heading(lang.t(&tr::VIEW_INDEX));
            if ui.button(lang.t(&texts::STUDY_INDEX)).on_hover_text(lang.t(&texts::STUDY_INDEX_HELP)).clicked() {
                edits.push(Edit::Study);
            }
            if !derived_current {
                crate::gui::views::widgets::busy(ui);
                ui.colored_label(colors.warning, lang.t(&texts::UPDATING));
            }
        });
        egui::ScrollArea::vertical().id_salt("index-view").show(ui, |ui| {
            settings::show(ui, lang, m, &mut edits);
            ui.add_space(4.0);
            if let Err(e) = &data.table {
                ui.colored_label(colors.error, format!("⚠ {} {e}", lang.t(&texts::INDEX_ERROR)));
            }
            for note in data.table.as_ref().map(|t| t.notes.as_slice()).unwrap_or_default() {
                ui.colored_label(colors.warning, format!("{}: {note}", lang.t(&texts::COLUMN_EMPTY)));
            }
            let add = candidates(&raw, m);
            table::show(ui, lang, m, data, locks, &add, new_dimension, &mut edits);
            if m.index.two_level.is_some() {
                ui.add_space(4.0);
                table::dimension_weights(ui, lang, m, data, locks, &mut edits);
            }
            ui.separator();
            match &a.derived {
                Some(d) => {
                    let subs: Vec<String> = d
                        .report
                        .entries
                        .iter()
                        .filter(|e| e.name.starts_with("DCP_"))
                        .filter(|e| matches!(e.status, DerivedStatus::Computed { .. } | DerivedStatus::InData))
                        .map(|e| e.name.clone())
                        .collect();
                    let selected = vc.selection.unit.as_deref();
                    let s = series.get(d.key, &d.panel, &subs, selected);
                    let name = selected.map(|u| lang.province(u));
                    plots::show(ui, lang, s, name.as_deref());
                }
                None => {
                    ui.label(lang.t(&texts::PENDING));
                }
            }
            ui.separator();
            definitions::show(ui, lang, a.derived.as_ref().map(|d| &d.report), &m.index);
        });
        if !edits.is_empty() {
            let cur = data.current();
            let mut s = a.scenario.clone();
            for e in &edits {
                edit::apply(&mut s.measures, e, &cur, locks);
            }
            if s != a.scenario {
                vc.commands.push(Command::SetScenario(Box::new(s)));
            }
        }
    }
}
