//! The Results view: the estimate in the study's table layout, nuisance fit statistics, notes,
//! and plots (residual on residual with the fitted slope and its band, predicted vs actual per
//! nuisance, estimates across repetitions, PLIV first stage and Anderson-Rubin set). For PLIV
//! the [`iv`] panel says which variance every number uses and shows the Wald, tF and AR sets.

pub mod iv;

use super::ViewCtx;
use super::table_ui;
use crate::engine::data::Panel;
use crate::engine::data::sample::bundled_truth;
use crate::engine::data::sample_truth::{self, RowTruth};
use crate::engine::dml::normal::Level;
use crate::engine::dml::{Estimate, Model, Nuisance};
use crate::engine::report::estimates::{Column, study_table};
use crate::gui::analysis::Failure;
use crate::gui::app::Command;
use crate::gui::i18n::{Lang, tr};
use crate::gui::theme;
use egui_plot::{Legend, Line, Plot, PlotPoints, Points, Polygon};

/// Which plot is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlotTab {
    /// Residual of Y on residual of D.
    #[default]
    Residuals,
    /// Predicted vs actual for each nuisance.
    NuisanceFit,
    /// Estimates of each repetition.
    Repetitions,
    /// First stage and Anderson-Rubin set (PLIV).
    Instrument,
}

/// State of the Results view.
#[derive(Default)]
pub struct ResultsView {
    tab: PlotTab,
}

