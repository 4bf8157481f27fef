# Result tables: row labels, cell words and notes, in the layout of the study's tables.

table-treatment = Treatment
table-specification = Specification
table-controls = Controls
table-yes = Yes
table-no = No
table-winsorized = winsorized
table-squares = + squares
table-fixed-effects = Fixed effects
table-instrument = Instrument
table-n = N
table-learner = Learner
table-k = K
table-repetitions = Repetitions
table-difference = Difference { $a } − { $b }
fe-none = No
fe-unit = Unit
fe-year = Year
fe-unit-year = Unit + year
fe-within = Unit (within)
learner-rf = RF
learner-gbm = GBM
learner-svm = SVM
learner-lasso = Lasso
learner-ols = OLS
table-note-significance = *, ** and *** denote significance at the 10%, 5% and 1% levels; t statistics in parentheses.
table-note-differences = Difference rows: theta_a − theta_b under group a's column, z = diff / sqrt(se_a^2 + se_b^2) in parentheses.
table-note-unit-year = Unit + year FE: the study's province x year effects, entered as unit and year dummies.
table-note-describe = Sample standard deviation (n - 1); missing values skipped.

# IV rows (Results table, Table 7).
iv-variance = Variance
iv-f-robust = First-stage F (robust)
iv-f-nonrobust = First-stage F (non-robust)
iv-ar-95 = AR 95% set
iv-tf-95 = tF 95% interval
iv-note = IV rows: every statistic uses the variance of the Variance row (HC0 = heteroskedasticity-robust, independent rows; cluster = cluster-robust, as the standard error). First-stage F (robust): Wald F of the residualized first stage with that variance; with one instrument it is the Kleibergen-Paap rk Wald F and the Montiel Olea-Pflueger effective F. Non-robust F: iid errors. AR: Anderson-Rubin set with the same variance. tF: Lee, McCrary, Moreira and Porter (2022) interval theta -+ c(F) se, c(F) in brackets.
variance-hc0 = HC0
variance-cluster-unit = cluster: unit ({ $counts })
variance-cluster-unit-year = cluster: unit x year ({ $counts })
variance-small-sample = { " " }+ small-sample ({ $which })
set-empty = empty

# Table 3 (descriptive statistics) headers.
describe-n = N
describe-mean = Mean
describe-sd = SD
describe-min = Min
describe-max = Max

# The study's tables, by number.
title-table3 = Table 3. Descriptive statistics
title-table4 = Table 4. Baseline regression
title-table5 = Table 5. Robustness I: PCA index, winsorized controls, squared controls
title-table6 = Table 6. Robustness II: sample split K = 4 and K = 8
title-table7 = Table 7. Robustness III: other learners and the instrument
title-table8 = Table 8. Mechanisms
title-table9 = Table 9. Heterogeneity I: coastal and inland
title-table10 = Table 10. Heterogeneity II: east, central and west
title-table11 = Table 11. Heterogeneity III: environmental regulation
title-maps = Maps: CEE, CIWB and DCP by province, first and last year
title-estimate = Estimate

# What each column of the study's tables varies.
variant-describe = Descriptive statistics
variant-no-fe = No FE
variant-unit-year-fe = Unit + year FE
variant-your-fe = Your FE
variant-pca-index = PCA index
variant-winsorized = Winsorized controls
variant-squared = Squared controls
variant-svm = SVM
variant-gbm = GBM
variant-rf = RF
variant-iv = IV
variant-coastal = Coastal
variant-inland = Inland
variant-east = East
variant-central = Central
variant-west = West
variant-er-above = ER above median
variant-er-below = ER below median
variant-first-year = First year
variant-last-year = Last year

# Learner names (the Model view's learner choice).
learner-kind-ols = OLS
learner-kind-lasso = Lasso (CV)
learner-kind-forest = Random forest
learner-kind-boosting = Gradient boosting
learner-kind-svr = SVR
learner-desc-lasso = Lasso (CV, { $folds } folds)
learner-desc-forest = Random forest ({ $trees } trees)
learner-desc-boosting = Gradient boosting ({ $trees } trees, lr { $lr }, depth { $depth })
learner-desc-forest-hist = Random forest ({ $trees } trees, hist)
learner-desc-boosting-hist = Gradient boosting ({ $trees } trees, lr { $lr }, depth { $depth }, hist)
learner-desc-svr = SVR (RBF, C { $c }, epsilon { $epsilon })

# A scenario or estimate without a name, by its outcome and treatment ("CEE on DCP").
label-outcome-on-treatment = { $outcome } on { $treatment }
