//! Loading the data a subcommand works on (file or bundled sample), with messages, and with
//! the study's derived variables (DCP, CEE, CIWB, ISU, K, TFEE, ...) added.

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::{Imported, import_bytes, import_path, sample};
use crate::engine::measures::{DerivedStatus, MeasureSpec, add_derived};

/// Load the panel named by `--data` (or the bundled sample). Errors become one message with
/// the whole validation report. The derived variables of the default [`MeasureSpec`] are
/// added whenever their inputs are present; a derived variable whose inputs are present but
/// whose computation fails is reported on stderr (the command goes on without it).
pub fn load(args: &DataArgs) -> Result<Imported, CliError> {
    load_with(args, &MeasureSpec::default())
}

/// As [`load`], with the derived variables built by `measures` (a scenario's settings).
pub fn load_with(args: &DataArgs, measures: &MeasureSpec) -> Result<Imported, CliError> {
    let opts = args.import_options();
    let result = match &args.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    let mut imported = result.map_err(|report| CliError(format!("the data could not be imported:\n{report}")))?;
    let report = add_derived(&mut imported.panel, measures);
    for e in &report.entries {
        if let DerivedStatus::Failed { reason } = &e.status {
            eprintln!("warning: derived variable {} not computed: {reason}", e.name);
        }
    }
    Ok(imported)
}
