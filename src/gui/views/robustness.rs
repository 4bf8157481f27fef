//! The Robustness view: the study's whole empirical section (Tables 3-11 and the six maps)
//! run in the background on the current data, each table in the study's layout with a mark
//! per estimate saying whether the conclusion holds; and a specification curve over the
//! choices the user ticks.
//!
//! The battery is the engine's [`run_battery_cached`] with the live analysis's nuisance cache,
//! so the baseline column costs nothing when the Results view already shows it. Nothing is
//! fitted on the UI thread: the view only starts, polls and draws jobs.

mod curve;
mod marks;
pub mod texts;
mod truth;

use super::ViewCtx;
use crate::engine::battery::{BatteryError, BatteryProgress, BatteryReport, ItemKind, TableId, run_battery_cached};
use crate::engine::data::Panel;
use crate::engine::report::battery_files::write_report;
use crate::engine::report::table::ResultTable;
use crate::engine::scenario::Scenario;
use crate::gui::app::Command;
use crate::gui::file_dialog::{FileRequest, Purpose, texts as file_texts};
use crate::gui::i18n::Lang;
use crate::gui::jobs::{CANCELLED, JobContext, JobSlot, JobState};
use crate::gui::theme;
use crate::locale::Worded;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use texts as t;

/// A finished battery and what it ran on.
#[derive(Clone)]
pub struct BatteryRun {
    /// The report.
    pub report: Arc<BatteryReport>,
    /// The scenario it was built from.
    pub scenario: Scenario,
    /// Key of the derived data it ran on.
    pub derived_key: u64,
    /// The derived data it ran on (the estimates' rows index it).
    pub panel: Arc<Panel>,
    /// Wall time.
    pub duration: Duration,
}

/// State of the Robustness view.
pub struct RobustnessView {
    job: JobSlot<BatteryRun>,
    /// Label of the item being estimated (written by the worker).
    current: Arc<Mutex<String>>,
    /// The newest finished battery.
    pub last: Option<BatteryRun>,
    /// The last error (the battery could not run at all).
    error: Option<String>,
    /// Rerun when the set-up changes while the view is open.
    pub auto: bool,
    /// Set-up and data of the last start (auto-rerun starts once per set-up).
    started_for: Option<(Scenario, u64)>,
    export: JobSlot<String>,
    export_message: Option<Result<String, String>>,
    curve: curve::CurvePanel,
    /// The newest battery's tables in the table language (laid out once per report and language).
    localized: Option<(Arc<BatteryReport>, Lang, Vec<ResultTable>)>,
}

impl Default for RobustnessView {
    fn default() -> Self {
        RobustnessView {
            job: JobSlot::new("battery"),
            current: Arc::new(Mutex::new(String::new())),
            last: None,
            error: None,
            auto: true,
            started_for: None,
            export: JobSlot::new("report-export"),
            export_message: None,
            curve: curve::CurvePanel::default(),
            localized: None,
        }
    }
}

