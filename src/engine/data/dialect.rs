//! CSV dialect: encoding checks, separator detection, and one quote-aware pass over the file
//! that finds where every record starts (byte offset and line) and which records are ragged.
//!
//! The numbers themselves are parsed by polars ([`super::columns`]); this scan gives the
//! messages their positions ("line 37 has 12 fields, the header has 11") and lets a single
//! cell be read again by [`record_field`] when polars could not parse it. The pass also
//! computes the file's FNV-1a fingerprint so that the bytes are walked once.

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

/// What is wrong with the bytes before any CSV parsing can start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingProblem {
    /// A UTF-16 byte-order mark, or the zero bytes of UTF-16 text without one.
    Utf16 {
        /// Little-endian (`FF FE`, zeros after each ASCII byte) or big-endian.
        little_endian: bool,
    },
    /// A NUL byte in text that is otherwise UTF-8 (a binary file, or a corrupted export).
    Nul {
        /// Byte offset of the first NUL.
        offset: usize,
        /// Its 1-based line.
        line: usize,
    },
    /// Bytes that are not UTF-8 (often GBK / GB18030 from Chinese Excel).
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// Its 1-based line.
        line: usize,
    },
}

/// Check the bytes (after a UTF-8 byte-order mark has been removed) for UTF-16, NUL bytes and
/// invalid UTF-8, in that order.
pub fn check_encoding(body: &[u8]) -> Result<&str, EncodingProblem> {
    let line_of = |offset: usize| body[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    if body.starts_with(b"\xFF\xFE") {
        return Err(EncodingProblem::Utf16 { little_endian: true });
    }
    if body.starts_with(b"\xFE\xFF") {
        return Err(EncodingProblem::Utf16 { little_endian: false });
    }
    if let Some(offset) = memchr::memchr(0, body) {
        let head = &body[..body.len().min(200)];
        let zeros_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
        let zeros_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
        let half = head.len() / 4;
        if half > 0 && zeros_odd > half && zeros_even == 0 {
            return Err(EncodingProblem::Utf16 { little_endian: true });
        }
        if half > 0 && zeros_even > half && zeros_odd == 0 {
            return Err(EncodingProblem::Utf16 { little_endian: false });
        }
        return Err(EncodingProblem::Nul { offset, line: line_of(offset) });
    }
    std::str::from_utf8(body)
        .map_err(|e| EncodingProblem::NotUtf8 { offset: e.valid_up_to(), line: line_of(e.valid_up_to()) })
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

/// A record whose field count differs from the header's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ragged {
    /// 1-based line on which the record starts.
    pub line: usize,
    /// Number of fields it has.
    pub fields: usize,
}

/// Result of scanning a whole file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Header names, unquoted and trimmed.
    pub header: Vec<String>,
    /// Byte offset just after the header record's line end.
    pub header_end: usize,
    /// 1-based line on which each data record starts (header excluded, blank lines skipped).
    pub lines: Vec<usize>,
    /// Byte offset at which each data record starts.
    pub starts: Vec<usize>,
    /// Records with more or fewer fields than the header.
    pub ragged: Vec<Ragged>,
    /// Line of an opening quote that is never closed, if any.
    pub unterminated_quote: Option<usize>,
    /// True when any quote character occurs in the file.
    pub has_quotes: bool,
    /// True when a quote opens a quoted section anywhere but at the start of a field
    /// (`ab"c`, `a, "b"`) or a closing quote is followed by more text (`"a"b`). This scan
    /// reads such a quote as opening or closing a quoted section; other readers (polars) take
    /// it as a literal character, so the import leaves such files to its per-cell reader.
    pub stray_quotes: bool,
}

impl Scan {
    /// Number of data records.
    pub fn n_records(&self) -> usize {
        self.starts.len()
    }
}

/// Split `text` into records with quote handling (RFC 4180: `""` inside quotes is a quote).
/// Blank lines (only spaces or a carriage return) are skipped; a line with separators only
/// is a record.
///
/// A data line without any quote character (the usual case) is taken whole: its end, its
/// quotes and its separators are found with `memchr`'s vectorised searches instead of a state
/// machine step per byte. Lines with quotes, and the header, go through the state machine.
pub fn scan_records(text: &str, sep: u8) -> Scan {
    scan(text, sep, true)
}

/// [`scan_records`] with every byte through the state machine: the reference that tests and
/// the fuzz targets hold the whole-line path to.
pub fn scan_records_reference(text: &str, sep: u8) -> Scan {
    scan(text, sep, false)
}

