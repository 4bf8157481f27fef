//! Wording of sharded runs' errors: a bad `--shard` value ([`ShardError`]) and slices that
//! cannot be merged ([`MergeError`], one line per [`MergeProblem`]).

use crate::engine::shard::file::FORMAT_VERSION;
use crate::engine::shard::{MergeError, MergeProblem, ShardError};
use crate::locale::fluent::Message;
use crate::locale::{Lang, Worded};

impl Worded for ShardError {
    fn worded(&self, lang: Lang) -> String {
        match self {
            ShardError::Form(value) => Message::new("shard-form").arg("value", value),
            ShardError::OutOfRange { index, count } => {
                Message::new("shard-range").arg("index", index.to_string()).arg("count", count.to_string())
            }
        }
        .render(lang)
    }
}

impl Worded for MergeProblem {
    fn worded(&self, lang: Lang) -> String {
        use MergeProblem::*;
        match self {
            Unreadable { file, error } => Message::new("merge-unreadable").arg("file", file).arg("error", error),
            NotASlice { file, detail } => Message::new("merge-not-a-slice").arg("file", file).arg("detail", detail),
            FormatVersion { file, found } => Message::new("merge-format-version")
                .arg("file", file)
                .arg("found", found.to_string())
                .arg("supported", FORMAT_VERSION.to_string()),
            Mixed { file, command, first, first_command } => Message::new("merge-mixed")
                .arg("file", file)
                .arg("command", command.command())
                .arg("first", first)
                .arg("first_command", first_command.command()),
            Version { file, found, first, expected } => Message::new("merge-version")
                .arg("file", file)
                .arg("found", found)
                .arg("first", first)
                .arg("expected", expected),
            Seed { file, found, first, expected } => Message::new("merge-seed")
                .arg("file", file)
                .arg("found", found.to_string())
                .arg("first", first)
                .arg("expected", expected.to_string()),
            Data { file, first } => Message::new("merge-data").arg("file", file).arg("first", first),
            Settings { file, first } => Message::new("merge-settings").arg("file", file).arg("first", first),
            Count { file, found, first, expected } => Message::new("merge-count")
                .arg("file", file)
                .arg("found", found.to_string())
                .arg("first", first)
                .arg("expected", expected.to_string()),
            Inconsistent { file, shard } => {
                Message::new("merge-inconsistent").arg("file", file).arg("shard", shard.label())
            }
            Duplicate { shard, files } => {
                Message::new("merge-duplicate").arg("shard", shard.label()).arg("files", files.join(", "))
            }
            Missing { shard } => Message::new("merge-missing").arg("shard", shard.label()),
            DataChanged { data, first } => Message::new("merge-data-changed").arg("data", data).arg("first", first),
        }
        .render(lang)
    }
}

impl Worded for MergeError {
    fn worded(&self, lang: Lang) -> String {
        let head = Message::new("merge-problems").arg("count", self.problems.len()).render(lang);
        let lines: Vec<String> = self.problems.iter().map(|p| format!("\n  {}", p.worded(lang))).collect();
        format!("{head}{}", lines.concat())
    }
}

crate::english_display!(ShardError, MergeProblem, MergeError);
