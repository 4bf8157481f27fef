//! A command-line failure, kept typed until the top-level printer words it in the language of
//! `--lang` (`error: ...` / `错误：...`).

use crate::engine::data::Report;
use crate::engine::scenario::{ScenarioFileError, SpecError};
use crate::locale::fluent::{Arg, Message};
use crate::locale::{Lang, Worded};

/// A command-line failure: printed to stderr once, at the edge, in the user's language.
#[derive(Debug)]
pub enum CliError {
    /// A message of `cli.ftl` with its arguments (flag, file, column, value). An argument named
    /// `source` is a data source, shown as [`crate::locale::source_name`] words it.
    Message(Message),
    /// The data could not be imported: the validation report (boxed, as the next: an error
    /// stays small to return).
    Import(Box<Report>),
    /// A scenario file could not be read.
    ScenarioFile(Box<ScenarioFileError>),
    /// The scenario does not fit the data: the data source and every problem.
    Spec {
        /// The data source (file name).
        source: String,
        /// The problems, one per field.
        errors: Vec<SpecError>,
    },
    /// An engine error, worded in the user's language.
    Engine(Box<dyn Worded + Send + Sync>),
}

impl<E: Worded + Send + Sync + 'static> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError::Engine(Box::new(e))
    }
}

impl CliError {
    /// The message `id` of `cli.ftl` (arguments are added with [`CliError::arg`]).
    pub fn msg(id: &'static str) -> Self {
        CliError::Message(Message::new(id))
    }

    /// Add an argument to a [`CliError::Message`] (other kinds are returned unchanged).
    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Self {
        match self {
            CliError::Message(m) => CliError::Message(m.arg(name, value)),
            other => other,
        }
    }

    /// A file that could not be written or created, with the system's message.
    pub fn io(path: &std::path::Path, e: &std::io::Error) -> Self {
        CliError::msg("cli-io").arg("path", path.display().to_string()).arg("error", e.to_string())
    }

    /// A scenario file that could not be read.
    pub fn scenario_file(e: ScenarioFileError) -> Self {
        CliError::ScenarioFile(Box::new(e))
    }

    /// A scenario that could not be saved: the file and the system's message.
    pub fn saving(e: ScenarioFileError) -> Self {
        match e {
            ScenarioFileError::Io { path, message } => {
                CliError::msg("cli-io").arg("path", path.display().to_string()).arg("error", message)
            }
            other => CliError::scenario_file(other),
        }
    }

    /// The message in `lang`, without the `error:` prefix.
    pub fn render(&self, lang: Lang) -> String {
        use crate::locale::scenario;
        match self {
            CliError::Message(m) => {
                let mut m = m.clone();
                for (name, value) in &mut m.args {
                    if let (&mut "source", Arg::Text(file)) = (name, &mut *value) {
                        *file = crate::locale::source_name(file, lang);
                    }
                }
                m.render(lang)
            }
            CliError::Import(report) => crate::locale::validation::import_failed(report, lang),
            CliError::ScenarioFile(e) => {
                Message::new("cli-cannot-read-scenario").arg("error", scenario::file_error(e, lang)).render(lang)
            }
            CliError::Spec { source, errors } => {
                let source = crate::locale::source_name(source, lang);
                let head = Message::new("cli-scenario-does-not-fit").arg("source", source).render(lang);
                format!("{head}\n  {}", scenario::spec_errors(errors, "\n  ", lang))
            }
            CliError::Engine(e) => e.worded(lang),
        }
    }

    /// The whole line printed on stderr: `error: ...` / `错误：...`.
    pub fn line(&self, lang: Lang) -> String {
        Message::new("cli-error").arg("message", self.render(lang)).render(lang)
    }
}
