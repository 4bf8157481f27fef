//! Typed import findings: what the file-format layer (text encodings, Excel workbooks, wide
//! yearbook tables) and the validation (header, dialect, cells, units, years, panel shape)
//! found, as a kind and its arguments.
//!
//! The engine never words these: [`crate::locale::import`] renders each one in English and
//! Chinese at the edge (the command line, the window) from the Fluent messages `notice-*`
//! (`assets/locales/<lang>/import.ftl` and `validation.ftl`), so a translator edits those
//! files without touching the import.

/// A text encoding the import converted from (the file was not UTF-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum TextEncoding {
    /// GBK (code page 936), what Chinese Excel writes for "CSV (comma delimited)": no
    /// four-byte GB18030 sequence was present.
    Gbk,
    /// GB18030 with at least one four-byte sequence (a character outside GBK).
    Gb18030,
    /// UTF-16 little-endian with its byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16 big-endian with its byte-order mark.
    Utf16Be,
}

impl TextEncoding {
    /// The encoding's usual name (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Gbk => "GBK",
            TextEncoding::Gb18030 => "GB18030",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// One unit and year (an example of a gap, or of a unit seen in one year only).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct UnitYear {
    /// The unit's label.
    pub unit: String,
    /// The year.
    pub year: i32,
}

/// One duplicated unit-year and the two lines that hold it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DuplicatePair {
    /// The unit's label.
    pub unit: String,
    /// The year.
    pub year: i32,
    /// The first line with this unit and year.
    pub first: usize,
    /// The line that repeats it.
    pub second: usize,
}

/// A unit label that is not a province of the registry, with the closest province if any.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct UnknownUnit {
    /// The label as written.
    pub label: String,
    /// The closest province: (English name, Chinese name).
    pub closest: Option<(String, String)>,
}

/// Which key column a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum KeyRole {
    /// The unit (province, city) column.
    Unit,
    /// The year column.
    Year,
}

impl KeyRole {
    /// A short key (`unit`, `year`), the same in every language (message selectors use it).
    pub fn key(self) -> &'static str {
        match self {
            KeyRole::Unit => "unit",
            KeyRole::Year => "year",
        }
    }
}

/// A few column names of a longer list: the first ones, and how many there are in all.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Names {
    /// The first names (at most [`Names::SHOWN`]).
    pub shown: Vec<String>,
    /// How many names the list has in all.
    pub total: usize,
}

impl Names {
    /// How many names are kept.
    pub const SHOWN: usize = 8;

    /// The first [`Names::SHOWN`] of `names`, and their count.
    pub fn of<'a>(names: impl Iterator<Item = &'a str>) -> Names {
        let mut shown = Vec::new();
        let mut total = 0;
        for n in names {
            if shown.len() < Names::SHOWN {
                shown.push(n.to_string());
            }
            total += 1;
        }
        Names { shown, total }
    }
}

