//! Wording of the estimation errors: [`DmlError`], [`DesignError`], [`AnalysisError`] and
//! [`LabError`].

use super::{allowed, key_word};
use crate::engine::dml::DmlError;
use crate::engine::dml::design::{DesignError, MAX_DUMMIES};
use crate::engine::dml::heterogeneity::{AnalysisError, GroupProblem};
use crate::engine::lab::LabError;
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for DmlError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            DmlError::Cancelled => Message::new("error-cancelled"),
            DmlError::Learner { nuisance, rep, fold, source } => Message::new("dml-learner")
                .arg("nuisance", nuisance.name())
                .arg("rep", (rep + 1).to_string())
                .arg("fold", (fold + 1).to_string())
                .arg("error", source.worded(lang)),
            DmlError::NonFinitePrediction { nuisance, row, value } => Message::new("dml-non-finite-prediction")
                .arg("nuisance", nuisance.name())
                .arg("row", row.to_string())
                .arg("value", value.to_string()),
            DmlError::TooFewRows { rows, folds } => {
                Message::new("dml-too-few-rows").arg("rows", rows.to_string()).arg("folds", folds.to_string())
            }
            DmlError::EmptyFold { fold, test, train } => Message::new("dml-empty-fold")
                .arg("fold", fold.to_string())
                .arg("test", test.to_string())
                .arg("train", train.to_string()),
            DmlError::DegenerateScore { value, what } => Message::new("dml-degenerate-score")
                .arg("value", value.to_string())
                .arg("what", key_word("error-role", "role", what, lang)),
            DmlError::NoClusterColumn(what) => {
                Message::new("dml-no-cluster-column").arg("what", key_word("error-cluster-column", "what", what, lang))
            }
            DmlError::FoldColumnSplitsCluster { column, unit } => {
                Message::new("dml-fold-column-splits-cluster").arg("column", column).arg("unit", unit)
            }
            DmlError::TooFewClusters { clusters, what, folds } => Message::new("dml-too-few-clusters")
                .arg("clusters", clusters.to_string())
                .arg("what", key_word("error-clusters", "what", what, lang))
                .arg("folds", folds.to_string()),
            DmlError::Setting { name, value, reason } => Message::new("dml-setting")
                .arg("name", *name)
                .arg("value", value)
                .arg("allowed", allowed(*reason, lang)),
        }
        .render(lang)
    }
}

impl Worded for DesignError {
    fn worded(&self, lang: Lang) -> String {
        let role = |r: &str| key_word("error-role", "role", r, lang);
        match self {
            DesignError::UnknownColumn { name, role: r, available } => {
                Message::new("design-unknown-column").arg("name", name).arg("role", role(r)).arg("available", available)
            }
            DesignError::NotNumeric { name, role: r } => {
                Message::new("design-not-numeric").arg("name", name).arg("role", role(r))
            }
            DesignError::NoIndex { what } => {
                Message::new("design-no-index").arg("what", key_word("error-cluster-column", "what", what, lang))
            }
            DesignError::TooManyDummies { count } => Message::new("design-too-many-dummies")
                .arg("count", count.to_string())
                .arg("max", MAX_DUMMIES.to_string()),
            DesignError::NoRows { detail } => Message::new("design-no-rows").arg("detail", detail),
        }
        .render(lang)
    }
}

impl Worded for AnalysisError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            AnalysisError::Spec(errors) => crate::locale::scenario::spec_errors(errors, "; ", lang),
            AnalysisError::Dml(e) => e.worded(lang),
            AnalysisError::Group { column, problem } => match problem {
                GroupProblem::NotNumeric => Message::new("analysis-group-not-numeric"),
                GroupProblem::TooManyValues(n) => {
                    Message::new("analysis-group-too-many-values").arg("count", n.to_string())
                }
                GroupProblem::NoValues => Message::new("analysis-group-no-values"),
            }
            .arg("column", column)
            .render(lang),
        }
    }
}

impl Worded for LabError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            LabError::Setting { name, value, reason } => Message::new("simulate-setting")
                .arg("name", *name)
                .arg("value", value)
                .arg("allowed", allowed(*reason, lang)),
            LabError::DataImport(report) => {
                Message::new("simulate-data").arg("error", crate::locale::validation::import_failed(report, lang))
            }
            LabError::DataSpec(errors) => {
                Message::new("simulate-data").arg("error", crate::locale::scenario::spec_errors(errors, "; ", lang))
            }
            LabError::Estimate { replication, source } => Message::new("simulate-replication")
                .arg("replication", replication.to_string())
                .arg("error", source.worded(lang)),
            LabError::Cancelled => Message::new("error-cancelled"),
        }
        .render(lang)
    }
}

crate::english_display!(DmlError, DesignError, AnalysisError, LabError);
