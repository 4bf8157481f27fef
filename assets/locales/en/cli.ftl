# Command-line messages.

cli-lang-unknown = unknown language "{ $lang }"; use en or zh.

# carbon-dml run: the results summary.
run-model-line = { $model } ({ $score } score), DML2, { $folds } folds x { $reps ->
        [one] one repetition
       *[other] { $reps } repetitions
    }, { $n } rows of { $source }
run-outcome-treatment = Outcome: { $outcome }   Treatment: { $treatment }
run-instrument = Instrument: { $z }
run-controls = Controls: { $list }{ $dummies ->
        [0] {""}
       *[other] { " " }(+{ $dummies } fixed-effect dummies)
    }
run-controls-none = none
run-clusters = Clusters: { $what } ({ $counts })
run-variance = Variance (SE, F, AR, tF): { $what }
run-col-coef = coef
run-col-se = se
run-col-t = t
run-col-p = p
run-col-ci = 95% CI
run-per-repetition = per repetition: { $thetas }
run-col-nuisance = nuisance
run-col-learner = learner
run-col-target = target
run-stars = *** p<0.01, ** p<0.05, * p<0.1 (normal p-values)
run-note = Note: { $note }

# Command-line errors, printed once on stderr.
cli-error = error: { $message }
cli-io = { $path }: { $error }
cli-write-output = writing the output: { $error }
cli-cancelled = cancelled
cli-cannot-read-scenario = cannot read the scenario: { $error }
cli-scenario-does-not-fit = the scenario does not fit the data ({ $source }):
cli-no-numeric-column = { $source }: no numeric column "{ $column }"
cli-units-years-min = --units and --years must be at least 1
cli-pair-form = { $flag }: "{ $item }" is not of the form name{ $sep }value
cli-pair-number = { $flag }: "{ $value }" (for { $name }) is not a number
cli-not-indicator = { $flag }: "{ $column }" is not one of the indicators
cli-manual-needs-weights = --method manual needs --weights col=w,...
cli-weights-only-manual = --weights is only used with --method manual
cli-moran-at-year = give the year with --at-year (the data cover { $first }-{ $last })
cli-map-at-year = give the year(s) to map with --at-year (the data cover { $first }-{ $last })
cli-alpha = --alpha { $alpha }: choose a level between 0 and 1, e.g. 0.05
cli-moran-no-unit = the data have no unit column: Moran's I needs one value per region
cli-no-join-match = no feature's "{ $property }" matches a unit of { $source }; choose another --join-property
cli-map-cjk-font = --lang zh needs a CJK font: give one with --font FILE
cli-mediation-column = --mediation: no numeric column "{ $column }"
cli-bench-suite = unknown suite "{ $suite }"; available: { $available }
cli-bench-side = unknown side "{ $side }"
cli-bench-failed = the measurement failed: { $error }
cli-fold-scheme-needs-column = --fold-scheme column needs --fold-column COL
cli-fold-column-needs-scheme = --fold-column needs --fold-scheme column (or no --fold-scheme)
cli-bad-winsorize = --winsorize { $value }: expected two percentiles LO,HI such as 1,99
cli-bad-years = --years { $value }: expected FIRST-LAST such as 2015-2022
cli-bad-rf-max-depth = --rf-max-depth { $value }: expected a number or none
cli-bad-rf-max-features = --rf-max-features { $value }: expected all, sqrt, log2 or a fraction
cli-derived-failed = warning: derived variable { $name } not computed: { $reason }
cli-derived-empty = warning: derived variable { $name } has no value: { $notes }

# Lines on standard error besides errors.
cli-note = note: { $message }
cli-warning = warning: { $message }
cli-report-curve-count = specification curve: { $count } specifications
cli-report-summary = { $estimates } estimates, { $failed } not estimated, in { $seconds } s; wrote { $files } files to { $dir }
cli-wrote-two = wrote { $first } and { $second }
cli-saved-scenario = saved scenario to { $path }

# carbon-dml describe: column headers.
cli-describe-variable = variable
cli-describe-n = N
cli-describe-mean = mean
cli-describe-sd = sd
cli-describe-min = min
cli-describe-max = max
cli-progress-battery = battery
cli-progress-curve = curve
cli-wrote = wrote { $path }
cli-tfee-header = { $source }: TFEE, inputs { $inputs }, good { $good }, bad { $bad }, { $rts }, { $frontier } frontier
run-col-n = n
run-mechanisms = Mechanisms (DML of M on D)
run-heterogeneity = Heterogeneity (same estimate on subsamples)
run-group-failed = not estimated: { $error }
run-difference = difference { $a } - { $b }: { $diff } (se { $se }, z { $z }, p { $p })
run-mediation = Mediation through { $mediator } ({ $n } rows, cross-fitted residuals)
run-mediation-total = total effect c
run-mediation-a = D -> M (a)
run-mediation-b = M -> Y given D (b)
run-mediation-direct = direct effect c'
run-mediation-indirect = indirect effect a b
run-mediation-bootstrap = 95% bootstrap [{ $lower }, { $upper }] ({ $replicates } replicates)
run-mediation-share = share of total
run-mediation-reading = reading: { $reading }
run-iv-first-stage = First stage (D - r^ on Z - m^), { $n } rows:
run-iv-robust-f = robust F
run-iv-robust-f-note = ({ $variance }; = Kleibergen-Paap rk Wald F = effective F, one instrument)
run-iv-nonrobust-f = non-robust F
run-iv-nonrobust-f-note = (iid errors, with intercept)
run-iv-partial-r2 = partial R^2
run-iv-coefficient = coefficient { $pi } (se { $se })
run-iv-tf = tF 95% interval
run-iv-tf-critical = (critical value c(F) = { $c } at F = { $f }; 1.96 needs F > { $threshold })
run-iv-tf-unbounded = unbounded (F = { $f } <= 3.84)

# Sharded runs.
cli-slice-written = slice { $shard }: { $items } of { $total } items, written to { $file }
simulate-heading = { $process } process, n = { $n }, { $reps } replications, true effect { $truth }
simulate-col-estimator = estimator
simulate-col-bias = bias
simulate-col-sd = sd
simulate-col-se = mean se
simulate-col-coverage = coverage
simulate-coverage-note = coverage: share of 95% intervals that contain the true effect (nominal 0.95)
simulate-progress = replication { $done }/{ $total }
# Usage errors (the window's language; English shows clap's own text, these are its meaning).
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-invalid-subcommand = unrecognized subcommand '{ $command }'
usage-missing-argument = the following required arguments were not provided: { $args }
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-value-validation = invalid value '{ $value }' for '{ $arg }'
usage-number-of-values = wrong number of values for '{ $arg }'
usage-missing-subcommand = a subcommand is required
usage-valid-values = [possible values: { $values }]
usage-did-you-mean = tip: a similar one exists: '{ $suggestion }'
usage-line = Usage: { $usage }
usage-more = For more information, try '--help'.
