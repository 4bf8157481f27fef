# English labels of the window (gui-maps.ftl). Ids are used by the code; edit only the text after "=".

# Variable picker.
gui-maps-variable = Variable
# Group heading of the residual variables in the picker.
gui-maps-residuals = Estimated residuals (current estimate)
# Shown while the derived variables are computed.
gui-maps-waiting-derived = Computing the derived variables (DCP, CEE, CIWB, …)…
# A residual variable is chosen but there is no estimate.
gui-maps-no-estimate = No estimate yet: the residuals appear when the estimate is in.
# The residuals shown belong to an older set-up.
gui-maps-stale-residuals = Residuals of the last estimate (the set-up has changed since).
# Toggle between one and two maps.
gui-maps-two-maps = Two maps side by side
# Year slider.
gui-maps-year = Year
# Play button.
gui-maps-play = Play
# Pause button.
gui-maps-pause = Pause
# Play button help.
gui-maps-play-help = Step the right-hand map through the years, one year every 0.8 s (the left map stays as the base year).
# Classification heading.
gui-maps-classification = Classification
# Method: natural breaks.
gui-maps-jenks = Natural breaks (Fisher-Jenks)
# Method: quantiles.
gui-maps-quantile = Quantiles
# Method: equal intervals.
gui-maps-equal = Equal intervals
# Number of classes.
gui-maps-classes = Classes
# Breaks editor heading.
gui-maps-breaks = Class breaks (upper bounds)
# Breaks editor help.
gui-maps-breaks-help = Type a bound and press Enter. Bounds must increase, and the last must reach the largest value shown.
# Breaks edited by the user.
gui-maps-user-breaks = your breaks
# Reset edited breaks.
gui-maps-reset-breaks = Back to computed breaks
# A break text is not a number.
gui-maps-not-a-number = is not a number
# Fewer classes than asked.
gui-maps-reduced = fewer distinct values than classes: classes were merged
# Palette picker.
gui-maps-palette = Palette
# Sequential palette kind.
gui-maps-sequential = sequential
# Diverging palette kind.
gui-maps-diverging = diverging, zero at the middle
# Reverse toggle.
gui-maps-reverse = Reverse (lower is better)
# Legend scope: shared.
gui-maps-legend-shared = One legend for both maps
# Legend scope: one per map.
gui-maps-legend-per-map = A legend for each map
# Legend heading.
gui-maps-legend = Legend
# Legend count column.
gui-maps-units = units
# No data.
gui-maps-no-data = No data
# No-data reason: not in the data.
gui-maps-not-in-data = not in the data
# No-data reason: missing value.
gui-maps-missing-value = value missing
# "class" in the hover text.
gui-maps-class = class
# "of" in "class 2 of 5".
gui-maps-of = of
# Hint under the maps.
gui-maps-click-hint = Hover a province for its value; click it to select it (also in the Data and Results views); click the sea to clear.
# National median line.
gui-maps-national-median = National median
# Selected unit heading.
gui-maps-selected = Selected
# Clear the selection.
gui-maps-clear-selection = Clear
# Boundaries heading.
gui-maps-boundaries = Boundaries
# The embedded boundaries.
gui-maps-embedded = Embedded provinces (Natural Earth)
# Load a GeoJSON.
gui-maps-load-boundaries = Load boundaries (GeoJSON)…
# Back to embedded boundaries.
gui-maps-use-embedded = Back to the embedded boundaries
# Reading a file.
gui-maps-loading = Reading and tessellating…
# Join property.
gui-maps-join-by = Join by property
# Join matching.
gui-maps-matching = Matching
# Matching: automatic.
gui-maps-match-auto = automatic
# Matching: province registry.
gui-maps-match-province = province names and codes
# Matching: exact text.
gui-maps-match-exact = exact text
# "features matched".
gui-maps-features-matched = features matched
# Unmatched features.
gui-maps-unmatched-features = Features without a unit (no data)
# Unmatched units.
gui-maps-unmatched-units = Units without a feature (not drawn)
# Skipped features (no area).
gui-maps-skipped = Skipped (no area)
# No match at all.
gui-maps-nothing-matched = No feature matches a unit: choose another property.
# Export heading.
gui-maps-export = Export PNG…
# Export width.
gui-maps-width-px = Width (px)
# Export running.
gui-maps-exporting = Rendering…
# Export done.
gui-maps-saved = Saved
# Export failed.
gui-maps-export-failed = Export failed
# Export title: "{variable} by province".
gui-maps-by-province = by province
# "and" between years.
gui-maps-and = and
# Source note: synthetic data.
gui-maps-synthetic-note = synthetic sample data
# Source note: the embedded boundaries (as `render::DEFAULT_NOTE`).
gui-maps-boundary-note = Boundaries: Natural Earth (public domain), not China's official standard map.
# Comma between title parts.
gui-maps-comma = ,{" "}
# Colon after a note's heading.
gui-maps-colon = :{" "}
# Source note: data.
gui-maps-data = Data
# Accessible name of a map.
gui-maps-map = Map
# Heading of the gridded-data panel.
gui-maps-gridded = Gridded data (GeoTIFF)
# What the gridded-data panel does.
gui-maps-gridded-note = Zonal statistics over the boundaries in use (edge cells weighted by their covered share, as exactextract); years from the file names.
# Statistic per unit.
gui-maps-gridded-stat = Per unit
# How several files of a year combine.
gui-maps-gridded-months = Several files in a year
# Sum.
gui-maps-gridded-sum = Sum
# Mean.
gui-maps-gridded-mean = Mean
# Name of the new column.
gui-maps-gridded-column = New column
# The button.
gui-maps-gridded-add = Add gridded data…
# Cancel the job.
gui-maps-gridded-cancel = Cancel
# The job was cancelled.
gui-maps-gridded-cancelled = Cancelled.
# "Added column" before the name.
gui-maps-gridded-added = Added column
# "rows have a value" after the counts.
gui-maps-gridded-rows = rows have a value
# Heading of the map-kind choice.
gui-lisa-map-kind = Map
# Choropleth of the values.
gui-lisa-values = Values (choropleth)
# LISA cluster map.
gui-lisa-clusters = LISA cluster map
# LISA significance map.
gui-lisa-significance = LISA significance map
# Help on the LISA maps.
gui-lisa-lisa-help = Local Moran (Anselin 1995) on row-standardized weights, conditional permutation p-values; the variable's units in the shown year only.
# Weights picker.
gui-lisa-weights = Spatial weights
# Queen contiguity.
gui-lisa-queen = Queen contiguity
# Rook contiguity.
gui-lisa-rook = Rook contiguity
# k nearest neighbours.
gui-lisa-knn = k nearest neighbours
# Inverse distance.
gui-lisa-idw = Inverse distance
# Number of neighbours.
gui-lisa-k = k
# Snapping tolerance.
gui-lisa-snap = Snap (km)
# Permutations.
gui-lisa-permutations = Permutations
# After the number of permutations.
gui-lisa-permutations-n = permutations
# Significance level.
gui-lisa-alpha = Significance level
# High-High.
gui-lisa-hh = High-High
# Low-Low.
gui-lisa-ll = Low-Low
# Low-High.
gui-lisa-lh = Low-High
# High-Low.
gui-lisa-hl = High-Low
# Not significant.
gui-lisa-not-significant = Not significant
# No neighbours.
gui-lisa-neighbourless = No neighbours
# Moran's I line.
gui-lisa-morans-i = Moran's I
# Permutation p-value.
gui-lisa-p-sim = pseudo p
# Normal p-value.
gui-lisa-p-norm = p (normal)
# Local Moran in the hover.
gui-lisa-local-i = local I
# Seed note.
gui-lisa-seed = seed
