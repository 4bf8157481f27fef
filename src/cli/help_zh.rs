//! The command line's help in the reader's language: `carbon-dml --lang zh run --help` prints
//! Chinese.
//!
//! clap prints help while it parses, before `--lang` is known, so `main` reads `--lang` first
//! ([`lang_in`]). In English the program parses with clap's own command, built from the doc
//! comments, unchanged. In another language [`command`] builds that command, then walks it:
//! every subcommand's about, every argument's help (flattened and global ones included), the
//! help of each possible value, clap's own `--help` / `--version` / `help`, and the headings
//! (`Usage`, `Options`, ...) come from `assets/locales/<lang>/cli-help.ftl`.
//!
//! Message ids: `help-top` (the program's about) and `help-top-<arg>` for its arguments;
//! `help-<subcommand>` and `help-<subcommand>-<arg>` (underscores as dashes); a `.long`
//! attribute holds the long form (`--help`), a `.pv-<value>` attribute a possible value's help;
//! `help-builtin-*` clap's own texts, `help-heading-*` and `help-spec-*` the headings and the
//! `[default: ...]` notes. The English file is the doc comments word for word
//! ([`english_entries`] writes it; `tests/cli_help_zh.rs` keeps it so).

use super::Cli;
use crate::locale::Lang;
use crate::locale::fluent::{attribute, has, message};
use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, Parser};
use fluent_bundle::FluentArgs;
use std::ffi::OsString;

/// The language `--lang` (or `--lang=`) names in `args` (the program's name first), read before
/// clap parses; the last one wins, as with clap. English when none is given or known.
pub fn lang_in(args: &[OsString]) -> Lang {
    let mut lang = Lang::En;
    let mut rest = args.iter().skip(1);
    while let Some(a) = rest.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        let value = if a == "--lang" {
            rest.next().map(|v| v.to_string_lossy().into_owned())
        } else {
            a.strip_prefix("--lang=").map(str::to_string)
        };
        if let Some(l) = value.as_deref().and_then(Lang::parse) {
            lang = l;
        }
    }
    lang
}

/// Parse `args` (the program's name first) with help in `lang`: clap's own parser for English,
/// the translated [`command`] otherwise. Errors are clap's, as `Cli::try_parse` returns them.
pub fn try_parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, clap::Error> {
    if lang == Lang::En {
        return Cli::try_parse_from(args);
    }
    // clap names the program after the file it was run as; a built command needs it given.
    let bin = args.first().and_then(|a| std::path::Path::new(a).file_name()).and_then(|f| f.to_str());
    let mut cmd = command(lang, bin);
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// The clap command of [`Cli`], built, with every help text in `lang` (English: clap's own).
/// `bin` is the program's name as run (clap's `Usage:` line).
pub fn command(lang: Lang, bin: Option<&str>) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    if let Some(bin) = bin {
        cmd = cmd.bin_name(bin);
    }
    // Built, so clap's own `--help`, `--version` and `help` exist and can be worded too.
    cmd.build();
    translate(cmd, Some("help-top"), lang)
}

/// The id of a subcommand's messages.
fn command_key(name: &str) -> String {
    format!("help-{name}")
}

/// The id of an argument's message in the command whose id is `key`.
fn arg_key(key: &str, arg: &Arg) -> String {
    match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => builtin("help"),
        ArgAction::Version => builtin("version"),
        _ if arg.is_global_set() => format!("help-top-{}", arg.get_id().as_str().replace('_', "-")),
        _ => format!("{key}-{}", arg.get_id().as_str().replace('_', "-")),
    }
}

/// The id of one of clap's own texts (`--help`, `--version`, the `help` subcommand).
fn builtin(name: &str) -> String {
    format!("help-builtin-{name}")
}

/// True for the ids of clap's own texts.
fn is_builtin(id: &str) -> bool {
    id.starts_with(&builtin(""))
}

