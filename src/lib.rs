//! Carbon DML Explorer: take apart and rebuild a double-machine-learning study of whether
//! computing-power development raises carbon economic efficiency in China's provinces.
//!
//! Three layers: [`engine`] (data, measures, learners, estimation, maps, reports; no GUI),
//! [`gui`] (the eframe window) and [`cli`] (headless subcommands over the same engine); [`locale`] words
//! the engine's typed findings in English and Chinese for both.
#![deny(missing_docs)]

pub mod cli;
pub mod engine;
pub mod fuzzing;
pub mod gui;
pub mod locale;
