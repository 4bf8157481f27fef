//! GeoTIFF files read by the crate's reader and summed per province by the zonal engine, end to
//! end, against exactextract 0.2.2 and the exact reference (shapely intersection areas cell by
//! cell), on rasters made by `tests/fixtures/spatial_zonal/make_geotiff_fixture.py`:
//! EPSG:4326 float32 strips with nodata and NaN, a user-defined Krasovsky Albers grid of int16
//! tiles, EPSG:3857 by ModelTransformation with three interleaved float64 bands, and two planar
//! uint8 bands with PixelIsPoint. And the errors for files that cannot be read.
//!
//! Measured: this crate equals the exact reference to 3.2e-14 relative (asserted: 1e-9);
//! exactextract's own fractions are off by up to 6.7e-8 relative on the provinces smallest
//! against the cells (Tianjin on 100 km cells, Shanghai on 1-degree and 300 km cells), so it is
//! met to 1e-7 (the in-memory fixture of `tests/spatial_zonal.rs` shows the same, 2e-8).

use carbon_dml::engine::spatial::Boundaries;
use carbon_dml::engine::spatial::zonal::crs::Crs;
use carbon_dml::engine::spatial::zonal::extract::{boundary_rings, zonal_geotiff};
use carbon_dml::engine::spatial::zonal::geotiff::{GeoTiff, GeoTiffError};
use serde_json::Value;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spatial_zonal/geotiff")
}

fn rel(got: f64, want: f64) -> f64 {
    if want == 0.0 { got.abs() } else { (got - want).abs() / want.abs() }
}

#[test]
fn province_sums_of_geotiffs_equal_exactextract() {
    let fx: Value = serde_json::from_str(include_str!("fixtures/spatial_zonal/geotiff_exactextract.json")).unwrap();
    assert_eq!(fx["versions"]["exactextract"], "0.2.2");
    let b = Boundaries::embedded();
    let rings = boundary_rings(b);
    let (mut worst_exact, mut worst_ee) = (0.0f64, 0.0f64);
    for case in fx["cases"].as_array().unwrap() {
        let file = case["file"].as_str().unwrap();
        let band = case["band"].as_u64().unwrap() as usize;
        let mut t = GeoTiff::open(&dir().join(file)).unwrap();
        let stats = zonal_geotiff(&mut t, band, &rings, &mut |_| true).unwrap().unwrap();
        let results = case["results"].as_array().unwrap();
        assert_eq!(results.len(), stats.len());
        for (i, (s, want)) in stats.iter().zip(results).enumerate() {
            assert_eq!(want["code"].as_str(), b.features[i].property("code"));
            let what = format!("{file} band {band} province {}", want["code"]);
            for (got, key) in [(s.sum, "shapely_sum"), (s.count, "shapely_count")] {
                let d = rel(got, want[key].as_f64().unwrap());
                worst_exact = worst_exact.max(d);
                assert!(d < 1e-9, "{what} {key}: {got} vs {}", want[key]);
            }
            for (got, key) in [(s.sum, "sum"), (s.count, "count")] {
                let d = rel(got, want[key].as_f64().unwrap());
                worst_ee = worst_ee.max(d);
                assert!(d < 1e-7, "{what} {key}: {got} vs exactextract {}", want[key]);
            }
            match (s.mean, want["mean"].as_f64()) {
                (Some(m), Some(w)) => {
                    worst_ee = worst_ee.max(rel(m, w));
                    assert!(rel(m, w) < 1e-7, "{what} mean: {m} vs {w}");
                }
                (m, w) => assert_eq!(m, w, "{what} mean"),
            }
        }
    }
    eprintln!("largest relative difference: {worst_exact:e} from shapely, {worst_ee:e} from exactextract");
}

#[test]
fn headers_give_grid_crs_bands_and_nodata() {
    let t = GeoTiff::open(&dir().join("co2_2015.tif")).unwrap();
    assert_eq!((t.info.grid.x_min, t.info.grid.y_max, t.info.grid.cols, t.info.grid.rows), (73.0, 54.0, 63, 36));
    assert_eq!(
        (t.info.crs, t.info.bands, t.info.nodata, t.info.sample.as_str()),
        (Crs::LonLat, 1, Some(-9999.0), "float32")
    );
    let t = GeoTiff::open(&dir().join("albers_201503.tif")).unwrap();
    assert!(matches!(t.info.crs, Crs::Albers(p) if p.lon0 == 105.0 && p.lat1 == 25.0 && p.ellipsoid.a == 6_378_245.0));
    assert_eq!((t.info.nodata, t.info.sample.as_str()), (Some(-32768.0), "int16"));
    let t = GeoTiff::open(&dir().join("mercator_2016.tif")).unwrap();
    assert_eq!((t.info.crs, t.info.bands, t.info.nodata), (Crs::WebMercator, 3, None));
    // PixelIsPoint: the tiepoint is the first cell's centre, the corner half a cell away.
    let t = GeoTiff::open(&dir().join("planar_2017.tif")).unwrap();
    assert_eq!((t.info.grid.x_min, t.info.grid.y_max, t.info.bands), (72.75, 54.25, 2));
}

fn open_err(name: &str) -> GeoTiffError {
    GeoTiff::open(&dir().join(name)).unwrap_err()
}

