//! Mechanism and mediation: how much of D's effect on Y runs through a mediator M.
//!
//! All three variables are partialled out on the controls with cross-fitted learners
//! (`Y~ = Y - l^(X)`, `D~ = D - m^(X)`, `M~ = M - l_M^(X)`; the `l` learner fits Y and M, the `m`
//! learner fits D). Then, as in Baron and Kenny (1986) on the residuals:
//! total `c = sum D~ Y~ / sum D~^2` (the PLR estimate), path `a = sum D~ M~ / sum D~^2`
//! (M on D: the study's mechanism regression), and `(c', b)` from the least squares fit of
//! `Y~` on `(D~, M~)`. The indirect effect is `a b` and `c = c' + a b` holds exactly. Its share
//! of the total is `a b / c`; when `a b` and `c'` have opposite signs the mediator *suppresses*
//! the effect (inconsistent mediation) and the share is not a proportion. The interval of
//! `a b` is a percentile bootstrap over units (rows for cross-sections) with the nuisance fits
//! held fixed; replicate `k` draws from `rng_for(seed, &[BOOTSTRAP, k])`.

use super::crossfit::{Context, Job, cross_fit};
use super::error::DmlError;
use super::score::sum;
use super::spec::Nuisance;
use crate::engine::allowed::Allowed;
use crate::engine::rng::{rng_for, stream};
use crate::engine::scenario::ValidSpec;
use crate::engine::transform::winsor::percentile_sorted as percentile;
use rayon::prelude::*;
use std::sync::atomic::AtomicBool;

/// Point estimates of the mediation decomposition.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Paths {
    /// Total effect `c` of D on Y.
    pub total: f64,
    /// Effect `a` of D on M.
    pub a: f64,
    /// Effect `b` of M on Y given D.
    pub b: f64,
    /// Direct effect `c'` of D on Y given M.
    pub direct: f64,
    /// Indirect effect `a b`.
    pub indirect: f64,
}

/// A mediation analysis.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mediation {
    /// Mediator column.
    pub mediator: String,
    /// Point estimates.
    pub paths: Paths,
    /// `a b / c`.
    pub share: f64,
    /// Indirect and direct effects have opposite signs.
    pub suppression: bool,
    /// 95% percentile bootstrap interval of `a b`.
    pub indirect_ci95: [f64; 2],
    /// Bootstrap replicates.
    pub replicates: usize,
    /// Rows used.
    pub n: usize,
    /// Plain-language reading.
    pub reading: String,
}

/// The decomposition on residuals `y`, `d`, `m` restricted to `rows` (with repeats).
pub fn paths(y: &[f64], d: &[f64], m: &[f64], rows: &[usize]) -> Paths {
    let s = |f: &dyn Fn(usize) -> f64| sum(rows.iter().map(|&i| f(i)));
    let (sdd, smm, sdm) = (s(&|i| d[i] * d[i]), s(&|i| m[i] * m[i]), s(&|i| d[i] * m[i]));
    let (sdy, smy) = (s(&|i| d[i] * y[i]), s(&|i| m[i] * y[i]));
    let total = sdy / sdd;
    let a = sdm / sdd;
    let det = sdd * smm - sdm * sdm;
    let direct = (smm * sdy - sdm * smy) / det;
    let b = (sdd * smy - sdm * sdy) / det;
    Paths { total, a, b, direct, indirect: a * b }
}

/// The bootstrap replicates: drawn from the seed, or given (the reference test passes the
/// draws of its fixture so the interval can be checked exactly).
#[derive(Clone, Copy, Debug)]
pub enum Draws<'a> {
    /// `n` replicates, replicate `k` from `rng_for(seed, &[BOOTSTRAP, k])`.
    Seeded(usize),
    /// For each replicate, the resampled group (unit, or row for a cross-section) indices.
    Given(&'a [Vec<usize>]),
}

/// Mediation of the scenario's effect through `mediator` (a numeric column, complete on the
/// design rows) with `replicates` bootstrap draws.
pub fn mediation(
    spec: &ValidSpec,
    mediator_values: &[f64],
    mediator: &str,
    replicates: usize,
    cancel: &AtomicBool,
) -> Result<Mediation, DmlError> {
    mediation_with(spec, mediator_values, mediator, Draws::Seeded(replicates), cancel)
}

