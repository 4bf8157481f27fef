# English labels of the window (gui-lab.ftl). Ids are used by the code; edit only the text after "=".

# View heading.
gui-lab-title = Lab: DML against naive regression
# What the lab shows.
gui-lab-intro = Draw many data sets from a process whose true effect is known, estimate it on each, and compare: naive OLS misses nonlinear confounding, DML with a flexible learner finds the effect.
# Process choice.
gui-lab-process = Data-generating process
# Nonlinear process.
gui-lab-nonlinear = Nonlinear confounding
# Nonlinear process, explained.
gui-lab-nonlinear-help = Independent rows; D and Y both depend on |x1| and a step in x2, which linear controls cannot absorb. True effect 0.5.
# Panel process.
gui-lab-panel = Panel with unit effects
# Panel process, explained.
gui-lab-panel-help = Units observed for 10 years, with unit effects in D and Y that the controls do not explain: errors treated as independent are too small; clustering by unit fixes the coverage. True effect 0.5.
# Sample process.
gui-lab-sample = The bundled sample's process
# Sample process, explained.
gui-lab-sample-help = A fresh synthetic panel (2011-2022) from the bundled sample's process, with the study's baseline model (CEE on DCP, six controls) and one DCP effect for every region: 1.0. (With effects that differ by region, as in the bundled file, a partially linear model estimates their average weighted by how much DCP varies, not their plain average.) Rows of one unit share unobserved traits: cluster by unit. Up to 360 rows the units are the 30 provinces, whose geography ties an unobserved trait to DCP.
# Rows per data set.
gui-lab-rows = Rows per data set (n)
# Confounding strength.
gui-lab-confounding = Strength of confounding
# Confounding strength, explained.
gui-lab-confounding-help = Multiplies the nonlinear confounding h(x) in D and Y: 0 removes it (naive OLS is then unbiased). Not used by the sample's process.
# Learner.
gui-lab-learner = Flexible learner
# Folds.
gui-lab-folds = Folds K
# Folds by unit.
gui-lab-by-unit = Deal whole units to folds
# Cluster.
gui-lab-cluster = Cluster standard errors by unit
# Units required.
gui-lab-needs-units = This process has no units (rows are independent).
# Cross-fitting.
gui-lab-cross-fitting = Cross-fitting
# No cross-fitting warning.
gui-lab-no-cross-fitting = Off: nuisances are fitted on the rows they predict. Wrong in practice: shown only to see the overfitting bias.
# Replications.
gui-lab-replications = Replications R
# Seed.
gui-lab-seed = Seed
# Run.
gui-lab-run = Run the experiment
# Cancel.
gui-lab-cancel = Cancel the experiment
# Progress.
gui-lab-done-of = replications done
# Changed settings.
gui-lab-changed = Settings changed since this run: press Run to see them.
# Nothing yet.
gui-lab-nothing-yet = Press Run to draw the data sets.
# Histogram heading.
gui-lab-histogram = Estimates over the replications
# Truth line.
gui-lab-truth = true effect
# Estimate axis.
gui-lab-estimate = estimate of the effect of D on Y
# Count axis.
gui-lab-count = data sets
# Naive OLS.
gui-lab-naive = naive OLS
# DML with OLS.
gui-lab-dml-ols = DML, OLS learners
# DML with the learner.
gui-lab-dml-learner = DML,
# Without cross-fitting suffix.
gui-lab-no-cf-suffix = (no cross-fitting)
# Table title.
gui-lab-table-title = Bias, spread and coverage
# Column: estimator.
gui-lab-col-estimator = Estimator
# Column: bias.
gui-lab-col-bias = Bias
# Column: sd.
gui-lab-col-sd = SD of estimates
# Column: mean se.
gui-lab-col-se = Mean SE
# Column: coverage.
gui-lab-col-coverage = 95% coverage
# Table note.
gui-lab-table-note = Bias = mean(estimate - truth); coverage = share of 95% intervals that contain the true effect (nominal 0.95). A mean SE below the SD of the estimates means the standard errors are too small.
# Export plot.
gui-lab-export-plot = Export plot as PNG…
# Failed.
gui-lab-failed = The experiment failed:
