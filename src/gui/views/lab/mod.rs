//! The Lab view: a Monte Carlo experiment on a process with a known effect, run in the
//! background, with live histograms of naive OLS, DML with OLS learners and DML with a flexible
//! learner, and a table of bias, spread, mean standard error and coverage that updates as
//! replications arrive (the engine side is [`crate::engine::lab`]).

pub mod plot;
pub mod texts;

use super::ViewCtx;
use super::table_ui;
use crate::engine::dml::{Cluster, FoldScheme};
use crate::engine::lab::{LabSpec, Process, Replication, run_lab, summarize};
use crate::engine::learners::LearnerSpec;
use crate::engine::learners::forest::ForestParams;
use crate::engine::report::table::{Cell, ResultTable};
use crate::gui::app::Command;
use crate::gui::i18n::Lang;
use crate::gui::jobs::{JobSlot, JobState};
use crate::gui::theme;
use crate::locale::Worded;
use std::sync::{Arc, Mutex};
use texts as t;

/// The Lab view's state: the settings being edited, the experiment running or shown.
pub struct LabView {
    /// The settings being edited.
    pub spec: LabSpec,
    /// The settings of the replications shown.
    pub shown: Option<LabSpec>,
    /// Replications of the current (or last) run, filled as they finish.
    pub live: Arc<Mutex<Vec<Replication>>>,
    job: JobSlot<()>,
    error: Option<String>,
}

impl Default for LabView {
    fn default() -> Self {
        LabView {
            spec: LabSpec {
                replications: 100,
                learner: LearnerSpec::Forest(ForestParams { n_trees: 100, ..Default::default() }),
                ..LabSpec::default()
            },
            shown: None,
            live: Arc::default(),
            job: JobSlot::new("lab"),
            error: None,
        }
    }
}

/// The three estimators' names in `lang` for `spec`.
pub fn estimator_names(spec: &LabSpec, lang: Lang) -> [String; 3] {
    // Chinese sets no space between words and full-width punctuation.
    let space = if lang == Lang::Zh { "" } else { " " };
    let suffix = if spec.cross_fitting { String::new() } else { format!("{space}{}", lang.t(&t::NO_CF_SUFFIX)) };
    [
        lang.t(&t::NAIVE).to_string(),
        format!("{}{suffix}", lang.t(&t::DML_OLS)),
        format!(
            "{}{space}{}{suffix}",
            lang.t(&t::DML_LEARNER),
            crate::locale::learner_description(&spec.learner, lang)
        ),
    ]
}

/// The summary table of `reps` (bias, SD, mean SE, coverage per estimator).
pub fn summary_table(spec: &LabSpec, reps: &[Replication], lang: Lang) -> ResultTable {
    let columns = [&t::COL_BIAS, &t::COL_SD, &t::COL_SE, &t::COL_COVERAGE].map(|c| lang.t(c).to_string()).to_vec();
    let mut table = ResultTable::new("lab_summary", lang.t(&t::TABLE_TITLE), columns);
    let num = |value, decimals| Cell::Number { value, decimals };
    for (s, name) in summarize(reps).iter().zip(estimator_names(spec, lang)) {
        table.push(&name, vec![num(s.bias, 4), num(s.sd, 4), num(s.mean_se, 4), num(s.coverage, 3)]);
    }
    let truth = reps.iter().map(|r| r.truth).sum::<f64>() / reps.len().max(1) as f64;
    table.notes = vec![
        format!(
            "{} = {truth:.4}; R = {}; n = {}",
            lang.t(&t::TRUTH),
            reps.len(),
            reps.first().map_or(spec.n, |r| r.rows)
        ),
        lang.t(&t::TABLE_NOTE).to_string(),
    ];
    table
}

impl LabView {
    /// Start the experiment with the edited settings (superseding a running one).
    pub fn start(&mut self, ctx: &egui::Context, lang: Lang) {
        let spec = self.spec.clone();
        let live = Arc::new(Mutex::new(Vec::with_capacity(spec.replications)));
        self.live = live.clone();
        self.shown = Some(spec.clone());
        self.error = None;
        let wake = ctx.clone();
        let ctx = ctx.clone();
        self.job.spawn(
            move || wake.request_repaint(),
            move |jc| {
                jc.progress.set_total(spec.replications as u32);
                let on_rep = |r: &Replication| {
                    if let Ok(mut v) = live.lock() {
                        v.push(r.clone());
                    }
                    jc.progress.set_done(r.index as u32 + 1);
                    ctx.request_repaint();
                };
                run_lab(&spec, &on_rep, &jc.cancel).map(|_| ()).map_err(|e| e.worded(lang))
            },
        );
    }

    /// True while replications are being drawn.
    pub fn is_running(&self) -> bool {
        self.job.is_running()
    }

