# Findings of the validation: reading the file, its header and separator, cells that are not
# numbers, the unit and year columns, the shape of the panel; then how `carbon-dml check`
# prints a report. Each notice-* message is the finding; its .remedy attribute says what to do.
# Counts ($count, $missing, ...) choose the English plural; $separator, $role, $endian and
# $missing select a variant by key.

notice-unreadable = cannot read the file: { $reason }.
    .remedy = Check the path and that the file is not open exclusively in another program.
notice-utf16-text = the file is UTF-16 text ({ $endian ->
        [little] little-endian, as Excel's "Unicode text" writes
       *[big] big-endian
    }), not UTF-8.
    .remedy = Save it as "CSV UTF-8" (Excel: Save As > CSV UTF-8), or convert it with a text editor.
notice-nul-byte = the file contains a NUL byte (offset { $offset }): it is binary or damaged, not CSV text.
    .remedy = Export the data again as CSV (UTF-8); a spreadsheet (.xlsx) must be saved as CSV first.
notice-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset }).
    .remedy = Save it as "CSV UTF-8" (Excel: Save As > CSV UTF-8; Chinese Excel often writes GBK).
notice-empty-file = the file is empty.
    .remedy = Choose a CSV file with a header row and data rows.
notice-no-data-rows = the file has a header but no data rows.
    .remedy = Add data rows below the header.
notice-unterminated-quote = a quoted field opened on this line is never closed, so the rest of the file is one cell.
    .remedy = Close the quote, or write a literal quote inside a quoted field as "".
notice-ragged-rows = { $count ->
        [one] 1 row does
       *[other] { $count } rows do
    } not have as many fields as the header ({ $columns } { $separator }-separated names); line { $line } has { $fields }.
    .remedy = Check for an unquoted separator inside a value (quote it) or a missing value (leave the cell empty).
notice-unnamed-column = column { $column } has no name in the header.
    .remedy = Give every column a name in the first line.
notice-repeated-column-name = the column name appears more than once in the header (columns { $first } and { $second }).
    .remedy = Rename one of the columns.
notice-single-column-header = the header has a single column when read as { $separator }-separated; the file may use another separator.
    .remedy = Save the file with commas, semicolons or tabs between the fields.
notice-separator = the fields are { $separator }-separated.
notice-number-format = "{ $example }" uses a thousands separator or a decimal comma, which would be misread.
    .remedy = Write numbers without thousands separators and with a decimal point (e.g. 1234.5); in Excel, set the column format to Number without the 1000 separator before saving.
notice-infinite = "{ $example }" is infinite or beyond the largest 64-bit number (about ±1.8e308); { $count ->
        [one] 1 such cell
       *[other] { $count } such cells
    }.
    .remedy = Correct the value or rescale the column (e.g. to millions); leave the cell empty if it is unknown.
notice-not-a-number = "{ $example }" is not a number ({ $count ->
        [one] 1 such cell
       *[other] { $count } such cells
    } in a numeric column).
    .remedy = Correct the cell, or leave it empty (or NA) if the value is missing.
notice-cross-section = { $missing ->
        [both] no unit and no year column
        [unit] no unit column
       *[year] no year column
    } was found or chosen: the data is used as a cross-section.
    .remedy = Features that need a panel (lags, fixed effects, grouped folds, maps by year) say so; map the columns to enable them.
notice-column-not-found = the { $role ->
        [unit] unit
       *[year] year
    } column "{ $name }" is not in the header (closest: "{ $closest }").
    .remedy = Choose the { $role ->
        [unit] unit
       *[year] year
    } column in the column mapping, or rename "{ $closest }" if that is it.
notice-wide-unit-not-found = there is no column "{ $name }" to use as the unit column of the wide table.
    .remedy = Name the unit column as the header writes it, or leave it to the first column.
notice-empty-units = the unit column has { $count ->
        [one] 1 empty cell
       *[other] { $count } empty cells
    }.
    .remedy = Every row needs its unit (province code or name).
