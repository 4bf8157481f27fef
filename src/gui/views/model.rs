//! The Model view: every choice of the estimation, each with a hover explanation for students,
//! and each validation error shown next to its field. Edits go out as one `SetScenario`.

use super::ViewCtx;
use super::widgets::{field_error, label_with_help};
use crate::engine::data::registry::Region3;
use crate::engine::dml::{Aggregation, Cluster, FixedEffects, FoldScheme, Model, Nuisance, Score, spec::nuisances};
use crate::engine::learners::boosting::BoostingParams;
use crate::engine::learners::forest::{ForestParams, MaxFeatures};
use crate::engine::learners::svr::{Gamma, SvrParams};
use crate::engine::learners::tree::SplitMethod;
use crate::engine::learners::{LearnerKind, LearnerSpec};
use crate::engine::scenario::filter::{Compare, Condition};
use crate::engine::scenario::{Field, Scenario};
use crate::engine::transform::Winsor;
use crate::gui::analysis::Failure;
use crate::gui::app::Command;
use crate::gui::i18n::{Lang, Text, tr};

/// Small-sample corrections of every variance (SE, first-stage F, AR, tF).
const SMALL_SAMPLE: Text = Text::id("gui-model-small-sample");
const SMALL_SAMPLE_HELP: Text = Text::id("gui-model-small-sample-help");
const SMALL_CLUSTERS: Text = Text::id("gui-model-small-clusters");

/// State of the Model view.
#[derive(Default)]
pub struct ModelView {
    /// One learner for all nuisance functions (the common case).
    per_nuisance: bool,
}

impl ModelView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let lang = vc.lang;
        let before = vc.analysis.scenario.clone();
        let mut s = before.clone();
        let panel = vc.analysis.panel();
        let numeric: Vec<String> = panel.numeric_names().iter().map(|n| n.to_string()).collect();
        let errors: Vec<(Field, String)> = match vc.analysis.outcome.as_ref().map(|o| &o.result) {
            Some(Err(Failure::Spec(errs))) if !vc.analysis.is_stale() || vc.analysis.is_running() => {
                errs.iter().map(|e| (e.field(), crate::locale::scenario::spec_error(e, lang))).collect()
            }
            _ => Vec::new(),
        };
        let show_errors = |ui: &mut egui::Ui, field: Field| {
            for (f, msg) in &errors {
                if *f == field {
                    field_error(ui, msg);
                }
            }
        };
        ui.horizontal(|ui| {
            ui.heading(lang.t(&tr::VIEW_MODEL));
            if ui.button(lang.t(&tr::RERUN)).on_hover_text("Ctrl+R / F5").clicked() {
                vc.commands.push(Command::Rerun);
            }
            if ui.button(lang.t(&tr::RESET_BASELINE)).on_hover_text(lang.t(&tr::RESET_BASELINE_HELP)).clicked() {
                s = Scenario { data: s.data.clone(), measures: s.measures.clone(), ..Default::default() };
            }
        });
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.columns(2, |cols| {
                variables(&mut cols[0], lang, &mut s, &numeric, &show_errors);
                model_and_learners(&mut cols[0], lang, &mut s, self, &show_errors);
                crossfitting(&mut cols[1], lang, &mut s, &numeric, &show_errors);
                fixed_effects(&mut cols[1], lang, &mut s, &show_errors);
                transforms(&mut cols[1], lang, &mut s, &numeric, &show_errors);
                filter(&mut cols[1], lang, &mut s, &numeric, &show_errors);
            });
            for (f, msg) in &errors {
                if matches!(f, Field::Data) {
                    field_error(ui, msg);
                }
            }
        });
        if s != before {
            vc.commands.push(Command::SetScenario(Box::new(s)));
        }
    }
}

/// A column choice named by the label `label` (for screen readers).
fn combo(ui: &mut egui::Ui, id: &str, label: egui::Id, value: &mut String, options: &[String]) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.as_str())
        .width(180.0)
        .show_ui(ui, |ui| {
            for o in options {
                ui.selectable_value(value, o.clone(), o);
            }
        })
        .response
        .labelled_by(label);
}

