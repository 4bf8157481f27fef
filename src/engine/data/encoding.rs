//! Text encodings other than UTF-8: UTF-16 with a byte-order mark, and GBK / GB18030 (what
//! Chinese Excel writes for "CSV"), decoded with `encoding_rs` (the WHATWG decoders).
//!
//! Detection is conservative: a file that is valid UTF-8 is never converted; GB18030 is tried
//! only when the bytes are not UTF-8 and contain no NUL byte, and accepted only when the
//! decoding is free of errors and most two-byte sequences lie in the GB2312 area (common
//! Chinese characters and full-width punctuation), so that a Latin-1 or binary file is
//! refused rather than turned into nonsense. Line breaks are ASCII in every one of these encodings, so
//! line numbers are the file's own.

use super::notice::{Notice, TextEncoding};

/// Why bytes that are not UTF-8 could not be decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeFailure {
    /// A typed finding to report as an error.
    Refused(Notice),
    /// The bytes hold a NUL or look like UTF-16 without a byte-order mark: left to the UTF-8
    /// checks of [`super::dialect::check_encoding`], which word those cases.
    NotMine,
}

/// The text of `bytes` when they are UTF-16 with a byte-order mark or GBK / GB18030, with the
/// encoding detected; `Ok(None)` when they are UTF-8 (with or without a BOM) and are used as
/// they are.
pub fn transcode(bytes: &[u8]) -> Result<Option<(String, TextEncoding)>, DecodeFailure> {
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some((encoding_rs::UTF_16LE, TextEncoding::Utf16Le))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((encoding_rs::UTF_16BE, TextEncoding::Utf16Be))
    } else {
        None
    };
    if let Some((enc, which)) = utf16 {
        return match enc.decode_without_bom_handling_and_without_replacement(&bytes[2..]) {
            Some(text) => Ok(Some((text.into_owned(), which))),
            None => Err(DecodeFailure::Refused(Notice::BadUtf16 { encoding: which })),
        };
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let offset = match std::str::from_utf8(body) {
        Ok(_) => return Ok(None),
        Err(e) => e.valid_up_to() + (bytes.len() - body.len()),
    };
    if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeFailure::NotMine);
    }
    let refused = || DecodeFailure::Refused(Notice::UnknownEncoding { offset });
    let text = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes).ok_or_else(refused)?;
    if !mostly_chinese(bytes) {
        return Err(refused());
    }
    let which = if has_four_byte_sequence(bytes) { TextEncoding::Gb18030 } else { TextEncoding::Gbk };
    Ok(Some((text.into_owned(), which)))
}

/// At least 60% of the two-byte sequences lie in the GB2312 area (both bytes 0xA1-0xFE),
/// where every common Chinese character and full-width punctuation mark is. Latin-1 or
/// Windows-1252 text read as GBK pairs an accented letter with the ASCII letter after it (a
/// second byte below 0x80), which is the area of rare characters: this refuses such files
/// instead of turning them into nonsense. A plausibility check, not a proof; the note names
/// the encoding either way.
fn mostly_chinese(bytes: &[u8]) -> bool {
    let (mut common, mut other) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if (0x30..=0x39).contains(&next) {
            other += 1;
            i += 4;
            continue;
        }
        if (0xA1..=0xFE).contains(&b) && (0xA1..=0xFE).contains(&next) {
            common += 1;
        } else {
            other += 1;
        }
        i += 2;
    }
    common > 0 && 2 * common >= 3 * other
}

/// True when the GB18030 bytes hold a four-byte sequence (lead 0x81-0xFE, then 0x30-0x39),
/// i.e. a character outside GBK.
fn has_four_byte_sequence(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if bytes.get(i + 1).is_some_and(|n| (0x30..=0x39).contains(n)) {
            return true;
        } else {
            i += 2;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_left_alone_and_gbk_is_named() {
        assert_eq!(transcode("省份,year\n北京,2011\n".as_bytes()), Ok(None));
        assert_eq!(transcode(b"\xEF\xBB\xBFa,b\n"), Ok(None));
        // 北京 in GBK.
        let gbk = b"province,year\n\xB1\xB1\xBE\xA9,2011\n";
        let (text, enc) = transcode(gbk).unwrap().unwrap();
        assert_eq!((text.as_str(), enc), ("province,year\n北京,2011\n", TextEncoding::Gbk));
        // 0x81 0x30 0x81 0x30 is GB18030's four-byte form of U+0080, outside GBK.
        let four = b"a\n\x81\x30\x81\x30\xB1\xB1\xBE\xA9\n";
        assert_eq!(transcode(four).unwrap().unwrap().1, TextEncoding::Gb18030);
    }

    #[test]
    fn latin1_and_broken_utf16_are_refused() {
        // "Zürich", "Genève" in Latin-1: not UTF-8, and not Chinese when read as GBK.
        let latin1 = b"city\nZ\xFCrich\nGen\xE8ve\n";
        assert!(matches!(transcode(latin1), Err(DecodeFailure::Refused(Notice::UnknownEncoding { offset: 6 }))));
        assert!(matches!(transcode(b"\xFF\xFEa"), Err(DecodeFailure::Refused(Notice::BadUtf16 { .. }))));
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("a,b\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(transcode(&le).unwrap().unwrap(), ("a,b\n".to_string(), TextEncoding::Utf16Le));
    }
}
