//! Reduced-basis SBM / super-SBM: the TFEE of every DMU of one frontier group, solving each
//! program against the efficient frontier only, with the same optimum as the program against
//! every DMU (hierarchical DEA: Barr & Durchholz 1997, *Parallel and hierarchical decomposition
//! approaches for solving large-scale DEA models*, Annals of OR 73: 339-372; reduced-basis
//! frontier identification: Dulá 2011, *An algorithm for data envelopment analysis*, INFORMS
//! J. Computing 23(2): 284-296, and Dulá & Thrall 2001).
//!
//! Notation as in [`super::sbm`]: `N` the DMUs of the group, `E` the SBM-efficient DMUs
//! (`rho* = 1`), `rho_R(k)` the SBM score of `k` against a reference set `R` with `k in R`.
//! The data are positive and there is at least one desirable output.
//!
//! **1. The optimal reference set of an SBM program lies in `E`** (CRS and VRS, with
//! undesirable outputs). Let `(lambda*, s*)` be optimal for `k` against `N` and suppose
//! `lambda*_q > 0` for a `q` that is not SBM-efficient. Then some `(mu, t) >= 0`, `t != 0`,
//! has `x_q = X mu + t-`, `yg_q = Yg mu - tg`, `yb_q = Yb mu + tb` (and `sum mu = 1` under VRS).
//! Put `lambda' = lambda* - lambda*_q e_q + lambda*_q mu >= 0` (same sum under VRS): then
//! `x_k = X lambda' + (s-* + lambda*_q t-)`, `yg_k = Yg lambda' - (sg* + lambda*_q tg)`,
//! `yb_k = Yb lambda' + (sb* + lambda*_q tb)`: feasible, every slack at least as large and one
//! strictly larger. The objective `[1 - (1/m) sum s-_i/x_ik] / [1 + (1/(s1+s2)) (sum sg/yg +
//! sum sb/yb)]` has a positive numerator (it is 0 only if `X lambda = 0`, i.e. `lambda = 0`,
//! which cannot produce `yg_k > 0`), so it strictly decreases in every slack: a contradiction.
//! Hence every optimal `lambda*` is supported on `E`, and **for any `R` with `E` ⊆ `R` ⊆ `N`
//! and `k in R`, `rho_R(k) = rho_N(k)`** (`R` only removes variables that are zero at an
//! optimum). SBM efficiency is Pareto-Koopmans ("strong") efficiency, so there is no weakly
//! efficient set to worry about.
//!
//! **2. Screening is safe.** For `k in R ⊆ N`, `rho_R(k) >= rho_N(k)` (fewer variables). So a
//! DMU with `rho_R(k) < 1 - EFFICIENT_TOL` on *any* subset `R` (a block, or a single dominating
//! DMU `j`, whose bound is the objective at `lambda = e_j`) is not efficient in `N`, not even
//! within the tolerance. Blocks are screened, survivors merged and screened again (Barr &
//! Durchholz), until the survivors `S` fit in one block; `S` contains every DMU with
//! `rho_N >= 1 - EFFICIENT_TOL`. By 1, `rho_S(k) = rho_N(k)` for every `k in S`: the last pass
//! gives the exact scores and the exact efficient set `E_tol = {k in S : rho_S(k) >= 1 -
//! EFFICIENT_TOL}`, the same classification as the full programs. Every other DMU is scored
//! against `E_tol` plus itself (`E` ⊆ `E_tol`, so exact by 1).
//!
//! **3. Super-SBM of an efficient DMU `o`** is a program against `N \ {o}` with inequality
//! (free-disposal) constraints. Every DMU `j` of `N \ {o}` is dominated by the SBM projection of
//! `j` against `N \ {o}`, which by 1 is a combination of `E(N \ {o})` (with `sum = 1` under VRS);
//! substituting it for `j` in any feasible `lambda` keeps the same slacks feasible. So the
//! program against any `R` with `E(N \ {o})` ⊆ `R` ⊆ `N \ {o}` has the same optimum and the same
//! feasibility. `E(N \ {o})` may contain DMUs that are inefficient in `N` only because of `o`,
//! so `E_tol \ {o}` alone is not enough. But if the optimal `lambda` found for an inefficient
//! `k` has `lambda_o = 0`, that solution is feasible without `o`, so `k` is inefficient in
//! `N \ {o}` too. Hence `E(N \ {o})` ⊆ `(E_tol \ {o}) ∪ C_o` with `C_o = {k : lambda_o > 0 in
//! k's computed solution}`, and `o` is solved against that set. Any DMU whose program failed
//! (so its `lambda` is unknown) is added to every reference set: a superset is always safe.
//!
//! Every program is independent given the previous stage; they run in parallel (rayon) and
//! are collected in DMU order, so the result is the same at any thread count. The programs are
//! solved by the dense simplex of [`super::sbm_dense`] (`microlp` where it has a doubt). The
//! scores are the same linear-program optima as [`super::sbm::evaluate`] against all DMUs; they
//! differ only by the two solvers' rounding (tested to 1e-9 in `tests/tfee_reduced.rs`).

