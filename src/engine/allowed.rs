//! What a setting may be: the range or the choices named when a value is refused. Typed so
//! that the window and the command line can word it in the user's language
//! (`crate::locale::errors`); the engine writes no sentence.

/// The values a setting accepts, named in its error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Allowed {
    /// An integer from `lo` to `hi`, both included.
    Between(u64, u64),
    /// A real number from `lo` to `hi`, both included.
    BetweenReal(f64, f64),
    /// An integer of at least `n`.
    AtLeast(u64),
    /// At least 1, or no limit.
    AtLeastOneOrNone,
    /// A number above zero.
    Positive,
    /// Zero or a number above zero.
    NonNegative,
    /// A fraction in (0, 1].
    Fraction,
    /// A number in (0, 1).
    OpenUnit,
    /// A number above zero, `scale` or `auto` (the SVR kernel width).
    GammaChoice,
    /// The IV model needs an instrument.
    InstrumentNeeded,
    /// The fold-id scheme needs a fold column in the design.
    FoldColumnNeeded,
    /// Two-way clustering draws its own unit x year folds: random or by unit only.
    TwoWayOwnFolds,
    /// The mediator must be complete on the estimation sample.
    MediatorComplete,
    /// The lab deals rows at random or by unit.
    LabFoldScheme,
    /// The lab clusters by unit or not at all.
    LabCluster,
    /// The nonlinear process has no units: no clustering, random folds.
    NonlinearNoUnits,
}