impl ResultsView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let lang = vc.lang;
        let a = vc.analysis;
        let colors = theme::palette(ui.visuals());
        ui.horizontal(|ui| {
            ui.heading(lang.t(&tr::VIEW_RESULTS));
            let waiting = a.waiting_for();
            if a.is_running() && !waiting.is_empty() {
                crate::gui::views::widgets::busy(ui);
                let names = crate::gui::app::derived_names(&waiting);
                ui.label(format!("{} {names}", lang.t(&tr::STATUS_WAITING_FOR)));
            } else if a.is_running() {
                crate::gui::views::widgets::busy(ui);
                ui.label(lang.t(&tr::STATUS_RUNNING));
            } else if a.is_stale() && a.outcome.is_some() {
                ui.colored_label(colors.warning, lang.t(&tr::STATUS_STALE));
            }
        });
        let Some(outcome) = &a.outcome else {
            ui.label(lang.t(&tr::WAITING_FOR_ESTIMATE));
            return;
        };
        let stale = a.is_stale();
        let e = match &outcome.result {
            Ok(e) => e.clone(),
            Err(Failure::Spec(errors)) => {
                ui.colored_label(colors.error, lang.t(&tr::SPEC_DOES_NOT_FIT));
                for err in errors {
                    ui.colored_label(colors.error, format!("• {}", crate::locale::scenario::spec_error(err, lang)));
                }
                if ui.button(lang.t(&tr::GO_TO_MODEL)).clicked() {
                    vc.commands.push(Command::ShowView(crate::gui::app::View::Model));
                }
                return;
            }
            Err(Failure::Engine(e)) => {
                ui.colored_label(colors.error, format!("{}: {}", lang.t(&tr::ERROR), e.text(lang)));
                return;
            }
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(r) = &outcome.preview {
                crate::gui::preview::banner(ui, r, lang);
            }
            self.summary(ui, &e, lang, stale);
            let truth = (vc.data.is_sample() && sample_truth::truth_applies(&outcome.scenario))
                .then(|| bundled_truth().for_rows(&a.panel(), &e.outcome, &e.treatment, &e.rows))
                .flatten();
            comparison(ui, &e, lang, truth);
            let table = study_table(
                "estimate",
                &format!(
                    "{} — {}",
                    crate::tr!(vc.table_lang, "title-estimate"),
                    crate::locale::estimate_label(&e, vc.table_lang)
                ),
                &[Column { estimate: &e, fixed_effects: outcome.scenario.fixed_effects }],
                vc.table_lang,
            );
            ui.columns(2, |cols| {
                table_ui::show(&mut cols[0], &table, stale);
                table_ui::export_buttons(&mut cols[0], &table, lang, vc.commands);
                nuisance_table(&mut cols[1], &e, lang);
                if !e.notes.is_empty() || !e.inference_notes.is_empty() {
                    cols[1].strong(lang.t(&tr::NOTES));
                    for n in &e.inference_notes {
                        cols[1].colored_label(colors.warning, format!("• {}", iv::note_text(n, lang)));
                    }
                    for n in crate::locale::notes::estimate_notes(&e, lang) {
                        cols[1].small(format!("• {n}"));
                    }
                }
            });
            if let Some(ivs) = &e.iv {
                ui.separator();
                iv::panel(ui, &e, ivs, lang);
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.selectable_value(&mut self.tab, PlotTab::Residuals, lang.t(&tr::PLOT_RESIDUALS));
                ui.selectable_value(&mut self.tab, PlotTab::NuisanceFit, lang.t(&tr::PLOT_NUISANCE));
                ui.selectable_value(&mut self.tab, PlotTab::Repetitions, lang.t(&tr::PLOT_REPETITIONS));
                if e.model == Model::Pliv {
                    ui.selectable_value(&mut self.tab, PlotTab::Instrument, lang.t(&tr::PLOT_INSTRUMENT));
                } else if self.tab == PlotTab::Instrument {
                    self.tab = PlotTab::Residuals;
                }
            });
            let panel = a.panel();
            let selected = vc.selection.unit.clone();
            let response = match self.tab {
                PlotTab::Residuals => residual_plot(ui, &e, lang, &panel, selected.as_deref()),
                PlotTab::NuisanceFit => nuisance_plot(ui, &e, lang),
                PlotTab::Repetitions => repetitions_plot(ui, &e, lang),
                PlotTab::Instrument => instrument_plot(ui, &e, lang),
            };
            if ui.button(lang.t(&tr::EXPORT_PLOT_PNG)).clicked() {
                vc.commands
                    .push(Command::ExportPng { rect: response.rect, name: format!("{:?}", self.tab).to_lowercase() });
            }
            if let Some(hovered) = response.hover_unit
                && response.clicked
            {
                vc.commands.push(Command::Select(Some(hovered)));
            }
        });
    }

    fn summary(&self, ui: &mut egui::Ui, e: &Estimate, lang: Lang, stale: bool) {
        let i = &e.inference;
        let text = format!(
            "θ = {:.4}   se = {:.4}   t = {:.2}   p = {:.4}   95% CI [{:.4}, {:.4}]   N = {}   K = {}   {} = {}",
            i.theta,
            i.se,
            i.t,
            i.p,
            i.ci95[0],
            i.ci95[1],
            e.n,
            e.folds,
            lang.t(&tr::REPETITIONS),
            e.n_rep
        );
        let rich = egui::RichText::new(text).size(18.0).monospace();
        ui.label(if stale { rich.color(ui.visuals().weak_text_color()) } else { rich.strong() });
        ui.small(format!(
            "{}: {}",
            lang.t(&iv::VARIANCE),
            iv::variance_text(e.cluster, &e.n_clusters, e.small_sample, lang)
        ));
    }
}

/// Beside the estimate: the naive OLS, and on the bundled synthetic sample the effect built
/// into it over the estimate's rows (what a teacher points at: DML should land near the truth,
/// naive OLS need not).
fn comparison(ui: &mut egui::Ui, e: &Estimate, lang: Lang, truth: Option<RowTruth>) {
    if let Some(n) = &e.naive_ols {
        ui.label(format!("{}: θ = {:.4}   se = {:.4}", lang.t(&tr::NAIVE_OLS), n.theta, n.se))
            .on_hover_text(lang.t(&tr::NAIVE_OLS_HELP));
    }
    let Some(truth) = truth else { return };
    let mut text = format!("{}: {:.4}", lang.t(&tr::TRUE_EFFECT), truth.average);
    if let Some([east, central, west]) = truth.by_region {
        text.push_str(&format!(
            "   ({} {east}, {} {central}, {} {west})",
            lang.t(&tr::EAST),
            lang.t(&tr::CENTRAL),
            lang.t(&tr::WEST)
        ));
    }
    let ok = theme::palette(ui.visuals()).ok;
    ui.colored_label(ok, text).on_hover_text(lang.t(&tr::TRUE_EFFECT_HELP));
}

