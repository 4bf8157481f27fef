//! `carbon-dml`: no arguments opens the window; a subcommand runs the engine headless.

use carbon_dml::cli::{self, Cli};
use carbon_dml::gui::{self, LaunchOptions};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => gui::run(LaunchOptions { screenshot: args.screenshot, view: args.view, lang: args.lang }),
    }
}
