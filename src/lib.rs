//! Carbon DML Explorer: take apart and rebuild a double-machine-learning study of whether
//! computing-power development raises carbon economic efficiency in China's provinces.
//!
//! Three layers: [`engine`] (data, measures, learners, estimation, maps, reports; no GUI),
//! [`gui`] (the eframe window) and [`cli`] (headless subcommands over the same engine).
#![deny(missing_docs)]

pub mod cli;
pub mod engine;
pub mod fuzzing;
pub mod gui;
