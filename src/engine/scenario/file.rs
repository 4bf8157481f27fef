//! Reading and writing scenario files (RON), with messages that point at the line and field.
//!
//! Loading first reads only `version`: a file without it is refused (the one field a file must
//! have), a file from a newer program is refused with both versions named, and a file from an
//! older version is migrated step by step ([`migrate`]) before it is read. Fields added since a
//! file was written take their defaults; unknown fields are an error naming the field, its
//! line and column, the fields allowed there, and the closest one.

use super::Scenario;
use crate::engine::data::registry::edit_distance;
use std::path::{Path, PathBuf};

/// The scenario format this program writes.
pub const CURRENT_VERSION: u32 = 1;

/// Why a scenario file could not be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScenarioFileError {
    /// The file could not be read or written.
    #[error("{}: {message}", path.display())]
    Io {
        /// File.
        path: PathBuf,
        /// System message.
        message: String,
    },
    /// The text is not a valid scenario.
    #[error("{}, line {line}, column {col}: {message}", path.display())]
    Parse {
        /// File.
        path: PathBuf,
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        col: usize,
        /// What is wrong and what to do (boxed: the error stays small to return).
        message: Box<ParseProblem>,
    },
    /// No `version` field.
    #[error("{}: missing field `version`; add `version: {CURRENT_VERSION},` after the opening parenthesis", path.display())]
    MissingVersion {
        /// File.
        path: PathBuf,
    },
    /// Written by a newer program.
    #[error("{}: scenario version {found} was written by a newer Carbon DML Explorer (this one reads up to {CURRENT_VERSION}); update the program", path.display())]
    NewerVersion {
        /// File.
        path: PathBuf,
        /// Version in the file.
        found: u32,
    },
}

/// What is wrong at a place in a scenario file.
#[derive(Debug, Clone, PartialEq)]
pub enum ParseProblem {
    /// A field the format does not have.
    UnknownField {
        /// The field as written.
        found: String,
        /// The enclosing struct or variant, if known.
        outer: Option<String>,
        /// The fields allowed there.
        expected: Vec<String>,
        /// The allowed field closest to `found`, if close enough to suggest.
        closest: Option<String>,
    },
    /// A required field is absent.
    MissingField {
        /// The field.
        field: String,
        /// The enclosing struct or variant, if known.
        outer: Option<String>,
    },
    /// Any other syntax or type error: RON's own (English) message.
    Other(String),
}

impl std::fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let within = |o: &Option<String>| o.as_ref().map(|o| format!(" in {o}")).unwrap_or_default();
        match self {
            ParseProblem::UnknownField { found, outer, expected, closest } => {
                write!(f, "unknown field `{found}`{}; allowed: {}.", within(outer), expected.join(", "))?;
                match closest {
                    Some(c) => write!(f, " Did you mean `{c}`?"),
                    None => Ok(()),
                }
            }
            ParseProblem::MissingField { field, outer } => {
                write!(f, "missing field `{field}`{}: add it", within(outer))
            }
            ParseProblem::Other(m) => f.write_str(m),
        }
    }
}

/// Reads `version` and ignores every other field (0 = absent: versions start at 1).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct VersionOnly {
    version: u32,
}

/// Migrate the text of a version-`from` file to the current version. There are no older
/// formats yet (version 1 is the first); each future format change adds one step here so
/// that every older file keeps loading.
pub fn migrate(text: String, from: u32) -> String {
    // Future steps, applied in order: `if from < 2 { text = v1_to_v2(&text) }`, ...
    debug_assert!(from <= CURRENT_VERSION);
    text
}

fn parse_error(path: &Path, e: &ron::error::SpannedError) -> ScenarioFileError {
    let message = match &e.code {
        ron::Error::NoSuchStructField { expected, found, outer } => {
            let closest = expected.iter().min_by_key(|c| edit_distance(c, found)).copied();
            ParseProblem::UnknownField {
                found: found.to_string(),
                outer: outer.as_ref().map(|o| o.to_string()),
                expected: expected.iter().map(|c| c.to_string()).collect(),
                closest: closest.filter(|c| edit_distance(c, found) <= 3).map(str::to_string),
            }
        }
        ron::Error::MissingStructField { field, outer } => {
            ParseProblem::MissingField { field: field.to_string(), outer: outer.as_ref().map(|o| o.to_string()) }
        }
        other => ParseProblem::Other(other.to_string()),
    };
    ScenarioFileError::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: Box::new(message),
    }
}

/// Parse scenario text (`path` is used in messages).
pub fn from_str(text: &str, path: &Path) -> Result<Scenario, ScenarioFileError> {
    let head: VersionOnly = ron::from_str(text).map_err(|e| parse_error(path, &e))?;
    let version = head.version;
    if version == 0 {
        return Err(ScenarioFileError::MissingVersion { path: path.to_path_buf() });
    }
    if version > CURRENT_VERSION {
        return Err(ScenarioFileError::NewerVersion { path: path.to_path_buf(), found: version });
    }
    let text = if version < CURRENT_VERSION { migrate(text.to_string(), version) } else { text.to_string() };
    let mut s: Scenario = ron::from_str(&text).map_err(|e| parse_error(path, &e))?;
    s.version = CURRENT_VERSION;
    Ok(s)
}