    /// A snapshot of the replications so far.
    pub fn replications(&self) -> Vec<Replication> {
        self.live.lock().map(|v| v.clone()).unwrap_or_default()
    }

    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let lang = vc.lang;
        if self.shown.is_none() {
            // The first visit runs the default experiment, so the lesson is on screen at once.
            self.start(ui.ctx(), lang);
        }
        if let Some(Err(e)) = self.job.poll()
            && self.job.state() != &JobState::Cancelled
        {
            self.error = Some(e);
        }
        ui.heading(lang.t(&t::TITLE));
        ui.label(lang.t(&t::INTRO));
        ui.add_space(4.0);
        ui.columns(2, |cols| {
            cols[0].set_max_width(420.0);
            egui::ScrollArea::vertical().id_salt("lab-controls").show(&mut cols[0], |ui| self.controls(ui, lang));
            // Both columns scroll: on a 1280 x 720 projector in presentation mode the table sits
            // below the plot.
            egui::ScrollArea::vertical()
                .id_salt("lab-results")
                .show(&mut cols[1], |ui| self.results(ui, lang, vc.commands));
        });
    }

    fn controls(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let s = &mut self.spec;
        ui.strong(lang.t(&t::PROCESS));
        for (p, label, help) in [
            (Process::Nonlinear, &t::NONLINEAR, &t::NONLINEAR_HELP),
            (Process::Panel, &t::PANEL, &t::PANEL_HELP),
            (Process::Sample, &t::SAMPLE, &t::SAMPLE_HELP),
        ] {
            ui.radio_value(&mut s.process, p, lang.t(label)).on_hover_text(lang.t(help));
        }
        if !s.process.has_units() {
            s.cluster = Cluster::None;
            s.fold_scheme = FoldScheme::Random;
        }
        ui.add_space(4.0);
        egui::Grid::new("lab-settings").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let label = ui.label(lang.t(&t::ROWS));
            ui.add(egui::Slider::new(&mut s.n, 40..=5000).logarithmic(true)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t(&t::CONFOUNDING)).on_hover_text(lang.t(&t::CONFOUNDING_HELP));
            ui.add_enabled(s.process.has_confounding(), egui::Slider::new(&mut s.confounding, 0.0..=3.0).step_by(0.1))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t(&t::FOLDS));
            ui.add(egui::Slider::new(&mut s.folds, 2..=10)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t(&t::REPLICATIONS));
            ui.add(egui::Slider::new(&mut s.replications, 2..=1000).logarithmic(true)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t(&t::SEED));
            ui.add(egui::DragValue::new(&mut s.seed)).labelled_by(label.id);
            ui.end_row();
        });
        ui.add_enabled_ui(s.process.has_units(), |ui| {
            let mut by_unit = s.fold_scheme == FoldScheme::ByUnit;
            ui.checkbox(&mut by_unit, lang.t(&t::BY_UNIT));
            s.fold_scheme = if by_unit { FoldScheme::ByUnit } else { FoldScheme::Random };
            let mut clustered = s.cluster == Cluster::Unit;
            ui.checkbox(&mut clustered, lang.t(&t::CLUSTER));
            s.cluster = if clustered { Cluster::Unit } else { Cluster::None };
        })
        .response
        .on_disabled_hover_text(lang.t(&t::NEEDS_UNITS));
        ui.checkbox(&mut s.cross_fitting, lang.t(&t::CROSS_FITTING));
        if !s.cross_fitting {
            ui.colored_label(theme::palette(ui.visuals()).warning, lang.t(&t::NO_CROSS_FITTING));
        }
        ui.add_space(4.0);
        let label = ui.strong(lang.t(&t::LEARNER));
        super::model::learner_editor(ui, lang, &mut s.learner, "lab", label.id);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(lang.t(&t::RUN)).clicked() {
                self.start(ui.ctx(), lang);
            }
            if self.job.is_running() && ui.button(lang.t(&t::CANCEL)).clicked() {
                self.job.cancel();
            }
        });
        if self.job.is_running() {
            let done = self.live.lock().map(|v| v.len()).unwrap_or(0);
            let total = self.shown.as_ref().map_or(0, |s| s.replications);
            ui.add(
                egui::ProgressBar::new(self.job.progress().unwrap_or(0.0))
                    .text(format!("{done} / {total} {}", lang.t(&t::DONE_OF))),
            );
        }
    }

    fn results(&mut self, ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
        let colors = theme::palette(ui.visuals());
        if let Some(e) = &self.error {
            ui.colored_label(colors.error, format!("{} {e}", lang.t(&t::FAILED)));
        }
        let Some(shown) = self.shown.clone() else {
            ui.weak(lang.t(&t::NOTHING_YET));
            return;
        };
        if shown != self.spec {
            ui.colored_label(colors.warning, lang.t(&t::CHANGED));
        }
        let reps = self.replications();
        ui.strong(lang.t(&t::HISTOGRAM));
        let names = estimator_names(&shown, lang);
        let rect = plot::show(ui, &reps, &names, (lang.t(&t::TRUTH), lang.t(&t::ESTIMATE), lang.t(&t::COUNT)));
        if ui.button(lang.t(&t::EXPORT_PLOT)).clicked() {
            commands.push(Command::ExportPng { rect, name: "lab_histogram".into() });
        }
        ui.add_space(6.0);
        if !reps.is_empty() {
            let table = summary_table(&shown, &reps, lang);
            table_ui::show(ui, &table, self.job.is_running());
            table_ui::export_buttons(ui, &table, lang, commands);
        }
    }
}
