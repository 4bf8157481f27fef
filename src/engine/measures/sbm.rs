//! Slacks-based measures of efficiency with undesirable outputs: SBM (Tone 2001, 2004) and
//! super-efficiency SBM (Tone 2002), non-oriented, constant or variable returns to scale.
//!
//! Data: `n` decision-making units (DMUs) `j`, inputs `x_ij` (`i = 1..m`), desirable outputs
//! `y^g_rj` (`r = 1..s1`), undesirable outputs `y^b_rj` (`r = 1..s2`), all positive. The unit
//! evaluated is `o`; `R` is its reference set (the DMUs of its frontier).
//!
//! **SBM with undesirable outputs** (Tone 2001 for the SBM; Tone 2004, *Dealing with undesirable
//! outputs in DEA: a slacks-based measure (SBM) approach*, NAPW III, Toronto, for the bad
//! outputs; also Cooper, Seiford & Tone 2007, *Data Envelopment Analysis*, 2nd ed.):
//!
//! ```text
//! rho* = min  [1 - (1/m) sum_i s-_i / x_io] / [1 + (1/(s1+s2)) (sum_r sg_r / yg_ro + sum_r sb_r / yb_ro)]
//!  s.t. x_o  = sum_{j in R} lambda_j x_j  + s-
//!       yg_o = sum_{j in R} lambda_j yg_j - sg
//!       yb_o = sum_{j in R} lambda_j yb_j + sb
//!       lambda, s-, sg, sb >= 0            (variable returns: sum_j lambda_j = 1)
//! ```
//!
//! linearized by Charnes-Cooper (`t` = 1 / denominator, `Lambda = t lambda`, `S = t s`):
//! `min t - (1/m) sum S-_i / x_io` s.t. `t + (1/(s1+s2)) (sum Sg_r / yg_ro + sum Sb_r / yb_ro) = 1`,
//! `X Lambda + S- = t x_o`, `Yg Lambda - Sg = t yg_o`, `Yb Lambda + Sb = t yb_o`
//! (VRS: `sum Lambda = t`), all variables `>= 0`; `rho* = ` the optimum. `rho* <= 1`, and
//! `rho* = 1` exactly when every slack is zero (the DMU is efficient).
//!
//! **Super-efficiency SBM with undesirable outputs** for efficient DMUs (Tone 2002, *A
//! slacks-based measure of super-efficiency in DEA*, EJOR 143: 32-41, extended to undesirable
//! outputs as in Tone 2004: their slacks, here an *increase* of the bad output, enter the
//! denominator with the good-output shortfalls; the form common in the Chinese TFEE
//! literature, e.g. Cheng Gang 2014, *Data Envelopment Analysis: Methods and MaxDEA Software*).
//! The DMU is removed from its reference set and the least worsening that brings it into the
//! remaining technology is measured.
//!
//! ```text
//! delta* = min  [1 + (1/m) sum_i s-_i / x_io] / [1 - (1/(s1+s2)) (sum_r sg_r / yg_ro + sum_r sb_r / yb_ro)]
//!  s.t. sum_{j in R, j != o} lambda_j x_j  - s-  <= x_o
//!       sum_{j in R, j != o} lambda_j yg_j + sg  >= yg_o
//!       sum_{j in R, j != o} lambda_j yb_j - sb  <= yb_o
//!       sg <= yg_o  (projected good outputs stay >= 0, as in Tone 2002)
//!       lambda, s-, sg, sb >= 0            (variable returns: sum_j lambda_j = 1)
//! ```
//!
//! linearized the same way: `min t + (1/m) sum S-_i / x_io` s.t.
//! `t - (1/(s1+s2)) (sum Sg_r / yg_ro + sum Sb_r / yb_ro) = 1` and the constraints above with
//! `x_o, yg_o, yb_o` multiplied by `t`; `delta* >= 1` always (`t >= 1` and the slack term is
//! non-negative).
//!
//! Every ratio `x_ij / x_io` is formed before the program is built (each input and output row
//! is divided by the evaluated DMU's value), which is the same program in units where the DMU
//! has value 1: this keeps the coefficients near 1 for the simplex and makes the scores units
//! invariant by construction. Programs are solved by `microlp` (pure-Rust simplex).

use microlp::{ComparisonOp, Error as LpError, OptimizationDirection, Problem, Variable};
use serde::{Deserialize, Serialize};