/// The out-of-fold fit of every nuisance; the learner is named from the settings it was fitted
/// with (a preview's fewer trees included) in the interface language.
fn nuisance_table(ui: &mut egui::Ui, e: &Estimate, lang: Lang) {
    ui.strong(lang.t(&tr::NUISANCE_FIT));
    egui::Grid::new("nuisance").striped(true).show(ui, |ui| {
        for h in [lang.t(&tr::NUISANCE), lang.t(&tr::LEARNERS), lang.t(&tr::TARGET), "RMSE", "R²"] {
            ui.strong(h);
        }
        ui.end_row();
        for r in &e.nuisance {
            ui.label(r.nuisance.name());
            ui.label(crate::locale::learner_description(&r.spec, lang));
            ui.label(&r.target);
            ui.label(format!("{:.4}", r.mean_rmse()));
            ui.label(format!("{:.3}", r.mean_r2()));
            ui.end_row();
        }
    });
}

/// The label of panel row `r` for the residual plot's tooltip ("Sichuan 2015" in the current
/// language) and the panel's unit label used for selection. Made for the hovered point only:
/// thousands of unit-name lookups are too slow to repeat every frame.
fn row_label(panel: &Panel, lang: Lang, r: usize) -> (String, Option<String>) {
    use crate::engine::data::place::Place;
    use crate::locale::Worded;
    let place = if r < panel.n_rows() { Place::of(panel, r) } else { Place { unit: None, year: None, row: r + 1 } };
    (place.worded(lang), place.unit)
}

/// What a plot reports back: its rectangle (for PNG export) and the hovered/clicked unit.
pub struct PlotResponse {
    /// Screen rectangle of the plot.
    pub rect: egui::Rect,
    /// Unit under the pointer (panel label), if any.
    pub hover_unit: Option<String>,
    /// The plot was clicked.
    pub clicked: bool,
}

fn residuals(e: &Estimate, n: Nuisance) -> Option<&[f64]> {
    e.nuisance(n).map(|r| r.residuals.as_slice())
}

