//! SMO solver for the epsilon-SVR dual: LIBSVM's algorithm (Chang & Lin 2011) with
//! second-order working-set selection (Fan, Chen & Lin 2005, "WSS 2").
//!
//! The dual over `2l` variables `a = (alpha, alpha*)` with signs `s_t = +1` (first `l`) and
//! `-1` (last `l`) is
//!
//! `min_a 1/2 a' Q a + q' a   s.t.  s' a = 0,  0 <= a_t <= C`,
//!
//! with `Q_tu = s_t s_u K(x_{t mod l}, x_{u mod l})`, `q_t = epsilon - y_t` for `t < l` and
//! `epsilon + y_{t-l}` otherwise. Each iteration picks the maximal-violating `i` and the `j`
//! that most decreases the objective by a second-order model, solves the two-variable
//! subproblem in closed form with clipping to the box, and updates the gradient
//! `G = Q a + q`. It stops when the KKT violation `m(a) - M(a)` falls below `tol`, or at the
//! iteration cap. No shrinking: every iteration scans all `2l` variables (simpler, and the
//! answer does not depend on the shrinking heuristics).
//!
//! The fitted function is `f(x) = sum_i (alpha_i - alpha*_i) K(x_i, x) - rho`.

use super::kernel::KernelCache;

/// Guard for a non-positive curvature in the two-variable subproblem (LIBSVM's `TAU`).
const TAU: f64 = 1e-12;

/// Solution of the dual.
#[derive(Clone, Debug)]
pub struct SmoSolution {
    /// `alpha_i - alpha*_i` per training point.
    pub coef: Vec<f64>,
    /// Offset: `f(x) = sum coef_i K(x_i, x) - rho`.
    pub rho: f64,
    /// Iterations used.
    pub iterations: usize,
    /// False when the iteration cap stopped the solver before the tolerance was met.
    pub converged: bool,
    /// Final KKT violation `m(a) - M(a)`.
    pub violation: f64,
}

struct State {
    l: usize,
    c: f64,
    alpha: Vec<f64>,
    grad: Vec<f64>,
}

impl State {
    #[inline]
    fn sign(&self, t: usize) -> f64 {
        if t < self.l { 1.0 } else { -1.0 }
    }
    #[inline]
    fn upper(&self, t: usize) -> bool {
        self.alpha[t] >= self.c
    }
    #[inline]
    fn lower(&self, t: usize) -> bool {
        self.alpha[t] <= 0.0
    }
}

/// Solve the epsilon-SVR dual for targets `y` (one per kernel point) with box `C`.
/// With `cancel`, the flag is read every 256 iterations and a set flag returns `None`.
pub fn solve(
    kernel: &mut KernelCache<'_>,
    y: &[f64],
    c: f64,
    epsilon: f64,
    tol: f64,
    max_iter: usize,
    cancel: Option<&std::sync::atomic::AtomicBool>,
) -> Option<SmoSolution> {
    let l = y.len();
    let mut st = State { l, c, alpha: vec![0.0; 2 * l], grad: vec![0.0; 2 * l] };
    for (i, &yi) in y.iter().enumerate() {
        st.grad[i] = epsilon - yi;
        st.grad[i + l] = epsilon + yi;
    }
    let mut iterations = 0;
    let mut violation = f64::INFINITY;
    let mut converged = false;
    while iterations < max_iter {
        if iterations % 256 == 0 && cancel.is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed)) {
            return None;
        }
        let (pair, viol) = select_working_set(kernel, &st, tol);
        violation = viol;
        let Some((i, j)) = pair else {
            converged = true;
            break;
        };
        iterations += 1;
        kernel.ensure(i % l);
        kernel.ensure(j % l);
        update_pair(kernel, &mut st, i, j);
    }
    if !converged {
        // One more selection to report the violation at the cap.
        violation = select_working_set(kernel, &st, tol).1;
    }
    let rho = compute_rho(&st);
    let coef = (0..l).map(|i| st.alpha[i] - st.alpha[i + l]).collect();
    Some(SmoSolution { coef, rho, iterations, converged, violation })
}