/// True when clap gives this (built) command a long help (`--help` differs from `-h`): its
/// `--help` flag then has a long text of its own.
fn has_long_help(cmd: &Command) -> bool {
    cmd.get_arguments().any(|a| matches!(a.get_action(), ArgAction::Help) && a.get_long_help().is_some())
}

fn text(lang: Lang, id: &str, attr: Option<&str>) -> Option<String> {
    match attr {
        None => has(lang, id).then(|| message(lang, id, None)),
        Some(attr) => attribute(lang, id, attr, None),
    }
}

fn heading(lang: Lang, name: &str) -> String {
    message(lang, &format!("help-heading-{name}"), None)
}

/// The possible values' attribute name (`.pv-<value>`).
fn pv_attr(pv: &PossibleValue) -> String {
    format!("pv-{}", pv.get_name())
}

/// `cmd` (built) with its texts in `lang`: `key` is its id, `None` for clap's `help` subcommand.
fn translate(mut cmd: Command, key: Option<&str>, lang: Lang) -> Command {
    let (about, long_about) = match key {
        None => (text(lang, &builtin("subcommand"), None), None),
        Some(key) => (text(lang, key, None), text(lang, key, Some("long"))),
    };
    if let Some(t) = about {
        cmd = cmd.about(t);
    }
    if let Some(t) = long_about.filter(|_| cmd.get_long_about().is_some()) {
        cmd = cmd.long_about(t);
    }
    let long = has_long_help(&cmd);
    let arg_prefix = key.unwrap_or_default();
    cmd = cmd.mut_args(|a| translate_arg(a, arg_prefix, long, lang));
    cmd = cmd.mut_subcommands(|s| {
        let name = s.get_name().to_string();
        let sub_key = (name != "help").then(|| command_key(&name));
        if key.is_none() {
            // The help tree's copies: only their names and abouts are shown.
            let about = match &sub_key {
                Some(k) => text(lang, k, None),
                None => text(lang, &builtin("subcommand"), None),
            };
            return match about {
                Some(t) => s.about(t),
                None => s,
            };
        }
        translate(s, sub_key.as_deref(), lang)
    });
    let template = template(&cmd, lang);
    cmd.help_template(template)
}

fn translate_arg(a: Arg, key: &str, long_cmd: bool, lang: Lang) -> Arg {
    let id = arg_key(key, &a);
    let (mut short, mut long) = if id == builtin("help") && long_cmd {
        (text(lang, &builtin("more"), None), text(lang, &builtin("summary"), None))
    } else {
        (text(lang, &id, None), text(lang, &id, Some("long")).filter(|_| a.get_long_help().is_some()))
    };
    if short.is_none() && long.is_none() {
        return a;
    }
    // clap's notes after the help, worded here and hidden from clap.
    let mut specs = Vec::new();
    let takes_value = a.get_action().takes_values();
    if takes_value && !a.is_hide_default_value_set() && !a.get_default_values().is_empty() {
        let value: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        specs.push(spec(lang, "default", &value.join(" ")));
    }
    let values: Vec<PossibleValue> = if a.is_hide_possible_values_set() {
        Vec::new()
    } else {
        a.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect()
    };
    let listed = long_cmd && values.iter().any(|v| v.get_help().is_some());
    let names: Vec<String> = values.iter().map(|v| quoted(v.get_name())).collect();
    let short_specs = {
        let mut s = specs.clone();
        if !names.is_empty() {
            s.push(spec(lang, "possible", &names.join(", ")));
        }
        s
    };
    if !listed && !names.is_empty() {
        specs.push(spec(lang, "possible", &names.join(", ")));
    }
    if let Some(s) = short.as_mut().filter(|_| !short_specs.is_empty()) {
        s.push(' ');
        s.push_str(&short_specs.join(" "));
    }
    if long_cmd && (listed || !specs.is_empty() || long.is_some()) {
        let mut l = long.or_else(|| text(lang, &id, None)).unwrap_or_default();
        if listed {
            let width = values.iter().map(|v| v.get_name().chars().count()).max().unwrap_or(0);
            l.push_str("\n\n");
            l.push_str(&heading(lang, "possible-values"));
            for v in &values {
                let help = attribute(lang, &id, &pv_attr(v), None)
                    .or_else(|| v.get_help().map(|h| h.to_string()))
                    .unwrap_or_default();
                let pad = width - v.get_name().chars().count();
                l.push_str(&format!("\n- {}: {:pad$}{help}", v.get_name(), ""));
            }
        }
        if !specs.is_empty() {
            l.push_str("\n\n");
            l.push_str(&specs.join("\n"));
        }
        long = Some(l);
    }
    let mut a = a.hide_default_value(true).hide_possible_values(true);
    if let Some(s) = short {
        a = a.help(s);
    }
    if let Some(l) = long {
        a = a.long_help(l);
    }
    a
}

