//! Loading the data a subcommand works on (file or bundled sample), with messages, and with
//! the study's derived variables (DCP, CEE, CIWB, ISU, K, TFEE, ...) added.

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::{Imported, import_bytes, import_path, sample};
use crate::engine::measures::{DerivedStatus, MeasureSpec, add_derived};
use crate::locale::Lang;
use crate::locale::validation::import_failed;

/// Load the panel named by `--data` (or the bundled sample). Errors become one message with
/// the whole validation report. The derived variables of the default [`MeasureSpec`] are
/// added whenever their inputs are present; a derived variable whose inputs are present but
/// whose computation fails is reported on stderr (the command goes on without it).
pub fn load(args: &DataArgs) -> Result<Imported, CliError> {
    load_with(args, &MeasureSpec::default(), Lang::En)
}

/// As [`load`], with the derived variables built by `measures` (a scenario's settings) and
/// the validation report worded in `lang`.
pub fn load_with(args: &DataArgs, measures: &MeasureSpec, lang: Lang) -> Result<Imported, CliError> {
    let opts = args.import_options();
    let result = match &args.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let mut imported = result.map_err(|report| CliError(import_failed(&report, lang)))?;
    let report = add_derived(&mut imported.panel, measures);
    for e in &report.entries {
        match &e.status {
            DerivedStatus::Failed { reason } => {
                eprintln!("warning: derived variable {} not computed: {reason}", e.name);
            }
            // A derived variable without a single value (every ratio overflowed, say): say
            // why here, or the model only finds the column empty.
            DerivedStatus::Computed { notes }
                if !notes.is_empty()
                    && imported.panel.numeric(&e.name).is_some_and(|v| !v.iter().any(|x| x.is_finite())) =>
            {
                eprintln!("warning: derived variable {} has no value: {}", e.name, notes.join("; "));
            }
            _ => {}
        }
    }
    Ok(imported)
}