fn residual_plot(ui: &mut egui::Ui, e: &Estimate, lang: Lang, panel: &Panel, selected: Option<&str>) -> PlotResponse {
    let (x_n, y_n) = if e.model == Model::Pliv { (Nuisance::R, Nuisance::L) } else { (Nuisance::M, Nuisance::L) };
    let (Some(v), Some(w)) = (residuals(e, x_n), residuals(e, y_n)) else {
        let r = ui.label(lang.t(&tr::NO_RESIDUALS));
        return PlotResponse { rect: r.rect, hover_unit: None, clicked: false };
    };
    let theta = e.inference.theta;
    let se = e.inference.se;
    let accent = theme::palette(ui.visuals()).accent;
    let (lo, hi) = v.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| (a.min(*x), b.max(*x)));
    let pts: Vec<[f64; 2]> = v.iter().zip(w).map(|(x, y)| [*x, *y]).collect();
    let highlighted: Vec<[f64; 2]> = match selected {
        Some(sel) => pts
            .iter()
            .zip(&e.rows)
            .filter(|(_, r)| **r < panel.n_rows() && panel.unit_label(**r) == Some(sel))
            .map(|(p, _)| *p)
            .collect(),
        None => Vec::new(),
    };
    // The slope's 95% band through the origin (residuals have mean ~0): a bow tie.
    let (t_lo, t_hi) = (theta - 1.96 * se, theta + 1.96 * se);
    let band_left: Vec<[f64; 2]> = vec![[0.0, 0.0], [lo, t_lo * lo], [lo, t_hi * lo]];
    let band_right: Vec<[f64; 2]> = vec![[0.0, 0.0], [hi, t_lo * hi], [hi, t_hi * hi]];
    let mut hover_unit = None;
    let resp = Plot::new("residuals")
        .height(360.0)
        .legend(Legend::default())
        .x_axis_label(format!("{0} − Ê[{0} | X]", e.treatment))
        .y_axis_label(format!("{0} − Ê[{0} | X]", e.outcome))
        .show(ui, |p| {
            p.points(Points::new(lang.t(&tr::ROWS), PlotPoints::from(pts.clone())).radius(2.5));
            if !highlighted.is_empty() {
                p.points(Points::new(lang.t(&tr::SELECTED), PlotPoints::from(highlighted)).radius(5.0).color(accent));
            }
            for half in [band_left.clone(), band_right.clone()] {
                p.polygon(
                    Polygon::new(lang.t(&tr::BAND_95), PlotPoints::from(half)).fill_color(accent.gamma_multiply(0.15)),
                );
            }
            p.line(
                Line::new(format!("θ = {theta:.4}"), PlotPoints::from(vec![[lo, theta * lo], [hi, theta * hi]]))
                    .color(accent)
                    .width(2.0),
            );
            if let Some(pos) = p.pointer_coordinate() {
                let b = p.plot_bounds();
                let (sx, sy) = (b.width().max(1e-12), b.height().max(1e-12));
                let nearest = pts
                    .iter()
                    .enumerate()
                    .map(|(i, q)| (i, ((q[0] - pos.x) / sx).powi(2) + ((q[1] - pos.y) / sy).powi(2)))
                    .min_by(|a, b| a.1.total_cmp(&b.1));
                if let Some((i, d)) = nearest
                    && d < 0.0004
                {
                    hover_unit = e.rows.get(i).map(|&r| row_label(panel, lang, r));
                }
            }
        });
    let clicked = resp.response.clicked();
    if let Some((shown, _)) = &hover_unit {
        resp.response.clone().on_hover_text(shown);
    }
    PlotResponse { rect: resp.response.rect, hover_unit: hover_unit.and_then(|(_, unit)| unit), clicked }
}

fn nuisance_plot(ui: &mut egui::Ui, e: &Estimate, lang: Lang) -> PlotResponse {
    let resp = Plot::new("nuisance-fit")
        .height(360.0)
        .legend(Legend::default())
        .x_axis_label(lang.t(&tr::ACTUAL))
        .y_axis_label(lang.t(&tr::PREDICTED))
        .show(ui, |p| {
            let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
            for r in &e.nuisance {
                let pts: Vec<[f64; 2]> = r.targets.iter().zip(&r.predictions).map(|(t, y)| [*t, *y]).collect();
                for q in &pts {
                    lo = lo.min(q[0]).min(q[1]);
                    hi = hi.max(q[0]).max(q[1]);
                }
                p.points(
                    Points::new(
                        format!("{} ({}) R² {:.2}", r.nuisance.name(), r.target, r.mean_r2()),
                        PlotPoints::from(pts),
                    )
                    .radius(2.0),
                );
            }
            if lo.is_finite() {
                p.line(
                    Line::new("45°", PlotPoints::from(vec![[lo, lo], [hi, hi]]))
                        .style(egui_plot::LineStyle::dashed_dense()),
                );
            }
        });
    PlotResponse { rect: resp.response.rect, hover_unit: None, clicked: false }
}

