//! GeoTIFF rasters read with the `tiff` crate (image-rs), strip by strip or tile by tile, so a
//! band is never held whole: [`GeoTiff::for_each_block`] hands out horizontal blocks of whole
//! rows (one row of tiles, or enough strips for about [`BLOCK_CELLS`] cells).
//!
//! Georeferencing (OGC GeoTIFF 1.1): `ModelPixelScaleTag` (33550) with one
//! `ModelTiepointTag` (33922) gives `x_min = X - I sx`, `y_max = Y + J sy` for the tiepoint
//! `(I, J, K, X, Y, Z)`; or `ModelTransformationTag` (34264), a 4 x 4 matrix `M` with
//! `x = M[0] i + M[1] j + M[3]`, `y = M[4] i + M[5] j + M[7]` (north-up only: `M[1] = M[4] = 0`,
//! `M[5] < 0`). A `PixelIsPoint` raster (`GTRasterTypeGeoKey` = 2) has its corner moved half a
//! cell up and left, as GDAL does. The CRS comes from the GeoKeys ([`super::geokeys`]); nodata
//! from `GDAL_NODATA` (42113, ASCII), compared in the band's own type (so `-3.4e38` meets a
//! float32 cell).
//!
//! Samples: unsigned and signed integers of 8 to 64 bits and floats of 16, 32 and 64 bits,
//! pixel-interleaved or planar (one plane per band); compression none, LZW, Deflate or
//! PackBits (what GDAL writes by default or with `COMPRESS=LZW|DEFLATE|PACKBITS`).

use super::coverage::Grid;
use super::crs::Crs;
use super::geokeys::{GeoKeyError, GeoKeys, RASTER_TYPE};
use super::problem::{DecodeProblem, GridProblem, NotTiffReason, SampleKind, SampleProblem};
use std::fs::File;
use std::io::BufReader;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use tiff::decoder::{ChunkType, Decoder, DecodingResult};
use tiff::tags::Tag;

/// Target number of cells in one block handed to the caller (about 8 MiB of `f64`).
pub const BLOCK_CELLS: usize = 1 << 20;

/// Why a GeoTIFF cannot be read. Every message names the file, what is wrong and a remedy.
#[derive(Debug, Clone, PartialEq)]
pub enum GeoTiffError {
    /// The file could not be opened or read.
    Io {
        /// File path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// Not a TIFF, or a damaged one.
    NotTiff {
        /// File path.
        path: String,
        /// Why.
        reason: NotTiffReason,
    },
    /// A compression codec this reader lacks.
    Compression {
        /// File path.
        path: String,
        /// Codec name (`None`: a code this reader does not know).
        codec: Option<&'static str>,
        /// TIFF compression code.
        code: u16,
    },
    /// Samples that are not plain integers or floats.
    SampleFormat {
        /// File path.
        path: String,
        /// What was found.
        what: SampleProblem,
    },
    /// No pixel-to-map transformation.
    NoGeoreferencing {
        /// File path.
        path: String,
    },
    /// A rotated, sheared, south-up or ground-control-point grid.
    NotNorthUp {
        /// File path.
        path: String,
        /// What kind of grid.
        what: GridProblem,
    },
    /// A CRS without formulas here.
    Crs {
        /// File path.
        path: String,
        /// Why.
        reason: GeoKeyError,
    },
    /// A band that the file does not have.
    Band {
        /// File path.
        path: String,
        /// Band asked for (1-based).
        band: usize,
        /// Bands in the file.
        bands: usize,
    },
    /// Decoding a strip or tile failed.
    Decode {
        /// File path.
        path: String,
        /// Why.
        problem: DecodeProblem,
    },
}

/// What a GeoTIFF holds, read from its first image directory.
#[derive(Clone, Debug, PartialEq)]
pub struct RasterInfo {
    /// The north-up grid in the CRS's units.
    pub grid: Grid,
    /// Its CRS.
    pub crs: Crs,
    /// Number of bands (samples per pixel).
    pub bands: usize,
    /// `GDAL_NODATA`, already rounded to the band's type.
    pub nodata: Option<f64>,
    /// Sample type, e.g. `float32`.
    pub sample: String,
}

/// An open GeoTIFF.
pub struct GeoTiff {
    path: PathBuf,
    decoder: Decoder<BufReader<File>>,
    /// What the file holds.
    pub info: RasterInfo,
    planar: bool,
}

impl std::fmt::Debug for GeoTiff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GeoTiff").field("path", &self.path).field("info", &self.info).finish()
    }
}