/// The text a scenario is saved as (pretty RON with a header comment).
pub fn to_string(s: &Scenario) -> String {
    // "\n" on every system (ron writes "\r\n" on Windows by default): a scenario file, and the
    // fingerprint of results computed from it, are then the same bytes everywhere.
    let cfg = ron::ser::PrettyConfig::new().indentor("    ".to_string()).new_line("\n");
    let body = ron::ser::to_string_pretty(s, cfg).unwrap_or_default();
    format!("// Carbon DML Explorer scenario (format version {CURRENT_VERSION})\n{body}\n")
}

impl Scenario {
    /// Load a scenario file.
    pub fn load(path: &Path) -> Result<Scenario, ScenarioFileError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ScenarioFileError::Io { path: path.to_path_buf(), message: e.to_string() })?;
        from_str(&text, path)
    }

    /// Save atomically (temporary file, then rename).
    pub fn save(&self, path: &Path) -> Result<(), ScenarioFileError> {
        crate::engine::report::atomic_write(path, to_string(self).as_bytes())
            .map_err(|e| ScenarioFileError::Io { path: path.to_path_buf(), message: e.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dml::{Cluster, FoldScheme};
    use crate::engine::learners::LearnerSpec;

    fn p() -> PathBuf {
        PathBuf::from("s.ron")
    }

    #[test]
    fn scenario_text_uses_unix_newlines_on_every_system() {
        let text = to_string(&Scenario::default());
        assert!(!text.contains('\r'), "a carriage return would change the file and the fingerprint on Windows");
        assert!(text.lines().count() > 20, "pretty-printed, one field per line");
    }

    #[test]
    fn round_trip_keeps_every_field() {
        let mut s = Scenario { name: "baseline".into(), folds: 8, n_rep: 3, seed: u64::MAX, ..Default::default() };
        s.fold_scheme = FoldScheme::Column("fold".into());
        s.cluster = Cluster::UnitYear;
        s.learners.m = LearnerSpec::Ols;
        s.instrument = Some("telegraph1907".into());
        s.transforms.winsorize_controls = Some(Default::default());
        s.data.content_hash = Some(0xdead_beef_dead_beef);
        let text = to_string(&s);
        assert_eq!(from_str(&text, &p()).unwrap(), s, "{text}");
    }

    #[test]
    fn unknown_field_names_it_and_suggests() {
        let e = from_str("(version: 1, outcome: \"gdp\", foldz: 4)", &p()).unwrap_err();
        let m = e.to_string();
        assert!(m.contains("unknown field `foldz`") && m.contains("Did you mean `folds`?"), "{m}");
        assert!(m.contains("line 1"), "{m}");
    }

    #[test]
    fn a_misspelled_learner_or_measure_setting_is_named() {
        let e = from_str("(version: 1, learners: (m: Svr((c: 2.0, epsilonn: 0.2))))", &p()).unwrap_err();
        assert!(e.to_string().contains("unknown field `epsilonn`"), "{e}");
        let ok = from_str("(version: 1, learners: (m: Svr((c: 2.0))))", &p()).unwrap();
        assert!(matches!(ok.learners.m, LearnerSpec::Svr(ref s) if s.c == 2.0 && s.epsilon == 0.1));
    }

    #[test]
    fn missing_version_and_newer_version_are_refused() {
        assert!(matches!(from_str("(outcome: \"gdp\")", &p()), Err(ScenarioFileError::MissingVersion { .. })));
        assert!(matches!(from_str("(version: 9)", &p()), Err(ScenarioFileError::NewerVersion { found: 9, .. })));
    }

    #[test]
    fn a_file_without_newer_fields_loads_with_defaults() {
        let s = from_str("// old file\n(version: 1, outcome: \"gdp\", treatment: \"rd_intensity\")", &p()).unwrap();
        assert_eq!(s.outcome, "gdp");
        assert_eq!(s.folds, 5);
        assert_eq!(s.seed, super::super::DEFAULT_SEED);
    }

    #[test]
    fn off_and_none_both_read_as_no_clustering() {
        let a = from_str("(version: 1, cluster: Off, fixed_effects: None)", &p()).unwrap();
        assert_eq!((a.cluster, a.fixed_effects), (Cluster::None, crate::engine::dml::FixedEffects::None));
        assert!(to_string(&Scenario::default()).contains("cluster: Off,"));
    }

    #[test]
    fn missing_field_inside_a_variant_is_named() {
        let e = from_str("(version: 1, filter: (conditions: [Compare(column: \"er\", op: Ge)]))", &p()).unwrap_err();
        assert!(e.to_string().contains("missing field `value`"), "{e}");
    }
}
