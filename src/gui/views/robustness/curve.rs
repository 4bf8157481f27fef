//! The specification curve panel: the ticked choices, their count, a background run, and the
//! curve (sorted estimates with 95% intervals) above the indicator matrix (which choices each
//! estimate uses), with the share of significant estimates of the median's sign.

use super::texts as t;
use crate::engine::battery::{BatteryError, IndexVariant, SpecCurveResult, SpecCurveSpec, run_spec_curve};
use crate::engine::data::Panel;
use crate::engine::dml::{FixedEffects, FoldScheme, Model};
use crate::engine::learners::LearnerKind;
use crate::engine::scenario::Scenario;
use crate::gui::app::Command;
use crate::gui::i18n::{Lang, Text};
use crate::gui::jobs::{CANCELLED, JobSlot};
use crate::gui::theme;
use crate::gui::views::ViewCtx;
use crate::locale::Worded;
use egui_plot::{HLine, Legend, Line, Plot, PlotPoints, Points};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Width of the y axis of both plots, so the curve and the indicator matrix line up.
const AXIS_WIDTH: f32 = 130.0;

/// Fold counts offered.
const FOLD_CHOICES: [usize; 6] = [2, 3, 4, 5, 8, 10];

/// A finished curve and what it ran on.
#[derive(Clone)]
struct CurveRun {
    result: Arc<SpecCurveResult>,
    scenario: Scenario,
    duration: Duration,
}

/// State of the specification-curve panel.
pub struct CurvePanel {
    /// The ticked choices.
    pub spec: SpecCurveSpec,
    job: JobSlot<CurveRun>,
    current: Arc<Mutex<String>>,
    last: Option<CurveRun>,
    error: Option<String>,
}

impl Default for CurvePanel {
    fn default() -> Self {
        CurvePanel {
            spec: SpecCurveSpec {
                learners: vec![LearnerKind::Forest, LearnerKind::Boosting],
                folds: vec![4, 5, 8],
                ..Default::default()
            },
            job: JobSlot::new("spec-curve"),
            current: Arc::new(Mutex::new(String::new())),
            last: None,
            error: None,
        }
    }
}

/// A checkbox that adds `value` to or removes it from `set`, keeping the choices in `order`.
fn toggle<T: PartialEq + Clone>(ui: &mut egui::Ui, set: &mut Vec<T>, value: T, label: &str, order: &[T]) {
    if crate::gui::views::widgets::member_checkbox(ui, set, &value, label) {
        set.sort_by_key(|v| order.iter().position(|o| o == v).unwrap_or(usize::MAX));
    }
}

fn learner_label(k: LearnerKind) -> &'static str {
    match k {
        LearnerKind::Ols => "OLS",
        LearnerKind::Lasso => "Lasso",
        LearnerKind::Forest => "RF",
        LearnerKind::Boosting => "GBM",
        LearnerKind::Svr => "SVR",
    }
}

fn fe_label(fe: FixedEffects) -> &'static str {
    match fe {
        FixedEffects::None => "none",
        FixedEffects::Unit => "unit",
        FixedEffects::Year => "year",
        FixedEffects::UnitYear => "unit + year",
        FixedEffects::Within => "within",
    }
}

/// The model row of the choices: PLR, or the study's IV specification (Table 7).
const MODEL: Text = Text::id("gui-curve-model");
/// The IV choice.
const PLIV: Text = Text::id("gui-curve-pliv");

const FES: [FixedEffects; 5] =
    [FixedEffects::None, FixedEffects::Unit, FixedEffects::Year, FixedEffects::UnitYear, FixedEffects::Within];