fn variables(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &mut Scenario,
    numeric: &[String],
    show_errors: &dyn Fn(&mut egui::Ui, Field),
) {
    ui.group(|ui| {
        ui.strong(lang.t(&tr::VARIABLES));
        egui::Grid::new("roles").num_columns(2).show(ui, |ui| {
            let label = label_with_help(ui, lang, &tr::OUTCOME, &tr::OUTCOME_HELP);
            combo(ui, "outcome", label.id, &mut s.outcome, numeric);
            ui.end_row();
            let label = label_with_help(ui, lang, &tr::TREATMENT, &tr::TREATMENT_HELP);
            combo(ui, "treatment", label.id, &mut s.treatment, numeric);
            ui.end_row();
            let label = label_with_help(ui, lang, &tr::INSTRUMENT, &tr::INSTRUMENT_HELP);
            let none = lang.t(&tr::NONE).to_string();
            let mut z = s.instrument.clone().unwrap_or_else(|| none.clone());
            let mut options = vec![none.clone()];
            options.extend(numeric.iter().cloned());
            combo(ui, "instrument", label.id, &mut z, &options);
            s.instrument = (z != none).then_some(z);
            ui.end_row();
        });
        show_errors(ui, Field::Outcome);
        show_errors(ui, Field::Treatment);
        show_errors(ui, Field::Instrument);
        label_with_help(ui, lang, &tr::CONTROLS, &tr::CONTROLS_HELP);
        ui.horizontal(|ui| {
            if ui.small_button(lang.t(&tr::STUDY_CONTROLS)).clicked() {
                s.controls = crate::engine::scenario::STUDY_CONTROLS.iter().map(|c| c.to_string()).collect();
            }
            if ui.small_button(lang.t(&tr::CLEAR)).clicked() {
                s.controls.clear();
            }
        });
        egui::ScrollArea::vertical().id_salt("controls").max_height(150.0).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for c in numeric {
                    if *c == s.outcome || *c == s.treatment || s.instrument.as_ref() == Some(c) {
                        continue;
                    }
                    super::widgets::member_checkbox(ui, &mut s.controls, c, c);
                }
            });
        });
        show_errors(ui, Field::Controls);
    });
}

fn model_and_learners(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &mut Scenario,
    view: &mut ModelView,
    show_errors: &dyn Fn(&mut egui::Ui, Field),
) {
    ui.group(|ui| {
        ui.strong(lang.t(&tr::MODEL));
        ui.horizontal(|ui| {
            ui.radio_value(&mut s.model, Model::Plr, "PLR").on_hover_text(lang.t(&tr::PLR_HELP));
            ui.radio_value(&mut s.model, Model::Pliv, "PLIV").on_hover_text(lang.t(&tr::PLIV_HELP));
        });
        ui.horizontal(|ui| {
            label_with_help(ui, lang, &tr::SCORE, &tr::SCORE_HELP);
            ui.radio_value(&mut s.score, Score::PartiallingOut, lang.t(&tr::PARTIALLING_OUT));
            ui.radio_value(&mut s.score, Score::IvType, lang.t(&tr::IV_TYPE));
        });
        show_errors(ui, Field::Model);
        ui.separator();
        let learners = ui
            .horizontal(|ui| {
                let label = label_with_help(ui, lang, &tr::LEARNERS, &tr::LEARNERS_HELP);
                ui.checkbox(&mut view.per_nuisance, lang.t(&tr::PER_NUISANCE));
                label
            })
            .inner;
        let needed = nuisances(s.model, s.score);
        if view.per_nuisance {
            for n in needed {
                let label = ui.label(nuisance_label(*n, lang));
                learner_editor(ui, lang, s.learners.get_mut(*n), n.name(), label.id);
            }
        } else {
            let mut shared = s.learners.l.clone();
            learner_editor(ui, lang, &mut shared, "all", learners.id);
            if shared != s.learners.l || needed.iter().any(|n| *s.learners.get(*n) != s.learners.l) {
                s.learners = crate::engine::dml::Learners::all(shared);
            }
        }
        show_errors(ui, Field::Learners);
    });
}

fn nuisance_label(n: Nuisance, lang: Lang) -> String {
    let what = match n {
        Nuisance::L => "l(X) = E[Y|X]",
        Nuisance::M => "m(X) = E[D|X] / E[Z|X]",
        Nuisance::R => "r(X) = E[D|X]",
        Nuisance::G => "g(X) = E[Y - θD|X]",
    };
    format!("{} {what}", lang.t(&tr::NUISANCE))
}

