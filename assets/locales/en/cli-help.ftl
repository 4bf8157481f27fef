# The command line's help (`carbon-dml --help`, `carbon-dml <subcommand> --help`), shown under
# `--lang zh` (src/cli/help_zh.rs). English is clap's help from the doc comments, word for
# word: `CARBON_DML_WRITE_HELP_FTL=1 cargo test --test headless cli_help_zh::` writes this file.
# `help-<subcommand>` is a subcommand's about, `help-<subcommand>-<arg>` an argument's help;
# `.long` is the long form (`--help`), `.pv-<value>` the help of a possible value.

## top

help-top = Carbon DML Explorer: take apart and rebuild a double-machine-learning study of computing power and carbon efficiency in China's provinces
help-top-screenshot = Open the window, wait until the estimates are in, save a PNG of the window to FILE, exit
help-top-view = View to show (with --screenshot): data, index, model, results, maps, robustness, scenarios, lab; lisa or lisa-significance for the Maps view's LISA maps
help-top-lang = Language of the window, the messages, the result tables, the report files and the maps: en or zh (default en; the window remembers its own choice)
help-top-table-lang = Language of result tables and report files when it differs from --lang: en or zh
help-top-presentation = Start in presentation mode (large text, for a projector)
help-top-tour = Open the tour of the app (it also opens by itself on the first start)
help-top-window-size = Inner window size in points, e.g. 1920x1080 (default 1360x860)
help-top-file = A scenario (`.ron`) or data file (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.xls`) to open in the window: what double-clicking a file in the file manager does

## check

help-check = Validate a data file: print the report, exit 1 on errors
help-check-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-check-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-check-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-check-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-check-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-check-json = Print the report as JSON

## sample-data

help-sample-data = Write the synthetic sample panel (and its true effects) to a directory
help-sample-data-out = Output directory (created if needed)
help-sample-data-units = Number of units (30 = provinces; more gives generic units such as 278 "cities")
help-sample-data-years = Number of years from 2011
help-sample-data-seed = Seed of the data-generating process

## describe

help-describe = Descriptive statistics (the study's Table 3)
help-describe-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-describe-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-describe-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-describe-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-describe-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-describe-vars = Variables (comma-separated; default all numeric columns)
help-describe-json = Print JSON

## bench

help-bench = Time the engine against the issues' speed targets (use a release build)
help-bench-suite = Suites to run (default all): import, import-large, learners, dml, pliv-card, measures, tfee, maps, spatial-stats, battery, index-view
help-bench-quick = Fewer repetitions
help-bench-json = Print JSON

## breaks

help-breaks = Class breaks of a variable (natural breaks, quantiles, equal intervals)
help-breaks-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-breaks-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-breaks-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-breaks-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-breaks-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-breaks-var = Variable (numeric column) to classify
help-breaks-at-year = Only the rows of this year (default: all rows)
help-breaks-method = Classification method
    .pv-jenks = Fisher-Jenks exact optimal natural breaks (see [`super::jenks`])
    .pv-quantile = Quantiles exactly as `mapclassify.Quantiles`: see [`quantile_breaks`]
    .pv-equal = Equal intervals exactly as `mapclassify.EqualInterval`: see [`equal_interval_breaks`]
help-breaks-classes = Number of classes (2 to 9)
help-breaks-json = Print JSON: {"{"}"breaks": [upper bounds ascending, last = max], "counts": [...]{"}"}

## map

help-map = Draw choropleth maps of a variable to a PNG
help-map-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-map-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-map-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-map-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-map-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-map-var = Variable (numeric column) to map
help-map-at-year = Year(s) to map; two or more are drawn side by side (e.g. --at-year 2011,2022)
help-map-method = Classification method
    .pv-jenks = Fisher-Jenks exact optimal natural breaks (see [`super::jenks`])
    .pv-quantile = Quantiles exactly as `mapclassify.Quantiles`: see [`quantile_breaks`]
    .pv-equal = Equal intervals exactly as `mapclassify.EqualInterval`: see [`equal_interval_breaks`]
help-map-classes = Number of classes (2 to 9)
help-map-breaks = Your own upper class bounds, ascending (replaces --method), e.g. --breaks 1,2,5
help-map-palette = Colour scheme (ColorBrewer)
    .pv-yl-gn-bu = Yellow-green-blue, sequential (the default: higher is darker blue)
    .pv-yl-or-rd = Yellow-orange-red, sequential (for burdens such as emissions)
    .pv-rd-bu = Red-blue, diverging
    .pv-pu-or = Purple-orange, diverging
help-map-reverse = Reverse the palette (for "lower is better" variables)
help-map-legend = One shared legend or one per map
    .pv-shared = One legend, breaks from all years pooled
    .pv-per-map = One legend per map
help-map-png = Output PNG file
help-map-width = Picture width in pixels
help-map-title = Title (default: variable and years)
help-map-boundaries = Boundary GeoJSON (default: the embedded provinces)
help-map-join-property = Feature property joined to the units (a province code or name is resolved to the province)
help-map-exact-join = Match property values as exact text instead of resolving province names and codes
help-map-font = Font file for characters the built-in face lacks (e.g. NotoSansCJK-Regular.ttc)

## moran

help-moran = Global Moran's I and local Moran (LISA) of a variable in one year, on spatial weights
help-moran-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-moran-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-moran-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-moran-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-moran-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-moran-var = Variable (numeric column)
help-moran-at-year = Year (required for panel data)
help-moran-weights = Weights: queen, rook, queen:SNAP_KM, rook:SNAP_KM, knn:K, idw, idw:KM, or FILE.gal / FILE.gwt
help-moran-permutations = Number of permutations (0: none; at most 99999)
help-moran-seed = Seed of the permutations
help-moran-alpha = Significance level of the cluster classes in the table
help-moran-boundaries = Boundary GeoJSON (default: the embedded provinces)
help-moran-join-property = Feature property joined to the units (a province code or name is resolved to the province)
help-moran-exact-join = Match property values as exact text instead of resolving province names and codes
help-moran-write-weights = Also write the weights used (before row-standardization) to FILE.gal or FILE.gwt
help-moran-json = Print JSON

## zonal

help-zonal = Zonal sums or means of GeoTIFF rasters per province (or GeoJSON feature) and year
help-zonal-raster = GeoTIFF raster(s), one a year or a month (EPSG:4326, 3857 or Albers equal-area)
help-zonal-stat = Statistic per unit: sum (totals) or mean (coverage-weighted)
    .pv-sum = `Σ c_i v_i`: totals (emissions in tonnes per cell)
    .pv-mean = `Σ c_i v_i / Σ c_i`: densities or rates
help-zonal-months = How several rasters of one year (months) combine into the year: sum or mean
    .pv-sum = Sum of the rasters' values (monthly totals into an annual total)
    .pv-mean = Mean of the rasters' values (monthly means into an annual mean)
help-zonal-band = Band to read (1-based)
help-zonal-year = Years of the rasters, one per raster in order (default: read from the file names)
help-zonal-boundaries = Boundary GeoJSON (default: the embedded provinces)
help-zonal-join-property = Feature property joined to the units (a province code or name is resolved to the province)
help-zonal-exact-join = Match property values as exact text instead of resolving province names and codes
help-zonal-out = Also write unit,year,value to a CSV file (to merge into a panel)
help-zonal-json = Print JSON

## index

help-index = Composite index (DCP): weights of chosen indicators and the index per unit-year
help-index-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-index-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-index-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-index-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-index-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-index-indicators = Indicator columns, comma-separated (default: the study's ten indicators, with their dimensions and directions)
help-index-negative = Indicators for which smaller is better (e.g. dc_pue)
help-index-dimensions = Dimension of each indicator: `col:dimension,...` (gives sub-indices DCP_<dimension>)
help-index-method = Weighting method
    .pv-entropy = Entropy weights (the study)
    .pv-pca = Principal components
    .pv-equal = Equal weights
    .pv-manual = Weights from --weights
help-index-pca = PCA components (with --method pca)
    .pv-kaiser = Components with eigenvalue > 1, weighted by explained variance
    .pv-first = The first component
help-index-weights = Manual weights `col=w,...` (with --method manual; renormalized to sum to 1)
help-index-dimension-weights = Two-level weighting with these dimension weights: `equal`, `entropy` or `dim=w,...`
help-index-per-year = Min-max normalize within each year instead of over the whole panel
help-index-shift = Shift added after normalization
help-index-out = Write the index per unit-year (and sub-indices) to this CSV file
help-index-json = Print JSON

## tfee

help-tfee = Total-factor energy efficiency (SBM / super-SBM with undesirable outputs) per unit-year
help-tfee-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-tfee-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-tfee-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-tfee-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-tfee-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-tfee-inputs = Input columns (default: K,labour,energy; K is the perpetual-inventory capital stock)
help-tfee-good = Desirable outputs (default: gdp)
help-tfee-bad = Undesirable outputs (default: wastewater,so2,nox,dust)
help-tfee-no-bad = Use no undesirable output (plain SBM)
help-tfee-frontier = Frontier: per year or global
    .pv-year = One frontier per year (contemporaneous)
    .pv-global = One frontier over all years (global)
help-tfee-rts = Returns to scale
    .pv-crs = Constant returns to scale
    .pv-vrs = Variable returns to scale
help-tfee-non-positive = Zero or negative inputs/outputs: refuse, or adjust to a small positive value
    .pv-error = Refuse zero or negative inputs and outputs
    .pv-adjust = Replace them by 1% of the column's smallest positive value
help-tfee-method = How to solve the programs (both give the same scores)
    .pv-reduced = Screen for the efficient frontier, then solve each program against it (fast)
    .pv-full = Every program against every unit of its frontier (the reference; slow on large panels)
help-tfee-out = Write unit, year, score, sbm, status to this CSV file
help-tfee-json = Print JSON

## run

help-run = Estimate a scenario (DML) and print the results table or JSON
help-run-scenario = Scenario file (.ron); flags override it. Without one: the study's baseline on the bundled sample
help-run-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-run-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-run-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-run-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-run-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-run-outcome = Outcome column Y
help-run-treatment = Treatment column D
help-run-controls = Control columns X (comma-separated; an empty value means none)
help-run-instrument = Instrument column Z (PLIV)
help-run-model = Model
    .pv-plr = Partially linear regression
    .pv-pliv = Partially linear IV
help-run-score = Score
    .pv-partialling-out = Partialling out (default)
    .pv-iv-type = IV-type
help-run-learner = Learner of every nuisance
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-run-learner-l = Learner of l(X) = E[Y|X]
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-run-learner-m = Learner of m(X) = E[D|X] (PLR) or E[Z|X] (PLIV)
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-run-learner-r = Learner of r(X) = E[D|X] (PLIV)
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-run-learner-g = Learner of g(X) (IV-type score)
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-run-rf-trees = Random forest: trees
help-run-rf-max-features = Random forest: features per split (all, sqrt, log2 or a fraction in (0, 1])
help-run-rf-min-leaf = Random forest: minimum rows per leaf
help-run-rf-max-depth = Random forest: maximum depth (a number or none)
help-run-rf-split = Random forest: split search (exact, or hist: 255 quantile bins per feature)
    .pv-exact = Every midpoint between distinct values (the default; the study's replication)
    .pv-hist = At most 255 quantile bins per feature, histogram split search (splits only at bin edges)
help-run-gbm-trees = Gradient boosting: trees
help-run-gbm-lr = Gradient boosting: learning rate
help-run-gbm-depth = Gradient boosting: tree depth
help-run-gbm-split = Gradient boosting: split search (exact, or hist: 255 quantile bins per feature)
    .pv-exact = Every midpoint between distinct values (the default; the study's replication)
    .pv-hist = At most 255 quantile bins per feature, histogram split search (splits only at bin edges)
help-run-svr-c = SVR: C
help-run-svr-epsilon = SVR: epsilon
help-run-folds = Folds K (2-20; per cluster variable when clustered)
help-run-n-rep = Repetitions of cross-fitting
help-run-fold-scheme = Fold assignment
    .pv-random = Random rows
    .pv-unit = Whole units
    .pv-column = A fold-id column (`--fold-column`)
help-run-fold-column = Fold-id column (implies --fold-scheme column): fold k = rows with the k-th smallest id
help-run-cluster = Cluster-robust standard errors
    .pv-none = Independent rows
    .pv-unit = By unit
    .pv-unit-year = By unit and year
help-run-small-sample = Small-sample corrections of the SE, first-stage F, AR and tF sets
    .pv-none = No correction (DoubleML)
    .pv-clusters = G/(G-1) for clustered variances
    .pv-dof = n/(n-k), or (n-1)/(n-k) with clusters (k = 1)
    .pv-both = Both (Stata ivreg2 `small`, linearmodels `debiased=True`)
help-run-fixed-effects = Fixed effects
    .pv-none = None
    .pv-unit = Unit dummies
    .pv-year = Year dummies
    .pv-unit-year = Unit and year dummies
    .pv-within = Within transformation (unit means removed)
help-run-aggregation = Aggregation over repetitions
    .pv-doubleml = DoubleML 0.11: medians of estimates and of interval bounds
    .pv-median-variance = Older rule: median of n se^2 + (theta_r - theta)^2
help-run-interpolate = Interpolate interior gaps within units (the study's missing-data rule)
help-run-log = Columns to log (comma-separated)
help-run-lag-d = Use the treatment of the previous year
help-run-z-times-lag-d = Use instrument x lagged treatment as instrument (the study's IV)
help-run-winsorize = Winsorize controls at LO,HI percentiles (default 1,99)
help-run-squares = Add squared controls
help-run-years = Keep years FIRST-LAST
help-run-seed = Seed
help-run-by = Also estimate on subsamples: coastal, region3, or a numeric column (split at --threshold)
help-run-threshold = Threshold for --by COL (default: the median of the estimation sample)
help-run-by-values = With --by COL: one group per distinct value instead of a threshold
help-run-mechanism = Also estimate DML of each mechanism variable on the treatment (the study's Table 8)
help-run-mediation = Mediation analysis through COL: direct, indirect effect, share, bootstrap interval
help-run-bootstrap = Bootstrap replicates for --mediation
help-run-json = Print one JSON object
help-run-out = Also write estimate.json, predictions.csv, table.txt and scenario.ron here
help-run-save-scenario = Save the effective scenario (with the data's content hash)

## report

help-report = Reproduce the study's Tables 3-11, maps and figures on the current data into a directory
help-report-scenario = Scenario file (.ron); default: the study's baseline on the bundled sample
help-report-data = CSV file (UTF-8, GBK, GB18030 or UTF-16) or Excel workbook (.xlsx, .xls) (default: the bundled synthetic sample panel)
help-report-sheet = Worksheet of a workbook: its name or its number from 1 (default: the first sheet)
help-report-wide = Read a wide table (one row per province, one column per year) holding the variable VAR, and reshape it to the panel (unit column: --unit, else the first column)
help-report-unit = Unit column (default: detected from province / unit / id / 省份; `none` for a cross-section)
help-report-year = Year column (default: detected from year / 年份; `none` for a cross-section)
help-report-out = Output directory (created if needed)
help-report-spec-curve = Also run a specification curve, e.g. "learners=rf,gbm;k=4,5,8;index=entropy,pca;winsor=no,yes;squares=no,yes;fe=none,unit-year;folds=random,unit"
help-report-trees = Trees of every random forest (overrides the scenario; the study uses 500)
help-report-seed = Master seed (overrides the scenario)
help-report-shard = Compute only slice I of N of the specification curve (1-based, e.g. 2/3) and write it to DIR/slice-I-of-N.json; `carbon-dml merge` combines the slices into the report
help-report-quiet = No progress on stderr

## simulate

help-simulate = The classroom lab: Monte Carlo of naive OLS and DML on a process with a known effect
help-simulate-process = Data-generating process
    .pv-sample = The bundled sample's process (the study's baseline model on a fresh panel)
    .pv-nonlinear = Nonlinear confounding, independent rows
    .pv-panel = Nonlinear confounding with unit effects (clustering matters)
help-simulate-n = Rows per data set (units x years for panel and sample)
help-simulate-reps = Replications
help-simulate-learner = Learner of the flexible DML estimator
    .pv-ols = Ordinary least squares
    .pv-lasso = Lasso with cross-validated penalty
    .pv-rf = Random forest (500 trees, the study's; change with --rf-trees)
    .pv-gbm = Gradient boosting
    .pv-svr = Support-vector regression
help-simulate-rf-trees = Random forest: trees
help-simulate-confounding = Strength of the nonlinear confounding (0 = none; not for the sample process)
help-simulate-folds = Cross-fitting folds K
help-simulate-folds-by-unit = Deal whole units to folds (panel and sample processes)
help-simulate-cluster-unit = Cluster standard errors by unit (panel and sample processes)
help-simulate-no-cross-fitting = Fit the nuisances on the rows they predict (no cross-fitting): wrong in practice, shown for teaching
help-simulate-seed = Seed
help-simulate-json = Print one JSON object
help-simulate-shard = Compute only slice I of N of the replications (1-based, e.g. 2/3) and write it as a slice file (to --out, else stdout); `carbon-dml merge` combines the slices
help-simulate-out = With --shard: the slice file to write (default: stdout)

## merge

help-merge = Combine the slice files of a sharded run (`--shard I/N`) into the single run's output
help-merge-files = Slice files written by `simulate --shard I/N` or `report --spec-curve ... --shard I/N`: every slice of one run, in any order
help-merge-out = Report slices: the output directory (default: the directory of the first slice)
help-merge-data = Report slices: read the data from FILE instead of the path the slices name (it must be the same data: its hash is checked)
help-merge-json = Simulate slices: print one JSON object, as `simulate --json` does
help-merge-quiet = No progress on stderr

## bench-child

help-bench-child = One side of the `import-large` bench in its own process (used by `bench`)
help-bench-child-side = `polars` or `ours` (import-large), or `zonal` (spatial-stats)
help-bench-child-file = The CSV file

## clap's own texts and headings

help-builtin-help = Print help
help-builtin-more = Print help (see more with '--help')
help-builtin-summary = Print help (see a summary with '-h')
help-builtin-version = Print version
help-builtin-subcommand = Print this message or the help of the given subcommand(s)
help-heading-usage = Usage:{" "}
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-heading-possible-values = Possible values:
help-spec-default = [default: { $value }]
help-spec-possible = [possible values: { $value }]
