//! The sample filter: which panel rows enter the estimate (years, numeric conditions, regions).

use crate::engine::data::Panel;
use crate::engine::data::registry::{Region3, Registry};
use serde::{Deserialize, Serialize};

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Compare {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
}

impl Compare {
    /// `a op b`; false when `a` is missing.
    pub fn holds(self, a: f64, b: f64) -> bool {
        !a.is_nan()
            && match self {
                Compare::Lt => a < b,
                Compare::Le => a <= b,
                Compare::Gt => a > b,
                Compare::Ge => a >= b,
                Compare::Eq => a == b,
                Compare::Ne => a != b,
            }
    }

    /// Symbol for labels.
    pub fn symbol(self) -> &'static str {
        match self {
            Compare::Lt => "<",
            Compare::Le => "<=",
            Compare::Gt => ">",
            Compare::Ge => ">=",
            Compare::Eq => "==",
            Compare::Ne => "!=",
        }
    }
}

/// One condition a row must meet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// A numeric column compared with a value.
    Compare {
        /// Column.
        column: String,
        /// Operator.
        op: Compare,
        /// Value.
        value: f64,
    },
    /// Provinces of one NBS region (registry).
    Region(Region3),
    /// Coastal (true) or inland (false) provinces (registry).
    Coastal(bool),
    /// Units with these labels (as shown, e.g. English province names).
    Units(Vec<String>),
}

impl Condition {
    /// A short label such as `er >= 0.2` or `region east`.
    pub fn label(&self) -> String {
        match self {
            Condition::Compare { column, op, value } => format!("{column} {} {value}", op.symbol()),
            Condition::Region(r) => format!("region {}", r.label()),
            Condition::Coastal(true) => "coastal".into(),
            Condition::Coastal(false) => "inland".into(),
            Condition::Units(u) => format!("units {}", u.join(", ")),
        }
    }
}

/// Which rows to keep.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `years` | all | (first, last) inclusive | keep rows in this year range |
/// | `conditions` | [] | list | keep rows meeting every condition |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SampleFilter {
    /// Inclusive year range.
    pub years: Option<(i32, i32)>,
    /// Conditions, all of which must hold.
    pub conditions: Vec<Condition>,
}

/// Why a filter cannot be applied.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FilterError {
    /// Unknown or text column.
    #[error("filter: no numeric column \"{0}\"")]
    NoColumn(String),
    /// Registry groups need provinces.
    #[error("filter \"{0}\" needs provinces as units (the registry groups provinces)")]
    NotProvinces(String),
    /// Years need a year column.
    #[error("filter by years needs a year column; the data is a cross-section")]
    NoYears,
    /// Unknown unit label.
    #[error("filter: no unit \"{0}\" in the data")]
    UnknownUnit(String),
}

impl SampleFilter {
    /// True when every row is kept.
    pub fn is_empty(&self) -> bool {
        self.years.is_none() && self.conditions.is_empty()
    }

    /// The kept rows, ascending.
    pub fn rows(&self, p: &Panel) -> Result<Vec<usize>, FilterError> {
        let mut keep = vec![true; p.n_rows()];
        if let Some((a, b)) = self.years {
            let y = p.year.as_ref().ok_or(FilterError::NoYears)?;
            for (k, &yr) in keep.iter_mut().zip(&y.years) {
                *k &= yr >= a && yr <= b;
            }
        }
        let reg = Registry::embedded();
        for c in &self.conditions {
            match c {
                Condition::Compare { column, op, value } => {
                    let v = p.numeric(column).ok_or_else(|| FilterError::NoColumn(column.clone()))?;
                    for (k, &x) in keep.iter_mut().zip(v) {
                        *k &= op.holds(x, *value);
                    }
                }
                Condition::Region(_) | Condition::Coastal(_) => {
                    let u = p.unit.as_ref().filter(|u| u.codes.iter().all(Option::is_some));
                    let u = u.ok_or_else(|| FilterError::NotProvinces(c.label()))?;
                    for (k, &id) in keep.iter_mut().zip(&u.ids) {
                        let prov = u.codes[id as usize].and_then(|code| reg.by_code(code));
                        *k &= match (c, prov) {
                            (Condition::Region(r), Some(pr)) => pr.region3 == *r,
                            (Condition::Coastal(b), Some(pr)) => pr.coastal == *b,
                            _ => false,
                        };
                    }
                }
                Condition::Units(labels) => {
                    let u = p.unit.as_ref().ok_or_else(|| FilterError::UnknownUnit(labels.join(", ")))?;
                    let mut wanted = vec![false; u.n_units()];
                    for l in labels {
                        let i =
                            u.labels.iter().position(|x| x == l).ok_or_else(|| FilterError::UnknownUnit(l.clone()))?;
                        wanted[i] = true;
                    }
                    for (k, &id) in keep.iter_mut().zip(&u.ids) {
                        *k &= wanted[id as usize];
                    }
                }
            }
        }
        Ok((0..p.n_rows()).filter(|&r| keep[r]).collect())
    }

    /// A label such as `2015-2022, coastal`.
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if let Some((a, b)) = self.years {
            parts.push(format!("{a}-{b}"));
        }
        parts.extend(self.conditions.iter().map(Condition::label));
        if parts.is_empty() { "all rows".into() } else { parts.join(", ") }
    }
}