#[test]
fn unreadable_files_say_which_file_what_is_wrong_and_what_to_do() {
    let e = open_err("no_georef.tif");
    assert!(matches!(e, GeoTiffError::NoGeoreferencing { .. }), "{e:?}");
    let m = e.to_string();
    assert!(m.contains("no_georef.tif") && m.contains("no georeferencing") && m.contains("gdal_translate"), "{m}");
    let e = open_err("utm_32650.tif");
    let m = e.to_string();
    assert!(matches!(e, GeoTiffError::Crs { .. }), "{e:?}");
    assert!(m.contains("utm_32650.tif") && m.contains("EPSG:32650") && m.contains("gdalwarp"), "{m}");
    let e = open_err("zstd_2015.tif");
    let m = e.to_string();
    assert!(matches!(e, GeoTiffError::Compression { .. }), "{e:?}");
    assert!(m.contains("Zstandard (code 50000)") && m.contains("COMPRESS=DEFLATE"), "{m}");
    let e = open_err("not_a_tiff.tif");
    assert!(matches!(e, GeoTiffError::NotTiff { .. }), "{e:?}");
    assert!(e.to_string().contains("not_a_tiff.tif"));
    let e = open_err("missing.tif");
    assert!(matches!(e, GeoTiffError::Io { .. }) && e.to_string().contains("missing.tif"), "{e:?}");
    let mut t = GeoTiff::open(&dir().join("planar_2017.tif")).unwrap();
    let e = zonal_geotiff(&mut t, 3, &boundary_rings(Boundaries::embedded()), &mut |_| true).unwrap_err();
    assert!(e.to_string().contains("has 2 band(s), so band 3 does not exist"), "{e}");
}

#[test]
fn truncated_files_are_errors_not_panics() {
    let bytes = std::fs::read(dir().join("co2_2015.tif")).unwrap();
    let tmp = std::env::temp_dir().join(format!("carbon-dml-truncated-{}.tif", std::process::id()));
    let rings = boundary_rings(Boundaries::embedded());
    for cut in [8usize, 100, 1000, 3000, bytes.len() - 10] {
        std::fs::write(&tmp, &bytes[..cut]).unwrap();
        let e = match GeoTiff::open(&tmp) {
            Ok(mut t) => zonal_geotiff(&mut t, 1, &rings, &mut |_| true).unwrap_err(),
            Err(e) => e,
        };
        let m = e.to_string();
        assert!(m.contains("carbon-dml-truncated") && (m.contains("truncated") || m.contains("damaged")), "{m}");
    }
    let _ = std::fs::remove_file(&tmp);
}

#[test]
fn cancelling_stops_between_blocks() {
    let mut t = GeoTiff::open(&dir().join("co2_2015.tif")).unwrap();
    let mut calls = 0;
    let r = zonal_geotiff(&mut t, 1, &boundary_rings(Boundaries::embedded()), &mut |_| {
        calls += 1;
        false
    })
    .unwrap();
    assert!(r.is_none() && calls == 1);
}

/// The fixture's band rewritten by the `tiff` crate's encoder with each codec the reader
/// accepts (tifffile cannot write LZW or PackBits without imagecodecs): the same sums, bit
/// for bit.
#[test]
fn every_accepted_codec_gives_the_same_sums() {
    use tiff::encoder::compression::DeflateLevel;
    use tiff::encoder::{Compression, TiffEncoder, colortype::Gray32Float};
    use tiff::tags::Tag;
    let rings = boundary_rings(Boundaries::embedded());
    let mut t = GeoTiff::open(&dir().join("co2_2015.tif")).unwrap();
    let want = zonal_geotiff(&mut t, 1, &rings, &mut |_| true).unwrap().unwrap();
    let mut band: Vec<f32> = Vec::new();
    t.for_each_block(1, |_, v| {
        band.extend(v.iter().map(|&x| x as f32));
        std::ops::ControlFlow::Continue(())
    })
    .unwrap();
    let (cols, rows) = (t.info.grid.cols as u32, t.info.grid.rows as u32);
    let tmp = std::env::temp_dir().join(format!("carbon-dml-codecs-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    for (name, codec) in [
        ("none", Compression::Uncompressed),
        ("lzw", Compression::Lzw),
        ("deflate", Compression::Deflate(DeflateLevel::Balanced)),
        ("packbits", Compression::Packbits),
    ] {
        let path = tmp.join(format!("co2_2015_{name}.tif"));
        {
            let file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
            let mut enc = TiffEncoder::new(file).unwrap().with_compression(codec);
            let mut img = enc.new_image::<Gray32Float>(cols, rows).unwrap();
            img.rows_per_strip(7).unwrap();
            let e = img.encoder();
            e.write_tag(Tag::ModelPixelScaleTag, &[1.0f64, 1.0, 0.0][..]).unwrap();
            e.write_tag(Tag::ModelTiepointTag, &[0.0f64, 0.0, 0.0, 73.0, 54.0, 0.0][..]).unwrap();
            e.write_tag(Tag::GeoKeyDirectoryTag, &[1u16, 1, 0, 2, 1024, 0, 1, 2, 2048, 0, 1, 4326][..]).unwrap();
            e.write_tag(Tag::GdalNodata, "-9999").unwrap();
            img.write_data(&band).unwrap();
        } // the encoder and its buffered writer are dropped: the file is complete
        let mut t = GeoTiff::open(&path).unwrap();
        let got = zonal_geotiff(&mut t, 1, &rings, &mut |_| true).unwrap().unwrap();
        for (g, w) in got.iter().zip(&want) {
            assert_eq!((g.sum.to_bits(), g.count.to_bits()), (w.sum.to_bits(), w.count.to_bits()), "{name}");
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