/// As [`mediation`], with the bootstrap draws chosen by `draws`.
pub fn mediation_with(
    spec: &ValidSpec,
    mediator_values: &[f64],
    mediator: &str,
    draws: Draws<'_>,
    cancel: &AtomicBool,
) -> Result<Mediation, DmlError> {
    let d = &spec.design;
    let s = &spec.settings;
    let m_raw: Vec<f64> = d.rows.iter().map(|&r| mediator_values[r]).collect();
    if let Some(i) = m_raw.iter().position(|v| !v.is_finite()) {
        return Err(DmlError::Setting {
            name: "mediator",
            value: format!("{mediator} (missing in design row {})", i + 1),
            reason: Allowed::MediatorComplete,
        });
    }
    let folds = super::estimate::make_folds(d, s, 0)?;
    let jobs = [
        Job { rep: 0, nuisance: Nuisance::L, learner: &s.learners.l, target: &d.y, folds: &folds },
        Job { rep: 0, nuisance: Nuisance::M, learner: &s.learners.m, target: &d.d, folds: &folds },
        Job { rep: 1, nuisance: Nuisance::L, learner: &s.learners.l, target: &m_raw, folds: &folds },
    ];
    let ctx = Context::new(s.seed, 3 * folds.k(), &|_| {}, cancel, None);
    let fits = cross_fit(&d.x, &jobs, &ctx)?;
    let resid = |t: &[f64], p: &[f64]| -> Vec<f64> { t.iter().zip(p).map(|(a, b)| a - b).collect() };
    let (yr, dr, mr) = (resid(&d.y, &fits[0].pred), resid(&d.d, &fits[1].pred), resid(&m_raw, &fits[2].pred));
    let all: Vec<usize> = (0..d.n()).collect();
    let p = paths(&yr, &dr, &mr, &all);
    if !(p.total.is_finite() && p.b.is_finite() && p.direct.is_finite()) {
        return Err(DmlError::DegenerateScore { value: f64::NAN, what: "mediator" });
    }
    // Resample units (all rows of a unit together) when the data has units, else rows.
    let groups: Vec<Vec<usize>> = match &d.units {
        Some(u) => {
            let mut g = vec![Vec::new(); d.unit_labels.len()];
            for (i, &id) in u.iter().enumerate() {
                g[id as usize].push(i);
            }
            g
        }
        None => all.iter().map(|&i| vec![i]).collect(),
    };
    let replicate = |picks: &[usize]| -> f64 {
        let rows: Vec<usize> = picks.iter().flat_map(|&g| groups[g].iter().copied()).collect();
        paths(&yr, &dr, &mr, &rows).indirect
    };
    let mut draws: Vec<f64> = match draws {
        Draws::Seeded(replicates) => (0..replicates)
            .into_par_iter()
            .map(|k| {
                let mut rng = rng_for(s.seed, &[stream::BOOTSTRAP, k as u64]);
                let picks: Vec<usize> = (0..groups.len()).map(|_| rng.below(groups.len())).collect();
                replicate(&picks)
            })
            .filter(|v: &f64| v.is_finite())
            .collect(),
        Draws::Given(given) => given
            .iter()
            .filter(|p| p.iter().all(|&g| g < groups.len()))
            .map(|p| replicate(p))
            .filter(|v| v.is_finite())
            .collect(),
    };
    draws.sort_by(f64::total_cmp);
    let ci = if draws.is_empty() { [f64::NAN, f64::NAN] } else { [percentile(&draws, 2.5), percentile(&draws, 97.5)] };
    let suppression = p.indirect * p.direct < 0.0;
    let share = p.indirect / p.total;
    let unclear = if ci[0] <= 0.0 && ci[1] >= 0.0 {
        format!("the indirect effect is not distinguishable from zero (95% interval [{:.4}, {:.4}]); ", ci[0], ci[1])
    } else {
        String::new()
    };
    let reading = unclear
        + &if suppression {
            format!(
                "suppression (inconsistent mediation): the indirect effect via {mediator} ({:.4}) and the direct effect ({:.4}) have opposite signs, so the share of the total ({:.1}%) is not a proportion",
                p.indirect,
                p.direct,
                100.0 * share
            )
        } else {
            format!("{:.1}% of the total effect runs through {mediator}", 100.0 * share)
        };
    Ok(Mediation {
        mediator: mediator.to_string(),
        paths: p,
        share,
        suppression,
        indirect_ci95: ci,
        replicates: draws.len(),
        n: d.n(),
        reading,
    })
}