/// Returns to scale of the technology.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rts {
    /// Constant returns (the study's choice).
    #[default]
    Crs,
    /// Variable returns (`sum lambda = 1`).
    Vrs,
}

/// A DMU whose SBM score is at least `1 - EFFICIENT_TOL` is efficient and gets a super-SBM score.
pub const EFFICIENT_TOL: f64 = 1e-6;

/// Input and output data of `n` DMUs, stored DMU by DMU.
#[derive(Clone, Debug, PartialEq)]
pub struct DeaData {
    /// Number of inputs.
    pub m: usize,
    /// Number of desirable outputs.
    pub s1: usize,
    /// Number of undesirable outputs.
    pub s2: usize,
    /// Inputs, `x[j * m + i]`.
    pub x: Vec<f64>,
    /// Desirable outputs, `yg[j * s1 + r]`.
    pub yg: Vec<f64>,
    /// Undesirable outputs, `yb[j * s2 + r]`.
    pub yb: Vec<f64>,
}

impl DeaData {
    /// Number of DMUs.
    pub fn n(&self) -> usize {
        self.x.len().checked_div(self.m).unwrap_or(0)
    }
}

/// Why a program has no score.
#[derive(Clone, Debug, PartialEq)]
pub enum LpFailure {
    /// No feasible point.
    Infeasible,
    /// The objective is unbounded.
    Unbounded,
    /// The solver gave up (numerical trouble).
    Solver(String),
}

impl From<LpError> for LpFailure {
    fn from(e: LpError) -> Self {
        match e {
            LpError::Infeasible => LpFailure::Infeasible,
            LpError::Unbounded => LpFailure::Unbounded,
            other => LpFailure::Solver(other.to_string()),
        }
    }
}

/// The evaluated DMU's reference set and intensity variables, for building constraint rows.
struct Rows<'a> {
    lam: &'a [Variable],
    refs: &'a [usize],
    o: usize,
}

impl Rows<'_> {
    /// Add `sum_j (data_jk / data_ok) lambda_j + extra  op  0` for column `k` of `data`
    /// (stored with `w` values per DMU).
    fn add(&self, p: &mut Problem, (data, w, k): (&[f64], usize, usize), extra: &[(Variable, f64)], op: ComparisonOp) {
        let base = data[self.o * w + k];
        let mut expr: Vec<(Variable, f64)> =
            self.refs.iter().zip(self.lam).map(|(&j, &v)| (v, data[j * w + k] / base)).collect();
        expr.extend_from_slice(extra);
        p.add_constraint(expr.as_slice(), op, 0.0);
    }
}

fn solve(p: &Problem) -> Result<f64, LpFailure> {
    Ok(solve_for(p)?.objective())
}

/// `microlp`'s feasibility tolerance for these programs: its smallest allowed value (the
/// default, `1e-7`, lets equivalent programs end up to about `2e-7` apart).
pub const LP_FEASIBILITY_TOL: f64 = 1e-10;

fn solve_for(p: &Problem) -> Result<microlp::Solution, LpFailure> {
    let mut tolerances = microlp::Tolerances::default();
    tolerances.feasibility = LP_FEASIBILITY_TOL;
    let mut options = microlp::SolveOptions::default();
    options.tolerances = tolerances;
    let outcome = p.solve_with(options)?;
    outcome.into_solution().map_err(|_| LpFailure::Solver("the solve was interrupted".into()))
}

