//! Localization: the languages, the Fluent message catalogue (`assets/locales/<lang>/*.ftl`) and
//! the wording of the engine's typed values, used at the edge by the window, the command line
//! and the report files alike. The engine names what it found (e.g.
//! [`crate::engine::data::Notice`]); this layer says it ([`import`] words each finding,
//! [`validation`] a whole report). No egui here.

pub mod battery;
mod derived;
pub mod errors;
pub mod fluent;
pub mod import;
pub mod inference;
pub mod notes;
pub mod scenario;
pub mod spatial;
pub mod validation;
mod worded;

pub use worded::{SharedError, Worded, worded_list};

use serde::{Deserialize, Serialize};

/// A language of the interface, the messages and the result tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

/// A data source's name as shown in `lang`: the file, or the bundled sample
/// ([`crate::engine::data::sample::BUNDLED_NAME`] in English).
pub fn source_name(file: &str, lang: Lang) -> String {
    use crate::engine::data::sample;
    if file == sample::BUNDLED_NAME {
        fluent::Message::new("source-bundled").arg("file", sample::BUNDLED_FILE).render(lang)
    } else {
        file.to_string()
    }
}

/// A scenario's name, or "CEE on DCP" in `lang` when it has none ([`Scenario::label`] in
/// English).
///
/// [`Scenario::label`]: crate::engine::scenario::Scenario::label
pub fn scenario_label(s: &crate::engine::scenario::Scenario, lang: Lang) -> String {
    if s.name.is_empty() { outcome_on_treatment(&s.outcome, &s.treatment, lang) } else { s.name.clone() }
}

/// An estimate's label in `lang`: its scenario's name, or "CEE on DCP" worded in `lang`.
pub fn estimate_label(e: &crate::engine::dml::Estimate, lang: Lang) -> String {
    if e.label == format!("{} on {}", e.outcome, e.treatment) {
        outcome_on_treatment(&e.outcome, &e.treatment, lang)
    } else {
        e.label.clone()
    }
}

fn outcome_on_treatment(outcome: &str, treatment: &str, lang: Lang) -> String {
    fluent::Message::new("label-outcome-on-treatment").arg("outcome", outcome).arg("treatment", treatment).render(lang)
}

/// A learner's name in `lang` (`Random forest`, `随机森林`).
pub fn learner_kind(k: crate::engine::learners::LearnerKind, lang: Lang) -> String {
    use crate::engine::learners::LearnerKind as K;
    fluent::message(
        lang,
        match k {
            K::Ols => "learner-kind-ols",
            K::Lasso => "learner-kind-lasso",
            K::Forest => "learner-kind-forest",
            K::Boosting => "learner-kind-boosting",
            K::Svr => "learner-kind-svr",
        },
        None,
    )
}

/// A learner with its main settings in `lang` ([`crate::engine::learners::LearnerSpec::describe`]
/// in English: `Random forest (500 trees)`, `随机森林（500 棵树）`).
pub fn learner_description(spec: &crate::engine::learners::LearnerSpec, lang: Lang) -> String {
    use crate::engine::learners::LearnerSpec as S;
    use fluent::Message;
    match spec {
        S::Ols => "OLS".into(),
        S::Lasso(p) => Message::new("learner-desc-lasso").arg("folds", p.cv_folds.to_string()).render(lang),
        S::Forest(p) => {
            let id = if p.split.is_exact() { "learner-desc-forest" } else { "learner-desc-forest-hist" };
            Message::new(id).arg("trees", p.n_trees.to_string()).render(lang)
        }
        S::Boosting(p) => {
            Message::new(if p.split.is_exact() { "learner-desc-boosting" } else { "learner-desc-boosting-hist" })
                .arg("trees", p.n_trees.to_string())
                .arg("lr", p.learning_rate.to_string())
                .arg("depth", p.max_depth.to_string())
                .render(lang)
        }
        S::Svr(p) => Message::new("learner-desc-svr")
            .arg("c", p.c.to_string())
            .arg("epsilon", p.epsilon.to_string())
            .render(lang),
    }
}

impl Lang {
    /// Parse `en` / `zh` (command line, preferences).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "zh" | "cn" | "chinese" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The short code (`en`, `zh`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// A province's display name in this language, if `label` is a registry province.
    pub fn province(self, label: &str) -> String {
        match crate::engine::data::registry::Registry::embedded().lookup(label) {
            Some(p) => match self {
                Lang::En => p.name_en.clone(),
                Lang::Zh => p.name_zh.clone(),
            },
            None => label.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::learners::LearnerSpec;
    use crate::engine::learners::boosting::BoostingParams;
    use crate::engine::learners::forest::ForestParams;
    use crate::engine::learners::lasso::LassoParams;
    use crate::engine::learners::svr::SvrParams;
    use crate::engine::learners::tree::SplitMethod;

    /// The window and `run` word every learner through [`learner_description`] in both
    /// languages; in English it must stay the engine's own text (`run --json`'s `learner`).
    #[test]
    fn the_english_learner_description_is_the_engines() {
        let mut specs = vec![LearnerSpec::Ols, LearnerSpec::default()];
        for split in [SplitMethod::Exact, SplitMethod::Hist] {
            specs.push(LearnerSpec::Forest(ForestParams { n_trees: 37, split, ..Default::default() }));
            specs.push(LearnerSpec::Boosting(BoostingParams {
                n_trees: 250,
                learning_rate: 0.05,
                max_depth: 4,
                split,
                ..Default::default()
            }));
        }
        specs.push(LearnerSpec::Lasso(LassoParams { cv_folds: 7, ..Default::default() }));
        specs.push(LearnerSpec::Svr(SvrParams { c: 2.5, epsilon: 0.01, ..Default::default() }));
        for spec in specs {
            assert_eq!(learner_description(&spec, Lang::En), spec.describe(), "{spec:?}");
            if spec != LearnerSpec::Ols {
                assert_ne!(learner_description(&spec, Lang::Zh), spec.describe(), "{spec:?}");
            }
        }
    }
}
