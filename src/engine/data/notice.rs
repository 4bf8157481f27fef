//! Typed import findings: what the file-format layer (text encodings, Excel workbooks, wide
//! yearbook tables) found, as a kind and its arguments.
//!
//! The engine never words these: [`crate::locale::import`] renders each one in English and
//! Chinese at the edge (the command line, the window), so a translator edits one table and
//! the later Fluent layer can replace it without touching the import.

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

/// One typed finding of the file-format layer. Rows are the file's own (1-based; for a
/// workbook, the sheet's row numbers as Excel shows them).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
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
