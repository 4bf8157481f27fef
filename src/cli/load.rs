//! Loading the data a subcommand works on (file or bundled sample), with messages, and with
//! the study's derived variables (DCP, CEE, CIWB, ISU, K, TFEE, ...) added: all of them, or
//! only those the columns a subcommand reads need ([`load_needing`]).

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::{Imported, import_bytes, import_path, sample};
use crate::engine::measures::{DerivedStatus, DerivedVar, MeasureSpec, add_derived_only, needed_derived};
use crate::locale::Lang;
use crate::locale::Worded;
use crate::locale::fluent::Message;
use std::collections::BTreeSet;

/// Load the panel named by `--data` (or the bundled sample). An error keeps the whole
/// validation report, worded by the printer in the language of `--lang`. The derived variables of the default [`MeasureSpec`] are
/// added whenever their inputs are present; a derived variable whose inputs are present but
/// whose computation fails is reported on stderr (the command goes on without it).
pub fn load(args: &DataArgs, lang: Lang) -> Result<Imported, CliError> {
    load_with(args, &MeasureSpec::default(), lang)
}

/// As [`load`], with the derived variables built by `measures` (a scenario's settings); the
/// warnings are worded in `lang` (the engine's reasons inside them stay English).
pub fn load_with(args: &DataArgs, measures: &MeasureSpec, lang: Lang) -> Result<Imported, CliError> {
    load_only(args, measures, lang, &DerivedVar::ALL.into_iter().collect())
}

/// As [`load_with`], adding only the derived variables that `columns` need (transitively: TFEE
/// brings the capital stock), so that a command that reads DCP and CEE never waits for TFEE.
/// Only their failures are reported.
pub fn load_needing<S: AsRef<str>>(
    args: &DataArgs,
    measures: &MeasureSpec,
    lang: Lang,
    columns: &[S],
) -> Result<Imported, CliError> {
    load_only(args, measures, lang, &needed_derived(measures, columns))
}

/// As [`load_with`], adding only the derived variables in `only`.
pub fn load_only(
    args: &DataArgs,
    measures: &MeasureSpec,
    lang: Lang,
    only: &BTreeSet<DerivedVar>,
) -> Result<Imported, CliError> {
    let opts = args.import_options();
    let result = match &args.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let mut imported = result.map_err(|r| CliError::Import(Box::new(r)))?;
    let report = add_derived_only(&mut imported.panel, measures, None, only);
    for e in &report.entries {
        match &e.status {
            DerivedStatus::Failed { reason } => {
                let m =
                    Message::new("cli-derived-failed").arg("name", e.name.as_str()).arg("reason", reason.worded(lang));
                eprintln!("{}", m.render(lang));
            }
            // A derived variable without a single value (every ratio overflowed, say): say
            // why here, or the model only finds the column empty.
            DerivedStatus::Computed { notes }
                if !notes.is_empty()
                    && imported.panel.numeric(&e.name).is_some_and(|v| !v.iter().any(|x| x.is_finite())) =>
            {
                let m = Message::new("cli-derived-empty")
                    .arg("name", e.name.as_str())
                    .arg("notes", crate::locale::worded_list(notes, "; ", lang));
                eprintln!("{}", m.render(lang));
            }
            _ => {}
        }
    }
    Ok(imported)
}
