//! The Scenarios view: save and open the whole set-up as `.ron`, the "reproduce the study"
//! preset, and saved scenarios compared side by side (theta, se, interval, the settings that
//! differ). Each compared scenario is estimated in its own background job.

use super::ViewCtx;
use crate::engine::data::{ImportOptions, Panel, import_path};
use crate::engine::dml::{DmlError, Estimate, estimate};
use crate::engine::measures::{add_derived_only, needed_derived};
use crate::engine::scenario::Scenario;
use crate::gui::app::Command;
use crate::gui::file_dialog::{FileRequest, Purpose, texts as file_texts};
use crate::gui::i18n::{Lang, Text};
use crate::gui::jobs::{CANCELLED, JobSlot};
use crate::gui::theme;
use crate::locale::Worded;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

const TITLE: Text = Text::id("gui-scenarios-title");
const CURRENT: Text = Text::id("gui-scenarios-current");
const NAME: Text = Text::id("gui-scenarios-name");
const SAVE: Text = Text::id("gui-scenarios-save");
const SAVE_AS: Text = Text::id("gui-scenarios-save-as");
const OPEN: Text = Text::id("gui-scenarios-open");
const PRESET: Text = Text::id("gui-scenarios-preset");
const PRESET_HELP: Text = Text::id("gui-scenarios-preset-help");
const FILE: Text = Text::id("gui-scenarios-file");
const UNSAVED: Text = Text::id("gui-scenarios-unsaved");
const COMPARE: Text = Text::id("gui-scenarios-compare");
const ADD_CURRENT: Text = Text::id("gui-scenarios-add-current");
const ADD_FILE: Text = Text::id("gui-scenarios-add-file");
const REMOVE: Text = Text::id("gui-scenarios-remove");
const DIFFERS: Text = Text::id("gui-scenarios-differs");
const SETTING: Text = Text::id("gui-scenarios-setting");
const SAME: Text = Text::id("gui-scenarios-same");
const COMPARE_HINT: Text = Text::id("gui-scenarios-compare-hint");

/// One scenario in the comparison.
struct Compared {
    label: String,
    scenario: Scenario,
    job: JobSlot<Arc<Estimate>>,
    result: Option<Result<Arc<Estimate>, String>>,
}

/// State of the Scenarios view.
#[derive(Default)]
pub struct ScenariosView {
    compared: Vec<Compared>,
    error: Option<String>,
}

