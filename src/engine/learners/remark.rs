//! Remarks a fitted learner makes about its fit (rank deficiency, iteration cap reached), as
//! typed values: `Display` is the English sentence the JSON and the CLI carry;
//! `crate::locale::notes::learner_remark` words it in any language.

/// One remark about a fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LearnerRemark {
    /// OLS: the controls are collinear; the minimum-norm solution was used.
    OlsCollinear {
        /// Rank of the design.
        rank: usize,
        /// Its number of columns.
        columns: usize,
    },
    /// Lasso: coordinate descent stopped at `max_iter` before the duality gap met the tolerance.
    LassoNotConverged {
        /// The iteration cap.
        max_iter: usize,
    },
    /// Lasso: the chosen penalty sets every coefficient to zero.
    LassoAllZero {
        /// The penalty.
        alpha: f64,
    },
    /// SVR: the solver stopped at its iteration cap with a KKT violation above the tolerance.
    SvrNotConverged {
        /// Iterations run.
        iterations: usize,
        /// The largest KKT violation left.
        violation: f64,
        /// The tolerance.
        tol: f64,
    },
}

impl std::fmt::Display for LearnerRemark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            LearnerRemark::OlsCollinear { rank, columns } => write!(
                f,
                "OLS: the controls are collinear (rank {rank} of {columns} columns); the minimum-norm solution was used"
            ),
            LearnerRemark::LassoNotConverged { max_iter } => write!(
                f,
                "Lasso: coordinate descent stopped at max_iter = {max_iter} before the duality gap met the tolerance; \
                 raise max_iter"
            ),
            LearnerRemark::LassoAllZero { alpha } => {
                write!(f, "Lasso: the chosen penalty ({alpha:.3e}) sets every coefficient to zero")
            }
            LearnerRemark::SvrNotConverged { iterations, violation, tol } => write!(
                f,
                "SVR: the solver stopped at its iteration cap ({iterations} iterations) with KKT violation {violation:.2e} above \
                 the tolerance {tol:.0e}; raise max_iter or tol"
            ),
        }
    }
}