/// One typed finding of the import. Rows are the file's own (1-based; for a workbook, the
/// sheet's row numbers as Excel shows them).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Notice {
    /// The bytes were not UTF-8 and were decoded from `encoding` (a note: nothing else changes).
    Transcoded {
        /// The encoding detected.
        encoding: TextEncoding,
    },
    /// Bytes that are neither UTF-8 nor GBK / GB18030 text.
    UnknownEncoding {
        /// Byte offset of the first byte that is not UTF-8.
        offset: usize,
    },
    /// UTF-16 text with a byte-order mark that is not valid UTF-16 (an odd length, or an
    /// unpaired surrogate).
    BadUtf16 {
        /// Little-endian or big-endian, as the byte-order mark says.
        encoding: TextEncoding,
    },
    /// The workbook could not be opened or read.
    WorkbookUnreadable {
        /// The reader's own message (calamine's).
        reason: String,
    },
    /// The workbook has no worksheet.
    NoSheets,
    /// The sheet asked for (`--sheet` or the window's picker) is not in the workbook.
    SheetNotFound {
        /// What was asked for.
        asked: String,
        /// The workbook's sheets, in order.
        sheets: Vec<String>,
    },
    /// Which sheet was read (a note naming every sheet when there are several).
    SheetRead {
        /// The sheet read.
        sheet: String,
        /// Every sheet of the workbook, in order (the window's picker reads this list).
        sheets: Vec<String>,
    },
    /// The sheet has no cell with a value.
    EmptySheet {
        /// The sheet.
        sheet: String,
    },
    /// Rows above the header that hold a single cell (a yearbook's title): skipped.
    TitleRows {
        /// Their rows.
        rows: Vec<usize>,
        /// The first one's text.
        text: String,
    },
    /// Rows below the table with a single text cell (a yearbook's 注 / 资料来源 lines): skipped.
    FootnoteRows {
        /// Their rows.
        rows: Vec<usize>,
        /// The first one's text.
        text: String,
    },
    /// Merged cells in the header row: the columns under them have no name of their own, or a
    /// second header row would be read as data.
    MergedHeader {
        /// The merged range, as Excel writes it (`B1:D1`).
        range: String,
        /// The text of the merged cell.
        text: String,
        /// The range covers more than the header row (a two-row header).
        spans_rows: bool,
    },
    /// Merged cells in the data: only the first cell holds the value, the others read empty.
    MergedData {
        /// The merged ranges (at most a handful).
        ranges: Vec<String>,
        /// How many merged ranges there are.
        count: usize,
    },
    /// Numbers stored as text in a column (Excel's green triangle): read as the numbers they spell.
    NumbersAsText {
        /// An example cell as stored.
        example: String,
        /// How many such cells the column has.
        count: usize,
    },
    /// A wide table (one row per unit, one column per year) was reshaped to the panel.
    Reshaped {
        /// The variable the cells hold.
        variable: String,
        /// The unit column of the wide table.
        unit_column: String,
        /// How many units (rows).
        units: usize,
        /// The first and last year.
        years: (i64, i64),
        /// How many year columns.
        n_years: usize,
    },
    /// A column header of a wide table that is not a year.
    WideNotYear {
        /// The header as written.
        header: String,
        /// Its 1-based column.
        column: usize,
    },
    /// The same year heads two columns of a wide table.
    WideDuplicateYear {
        /// The year.
        year: i64,
    },
    /// The same unit heads two rows of a wide table.
    WideDuplicateUnit {
        /// The unit as written.
        unit: String,
    },
    /// A wide table needs a unit column and at least one year column.
    WideTooNarrow {
        /// How many columns the header has.
        columns: usize,
    },
    /// The name given for the reshaped variable clashes with the unit column or is `year`.
    WideNameClash {
        /// The name given.
        variable: String,
    },
    /// The file could not be read from disk.
    Unreadable {
        /// The system's own message.
        reason: String,
    },
    /// UTF-16 text without a byte-order mark (zero bytes beside ASCII ones).
    Utf16Text {
        /// Little-endian (Excel's "Unicode text") or big-endian.
        little_endian: bool,
    },
    /// A NUL byte in the text: a binary or damaged file.
    NulByte {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// Bytes that are not UTF-8 (where no other encoding was tried).
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file has no header (no bytes, or only blank names).
    EmptyFile,
    /// A header but no data rows.
    NoDataRows,
    /// A quoted field that is never closed.
    UnterminatedQuote,
    /// Records with more or fewer fields than the header.
    RaggedRows {
        /// How many records.
        count: usize,
        /// How many names the header has.
        columns: usize,
        /// The separator byte.
        separator: u8,
        /// The first such record's line.
        line: usize,
        /// How many fields it has.
        fields: usize,
    },
    /// A column without a name in the header.
    UnnamedColumn {
        /// Its 1-based position.
        column: usize,
    },
    /// A name that heads two columns.
    RepeatedColumnName {
        /// The first column with the name (1-based).
        first: usize,
        /// The column that repeats it (1-based).
        second: usize,
    },
    /// The header is one column that looks like text with another separator.
    SingleColumnHeader {
        /// The separator the file was read with.
        separator: u8,
    },
    /// The fields are separated by something other than commas (a note).
    Separator {
        /// The separator byte.
        separator: u8,
    },
    /// Numbers with a thousands separator or a decimal comma, refused.
    NumberFormat {
        /// The first such cell as written.
        example: String,
        /// How many such cells the column has.
        count: usize,
    },
    /// Infinite numbers, or beyond the range of a 64-bit float.
    Infinite {
        /// The first such cell as written.
        example: String,
        /// How many such cells the column has.
        count: usize,
    },
    /// Text in a numeric column.
    NotANumber {
        /// The first such cell as written.
        example: String,
        /// How many such cells the column has.
        count: usize,
    },
    /// No unit or no year column: the data is a cross-section.
    CrossSection {
        /// There is no unit column.
        no_unit: bool,
        /// There is no year column.
        no_year: bool,
    },
    /// A column named by the user (`--unit`, `--year`) is not in the header.
    ColumnNotFound {
        /// Unit or year.
        role: KeyRole,
        /// The name asked for.
        name: String,
        /// The closest header name.
        closest: String,
    },
    /// The unit column named for a wide table is not in its header.
    WideUnitNotFound {
        /// The name asked for.
        name: String,
    },
    /// Empty cells in the unit column.
    EmptyUnits {
        /// How many.
        count: usize,
    },
    /// Unit labels that are not provinces of the registry (in a column of provinces).
    UnknownUnits {
        /// How many distinct labels.
        count: usize,
        /// The first of them (in sorted order), with the closest province.
        examples: Vec<UnknownUnit>,
    },
    /// Empty cells in the year column.
    EmptyYears {
        /// How many.
        count: usize,
    },
    /// Year cells that are not whole numbers in the plausible range.
    NotAYear {
        /// The first such cell as written.
        example: String,
        /// How many such cells.
        count: usize,
        /// The earliest plausible year.
        min: i32,
        /// The latest plausible year.
        max: i32,
    },
    /// The file has one data row.
    SingleRow,
    /// The same unit and year on several rows.
    DuplicateUnitYears {
        /// How many rows repeat a unit-year.
        count: usize,
        /// The first few, with their lines.
        examples: Vec<DuplicatePair>,
    },
    /// Every unit is observed in the same single year.
    OneYearOnly {
        /// The year.
        year: i32,
    },
    /// Not every unit is observed in every year.
    Unbalanced {
        /// How many units.
        units: usize,
        /// How many years.
        years: usize,
        /// Units times years.
        expected: usize,
        /// How many unit-years are present.
        present: usize,
        /// The first few missing unit-years.
        gaps: Vec<UnitYear>,
    },
    /// Units observed in a single year (in a panel of several years).
    SingleYearUnits {
        /// How many units.
        count: usize,
        /// The first few, with their year.
        examples: Vec<UnitYear>,
    },
    /// Empty cells in a numeric column.
    MissingCells {
        /// How many.
        missing: usize,
        /// How many rows the column has.
        total: usize,
    },
    /// Further columns with empty cells, beyond those reported one by one.
    MoreMissingColumns {
        /// Their names.
        names: Names,
    },
    /// A numeric column whose every cell is empty.
    EmptyColumn,
    /// Several numeric columns whose every cell is empty.
    EmptyColumns {
        /// Their names.
        names: Names,
    },
    /// A column with a single value.
    ConstantColumn {
        /// The value.
        value: f64,
    },
    /// Further constant columns, beyond those reported one by one.
    MoreConstantColumns {
        /// Their names.
        names: Names,
    },
}

impl Notice {
    /// The sheets a workbook finding lists, if any (the window offers them in its picker).
    pub fn sheets(&self) -> Option<&[String]> {
        match self {
            Notice::SheetRead { sheets, .. } | Notice::SheetNotFound { sheets, .. } => Some(sheets),
            _ => None,
        }
    }
}