fn scan(text: &str, sep: u8, whole_lines: bool) -> Scan {
    let bytes = text.as_bytes();
    let mut scan = Scan::default();
    let mut line = 1usize;
    let mut rec_line = 1usize;
    let mut rec_start = 0usize;
    let mut fields = 1usize;
    let mut in_quotes = false;
    let mut quote_line = 0usize;
    let mut nonblank = false;
    let mut header_done = false;
    let mut header_fields: Vec<(usize, usize)> = Vec::new();
    let mut field_start = 0usize;
    let mut n_header = 0usize;
    // At the first byte of a field (after a separator or a line end).
    let mut fresh = true;
    let mut i = 0usize;
    while i < bytes.len() {
        if whole_lines && header_done && !in_quotes && i == rec_start {
            let end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |k| i + k);
            let record = &bytes[i..end];
            if memchr::memchr(b'"', record).is_none() {
                fields = memchr::memchr_iter(sep, record).count() + 1;
                nonblank = fields > 1 || record.iter().any(|&b| b != b'\r' && b != b' ');
                if end == bytes.len() {
                    // The last line has no line end: the code after the loop records it.
                    break;
                }
                // On to the line end, which the state machine below records as for any line.
                i = end;
            }
        }
        let b = bytes[i];
        if in_quotes {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quotes = false;
                    if !matches!(bytes.get(i + 1), None | Some(b'\n' | b'\r')) && bytes.get(i + 1) != Some(&sep) {
                        scan.stray_quotes = true;
                    }
                }
            } else if b == b'\n' {
                line += 1;
            }
        } else if b == sep {
            if !header_done {
                header_fields.push((field_start, i));
            }
            field_start = i + 1;
            fields += 1;
            nonblank = true;
            fresh = true;
            i += 1;
            continue;
        } else if b == b'\n' {
            if !header_done {
                let end = if i > 0 && bytes[i - 1] == b'\r' { i - 1 } else { i };
                header_fields.push((field_start, end.max(field_start)));
                header_done = true;
                n_header = fields;
                scan.header_end = i + 1;
            } else if nonblank || fields > 1 {
                push_record(&mut scan, rec_line, rec_start, fields, n_header);
            }
            line += 1;
            rec_line = line;
            rec_start = i + 1;
            fields = 1;
            nonblank = false;
            fresh = true;
            i += 1;
            continue;
        } else if b == b'"' {
            scan.stray_quotes |= !fresh;
            in_quotes = true;
            quote_line = line;
            nonblank = true;
            scan.has_quotes = true;
        } else if b != b'\r' && b != b' ' {
            nonblank = true;
        }
        fresh = false;
        i += 1;
    }
    if !header_done {
        header_fields.push((field_start, bytes.len()));
        scan.header_end = bytes.len();
    } else if nonblank || fields > 1 {
        push_record(&mut scan, rec_line, rec_start, fields, n_header);
    }
    scan.header = header_fields.iter().map(|&(a, b)| clean_name(&text[a..b])).collect();
    if scan.header.len() == 1 && scan.header[0].is_empty() {
        scan.header.clear();
    }
    scan.unterminated_quote = in_quotes.then_some(quote_line);
    scan
}

fn push_record(scan: &mut Scan, line: usize, start: usize, fields: usize, n_header: usize) {
    scan.lines.push(line);
    scan.starts.push(start);
    if fields != n_header {
        scan.ragged.push(Ragged { line, fields });
    }
}

fn clean_name(raw: &str) -> String {
    let t = raw.trim().trim_end_matches('\r').trim();
    let t = t.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(t);
    t.replace("\"\"", "\"").trim().to_string()
}

/// Walk the fields of the record starting at byte `start`, calling `f(index, raw)` with each
/// field unquoted (`""` becomes `"`) and untrimmed, until `f` returns false or the record ends.
pub fn for_each_field(text: &str, start: usize, sep: u8, mut f: impl FnMut(usize, &str) -> bool) {
    let bytes = text.as_bytes();
    let mut i = start.min(bytes.len());
    let mut index = 0usize;
    let mut buf = String::new();
    loop {
        buf.clear();
        let mut quoted = false;
        let mut piece = i;
        // A field: runs of plain bytes and quoted sections until a separator or line end.
        loop {
            if i >= bytes.len() {
                break;
            }
            let b = bytes[i];
            if quoted {
                if b == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        buf.push_str(&text[piece..=i]);
                        i += 2;
                        piece = i;
                        continue;
                    }
                    buf.push_str(&text[piece..i]);
                    quoted = false;
                    i += 1;
                    piece = i;
                    continue;
                }
                i += 1;
            } else if b == b'"' {
                buf.push_str(&text[piece..i]);
                quoted = true;
                i += 1;
                piece = i;
            } else if b == sep || b == b'\n' {
                break;
            } else {
                i += 1;
            }
        }
        let mut end = i;
        if (i >= bytes.len() || bytes[i] == b'\n') && end > piece && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        buf.push_str(&text[piece..end.max(piece)]);
        if !f(index, &buf) {
            return;
        }
        if i >= bytes.len() || bytes[i] == b'\n' {
            return;
        }
        i += 1;
        index += 1;
    }
}

