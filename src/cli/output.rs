//! Writing a command's result to stdout: one write, and a closed pipe (`| head`) is not an error.

use super::CliError;
use std::io::Write as _;

/// Write `text` to stdout. A reader that stops early (broken pipe) ends the output quietly.
pub fn emit(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::msg("cli-write-output").arg("error", e.to_string()))
        }
        _ => Ok(()),
    }
}
