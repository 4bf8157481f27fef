# Errors of estimation, learners, subgroups and the lab: what went wrong and what to do.
# Arguments named $what, $role and $cluster are keys the code passes; the select expressions
# below word them.

# Words used inside the messages.
error-role = { $role ->
        [outcome] outcome
        [treatment] treatment
        [instrument] instrument
        [control] control
        [fold_column] fold column
        [mediator] mediator (or treatment)
       *[other] { $role }
    }
error-cluster-column = { $what ->
        [unit] unit
        [year] year
       *[other] { $what }
    }
error-clusters = { $what ->
        [units] units
        [years] years
       *[other] { $what }
    }
error-cancelled = cancelled

# What a setting accepts.
allowed-between = between { $lo } and { $hi }
allowed-at-least = at least { $n }
allowed-at-least-one-or-none = at least 1, or none
allowed-positive = a positive number
allowed-non-negative = zero or a positive number
allowed-fraction = a fraction in (0, 1]
allowed-open-unit = a number in (0, 1)
allowed-gamma = a positive number, scale or auto
allowed-instrument-needed = PLIV needs one
allowed-fold-column-needed = the design has no fold column
allowed-two-way-own-folds = two-way clustering draws its own unit x year folds; choose random or unit
allowed-mediator-complete = the mediator must be complete on the estimation sample (row { $row } of the sample has no value); interpolate or filter first
allowed-lab-fold-scheme = the lab deals rows at random or by unit
allowed-lab-cluster = the lab clusters by unit or not at all
allowed-nonlinear-no-units = the nonlinear process has no units: use no clustering and random folds

# Learners.
learner-invalid-setting = invalid setting { $name } = { $value }: { $allowed }
learner-no-rows = no rows to fit on: the sample (or a cross-fitting fold) is empty
learner-too-few-rows = too few rows to fit: { $got } given, at least { $need } needed (use fewer folds or a larger sample)
learner-non-finite-feature = non-finite value { $value } in row { $row }, feature { $column }: drop or fill missing values before fitting
learner-non-finite-target = non-finite value { $value } in row { $row }, target: drop or fill missing values before fitting
learner-constant-target = the target is constant on the training rows ({ $value }): there is nothing to learn
learner-length-mismatch = the target has { $y_len } values but the feature matrix has { $x_rows } rows: pass one target value per row
learner-row-out-of-range = row { $row } does not exist: the feature matrix has { $n_rows } rows
learner-column-mismatch = the model was fitted on { $fitted } features but { $given } were given: predict with the same controls
learner-not-available = learner { $name } is not available yet

# Estimation.
dml-learner = fitting { $nuisance } (repetition { $rep }, fold { $fold }) failed: { $error }
dml-non-finite-prediction = the { $nuisance } learner predicted a non-finite value ({ $value }) for row { $row }: check the data for extreme values
dml-too-few-rows = { $rows } usable rows are too few for { $folds } folds: use fewer folds or a larger sample
dml-empty-fold = fold { $fold } has { $test } test rows and { $train } training rows: every fold needs both
dml-degenerate-score = the score has no information about theta (mean psi_a = { $value }): the { $what } is fully explained by the controls; drop controls or fixed effects
dml-no-cluster-column = cluster-robust standard errors by { $what } need a { $what } column; the data is a cross-section
dml-fold-column-splits-cluster = the fold column "{ $column }" puts rows of unit "{ $unit }" in different folds; with clustering every unit must be in one fold
dml-too-few-clusters = { $clusters } { $what } are too few for { $folds } folds: use fewer folds
dml-setting = invalid setting { $name } = { $value }: { $allowed }

# Building the estimation arrays.
design-unknown-column = no column "{ $name }" (the { $role }); available columns: { $available }
design-not-numeric = column "{ $name }" (the { $role }) is not numeric: choose a numeric column
design-no-index = { $what } fixed effects need a { $what } column; the data is a cross-section (choose fixed effects none)
design-too-many-dummies = { $count } fixed-effect dummies are too many (at most { $max }): use the within transformation
design-no-rows = no complete rows: every row misses a value ({ $detail }); choose other columns or interpolate gaps

