//! What is wrong inside a GeoTIFF, typed so that the window and the command line word it in
//! the user's language (`crate::locale::errors`). The decoder's own messages are kept as data.

/// Why a file is not a readable TIFF.
#[derive(Debug, Clone, PartialEq)]
pub enum NotTiffReason {
    /// The file ends inside its header: truncated, or still being written.
    Truncated,
    /// The decoder's message.
    Decoder(String),
}

/// Samples this reader cannot use.
#[derive(Debug, Clone, PartialEq)]
pub enum SampleProblem {
    /// Complex numbers.
    Complex {
        /// Bits per sample.
        bits: u16,
    },
    /// Integers or floats of a width this reader lacks (e.g. 12-bit integers).
    Width {
        /// The sample format.
        kind: SampleKind,
        /// Bits per sample.
        bits: u16,
    },
    /// What the decoder says it cannot read.
    Decoder(String),
}

/// The TIFF `SampleFormat` of a band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleKind {
    /// Unsigned integers (1).
    Unsigned,
    /// Signed integers (2).
    Signed,
    /// Floats (3).
    Float,
    /// Any other code.
    Unknown,
}

/// A grid that is not north-up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GridProblem {
    /// Placed by ground control points (several tiepoints).
    ControlPoints,
    /// A transformation with rotation or shear terms.
    Rotated,
    /// South-up or degenerate: the cell size as the file gives it (width, height; a north-up
    /// grid has both positive).
    SouthUp {
        /// Cell width.
        width: f64,
        /// Cell height (rows going south are negative).
        height: f64,
    },
}

/// Why the pixels of a strip or tile could not be decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeProblem {
    /// A chunk holds fewer pixels than its size.
    Short {
        /// Chunk index.
        chunk: usize,
        /// Pixels it holds.
        got: usize,
        /// Pixels it should hold.
        expected: usize,
    },
    /// The decoder's message.
    Decoder(String),
}
