//! Heterogeneity and mechanisms: the same estimate on subsamples, with tests of differences,
//! and the DML regression of a mechanism variable on the treatment (the study's Table 8).
//!
//! Groups come from a registry grouping (coastal / inland; east / central / west), the
//! distinct values of a column, or a threshold on a column (at or above vs below; the median
//! of the estimation sample by default, `numpy.median`). Two groups `g`, `h` are compared by
//! `z = (theta_g - theta_h) / sqrt(se_g^2 + se_h^2)` with a normal p-value (independent
//! subsamples).

use super::crossfit::Progress;
use super::entry::estimate;
use super::error::DmlError;
use super::inference::{median, p_value};
use super::result::Estimate;
use crate::engine::data::Panel;
use crate::engine::data::registry::Region3;
use crate::engine::scenario::{Compare, Condition, Scenario, SpecError};
use std::sync::atomic::AtomicBool;

/// How to split the sample.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum GroupBy {
    /// Coastal vs inland provinces.
    Coastal,
    /// East, central and west provinces.
    Region3,
    /// One group per distinct value of a numeric column.
    Values(String),
    /// At or above vs below a threshold (`None` = the median over the estimation sample).
    Threshold(String, Option<f64>),
}

/// Why a subgroup or mechanism estimate failed.
#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisError {
    /// The scenario does not fit the subsample.
    Spec(Vec<SpecError>),
    /// Estimation failed.
    Dml(DmlError),
    /// The grouping column is unusable.
    Group {
        /// The grouping column.
        column: String,
        /// What is wrong with it.
        problem: GroupProblem,
    },
}

/// Why a column cannot define subgroups.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GroupProblem {
    /// No numeric column of that name.
    NotNumeric,
    /// Too many distinct values to compare group by group (a threshold is needed).
    TooManyValues(usize),
    /// The column has no finite value in the sample.
    NoValues,
}

impl From<DmlError> for AnalysisError {
    fn from(e: DmlError) -> Self {
        AnalysisError::Dml(e)
    }
}

/// One subgroup's estimate (or why there is none).
#[derive(Clone, Debug)]
pub struct GroupEstimate {
    /// Group label (`coastal`, `er >= 0.21`).
    pub label: String,
    /// The estimate.
    pub result: Result<Estimate, AnalysisError>,
}

/// Difference between two groups.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Difference {
    /// First group.
    pub a: String,
    /// Second group.
    pub b: String,
    /// `theta_a - theta_b`.
    pub diff: f64,
    /// `sqrt(se_a^2 + se_b^2)`.
    pub se: f64,
    /// `diff / se`.
    pub z: f64,
    /// Two-sided normal p-value.
    pub p: f64,
}

/// The conditions defining each group of `by` on `panel` (within the scenario's filter).
pub fn groups(s: &Scenario, panel: &Panel, by: &GroupBy) -> Result<Vec<(String, Condition)>, AnalysisError> {
    Ok(match by {
        GroupBy::Coastal => {
            vec![("coastal".into(), Condition::Coastal(true)), ("inland".into(), Condition::Coastal(false))]
        }
        GroupBy::Region3 => [Region3::East, Region3::Central, Region3::West]
            .into_iter()
            .map(|r| (r.label().to_string(), Condition::Region(r)))
            .collect(),
        GroupBy::Values(col) => {
            let v = panel
                .numeric(col)
                .ok_or_else(|| AnalysisError::Group { column: col.clone(), problem: GroupProblem::NotNumeric })?;
            let rows = s.filter.rows(panel).map_err(|e| AnalysisError::Spec(vec![SpecError::Filter(e)]))?;
            let mut vals: Vec<f64> = rows.iter().map(|&r| v[r]).filter(|x| x.is_finite()).collect();
            vals.sort_by(f64::total_cmp);
            vals.dedup();
            if vals.len() > 12 {
                return Err(AnalysisError::Group {
                    column: col.clone(),
                    problem: GroupProblem::TooManyValues(vals.len()),
                });
            }
            vals.into_iter()
                .map(|x| {
                    (format!("{col} = {x}"), Condition::Compare { column: col.clone(), op: Compare::Eq, value: x })
                })
                .collect()
        }
        GroupBy::Threshold(col, t) => {
            let v = panel
                .numeric(col)
                .ok_or_else(|| AnalysisError::Group { column: col.clone(), problem: GroupProblem::NotNumeric })?;
            let value = match t {
                Some(t) => *t,
                None => {
                    let rows = s.filter.rows(panel).map_err(|e| AnalysisError::Spec(vec![SpecError::Filter(e)]))?;
                    let vals: Vec<f64> = rows.iter().map(|&r| v[r]).filter(|x| x.is_finite()).collect();
                    if vals.is_empty() {
                        return Err(AnalysisError::Group { column: col.clone(), problem: GroupProblem::NoValues });
                    }
                    median(&vals)
                }
            };
            vec![
                (format!("{col} >= {value:.4}"), Condition::Compare { column: col.clone(), op: Compare::Ge, value }),
                (format!("{col} < {value:.4}"), Condition::Compare { column: col.clone(), op: Compare::Lt, value }),
            ]
        }
    })
}

/// Estimate the scenario on every group of `by`.
pub fn by_group(
    s: &Scenario,
    panel: &Panel,
    by: &GroupBy,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Vec<GroupEstimate>, AnalysisError> {
    let mut out = Vec::new();
    for (label, cond) in groups(s, panel, by)? {
        let mut sub = s.clone();
        sub.filter.conditions.push(cond);
        sub.name = format!("{} [{label}]", s.label());
        let result = match sub.validate(panel) {
            Err(e) => Err(AnalysisError::Spec(e)),
            Ok(spec) => estimate(&spec, progress, cancel).map_err(AnalysisError::from),
        };
        if matches!(result, Err(AnalysisError::Dml(DmlError::Cancelled))) {
            return Err(AnalysisError::Dml(DmlError::Cancelled));
        }
        out.push(GroupEstimate { label, result });
    }
    Ok(out)
}

/// Pairwise differences between the groups that have estimates.
pub fn differences(groups: &[GroupEstimate]) -> Vec<Difference> {
    let ok: Vec<(&str, &Estimate)> =
        groups.iter().filter_map(|g| g.result.as_ref().ok().map(|e| (g.label.as_str(), e))).collect();
    let mut out = Vec::new();
    for i in 0..ok.len() {
        for j in i + 1..ok.len() {
            let (a, b) = (&ok[i].1.inference, &ok[j].1.inference);
            let diff = a.theta - b.theta;
            let se = (a.se * a.se + b.se * b.se).sqrt();
            let z = diff / se;
            out.push(Difference { a: ok[i].0.to_string(), b: ok[j].0.to_string(), diff, se, z, p: p_value(z) });
        }
    }
    out
}

/// DML of the mechanism variable `column` on the treatment, with the scenario's controls and
/// settings (the study's Table 8).
pub fn mechanism(
    s: &Scenario,
    panel: &Panel,
    column: &str,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Estimate, AnalysisError> {
    let mut m = s.clone();
    m.outcome = column.to_string();
    m.name = format!("mechanism: {column} on {}", s.treatment);
    let spec = m.validate(panel).map_err(AnalysisError::Spec)?;
    Ok(estimate(&spec, progress, cancel)?)
}