fn repetitions_plot(ui: &mut egui::Ui, e: &Estimate, lang: Lang) -> PlotResponse {
    let accent = theme::palette(ui.visuals()).accent;
    let resp = Plot::new("repetitions")
        .height(300.0)
        .legend(Legend::default())
        .x_axis_label(lang.t(&tr::REPETITION))
        .y_axis_label("θ")
        .show(ui, |p| {
            for (i, r) in e.reps.iter().enumerate() {
                let x = (i + 1) as f64;
                p.line(Line::new(
                    "95% CI",
                    PlotPoints::from(vec![[x, r.theta - 1.96 * r.se], [x, r.theta + 1.96 * r.se]]),
                ));
            }
            let pts: Vec<[f64; 2]> = e.reps.iter().enumerate().map(|(i, r)| [(i + 1) as f64, r.theta]).collect();
            p.points(Points::new("θ_r", PlotPoints::from(pts)).radius(4.0));
            let n = e.reps.len().max(1) as f64;
            p.line(
                Line::new(
                    lang.t(&tr::AGGREGATED),
                    PlotPoints::from(vec![[0.5, e.inference.theta], [n + 0.5, e.inference.theta]]),
                )
                .color(accent),
            );
        });
    PlotResponse { rect: resp.response.rect, hover_unit: None, clicked: false }
}

fn instrument_plot(ui: &mut egui::Ui, e: &Estimate, lang: Lang) -> PlotResponse {
    let Some(ivs) = &e.iv else {
        let r = ui.label(lang.t(&tr::NO_RESIDUALS));
        return PlotResponse { rect: r.rect, hover_unit: None, clicked: false };
    };
    let fs = &ivs.first_stage;
    ui.label(format!(
        "{}: F ({}) = {:.2}, F ({}) = {:.2}, partial R² = {:.3}, N = {}{}",
        lang.t(&tr::FIRST_STAGE),
        lang.t(&iv::F_ROBUST),
        fs.f_robust,
        lang.t(&iv::F_NONROBUST),
        fs.f_nonrobust,
        fs.partial_r2,
        fs.n,
        if fs.f_robust < 10.0 { format!("  — {}", lang.t(&tr::WEAK_INSTRUMENT)) } else { String::new() }
    ));
    let (Some(v), Some(w)) = (residuals(e, Nuisance::M), residuals(e, Nuisance::R)) else {
        let r = ui.label(lang.t(&tr::NO_RESIDUALS));
        return PlotResponse { rect: r.rect, hover_unit: None, clicked: false };
    };
    let pts: Vec<[f64; 2]> = v.iter().zip(w).map(|(x, y)| [*x, *y]).collect();
    let slope = ivs.first_stage_reps.first().map_or(fs.slope, |f| f.slope);
    let (lo, hi) = v.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| (a.min(*x), b.max(*x)));
    let resp = Plot::new("first-stage")
        .height(300.0)
        .legend(Legend::default())
        .x_axis_label(format!("{0} − Ê[{0} | X]", e.instrument.clone().unwrap_or_default()))
        .y_axis_label(format!("{0} − Ê[{0} | X]", e.treatment))
        .show(ui, |p| {
            p.points(Points::new(lang.t(&tr::ROWS), PlotPoints::from(pts)).radius(2.5));
            p.line(Line::new(format!("slope {slope:.4}"), PlotPoints::from(vec![[lo, slope * lo], [hi, slope * hi]])));
        });
    let wald = ivs.wald_at(Level::P95);
    ui.small(format!(
        "Wald 95% [{:.4}, {:.4}] vs Anderson-Rubin 95% {}",
        wald[0],
        wald[1],
        iv::ar_text(&ivs.ar_at(Level::P95), lang)
    ));
    PlotResponse { rect: resp.response.rect, hover_unit: None, clicked: false }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{ImportOptions, import_bytes};

    #[test]
    fn a_row_without_a_unit_is_worded_in_the_window_s_language() {
        let csv = "year,y,d\n2011,1,2\n2012,2,3\n2013,3,5\n";
        let options = ImportOptions { unit: crate::engine::data::ColumnChoice::Absent, ..Default::default() };
        let panel = import_bytes(csv.as_bytes(), "t.csv", &options).expect("imports").panel;
        assert_eq!(row_label(&panel, Lang::Zh, 2), ("第 3 行（2013）".to_string(), None));
        assert_eq!(row_label(&panel, Lang::En, 2).0, "row 3 (2013)");
        assert_eq!(row_label(&panel, Lang::Zh, 7).0, "第 8 行");
    }
}
