//! The GeoTIFF key directory (OGC GeoTIFF 1.1, tag 34735 with its double and ASCII parameter
//! tags 34736 / 34737) read into a [`Crs`].
//!
//! The directory is a list of `u16`: a header `[version, revision, minor, count]`, then `count`
//! entries `[key, location, count, value]`. `location` 0 holds the value inline; 34736 points
//! into the doubles, 34737 into the ASCII text.
//!
//! Read: `ProjectedCSTypeGeoKey` (3072) or `GeographicTypeGeoKey` (2048) as an EPSG code
//! ([`Crs::from_epsg`]; geographic codes 4326, 4490 (CGCS2000), 4269 (NAD83), 4283 (GDA94) as
//! longitude-latitude), and user-defined (32767) Albers grids from `ProjCoordTransGeoKey` = 11
//! with `ProjStdParallel1/2GeoKey` (3078, 3079), the origin from `ProjNatOriginLong/LatGeoKey`
//! (3080, 3081; or the false-origin 3084/3085 or centre 3088/3089 keys), false easting and
//! northing (3082, 3083; or 3086, 3087), the ellipsoid from `GeogEllipsoidGeoKey` (2056) or
//! semi-major axis and inverse flattening (2057, 2059), and metres as
//! `ProjLinearUnitsGeoKey` (3076 = 9001). Datum shifts between the boundaries' WGS84 and the
//! raster's datum are not applied (below a metre for CGCS2000, NAD83 and GDA94).

use super::crs::{AlbersParams, Crs, CrsError, Ellipsoid, GRS80, WGS84};

/// `GTModelTypeGeoKey`.
const MODEL_TYPE: u16 = 1024;
/// `GTRasterTypeGeoKey` (1 = PixelIsArea, 2 = PixelIsPoint).
pub const RASTER_TYPE: u16 = 1025;
/// `GeographicTypeGeoKey`.
const GEOGRAPHIC_TYPE: u16 = 2048;
/// `GeogEllipsoidGeoKey`.
const ELLIPSOID: u16 = 2056;
/// `GeogSemiMajorAxisGeoKey`.
const SEMI_MAJOR: u16 = 2057;
/// `GeogInvFlatteningGeoKey`.
const INV_FLATTENING: u16 = 2059;
/// `ProjectedCSTypeGeoKey`.
const PROJECTED_TYPE: u16 = 3072;
/// `ProjCoordTransGeoKey`.
const COORD_TRANS: u16 = 3075;
/// `ProjLinearUnitsGeoKey`.
const LINEAR_UNITS: u16 = 3076;
/// User-defined code.
const USER_DEFINED: u32 = 32767;
/// `CT_AlbersEqualArea`.
const CT_ALBERS: u32 = 11;
/// EPSG metre.
const METRE: u32 = 9001;

/// A GeoKey value: a short, doubles or text.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyValue {
    /// An inline `u16`.
    Short(u16),
    /// Values from `GeoDoubleParamsTag`.
    Doubles(Vec<f64>),
    /// Text from `GeoAsciiParamsTag` (the `|` terminator dropped).
    Ascii(String),
}

/// The keys of a GeoKey directory, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeoKeys {
    /// `(key id, value)`.
    pub keys: Vec<(u16, KeyValue)>,
}

impl GeoKeys {
    /// Parse the directory `dir` (tag 34735) with its `doubles` (34736) and `ascii` (34737).
    /// Entries pointing outside their parameter tags are dropped.
    pub fn parse(dir: &[u16], doubles: &[f64], ascii: &str) -> GeoKeys {
        let count = dir.get(3).copied().unwrap_or(0) as usize;
        let mut keys = Vec::with_capacity(count);
        for e in dir.get(4..).unwrap_or(&[]).chunks_exact(4).take(count) {
            let (id, loc, n, v) = (e[0], e[1], e[2] as usize, e[3] as usize);
            let value = match loc {
                0 => Some(KeyValue::Short(e[3])),
                34736 => doubles.get(v..v + n).map(|d| KeyValue::Doubles(d.to_vec())),
                34737 => ascii.get(v..v + n).map(|s| KeyValue::Ascii(s.trim_end_matches('|').to_string())),
                _ => None,
            };
            if let Some(value) = value {
                keys.push((id, value));
            }
        }
        GeoKeys { keys }
    }

