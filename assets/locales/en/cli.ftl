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