/// The field `col` (0-based) of the record starting at `start`, unquoted, if the record has it.
pub fn record_field(text: &str, start: usize, sep: u8, col: usize) -> Option<String> {
    let mut out = None;
    for_each_field(text, start, sep, |i, raw| {
        if i == col {
            out = Some(raw.to_string());
            false
        } else {
            true
        }
    });
    out
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
        let text = "a,b\r\n1,\"x\ny\"\n\n3,4,5\n6,7";
        let s = scan_records(text, b',');
        assert_eq!(s.header, vec!["a", "b"]);
        assert_eq!(s.lines, vec![2, 5, 6]);
        assert_eq!(s.ragged, vec![Ragged { line: 5, fields: 3 }]);
        assert_eq!(s.unterminated_quote, None);
        assert_eq!(record_field(text, s.starts[0], b',', 1).as_deref(), Some("x\ny"));
        assert_eq!(record_field(text, s.starts[2], b',', 1).as_deref(), Some("7"));
        assert_eq!(record_field(text, s.starts[2], b',', 2), None);
        assert_eq!(scan_records("a\n\"oops\n1", b',').unterminated_quote, Some(2));
    }

    #[test]
    fn quote_free_lines_and_quoted_lines_hand_over() {
        // Quote-free lines take the whole-line path, quoted ones the state machine; blank
        // lines, spaces, carriage returns, separator-only lines and a last line without a
        // line end on both sides of the hand-over.
        let text = "a;b\r\n1;2\r\n  \r\n;\n\"x\n\";3\n4;5;6\n\n7\n\"q\";\"\"\n8;9";
        let s = scan_records(text, b';');
        assert_eq!(s.header, vec!["a", "b"]);
        assert_eq!(s.lines, vec![2, 4, 5, 7, 9, 10, 11]);
        let starts: Vec<usize> = s.lines.iter().map(|&l| line_start(text, l)).collect();
        assert_eq!(s.starts, starts);
        assert_eq!(s.ragged, vec![Ragged { line: 7, fields: 3 }, Ragged { line: 9, fields: 1 }]);
        assert!(s.has_quotes && !s.stray_quotes && s.unterminated_quote.is_none());
        assert_eq!(record_field(text, s.starts[2], b';', 0).as_deref(), Some("x\n"));
        assert_eq!(record_field(text, s.starts[6], b';', 1).as_deref(), Some("9"));
        // The same records with no quotes at all, ending in a line end.
        let plain = scan_records("a,b\n1,2\n \n3\n,\n", b',');
        assert_eq!(plain.lines, vec![2, 4, 5]);
        assert_eq!(plain.ragged, vec![Ragged { line: 4, fields: 1 }]);
        for (t, sep) in [(text, b';'), ("a,b\n1,2\n \n3\n,\n", b','), ("x\n\r\n1\n\"2\"\"\n3", b',')] {
            assert_eq!(scan_records(t, sep), scan_records_reference(t, sep), "{t:?}");
        }
    }

    fn line_start(text: &str, line: usize) -> usize {
        text.match_indices('\n').nth(line - 2).map_or(0, |(i, _)| i + 1)
    }

    #[test]
    fn fields_are_unquoted_and_crlf_is_dropped() {
        let text = "h\r\n\"a \"\"q\"\" b\",x\r\n";
        let mut seen = Vec::new();
        for_each_field(text, 3, b',', |_, f| {
            seen.push(f.to_string());
            true
        });
        assert_eq!(seen, vec!["a \"q\" b", "x"]);
    }

    #[test]
    fn encodings_are_told_apart() {
        assert!(matches!(check_encoding(b"\xFF\xFEa\0b\0"), Err(EncodingProblem::Utf16 { little_endian: true })));
        let le: Vec<u8> = "province,year\n".bytes().flat_map(|b| [b, 0]).collect();
        assert!(matches!(check_encoding(&le), Err(EncodingProblem::Utf16 { little_endian: true })));
        assert!(matches!(check_encoding(b"a,b\n1,\0\n"), Err(EncodingProblem::Nul { line: 2, .. })));
        assert!(matches!(check_encoding(b"a\n\xb1\xb1"), Err(EncodingProblem::NotUtf8 { line: 2, .. })));
        assert_eq!(check_encoding(b"a,b").ok(), Some("a,b"));
    }
}
