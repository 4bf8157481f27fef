# Scenario problems: loading a scenario file and checking it against the data. The English
# text is that of the engine's Display (src/engine/scenario/errors.rs and file.rs).

# Fields, as named in the scenario file.
scenario-field-data = data
scenario-field-outcome = outcome
scenario-field-treatment = treatment
scenario-field-controls = controls
scenario-field-instrument = instrument
scenario-field-model = model
scenario-field-learners = learners
scenario-field-folds = folds
scenario-field-n-rep = n_rep
scenario-field-fold-scheme = fold_scheme
scenario-field-cluster = cluster
scenario-field-fixed-effects = fixed_effects
scenario-field-transforms = transforms
scenario-field-filter = filter

scenario-quoted = "{ $name }"
scenario-or = { " or " }
scenario-clause-separator = { "; " }
scenario-sentence-separator = { " " }

# Checking a scenario against the data.
scenario-unknown-column = { $field }: no column "{ $name }"
scenario-unknown-column-closest = { $field }: no column "{ $name }" (did you mean { $closest }?)
scenario-available-columns = available columns: { $columns }
scenario-not-numeric = { $field }: column "{ $name }" is text, not numbers; choose a numeric column
scenario-empty = { $field }: no column chosen
scenario-two-roles = { $field }: "{ $name }" is also the { $other }; a variable can have one role only
scenario-duplicate-control = controls: "{ $name }" is listed twice
scenario-missing-instrument = instrument: the PLIV model needs an instrument; choose one or switch to PLR
scenario-out-of-range = { $field }: { $value } is out of range; allowed { $min } to { $max }
scenario-learner = learners: the { $nuisance } learner: { $error }
scenario-needs-index = { $field }: needs a { $what } column, but the data has none (choose it on import, or change this setting)
scenario-fold-column = fold_scheme: fold column "{ $name }": { $reason }
scenario-fold-not-chosen = no column chosen
scenario-fold-not-in-data = not in the data
scenario-fold-not-in-data-closest = not in the data (did you mean { $closest }?)
scenario-fold-not-numeric = not numeric
scenario-fold-two-way = two-way clustering draws its own unit x year folds; choose the random or unit scheme
scenario-fold-distinct = has { $ids } distinct ids in the sample; folds need 2 to 20
scenario-fold-splits-unit = puts rows of unit "{ $unit }" in different folds; with clustering by unit every unit must be in one fold
scenario-too-few-rows = folds: { $rows } usable rows are too few for { $folds } folds (at least { $need } needed); use fewer folds or a larger sample
scenario-too-few-clusters = folds: { $clusters } { $what } are too few for { $folds } folds per cluster variable; use fewer folds
scenario-constant = { $field }: "{ $name }" is constant ({ $value }) in the estimation sample; there is nothing to estimate
scenario-empty-sample = filter: no row meets "{ $filter }"
scenario-transform = transforms: { $error }
scenario-design = { $error }
scenario-filter-no-column = filter: no numeric column "{ $column }"
scenario-filter-not-provinces = filter "{ $filter }" needs provinces as units (the registry groups provinces)
scenario-filter-no-years = filter by years needs a year column; the data is a cross-section
scenario-filter-unknown-unit = filter: no unit "{ $unit }" in the data

# Reading a scenario file.
scenario-file-io = { $path }: { $error }
scenario-file-parse = { $path }, line { $line }, column { $col }: { $problem }
scenario-file-unknown-field = unknown field `{ $found }`; allowed: { $allowed }.
scenario-file-unknown-field-in = unknown field `{ $found }` in { $outer }; allowed: { $allowed }.
scenario-file-did-you-mean = Did you mean `{ $name }`?
scenario-file-missing-field = missing field `{ $field }`: add it
scenario-file-missing-field-in = missing field `{ $field }` in { $outer }: add it
scenario-file-missing-version = { $path }: missing field `version`; add `version: { $version },` after the opening parenthesis
scenario-file-newer = { $path }: scenario version { $found } was written by a newer Carbon DML Explorer (this one reads up to { $current }); update the program
