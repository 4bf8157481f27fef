//! `carbon-dml`: no arguments opens the window; a subcommand runs the engine headless; a file
//! argument opens the window with that scenario or data file loaded.
// On Windows the program is a GUI-subsystem executable, so double-clicking it opens no console
// window; subcommands typed in a terminal attach to the terminal's console (see cli::console).
#![cfg_attr(windows, windows_subsystem = "windows")]

use carbon_dml::cli::{self, Cli};
use carbon_dml::gui::{self, LaunchOptions};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    cli::console::attach_parent_console();
    // Usage errors exit with 1 like every other failure; help and version exit with 0. Help
    // follows `--lang`, so it is read before clap parses.
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = cli::help_zh::lang_in(&argv);
    let parsed = if help_lang == carbon_dml::locale::Lang::En {
        Cli::try_parse()
    } else {
        cli::help_zh::try_parse(argv, help_lang)
    };
    let args = match parsed {
        Ok(args) => args,
        Err(e) => {
            let code = if e.use_stderr() { ExitCode::FAILURE } else { ExitCode::SUCCESS };
            // A usage error in Chinese under `--lang zh`; help, version and English as clap prints them.
            match cli::usage_zh::render(&e, help_lang).filter(|_| e.use_stderr()) {
                Some(text) => eprint!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
            return code;
        }
    };
    match args.command {
        Some(command) => match cli::Langs::parse(args.lang.as_deref(), args.table_lang.as_deref()) {
            Ok(langs) => cli::run(command, langs),
            // In the language of `--lang` when that one is known (`--table-lang` failed).
            Err(e) => {
                let lang = args.lang.as_deref().and_then(carbon_dml::locale::Lang::parse).unwrap_or_default();
                eprintln!("{}", e.line(lang));
                ExitCode::FAILURE
            }
        },
        None => gui::run(LaunchOptions {
            screenshot: args.screenshot,
            view: args.view,
            lang: args.lang,
            open: args.file,
            presentation: args.presentation,
            tour: args.tour,
            window_size: args.window_size,
        }),
    }
}
