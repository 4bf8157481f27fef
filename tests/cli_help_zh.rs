//! The command line's help follows `--lang` (issue 15): `carbon-dml --lang zh <sub> --help`
//! is Chinese for every subcommand, `--lang en` prints clap's English help byte for byte, and
//! every argument has its help in both `cli-help.ftl` files, the English one being the doc
//! comments word for word.
//!
//! `CARBON_DML_WRITE_HELP_FTL=1 cargo test --test headless cli_help_zh::` rewrites
//! `assets/locales/en/cli-help.ftl` from the doc comments (after a doc comment changed; the
//! Chinese file is then brought up to date by hand).

use carbon_dml::cli::Cli;
use carbon_dml::cli::help_zh::{english_entries, lang_in};
use carbon_dml::locale::Lang;
use carbon_dml::locale::fluent::{attribute, has, message};
use clap::CommandFactory;
use std::process::Command;

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Every subcommand's name, hidden ones included (clap's `help` takes no `--help`).
fn subcommands() -> Vec<String> {
    let mut cmd = Cli::command();
    cmd.build();
    cmd.get_subcommands().map(|s| s.get_name().to_string()).filter(|s| s != "help").collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A run of three English words (as `tests/wording` counts them) outside `code spans` and the
/// program's name.
fn english_run(line: &str) -> bool {
    let line = line.replace("Carbon DML Explorer", "");
    let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    prose
        .split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
        .any(|run| run.split_whitespace().filter(|w| w.len() > 2).count() >= 3)
}

#[test]
fn help_is_chinese_for_every_subcommand() {
    let mut bad = Vec::new();
    let mut runs: Vec<Vec<&str>> = vec![vec!["--lang", "zh", "--help"], vec!["--lang=zh", "-h"]];
    let subs = subcommands();
    for s in &subs {
        runs.push(vec!["--lang", "zh", s, "--help"]);
        runs.push(vec![s, "-h", "--lang", "chinese"]);
    }
    runs.push(vec!["--lang", "zh", "help", "run"]);
    runs.push(vec!["--lang", "zh", "help", "help"]);
    for args in &runs {
        let text = help(args);
        assert!(has_cjk(&text) && text.contains("用法："), "{args:?}:\n{text}");
        for line in text.lines() {
            if english_run(line) {
                bad.push(format!("{args:?}: {line}"));
            }
        }
        for english in ["Usage:", "Options:", "Commands:", "Arguments:", "Possible values", "[default", "Print "] {
            if text.contains(english) {
                bad.push(format!("{args:?}: {english}"));
            }
        }
    }
    assert!(bad.is_empty(), "English left in the Chinese help:\n{}", bad.join("\n"));
    let top = help(&["--lang", "zh", "--help"]);
    assert!(top.contains("命令：") && top.contains("参数：") && top.contains("显示帮助"), "{top}");
    let run = help(&["--lang", "zh", "run", "--help"]);
    assert!(run.contains("可选值：") && run.contains("[默认："), "{run}");
}

#[test]
fn english_help_is_clap_s_own() {
    let mut runs: Vec<Vec<String>> = vec![vec!["--help".into()], vec!["-h".into()]];
    for s in subcommands() {
        runs.push(vec![s.clone(), "--help".into()]);
        runs.push(vec![s, "-h".into()]);
    }
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let plain = help(&args);
        assert!(plain.contains("Usage:") && plain.contains("Print help"), "{args:?}");
        for lang in [&["--lang", "en"][..], &["--lang=english"][..]] {
            let en = help(&[lang, &args].concat());
            assert_eq!(en, plain, "{lang:?} {args:?}");
        }
    }
}

#[test]
fn lang_is_read_before_clap_parses() {
    let os = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
    assert_eq!(lang_in(&os(&["carbon-dml", "--lang", "zh", "run"])), Lang::Zh);
    assert_eq!(lang_in(&os(&["carbon-dml", "run", "--lang=zh-CN"])), Lang::Zh);
    assert_eq!(lang_in(&os(&["carbon-dml", "--lang", "cn", "--lang", "en"])), Lang::En);
    assert_eq!(lang_in(&os(&["carbon-dml", "--table-lang", "zh"])), Lang::En);
    assert_eq!(lang_in(&os(&["carbon-dml", "--", "--lang", "zh"])), Lang::En);
    assert_eq!(lang_in(&os(&["carbon-dml", "--lang", "klingon"])), Lang::En);
}

/// A help text as a Fluent pattern: braces and the characters Fluent reads at the start of a
/// line (`[`, `*`, `.`, spaces) as string literals.
fn fluent_pattern(text: &str) -> String {
    let line = |l: &str| {
        let escaped = l.replace('{', "\u{0}").replace('}', "{\"}\"}").replace('\u{0}', "{\"{\"}");
        let indent = escaped.len() - escaped.trim_start().len();
        let (lead, rest) = escaped.split_at(indent);
        let lead = if lead.is_empty() { String::new() } else { format!("{{\"{lead}\"}}") };
        match rest.chars().next() {
            Some(c @ ('[' | '*' | '.')) if lead.is_empty() => format!("{{\"{c}\"}}{}", &rest[1..]),
            _ => format!("{lead}{rest}"),
        }
    };
    let lines: Vec<String> = text.lines().map(line).collect();
    if lines.len() == 1 {
        format!(" {}", lines[0])
    } else {
        lines.iter().map(|l| if l.is_empty() { "\n".to_string() } else { format!("\n    {l}") }).collect()
    }
}