/// A learner choice with its settings (also used by the Lab view); the choice is named by the
/// label `label` (for screen readers), each setting by its own label.
pub fn learner_editor(ui: &mut egui::Ui, lang: Lang, spec: &mut LearnerSpec, id: &str, label: egui::Id) {
    let mut kind = spec.kind();
    let name = |k: LearnerKind| crate::locale::learner_kind(k, lang);
    egui::ComboBox::from_id_salt(format!("learner-{id}"))
        .selected_text(name(kind))
        .show_ui(ui, |ui| {
            for k in LearnerKind::ALL {
                ui.selectable_value(&mut kind, k, name(k));
            }
        })
        .response
        .labelled_by(label);
    if kind != spec.kind() {
        *spec = match kind {
            LearnerKind::Forest => LearnerSpec::Forest(ForestParams { n_trees: 500, ..Default::default() }),
            k => k.default_spec(),
        };
    }
    ui.indent(format!("settings-{id}"), |ui| match spec {
        LearnerSpec::Ols => {
            ui.weak(lang.t(&tr::OLS_HELP));
        }
        LearnerSpec::Lasso(p) => {
            ui.horizontal(|ui| {
                let label = ui.label(lang.t(&tr::CV_FOLDS));
                ui.add(egui::Slider::new(&mut p.cv_folds, 2..=10)).labelled_by(label.id);
            });
        }
        LearnerSpec::Forest(p) => forest_editor(ui, lang, p),
        LearnerSpec::Boosting(p) => boosting_editor(ui, lang, p),
        LearnerSpec::Svr(p) => svr_editor(ui, lang, p),
    });
}

