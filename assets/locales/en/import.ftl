# Import findings of the file-format layer: text encodings, Excel workbooks, wide yearbook tables.
# Each message is the finding; its .remedy attribute says what to do (left out when nothing is to do).
# Arguments: $encoding, $offset, $reason, $asked, $sheet, $sheets (a list), $count, $rows (a list),
# $text, $range, $ranges (a list), $example, $variable, $unit_column, $units, $first, $last,
# $n_years, $header, $column, $year, $unit, $columns.

notice-transcoded = the file is not UTF-8; it was read as { $encoding } text (detected from its bytes).
    .remedy = Nothing to do; to avoid the conversion, save the file as "CSV UTF-8".
notice-unknown-encoding = the file is neither UTF-8 nor GBK / GB18030 text (first invalid byte at offset { $offset }).
    .remedy = Save it as "CSV UTF-8" (Excel: Save As > CSV UTF-8), or open the workbook itself (.xlsx).
notice-bad-utf16 = the file starts with a { $encoding } byte-order mark but is not valid UTF-16 text.
    .remedy = Export the data again, as "CSV UTF-8" if possible.
notice-workbook-unreadable = the workbook cannot be read: { $reason }.
    .remedy = Check that it is an Excel workbook (.xlsx or .xls) and not open exclusively in another program; or save the sheet as CSV UTF-8.
notice-no-sheets = the workbook has no worksheet.
    .remedy = Choose a workbook with the data on a worksheet.
notice-sheet-not-found = the workbook has no sheet "{ $asked }"; its sheets are { $sheets }.
    .remedy = Give one of these names (or its number, from 1) with --sheet, or pick it in the window.
notice-sheet-read-of-many = sheet "{ $sheet }" was read ({ $count } sheets: { $sheets }); line numbers are the sheet's row numbers.
    .remedy = Choose another sheet with --sheet or the window's sheet picker.
notice-sheet-read = sheet "{ $sheet }" was read; line numbers are the sheet's row numbers.
notice-empty-sheet = sheet "{ $sheet }" has no cell with a value.
    .remedy = Choose the sheet that holds the data.
notice-title-rows = { $count ->
        [one] row { $rows } above the header holds
       *[other] rows { $rows } above the header hold
    } a single cell ("{ $text }"), read as a title and skipped.
    .remedy = Nothing to do if this is the table's title.
notice-footnote-rows = { $count ->
        [one] row { $rows } below the table holds
       *[other] rows { $rows } below the table hold
    } a single text cell ("{ $text }"), read as footnotes and skipped.
    .remedy = Nothing to do if these are notes or sources; otherwise fill in the row's other cells.
notice-merged-header-rows = the header cells { $range } ("{ $text }") are merged across rows: the table has a header of more than one row, whose lower rows would be read as data.
    .remedy = Unmerge the cells and keep one header row with one name per column (e.g. "GDP_2011").
notice-merged-header = the header cells { $range } ("{ $text }") are merged: the columns under them have no name of their own.
    .remedy = Unmerge the cells and give every column its own name in the header row.
notice-merged-data = { $count ->
        [one] one merged range
       *[other] { $count } merged ranges
    } in the data ({ $ranges }): only the first cell of each holds the value, the others are read as empty.
    .remedy = Unmerge the cells and fill the value into every cell it applies to.
notice-numbers-as-text = { $count ->
        [one] one number is
       *[other] { $count } numbers are
    } stored as text (e.g. "{ $example }"); they were read as the numbers they spell.
    .remedy = Nothing to do; in Excel, select the cells and choose Convert to Number to store them as numbers.
notice-reshaped = the wide table (one row per "{ $unit_column }", one column per year) was reshaped to the panel: { $units } units × { $n_years } years ({ $first }-{ $last }) of "{ $variable }".
notice-wide-not-year = column { $column } of the wide table is headed "{ $header }", which is not a year.
    .remedy = In a wide table every column after the unit column is a year (2011 or 2011年); remove or rename this column.
notice-wide-duplicate-year = the year { $year } heads more than one column of the wide table.
    .remedy = Keep one column per year.
notice-wide-duplicate-unit = "{ $unit }" heads more than one row of the wide table.
    .remedy = Keep one row per unit (or remove the repeated row).
notice-wide-too-narrow = a wide table needs a unit column and at least one year column; the header has { $columns ->
        [one] one column
       *[other] { $columns } columns
    }.
    .remedy = Check the file, or import it without --wide.
notice-wide-name-clash = the reshaped variable cannot be named "{ $variable }": that name is the unit or the year column.
    .remedy = Give the variable another name (e.g. --wide GDP).

# How a finding is located: file, column, lines, then the message and the remedy.
locate-column = , column "{ $column }"
locate-lines = { $count ->
        [one] , line { $lines }
       *[other] , lines { $lines }
    }
locate-more = { " " }(and { $more } more)
locate-message = { $place }: { $message }
locate-remedy = { " " }Remedy: { $remedy }
list-separator = ,{ " " }
encoding-gbk = GBK
encoding-gb18030 = GB18030
encoding-utf16le = UTF-16LE
encoding-utf16be = UTF-16BE

# The bundled sample where a file name is shown (window, validation report, `check`).
source-bundled = { $file } (bundled synthetic sample)
