//! A table of text cells with the file line (or sheet row) of each row: what a workbook sheet
//! or a wide table becomes before it goes through the CSV import, so that one validation
//! report serves every source and its line numbers stay the user's own.

use super::dialect::{for_each_field, scan_records, sniff_separator};

/// One row of a [`Grid`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// 1-based line of the file, or row of the sheet, the row comes from.
    pub line: usize,
    /// The cells as text (numbers written in Rust's shortest round-trip form).
    pub cells: Vec<String>,
}

/// A header row and data rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// The header.
    pub header: GridRow,
    /// The data rows, in file order.
    pub rows: Vec<GridRow>,
}

impl Default for GridRow {
    fn default() -> Self {
        GridRow { line: 1, cells: Vec::new() }
    }
}

impl Grid {
    /// The grid of CSV text (separator sniffed unless given), fields unquoted and trimmed.
    pub fn from_csv(text: &str, separator: Option<u8>) -> Grid {
        let sep = separator.unwrap_or_else(|| sniff_separator(text));
        let scan = scan_records(text, sep);
        let rows = scan
            .starts
            .iter()
            .zip(&scan.lines)
            .map(|(&start, &line)| {
                let mut cells = Vec::new();
                for_each_field(text, start, sep, |_, raw| {
                    cells.push(raw.trim().to_string());
                    true
                });
                GridRow { line, cells }
            })
            .collect();
        Grid { header: GridRow { line: 1, cells: scan.header }, rows }
    }

    /// Comma-separated text of the grid (quoted where needed) and, for each line of that text
    /// (index 1 = its header), the line or row of the source it comes from.
    pub fn to_csv(&self) -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut map = vec![0usize];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (i, cell) in row.cells.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if cell.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&cell.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(cell);
                }
                // A line break inside a quoted cell starts a new line of the text.
                map.extend(std::iter::repeat_n(row.line, cell.matches('\n').count()));
            }
            out.push('\n');
            map.push(row.line);
        }
        (out, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_csv_with_source_lines() {
        let g = Grid::from_csv("a;b\n\"x;1\";2\n\n3;\"4\"\"\"\n", None);
        assert_eq!(g.header.cells, ["a", "b"]);
        assert_eq!(g.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(g.rows[1].cells, ["3", "4\""]);
        let (text, map) = g.to_csv();
        assert_eq!(text, "a,b\nx;1,2\n3,\"4\"\"\"\n");
        assert_eq!(map, [0, 1, 2, 4]);
        let wrapped = Grid {
            header: GridRow { line: 3, cells: vec!["GDP\n(亿元)".into()] },
            rows: vec![GridRow { line: 4, cells: vec!["1".into()] }],
        };
        let (text, map) = wrapped.to_csv();
        assert_eq!(text, "\"GDP\n(亿元)\"\n1\n");
        assert_eq!(map, [0, 3, 3, 4]);
    }
}
