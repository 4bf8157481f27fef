//! One file per view of the navigation, and what every view receives.

pub mod data;
pub mod index;
pub mod lab;
pub mod maps;
pub mod model;
pub mod results;
pub mod robustness;
pub mod scenarios;
pub mod table_ui;
pub mod widgets;

use crate::gui::analysis::Analysis;
use crate::gui::app::{Command, DataState, Selection};
use crate::gui::i18n::Lang;

/// What a view reads, and where it sends commands.
pub struct ViewCtx<'a> {
    /// Interface language.
    pub lang: Lang,
    /// Language of result tables and their exports (chosen apart from the interface's).
    pub table_lang: Lang,
    /// The imported data.
    pub data: &'a DataState,
    /// The live analysis (scenario, derived panel, newest estimate, job state).
    pub analysis: &'a Analysis,
    /// The selected unit, shared by every view (linked highlighting).
    pub selection: &'a Selection,
    /// Commands for the application to apply after the frame.
    pub commands: &'a mut Vec<Command>,
}
