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
allowed-mediator-complete = the mediator must be complete on the estimation sample; interpolate or filter first
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