/// WSS 2: returns the pair to update, or `None` when the violation is below `tol`; and the
/// violation `m(a) - M(a)`.
fn select_working_set(kernel: &mut KernelCache<'_>, st: &State, tol: f64) -> (Option<(usize, usize)>, f64) {
    let l = st.l;
    let g = &st.grad;
    let mut gmax = f64::NEG_INFINITY;
    let mut gmax_idx = None;
    for (t, &gt) in g.iter().enumerate() {
        if t < l {
            if !st.upper(t) && -gt >= gmax {
                gmax = -gt;
                gmax_idx = Some(t);
            }
        } else if !st.lower(t) && gt >= gmax {
            gmax = gt;
            gmax_idx = Some(t);
        }
    }
    let Some(i) = gmax_idx else { return (None, f64::NEG_INFINITY) };
    kernel.ensure(i % l);
    let ki = kernel.row(i % l);
    let mut gmax2 = f64::NEG_INFINITY;
    let mut gmin_idx = None;
    let mut obj_diff_min = f64::INFINITY;
    for t in 0..2 * l {
        // Curvature of the pair (QD = K(x, x) = 1 for the RBF kernel).
        let quad = 2.0 - 2.0 * ki[t % l];
        let grad_diff = if t < l {
            if st.lower(t) {
                continue;
            }
            if g[t] >= gmax2 {
                gmax2 = g[t];
            }
            gmax + g[t]
        } else {
            if st.upper(t) {
                continue;
            }
            if -g[t] >= gmax2 {
                gmax2 = -g[t];
            }
            gmax - g[t]
        };
        if grad_diff > 0.0 {
            let obj_diff = -(grad_diff * grad_diff) / if quad > 0.0 { quad } else { TAU };
            if obj_diff <= obj_diff_min {
                gmin_idx = Some(t);
                obj_diff_min = obj_diff;
            }
        }
    }
    let violation = gmax + gmax2;
    match gmin_idx {
        Some(j) if violation >= tol => (Some((i, j)), violation),
        _ => (None, violation),
    }
}

/// Solve the two-variable subproblem for `(i, j)` and update the gradient.
fn update_pair(kernel: &KernelCache<'_>, st: &mut State, i: usize, j: usize) {
    let l = st.l;
    let c = st.c;
    let (si, sj) = (st.sign(i), st.sign(j));
    let ki = kernel.row(i % l);
    let kj = kernel.row(j % l);
    let q_ij = si * sj * ki[j % l];
    let (old_i, old_j) = (st.alpha[i], st.alpha[j]);
    let (gi, gj) = (st.grad[i], st.grad[j]);
    let (mut ai, mut aj) = (old_i, old_j);
    if si != sj {
        let mut quad = 2.0 + 2.0 * q_ij;
        if quad <= 0.0 {
            quad = TAU;
        }
        let delta = (-gi - gj) / quad;
        let diff = ai - aj;
        ai += delta;
        aj += delta;
        if diff > 0.0 {
            if aj < 0.0 {
                aj = 0.0;
                ai = diff;
            }
        } else if ai < 0.0 {
            ai = 0.0;
            aj = -diff;
        }
        if diff > 0.0 {
            // C_i - C_j = 0 for SVR (same box for both halves).
            if ai > c {
                ai = c;
                aj = c - diff;
            }
        } else if aj > c {
            aj = c;
            ai = c + diff;
        }
    } else {
        let mut quad = 2.0 - 2.0 * q_ij;
        if quad <= 0.0 {
            quad = TAU;
        }
        let delta = (gi - gj) / quad;
        let sum = ai + aj;
        ai -= delta;
        aj += delta;
        if sum > c {
            if ai > c {
                ai = c;
                aj = sum - c;
            }
        } else if aj < 0.0 {
            aj = 0.0;
            ai = sum;
        }
        if sum > c {
            if aj > c {
                aj = c;
                ai = sum - c;
            }
        } else if ai < 0.0 {
            ai = 0.0;
            aj = sum;
        }
    }
    st.alpha[i] = ai;
    st.alpha[j] = aj;
    // G_k += Q_ik d_i + Q_jk d_j with Q_tk = s_t s_k K; the two halves differ by the sign s_k.
    let a = si * (ai - old_i);
    let b = sj * (aj - old_j);
    let (first, second) = st.grad.split_at_mut(l);
    for k in 0..l {
        let d = a * ki[k] + b * kj[k];
        first[k] += d;
        second[k] -= d;
    }
}

/// Offset `rho`: the mean of `s_t G_t` over free variables, else the midpoint of the bounds.
fn compute_rho(st: &State) -> f64 {
    let (mut ub, mut lb) = (f64::INFINITY, f64::NEG_INFINITY);
    let (mut n_free, mut sum_free) = (0usize, 0.0);
    for t in 0..2 * st.l {
        let s = st.sign(t);
        let yg = s * st.grad[t];
        if st.upper(t) {
            if s < 0.0 {
                ub = ub.min(yg);
            } else {
                lb = lb.max(yg);
            }
        } else if st.lower(t) {
            if s > 0.0 {
                ub = ub.min(yg);
            } else {
                lb = lb.max(yg);
            }
        } else {
            n_free += 1;
            sum_free += yg;
        }
    }
    if n_free > 0 { sum_free / n_free as f64 } else { (ub + lb) / 2.0 }
}
