//! The command line: subcommands that run the engine headless and print text or JSON.
//!
//! Errors go to stderr with exit code 1; results go to stdout.

pub mod args;
mod bench;
pub mod breaks;
mod check;
mod columns;
pub mod console;
mod describe;
mod error;
pub mod help_zh;
pub mod index;
mod load;
pub mod map;
pub mod merge;
pub mod moran;
mod output;
pub mod report;
pub mod run;
mod sample_data;
mod shard;
pub mod simulate;
pub mod tfee;
pub mod usage_zh;
pub mod zonal;

use crate::locale::Lang;
pub use args::{Cli, Command};
pub use error::CliError;
use std::process::ExitCode;

/// The languages of a headless run: messages and tables (`--lang`, `--table-lang`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Langs {
    /// Messages (and maps).
    pub text: Lang,
    /// Result tables and report files.
    pub tables: Lang,
}

impl Langs {
    /// From `--lang` and `--table-lang` (the tables follow `--lang` unless told otherwise).
    pub fn parse(lang: Option<&str>, table_lang: Option<&str>) -> Result<Langs, CliError> {
        let one = |s: &str| Lang::parse(s).ok_or_else(|| CliError::msg("cli-lang-unknown").arg("lang", s));
        let text = lang.map(one).transpose()?.unwrap_or_default();
        let tables = table_lang.map(one).transpose()?.unwrap_or(text);
        Ok(Langs { text, tables })
    }
}

/// Run a headless subcommand.
pub fn run(command: Command, langs: Langs) -> ExitCode {
    let result = match command {
        Command::Check(a) => check::run(&a, langs.text),
        Command::SampleData(a) => sample_data::run(&a, langs.text),
        Command::Describe(a) => describe::run(&a, langs.text),
        Command::Bench(a) => bench::run(&a),
        Command::BenchChild(a) => bench::child(&a),
        Command::Breaks(a) => breaks::run(&a, langs.text),
        Command::Map(a) => map::run(&a, langs.text),
        Command::Moran(a) => moran::run(&a, langs.text),
        Command::Index(a) => index::run(&a, langs.text),
        Command::Tfee(a) => tfee::run(&a, langs.text),
        Command::Run(a) => run::run(&a, langs),
        Command::Report(a) => report::run(&a, langs),
        Command::Simulate(a) => simulate::run(&a, langs.text),
        Command::Merge(a) => merge::run(&a, langs),
        Command::Zonal(a) => zonal::run(&a, langs.text),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", e.line(langs.text));
            ExitCode::FAILURE
        }
    }
}
