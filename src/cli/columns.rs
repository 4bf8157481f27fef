//! Text columns in a terminal: CJK characters take two columns, so tables with Chinese
//! headers or region names are padded by display width, not by characters.

/// Terminal columns taken by `s`: two for a CJK or full-width character, one otherwise.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| if ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c) { 2 } else { 1 })
        .sum()
}

/// `s` padded with spaces on the right to `w` terminal columns.
pub fn pad_end(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(display_width(s))))
}

/// `s` padded with spaces on the left to `w` terminal columns.
pub fn pad_start(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(display_width(s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_columns() {
        assert_eq!(display_width("北京 a"), 6);
        assert_eq!(pad_end("北京", 6), "北京  ");
        assert_eq!(pad_start("ab", 4), "  ab");
        assert_eq!(pad_end("toolong", 3), "toolong");
    }
}