impl ScenariosView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, scenario_path: Option<&PathBuf>) {
        let lang = vc.lang;
        let colors = theme::palette(ui.visuals());
        for c in &mut self.compared {
            if let Some(r) = c.job.poll() {
                c.result = Some(r);
            }
        }
        if self.compared.iter().any(|c| c.job.is_running()) {
            ui.ctx().request_repaint_after(crate::gui::views::widgets::BUSY_FRAME);
        }
        ui.heading(lang.t(&TITLE));
        ui.group(|ui| {
            ui.strong(lang.t(&CURRENT));
            let mut s = vc.analysis.scenario.clone();
            ui.horizontal(|ui| {
                let label = ui.label(lang.t(&NAME));
                ui.text_edit_singleline(&mut s.name).labelled_by(label.id);
            });
            if s != vc.analysis.scenario {
                vc.commands.push(Command::SetScenario(Box::new(s)));
            }
            ui.horizontal(|ui| {
                ui.label(format!(
                    "{}: {}",
                    lang.t(&FILE),
                    scenario_path.map_or_else(|| lang.t(&UNSAVED).to_string(), |p| p.display().to_string())
                ));
            });
            ui.horizontal(|ui| {
                if ui.button(lang.t(&SAVE)).on_hover_text("Ctrl+S").clicked() {
                    vc.commands.push(Command::SaveScenario { ask: scenario_path.is_none() });
                }
                if ui.button(lang.t(&SAVE_AS)).on_hover_text("Ctrl+Shift+S").clicked() {
                    vc.commands.push(Command::SaveScenario { ask: true });
                }
                if ui.button(lang.t(&OPEN)).clicked() {
                    vc.commands.push(Command::OpenScenarioDialog);
                }
                if ui.button(lang.t(&PRESET)).on_hover_text(lang.t(&PRESET_HELP)).clicked() {
                    vc.commands.push(Command::ReproduceStudy);
                }
            });
        });
        ui.add_space(8.0);
        ui.strong(lang.t(&COMPARE));
        ui.horizontal(|ui| {
            if ui.button(lang.t(&ADD_CURRENT)).clicked() {
                let s = vc.analysis.scenario.clone();
                let data = vc.data.path.clone();
                self.add(
                    crate::locale::scenario_label(&s, lang),
                    s,
                    vc.analysis.raw().clone(),
                    vc.data.path.clone(),
                    data,
                    ui.ctx(),
                    lang,
                );
            }
            if ui.button(lang.t(&ADD_FILE)).clicked() {
                let request = FileRequest::open_many(file_texts::TITLE_COMPARE, Purpose::CompareScenarios)
                    .filter(file_texts::FILTER_SCENARIO, &["ron"]);
                vc.commands.push(Command::RequestFile(request));
            }
        });
        if let Some(e) = &self.error {
            ui.colored_label(colors.error, e);
        }
        if self.compared.is_empty() {
            ui.weak(lang.t(&COMPARE_HINT));
            return;
        }
        self.comparison_table(ui, lang);
        ui.add_space(8.0);
        self.differences(ui, lang);
    }

    /// Add the scenario files `paths` to the comparison (the answer to "Add scenario files…"),
    /// each estimated on its own data; `current_raw` is the data open now (at `current_path`).
    pub fn add_files(
        &mut self,
        paths: Vec<PathBuf>,
        current_raw: &Arc<Panel>,
        current_path: Option<PathBuf>,
        ctx: &egui::Context,
        lang: Lang,
    ) {
        for p in paths {
            match Scenario::load(&p) {
                Ok(s) => {
                    let label = if s.name.is_empty() {
                        p.file_stem().map_or_else(|| s.label(), |n| n.to_string_lossy().into_owned())
                    } else {
                        s.name.clone()
                    };
                    let data = resolve_data(&s, &p);
                    self.add(label, s, current_raw.clone(), current_path.clone(), data, ctx, lang);
                }
                Err(e) => self.error = Some(crate::locale::scenario::file_error(&e, lang)),
            }
        }
    }

    /// Estimate `scenario` on its data file `data` (the open data `current_raw`, read from
    /// `current_path`, when that is the same file) in the background, worded in `lang`.
    #[allow(clippy::too_many_arguments)] // seven inputs of one comparison row, plus the language
    fn add(
        &mut self,
        label: String,
        scenario: Scenario,
        current_raw: Arc<Panel>,
        current_path: Option<PathBuf>,
        data: Option<PathBuf>,
        ctx: &egui::Context,
        lang: Lang,
    ) {
        let mut job = JobSlot::new("compare");
        let s = scenario.clone();
        let ctx = ctx.clone();
        job.spawn(
            move || ctx.request_repaint(),
            move |jc| {
                let mut panel = match &data {
                    Some(p) if Some(p) != current_path.as_ref() => {
                        let opts = ImportOptions {
                            unit: s.data.unit.clone(),
                            year: s.data.year.clone(),
                            ..Default::default()
                        };
                        import_path(p, &opts).map_err(|r| crate::locale::validation::import_failed(&r, lang))?.panel
                    }
                    _ => (*current_raw).clone(),
                };
                // Only the derived variables this scenario reads: a comparison on DCP and CEE
                // does not solve TFEE.
                add_derived_only(&mut panel, &s.measures, None, &needed_derived(&s.measures, &s.columns_read()));
                let spec =
                    s.validate(&panel).map_err(|errs| crate::locale::scenario::spec_errors(&errs, "; ", lang))?;
                match estimate(&spec, &|_| {}, &jc.cancel) {
                    Ok(e) => Ok(Arc::new(e)),
                    Err(DmlError::Cancelled) => Err(CANCELLED.into()),
                    Err(e) => Err(e.worded(lang)),
                }
            },
        );
        self.compared.push(Compared { label, scenario, job, result: None });
    }

    fn comparison_table(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let mut remove = None;
        egui::Grid::new("compare").striped(true).min_col_width(80.0).show(ui, |ui| {
            for h in ["", "θ", "se", "t", "p", "95% CI", "N", "K", ""] {
                ui.strong(h);
            }
            ui.end_row();
            for (i, c) in self.compared.iter().enumerate() {
                ui.label(&c.label);
                match &c.result {
                    None => {
                        crate::gui::views::widgets::busy(ui);
                        for _ in 0..6 {
                            ui.label("");
                        }
                    }
                    Some(Err(e)) => {
                        ui.colored_label(theme::palette(ui.visuals()).error, e);
                        for _ in 0..6 {
                            ui.label("");
                        }
                    }
                    Some(Ok(e)) => {
                        let inf = &e.inference;
                        ui.monospace(format!("{:.4}{}", inf.theta, crate::engine::report::table::stars(inf.p)));
                        ui.monospace(format!("{:.4}", inf.se));
                        ui.monospace(format!("{:.2}", inf.t));
                        ui.monospace(format!("{:.4}", inf.p));
                        ui.monospace(format!("[{:.4}, {:.4}]", inf.ci95[0], inf.ci95[1]));
                        ui.monospace(e.n.to_string());
                        ui.monospace(e.folds.to_string());
                    }
                }
                if ui.small_button(lang.t(&REMOVE)).clicked() {
                    remove = Some(i);
                }
                ui.end_row();
            }
        });
        if let Some(i) = remove {
            let mut c = self.compared.remove(i);
            c.job.cancel();
        }
    }

    fn differences(&self, ui: &mut egui::Ui, lang: Lang) {
        let flat: Vec<BTreeMap<String, String>> = self.compared.iter().map(|c| flatten_scenario(&c.scenario)).collect();
        let mut keys: Vec<&String> = flat.iter().flat_map(|m| m.keys()).collect();
        keys.sort();
        keys.dedup();
        let differing: Vec<&String> = keys
            .into_iter()
            .filter(|k| k.as_str() != "name")
            .filter(|k| {
                let first = flat[0].get(*k);
                flat.iter().any(|m| m.get(*k) != first)
            })
            .collect();
        ui.strong(lang.t(&DIFFERS));
        if differing.is_empty() {
            ui.weak(lang.t(&SAME));
            return;
        }
        egui::ScrollArea::horizontal().id_salt("diff").show(ui, |ui| {
            egui::Grid::new("diff-grid").striped(true).show(ui, |ui| {
                ui.strong(lang.t(&SETTING));
                for c in &self.compared {
                    ui.strong(&c.label);
                }
                ui.end_row();
                for k in differing {
                    ui.monospace(k);
                    for m in &flat {
                        ui.monospace(m.get(k).map_or("—", String::as_str));
                    }
                    ui.end_row();
                }
            });
        });
    }
}