# Subgroups and mechanisms.
analysis-group-not-numeric = group column "{ $column }": no numeric column
analysis-group-too-many-values = group column "{ $column }": { $count } distinct values; use a threshold
analysis-group-no-values = group column "{ $column }": no values in the sample

# The lab.
simulate-setting = { $name } = { $value }: { $allowed }
simulate-data = the simulated sample could not be prepared: { $error }
simulate-replication = replication { $replication }: { $error }

# The study battery and the specification curve.
study-baseline = the baseline scenario does not fit the data; fix it first (Model view or scenario file): { $errors }
study-pca-index = PCA index: { $error }
curve-folds = K = { $k } is outside 2 to 20
curve-too-many = { $count } specifications are more than { $max }; untick some choices
curve-parse = spec curve "{ $key }={ $value }": { $expected }
curve-expected-key-value = write key=value,value (keys: model, learners, k, index, winsor, squares, fe, folds)
curve-expected-model = plr or pliv
curve-expected-learner = one of ols, lasso, rf, gbm, svr
curve-expected-folds = a whole number of folds, 2 to 20
curve-expected-index = entropy or pca
curve-expected-yes-no = yes or no
curve-expected-fixed-effects = none, unit, year, unit-year or within
curve-expected-key = unknown key; use model, learners, k, index, winsor, squares, fe, folds

# Writing the report files.
report-io = { $path }: { $error } (check that the directory is writable and the disk not full)
report-latex-unbalanced = tables.tex is not balanced: { $detail }

# Transforms.
transform-what = { $what ->
        [lag] the lag
        [interpolate] interpolation
       *[other] { $what }
    }
transform-non-positive = log of "{ $column }": { $count } value(s) are zero or negative (first: { $first } = { $value }); log needs positive values
transform-no-column = transform of "{ $column }": no numeric column with that name
transform-not-a-panel = { $what } needs unit and year columns; the data is a cross-section
transform-duplicate-unit-year = { $what }: unit "{ $unit }" has two rows for { $year }; remove duplicate unit-years first
transform-percentiles = winsorizing percentiles { $lower } / { $upper }: need 0 <= lower < upper <= 100
transform-no-instrument = instrument x lagged treatment needs an instrument

