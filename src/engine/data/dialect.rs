//! CSV dialect detection and a quote-aware record scan used for precise error positions.
//!
//! The panel itself is parsed by polars ([`super::import`]); this scan only finds the
//! separator, the line on which each record starts (quoted fields may span lines), and
//! records whose field count differs from the header's, so that messages can say
//! "line 37 has 12 fields, the header has 11".

/// Separators we recognise, in order of preference when counts tie.
pub const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// Human name of a separator byte.
pub fn separator_name(sep: u8) -> &'static str {
    match sep {
        b',' => "comma",
        b';' => "semicolon",
        b'\t' => "tab",
        b'|' => "pipe",
        _ => "custom",
    }
}

/// The separator that occurs most often outside quotes on the header line.
pub fn sniff_separator(text: &str) -> u8 {
    let header = first_record(text);
    let mut best = (0usize, b',');
    for sep in SEPARATORS {
        let n = count_outside_quotes(header, sep);
        if n > best.0 {
            best = (n, sep);
        }
    }
    best.1
}

fn first_record(text: &str) -> &str {
    let mut in_quotes = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => return &text[..i],
            _ => {}
        }
    }
    text
}

fn count_outside_quotes(line: &str, sep: u8) -> usize {
    let mut in_quotes = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == sep && !in_quotes {
            n += 1;
        }
    }
    n
}

/// One record found by [`scan_records`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordInfo {
    /// 1-based line number on which the record starts.
    pub line: usize,
    /// Number of fields.
    pub fields: usize,
}

/// Result of scanning a whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scan {
    /// Header names, unquoted and trimmed.
    pub header: Vec<String>,
    /// Data records (header excluded, blank lines skipped).
    pub records: Vec<RecordInfo>,
    /// Line of an opening quote that is never closed, if any.
    pub unterminated_quote: Option<usize>,
}

/// Split `text` into records with quote handling (RFC 4180: `""` inside quotes is a quote).
pub fn scan_records(text: &str, sep: u8) -> Scan {
    let mut header: Vec<String> = Vec::new();
    let mut records = Vec::new();
    let mut line = 1usize;
    let mut rec_line = 1usize;
    let mut fields = 1usize;
    let mut field = String::new();
    let mut header_done = false;
    let mut in_quotes = false;
    let mut quote_line = 0usize;
    let mut nonblank = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut field_start = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if in_quotes {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quotes = false;
                }
            } else if b == b'\n' {
                line += 1;
            }
        } else if b == b'"' {
            in_quotes = true;
            quote_line = line;
            nonblank = true;
        } else if b == sep {
            if !header_done {
                header.push(clean_name(&text[field_start..i]));
            }
            field_start = i + 1;
            fields += 1;
            nonblank = true;
        } else if b == b'\n' {
            let end = if i > 0 && bytes[i - 1] == b'\r' { i - 1 } else { i };
            if !header_done {
                header.push(clean_name(&text[field_start..end.max(field_start)]));
                header_done = true;
            } else if nonblank || fields > 1 {
                records.push(RecordInfo { line: rec_line, fields });
            }
            line += 1;
            rec_line = line;
            fields = 1;
            nonblank = false;
            field.clear();
            field_start = i + 1;
        } else if b != b'\r' && b != b' ' {
            nonblank = true;
        }
        i += 1;
    }
    if !header_done {
        header.push(clean_name(&text[field_start..]));
    } else if nonblank || fields > 1 {
        records.push(RecordInfo { line: rec_line, fields });
    }
    if header.len() == 1 && header[0].is_empty() {
        header.clear();
    }
    Scan { header, records, unterminated_quote: in_quotes.then_some(quote_line) }
}

fn clean_name(raw: &str) -> String {
    let t = raw.trim().trim_end_matches('\r').trim();
    let t = t.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(t);
    t.replace("\"\"", "\"").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_separators() {
        assert_eq!(sniff_separator("a,b,c\n1,2,3"), b',');
        assert_eq!(sniff_separator("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_separator("a\tb\tc\n"), b'\t');
        assert_eq!(sniff_separator("\"x;y\",b,c\n"), b',');
    }

    #[test]
    fn scan_counts_fields_and_lines_with_multiline_quotes() {
        let s = scan_records("a,b\r\n1,\"x\ny\"\n\n3,4,5\n6,7", b',');
        assert_eq!(s.header, vec!["a", "b"]);
        assert_eq!(
            s.records,
            vec![
                RecordInfo { line: 2, fields: 2 },
                RecordInfo { line: 5, fields: 3 },
                RecordInfo { line: 6, fields: 2 }
            ]
        );
        assert_eq!(s.unterminated_quote, None);
        assert_eq!(scan_records("a\n\"oops\n1", b',').unterminated_quote, Some(2));
    }
}