/// The data file a scenario refers to, relative paths resolved against the scenario file.
pub fn resolve_data(s: &Scenario, scenario_file: &std::path::Path) -> Option<PathBuf> {
    s.data.path.as_ref().map(|p| {
        if p.is_relative() { scenario_file.parent().map_or_else(|| p.clone(), |d| d.join(p)) } else { p.clone() }
    })
}

/// Every leaf setting of a scenario as `path.to.field = value` (for "settings that differ").
pub fn flatten_scenario(s: &Scenario) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Ok(v) = serde_json::to_value(s) {
        flatten("", &v, &mut out);
    }
    out
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut BTreeMap<String, String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&p, x, out);
            }
        }
        serde_json::Value::Array(items) if items.iter().all(|x| !x.is_object() && !x.is_array()) => {
            let parts: Vec<String> = items.iter().map(|x| x.to_string().trim_matches('"').to_string()).collect();
            out.insert(prefix.to_string(), parts.join(", "));
        }
        serde_json::Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), x, out);
            }
        }
        other => {
            out.insert(prefix.to_string(), other.to_string().trim_matches('"').to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattened_settings_show_exactly_what_differs() {
        let a = Scenario::default();
        let b = Scenario { folds: 8, ..Scenario::default() };
        let (fa, fb) = (flatten_scenario(&a), flatten_scenario(&b));
        let diff: Vec<&String> = fa.keys().filter(|k| fa.get(*k) != fb.get(*k)).collect();
        assert_eq!(diff, vec!["folds"]);
        assert_eq!(fa["controls"], "lngdp, lnpop, green, human, ind, edu");
    }
}