use super::sbm::{DeaData, DmuScore, DmuStatus, EFFICIENT_TOL, LpFailure, Rts};
use super::sbm_dense::{sbm_dense, super_sbm_dense};
use super::tfee::{TfeeProgress, stopped};
use rayon::prelude::*;

/// Largest block screened at once; blocks double when a pass removes less than a fifth.
pub const BLOCK: usize = 192;

/// A DMU is dropped by screening only when its bound is below `1 - EFFICIENT_TOL - SCREEN_MARGIN`
/// (rounding in the bound or the simplex can then never drop a DMU the full programs would call
/// efficient).
pub const SCREEN_MARGIN: f64 = 1e-9;

const DROP_BELOW: f64 = 1.0 - EFFICIENT_TOL - SCREEN_MARGIN;

/// Upper bound on `rho_N(k)` from a single DMU `j`: the SBM objective at `lambda = e_j` when `j`
/// dominates `k` (`x_j <= x_k`, `yg_j >= yg_k`, `yb_j <= yb_k`), else `+inf`. Valid under CRS
/// and VRS (`sum lambda = 1`).
fn pair_bound(d: &DeaData, k: usize, j: usize) -> f64 {
    let (m, s1, s2) = (d.m, d.s1, d.s2);
    let mut num = 0.0;
    for i in 0..m {
        let (xk, xj) = (d.x[k * m + i], d.x[j * m + i]);
        if xj > xk {
            return f64::INFINITY;
        }
        num += (xk - xj) / xk;
    }
    let mut den = 0.0;
    for r in 0..s1 {
        let (yk, yj) = (d.yg[k * s1 + r], d.yg[j * s1 + r]);
        if yj < yk {
            return f64::INFINITY;
        }
        den += (yj - yk) / yk;
    }
    for r in 0..s2 {
        let (bk, bj) = (d.yb[k * s2 + r], d.yb[j * s2 + r]);
        if bj > bk {
            return f64::INFINITY;
        }
        den += (bk - bj) / bk;
    }
    let out = if s1 + s2 > 0 { den / (s1 + s2) as f64 } else { 0.0 };
    (1.0 - num / m as f64) / (1.0 + out)
}

/// The DMUs of `block` that survive screening within it: not dropped by a dominating DMU, and
/// with SBM score at least [`DROP_BELOW`] against the undominated DMUs of the block (or whose
/// program failed: kept, as the safe side). Once `progress` is cancelled the programs left are
/// skipped and their DMUs kept (the result is then discarded).
fn screen_block(d: &DeaData, block: &[usize], rts: Rts, progress: Option<&TfeeProgress>) -> Vec<usize> {
    let undominated: Vec<usize> =
        block.iter().copied().filter(|&k| !block.iter().any(|&j| j != k && pair_bound(d, k, j) < DROP_BELOW)).collect();
    let keep: Vec<bool> = undominated
        .par_iter()
        .map(|&k| stopped(progress) || sbm_dense(d, k, &undominated, rts).map_or(true, |(rho, _)| rho >= DROP_BELOW))
        .collect();
    undominated.iter().zip(keep).filter(|&(_, k)| k).map(|(&j, _)| j).collect()
}

