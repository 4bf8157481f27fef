//! The conclusion marks of the Robustness view: one coloured sign per estimate, the summary
//! counts, and the study's table titles in the interface language.

use super::texts as t;
use crate::engine::battery::{BatteryReport, ItemOutcome, TableId, Verdict};
use crate::gui::i18n::{Lang, Text};
use crate::gui::theme::Palette;

/// Sign and colour of a verdict: ✓ holds, ~ same sign but not significant, × opposite sign,
/// – not estimated.
pub fn symbol(v: Verdict, p: &Palette) -> (&'static str, egui::Color32) {
    match v {
        Verdict::Holds => ("✓", p.ok),
        Verdict::NotSignificant => ("~", p.warning),
        Verdict::OppositeSign => ("×", p.error),
        Verdict::NotEstimated => ("–", p.stale),
    }
}

/// The verdict in words.
pub fn verdict_text(v: Verdict) -> &'static Text {
    match v {
        Verdict::Holds => &t::HOLDS,
        Verdict::NotSignificant => &t::NOT_SIGNIFICANT,
        Verdict::OppositeSign => &t::OPPOSITE,
        Verdict::NotEstimated => &t::NOT_ESTIMATED,
    }
}

/// One mark with its column label; the reason shows on hover.
pub fn mark(ui: &mut egui::Ui, lang: Lang, p: &Palette, o: &ItemOutcome) {
    let c = &o.conclusion;
    let (sym, colour) = symbol(c.verdict, p);
    ui.colored_label(colour, format!("{sym} {}: {}", o.item.column_in(lang), lang.t(verdict_text(c.verdict))))
        .on_hover_text(reason(lang, o));
}

/// Why the mark is what it is, in the interface language ([`crate::locale::battery::reason`]).
pub fn reason(lang: Lang, o: &ItemOutcome) -> String {
    crate::locale::battery::reason(o, lang)
}

/// Counts of each verdict over the estimates that have an expectation.
pub fn counts(report: &BatteryReport) -> [(Verdict, usize); 4] {
    let mut out =
        [(Verdict::Holds, 0), (Verdict::NotSignificant, 0), (Verdict::OppositeSign, 0), (Verdict::NotEstimated, 0)];
    for o in report.items.iter().filter(|o| o.item.is_estimate() || o.estimate().is_some()) {
        if let Some(slot) = out.iter_mut().find(|(v, _)| *v == o.conclusion.verdict) {
            slot.1 += 1;
        }
    }
    out
}

/// The summary line: how many estimates support the conclusion.
pub fn summary(ui: &mut egui::Ui, lang: Lang, p: &Palette, report: &BatteryReport) {
    ui.horizontal_wrapped(|ui| {
        ui.strong(lang.t(&t::SUMMARY));
        for (v, n) in counts(report) {
            let (sym, colour) = symbol(v, p);
            ui.colored_label(colour, format!("{sym} {} {n}", lang.t(verdict_text(v))));
            ui.add_space(8.0);
        }
    });
}

/// A table's header line: its title followed by one coloured mark per estimate, so the
/// collapsed list shows at a glance where the conclusion fails.
pub fn header(ui: &egui::Ui, lang: Lang, p: &Palette, table: TableId, report: &BatteryReport) -> egui::text::LayoutJob {
    let style = ui.style();
    let mut job = egui::text::LayoutJob::default();
    let text_colour = ui.visuals().text_color();
    let format = |colour| egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(style),
        color: colour,
        ..Default::default()
    };
    job.append(&table_title(lang, table), 0.0, format(text_colour));
    let mut first = true;
    for o in report.items_of(table).filter(|o| o.item.is_estimate()) {
        let (sym, colour) = symbol(o.conclusion.verdict, p);
        job.append(sym, if first { 12.0 } else { 3.0 }, format(colour));
        first = false;
    }
    job
}

/// The study's title of `table` in the interface language.
pub fn table_title(lang: Lang, table: TableId) -> String {
    table.title_in(lang)
}
