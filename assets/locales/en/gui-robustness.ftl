# English labels of the window (gui-robustness.ftl). Ids are used by the code; edit only the text after "=".

# View title.
gui-robustness-title = Robustness
# What the view does.
gui-robustness-intro = Runs the study's empirical section (Tables 3-11 and the maps) on the current data, with your Model set-up as the baseline, and marks which conclusions hold.
# Run button.
gui-robustness-run = Run the battery
# Run button hover.
gui-robustness-run-help = Estimate every table of the study in the background (about 20-30 DML estimates). The window stays usable.
# Rerun button.
gui-robustness-rerun = Run again
# Cancel button.
gui-robustness-cancel = Cancel
# Automatic rerun toggle.
gui-robustness-auto = Rerun when the set-up changes
# Automatic rerun hover.
gui-robustness-auto-help = While this view is open, a change of data, index or model starts the battery again after the live estimate.
# Nothing run yet.
gui-robustness-not-run = The battery has not run on this data yet. Press "Run the battery".
# Waiting for derived variables.
gui-robustness-waiting = Computing the derived variables…
# Results are out of date.
gui-robustness-stale = The set-up or the data changed since this battery ran: the tables below are out of date.
# Up to date.
gui-robustness-up-to-date = up to date
# Cancelled.
gui-robustness-cancelled = Cancelled.
# Failure heading.
gui-robustness-failed = The battery could not run
# Summary heading.
gui-robustness-summary = Does the conclusion hold?
# Verdict: holds.
gui-robustness-holds = holds
# Verdict: not significant.
gui-robustness-not-significant = same sign, not significant
# Verdict: opposite sign.
gui-robustness-opposite = opposite sign
# Verdict: not estimated.
gui-robustness-not-estimated = not estimated
# Column heading of the marks.
gui-robustness-conclusions = Conclusions
# Items without results.
gui-robustness-problems = Skipped or failed
# Maps section.
gui-robustness-maps = Maps (first and last year)
# Open a map.
gui-robustness-show-map = Show in Maps
# Export of the whole report.
gui-robustness-export-report = Export the report…
# Export hover.
gui-robustness-export-report-help = Write tables.md, tables.tex, one CSV per table, the figures and report.json into a folder (as `carbon-dml report`).
# Export done.
gui-robustness-exported = Report written to
# Duration label.
gui-robustness-took = took
# Specification curve heading.
gui-robustness-curve = Specification curve
# Specification curve explanation.
gui-robustness-curve-intro = Tick the choices to combine. Every combination is estimated; the estimates are sorted with their 95% intervals above and the choices each one uses below. An empty group keeps the Model view's setting.
# Learners group.
gui-robustness-learners = Learners
# Folds group.
gui-robustness-folds = Folds K
# Index group.
gui-robustness-index = Index
# Entropy index choice.
gui-robustness-entropy = as in the Index view
# Winsorize group.
gui-robustness-winsor = Winsorized controls
# Squares group.
gui-robustness-squares = Squared controls
# Fixed-effects group.
gui-robustness-fe = Fixed effects
# Fold-scheme group.
gui-robustness-scheme = Fold scheme
# No.
gui-robustness-no = no
# Yes.
gui-robustness-yes = yes
# Random folds.
gui-robustness-random = random
# Folds by unit.
gui-robustness-by-unit = by unit
# Number of specifications.
gui-robustness-count = specifications
# Run the curve.
gui-robustness-run-curve = Run the curve
# Share of significant same-sign estimates.
gui-robustness-share = significant (5%) with the median's sign
# Estimates axis.
gui-robustness-estimate = estimate θ
# Rank axis.
gui-robustness-rank = specifications, sorted by θ
# Significant legend.
gui-robustness-significant = significant, median's sign
# Other estimates legend.
gui-robustness-other = other
# Baseline line legend.
gui-robustness-baseline = baseline
# Failures of the curve.
gui-robustness-curve-failed = could not be estimated
# Export of the curve.
gui-robustness-export-curve = Export PNG…
# Heading of the true effects beside a table's estimates (bundled sample only).
gui-robustness-true-effects = True effect built into the synthetic sample
# Hover of the true effects.
gui-robustness-true-effects-help = The bundled data are synthetic with known effects. Each number is the true effect averaged over the rows that column used, so a subgroup (a region, the coastal provinces, regulation above its median) gets its own; for TFEE, a score relative to each year's frontier, it is the average derivative of each row's own score, measured by finite differences. Columns whose treatment is another index (PCA) or is lagged or logged have none.
# The model row of the choices: PLR, or the study's IV specification (Table 7).
gui-curve-model = Model
# The IV choice.
gui-curve-pliv = PLIV (instrument x lagged D)
# After the folder an export wrote to.
gui-robustness-exported-files = ({ $count ->
        [one] { $count } file
       *[other] { $count } files
    })
