//! One cell of text classified as a number, a missing value, or why it is not a number.
//!
//! This is the per-cell check behind every numeric column: polars parses the column first
//! ([`super::columns`]), and only the cells it could not parse come here, so the messages can
//! still say which line holds `"n/a "` or `1,234`.

/// Cells read as missing values (compared case-insensitively after trimming).
pub const MISSING_TOKENS: &[&str] = &["", "na", "n/a", "nan", "null", "none", "#n/a", ".", "-", "--", "..", "—"];

/// A text cell converted to a number, or why not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    /// A finite number.
    Number(f64),
    /// A missing-value token.
    Missing,
    /// Digits with thousands separators, such as `1,234`.
    Thousands,
    /// A decimal comma, such as `3,14`.
    DecimalComma,
    /// A number too large for a 64-bit float (`1e400`) or an infinity (`inf`).
    Infinite,
    /// Anything else.
    Text,
}

impl Cell {
    /// A number or a missing value: no error.
    pub fn is_ok(self) -> bool {
        matches!(self, Cell::Number(_) | Cell::Missing)
    }

    /// Written like a number, though perhaps in a way that is refused.
    pub fn is_numberlike(self) -> bool {
        matches!(self, Cell::Number(_) | Cell::Thousands | Cell::DecimalComma | Cell::Infinite)
    }
}

/// Classify one cell. See [`MISSING_TOKENS`].
pub fn parse_cell(raw: Option<&str>) -> Cell {
    let Some(s) = raw.map(str::trim) else { return Cell::Missing };
    if MISSING_TOKENS.iter().any(|t| t.eq_ignore_ascii_case(s)) {
        return Cell::Missing;
    }
    if s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
        && let Ok(v) = s.parse::<f64>()
    {
        return if v.is_finite() { Cell::Number(v) } else { Cell::Infinite };
    }
    // Only digits, signs, points, commas and spaces can be a refused number.
    if !s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | ',' | ' ' | '\u{a0}')) {
        let unsigned = s.trim_start_matches(['-', '+']);
        let infinite = ["inf", "infinity", "∞"].iter().any(|t| t.eq_ignore_ascii_case(unsigned));
        return if infinite { Cell::Infinite } else { Cell::Text };
    }
    let unsigned = s.trim_start_matches(['-', '+']);
    if ["inf", "infinity", "∞"].iter().any(|t| t.eq_ignore_ascii_case(unsigned)) {
        return Cell::Infinite;
    }
    let int_part = unsigned.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split([',', ' ', '\u{a0}']).collect();
    if groups.len() > 1
        && unsigned.matches('.').count() <= 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
    {
        return Cell::Thousands;
    }
    let parts: Vec<&str> = unsigned.split(',').collect();
    if parts.len() == 2 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
        return Cell::DecimalComma;
    }
    Cell::Text
}

/// Counts of cell classes in one column, which decide whether it is numeric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Cells that are numbers.
    pub numbers: usize,
    /// Cells written like numbers but refused (thousands separators, decimal commas, infinities).
    pub refused: usize,
    /// Cells that are text.
    pub text: usize,
    /// Missing cells.
    pub missing: usize,
}

impl Tally {
    /// Count one cell.
    pub fn add(&mut self, c: Cell) {
        match c {
            Cell::Number(_) => self.numbers += 1,
            Cell::Missing => self.missing += 1,
            Cell::Text => self.text += 1,
            Cell::Thousands | Cell::DecimalComma | Cell::Infinite => self.refused += 1,
        }
    }

    /// A text column: some text, and more text than number-like cells. A column with no
    /// cell at all but missing ones is numeric (every value missing).
    pub fn is_text(&self) -> bool {
        self.text > 0 && self.text > self.numbers + self.refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_classified() {
        assert_eq!(parse_cell(Some(" 12.5 ")), Cell::Number(12.5));
        assert_eq!(parse_cell(Some("1e308")), Cell::Number(1e308));
        assert_eq!(parse_cell(Some("1e400")), Cell::Infinite);
        assert_eq!(parse_cell(Some("-inf")), Cell::Infinite);
        assert_eq!(parse_cell(Some("N/A")), Cell::Missing);
        assert_eq!(parse_cell(None), Cell::Missing);
        assert_eq!(parse_cell(Some("1,234.5")), Cell::Thousands);
        assert_eq!(parse_cell(Some("3,14")), Cell::DecimalComma);
        assert_eq!(parse_cell(Some("abc")), Cell::Text);
    }

    #[test]
    fn majority_text_makes_a_text_column() {
        let mut t = Tally::default();
        for c in ["a", "b", "1"] {
            t.add(parse_cell(Some(c)));
        }
        assert!(t.is_text());
        let mut t = Tally::default();
        t.add(Cell::Missing);
        assert!(!t.is_text(), "all missing is a numeric column with no values");
    }
}
