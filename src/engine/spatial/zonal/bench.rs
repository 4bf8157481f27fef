//! The GeoTIFF row of the `spatial-stats` bench suite: a 1 km grid of China (5,000 x 4,000
//! float32 cells in the Krasovsky Albers of China's gridded emission data, Deflate strips of
//! 16 rows, as `gdal_translate -co COMPRESS=DEFLATE` writes) read from a file and summed over
//! the 31 embedded provinces.
//!
//! The file is written once to the temporary directory. The reading runs in a
//! child process of this binary (`carbon-dml bench-child --side zonal --file F`) so that its
//! peak resident memory (`VmHWM`) is its own; the child reports the peak before reading (code,
//! thread pools, boundaries) and after, and the wall time of open + zonal sums alone.

use super::extract::{boundary_rings, zonal_geotiff};
use super::geotiff::GeoTiff;
use crate::engine::bench::Measurement;
use crate::engine::data::bench::peak_rss_kib;
use crate::engine::spatial::Boundaries;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Columns of the bench grid.
pub const COLS: u32 = 5_000;
/// Rows of the bench grid.
pub const ROWS: u32 = 4_000;

/// What the child measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ZonalChild {
    /// Wall time of opening the file and the zonal sums, milliseconds.
    pub ms: f64,
    /// Peak resident set size before reading (binary, boundaries), KiB.
    pub baseline_kib: u64,
    /// Peak resident set size after, KiB.
    pub peak_kib: u64,
    /// Provinces with a positive coverage.
    pub covered: usize,
    /// Sum over the provinces' sums.
    pub total: f64,
}

/// Write the bench raster to `path`.
pub fn write_raster(path: &Path) -> Result<(), String> {
    use tiff::encoder::compression::DeflateLevel;
    use tiff::encoder::{Compression, TiffEncoder, colortype::Gray32Float};
    use tiff::tags::Tag;
    let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut enc = TiffEncoder::new(std::io::BufWriter::new(file))
        .map_err(|e| e.to_string())?
        .with_compression(Compression::Deflate(DeflateLevel::Fast));
    let mut img = enc.new_image::<Gray32Float>(COLS, ROWS).map_err(|e| e.to_string())?;
    let strip_rows = 16u32;
    img.rows_per_strip(strip_rows).map_err(|e| e.to_string())?;
    let keys: [u16; 4 * 15] = [
        1, 1, 0, 14, 1024, 0, 1, 1, 1025, 0, 1, 1, 2048, 0, 1, 32767, 2057, 34736, 1, 6, 2059, 34736, 1, 7, 3072, 0, 1,
        32767, 3075, 0, 1, 11, 3076, 0, 1, 9001, 3078, 34736, 1, 0, 3079, 34736, 1, 1, 3080, 34736, 1, 2, 3081, 34736,
        1, 3, 3082, 34736, 1, 4, 3083, 34736, 1, 5,
    ];
    let doubles = [25.0, 47.0, 105.0, 0.0, 0.0, 0.0, 6_378_245.0, 298.3];
    let e = img.encoder();
    let tags: [(Tag, &[f64]); 3] = [
        (Tag::ModelPixelScaleTag, &[1000.0, 1000.0, 0.0]),
        (Tag::ModelTiepointTag, &[0.0, 0.0, 0.0, -2_650_000.0, 5_950_000.0, 0.0]),
        (Tag::GeoDoubleParamsTag, &doubles),
    ];
    for (tag, v) in tags {
        e.write_tag(tag, v).map_err(|e| e.to_string())?;
    }
    e.write_tag(Tag::GeoKeyDirectoryTag, &keys[..]).map_err(|e| e.to_string())?;
    // The whole band at once: tiff 0.11's `write_strip` writes strips uncompressed under a
    // Deflate tag (only `write_data` compresses), so the writer (not the measured reader) holds
    // the 76 MiB band once.
    let band: Vec<f32> = (0..u64::from(COLS) * u64::from(ROWS)).map(cell_value).collect();
    img.write_data(&band).map_err(|e| e.to_string())
}

/// A cell's value: splitmix64 of its index scaled to [0, 100) with two decimals, so that
/// Deflate cannot shrink the file much (the reader's slow case; real grids with zeros compress
/// better).
fn cell_value(i: u64) -> f32 {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % 10_000) as f32 * 0.01
}

/// The bench raster in the temporary directory, written on first use.
pub fn raster_file() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join("carbon-dml-bench");
    let path = dir.join(format!("china_albers_1km_{COLS}x{ROWS}_f32_deflate_v2.tif"));
    if !path.exists() {
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let tmp = dir.join(format!("zonal-{}.tif.tmp", std::process::id()));
        write_raster(&tmp)?;
        std::fs::rename(&tmp, &path).map_err(|e| e.to_string())?;
    }
    Ok(path)
}

/// The child's work: open `file` and sum it over the 31 embedded provinces.
pub fn run_child(file: &Path) -> Result<ZonalChild, String> {
    let rings = boundary_rings(Boundaries::embedded());
    let baseline_kib = peak_rss_kib();
    let t = Instant::now();
    let mut tiff = GeoTiff::open(file).map_err(|e| e.to_string())?;
    let stats = zonal_geotiff(&mut tiff, 1, &rings, &mut |_| true).map_err(|e| e.to_string())?.unwrap_or_default();
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let covered = stats.iter().filter(|s| s.count > 0.0).count();
    let total = stats.iter().map(|s| s.sum).sum();
    Ok(ZonalChild { ms, baseline_kib, peak_kib: peak_rss_kib(), covered, total })
}

/// Spawn the child on `file`.
fn spawn(file: &Path) -> Result<ZonalChild, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = std::process::Command::new(exe)
        .args(["bench-child", "--side", "zonal", "--file"])
        .arg(file)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("bad child output: {e}"))
}

/// The bench row (target: a few seconds, issue 18).
pub fn measurement(quick: bool) -> Measurement {
    let name = "GeoTIFF 5,000 x 4,000 f32 (Albers 1 km, Deflate) read + zonal sums, 31 provinces";
    let failed = |e: String| Measurement {
        name: name.into(),
        target_ms: Some(5000.0),
        runs: 0,
        median_ms: f64::NAN,
        min_ms: f64::NAN,
        note: format!("failed: {e}"),
    };
    let file = match raster_file() {
        Ok(f) => f,
        Err(e) => return failed(e),
    };
    let mb = std::fs::metadata(&file).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0);
    let mut runs = Vec::new();
    for _ in 0..if quick { 1 } else { 3 } {
        match spawn(&file) {
            Ok(r) => runs.push(r),
            Err(e) => return failed(e),
        }
    }
    let mut ms: Vec<f64> = runs.iter().map(|r| r.ms).collect();
    ms.sort_by(f64::total_cmp);
    let last = runs[runs.len() - 1];
    Measurement {
        name: name.into(),
        target_ms: Some(5000.0),
        runs: ms.len(),
        median_ms: ms[ms.len() / 2],
        min_ms: ms[0],
        note: format!(
            "file {mb:.0} MB; {} provinces covered, total {:.6e}; peak RSS {:.0} MiB (before reading {:.0} MiB; the band alone would be {:.0} MiB)",
            last.covered,
            last.total,
            last.peak_kib as f64 / 1024.0,
            last.baseline_kib as f64 / 1024.0,
            f64::from(COLS) * f64::from(ROWS) * 4.0 / 1048576.0
        ),
    }
}
