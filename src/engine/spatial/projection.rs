//! Map projection: the Albers equal-area conic suited to China, and planar bounding boxes.
//!
//! Spherical Albers (Snyder 1987, *Map Projections: A Working Manual*, USGS PP 1395,
//! eqs. 14-1 to 14-6 and 14-8 to 14-11):
//!
//! ```text
//! n  = (sin φ1 + sin φ2) / 2
//! C  = cos² φ1 + 2 n sin φ1
//! ρ  = R √(C − 2 n sin φ) / n,     ρ0 = R √(C − 2 n sin φ0) / n
//! θ  = n (λ − λ0)
//! x  = ρ sin θ,                     y = ρ0 − ρ cos θ
//! ```
//!
//! Areas on the map are proportional to areas on the sphere, so large western provinces are
//! not exaggerated as in a plate carrée. Coordinates are kilometres with y pointing north.

use serde::{Deserialize, Serialize};

/// Albers equal-area conic parameters (degrees; radius in kilometres).
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `lon0` | 105 | -180..180 | central meridian λ0 |
/// | `lat0` | 0 | -90..90 | latitude of origin φ0 |
/// | `lat1` | 25 | -90..90 | first standard parallel φ1 |
/// | `lat2` | 47 | -90..90, φ1 + φ2 ≠ 0 | second standard parallel φ2 |
/// | `radius` | 6371.0 | > 0 | sphere radius R (km) |
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Albers {
    /// Central meridian λ0 in degrees.
    pub lon0: f64,
    /// Latitude of origin φ0 in degrees.
    pub lat0: f64,
    /// First standard parallel φ1 in degrees.
    pub lat1: f64,
    /// Second standard parallel φ2 in degrees.
    pub lat2: f64,
    /// Sphere radius in kilometres.
    pub radius: f64,
}

impl Default for Albers {
    fn default() -> Self {
        Albers { lon0: 105.0, lat0: 0.0, lat1: 25.0, lat2: 47.0, radius: 6371.0 }
    }
}

/// Constants derived once from [`Albers`] parameters.
#[derive(Clone, Copy, Debug)]
pub struct AlbersProjection {
    lon0: f64,
    n: f64,
    c: f64,
    rho0: f64,
    r: f64,
}

impl Albers {
    /// Derive the projection constants (n, C, ρ0). Parameters with φ1 + φ2 = 0 (a cylinder)
    /// fall back to the defaults' standard parallels.
    pub fn build(&self) -> AlbersProjection {
        let d = Albers::default();
        let (lat1, lat2) = if (self.lat1 + self.lat2).abs() < 1e-9 { (d.lat1, d.lat2) } else { (self.lat1, self.lat2) };
        let r = if self.radius > 0.0 && self.radius.is_finite() { self.radius } else { d.radius };
        let (s1, s2) = (libm::sin(lat1.to_radians()), libm::sin(lat2.to_radians()));
        let n = (s1 + s2) / 2.0;
        let c1 = libm::cos(lat1.to_radians());
        let c = c1 * c1 + 2.0 * n * s1;
        let rho0 = r * libm::sqrt((c - 2.0 * n * libm::sin(self.lat0.to_radians())).max(0.0)) / n;
        AlbersProjection { lon0: self.lon0, n, c, rho0, r }
    }
}

impl AlbersProjection {
    /// Project `[longitude, latitude]` in degrees to `[x, y]` in kilometres.
    pub fn forward(&self, [lon, lat]: [f64; 2]) -> [f64; 2] {
        let rho = self.r * libm::sqrt((self.c - 2.0 * self.n * libm::sin(lat.to_radians())).max(0.0)) / self.n;
        let theta = self.n * (lon - self.lon0).to_radians();
        [rho * libm::sin(theta), self.rho0 - rho * libm::cos(theta)]
    }

    /// Inverse projection: `[x, y]` in kilometres to `[longitude, latitude]` in degrees
    /// (Snyder eqs. 14-10, 14-11, with ρ and θ taking the sign of n).
    pub fn inverse(&self, [x, y]: [f64; 2]) -> [f64; 2] {
        let dy = self.rho0 - y;
        let sign = self.n.signum();
        let rho = sign * libm::sqrt(x * x + dy * dy);
        let theta = libm::atan2(sign * x, sign * dy);
        let q = (self.c - (rho * self.n / self.r).powi(2)) / (2.0 * self.n);
        let lat = libm::asin(q.clamp(-1.0, 1.0)).to_degrees();
        [self.lon0 + (theta / self.n).to_degrees(), lat]
    }
}

/// An axis-aligned bounding box in planar coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Smallest x and y.
    pub min: [f64; 2],
    /// Largest x and y.
    pub max: [f64; 2],
}

impl BBox {
    /// The empty box (contains nothing; the identity of [`BBox::union`]).
    pub const EMPTY: BBox = BBox { min: [f64::INFINITY; 2], max: [f64::NEG_INFINITY; 2] };

    /// The box of a set of points.
    pub fn of_points<'a>(points: impl IntoIterator<Item = &'a [f64; 2]>) -> BBox {
        let mut b = BBox::EMPTY;
        for p in points {
            b.include(*p);
        }
        b
    }

    /// Grow to include `p`.
    pub fn include(&mut self, p: [f64; 2]) {
        for (a, v) in p.iter().enumerate() {
            self.min[a] = self.min[a].min(*v);
            self.max[a] = self.max[a].max(*v);
        }
    }

    /// The smallest box containing both.
    pub fn union(&self, other: &BBox) -> BBox {
        BBox {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }

    /// True when `p` lies inside or on the border.
    pub fn contains(&self, p: [f64; 2]) -> bool {
        p[0] >= self.min[0] && p[0] <= self.max[0] && p[1] >= self.min[1] && p[1] <= self.max[1]
    }

    /// Width (x extent); 0 for the empty box.
    pub fn width(&self) -> f64 {
        (self.max[0] - self.min[0]).max(0.0)
    }

    /// Height (y extent); 0 for the empty box.
    pub fn height(&self) -> f64 {
        (self.max[1] - self.min[1]).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_meridian_at_origin_latitude_is_origin() {
        let p = Albers::default().build();
        let [x, y] = p.forward([105.0, 0.0]);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
    }

    #[test]
    fn round_trip_over_china() {
        let p = Albers::default().build();
        for lon in [74.0, 87.6, 105.0, 116.4, 134.0] {
            for lat in [18.0, 30.67, 39.9, 53.0] {
                let q = p.inverse(p.forward([lon, lat]));
                assert!((q[0] - lon).abs() < 1e-9 && (q[1] - lat).abs() < 1e-9, "{lon} {lat} -> {q:?}");
            }
        }
    }

    #[test]
    fn equal_area_one_degree_cells() {
        // A 1 x 1 degree cell on the sphere has area R² Δλ (sin φ2 − sin φ1).
        let a = Albers::default();
        let p = a.build();
        for (lon, lat) in [(80.0, 40.0), (120.0, 22.0), (105.0, 50.0)] {
            let ring: Vec<[f64; 2]> = [[lon, lat], [lon + 1.0, lat], [lon + 1.0, lat + 1.0], [lon, lat + 1.0]]
                .iter()
                .map(|&q| p.forward(q))
                .collect();
            let planar = super::super::geojson::signed_area(&ring).abs();
            let sphere = a.radius
                * a.radius
                * 1f64.to_radians()
                * (libm::sin((lat + 1.0f64).to_radians()) - libm::sin(lat.to_radians()));
            // Straight edges between projected corners approximate the curved parallels.
            assert!((planar / sphere - 1.0).abs() < 2e-4, "{planar} vs {sphere}");
        }
    }
}