fn forest_editor(ui: &mut egui::Ui, lang: Lang, p: &mut ForestParams) {
    egui::Grid::new("forest").num_columns(2).show(ui, |ui| {
        let label = ui.label(lang.t(&tr::TREES)).on_hover_text(lang.t(&tr::TREES_HELP));
        ui.add(egui::Slider::new(&mut p.n_trees, 1..=1000).logarithmic(true)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(lang.t(&tr::MAX_DEPTH)).on_hover_text(lang.t(&tr::MAX_DEPTH_HELP));
        ui.horizontal(|ui| {
            let mut limited = p.max_depth.is_some();
            ui.checkbox(&mut limited, "").labelled_by(label.id);
            let mut d = p.max_depth.unwrap_or(10);
            ui.add_enabled(limited, egui::Slider::new(&mut d, 1..=40)).labelled_by(label.id);
            p.max_depth = limited.then_some(d);
        });
        ui.end_row();
        let label = ui.label(lang.t(&tr::MIN_LEAF)).on_hover_text(lang.t(&tr::MIN_LEAF_HELP));
        ui.add(egui::Slider::new(&mut p.min_samples_leaf, 1..=50)).labelled_by(label.id);
        ui.end_row();
        ui.label(lang.t(&tr::MAX_FEATURES)).on_hover_text(lang.t(&tr::MAX_FEATURES_HELP));
        ui.horizontal(|ui| {
            ui.radio_value(&mut p.max_features, MaxFeatures::All, lang.t(&tr::ALL));
            ui.radio_value(&mut p.max_features, MaxFeatures::Sqrt, "√p");
            ui.radio_value(&mut p.max_features, MaxFeatures::Log2, "log2 p");
            let mut frac = matches!(p.max_features, MaxFeatures::Fraction(_));
            if ui.radio(frac, lang.t(&tr::FRACTION)).clicked() {
                frac = true;
                p.max_features = MaxFeatures::Fraction(0.5);
            }
            if let (true, MaxFeatures::Fraction(f)) = (frac, &mut p.max_features) {
                ui.add(egui::Slider::new(f, 0.05..=1.0)).on_hover_text(lang.t(&tr::MAX_FEATURES_HELP));
            }
        });
        ui.end_row();
        split_row(ui, lang, &mut p.split);
    });
}

/// The split-search choice of a tree learner (exact or histogram), as one grid row.
fn split_row(ui: &mut egui::Ui, lang: Lang, split: &mut SplitMethod) {
    ui.label(lang.t(&tr::SPLIT_SEARCH)).on_hover_text(lang.t(&tr::SPLIT_SEARCH_HELP));
    ui.horizontal(|ui| {
        ui.radio_value(split, SplitMethod::Exact, lang.t(&tr::SPLIT_EXACT));
        ui.radio_value(split, SplitMethod::Hist, lang.t(&tr::SPLIT_HIST));
    });
    ui.end_row();
}

fn boosting_editor(ui: &mut egui::Ui, lang: Lang, p: &mut BoostingParams) {
    egui::Grid::new("boosting").num_columns(2).show(ui, |ui| {
        let label = ui.label(lang.t(&tr::TREES)).on_hover_text(lang.t(&tr::BOOST_TREES_HELP));
        ui.add(egui::Slider::new(&mut p.n_trees, 1..=1000).logarithmic(true)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(lang.t(&tr::LEARNING_RATE)).on_hover_text(lang.t(&tr::LEARNING_RATE_HELP));
        ui.add(egui::Slider::new(&mut p.learning_rate, 0.005..=1.0).logarithmic(true)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(lang.t(&tr::DEPTH)).on_hover_text(lang.t(&tr::MAX_DEPTH_HELP));
        ui.add(egui::Slider::new(&mut p.max_depth, 1..=10)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(lang.t(&tr::SUBSAMPLE)).on_hover_text(lang.t(&tr::SUBSAMPLE_HELP));
        ui.add(egui::Slider::new(&mut p.subsample, 0.1..=1.0)).labelled_by(label.id);
        ui.end_row();
        split_row(ui, lang, &mut p.split);
    });
}

fn svr_editor(ui: &mut egui::Ui, lang: Lang, p: &mut SvrParams) {
    egui::Grid::new("svr").num_columns(2).show(ui, |ui| {
        let label = ui.label("C").on_hover_text(lang.t(&tr::SVR_C_HELP));
        ui.add(egui::Slider::new(&mut p.c, 0.01..=1000.0).logarithmic(true)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label("ε").on_hover_text(lang.t(&tr::SVR_EPS_HELP));
        ui.add(egui::Slider::new(&mut p.epsilon, 0.0..=2.0)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label("γ").on_hover_text(lang.t(&tr::SVR_GAMMA_HELP));
        ui.horizontal(|ui| {
            ui.radio_value(&mut p.gamma, Gamma::Scale, "scale");
            ui.radio_value(&mut p.gamma, Gamma::Auto, "auto");
            let fixed = matches!(p.gamma, Gamma::Value(_));
            if ui.radio(fixed, lang.t(&tr::FIXED)).clicked() && !fixed {
                p.gamma = Gamma::Value(0.1);
            }
            if let Gamma::Value(g) = &mut p.gamma {
                ui.add(egui::Slider::new(g, 0.001..=10.0).logarithmic(true)).labelled_by(label.id);
            }
        });
        ui.end_row();
    });
}

fn crossfitting(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &mut Scenario,
    numeric: &[String],
    show_errors: &dyn Fn(&mut egui::Ui, Field),
) {
    ui.group(|ui| {
        ui.strong(lang.t(&tr::CROSS_FITTING));
        egui::Grid::new("crossfit").num_columns(2).show(ui, |ui| {
            label_with_help(ui, lang, &tr::FOLDS, &tr::FOLDS_HELP);
            ui.horizontal(|ui| {
                ui.add(egui::Slider::new(&mut s.folds, 2..=20).text("K"));
                for k in [4, 5, 8] {
                    if ui.small_button(format!("K={k}")).clicked() {
                        s.folds = k;
                    }
                }
            });
            ui.end_row();
            let label = label_with_help(ui, lang, &tr::REPETITIONS, &tr::REPETITIONS_HELP);
            ui.add(egui::Slider::new(&mut s.n_rep, 1..=50)).labelled_by(label.id);
            ui.end_row();
            let scheme = label_with_help(ui, lang, &tr::FOLD_SCHEME, &tr::FOLD_SCHEME_HELP);
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.fold_scheme, FoldScheme::Random, lang.t(&tr::RANDOM_ROWS));
                ui.radio_value(&mut s.fold_scheme, FoldScheme::ByUnit, lang.t(&tr::BY_UNIT));
                let is_col = matches!(s.fold_scheme, FoldScheme::Column(_));
                if ui.radio(is_col, lang.t(&tr::FOLD_COLUMN)).clicked() && !is_col {
                    s.fold_scheme = FoldScheme::Column(numeric.first().cloned().unwrap_or_default());
                }
            });
            ui.end_row();
            if let FoldScheme::Column(c) = &mut s.fold_scheme {
                ui.label("");
                combo(ui, "fold-col", scheme.id, c, numeric);
                ui.end_row();
            }
            label_with_help(ui, lang, &tr::CLUSTER, &tr::CLUSTER_HELP);
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.cluster, Cluster::None, lang.t(&tr::NONE));
                ui.radio_value(&mut s.cluster, Cluster::Unit, lang.t(&tr::BY_UNIT));
                ui.radio_value(&mut s.cluster, Cluster::UnitYear, lang.t(&tr::UNIT_AND_YEAR));
            });
            ui.end_row();
            label_with_help(ui, lang, &SMALL_SAMPLE, &SMALL_SAMPLE_HELP);
            ui.horizontal(|ui| {
                ui.checkbox(&mut s.small_sample.clusters, lang.t(&SMALL_CLUSTERS));
                ui.checkbox(&mut s.small_sample.dof, "n/(n−k)");
            });
            ui.end_row();
            if s.n_rep > 1 {
                label_with_help(ui, lang, &tr::AGGREGATION, &tr::AGGREGATION_HELP);
                ui.horizontal(|ui| {
                    ui.radio_value(&mut s.aggregation, Aggregation::MedianBounds, "DoubleML 0.11");
                    ui.radio_value(&mut s.aggregation, Aggregation::MedianVariance, lang.t(&tr::MEDIAN_VARIANCE));
                });
                ui.end_row();
            }
            let label = label_with_help(ui, lang, &tr::SEED, &tr::SEED_HELP);
            ui.add(egui::DragValue::new(&mut s.seed)).labelled_by(label.id);
            ui.end_row();
        });
        show_errors(ui, Field::Folds);
        show_errors(ui, Field::NRep);
        show_errors(ui, Field::FoldScheme);
        show_errors(ui, Field::Cluster);
    });
}

