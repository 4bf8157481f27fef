//! Wording of the scenario's typed errors ([`SpecError`], [`ScenarioFileError`]) from
//! `assets/locales/<lang>/scenario.ftl`. English is what their `Display` prints (a test keeps
//! the two the same); the learners', transforms' and design's own errors inside them keep
//! their English wording.

use super::fluent::Message;
use super::{Lang, Worded};
use crate::engine::scenario::filter::FilterError;
use crate::engine::scenario::{Field, FoldColumnProblem, ParseProblem, ScenarioFileError, SpecError};

/// A scenario field as named in `lang`: the file's key in English (`treatment`), the label
/// and the key in Chinese (`处理变量（treatment）`).
pub fn field(f: Field, lang: Lang) -> String {
    Message::new(match f {
        Field::Data => "scenario-field-data",
        Field::Outcome => "scenario-field-outcome",
        Field::Treatment => "scenario-field-treatment",
        Field::Controls => "scenario-field-controls",
        Field::Instrument => "scenario-field-instrument",
        Field::Model => "scenario-field-model",
        Field::Learners => "scenario-field-learners",
        Field::Folds => "scenario-field-folds",
        Field::NRep => "scenario-field-n-rep",
        Field::FoldScheme => "scenario-field-fold-scheme",
        Field::Cluster => "scenario-field-cluster",
        Field::FixedEffects => "scenario-field-fixed-effects",
        Field::Transforms => "scenario-field-transforms",
        Field::Filter => "scenario-field-filter",
    })
    .render(lang)
}

/// Names as alternatives: `"a" or "b"` / `“a”或“b”`.
fn alternatives(names: &[String], lang: Lang) -> String {
    let quoted: Vec<String> =
        names.iter().map(|n| Message::new("scenario-quoted").arg("name", n).render(lang)).collect();
    quoted.join(&Message::new("scenario-or").render(lang))
}

/// A column missing from the data, without the list of the data's columns.
fn unknown_column(f: Field, name: &str, closest: &[String], lang: Lang) -> String {
    let m = if closest.is_empty() {
        Message::new("scenario-unknown-column")
    } else {
        Message::new("scenario-unknown-column-closest").arg("closest", alternatives(closest, lang))
    };
    m.arg("field", field(f, lang)).arg("name", name).render(lang)
}

fn available(columns: &[String], lang: Lang) -> String {
    Message::new("scenario-available-columns").arg("columns", columns.join(", ")).render(lang)
}

fn fold_problem(p: &FoldColumnProblem, lang: Lang) -> String {
    match p {
        FoldColumnProblem::NotChosen => Message::new("scenario-fold-not-chosen"),
        FoldColumnProblem::NotInData { closest } if closest.is_empty() => Message::new("scenario-fold-not-in-data"),
        FoldColumnProblem::NotInData { closest } => {
            Message::new("scenario-fold-not-in-data-closest").arg("closest", alternatives(closest, lang))
        }
        FoldColumnProblem::NotNumeric => Message::new("scenario-fold-not-numeric"),
        FoldColumnProblem::TwoWayClustering => Message::new("scenario-fold-two-way"),
        FoldColumnProblem::DistinctIds(n) => Message::new("scenario-fold-distinct").arg("ids", *n),
        FoldColumnProblem::SplitsUnit(u) => Message::new("scenario-fold-splits-unit").arg("unit", u),
    }
    .render(lang)
}

fn filter_error(e: &FilterError, lang: Lang) -> String {
    match e {
        FilterError::NoColumn(c) => Message::new("scenario-filter-no-column").arg("column", c),
        FilterError::NotProvinces(f) => Message::new("scenario-filter-not-provinces").arg("filter", f),
        FilterError::NoYears => Message::new("scenario-filter-no-years"),
        FilterError::UnknownUnit(u) => Message::new("scenario-filter-unknown-unit").arg("unit", u),
    }
    .render(lang)
}

