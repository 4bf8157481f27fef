# Footnotes of an estimate (the Results view, run's summary, tables). Transform notes are
# worded by the engine in English; these serve other languages.

note-sample = Sample: { $filter } ({ $rows } of { $total } rows).
note-interpolate = { $column }: { $cells } interior gap(s) filled by linear interpolation within unit.
note-lag = { $column } is the previous year's value; { $cells } rows have no previous-year value and are dropped.
note-winsorize = { $column } winsorized: { $cells } values clipped.
note-dropped = { $total } rows dropped for missing values ({ $by }).
note-instrument-unused = The instrument is not used by PLR.
note-fold-column-repeats = The fold column gives the same folds in every repetition.
note-cluster-unit = Standard errors clustered by unit; folds drawn by unit (DoubleML cluster splitting).
note-cluster-unit-year = Standard errors clustered by unit and year; { $k } x { $k } = { $folds } folds from unit and year folds (DoubleML).
note-unit-year-dummies = Unit and year fixed effects as dummies: a unit x year dummy would fit each row exactly (one row per unit-year), so the study's interactive effects are approximated by both sets of main effects.
note-data-changed = The data differ from the file the scenario was saved with (hash { $saved }, now { $now }).
filter-east = region east
filter-central = region central
filter-west = region west
filter-coastal = coastal
filter-inland = inland
filter-units = units { $units }
filter-all-rows = all rows

# A learner's remark about its fit, after the estimate's notes: "l (Lasso (5-fold CV)): Lasso: ...".
learner-remark = { $nuisance } ({ $learner }): { $remark }
remark-ols-collinear = OLS: the controls are collinear (rank { $rank } of { $columns } columns); the minimum-norm solution was used
remark-lasso-not-converged = Lasso: coordinate descent stopped at max_iter = { $max_iter } before the duality gap met the tolerance; raise max_iter
remark-lasso-all-zero = Lasso: the chosen penalty ({ $alpha }) sets every coefficient to zero
remark-svr-not-converged = SVR: the solver stopped at its iteration cap ({ $iterations } iterations) with KKT violation { $violation } above the tolerance { $tol }; raise max_iter or tol

# Remarks on derived variables (DCP, CEE, CIWB, ISU, K, TFEE) and the inputs they lack.
derived-divisor = { $divisor ->
        [co2] CO2
        [population] population or life expectancy
       *[other] { $divisor }
    }
derived-input-missing = { $rows } row(s) missing because an input is missing
derived-non-positive = { $rows } row(s) left missing because { $divisor } is zero or negative (first: { $first })
derived-overflow = { $rows } row(s) left missing because the ratio overflows the 64-bit range (first: { $first }); rescale the inputs
derived-indicator-missing = { $rows } row(s) missing because an indicator is missing
derived-unscored = { $count } unit-year(s) without a score: { $status }
derived-not-mapped = { $role } (not mapped)
derived-no-indicators = indicators (none mapped)
dmu-sbm = Sbm
dmu-super-sbm = SuperSbm
dmu-missing = Missing
dmu-too-few-units = TooFewUnits
dmu-infeasible = Infeasible
dmu-unbounded = Unbounded
dmu-solver-error = SolverError
tfee-note-incomplete = { $missing } of { $total } unit-years have a missing input or output: no score, and left out of every frontier
tfee-note-adjusted = { $column }: { $count } zero or negative value(s) replaced by { $value } (= { $factor } x smallest positive value)
capital-note-no-base-year = { $unit }: no row in base year { $year }; no stock
capital-note-bad-base = { $unit }: investment or price missing or not positive in { $year }; no base stock
capital-note-base-growth = { $unit }: investment growth g = { $g } makes g + delta <= 0; the base stock I0/(g + delta) is undefined
capital-note-missing-investment = { $unit }: investment or price missing in { $year }; stock missing from { $year } on
capital-note-gap = { $unit }: year(s) missing before { $year }; stock missing from { $year } on