fn fixed_effects(ui: &mut egui::Ui, lang: Lang, s: &mut Scenario, show_errors: &dyn Fn(&mut egui::Ui, Field)) {
    ui.group(|ui| {
        label_with_help(ui, lang, &tr::FIXED_EFFECTS, &tr::FIXED_EFFECTS_HELP);
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut s.fixed_effects, FixedEffects::None, lang.t(&tr::NONE));
            ui.radio_value(&mut s.fixed_effects, FixedEffects::Unit, lang.t(&tr::FE_UNIT));
            ui.radio_value(&mut s.fixed_effects, FixedEffects::Year, lang.t(&tr::FE_YEAR));
            ui.radio_value(&mut s.fixed_effects, FixedEffects::UnitYear, lang.t(&tr::FE_UNIT_YEAR))
                .on_hover_text(lang.t(&tr::FE_INTERACTIVE_NOTE));
            ui.radio_value(&mut s.fixed_effects, FixedEffects::Within, lang.t(&tr::FE_WITHIN));
        });
        show_errors(ui, Field::FixedEffects);
    });
}

fn transforms(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &mut Scenario,
    numeric: &[String],
    show_errors: &dyn Fn(&mut egui::Ui, Field),
) {
    ui.group(|ui| {
        ui.strong(lang.t(&tr::TRANSFORMS));
        let t = &mut s.transforms;
        ui.checkbox(&mut t.interpolate, lang.t(&tr::INTERPOLATE)).on_hover_text(lang.t(&tr::INTERPOLATE_HELP));
        ui.checkbox(&mut t.lag_treatment, lang.t(&tr::LAG_TREATMENT)).on_hover_text(lang.t(&tr::LAG_HELP));
        ui.checkbox(&mut t.instrument_times_lagged_treatment, lang.t(&tr::IV_TIMES_LAG))
            .on_hover_text(lang.t(&tr::IV_TIMES_LAG_HELP));
        ui.horizontal(|ui| {
            let mut w = t.winsorize_controls.is_some();
            ui.checkbox(&mut w, lang.t(&tr::WINSORIZE)).on_hover_text(lang.t(&tr::WINSORIZE_HELP));
            let mut bounds = t.winsorize_controls.unwrap_or_default();
            // Fields next to a checkbox are named by their hover text: labelled by the checkbox,
            // they would answer to its name too (and a click by that name could reach them).
            if w {
                ui.add(egui::DragValue::new(&mut bounds.lower).range(0.0..=49.0).suffix("%"))
                    .on_hover_text(lang.t(&tr::WINSORIZE_HELP));
                ui.add(egui::DragValue::new(&mut bounds.upper).range(51.0..=100.0).suffix("%"))
                    .on_hover_text(lang.t(&tr::WINSORIZE_HELP));
            }
            t.winsorize_controls = w.then_some(Winsor { lower: bounds.lower, upper: bounds.upper });
        });
        ui.checkbox(&mut t.square_controls, lang.t(&tr::SQUARES)).on_hover_text(lang.t(&tr::SQUARES_HELP));
        ui.collapsing(lang.t(&tr::LOG_COLUMNS), |ui| {
            ui.horizontal_wrapped(|ui| {
                for c in numeric {
                    super::widgets::member_checkbox(ui, &mut t.log, c, c);
                }
            });
        });
        show_errors(ui, Field::Transforms);
    });
}