    /// A short key's value.
    pub fn short(&self, id: u16) -> Option<u32> {
        self.keys.iter().find_map(|(k, v)| match v {
            KeyValue::Short(s) if *k == id => Some(u32::from(*s)),
            _ => None,
        })
    }

    /// A double key's (first) value.
    pub fn double(&self, id: u16) -> Option<f64> {
        self.keys.iter().find_map(|(k, v)| match v {
            KeyValue::Doubles(d) if *k == id => d.first().copied(),
            _ => None,
        })
    }

    /// The first of several double keys present.
    fn first_double(&self, ids: &[u16]) -> Option<f64> {
        ids.iter().find_map(|&id| self.double(id))
    }

    /// The CRS these keys describe.
    pub fn crs(&self) -> Result<Crs, GeoKeyError> {
        let projected = self.short(PROJECTED_TYPE);
        let geographic = self.short(GEOGRAPHIC_TYPE);
        match (self.short(MODEL_TYPE), projected) {
            (_, Some(code)) if code != USER_DEFINED => Crs::from_epsg(code).map_err(|_| GeoKeyError::Epsg(code)),
            (Some(1), _) | (_, Some(_)) => self.user_projection(),
            (Some(2) | None, None) => match geographic {
                Some(4326 | 4490 | 4269 | 4283 | USER_DEFINED) => Ok(Crs::LonLat),
                Some(code) => Err(GeoKeyError::Epsg(code)),
                None => Err(GeoKeyError::NoCrs),
            },
            (Some(other), None) => Err(GeoKeyError::ModelType(other)),
        }
    }

    /// A user-defined projected CRS: only Albers equal-area in metres.
    fn user_projection(&self) -> Result<Crs, GeoKeyError> {
        let transform = self.short(COORD_TRANS).ok_or(GeoKeyError::NoCrs)?;
        if transform != CT_ALBERS {
            return Err(GeoKeyError::Transform(transform));
        }
        if let Some(unit) = self.short(LINEAR_UNITS).filter(|u| *u != METRE) {
            return Err(GeoKeyError::Units(unit));
        }
        let need = |ids: &[u16], what: &'static str| self.first_double(ids).ok_or(GeoKeyError::Missing(what));
        let p = AlbersParams {
            lat1: need(&[3078], "ProjStdParallel1GeoKey")?,
            lat2: self.first_double(&[3079]).unwrap_or(need(&[3078], "ProjStdParallel1GeoKey")?),
            lon0: need(&[3080, 3084, 3088], "ProjNatOriginLongGeoKey")?,
            lat0: self.first_double(&[3081, 3085, 3089]).unwrap_or(0.0),
            false_easting: self.first_double(&[3082, 3086]).unwrap_or(0.0),
            false_northing: self.first_double(&[3083, 3087]).unwrap_or(0.0),
            ellipsoid: self.ellipsoid()?,
        };
        let crs = Crs::Albers(p);
        crs.projector().map_err(GeoKeyError::Albers)?;
        Ok(crs)
    }