/// One scenario problem in `lang` (English: its `Display`).
pub fn spec_error(e: &SpecError, lang: Lang) -> String {
    let m = Message::new;
    let f = |x: Field| field(x, lang);
    match e {
        SpecError::UnknownColumn { field: x, name, closest, available: cols } => {
            let sep = Message::new("scenario-clause-separator").render(lang);
            return format!("{}{sep}{}", unknown_column(*x, name, closest, lang), available(cols, lang));
        }
        SpecError::NotNumeric { field: x, name } => m("scenario-not-numeric").arg("field", f(*x)).arg("name", name),
        SpecError::Empty { field: x } => m("scenario-empty").arg("field", f(*x)),
        SpecError::TwoRoles { field: x, other, name } => {
            m("scenario-two-roles").arg("field", f(*x)).arg("other", f(*other)).arg("name", name)
        }
        SpecError::DuplicateControl(name) => m("scenario-duplicate-control").arg("name", name),
        SpecError::MissingInstrument => m("scenario-missing-instrument"),
        SpecError::OutOfRange { field: x, value, min, max } => {
            m("scenario-out-of-range").arg("field", f(*x)).arg("value", value).arg("min", *min).arg("max", *max)
        }
        SpecError::Learner { nuisance, source } => {
            m("scenario-learner").arg("nuisance", nuisance.name()).arg("error", source.worded(lang))
        }
        SpecError::NeedsIndex { field: x, what } => m("scenario-needs-index").arg("field", f(*x)).arg("what", *what),
        SpecError::FoldColumn { name, reason } => {
            m("scenario-fold-column").arg("name", name).arg("reason", fold_problem(reason, lang))
        }
        SpecError::TooFewRows { rows, folds, need } => {
            m("scenario-too-few-rows").arg("rows", *rows).arg("folds", *folds).arg("need", *need)
        }
        SpecError::TooFewClusters { clusters, what, folds } => {
            m("scenario-too-few-clusters").arg("clusters", *clusters).arg("what", *what).arg("folds", *folds)
        }
        SpecError::Constant { field: x, name, value } => {
            m("scenario-constant").arg("field", f(*x)).arg("name", name).arg("value", value.to_string())
        }
        SpecError::Filter(e) => return filter_error(e, lang),
        SpecError::EmptySample(filter) => {
            m("scenario-empty-sample").arg("filter", super::notes::filter_label(filter, lang))
        }
        SpecError::Transform(e) => m("scenario-transform").arg("error", e.worded(lang)),
        SpecError::Design(e) => m("scenario-design").arg("error", e.worded(lang)),
    }
    .render(lang)
}

/// Several scenario problems in `lang`, separated by `separator`, with the data's columns
/// listed once at the end ([`crate::engine::scenario::describe_errors`] in English).
pub fn spec_errors(errors: &[SpecError], separator: &str, lang: Lang) -> String {
    let mut parts = Vec::with_capacity(errors.len() + 1);
    let mut columns: Option<&[String]> = None;
    for e in errors {
        match e {
            SpecError::UnknownColumn { field: x, name, closest, available } => {
                parts.push(unknown_column(*x, name, closest, lang));
                columns.get_or_insert(available);
            }
            other => parts.push(spec_error(other, lang)),
        }
    }
    if let Some(cols) = columns {
        parts.push(available(cols, lang));
    }
    parts.join(separator)
}

fn parse_problem(p: &ParseProblem, lang: Lang) -> String {
    match p {
        ParseProblem::UnknownField { found, outer, expected, closest } => {
            let m = match outer {
                Some(o) => Message::new("scenario-file-unknown-field-in").arg("outer", o),
                None => Message::new("scenario-file-unknown-field"),
            };
            let text = m.arg("found", found).arg("allowed", expected.join(", ")).render(lang);
            match closest {
                Some(c) => {
                    let hint = Message::new("scenario-file-did-you-mean").arg("name", c).render(lang);
                    format!("{text}{}{hint}", Message::new("scenario-sentence-separator").render(lang))
                }
                None => text,
            }
        }
        ParseProblem::MissingField { field, outer } => match outer {
            Some(o) => Message::new("scenario-file-missing-field-in").arg("outer", o),
            None => Message::new("scenario-file-missing-field"),
        }
        .arg("field", field)
        .render(lang),
        ParseProblem::Other(text) => text.clone(),
    }
}