/// SBM score `rho*` of DMU `o` against the reference set `refs` (which normally includes `o`).
pub fn sbm(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> Result<f64, LpFailure> {
    let (p, _) = sbm_program(d, o, refs, rts);
    solve(&p)
}

/// SBM score `rho*` of DMU `o` against `refs`, with the optimal intensities `lambda*_j`
/// (in the order of `refs`; the linearized `Lambda_j` divided by `t`, so `lambda*_j > 0`
/// exactly when `Lambda_j > 0`). [`super::reduced`] uses their support.
pub fn sbm_with_lambda(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> Result<(f64, Vec<f64>), LpFailure> {
    let (p, (t, lam)) = sbm_program(d, o, refs, rts);
    let sol = solve_for(&p)?;
    let tv = sol.var_value(t);
    let lambda = lam.iter().map(|&v| if tv > 0.0 { sol.var_value(v) / tv } else { sol.var_value(v) }).collect();
    Ok((sol.objective(), lambda))
}

/// The linearized SBM program of DMU `o` against `refs`, with its `t` and `Lambda` variables.
fn sbm_program(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> (Problem, (Variable, Vec<Variable>)) {
    let (m, s1, s2) = (d.m, d.s1, d.s2);
    let inf = f64::INFINITY;
    let mut p = Problem::new(OptimizationDirection::Minimize);
    let t = p.add_var(1.0, (0.0, inf));
    let lam: Vec<Variable> = refs.iter().map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let sx: Vec<Variable> = (0..m).map(|_| p.add_var(-1.0 / m as f64, (0.0, inf))).collect();
    let sg: Vec<Variable> = (0..s1).map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let sb: Vec<Variable> = (0..s2).map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let c = 1.0 / (s1 + s2) as f64;
    let mut norm: Vec<(Variable, f64)> = vec![(t, 1.0)];
    norm.extend(sg.iter().chain(&sb).map(|&v| (v, c)));
    p.add_constraint(norm.as_slice(), ComparisonOp::Eq, 1.0);
    let rows = Rows { lam: &lam, refs, o };
    for (i, &s) in sx.iter().enumerate() {
        rows.add(&mut p, (&d.x, m, i), &[(s, 1.0), (t, -1.0)], ComparisonOp::Eq);
    }
    for (r, &s) in sg.iter().enumerate() {
        rows.add(&mut p, (&d.yg, s1, r), &[(s, -1.0), (t, -1.0)], ComparisonOp::Eq);
    }
    for (r, &s) in sb.iter().enumerate() {
        rows.add(&mut p, (&d.yb, s2, r), &[(s, 1.0), (t, -1.0)], ComparisonOp::Eq);
    }
    if rts == Rts::Vrs {
        let mut e: Vec<(Variable, f64)> = lam.iter().map(|&v| (v, 1.0)).collect();
        e.push((t, -1.0));
        p.add_constraint(e.as_slice(), ComparisonOp::Eq, 0.0);
    }
    (p, (t, lam))
}

/// Super-efficiency SBM score `delta*` of DMU `o` against `refs` (which must not include `o`).
pub fn super_sbm(d: &DeaData, o: usize, refs: &[usize], rts: Rts) -> Result<f64, LpFailure> {
    let (m, s1, s2) = (d.m, d.s1, d.s2);
    let inf = f64::INFINITY;
    let mut p = Problem::new(OptimizationDirection::Minimize);
    let t = p.add_var(1.0, (0.0, inf));
    let lam: Vec<Variable> = refs.iter().map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let sx: Vec<Variable> = (0..m).map(|_| p.add_var(1.0 / m as f64, (0.0, inf))).collect();
    let sg: Vec<Variable> = (0..s1).map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let sb: Vec<Variable> = (0..s2).map(|_| p.add_var(0.0, (0.0, inf))).collect();
    let c = 1.0 / (s1 + s2) as f64;
    let mut norm: Vec<(Variable, f64)> = vec![(t, 1.0)];
    norm.extend(sg.iter().chain(&sb).map(|&v| (v, -c)));
    p.add_constraint(norm.as_slice(), ComparisonOp::Eq, 1.0);
    let rows = Rows { lam: &lam, refs, o };
    for (i, &s) in sx.iter().enumerate() {
        rows.add(&mut p, (&d.x, m, i), &[(s, -1.0), (t, -1.0)], ComparisonOp::Le);
    }
    for (r, &s) in sg.iter().enumerate() {
        rows.add(&mut p, (&d.yg, s1, r), &[(s, 1.0), (t, -1.0)], ComparisonOp::Ge);
        p.add_constraint([(s, 1.0), (t, -1.0)].as_slice(), ComparisonOp::Le, 0.0);
    }
    for (r, &s) in sb.iter().enumerate() {
        rows.add(&mut p, (&d.yb, s2, r), &[(s, -1.0), (t, -1.0)], ComparisonOp::Le);
    }
    if rts == Rts::Vrs {
        let mut e: Vec<(Variable, f64)> = lam.iter().map(|&v| (v, 1.0)).collect();
        e.push((t, -1.0));
        p.add_constraint(e.as_slice(), ComparisonOp::Eq, 0.0);
    }
    solve(&p)
}

/// How a DMU's score was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DmuStatus {
    /// Inefficient: the score is the SBM score (< 1).
    Sbm,
    /// Efficient: the score is the super-efficiency SBM score (>= 1).
    SuperSbm,
    /// An input or output is missing: no score, and the DMU is not in any reference set.
    Missing,
    /// Efficient, but no other DMU is on its frontier to measure super-efficiency against.
    TooFewUnits,
    /// A program was infeasible.
    Infeasible,
    /// A program was unbounded.
    Unbounded,
    /// The solver failed.
    SolverError,
}

impl DmuStatus {
    /// True when the status carries a score.
    pub fn has_score(self) -> bool {
        matches!(self, DmuStatus::Sbm | DmuStatus::SuperSbm)
    }
}

/// A DMU's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DmuScore {
    /// SBM score for inefficient DMUs, super-SBM score for efficient ones; NaN without a score.
    pub score: f64,
    /// The SBM score (NaN if that program failed).
    pub sbm: f64,
    /// How the score was obtained.
    pub status: DmuStatus,
}

impl DmuScore {
    /// A result without a score.
    pub fn failed(status: DmuStatus, sbm: f64) -> Self {
        DmuScore { score: f64::NAN, sbm, status }
    }
}

fn failure_status(e: &LpFailure) -> DmuStatus {
    match e {
        LpFailure::Infeasible => DmuStatus::Infeasible,
        LpFailure::Unbounded => DmuStatus::Unbounded,
        LpFailure::Solver(_) => DmuStatus::SolverError,
    }
}

/// Evaluate DMU `o` against `members` (its frontier, including `o`): SBM, and super-SBM
/// against `members` without `o` when the SBM score is at least `1 - EFFICIENT_TOL`.
pub fn evaluate(d: &DeaData, o: usize, members: &[usize], rts: Rts) -> DmuScore {
    let rho = match sbm(d, o, members, rts) {
        Ok(v) => v,
        Err(e) => return DmuScore::failed(failure_status(&e), f64::NAN),
    };
    if rho < 1.0 - EFFICIENT_TOL {
        return DmuScore { score: rho, sbm: rho, status: DmuStatus::Sbm };
    }
    let others: Vec<usize> = members.iter().copied().filter(|&j| j != o).collect();
    if others.is_empty() {
        return DmuScore::failed(DmuStatus::TooFewUnits, rho);
    }
    match super_sbm(d, o, &others, rts) {
        Ok(v) => DmuScore { score: v, sbm: rho, status: DmuStatus::SuperSbm },
        Err(e) => DmuScore::failed(failure_status(&e), rho),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tone (2001), Table 2: five DMUs, two inputs, two outputs (no undesirable output).
    fn tone2001() -> DeaData {
        let x = [[4.0, 3.0], [6.0, 3.0], [8.0, 1.0], [8.0, 1.0], [2.0, 4.0]];
        let y = [[2.0, 3.0], [2.0, 3.0], [6.0, 2.0], [6.0, 1.0], [1.0, 4.0]];
        DeaData { m: 2, s1: 2, s2: 0, x: x.concat(), yg: y.concat(), yb: vec![] }
    }

    #[test]
    fn dominated_dmu_has_the_hand_computed_score() {
        // D = (8, 1; 6, 1) is dominated by C = (8, 1; 6, 2): output slack 1 on y2 only,
        // rho = 1 / (1 + (1/2)(1/1)) = 2/3.
        let d = tone2001();
        let all: Vec<usize> = (0..5).collect();
        let rho = sbm(&d, 3, &all, Rts::Crs).unwrap();
        assert!((rho - 2.0 / 3.0).abs() < 1e-9, "{rho}");
        let c = evaluate(&d, 2, &all, Rts::Crs);
        assert_eq!(c.status, DmuStatus::SuperSbm);
        assert!(c.score >= 1.0);
    }

    #[test]
    fn infeasible_program_is_reported_not_turned_into_a_number() {
        // Under VRS against the others only, E (smallest x1, largest y2) cannot be matched by
        // a convex combination with no more input and as much output: no feasible point.
        let d = tone2001();
        assert_eq!(sbm(&d, 4, &[0, 1, 2, 3], Rts::Vrs), Err(LpFailure::Infeasible));
        assert_eq!(failure_status(&LpFailure::Unbounded), DmuStatus::Unbounded);
    }

    #[test]
    fn lone_efficient_dmu_has_no_super_score() {
        let d = DeaData { m: 1, s1: 1, s2: 1, x: vec![1.0], yg: vec![1.0], yb: vec![1.0] };
        let r = evaluate(&d, 0, &[0], Rts::Vrs);
        assert_eq!(r.status, DmuStatus::TooFewUnits);
        assert!(r.score.is_nan() && (r.sbm - 1.0).abs() < 1e-9);
    }
}
