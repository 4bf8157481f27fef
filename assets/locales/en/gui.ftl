# English labels of the window (gui.ftl). Ids are used by the code; edit only the text after "=".


## Application and menus.
gui-app-title = Carbon DML Explorer
gui-menu-file = File
gui-menu-view = View
gui-menu-help = Help
gui-table-language = Result tables
gui-table-language-help = Language of the result tables and of what they export (CSV, Markdown, LaTeX, copy for Word), apart from the interface's.
gui-same-as-interface = Same as the interface
gui-open-csv = Open CSV…
gui-open-sample = Load the bundled sample
gui-open-scenario = Open scenario…
gui-save-scenario = Save scenario
gui-save-scenario-as = Save scenario as…
gui-reproduce-study = Reproduce the study
gui-message = Message
gui-recent-files = Recent files
gui-no-recent = (none yet)
gui-quit = Quit
gui-language = Language
gui-theme = Theme
gui-theme-light = Light
gui-theme-dark = Dark
gui-zoom = Zoom
gui-zoom-in = Zoom in
gui-zoom-out = Zoom out
gui-zoom-reset = Actual size
gui-presentation = Presentation mode (large text)
gui-debug-overlay = Frame-time overlay
gui-builtin-file-chooser = Use the built-in file chooser
gui-builtin-file-chooser-help = Open, save and export with the chooser drawn in this window instead of the system's dialog (for desktops where the system dialog does not appear or misbehaves).
gui-about-study = About the study
gui-about-methods = About the methods
gui-shortcuts = Keyboard shortcuts
gui-close = Close
gui-dismiss = Dismiss

## Navigation.
gui-view-data = Data
gui-view-index = Index
gui-view-model = Model
gui-view-results = Results
gui-view-maps = Maps
gui-view-robustness = Robustness
gui-view-scenarios = Scenarios
gui-view-lab = Lab

## Results: comparisons beside the estimate.
gui-naive-ols = Naive OLS (Y on D and the controls, classical se)
gui-naive-ols-help = The regression a reader would run without DML: linear in the controls. Where confounding is nonlinear it is biased; DML with a flexible learner is not.
gui-true-effect = True effect built into the synthetic sample
gui-true-effect-help = The bundled data are synthetic: their generating process fixes this effect for every row; shown is its average over the rows this estimate used (a region or subsample gets its own), so you can see how close each estimator comes. Not shown when the index, or a log or lag of the outcome or treatment, changes what is estimated. See sample_data/README.md.

## Status bar.
gui-status-data = Data
gui-synthetic = synthetic
gui-status-up-to-date = up to date
gui-status-running = estimating
gui-status-stale = stale (a change is waiting)
gui-status-error = error
gui-status-idle = no estimate yet
gui-status-deriving = computing in the background:
gui-status-waiting-for = the estimate waits for
gui-last-estimate = last estimate
gui-cancel = Cancel

## Data view.
gui-data-source = Data source
gui-rows = rows
gui-units = units
gui-years = years
gui-cross-section = cross-section
gui-validation = Validation report
gui-no-problems = No problems found.
gui-import-failed = Import failed; the previous data are kept.
gui-column-mapping = Column mapping
gui-unit-column = Unit column
gui-year-column = Year column
gui-auto-detect = (detect)
gui-none-cross-section = (none: cross-section)
gui-apply-mapping = Re-import with this mapping
gui-sheet = Sheet
gui-sheet-auto = (first sheet with a table)
gui-wide-table = Wide table (one column per year) of
gui-wide-hint = Reshaped to the panel on import; the unit column is the first column unless chosen above.
gui-summary-stats = Descriptive statistics (Table 3)
gui-preview = Table preview
gui-variable = Variable
gui-mean = Mean
gui-sd = SD
gui-min = Min
gui-max = Max
gui-synthetic-note = These data are synthetic: generated with known true effects, not official statistics.
gui-drop-hint = Drop a CSV file or an Excel workbook onto the window to open it.
gui-error = Error
gui-warning = Warning
gui-note = Note
gui-selected = Selected