    /// The ellipsoid: from its parameters, its EPSG code, or the geographic CRS's code.
    fn ellipsoid(&self) -> Result<Ellipsoid, GeoKeyError> {
        if let (Some(a), Some(rf)) = (self.double(SEMI_MAJOR), self.double(INV_FLATTENING))
            && a > 0.0
            && rf > 1.0
        {
            return Ok(Ellipsoid { a, f: 1.0 / rf });
        }
        let krasovsky = Ellipsoid { a: 6_378_245.0, f: 1.0 / 298.3 };
        let by_ellipsoid = match self.short(ELLIPSOID) {
            Some(7030) => Some(WGS84),
            Some(7019 | 1024) => Some(GRS80),
            Some(7024) => Some(krasovsky),
            _ => None,
        };
        let by_geographic = match self.short(GEOGRAPHIC_TYPE) {
            Some(4326) => Some(WGS84),
            Some(4490 | 4269 | 4283) => Some(GRS80),
            Some(4214) => Some(krasovsky),
            _ => None,
        };
        by_ellipsoid
            .or(by_geographic)
            .or(match self.short(GEOGRAPHIC_TYPE) {
                None | Some(USER_DEFINED) => Some(WGS84),
                _ => None,
            })
            .ok_or(GeoKeyError::Ellipsoid)
    }
}

/// Why GeoKeys give no usable CRS (the file name and remedy are added by the reader).
#[derive(Debug, Clone, PartialEq)]
pub enum GeoKeyError {
    /// An EPSG code without formulas here.
    Epsg(u32),
    /// No CRS key at all.
    NoCrs,
    /// A model type other than projected or geographic.
    ModelType(u32),
    /// A user-defined projection other than Albers.
    Transform(u32),
    /// Projected units other than metres.
    Units(u32),
    /// A required Albers parameter is missing.
    Missing(&'static str),
    /// The Albers parameters define no cone.
    Albers(CrsError),
    /// The ellipsoid is unknown.
    Ellipsoid,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(entries: &[[u16; 4]]) -> Vec<u16> {
        let mut d = vec![1, 1, 0, entries.len() as u16];
        d.extend(entries.iter().flatten());
        d
    }

    #[test]
    fn epsg_codes_and_user_defined_albers() {
        let k = GeoKeys::parse(&dir(&[[1024, 0, 1, 2], [2048, 0, 1, 4326]]), &[], "");
        assert_eq!(k.crs().unwrap(), Crs::LonLat);
        let k = GeoKeys::parse(&dir(&[[1024, 0, 1, 1], [3072, 0, 1, 3857]]), &[], "");
        assert_eq!(k.crs().unwrap(), Crs::WebMercator);
        let k = GeoKeys::parse(&dir(&[[1024, 0, 1, 1], [3072, 0, 1, 32650]]), &[], "");
        assert_eq!(k.crs().unwrap_err(), GeoKeyError::Epsg(32650));
        // Krasovsky Albers for China, as GDAL writes it.
        let d = dir(&[
            [1024, 0, 1, 1],
            [2048, 0, 1, 32767],
            [2057, 34736, 1, 6],
            [2059, 34736, 1, 7],
            [3072, 0, 1, 32767],
            [3075, 0, 1, 11],
            [3076, 0, 1, 9001],
            [3078, 34736, 1, 0],
            [3079, 34736, 1, 1],
            [3080, 34736, 1, 2],
            [3081, 34736, 1, 3],
            [3082, 34736, 1, 4],
            [3083, 34736, 1, 5],
        ]);
        let k = GeoKeys::parse(&d, &[25.0, 47.0, 105.0, 0.0, 0.0, 0.0, 6_378_245.0, 298.3], "");
        let Crs::Albers(p) = k.crs().unwrap() else { panic!("not Albers") };
        assert_eq!((p.lat1, p.lat2, p.lon0, p.lat0, p.ellipsoid.a), (25.0, 47.0, 105.0, 0.0, 6_378_245.0));
        let feet = dir(&[[1024, 0, 1, 1], [3072, 0, 1, 32767], [3075, 0, 1, 11], [3076, 0, 1, 9002]]);
        assert_eq!(GeoKeys::parse(&feet, &[], "").crs().unwrap_err(), GeoKeyError::Units(9002));
        assert_eq!(GeoKeys::parse(&dir(&[]), &[], "").crs().unwrap_err(), GeoKeyError::NoCrs);
        // Out-of-range pointers are dropped, not read.
        let k = GeoKeys::parse(&dir(&[[3078, 34736, 4, 9]]), &[1.0], "");
        assert!(k.keys.is_empty());
    }
}