/// A scenario file that could not be read or written, in `lang` (English: its `Display`).
pub fn file_error(e: &ScenarioFileError, lang: Lang) -> String {
    let path = |p: &std::path::Path| p.display().to_string();
    match e {
        ScenarioFileError::Io { path: p, message } => {
            Message::new("scenario-file-io").arg("path", path(p)).arg("error", message)
        }
        ScenarioFileError::Parse { path: p, line, col, message } => Message::new("scenario-file-parse")
            .arg("path", path(p))
            .arg("line", *line)
            .arg("col", *col)
            .arg("problem", parse_problem(message, lang)),
        ScenarioFileError::MissingVersion { path: p } => Message::new("scenario-file-missing-version")
            .arg("path", path(p))
            .arg("version", crate::engine::scenario::CURRENT_VERSION.to_string()),
        ScenarioFileError::NewerVersion { path: p, found } => Message::new("scenario-file-newer")
            .arg("path", path(p))
            .arg("found", found.to_string())
            .arg("current", crate::engine::scenario::CURRENT_VERSION.to_string()),
    }
    .render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dml::Nuisance;
    use crate::engine::scenario::SampleFilter;
    use std::path::PathBuf;

    fn every_spec_error() -> Vec<SpecError> {
        let s = |x: &str| x.to_string();
        let fold = |reason| SpecError::FoldColumn { name: s("fold"), reason };
        vec![
            SpecError::UnknownColumn {
                field: Field::Treatment,
                name: s("DCPP"),
                closest: vec![],
                available: vec![s("gdp")],
            },
            SpecError::UnknownColumn {
                field: Field::Outcome,
                name: s("CEEE"),
                closest: vec![s("CEE"), s("TFEE")],
                available: vec![s("gdp"), s("CEE")],
            },
            SpecError::NotNumeric { field: Field::Controls, name: s("province") },
            SpecError::Empty { field: Field::Outcome },
            SpecError::TwoRoles { field: Field::Controls, other: Field::Treatment, name: s("DCP") },
            SpecError::DuplicateControl(s("lngdp")),
            SpecError::MissingInstrument,
            SpecError::OutOfRange { field: Field::Folds, value: s("1"), min: 2, max: 20 },
            SpecError::Learner { nuisance: Nuisance::M, source: crate::engine::learners::LearnerError::NoRows },
            SpecError::NeedsIndex { field: Field::Cluster, what: "unit" },
            SpecError::NeedsIndex { field: Field::FixedEffects, what: "year" },
            fold(FoldColumnProblem::NotChosen),
            fold(FoldColumnProblem::NotInData { closest: vec![] }),
            fold(FoldColumnProblem::NotInData { closest: vec![s("folds")] }),
            fold(FoldColumnProblem::NotNumeric),
            fold(FoldColumnProblem::TwoWayClustering),
            fold(FoldColumnProblem::DistinctIds(1)),
            fold(FoldColumnProblem::SplitsUnit(s("Beijing"))),
            SpecError::TooFewRows { rows: 7, folds: 5, need: 10 },
            SpecError::TooFewClusters { clusters: 3, what: "units", folds: 5 },
            SpecError::TooFewClusters { clusters: 4, what: "years", folds: 5 },
            SpecError::Constant { field: Field::Treatment, name: s("DCP"), value: 0.5 },
            SpecError::Filter(FilterError::NoColumn(s("er"))),
            SpecError::Filter(FilterError::NotProvinces(s("region east"))),
            SpecError::Filter(FilterError::NoYears),
            SpecError::Filter(FilterError::UnknownUnit(s("Atlantis"))),
            SpecError::EmptySample(SampleFilter { years: Some((2030, 2031)), ..Default::default() }),
        ]
    }

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn english_is_the_display_and_chinese_is_chinese() {
        for e in every_spec_error() {
            assert_eq!(spec_error(&e, Lang::En), e.to_string());
            let zh = spec_error(&e, Lang::Zh);
            assert!(has_cjk(&zh) && !zh.contains('{'), "{zh}");
        }
        let errors = every_spec_error();
        assert_eq!(spec_errors(&errors, "\n  ", Lang::En), crate::engine::scenario::describe_errors(&errors, "\n  "));
    }

    #[test]
    fn file_errors_read_the_same_in_english() {
        let path = PathBuf::from("s.ron");
        let parse =
            |message| ScenarioFileError::Parse { path: path.clone(), line: 3, col: 5, message: Box::new(message) };
        let s = |x: &str| x.to_string();
        let errors = [
            ScenarioFileError::Io { path: path.clone(), message: s("No such file or directory (os error 2)") },
            ScenarioFileError::MissingVersion { path: path.clone() },
            ScenarioFileError::NewerVersion { path: path.clone(), found: 9 },
            parse(ParseProblem::UnknownField {
                found: s("foldz"),
                outer: Some(s("Scenario")),
                expected: vec![s("folds"), s("seed")],
                closest: Some(s("folds")),
            }),
            parse(ParseProblem::UnknownField { found: s("x"), outer: None, expected: vec![s("c")], closest: None }),
            parse(ParseProblem::MissingField { field: s("value"), outer: Some(s("Compare")) }),
            parse(ParseProblem::MissingField { field: s("value"), outer: None }),
            parse(ParseProblem::Other(s("Expected closing `)`"))),
        ];
        for e in &errors {
            assert_eq!(file_error(e, Lang::En), e.to_string());
            let zh = file_error(e, Lang::Zh);
            // The system's own message stays as it is (and RON's, inside "第 3 行第 5 列").
            let worded = !matches!(e, ScenarioFileError::Io { .. });
            assert!(has_cjk(&zh) == worded && !zh.contains('{'), "{zh}");
        }
    }
}