## Model view.
gui-not-ready = This view is being built.
gui-rerun = Re-estimate now
gui-reset-baseline = Study baseline
gui-reset-baseline-help = Reset every model choice to the study's baseline: CEE on DCP, six controls, PLR, random forests with 500 trees, K = 5.
gui-variables = Variables
gui-outcome = Outcome Y
gui-outcome-help = The variable whose response we study, e.g. CEE = GDP / CO2 (carbon economic efficiency).
gui-treatment = Treatment D
gui-treatment-help = The variable whose effect theta we estimate, e.g. DCP, the computing-power index.
gui-instrument = Instrument Z
gui-instrument-help = For PLIV only: a variable that moves D but affects Y only through D (the study uses telegraph offices in 1907 x lagged DCP).
gui-none = none
gui-controls = Controls X
gui-controls-help = Variables that may drive both D and Y (confounders). DML lets a machine-learning model find how they matter, instead of assuming straight lines.
gui-study-controls = The study's six
gui-clear = Clear
gui-model = Model
gui-plr-help = Partially linear regression: Y = theta D + g(X) + e. The effect of D is a straight line; the controls may act in any way.
gui-pliv-help = Partially linear IV: as PLR, but D may be endogenous; the instrument Z identifies theta.
gui-score = Score
gui-score-help = Partialling out regresses the residual of Y on the residual of D. IV-type (the study's own description) uses the residual of D as an instrument for D.
gui-score-partialling-out = partialling out
gui-score-iv-type = IV-type
gui-learners = Learners
gui-learners-help = The machine-learning models that predict Y and D from the controls. Every prediction for a row comes from a model that never saw that row (cross-fitting).
gui-per-nuisance = one per nuisance function
gui-nuisance = Nuisance
gui-ols-help = Ordinary least squares: straight lines in every control. Fast; misses nonlinear confounding.
gui-cv-folds = CV folds for the penalty
gui-trees = Trees
gui-trees-help = More trees give smoother, more stable predictions and take longer. The study uses 500.
gui-max-depth = Max depth
gui-max-depth-help = How many questions a tree may ask in a row. Unlimited (unchecked) grows each tree until its leaves are pure.
gui-min-leaf = Min rows per leaf
gui-min-leaf-help = Each leaf must keep at least this many rows. Larger values smooth the predictions.
gui-max-features = Features per split
gui-max-features-help = How many controls each split may choose from. All (scikit-learn's default for regression), the square root, log2, or a fraction of them.
gui-all = all
gui-fraction = fraction
gui-boost-trees-help = Boosting stages: each small tree corrects the errors of the ones before.
gui-learning-rate = Learning rate
gui-learning-rate-help = How much each tree's correction counts. Smaller rates need more trees.
gui-depth = Depth
gui-subsample = Subsample
gui-subsample-help = Share of rows each tree sees (1 = all, the default; below 1 is stochastic boosting).
gui-split-search = Split search
gui-split-search-help = Exact tries every value between two observations (the study's setting, the default). Histogram sorts each control once into at most 255 quantile bins and searches their sums, so splits fall only at bin boundaries.
gui-split-exact = exact
gui-split-hist = histogram
gui-svr-c-help = Penalty on errors larger than epsilon. Larger C follows the data more closely.
gui-svr-eps-help = Errors smaller than epsilon cost nothing (the tube around the fit).
gui-svr-gamma-help = Width of the RBF kernel. 'scale' = 1 / (number of controls x variance), as scikit-learn.
gui-fixed = fixed
gui-cross-fitting = Cross-fitting and inference
gui-folds = Folds K
gui-folds-help = The data are split into K parts; each part is predicted by models trained on the other K-1. The study uses 5, and 4 and 8 as checks.
gui-repetitions = Repetitions
gui-repetitions-help = Repeat the random split several times and take the median, so the answer depends less on one lucky or unlucky split.
gui-fold-scheme = Fold assignment
gui-fold-scheme-help = Random rows (as in the study), all years of a unit together (no leakage across years of one province: recommended for panels), or a fold-id column of the data (to match other software exactly).
gui-random-rows = random rows
gui-by-unit = by unit
gui-fold-column = column
gui-cluster = Clustered SE
gui-cluster-help = Rows of the same province are not independent. Clustering by unit (or by unit and year) widens the standard error accordingly.
gui-unit-and-year = unit and year
gui-aggregation = Combine repetitions
gui-aggregation-help = DoubleML 0.11: median estimate, median interval bounds. The older rule: median of n se^2 + (theta_r - theta)^2.
gui-median-variance = median variance (older rule)
gui-seed = Seed
gui-seed-help = One number drives every random choice (folds, trees). The same seed gives exactly the same result.
gui-fixed-effects = Fixed effects
gui-fixed-effects-help = Absorb everything constant within a province (unit) or common to a year (year). As dummy controls, or by subtracting unit means (within).
gui-fe-unit = unit
gui-fe-year = year
gui-fe-unit-year = unit + year
gui-fe-interactive-note = The study's 'province x year interactive fixed effects' are offered as unit + year effects: with one row per province-year, a literal province x year dummy would equal one row each and absorb everything.
gui-fe-within = within (demean)
gui-transforms = Transforms
gui-interpolate = Interpolate gaps within unit
gui-interpolate-help = Fill interior missing years of a province linearly (the study's rule). Otherwise rows with missing values are dropped and counted.
gui-lag-treatment = Lag the treatment one year
gui-lag-help = Use last year's D (drops each unit's first year).
gui-iv-times-lag = Instrument x lagged treatment
gui-iv-times-lag-help = The study's instrument: telegraph offices in 1907 times DCP of the previous year.
gui-winsorize = Winsorize controls
gui-winsorize-help = Replace values beyond the chosen percentiles by the percentile (the study: 1% and 99%).
gui-squares = Add squared controls
gui-squares-help = Add x^2 for every control (the study's robustness check for nonlinearity).
gui-log-columns = Natural log of columns
gui-sample-filter = Sample
gui-sample-filter-help = Estimate on a subsample: years, regions, coastal or inland provinces, or a condition on any column (e.g. environmental regulation above its median).
gui-years-range = Years
gui-region = Region
gui-east = east
gui-central = central
gui-west = west
gui-coast = Coast
gui-coastal = coastal
gui-inland = inland
gui-add-condition = + condition on a column
gui-current-sample = Estimation sample

## Results view.
gui-waiting-for-estimate = Waiting for the first estimate…
gui-spec-does-not-fit = The model set-up does not fit the data:
gui-go-to-model = Go to the Model view
gui-notes = Notes
gui-plot-residuals = Residual on residual
gui-plot-nuisance = Nuisance fit
gui-plot-repetitions = Repetitions
gui-plot-instrument = First stage and AR set
gui-export-plot-png = Export plot as PNG…
gui-nuisance-fit = Out-of-fold fit of each nuisance function
gui-target = Target
gui-band-95 = 95% band
gui-no-residuals = No residuals to plot.
gui-actual = actual
gui-predicted = predicted (out of fold)
gui-repetition = repetition
gui-aggregated = aggregated θ
gui-first-stage = First stage
gui-weak-instrument = weak instrument (F < 10): trust the Anderson-Rubin set, not the Wald interval
gui-copy-table = Copy table
gui-copy-table-help = Copy as tab-separated text: paste into Word or Excel.
gui-export = Export
gui-tour-data-title = Welcome: the data
gui-tour-data-body = Carbon DML Explorer takes one study apart: does computing-power development (DCP) raise carbon economic efficiency (CEE) in China's provinces? It opens on a bundled SYNTHETIC panel whose true effects are known, so you can check every estimator against the truth. Here you open your own CSV (File > Open, or drop it on the window), map the province and year columns and read the validation report and Table 3.
gui-tour-index-title = The index
gui-tour-index-body = DCP is built from ten indicators in four dimensions with entropy weights. Change the method, the indicators or the weights and every estimate, table and map follows.
gui-tour-model-title = The model
gui-tour-model-body = Choose the outcome, treatment, controls and sample; the learners and their settings; the number of folds and how rows are dealt to them; clustering, fixed effects and the instrument. Every change re-estimates in the background.
gui-tour-results-title = The results
gui-tour-results-body = The estimate with its standard error, interval and nuisance fit, the naive OLS beside it and, on the bundled sample, the true effect built into the data (in green). Click a point in a plot to select its province everywhere.
gui-tour-maps-title = The maps
gui-tour-maps-body = Any variable by province and year, with the study's natural breaks or other classes; export them as PNG.
gui-tour-robustness-title = The study's tables
gui-tour-robustness-body = The whole empirical section (Tables 3 to 11) on the current data, with a mark saying whether each conclusion holds. On the bundled sample each table also shows the true effect of every column, subgroups included. The specification curve runs every combination you tick.
gui-tour-scenarios-title = Scenarios
gui-tour-scenarios-body = Keep set-ups side by side, compare them and save them as files that open the app where you left it.
gui-tour-lab-title = The classroom lab
gui-tour-lab-body = Why double machine learning exists, live: many data sets from a process with a known effect, naive OLS against DML, with the true effect marked. Try removing cross-fitting or clustering. For a projector, View > Presentation mode enlarges everything. Reopen this tour from Help.
# Tour title in the window's frame.
gui-tour-title = Tour
# Help menu entry.
gui-tour-menu = Tour of the app…
gui-tour-back = Back
gui-tour-next = Next
gui-tour-done = Done
gui-tour-skip = Skip the tour
# Recovery dialog title.
gui-autosave-title = Recover your work?
# Recovery dialog text.
gui-autosave-body = The last session ended without closing the window (a crash or a power cut). Its set-up was saved:
# The scenario line of the dialog.
gui-autosave-scenario = Scenario
# The data line of the dialog.
gui-autosave-data = Data
# The bundled sample, when the set-up names no file.
gui-autosave-sample = the bundled sample
# Restore button.
gui-autosave-restore = Restore
# Discard button.
gui-autosave-discard = Discard
# Shown once when the autosave cannot be written.
gui-autosave-write-failed = Autosave is off for this session:{" "}
# "Importing".
gui-import-job-importing = Importing
# Cancel button.
gui-import-job-cancel-import = Cancel import
# Title: open a data file.
gui-files-title-open-csv = Open CSV
# Title: open a scenario.
gui-files-title-open-scenario = Open scenario
# Title: save the scenario.
gui-files-title-save-scenario = Save scenario
# Title: save a plot as PNG.
gui-files-title-export-png = Export PNG
# Title: export a table.
gui-files-title-export-table = Export table
# Title: load boundaries.
gui-files-title-load-geojson = Load GeoJSON boundaries
# Title: export a map.
gui-files-title-export-map = Export map as PNG
# Title: folder for the robustness report.
gui-files-title-export-report = Choose a folder for the report files
# Title: add scenarios to the comparison.
gui-files-title-compare = Add scenario files
# Title: add gridded data to the panel.
gui-files-title-add-gridded = Add gridded data (GeoTIFF)
# Filter: delimited text.
gui-files-filter-csv = CSV, text tables and Excel workbooks
# Filter: scenarios.
gui-files-filter-scenario = Scenario
# Filter: PNG images.
gui-files-filter-png = PNG image
# Filter: GeoJSON.
gui-files-filter-geojson = GeoJSON
# Filter: GeoTIFF rasters.
gui-files-filter-geotiff = GeoTIFF rasters
# Go to the parent folder.
gui-files-up = Up
# Go to the home folder.
gui-files-home = Home
# Label of the editable folder path.
gui-files-folder = Folder
# Hover of the folder path.
gui-files-folder-help = Type a folder and press Enter to go there.
# Show every file, not only the request's types.
gui-files-all-files = All files
# Accessible name of a row's checkbox (open several); followed by the file name.
gui-files-tick = Select
# Show hidden files.
gui-files-show-hidden = Show hidden files
# Label of the file-name field (save).
gui-files-file-name = File name
# Accept (open).
gui-files-open = Open
# Accept (save).
gui-files-save = Save
# Accept (folder): the folder shown.
gui-files-choose-folder = Choose this folder
# Accept (folder): the folder selected in the list; followed by its name.
gui-files-choose = Choose
# Cancel.
gui-files-cancel = Cancel
# While the folder is read.
gui-files-reading = Reading the folder…
# The folder holds nothing to show.
gui-files-empty = (nothing here of the requested type)
# Hint for several files.
gui-files-many-hint = Tick several files, or Ctrl+click and Shift+click.
# Nothing chosen yet.
gui-files-nothing-selected = Select a file first.
# Save without a name.
gui-files-name-needed = Type a file name first.
# Overwrite question; followed by the file name.
gui-files-replace-question = This file already exists. Replace it?
# Overwrite: yes.
gui-files-replace = Replace
# Overwrite: no.
gui-files-keep = Keep it
# One-line note when the system dialog could not be shown.
gui-files-native-unavailable = The system file dialog is not available on this desktop; using the built-in chooser.
# While the system dialog is open.
gui-files-waiting-native = Waiting for the system file dialog…
# Abandon the system dialog for the built-in one.
gui-files-use-builtin-instead = Use the built-in chooser instead
# Hover of [`USE_BUILTIN_INSTEAD`].
gui-files-use-builtin-help = If the system dialog did not appear (or is hidden behind this window), choose the file here.
# The answer arrived when what it was for had gone.
gui-files-not-ready = The view changed before the file was chosen; nothing was done. Please try again.
# Folder error: permission.
gui-files-err-permission = This folder cannot be read (permission denied)
# Folder error: gone.
gui-files-err-not-found = This folder does not exist
# Folder error: a file.
gui-files-err-not-a-folder = This is not a folder
# Folder error: anything else.
gui-files-err-other = This folder cannot be read
gui-scenarios-title = Scenarios
gui-scenarios-current = Current scenario
gui-scenarios-name = Name
gui-scenarios-save = Save
gui-scenarios-save-as = Save as…
gui-scenarios-open = Open scenario…
gui-scenarios-preset = Reproduce the study
gui-scenarios-preset-help = Load the bundled sample and the study's baseline: CEE on DCP (entropy index), six controls, PLR, random forests with 500 trees, K = 5, seed 42.
gui-scenarios-file = File
gui-scenarios-unsaved = not saved yet
gui-scenarios-compare = Compare scenarios
gui-scenarios-add-current = Add the current scenario
gui-scenarios-add-file = Add scenario files…
gui-scenarios-remove = Remove
gui-scenarios-differs = Settings that differ
gui-scenarios-setting = Setting
gui-scenarios-same = All compared scenarios have the same settings.
gui-scenarios-compare-hint = Add scenarios to see their estimates side by side. Each is estimated in the background on its own data.
# Small-sample corrections of every variance (SE, first-stage F, AR, tF).
gui-model-small-sample = Small-sample correction
gui-model-small-sample-help = Multiply every variance (SE, first-stage F, AR, tF) by G/(G−1) and/or n/(n−k); both together are Stata's ivreg2 small option and linearmodels' debiased=True. Default: none, as DoubleML.
gui-model-small-clusters = G/(G−1) (clusters)
# "Showing the first N of M columns."
gui-data-preview-columns-cut = The preview shows the first { $n } of { $m } columns.
# Heading of the panel.
gui-iv-heading = Instrument strength and weak-IV-robust sets
# "Variance (SE, F, AR, tF)".
gui-iv-variance = Variance (SE, F, AR, tF)
# Robust F row.
gui-iv-f-robust = First-stage F, robust
# Its explanation.
gui-iv-f-robust-help = Wald F of D − r̂ on Z − m̂ with the estimate's variance; one instrument: = Kleibergen-Paap rk Wald F = effective F (Montiel Olea-Pflueger)
# Non-robust F row.
gui-iv-f-nonrobust = First-stage F, non-robust (iid)
# Its explanation.
gui-iv-f-nonrobust-help = homoskedastic errors, rows independent; shown for comparison only
# Partial R^2 row.
gui-iv-partial-r2 = Partial R²
# Coefficient row.
gui-iv-fs-coef = First-stage coefficient (se)
# Level column.
gui-iv-level = Level
# Wald column.
gui-iv-wald = Wald interval
# tF column.
gui-iv-tf = tF interval (LMMP 2022)
# AR column.
gui-iv-ar = Anderson-Rubin set
# Unbounded tF.
gui-iv-unbounded = unbounded (F ≤ 3.84)
# tF only at 5%.
gui-iv-tf-only-95 = — (5% only)
# Critical value.
gui-iv-critical = critical value

## Filters of the save dialog for a table export.
gui-table-format-csv = CSV
gui-table-format-markdown = Markdown
gui-table-format-latex = LaTeX

## Help menu: about the study, about the methods, keyboard shortcuts.
gui-help-study =
    The study asks whether computing-power development (DCP) in China's provinces raises carbon economic efficiency (CEE = GDP / CO2) and lowers welfare carbon intensity (CIWB = CO2 per person / life expectancy x 100), on a panel of 30 provinces, 2011-2022 (Tibet, Hong Kong, Macao and Taiwan excluded).

    DCP is a composite index of ten indicators in four dimensions (computing industry, technology, environment, application), weighted by the entropy-weight method.

    The effect is estimated with double machine learning: a partially linear model with random-forest learners and 5-fold cross-fitting. Mechanisms: total-factor energy efficiency (TFEE, from a super-efficiency SBM model with undesirable outputs) and industrial structure upgrading (ISU). Robustness: a PCA-based index, winsorized and squared controls, K = 4 and 8, SVM and gradient-boosting learners, and an instrument (telegraph offices in 1907 x lagged DCP). Heterogeneity: coastal / inland, east / central / west, strong / weak environmental regulation.

    The bundled data are SYNTHETIC: generated with known true effects so that you can watch DML recover them (see sample_data/README.md). Open your own CSV to analyse real data.
gui-help-methods =
    Partially linear model: Y = theta D + g(X) + e, D = m(X) + v.

    Double machine learning fits l(X) = E[Y|X] and m(X) = E[D|X] with a flexible learner on K-1 folds and predicts the held-out fold (cross-fitting), so every row's prediction comes from a model that never saw it. With V = D - m^(X) and W = Y - l^(X), theta^ = sum V W / sum V^2, and its standard error comes from the score (DML2, pooled over folds).

    Entropy weights: indicators are min-max normalized by direction, p_ij = x'_ij / sum_i x'_ij, e_j = -(1/ln n) sum_i p_ij ln p_ij, w_j = (1 - e_j) / sum_k (1 - e_k).

    Stars mark significance at 10% (*), 5% (**) and 1% (***); t statistics are in parentheses.
gui-help-shortcuts =
    Ctrl+O   open a CSV file
    Ctrl+S   save the scenario
    Ctrl+R / F5   re-estimate now
    Ctrl+1 ... Ctrl+8   switch view
    Ctrl++ / Ctrl+- / Ctrl+0   zoom in / out / actual size
    Esc   cancel a running estimate

## Results view, IV panel: the variance, the Anderson-Rubin set and the notes on fragile inference.
gui-iv-variance-robust = heteroskedasticity-robust (rows independent)
gui-iv-variance-unit = clustered by unit ({ $counts } clusters)
gui-iv-variance-unit-year = two-way clustered by unit and year ({ $counts } clusters)
# $base: one of the variances above; $correction: the correction's name (G/(G-1), n/(n-k), ...).
gui-iv-variance-small-sample = { $base }, small-sample correction: { $correction }
gui-iv-ar-whole-line = (−∞, ∞): the whole line
gui-iv-ar-empty = empty
gui-iv-note-few-clusters = Only { $clusters } clusters (fewer than about { $threshold }): cluster-robust standard errors, F and AR sets are imprecise; read them with care.
gui-iv-note-below-tf = Robust first-stage F = { $f } is below { $threshold }: the usual 1.96 t-test is not a valid 5% test; use the tF interval or the Anderson-Rubin set.
gui-iv-note-ar-unbounded = The { $level }% Anderson-Rubin set is unbounded: the instrument does not pin down the effect at that level.
gui-iv-note-repetitions = First-stage statistics are medians over the { $reps } repetitions; the Anderson-Rubin set pools their scores.

## Status bar: how long ago the last estimate finished.
gui-ago-seconds = { $s } s ago
gui-ago-minutes = { $min } min ago

## Title of the tour window: "Tour 2/8: The index".
gui-tour-window-title = { $tour } { $step }/{ $steps }: { $title }

## Previews of long estimates (Results view)
gui-preview-banner = Preview: { $what }. The full estimate is running and will replace it.
gui-preview-trees = { $preview } of { $full } trees
gui-preview-repetitions = { $preview } of { $full } repetitions
gui-preview-rows = { $preview } of { $full } rows
gui-preview-units = { $preview } of { $full } rows ({ $units } of { $all } units, whole)
gui-preview-separator = ;{" "}
gui-preview-status = preview shown