impl CurvePanel {
    /// Draw the panel.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, panel: &Arc<Panel>) {
        let lang = vc.lang;
        match self.job.poll() {
            Some(Ok(run)) => self.last = Some(run),
            Some(Err(e)) if e != CANCELLED => self.error = Some(e),
            _ => {}
        }
        egui::CollapsingHeader::new(egui::RichText::new(lang.t(&t::CURVE)).strong())
            .id_salt("spec-curve")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(lang.t(&t::CURVE_INTRO));
                self.choices(ui, lang);
                self.run_row(ui, vc, panel);
                if let Some(run) = self.last.clone() {
                    self.plots(ui, vc, &run);
                }
            });
    }

    /// The newest curve, if it was run on `scenario` (for the exported report).
    pub fn result_for(&self, scenario: &Scenario) -> Option<Arc<SpecCurveResult>> {
        self.last.as_ref().filter(|r| &r.scenario == scenario).map(|r| r.result.clone())
    }

    fn choices(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let s = &mut self.spec;
        egui::Grid::new("spec-curve-choices").num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
            let group = |ui: &mut egui::Ui, label: &Text| {
                ui.label(lang.t(label));
            };
            group(ui, &MODEL);
            ui.horizontal(|ui| {
                let order = [Model::Plr, Model::Pliv];
                toggle(ui, &mut s.models, Model::Plr, "PLR", &order);
                toggle(ui, &mut s.models, Model::Pliv, lang.t(&PLIV), &order);
            });
            ui.end_row();
            group(ui, &t::LEARNERS);
            ui.horizontal(|ui| {
                for k in LearnerKind::ALL {
                    toggle(ui, &mut s.learners, k, learner_label(k), &LearnerKind::ALL);
                }
            });
            ui.end_row();
            group(ui, &t::FOLDS);
            ui.horizontal(|ui| {
                for k in FOLD_CHOICES {
                    toggle(ui, &mut s.folds, k, &k.to_string(), &FOLD_CHOICES);
                }
            });
            ui.end_row();
            group(ui, &t::INDEX);
            ui.horizontal(|ui| {
                let order = [IndexVariant::AsScenario, IndexVariant::Pca];
                toggle(ui, &mut s.index, IndexVariant::AsScenario, lang.t(&t::ENTROPY), &order);
                toggle(ui, &mut s.index, IndexVariant::Pca, "PCA", &order);
            });
            ui.end_row();
            for (label, set) in [(&t::WINSOR, &mut s.winsorize), (&t::SQUARES, &mut s.squares)] {
                group(ui, label);
                ui.horizontal(|ui| {
                    toggle(ui, set, false, lang.t(&t::NO), &[false, true]);
                    toggle(ui, set, true, lang.t(&t::YES), &[false, true]);
                });
                ui.end_row();
            }
            group(ui, &t::FE);
            ui.horizontal(|ui| {
                for fe in FES {
                    toggle(ui, &mut s.fixed_effects, fe, fe_label(fe), &FES);
                }
            });
            ui.end_row();
            group(ui, &t::SCHEME);
            ui.horizontal(|ui| {
                let order = [FoldScheme::Random, FoldScheme::ByUnit];
                toggle(ui, &mut s.fold_schemes, FoldScheme::Random, lang.t(&t::RANDOM), &order);
                toggle(ui, &mut s.fold_schemes, FoldScheme::ByUnit, lang.t(&t::BY_UNIT), &order);
            });
            ui.end_row();
        });
    }

    fn run_row(&mut self, ui: &mut egui::Ui, vc: &ViewCtx<'_>, panel: &Arc<Panel>) {
        let lang = vc.lang;
        let p = theme::palette(ui.visuals());
        let check = self.spec.check();
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{} {}", self.spec.count(), lang.t(&t::COUNT)));
            if self.job.is_running() {
                if ui.button(lang.t(&t::CANCEL)).clicked() {
                    self.job.cancel();
                }
                ui.add(
                    egui::ProgressBar::new(self.job.progress().unwrap_or(0.0)).desired_width(220.0).show_percentage(),
                );
                ui.label(self.current.lock().map(|c| c.clone()).unwrap_or_default());
                ui.ctx().request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
            } else if ui.add_enabled(check.is_ok(), egui::Button::new(lang.t(&t::RUN_CURVE))).clicked() {
                self.start(ui.ctx(), vc, panel);
            }
            if let Some(run) = &self.last {
                ui.weak(format!("{} {:.1} s", lang.t(&t::TOOK), run.duration.as_secs_f64()));
                if run.scenario != vc.analysis.scenario {
                    ui.colored_label(p.warning, lang.t(&t::STALE));
                }
            }
        });
        if let Err(e) = check {
            ui.colored_label(p.error, e.worded(lang));
        }
        if let Some(e) = &self.error {
            ui.colored_label(p.error, e);
        }
    }

    fn start(&mut self, ctx: &egui::Context, vc: &ViewCtx<'_>, panel: &Arc<Panel>) {
        self.error = None;
        let scenario = vc.analysis.scenario.clone();
        let spec = self.spec.clone();
        let panel = panel.clone();
        let cache = vc.analysis.cache();
        let current = self.current.clone();
        let wake = ctx.clone();
        let lang = vc.lang;
        self.job.spawn(
            move || wake.request_repaint(),
            move |jc| {
                let started = Instant::now();
                let progress = super::progress_reporter(jc, &current, lang);
                match run_spec_curve(&panel, &scenario, &spec, &progress, &jc.cancel, &cache) {
                    Ok(result) => Ok(CurveRun { result: Arc::new(result), scenario, duration: started.elapsed() }),
                    Err(BatteryError::Cancelled) => Err(CANCELLED.into()),
                    Err(e) => Err(e.worded(lang)),
                }
            },
        );
    }

    fn plots(&self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, run: &CurveRun) {
        let lang = vc.lang;
        let p = theme::palette(ui.visuals());
        let r = &run.result;
        let n = r.points.len();
        let significant = (r.share_significant_same_sign * n as f64).round() as usize;
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{:.0}%", 100.0 * r.share_significant_same_sign));
            ui.label(format!("({significant} / {n}) {}", lang.t(&t::SHARE)));
            ui.weak(format!("{} ~ {}", r.outcome, r.treatment));
        });
        if !r.failures.is_empty() {
            let list: Vec<String> = r.failures.iter().map(|f| format!("{}: {}", f.spec.label(), f.error)).collect();
            ui.colored_label(p.warning, format!("{} {}", r.failures.len(), lang.t(&t::CURVE_FAILED)))
                .on_hover_text(list.join("\n"));
        }
        let reference = r.reference_sign;
        let baseline = vc
            .analysis
            .outcome
            .as_ref()
            .filter(|_| !vc.analysis.is_stale())
            .and_then(|o| o.result.as_ref().ok())
            .map(|e| e.inference.theta);
        let link = egui::Id::unique("spec-curve-x");
        let top = ui.scope(|ui| {
            Plot::new("spec-curve-estimates")
                .height(240.0)
                .legend(Legend::default().position(egui_plot::Corner::LeftBottom))
                .y_axis_min_width(AXIS_WIDTH)
                .link_axis(link, [true, false])
                .y_axis_label(lang.t(&t::ESTIMATE))
                .allow_scroll(false)
                .show(ui, |pu| {
                    let mut sig = Vec::new();
                    let mut other = Vec::new();
                    for (i, pt) in r.points.iter().enumerate() {
                        let x = (i + 1) as f64;
                        let inf = &pt.inference;
                        let same = reference.is_some_and(|s| crate::engine::battery::Sign::of(inf.theta) == Some(s));
                        let is_sig = same && inf.p < crate::engine::battery::conclusion::ALPHA;
                        let colour = if is_sig { p.accent } else { p.stale };
                        pu.line(
                            Line::new("", PlotPoints::from(vec![[x, inf.ci95[0]], [x, inf.ci95[1]]]))
                                .color(colour)
                                .allow_hover(false),
                        );
                        if is_sig { sig.push([x, inf.theta]) } else { other.push([x, inf.theta]) }
                    }
                    pu.points(Points::new(lang.t(&t::SIGNIFICANT), PlotPoints::from(sig)).radius(3.0).color(p.accent));
                    pu.points(Points::new(lang.t(&t::OTHER), PlotPoints::from(other)).radius(3.0).color(p.stale));
                    pu.hline(HLine::new("0", 0.0).color(egui::Color32::GRAY));
                    if let Some(b) = baseline {
                        pu.hline(
                            HLine::new(lang.t(&t::BASELINE), b)
                                .color(p.warning)
                                .style(egui_plot::LineStyle::dashed_dense()),
                        );
                    }
                })
        });
        let rows = &r.indicators;
        let labels: Vec<String> = rows.iter().map(|row| format!("{}: {}", row.dimension, row.value)).collect();
        let count = rows.len();
        let bottom = ui.scope(|ui| {
            Plot::new("spec-curve-indicators")
                .height(22.0 * count.max(1) as f32 + 30.0)
                .y_axis_min_width(AXIS_WIDTH)
                .link_axis(link, [true, false])
                .x_axis_label(lang.t(&t::RANK))
                .allow_scroll(false)
                .allow_zoom([true, false])
                .allow_drag([true, false])
                .show_grid([false, false])
                .include_y(-0.5)
                .include_y(count as f64 - 0.5)
                .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
                .y_axis_formatter(move |mark, _| {
                    let i = mark.value.round();
                    if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                        return String::new();
                    }
                    let row = count.saturating_sub(1).saturating_sub(i as usize);
                    labels.get(row).cloned().unwrap_or_default()
                })
                .show(ui, |pu| {
                    for (k, row) in rows.iter().enumerate() {
                        let y = (count - 1 - k) as f64;
                        let pts: Vec<[f64; 2]> = row
                            .on
                            .iter()
                            .enumerate()
                            .filter(|(_, on)| **on)
                            .map(|(i, _)| [(i + 1) as f64, y])
                            .collect();
                        pu.points(
                            Points::new(format!("{}: {}", row.dimension, row.value), PlotPoints::from(pts))
                                .radius(3.0)
                                .color(p.accent)
                                .shape(egui_plot::MarkerShape::Square),
                        );
                    }
                })
        });
        if ui.button(lang.t(&t::EXPORT_CURVE)).clicked() {
            let rect = top.response.rect.union(bottom.response.rect);
            vc.commands.push(Command::ExportPng { rect, name: "specification_curve".into() });
        }
    }
}
