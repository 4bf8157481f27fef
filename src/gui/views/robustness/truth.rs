//! Beside a battery table on the bundled synthetic sample: the true effect of every column,
//! averaged over the rows that column used (so subgroups get their own truth).

use super::texts as t;
use crate::engine::battery::{BatteryReport, IndexVariant, ItemKind, TableId};
use crate::engine::data::Panel;
use crate::engine::data::sample::bundled_truth;
use crate::engine::data::sample_truth::truth_applies;
use crate::gui::i18n::Lang;
use crate::gui::theme::Palette;

/// The columns of `table` that have a true effect, with it: `(column, outcome, truth)`.
pub fn truths(report: &BatteryReport, table: TableId, panel: &Panel, lang: Lang) -> Vec<(String, String, f64)> {
    report
        .items_of(table)
        .filter_map(|o| {
            let ItemKind::Estimate { scenario, index: IndexVariant::AsScenario, .. } = &o.item.kind else {
                return None;
            };
            let e = o.estimate()?;
            if !truth_applies(scenario) {
                return None;
            }
            let truth = bundled_truth().for_rows(panel, &e.outcome, &e.treatment, &e.rows)?;
            Some((o.item.column_in(lang), e.outcome.clone(), truth.average))
        })
        .collect()
}

/// One line: "True effect …: Coastal: CEE 0.9493 · Inland: CEE 1.1034".
pub fn line(ui: &mut egui::Ui, lang: Lang, p: &Palette, report: &BatteryReport, table: TableId, panel: &Panel) {
    let found = truths(report, table, panel, lang);
    if found.is_empty() {
        return;
    }
    let parts: Vec<String> = found.iter().map(|(c, _, v)| format!("{c} {v:.4}")).collect();
    ui.colored_label(p.ok, format!("{}: {}", lang.t(&t::TRUE_EFFECTS), parts.join(" · ")))
        .on_hover_text(lang.t(&t::TRUE_EFFECTS_HELP));
}