notice-unknown-units = { $count ->
        [one] 1 unit name is not a province
       *[other] { $count } unit names are not provinces
    } of the registry: { $names }.
    .remedy = Use a GB/T 2260 code (11-65), an English name or a Chinese name (with or without 省/市/自治区); for cities or counties, name the column "city" or "unit" (or choose it as the unit column).
notice-empty-years = the year column has { $count ->
        [one] 1 empty cell
       *[other] { $count } empty cells
    }.
    .remedy = Every row needs its year.
notice-not-a-year = "{ $example }" is not a year (a whole number between { $min } and { $max }); { $count ->
        [one] 1 such cell
       *[other] { $count } such cells
    }.
    .remedy = Write years as four-digit numbers, one per row.
notice-single-row = the file has a single data row: nothing can be estimated or summarized from it.
    .remedy = Add the other rows (one per unit and year).
notice-duplicate-unit-years = { $count ->
        [one] 1 duplicate unit-year row
       *[other] { $count } duplicate unit-year rows
    }, e.g. { $examples }.
    .remedy = Keep one row per unit and year (check for a repeated block or two spellings of one province).
notice-one-year-only = every unit is observed in one year only ({ $year }).
    .remedy = Lags, unit fixed effects and within transformations need at least two years per unit.
notice-unbalanced = unbalanced panel: { $units } units x { $years } years would be { $expected } rows, { $present } are present; missing e.g. { $gaps }.
    .remedy = Estimation uses the rows present; lags and within transformations skip the gaps.
notice-single-year-units = { $count ->
        [one] 1 unit is
       *[other] { $count } units are
    } observed in one year only, e.g. { $examples }.
    .remedy = Such units drop out of lags and within-unit transformations; unit fixed effects absorb them.
notice-missing-cells = { $missing } of { $total } cells { $missing ->
        [one] is
       *[other] are
    } empty.
    .remedy = Rows with missing values in a model's variables are dropped (listwise) and counted; or choose interpolation within unit in the Model view.
notice-more-missing-columns = { $count ->
        [one] 1 more column has
       *[other] { $count } more columns have
    } empty cells: { $names }.
    .remedy = As above: rows with missing values in a model's variables are dropped and counted.
notice-empty-column = every cell of the column is empty.
    .remedy = An empty column cannot be used; fill it or leave it out.
notice-empty-columns = { $count } columns have no value at all: { $names }.
    .remedy = An empty column cannot be used; fill it or leave it out.
notice-constant-column = the column has a single value ({ $value }).
    .remedy = A constant cannot be a control, treatment or instrument, nor an index indicator; leave it out.
notice-more-constant-columns = { $count ->
        [one] 1 more column has
       *[other] { $count } more columns have
    } a single value: { $names }.
    .remedy = A constant cannot be a control, treatment or instrument, nor an index indicator; leave it out.

# Pieces of the findings above.
notice-part-separator-name = { $separator ->
        [comma] comma
        [semicolon] semicolon
        [tab] tab
        [pipe] pipe
       *[other] custom
    }
notice-part-unit-year = { $unit } { $year }
notice-part-unit-year-separator = ,{ " " }
notice-part-duplicate-example = { $unit } { $year } (lines { $first } and { $second })
notice-part-duplicate-separator = ;{ " " }
notice-part-unknown-unit = "{ $label }"
notice-part-unknown-unit-closest = "{ $label }" (did you mean { $en } / { $zh }?)
notice-part-list-names-more = { $list }, and { $more } more
notice-part-list-units-more = { $list } and { $more } more

# carbon-dml check: one line per finding, then the summary.
check-severity-error = error
check-severity-warning = warning
check-severity-note = note
check-finding = { $severity }: { $finding }
check-clean = { $file }: no problems found
check-counts = { $file }: { $errors } error(s), { $warnings } warning(s)
check-panel = { $rows } rows: { $units } units x { $years } years ({ $first }-{ $last }), { $numeric } numeric columns
check-cross-section = { $rows } rows (cross-section), { $numeric } numeric columns
check-shape = { $file }: { $shape }
check-import-failed = the data could not be imported:
