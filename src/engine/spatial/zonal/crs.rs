//! Coordinate reference systems of rasters: longitude-latitude (EPSG:4326), Web Mercator
//! (EPSG:3857) and Albers equal-area conic on an ellipsoid, with their forward formulas, so
//! that boundaries given in longitude-latitude can be laid on a projected grid.
//!
//! - Web Mercator (EPSG:3857, the spherical formula on the WGS84 semi-major axis
//!   `a = 6378137 m`): `x = a λ`, `y = a ln tan(π/4 + φ/2)`.
//! - Albers equal-area conic on an ellipsoid (Snyder 1987, *Map Projections: A Working
//!   Manual*, USGS PP 1395, eqs. 3-12, 14-3 to 14-6, 14-12, 14-15):
//!
//! ```text
//! e² = f (2 - f),   m(φ) = cos φ / √(1 - e² sin² φ)
//! q(φ) = (1 - e²) [ sin φ / (1 - e² sin² φ) - 1/(2e) ln((1 - e sin φ) / (1 + e sin φ)) ]
//! n = (m1² - m2²) / (q2 - q1)   (n = sin φ1 when φ1 = φ2),   C = m1² + n q1
//! ρ = a √(C - n q(φ)) / n,   ρ0 = a √(C - n q(φ0)) / n,   θ = n (λ - λ0)
//! x = FE + ρ sin θ,   y = FN + ρ0 - ρ cos θ          (λ - λ0 brought into [-180°, 180°])
//! ```
//!
//! Known EPSG / ESRI codes: 4326, 3857, 5070 (NAD83 / Conus Albers), 3577 (GDA94 / Australian
//! Albers), 102025 (ESRI Asia North Albers) and 102028 (ESRI Asia South Albers); other Albers
//! grids are described by their parameters (GeoTIFF user-defined projections).

/// An ellipsoid: semi-major axis (m) and flattening.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ellipsoid {
    /// Semi-major axis, metres.
    pub a: f64,
    /// Flattening `f = (a - b) / a`.
    pub f: f64,
}

/// WGS84 (EPSG:7030).
pub const WGS84: Ellipsoid = Ellipsoid { a: 6_378_137.0, f: 1.0 / 298.257_223_563 };
/// GRS 1980 (EPSG:7019), used by NAD83 and GDA94.
pub const GRS80: Ellipsoid = Ellipsoid { a: 6_378_137.0, f: 1.0 / 298.257_222_101 };

/// Albers equal-area parameters (degrees; false easting and northing in metres).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlbersParams {
    /// Central meridian λ0.
    pub lon0: f64,
    /// Latitude of origin φ0.
    pub lat0: f64,
    /// First standard parallel φ1.
    pub lat1: f64,
    /// Second standard parallel φ2.
    pub lat2: f64,
    /// False easting.
    pub false_easting: f64,
    /// False northing.
    pub false_northing: f64,
    /// The ellipsoid.
    pub ellipsoid: Ellipsoid,
}

/// A raster's coordinate reference system.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Crs {
    /// Longitude-latitude in degrees (EPSG:4326).
    LonLat,
    /// Web Mercator metres (EPSG:3857).
    WebMercator,
    /// Albers equal-area metres.
    Albers(AlbersParams),
}

/// Why a CRS is not supported.
#[derive(Debug, Clone, PartialEq)]
pub enum CrsError {
    /// An EPSG code this crate has no formulas for.
    Unsupported(u32),
    /// Albers parameters that define no cone.
    BadAlbers(f64, f64),
}

impl Crs {
    /// The CRS of an EPSG (or ESRI) code.
    pub fn from_epsg(code: u32) -> Result<Crs, CrsError> {
        let albers = |lon0, lat0, lat1, lat2, fe, fn_, ellipsoid| {
            Crs::Albers(AlbersParams { lon0, lat0, lat1, lat2, false_easting: fe, false_northing: fn_, ellipsoid })
        };
        Ok(match code {
            4326 => Crs::LonLat,
            3857 => Crs::WebMercator,
            5070 => albers(-96.0, 23.0, 29.5, 45.5, 0.0, 0.0, GRS80),
            3577 => albers(132.0, 0.0, -18.0, -36.0, 0.0, 0.0, GRS80),
            102025 => albers(95.0, 30.0, 15.0, 65.0, 0.0, 0.0, WGS84),
            102028 => albers(125.0, -15.0, 7.0, -32.0, 0.0, 0.0, WGS84),
            other => return Err(CrsError::Unsupported(other)),
        })
    }

    /// The projector of this CRS (constants derived once).
    pub fn projector(&self) -> Result<Projector, CrsError> {
        match *self {
            Crs::LonLat => Ok(Projector::LonLat),
            Crs::WebMercator => Ok(Projector::WebMercator),
            Crs::Albers(p) => {
                let e2 = p.ellipsoid.f * (2.0 - p.ellipsoid.f);
                let e = e2.sqrt();
                let (s1, s2) = (p.lat1.to_radians().sin(), p.lat2.to_radians().sin());
                let m = |s: f64| (1.0 - s * s).sqrt() / (1.0 - e2 * s * s).sqrt();
                let (m1, m2, q1, q2) = (m(s1), m(s2), q(s1, e, e2), q(s2, e, e2));
                let n = if (p.lat1 - p.lat2).abs() < 1e-12 { s1 } else { (m1 * m1 - m2 * m2) / (q2 - q1) };
                if !(n.is_finite() && n.abs() > 1e-12) {
                    return Err(CrsError::BadAlbers(p.lat1, p.lat2));
                }
                let c = m1 * m1 + n * q1;
                let rho0 = p.ellipsoid.a * (c - n * q(p.lat0.to_radians().sin(), e, e2)).max(0.0).sqrt() / n;
                Ok(Projector::Albers { p, e, e2, n, c, rho0 })
            }
        }
    }
}

/// Snyder's `q(φ)` from `sin φ`.
fn q(s: f64, e: f64, e2: f64) -> f64 {
    (1.0 - e2) * (s / (1.0 - e2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
}

/// Forward projection from longitude-latitude degrees to a raster's coordinates.
#[derive(Clone, Copy, Debug)]
pub enum Projector {
    /// Identity.
    LonLat,
    /// EPSG:3857.
    WebMercator,
    /// Ellipsoidal Albers with its derived constants.
    Albers {
        /// Parameters.
        p: AlbersParams,
        /// Eccentricity.
        e: f64,
        /// Its square.
        e2: f64,
        /// Cone constant.
        n: f64,
        /// Snyder's C.
        c: f64,
        /// ρ0.
        rho0: f64,
    },
}

impl Projector {
    /// `[lon, lat]` degrees to `[x, y]` in the CRS's units.
    pub fn forward(&self, [lon, lat]: [f64; 2]) -> [f64; 2] {
        match *self {
            Projector::LonLat => [lon, lat],
            Projector::WebMercator => {
                let a = WGS84.a;
                let lat = lat.clamp(-85.051_128_779_806_59, 85.051_128_779_806_59);
                [a * lon.to_radians(), a * (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0).tan().ln()]
            }
            Projector::Albers { p, e, e2, n, c, rho0 } => {
                let rho = p.ellipsoid.a * (c - n * q(lat.to_radians().sin(), e, e2)).max(0.0).sqrt() / n;
                // λ - λ0 brought into [-180, 180] (kept when already there), as PROJ's adjlon.
                let mut dlon = lon - p.lon0;
                if dlon.abs() > 180.0 {
                    dlon = (dlon + 180.0).rem_euclid(360.0) - 180.0;
                }
                let theta = n * dlon.to_radians();
                [p.false_easting + rho * theta.sin(), p.false_northing + rho0 - rho * theta.cos()]
            }
        }
    }
}
