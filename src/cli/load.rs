//! Loading the data a subcommand works on (file or bundled sample), with messages.

use super::CliError;
use super::args::DataArgs;
use crate::engine::data::{Imported, import_bytes, import_path, sample};

/// Load the panel named by `--data` (or the bundled sample). Errors become one message with
/// the whole validation report.
pub fn load(args: &DataArgs) -> Result<Imported, CliError> {
    let opts = args.import_options();
    let result = match &args.data {
        Some(path) => import_path(path, &opts),
        None => import_bytes(sample::BUNDLED_CSV.as_bytes(), sample::BUNDLED_NAME, &opts),
    };
    result.map_err(|report| CliError(format!("the data could not be imported:\n{report}")))
}
