# The battery's conclusion marks and the report files (tables.md, tables.tex).
# $against is "study" (the study's own sign) or "baseline" (the baseline estimate's sign).

verdict-holds = holds
verdict-not-significant = same sign, not significant
verdict-opposite = opposite sign
verdict-not-estimated = not estimated
sign-positive = positive
sign-negative = negative
reason-against = { $against ->
        [study] the study's sign
       *[baseline] the baseline's sign
    }
reason-holds = { $sign } as { reason-against } and significant at 5% (p = { $p })
reason-not-significant = { $sign } as { reason-against } but not significant at 5% (p = { $p })
reason-opposite = estimate { $theta } is not { $sign } ({ reason-against }): the conclusion does not hold

report-heading = Reproduction of the study's empirical section
report-data = Data: { $source }. Baseline: { $baseline } (seed { $seed }).
report-conclusions = Does each conclusion hold on these data?
report-col-table = table
report-col-column = column
report-col-estimate = estimate
report-col-mark = mark
report-col-reason = reason
report-not-estimated = Not estimated
report-spec-curve = Specification curve
report-spec-curve-summary = { $n } specifications estimated ({ $failed } failed); { $share }% are significant at 5% with the { $sign } sign.
report-median-sign = median's
report-note = Note: { $note }

# The report's map pictures (English pictures are worded in the code; these serve Chinese).
map-title = { $variable } by province, { $years }
map-legend-jenks = { $variable }: natural breaks (Jenks), { $k } classes
map-source = Data: { $source }. Boundaries: Natural Earth (public domain), not China's official standard map.
map-no-cjk-font = the maps keep English words: no Chinese font was found on this system (install fonts-noto-cjk, or the Noto Sans CJK fonts)

# Why a column of the study's tables was not estimated. $purpose and $what are one of the
# skip-purpose-* and skip-needs-* messages below.
problem-skipped = skipped: { $reason }
problem-failed = failed: { $error }
skip-missing-column = no numeric column "{ $column }" in the data ({ $purpose }); add it to the CSV to get this column
skip-not-provinces = { $what } needs provinces as units (the registry gives the regions); the data's units are not provinces
skip-no-year-column = { $what } needs a year column; the data is a cross-section
skip-treatment-not-index = the PCA index replaces the composite index DCP, but the treatment is "{ $treatment }"
skip-no-indicators = the PCA index needs the index indicators; missing: { $missing }
skip-purpose-outcome = dependent variable
skip-purpose-instrument = instrument of the IV estimate
skip-purpose-regulation = environmental regulation, split at its median
skip-purpose-mapped = mapped variable
skip-needs-coastal-split = the coastal / inland split
skip-needs-region-split = the east / central / west split
skip-needs-map = a map
skip-needs-map-by-year = a map by year
skip-needs-instrument-lag = the instrument x lagged treatment

# Figures of the report (coefficients.png, spec_curve.png).
figure-coef-title = Estimates with 95% confidence intervals
figure-coef-outcome = Dependent variable: { $name }
figure-coef-row = Table { $table }: { $column }
figure-coef-legend = Blue: the study's conclusion holds (expected sign, p < 0.05). Grey: expected sign, not significant. Red: opposite sign.
figure-curve-title = Specification curve: { $outcome } on { $treatment }, { $count } specifications, { $percent }% significant with the { $sign } sign
figure-sign-positive = positive
figure-sign-negative = negative
figure-sign-median = median's
figure-curve-indicator = { $dimension }: { $value }
progress-done = done
study-note-baseline-failed = The baseline estimate failed, so no robustness column could be judged against it.
study-note-plr-only = The battery runs the study's partially linear regression; the IV column of Table 7 uses the instrument.
progress-item = { $table }, { $column }
progress-column = { $variant }: { $outcome }