impl RobustnessView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let lang = vc.lang;
        self.poll();
        ui.heading(lang.t(&t::TITLE));
        ui.label(lang.t(&t::INTRO));
        // The battery reads the mechanism variables (TFEE among them): it waits for every
        // derived variable.
        let Some(derived) = vc.analysis.derived.clone().filter(|d| d.is_complete()) else {
            ui.horizontal(|ui| {
                crate::gui::views::widgets::busy(ui);
                ui.label(lang.t(&t::WAITING));
            });
            return;
        };
        let now_key = (vc.analysis.scenario.clone(), derived.key);
        let stale = self.last.as_ref().is_some_and(|r| (r.scenario.clone(), r.derived_key) != now_key);
        // With "rerun" on, the battery starts when the view opens and again after each change
        // of set-up (once the live estimate is done, so the two do not compete for the cores).
        if self.auto
            && !self.job.is_running()
            && !vc.analysis.is_running()
            && (self.last.is_none() || stale)
            && self.started_for.as_ref() != Some(&now_key)
        {
            self.start(ui.ctx(), vc, &derived.panel, derived.key);
        }
        self.toolbar(ui, vc, &derived.panel, derived.key);
        ui.separator();
        egui::ScrollArea::vertical().id_salt("robustness-scroll").show(ui, |ui| {
            self.results(ui, vc, stale);
            ui.add_space(12.0);
            self.curve.ui(ui, vc, &derived.panel);
        });
    }

    /// Start the battery on the current set-up (cancelling a running one).
    pub fn start(&mut self, ctx: &egui::Context, vc: &ViewCtx<'_>, panel: &Arc<Panel>, key: u64) {
        let lang = vc.lang;
        let scenario = vc.analysis.scenario.clone();
        self.started_for = Some((scenario.clone(), key));
        self.error = None;
        self.export_message = None;
        let panel = panel.clone();
        let cache = vc.analysis.cache();
        let current = self.current.clone();
        let wake_ctx = ctx.clone();
        self.job.spawn(
            move || wake_ctx.request_repaint(),
            move |jc| {
                let started = Instant::now();
                let progress = progress_reporter(jc, &current, lang);
                match run_battery_cached(&panel, &scenario, &progress, &jc.cancel, &cache) {
                    Ok(report) => Ok(BatteryRun {
                        report: Arc::new(report),
                        scenario,
                        derived_key: key,
                        panel: panel.clone(),
                        duration: started.elapsed(),
                    }),
                    Err(BatteryError::Cancelled) => Err(CANCELLED.into()),
                    Err(e) => Err(e.worded(lang)),
                }
            },
        );
    }

    /// True while the battery runs.
    pub fn is_running(&self) -> bool {
        self.job.is_running()
    }

    fn poll(&mut self) {
        match self.job.poll() {
            Some(Ok(run)) => self.last = Some(run),
            Some(Err(e)) if e != CANCELLED => self.error = Some(e),
            _ => {}
        }
        if let Some(r) = self.export.poll() {
            self.export_message = Some(r);
        }
    }

    /// Write the report files into `dir` in the background (the writer of `carbon-dml report`).
    pub fn start_export(
        &mut self,
        ctx: &egui::Context,
        report: Arc<BatteryReport>,
        panel: Arc<Panel>,
        dir: PathBuf,
        lang: Lang,
    ) {
        let curve = self.curve.result_for(&report.scenario);
        let wake = ctx.clone();
        self.export_message = None;
        self.export.spawn(
            move || wake.request_repaint(),
            move |_| {
                let written =
                    write_report(&dir, &report, curve.as_deref(), &panel, lang).map_err(|e| e.worded(lang))?;
                let files = crate::tr!(lang, "gui-robustness-exported-files", count = written.files.len());
                let mut message = format!("{} {} {files}", EXPORTED_MARK, dir.display());
                for w in written.warnings {
                    message.push_str(&format!("; {w}"));
                }
                Ok(message)
            },
        );
    }

    fn toolbar(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, panel: &Arc<Panel>, key: u64) {
        let lang = vc.lang;
        let p = theme::palette(ui.visuals());
        ui.horizontal_wrapped(|ui| {
            if self.job.is_running() {
                if ui.button(lang.t(&t::CANCEL)).clicked() {
                    self.job.cancel();
                }
                let fraction = self.job.progress().unwrap_or(0.0);
                let label = self.current.lock().map(|c| c.clone()).unwrap_or_default();
                ui.add(egui::ProgressBar::new(fraction).desired_width(260.0).show_percentage());
                ui.label(label);
                ui.ctx().request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
            } else {
                let text = if self.last.is_some() { &t::RERUN } else { &t::RUN };
                if ui.button(lang.t(text)).on_hover_text(lang.t(&t::RUN_HELP)).clicked() {
                    self.start(ui.ctx(), vc, panel, key);
                }
                if let Some(run) = &self.last {
                    let report = run.report.clone();
                    let export = egui::Button::new(lang.t(&t::EXPORT_REPORT));
                    if ui
                        .add_enabled(!self.export.is_running(), export)
                        .on_hover_text(lang.t(&t::EXPORT_REPORT_HELP))
                        .clicked()
                    {
                        let purpose = Purpose::ExportReport { report, panel: panel.clone() };
                        let request = FileRequest::folder(file_texts::TITLE_EXPORT_REPORT, purpose);
                        vc.commands.push(Command::RequestFile(request));
                    }
                    if self.export.is_running() {
                        crate::gui::views::widgets::busy(ui);
                    }
                }
            }
            ui.checkbox(&mut self.auto, lang.t(&t::AUTO)).on_hover_text(lang.t(&t::AUTO_HELP));
            if let Some(run) = &self.last {
                ui.weak(format!("{} {:.1} s", lang.t(&t::TOOK), run.duration.as_secs_f64()));
            }
            if matches!(self.job.state(), JobState::Cancelled) {
                ui.colored_label(p.warning, lang.t(&t::CANCELLED));
            }
        });
        match &self.export_message {
            Some(Ok(message)) => {
                ui.colored_label(p.ok, message.replace(EXPORTED_MARK, lang.t(&t::EXPORTED)));
            }
            Some(Err(e)) => {
                ui.colored_label(p.error, e);
            }
            None => {}
        }
        if let Some(e) = &self.error {
            ui.colored_label(p.error, format!("{}: {e}", lang.t(&t::FAILED)));
        }
    }

    fn results(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, stale: bool) {
        let lang = vc.lang;
        let p = theme::palette(ui.visuals());
        let Some(run) = self.last.clone() else {
            if !self.job.is_running() {
                ui.label(lang.t(&t::NOT_RUN));
            }
            return;
        };
        let report = &run.report;
        if stale {
            ui.colored_label(p.warning, lang.t(&t::STALE));
        } else {
            ui.colored_label(p.ok, lang.t(&t::UP_TO_DATE));
        }
        marks::summary(ui, lang, &p, report);
        let fresh = self.localized.as_ref().is_some_and(|(r, l, _)| Arc::ptr_eq(r, report) && *l == vc.table_lang);
        if !fresh {
            self.localized = Some((report.clone(), vc.table_lang, report.tables_in(vc.table_lang)));
        }
        let tables = self.localized.as_ref().map(|(_, _, t)| t.clone()).unwrap_or_default();
        for table in TableId::ALL {
            if table == TableId::Maps {
                self.maps(ui, lang, report, vc.commands);
                continue;
            }
            let open = matches!(table, TableId::T4);
            let header = marks::header(ui, lang, &p, table, report);
            egui::CollapsingHeader::new(header).id_salt(table.id()).default_open(open).show(ui, |ui| {
                if let Some(rt) = tables.iter().find(|t| t.id == table.id()) {
                    egui::ScrollArea::horizontal().id_salt(format!("{}-scroll", table.id())).show(ui, |ui| {
                        super::table_ui::show(ui, rt, stale);
                    });
                    super::table_ui::export_buttons(ui, rt, lang, vc.commands);
                }
                let judged: Vec<_> = report.items_of(table).filter(|o| o.item.is_estimate()).collect();
                if !judged.is_empty() {
                    ui.strong(lang.t(&t::CONCLUSIONS));
                    ui.horizontal_wrapped(|ui| {
                        for o in judged {
                            marks::mark(ui, lang, &p, o);
                            ui.add_space(10.0);
                        }
                    });
                }
                if vc.data.is_sample() {
                    truth::line(ui, lang, &p, report, table, &run.panel);
                }
                let problems: Vec<_> = report
                    .items_of(table)
                    .filter_map(|o| crate::locale::battery::problem(o, lang).map(|m| (o, m)))
                    .collect();
                if !problems.is_empty() {
                    ui.strong(lang.t(&t::PROBLEMS));
                    for (o, m) in problems {
                        ui.colored_label(p.warning, format!("{}: {m}", o.item.column_in(lang)));
                    }
                }
            });
        }
        if !report.notes.is_empty() {
            for n in &report.notes {
                ui.small(n.worded(lang));
            }
        }
    }

    fn maps(&self, ui: &mut egui::Ui, lang: Lang, report: &BatteryReport, commands: &mut Vec<Command>) {
        egui::CollapsingHeader::new(lang.t(&t::MAPS)).id_salt("battery-maps").show(ui, |ui| {
            let mut seen: Vec<&str> = Vec::new();
            for o in report.items_of(TableId::Maps) {
                let ItemKind::Map { variable, .. } = &o.item.kind else {
                    if let Some(m) = crate::locale::battery::problem(o, lang) {
                        ui.label(format!("{}: {m}", o.item.column_in(lang)));
                    }
                    continue;
                };
                if seen.contains(&variable.as_str()) {
                    continue;
                }
                seen.push(variable);
                let years: Vec<String> = report
                    .items_of(TableId::Maps)
                    .filter_map(|m| match &m.item.kind {
                        ItemKind::Map { variable: v, year } if v == variable => Some(year.to_string()),
                        _ => None,
                    })
                    .collect();
                ui.horizontal(|ui| {
                    ui.label(format!("{variable}: {}", years.join(" / ")));
                    if ui.button(lang.t(&t::SHOW_MAP)).clicked() {
                        commands.push(Command::ShowMap(variable.clone()));
                    }
                });
            }
        });
    }
}

/// What a battery or curve job reports: the fraction done (in thousandths) to the job's
/// progress bar, and `current item (k/n): fits done/planned` to the label the view shows.
pub(super) fn progress_reporter<'a>(
    jc: &'a JobContext,
    current: &'a Mutex<String>,
    lang: Lang,
) -> impl Fn(BatteryProgress) + Sync + 'a {
    jc.progress.set_total(1000);
    move |p: BatteryProgress| {
        jc.progress.set_done((p.fraction() * 1000.0) as u32);
        if let Ok(mut c) = current.lock() {
            let item = format!(
                "{} ({}/{})",
                crate::locale::battery::progress_label(&p.label, lang),
                (p.done + 1).min(p.total),
                p.total
            );
            *c = if p.fits_total > 0 { format!("{item}: {}/{}", p.fits_done, p.fits_total) } else { item };
        }
    }
}

/// Placeholder in the export message for the translated "Report written to".
const EXPORTED_MARK: &str = "\u{1}";