/// `items` cut into `ceil(len / size)` consecutive chunks of nearly equal length.
fn balanced_chunks(items: &[usize], size: usize) -> Vec<&[usize]> {
    let parts = items.len().div_ceil(size.max(1)).max(1);
    let (base, extra) = (items.len() / parts, items.len() % parts);
    let mut out = Vec::with_capacity(parts);
    let mut start = 0;
    for p in 0..parts {
        let len = base + usize::from(p < extra);
        out.push(&items[start..start + len]);
        start += len;
    }
    out
}

/// Hierarchical screening: a superset `S` of every DMU with `rho_N >= 1 - EFFICIENT_TOL`,
/// small enough for one block, in increasing order.
fn screen(d: &DeaData, rts: Rts, progress: Option<&TfeeProgress>) -> Vec<usize> {
    let mut s: Vec<usize> = (0..d.n()).collect();
    let mut size = BLOCK;
    while s.len() > size {
        if stopped(progress) {
            break;
        }
        let kept: Vec<Vec<usize>> =
            balanced_chunks(&s, size).par_iter().map(|b| screen_block(d, b, rts, progress)).collect();
        let next: Vec<usize> = kept.concat();
        if let Some(p) = progress {
            p.advance(s.len() - next.len());
        }
        if next.len() * 5 > s.len() * 4 {
            size *= 2;
        }
        s = next;
    }
    if let Some(p) = progress {
        p.advance(s.len());
    }
    s
}

fn failure(e: &LpFailure) -> DmuStatus {
    match e {
        LpFailure::Infeasible => DmuStatus::Infeasible,
        LpFailure::Unbounded => DmuStatus::Unbounded,
        LpFailure::Solver(_) => DmuStatus::SolverError,
    }
}

/// `set` (increasing) with `k` inserted in order.
fn with(set: &[usize], k: usize) -> Vec<usize> {
    let mut v = set.to_vec();
    if let Err(pos) = v.binary_search(&k) {
        v.insert(pos, k);
    }
    v
}

/// The SBM program's outcome for one DMU: its reference set and `(rho, lambda)`.
type Solved = (Vec<usize>, Result<(f64, Vec<f64>), LpFailure>);

/// The placeholder of a program skipped after a cancel (never returned to the caller).
fn skipped() -> Solved {
    (Vec::new(), Err(LpFailure::Solver("cancelled".into())))
}