impl GeoTiff {
    /// Open `path` and read its georeferencing; pixels are read later, block by block.
    pub fn open(path: &Path) -> Result<GeoTiff, GeoTiffError> {
        let p = path.display().to_string();
        let file = File::open(path).map_err(|e| GeoTiffError::Io { path: p.clone(), message: e.to_string() })?;
        let mut d = Decoder::new(BufReader::new(file)).map_err(|e| open_error(&p, e))?;
        let bad = |e: tiff::TiffError| open_error(&p, e);
        let compression = d.find_tag_unsigned::<u16>(Tag::Compression).map_err(bad)?.unwrap_or(1);
        if !matches!(compression, 1 | 5 | 8 | 32773 | 32946) {
            return Err(GeoTiffError::Compression { path: p, codec: codec_name(compression), code: compression });
        }
        let bands = d.find_tag_unsigned::<u16>(Tag::SamplesPerPixel).map_err(bad)?.unwrap_or(1).max(1) as usize;
        let planar = d.find_tag_unsigned::<u16>(Tag::PlanarConfiguration).map_err(bad)? == Some(2);
        let format = d.find_tag_unsigned_vec::<u16>(Tag::SampleFormat).map_err(bad)?.unwrap_or_default();
        let bits = d.find_tag_unsigned_vec::<u16>(Tag::BitsPerSample).map_err(bad)?.unwrap_or_default();
        let (format, bits) = (format.first().copied().unwrap_or(1), bits.first().copied().unwrap_or(1));
        let sample = match (format, bits) {
            (1, 8 | 16 | 32 | 64) => format!("uint{bits}"),
            (2, 8 | 16 | 32 | 64) => format!("int{bits}"),
            (3, 16 | 32 | 64) => format!("float{bits}"),
            (5 | 6, _) => return Err(GeoTiffError::SampleFormat { path: p, what: SampleProblem::Complex { bits } }),
            (f, b) => {
                let kind = match f {
                    1 => SampleKind::Unsigned,
                    2 => SampleKind::Signed,
                    3 => SampleKind::Float,
                    _ => SampleKind::Unknown,
                };
                return Err(GeoTiffError::SampleFormat { path: p, what: SampleProblem::Width { kind, bits: b } });
            }
        };
        let doubles = |d: &mut Decoder<BufReader<File>>, tag| -> Result<Option<Vec<f64>>, GeoTiffError> {
            match d.find_tag(tag).map_err(|e| open_error(&p, e))? {
                Some(v) => Ok(Some(v.into_f64_vec().map_err(|e| open_error(&p, e))?)),
                None => Ok(None),
            }
        };
        let scale = doubles(&mut d, Tag::ModelPixelScaleTag)?;
        let tie = doubles(&mut d, Tag::ModelTiepointTag)?;
        let matrix = doubles(&mut d, Tag::ModelTransformationTag)?;
        let key_dir = d.find_tag_unsigned_vec::<u16>(Tag::GeoKeyDirectoryTag).map_err(bad)?;
        let key_doubles = doubles(&mut d, Tag::GeoDoubleParamsTag)?.unwrap_or_default();
        let key_ascii = match d.find_tag(Tag::GeoAsciiParamsTag).map_err(bad)? {
            Some(v) => v.into_string().unwrap_or_default(),
            None => String::new(),
        };
        let nodata_text = match d.find_tag(Tag::GdalNodata).map_err(bad)? {
            Some(v) => v.into_string().ok(),
            None => None,
        };
        let (width, height) = d.dimensions().map_err(bad)?;
        let keys = GeoKeys::parse(key_dir.as_deref().unwrap_or(&[]), &key_doubles, &key_ascii);
        let (x_min, y_max, dx, dy) = match (scale, tie, matrix) {
            (Some(s), Some(t), _) if s.len() >= 2 && t.len() >= 6 => {
                if t.len() > 6 {
                    return Err(GeoTiffError::NotNorthUp { path: p, what: GridProblem::ControlPoints });
                }
                (t[3] - t[0] * s[0], t[4] + t[1] * s[1], s[0], s[1])
            }
            (_, _, Some(m)) if m.len() >= 8 => {
                if m[1] != 0.0 || m[4] != 0.0 {
                    return Err(GeoTiffError::NotNorthUp { path: p, what: GridProblem::Rotated });
                }
                (m[3], m[7], m[0], -m[5])
            }
            _ => return Err(GeoTiffError::NoGeoreferencing { path: p }),
        };
        if !(dx > 0.0 && dy > 0.0 && x_min.is_finite() && y_max.is_finite() && dx.is_finite() && dy.is_finite()) {
            let what = GridProblem::SouthUp { width: dx, height: -dy };
            return Err(GeoTiffError::NotNorthUp { path: p, what });
        }
        if key_dir.is_none() {
            return Err(GeoTiffError::Crs { path: p, reason: GeoKeyError::NoCrs });
        }
        let crs = keys.crs().map_err(|reason| GeoTiffError::Crs { path: p.clone(), reason })?;
        let (x_min, y_max) =
            if keys.short(RASTER_TYPE) == Some(2) { (x_min - dx / 2.0, y_max + dy / 2.0) } else { (x_min, y_max) };
        let grid = Grid { x_min, y_max, dx, dy, cols: width as usize, rows: height as usize };
        let nodata = nodata_text.and_then(|t| parse_nodata(&t, format, bits));
        Ok(GeoTiff {
            path: path.to_path_buf(),
            decoder: d,
            info: RasterInfo { grid, crs, bands, nodata, sample },
            planar,
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read band `band` (1-based) in blocks of whole rows, top to bottom: `f(first_row,
    /// values)` gets `values.len() / cols` rows, row-major, as `f64`. `f` may stop early with
    /// `ControlFlow::Break`. Memory: one block and one decoded strip or tile.
    pub fn for_each_block(
        &mut self,
        band: usize,
        mut f: impl FnMut(usize, &[f64]) -> ControlFlow<()>,
    ) -> Result<(), GeoTiffError> {
        let (bands, cols, rows) = (self.info.bands, self.info.grid.cols, self.info.grid.rows);
        if band == 0 || band > bands {
            return Err(GeoTiffError::Band { path: self.path.display().to_string(), band, bands });
        }
        let p = self.path.display().to_string();
        let dec = |e: tiff::TiffError| decode_error(&p, e);
        let tiled = self.decoder.get_chunk_type() == ChunkType::Tile;
        let (cw, ch) = self.decoder.chunk_dimensions();
        let (cw, ch) = (cw.max(1) as usize, ch.max(1) as usize);
        let across = if tiled { cols.div_ceil(cw) } else { 1 };
        let down = rows.div_ceil(ch);
        let per_plane = across * down;
        let (plane, sample, stride) = if self.planar { (band - 1, 0, 1) } else { (0, band - 1, bands) };
        let chunk_rows_per_block = if tiled { 1 } else { (BLOCK_CELLS / cols.max(1) / ch).max(1) };
        let mut block = Vec::new();
        let mut chunk_row = 0;
        while chunk_row < down {
            let last = (chunk_row + chunk_rows_per_block).min(down);
            let row0 = chunk_row * ch;
            let row1 = (last * ch).min(rows);
            block.clear();
            block.resize((row1 - row0) * cols, f64::NAN);
            for cr in chunk_row..last {
                for ca in 0..across {
                    let index = plane * per_plane + cr * across + ca;
                    let data = self.decoder.read_chunk(index as u32).map_err(dec)?;
                    let (w, h) = chunk_size(cols, rows, cw, ch, tiled, cr, ca);
                    let (r_off, c_off) = (cr * ch - row0, ca * cw);
                    let mut put = |k: usize, v: f64| {
                        let (r, c) = (k / w, k % w);
                        if r < h {
                            block[(r_off + r) * cols + c_off + c] = v;
                        }
                    };
                    let n = w * h;
                    let got = copy_samples(&data, sample, stride, n, &mut put);
                    if got < n {
                        let problem = DecodeProblem::Short { chunk: index, got, expected: n };
                        return Err(GeoTiffError::Decode { path: p, problem });
                    }
                }
            }
            if f(row0, &block).is_break() {
                return Ok(());
            }
            chunk_row = last;
        }
        Ok(())
    }
}

/// Width and height of the data of strip or tile `(cr, ca)` (edge chunks are cut).
fn chunk_size(cols: usize, rows: usize, cw: usize, ch: usize, tiled: bool, cr: usize, ca: usize) -> (usize, usize) {
    let h = ch.min(rows - cr * ch);
    let w = if tiled { cw.min(cols - ca * cw) } else { cols };
    (w, h)
}

/// Hand the `n` pixels' sample `sample` (of `stride` interleaved) to `put(k, value)`; returns
/// how many pixels the chunk held.
fn copy_samples(
    data: &DecodingResult,
    sample: usize,
    stride: usize,
    n: usize,
    put: &mut impl FnMut(usize, f64),
) -> usize {
    macro_rules! each {
        ($v:expr, $x:ident => $conv:expr) => {{
            let mut count = 0;
            for (k, px) in $v.chunks_exact(stride).take(n).enumerate() {
                let $x = px[sample];
                put(k, $conv);
                count = k + 1;
            }
            count
        }};
    }
    match data {
        DecodingResult::U8(v) => each!(v, x => f64::from(x)),
        DecodingResult::U16(v) => each!(v, x => f64::from(x)),
        DecodingResult::U32(v) => each!(v, x => f64::from(x)),
        DecodingResult::U64(v) => each!(v, x => x as f64),
        DecodingResult::I8(v) => each!(v, x => f64::from(x)),
        DecodingResult::I16(v) => each!(v, x => f64::from(x)),
        DecodingResult::I32(v) => each!(v, x => f64::from(x)),
        DecodingResult::I64(v) => each!(v, x => x as f64),
        DecodingResult::F16(v) => each!(v, x => f64::from(x)),
        DecodingResult::F32(v) => each!(v, x => f64::from(x)),
        DecodingResult::F64(v) => each!(v, x => x),
    }
}

/// `GDAL_NODATA` text as a value of the band's type (`None` when it does not parse or cannot
/// occur in that type, e.g. `-9999` in a `uint8` band).
fn parse_nodata(text: &str, format: u16, bits: u16) -> Option<f64> {
    let t = text.trim().trim_end_matches('\0').trim();
    let v: f64 = match t.to_ascii_lowercase().as_str() {
        "nan" | "-nan" => f64::NAN,
        "inf" | "+inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        s => s.parse().ok()?,
    };
    match (format, bits) {
        (3, 32) => Some(f64::from(v as f32)),
        (3, 16) => Some(f64::from(v as f32)),
        (3, _) => Some(v),
        (1 | 2, b) => {
            let (lo, hi) = if format == 1 {
                (0.0, 2f64.powi(i32::from(b)) - 1.0)
            } else {
                (-(2f64.powi(i32::from(b) - 1)), 2f64.powi(i32::from(b) - 1) - 1.0)
            };
            (v.fract() == 0.0 && (lo..=hi).contains(&v)).then_some(v)
        }
        _ => None,
    }
}

/// Name of a TIFF compression code this reader lacks (`None`: unknown).
fn codec_name(code: u16) -> Option<&'static str> {
    Some(match code {
        2 => "CCITT RLE",
        3 => "CCITT fax 3",
        4 => "CCITT fax 4",
        6 | 7 => "JPEG",
        34887 => "LERC",
        34925 => "LZMA",
        50000 => "Zstandard",
        50001 => "WebP",
        _ => return None,
    })
}

/// A failure while reading the header.
fn open_error(path: &str, e: tiff::TiffError) -> GeoTiffError {
    match e {
        tiff::TiffError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            GeoTiffError::NotTiff { path: path.into(), reason: NotTiffReason::Truncated }
        }
        tiff::TiffError::IoError(io) => GeoTiffError::Io { path: path.into(), message: io.to_string() },
        tiff::TiffError::UnsupportedError(u) => {
            GeoTiffError::SampleFormat { path: path.into(), what: SampleProblem::Decoder(u.to_string()) }
        }
        other => GeoTiffError::NotTiff { path: path.into(), reason: NotTiffReason::Decoder(other.to_string()) },
    }
}

/// A failure while decoding pixels.
fn decode_error(path: &str, e: tiff::TiffError) -> GeoTiffError {
    GeoTiffError::Decode { path: path.into(), problem: DecodeProblem::Decoder(e.to_string()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodata_is_read_in_the_band_type() {
        assert_eq!(parse_nodata("-9999", 3, 32), Some(-9999.0));
        assert_eq!(parse_nodata("0.1", 3, 32), Some(f64::from(0.1f32)));
        assert_eq!(parse_nodata("-3.4028234663852886e+38\0", 3, 32), Some(f64::from(f32::MIN)));
        assert!(parse_nodata("nan", 3, 64).is_some_and(f64::is_nan));
        assert_eq!(parse_nodata("255", 1, 8), Some(255.0));
        assert_eq!(parse_nodata("-9999", 1, 8), None);
        assert_eq!(parse_nodata("-32768", 2, 16), Some(-32768.0));
        assert_eq!(parse_nodata("none", 3, 32), None);
    }
}
