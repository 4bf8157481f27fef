//! Loading the data a subcommand works on (file or bundled sample), with messages, and with
//! the study's derived variables (DCP, CEE, CIWB, ISU, K, TFEE, ...) added.

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::{Imported, import_bytes, import_path, sample};
use crate::engine::measures::{DerivedStatus, MeasureSpec, add_derived_except};
use crate::locale::Lang;
use crate::locale::Worded;
use crate::locale::fluent::Message;

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
    load_except(args, measures, lang, &[])
}

/// As [`load_with`], without the derived variables named in `skip` (see
/// [`crate::engine::measures::add_derived_except`]).
pub fn load_except(args: &DataArgs, measures: &MeasureSpec, lang: Lang, skip: &[&str]) -> Result<Imported, CliError> {
    let opts = args.import_options();
    let result = match &args.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let mut imported = result.map_err(|r| CliError::Import(Box::new(r)))?;
    let report = add_derived_except(&mut imported.panel, measures, None, skip);
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