/// clap's own texts and the headings, after the doc comments in the English file.
const CLAP_TEXTS: &str = "
## clap's own texts and headings

help-builtin-help = Print help
help-builtin-more = Print help (see more with '--help')
help-builtin-summary = Print help (see a summary with '-h')
help-builtin-version = Print version
help-builtin-subcommand = Print this message or the help of the given subcommand(s)
help-heading-usage = Usage:{\" \"}
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-heading-possible-values = Possible values:
help-spec-default = [default: { $value }]
help-spec-possible = [possible values: { $value }]
";

fn english_file() -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = String::from(
        "# The command line's help (`carbon-dml --help`, `carbon-dml <subcommand> --help`), shown under\n\
         # `--lang zh` (src/cli/help_zh.rs). English is clap's help from the doc comments, word for\n\
         # word: `CARBON_DML_WRITE_HELP_FTL=1 cargo test --test headless cli_help_zh::` writes this file.\n\
         # `help-<subcommand>` is a subcommand's about, `help-<subcommand>-<arg>` an argument's help;\n\
         # `.long` is the long form (`--help`), `.pv-<value>` the help of a possible value.\n",
    );
    let mut last = String::new();
    for e in english_entries(&cmd) {
        let (id, text) = (e.id, e.text);
        match e.attr {
            None => {
                let section = e.command.unwrap_or_else(|| "top".to_string());
                if section != last {
                    out.push_str(&format!("\n## {section}\n\n"));
                    last = section;
                }
                out.push_str(&format!("{id} ={}\n", fluent_pattern(&text)));
            }
            Some(attr) => {
                out.push_str(&format!("    .{attr} ={}\n", fluent_pattern(&text).replace("\n    ", "\n        ")))
            }
        }
    }
    out.push_str(CLAP_TEXTS);
    out
}

#[test]
fn the_english_file_is_the_doc_comments() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/en/cli-help.ftl");
    let expected = english_file();
    if std::env::var_os("CARBON_DML_WRITE_HELP_FTL").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let file = std::fs::read_to_string(path).unwrap();
    assert!(
        file == expected,
        "assets/locales/en/cli-help.ftl is not the doc comments: run CARBON_DML_WRITE_HELP_FTL=1 cargo test --test headless cli_help_zh::"
    );
}

/// Every about, every argument's help and every possible value's help has its message in both
/// languages, and the English message renders to clap's text exactly.
#[test]
fn every_argument_has_its_help_in_both_languages() {
    let mut cmd = Cli::command();
    cmd.build();
    let entries = english_entries(&cmd);
    assert!(entries.len() > 100, "{} entries", entries.len());
    let mut bad = Vec::new();
    for carbon_dml::cli::help_zh::Entry { id, attr, text, .. } in &entries {
        for lang in [Lang::En, Lang::Zh] {
            let got = match attr {
                None => has(lang, id).then(|| message(lang, id, None)),
                Some(a) => attribute(lang, id, a, None),
            };
            match got {
                None => bad.push(format!("{}: {id} {attr:?} missing", lang.code())),
                Some(got) if lang == Lang::En && got != *text => {
                    bad.push(format!("en: {id} {attr:?}: {got:?} is not {text:?}"))
                }
                Some(got) if lang == Lang::Zh && (!has_cjk(&got) && got.chars().any(|c| c.is_ascii_lowercase())) => {
                    bad.push(format!("zh: {id} {attr:?} is not Chinese: {got:?}"))
                }
                _ => {}
            }
        }
    }
    assert!(bad.is_empty(), "help texts not in assets/locales/*/cli-help.ftl:\n{}", bad.join("\n"));
}

/// The translated command parses exactly as clap's own: the same arguments, and the same
/// (English) usage errors.
#[test]
fn chinese_help_parses_like_clap_s_own() {
    use carbon_dml::cli::help_zh::try_parse;
    use clap::Parser;
    let cases: [&[&str]; 6] = [
        &["carbon-dml", "--lang", "zh", "run", "--model", "pliv", "--x", "a,b", "--folds", "3", "s.ron"],
        &["carbon-dml", "--lang=zh", "panel.csv", "--window-size", "1920x1080"],
        &["carbon-dml", "--lang", "zh", "map", "--var", "gdp", "--png", "a.png", "--at-year", "2011,2022"],
        &["carbon-dml", "--lang", "zh", "--table-lang", "en", "simulate", "--reps", "5"],
        &["carbon-dml", "--lang", "zh", "run", "--fe", "nonsense"],
        &["carbon-dml", "--lang", "zh", "zonal", "--stat", "sum"],
    ];
    for args in cases {
        let argv: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        let en = Cli::try_parse_from(args).map(|c| format!("{c:?}")).map_err(|e| e.to_string());
        let zh = try_parse(argv, Lang::Zh).map(|c| format!("{c:?}")).map_err(|e| e.to_string());
        assert_eq!(en, zh, "{args:?}");
    }
}