# Derived measures: the composite index, its weights, TFEE and the capital stock.
composite-no-indicators = no indicators: choose at least one column for the index
composite-missing-column = no column "{ $name }" in the data: check the indicator names (they are case-sensitive)
composite-not-numeric = column "{ $name }" is not numeric: an index indicator must hold numbers
composite-duplicate = indicator "{ $name }" is listed twice
composite-no-year-column = per-year normalization needs a year column; the data has none
composite-no-dimension = two-level weighting needs a dimension for every indicator; "{ $name }" has none
composite-two-level-pca = two-level weighting works with entropy, equal or manual weights inside dimensions, not PCA
composite-entropy = entropy weights: { $error }
composite-pca = PCA: { $error }
tfee-no-inputs = TFEE needs at least one input column (capital, labour, energy)
tfee-no-good-outputs = TFEE needs at least one desirable output column (GDP)
tfee-duplicate = column "{ $name }" is used twice among the TFEE inputs and outputs
tfee-missing-column = no column "{ $name }" in the data: map the TFEE inputs and outputs to existing columns
tfee-not-numeric = column "{ $name }" is not numeric: TFEE inputs and outputs must hold numbers
tfee-no-values = column "{ $name }" has no values: every cell is missing
tfee-no-year-column = a per-year frontier needs a year column; use the global frontier for a cross-section
tfee-non-positive = column "{ $column }" has { $count } zero or negative value(s) (first: { $value } at { $at }); SBM divides by every input and output: fix the data or choose the small-positive adjustment
tfee-cancelled = TFEE was stopped before every linear program was solved; no score was kept
tfee-no-positive = column "{ $name }" has no positive value: the small-positive adjustment has nothing to scale from
entropy-no-indicators = no indicators: choose at least one column for the index
entropy-too-few-rows = only { $n } row(s) have every indicator present; entropy weights need at least 2: fill missing values or drop indicators
entropy-negative = indicator { $indicator } has a negative normalized value { $value } in row { $row }: entropy needs values >= 0
entropy-zero-column = indicator { $n } is zero on every complete row: its shares are undefined; use a positive shift
normalize-all-missing = indicator "{ $name }" has no values: every cell is missing; leave it out or map another column
normalize-constant = indicator "{ $name }" is constant ({ $value }): it carries no information and cannot be min-max normalized; leave it out
normalize-all-missing-in-year = indicator "{ $name }" has no values in { $year }: normalize over the whole panel instead, or fill the year
normalize-constant-in-year = indicator "{ $name }" is constant ({ $value }) in { $year }: it cannot be min-max normalized within that year; normalize over the whole panel instead
normalize-bad-shift = shift must be zero or positive and finite, got { $value }
normalize-infinite = indicator "{ $name }" has an infinite value ({ $value }) in row { $row }; fix or remove it
weights-negative = weight of "{ $name }" is negative ({ $value }); weights must be zero or positive
weights-not-finite = weight of "{ $name }" is not a finite number ({ $value })
weights-all-zero = every weight is zero: give at least one a positive weight
weights-missing = no weight given for "{ $name }": give every indicator (or dimension) a weight
weights-unknown = a weight is given for "{ $name }", which is not an indicator (or dimension) of the index
pca-no-indicators = no indicators: choose at least one column for the index
pca-too-few-rows = only { $n } row(s) have every indicator present; PCA needs at least 2: fill missing values or drop indicators
pca-constant = indicator { $indicator } is constant ({ $value }) on the rows where every indicator is present: it cannot be standardized; leave it out
pca-no-convergence = the eigen-decomposition of the correlation matrix did not converge; check the indicators for extreme values
pca-constant-score = every PCA score is equal: the index cannot be rescaled to [0, 1]
capital-bad-delta = depreciation rate must be between 0 and 1 (exclusive), got { $value }
capital-bad-growth-years = growth_years must be between 1 and 50, got { $n }
capital-not-a-panel = the perpetual inventory method needs a panel with unit and year columns
capital-missing-column = no numeric column "{ $name }" in the data
lp-infeasible = the linear program is infeasible
lp-unbounded = the linear program is unbounded
lp-solver = the LP solver failed: { $name }

# Sharded runs (--shard I/N) and carbon-dml merge.
shard-form = --shard "{ $value }" is not of the form I/N (for example 2/3)
shard-range = --shard { $index }/{ $count }: I must be between 1 and N, and N between 1 and 10000
merge-problems = cannot merge the slices ({ $count ->
        [one] one problem
       *[other] { $count } problems
    }):
merge-unreadable = cannot read { $file } ({ $error })
merge-not-a-slice = { $file } is not a slice file of carbon-dml ({ $detail }); pass the files that `--shard` wrote
merge-format-version = { $file } has slice format version { $found }, this program reads version { $supported }; compute the slices again with this program
merge-mixed = { $file } is a slice of `{ $command }` but { $first } is a slice of `{ $first_command }`; merge each command's slices separately
merge-version = { $file } was written by carbon-dml { $found }, { $first } by { $expected }; compute every slice with the same version
merge-seed = { $file } has seed { $found }, { $first } has seed { $expected }; compute every slice with the same --seed
merge-data = { $file } was computed on other data than { $first }; compute every slice on the same data file
merge-settings = { $file } was computed with other settings than { $first }; compute every slice with the same command line (only --shard differs)
merge-count = { $file } is one of { $found } slices, { $first } one of { $expected }: slices of different N overlap; compute every slice with the same N
merge-inconsistent = { $file } does not hold the items of slice { $shard } (edited or cut short?); compute that slice again
merge-duplicate = slice { $shard } is given more than once ({ $files }); pass it once
merge-missing = slice { $shard } is missing; compute it with `--shard { $shard }` and pass its file too
merge-data-changed = the data { $data } changed after the slices were computed ({ $first }); compute the slices again or restore the data