/// TFEE of every DMU of `d` (one frontier group), in DMU order: the SBM score for inefficient
/// DMUs, super-SBM for efficient ones, equal to [`super::sbm::evaluate`] against all DMUs (see
/// the module documentation for why). `progress` advances by two per DMU (screened, scored).
pub fn evaluate_group(d: &DeaData, rts: Rts, progress: Option<&TfeeProgress>) -> Vec<DmuScore> {
    let n = d.n();
    let s = screen(d, rts, progress);
    if stopped(progress) {
        return vec![DmuScore::failed(DmuStatus::SolverError, f64::NAN); n];
    }
    // Exact scores of the survivors (rho_S = rho_N) and the efficient set.
    let in_s: Vec<Solved> = s
        .par_iter()
        .map(|&k| if stopped(progress) { skipped() } else { (s.clone(), sbm_dense(d, k, &s, rts)) })
        .collect();
    let mut solved: Vec<Option<Solved>> = (0..n).map(|_| None).collect();
    for (&k, r) in s.iter().zip(in_s) {
        solved[k] = Some(r);
    }
    let efficient = |r: &Solved| matches!(&r.1, Ok((rho, _)) if *rho >= 1.0 - EFFICIENT_TOL);
    // Reference set for everyone else: the efficient survivors, and those whose program failed.
    let frontier: Vec<usize> =
        s.iter().copied().filter(|&k| solved[k].as_ref().is_some_and(|r| efficient(r) || r.1.is_err())).collect();
    let rest: Vec<usize> = (0..n).filter(|&k| solved[k].is_none()).collect();
    let rest_solved: Vec<Solved> = rest
        .par_iter()
        .map(|&k| {
            if stopped(progress) {
                return skipped();
            }
            let refs = with(&frontier, k);
            let r = sbm_dense(d, k, &refs, rts);
            (refs, r)
        })
        .collect();
    for (&k, r) in rest.iter().zip(rest_solved) {
        solved[k] = Some(r);
    }
    // C_o: DMUs whose computed optimum leans on efficient `o`; failed ones go everywhere.
    let is_eff: Vec<bool> = solved.iter().map(|r| r.as_ref().is_some_and(efficient)).collect();
    let mut leans: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut unknown: Vec<usize> = Vec::new();
    let mut out: Vec<DmuScore> = Vec::with_capacity(n);
    for (k, r) in solved.iter().enumerate() {
        let Some((refs, r)) = r else {
            out.push(DmuScore::failed(DmuStatus::SolverError, f64::NAN));
            continue;
        };
        match r {
            Err(e) => {
                unknown.push(k);
                out.push(DmuScore::failed(failure(e), f64::NAN));
            }
            Ok((rho, lambda)) if !is_eff[k] => {
                for (&j, &l) in refs.iter().zip(lambda) {
                    if l != 0.0 && j != k && is_eff[j] {
                        leans[j].push(k);
                    }
                }
                out.push(DmuScore { score: *rho, sbm: *rho, status: DmuStatus::Sbm });
            }
            Ok((rho, _)) => out.push(DmuScore { score: f64::NAN, sbm: *rho, status: DmuStatus::SuperSbm }),
        }
    }
    if let Some(p) = progress {
        p.advance(out.iter().filter(|r| r.status != DmuStatus::SuperSbm).count());
    }
    let eff: Vec<usize> = (0..n).filter(|&k| is_eff[k]).collect();
    let supers: Vec<DmuScore> = eff
        .par_iter()
        .map(|&o| {
            if stopped(progress) {
                return DmuScore::failed(DmuStatus::SolverError, f64::NAN);
            }
            let rho = out[o].sbm;
            let mut refs: Vec<usize> =
                frontier.iter().chain(&leans[o]).chain(&unknown).copied().filter(|&j| j != o).collect();
            refs.sort_unstable();
            refs.dedup();
            if refs.is_empty() {
                if n == 1 {
                    return DmuScore::failed(DmuStatus::TooFewUnits, rho);
                }
                // Cannot happen in exact arithmetic (some DMU leans on the only efficient one);
                // the full program is the safe answer.
                refs = (0..n).filter(|&j| j != o).collect();
            }
            let r = match super_sbm_dense(d, o, &refs, rts) {
                Ok(v) => DmuScore { score: v, sbm: rho, status: DmuStatus::SuperSbm },
                Err(e) => DmuScore::failed(failure(&e), rho),
            };
            if let Some(p) = progress {
                p.advance(1);
            }
            r
        })
        .collect();
    for (&o, r) in eff.iter().zip(supers) {
        out[o] = r;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_balanced_and_cover_everything() {
        let v: Vec<usize> = (0..10).collect();
        let c = balanced_chunks(&v, 4);
        assert_eq!(c.iter().map(|c| c.len()).collect::<Vec<_>>(), vec![4, 3, 3]);
        assert_eq!(c.concat(), v);
        assert_eq!(balanced_chunks(&[], 4).len(), 1);
    }

    #[test]
    fn pair_bound_is_the_objective_at_the_dominating_unit() {
        // k = (x 2; y 1; b 2), j = (x 1; y 2; b 1): (1 - 1/2) / (1 + (1 + 1/2)/2) = 0.5 / 1.75.
        let d = DeaData { m: 1, s1: 1, s2: 1, x: vec![2.0, 1.0], yg: vec![1.0, 2.0], yb: vec![2.0, 1.0] };
        assert!((pair_bound(&d, 0, 1) - 0.5 / 1.75).abs() < 1e-15);
        assert_eq!(pair_bound(&d, 1, 0), f64::INFINITY);
    }
}