fn filter(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &mut Scenario,
    numeric: &[String],
    show_errors: &dyn Fn(&mut egui::Ui, Field),
) {
    ui.group(|ui| {
        let heading = label_with_help(ui, lang, &tr::SAMPLE_FILTER, &tr::SAMPLE_FILTER_HELP);
        let f = &mut s.filter;
        ui.horizontal(|ui| {
            let mut on = f.years.is_some();
            ui.checkbox(&mut on, lang.t(&tr::YEARS_RANGE));
            let (mut a, mut b) = f.years.unwrap_or((2011, 2022));
            if on {
                ui.add(egui::DragValue::new(&mut a).range(1800..=2200)).on_hover_text(lang.t(&tr::YEARS_RANGE));
                ui.label("–");
                ui.add(egui::DragValue::new(&mut b).range(1800..=2200)).on_hover_text(lang.t(&tr::YEARS_RANGE));
            }
            f.years = on.then_some((a, b));
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(lang.t(&tr::REGION));
            let current = f.conditions.iter().find_map(|c| if let Condition::Region(r) = c { Some(*r) } else { None });
            let mut choice = current;
            ui.radio_value(&mut choice, None, lang.t(&tr::ALL));
            ui.radio_value(&mut choice, Some(Region3::East), lang.t(&tr::EAST));
            ui.radio_value(&mut choice, Some(Region3::Central), lang.t(&tr::CENTRAL));
            ui.radio_value(&mut choice, Some(Region3::West), lang.t(&tr::WEST));
            if choice != current {
                f.conditions.retain(|c| !matches!(c, Condition::Region(_)));
                if let Some(r) = choice {
                    f.conditions.push(Condition::Region(r));
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(lang.t(&tr::COAST));
            let current = f.conditions.iter().find_map(|c| if let Condition::Coastal(b) = c { Some(*b) } else { None });
            let mut choice = current;
            ui.radio_value(&mut choice, None, lang.t(&tr::ALL));
            ui.radio_value(&mut choice, Some(true), lang.t(&tr::COASTAL));
            ui.radio_value(&mut choice, Some(false), lang.t(&tr::INLAND));
            if choice != current {
                f.conditions.retain(|c| !matches!(c, Condition::Coastal(_)));
                if let Some(b) = choice {
                    f.conditions.push(Condition::Coastal(b));
                }
            }
        });
        let mut remove = None;
        for (i, c) in f.conditions.iter_mut().enumerate() {
            if let Condition::Compare { column, op, value } = c {
                ui.horizontal(|ui| {
                    combo(ui, &format!("cmp-col-{i}"), heading.id, column, numeric);
                    egui::ComboBox::from_id_salt(format!("cmp-op-{i}"))
                        .selected_text(op.symbol())
                        .width(50.0)
                        .show_ui(ui, |ui| {
                            for o in [Compare::Lt, Compare::Le, Compare::Gt, Compare::Ge, Compare::Eq, Compare::Ne] {
                                ui.selectable_value(op, o, o.symbol());
                            }
                        })
                        .response
                        .labelled_by(heading.id);
                    ui.add(egui::DragValue::new(value).speed(0.01)).labelled_by(heading.id);
                    if ui.small_button("×").clicked() {
                        remove = Some(i);
                    }
                });
            }
        }
        if let Some(i) = remove {
            f.conditions.remove(i);
        }
        if ui.small_button(lang.t(&tr::ADD_CONDITION)).clicked() {
            f.conditions.push(Condition::Compare {
                column: numeric.iter().find(|n| *n == "er").or(numeric.first()).cloned().unwrap_or_default(),
                op: Compare::Ge,
                value: 0.0,
            });
        }
        ui.weak(format!("{}: {}", lang.t(&tr::CURRENT_SAMPLE), crate::locale::notes::filter_label(f, lang)));
        show_errors(ui, Field::Filter);
    });
}
