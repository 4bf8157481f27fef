//! The check shared by the tests that word every engine error in both languages.

use carbon_dml::locale::{Lang, Worded};
use std::fmt::Display;

/// What is wrong with the wording of `e`, empty when nothing is: English must equal `Display`;
/// Chinese must differ from it, hold Chinese characters and leave no English clause (a run of
/// three English words, or a common English filler word) outside a `code span` (a command the
/// user types stays as typed), no message id and no unfilled placeable; both must name each of
/// `named`.
pub fn problems<E: Worded + Display>(e: &E, named: &[&str]) -> Vec<String> {
    let en = e.worded(Lang::En);
    let zh = e.worded(Lang::Zh);
    let mut bad = Vec::new();
    if en != e.to_string() {
        bad.push(format!("English wording differs from Display: {en:?} vs {:?}", e.to_string()));
    }
    if zh == en || !zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        bad.push(format!("no Chinese: {zh:?}"));
    }
    let prose: String = zh.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let english_run = prose
        .split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
        .any(|run| run.split_whitespace().filter(|w| w.len() > 2).count() >= 3);
    let filler = [" the ", " is ", " not ", " must ", " needs ", " has ", " choose ", " give "];
    if english_run || filler.iter().any(|w| prose.contains(w)) {
        bad.push(format!("English left in Chinese: {zh:?}"));
    }
    for text in [&en, &zh] {
        if text.contains("{$") || text.contains("-missing") || text.contains("weights-") {
            bad.push(format!("unfilled placeable or message id: {text:?}"));
        }
        for n in named {
            if !text.contains(n) {
                bad.push(format!("{n} not named in {text:?}"));
            }
        }
    }
    bad
}