fn spec(lang: Lang, name: &str, value: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("value", value.to_string());
    message(lang, &format!("help-spec-{name}"), Some(&args))
}

/// A possible value as clap lists it: quoted when it holds a space.
fn quoted(name: &str) -> String {
    if name.contains(char::is_whitespace) { format!("{name:?}") } else { name.to_string() }
}

/// clap's help layout with the headings in `lang` (clap's own headings are English words).
fn template(cmd: &Command, lang: Lang) -> String {
    let positionals = cmd.get_positionals().any(|a| !a.is_hide_set());
    let options = cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set());
    let commands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let mut t = format!("{{before-help}}{{about-with-newline}}\n{}{{usage}}", heading(lang, "usage"));
    if positionals || options || commands {
        let mut sections = Vec::new();
        for (shown, name, tag) in [
            (commands, "commands", "subcommands"),
            (positionals, "arguments", "positionals"),
            (options, "options", "options"),
        ] {
            if shown {
                sections.push(format!("{}\n{{{tag}}}", heading(lang, name)));
            }
        }
        t.push_str("\n\n");
        t.push_str(&sections.join("\n\n"));
    }
    t.push_str("{after-help}");
    t
}

/// One English help text of the command line, as clap prints it from the doc comments.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The subcommand it belongs to (`None`: the program itself).
    pub command: Option<String>,
    /// The message id.
    pub id: String,
    /// The attribute (`long`, `pv-<value>`), `None` for the message's value.
    pub attr: Option<String>,
    /// clap's text.
    pub text: String,
}

/// Every help text of `cmd` (built: [`Cli::command`] after `build()`) with its message id, in
/// English: what `assets/locales/en/cli-help.ftl` holds. clap's own texts and headings are not
/// included.
pub fn english_entries(cmd: &Command) -> Vec<Entry> {
    let mut out = Vec::new();
    walk(cmd, None, &mut out);
    out
}

fn walk(cmd: &Command, name: Option<&str>, out: &mut Vec<Entry>) {
    let key = name.map_or_else(|| "help-top".to_string(), command_key);
    let key = key.as_str();
    let mut push = |id: &str, attr: Option<String>, text: String| {
        out.push(Entry { command: name.map(str::to_string), id: id.to_string(), attr, text })
    };
    if let Some(a) = cmd.get_about() {
        push(key, None, a.to_string());
    }
    if let Some(a) = cmd.get_long_about() {
        push(key, Some("long".into()), a.to_string());
    }
    for a in cmd.get_arguments() {
        let id = arg_key(key, a);
        if is_builtin(&id) || (a.is_global_set() && key != "help-top") {
            continue;
        }
        if let Some(h) = a.get_help() {
            push(&id, None, h.to_string());
        }
        if let Some(h) = a.get_long_help() {
            push(&id, Some("long".into()), h.to_string());
        }
        for v in a.get_possible_values() {
            if let Some(h) = v.get_help() {
                push(&id, Some(pv_attr(&v)), h.to_string());
            }
        }
    }
    for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        walk(s, Some(s.get_name()), out);
    }
}
