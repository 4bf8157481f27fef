//! GeoJSON boundaries: FeatureCollections of Polygon / MultiPolygon features (holes supported)
//! read into [`Boundaries`], with errors that name the feature and what to do.
//!
//! Format: RFC 7946. Features without an area (null geometry, points, lines) are skipped and
//! listed; a file with no area feature at all is an error. Coordinates are WGS84 longitude/latitude in degrees. Properties are kept
//! as strings (numbers written without a fractional part when they are whole, so a `code`
//! property `11` reads as `"11"`). Rings are stored open (the closing position dropped) and
//! oriented: exteriors counter-clockwise, holes clockwise, whatever the file did.

use std::sync::OnceLock;

/// The province boundaries compiled into the binary (see `assets/README.md` for provenance).
pub const EMBEDDED_GEOJSON: &str = include_str!("../../../assets/geo/china_provinces.geojson");

/// A ring of `[longitude, latitude]` positions, open (first position not repeated at the end).
pub type Ring = Vec<[f64; 2]>;

/// One polygon: an exterior ring and zero or more holes.
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    /// Outer boundary, counter-clockwise.
    pub exterior: Ring,
    /// Holes, clockwise.
    pub holes: Vec<Ring>,
}

/// One feature: its properties and its polygons (a Polygon is one, a MultiPolygon several).
#[derive(Clone, Debug, PartialEq)]
pub struct Feature {
    /// Properties as `(key, value)` pairs sorted by key; values rendered as strings.
    pub properties: Vec<(String, String)>,
    /// The polygons of the geometry.
    pub polygons: Vec<Polygon>,
}

impl Feature {
    /// The property `key` (exact key), if present.
    pub fn property(&self, key: &str) -> Option<&str> {
        self.properties.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// A set of boundary features read from one GeoJSON file.
#[derive(Clone, Debug, PartialEq)]
pub struct Boundaries {
    /// Where the features came from (file name or `embedded provinces`).
    pub source: String,
    /// Features with a polygon geometry, in file order.
    pub features: Vec<Feature>,
    /// Features skipped because they have no area to fill (`null`, points, lines), listed so
    /// the join dialog can say so.
    pub skipped: Vec<SkippedFeature>,
}

/// A feature without an area geometry, skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedFeature {
    /// Zero-based index in the file.
    pub feature: usize,
    /// Its geometry type (`null` when absent).
    pub geometry: String,
}

/// Why a GeoJSON file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum GeoJsonError {
    /// The file could not be read.
    Io {
        /// File path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// Not JSON at all.
    NotJson {
        /// File name.
        source_name: String,
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// JSON, but not a FeatureCollection or Feature.
    NotFeatureCollection {
        /// File name.
        source_name: String,
        /// The type found (empty: no `"type"` string).
        found: String,
    },
    /// The collection has no feature with a geometry.
    Empty {
        /// File name.
        source_name: String,
    },
    /// No feature has an area: the file holds only points or lines (the first one reported).
    UnsupportedGeometry {
        /// File name.
        source_name: String,
        /// Zero-based feature index in the file.
        feature: usize,
        /// The geometry type found.
        kind: String,
    },
    /// Coordinates malformed, non-finite, out of range, or a ring too short.
    BadCoordinates {
        /// File name.
        source_name: String,
        /// Zero-based feature index in the file.
        feature: usize,
        /// What is wrong.
        problem: CoordinateProblem,
    },
}

/// What is wrong with the coordinates of a Polygon or MultiPolygon feature.
#[derive(Debug, Clone, PartialEq)]
pub enum CoordinateProblem {
    /// `"coordinates"` is missing or not an array.
    Missing,
    /// A MultiPolygon with no polygon.
    NoPolygons,
    /// A polygon that is not an array of rings.
    PolygonNotArray,
    /// A polygon with no ring.
    NoRings,
    /// Ring `ring` (zero-based within its polygon) is malformed.
    Ring {
        /// Zero-based ring index.
        ring: usize,
        /// What is wrong with it.
        problem: RingProblem,
    },
}

/// What is wrong with one ring of positions.
#[derive(Debug, Clone, PartialEq)]
pub enum RingProblem {
    /// Not an array of positions.
    NotArray,
    /// Position `position` is not a `[longitude, latitude]` array.
    NotPair {
        /// Zero-based position index.
        position: usize,
    },
    /// Position `position` holds something other than numbers.
    NotNumeric {
        /// Zero-based position index.
        position: usize,
        /// The position as written in the file (JSON).
        text: String,
    },
    /// Position `position` is outside -180..180, -90..90: projected coordinates.
    NotDegrees {
        /// Zero-based position index.
        position: usize,
        /// First coordinate.
        x: f64,
        /// Second coordinate.
        y: f64,
    },
    /// Fewer than 3 distinct positions.
    TooFew {
        /// Distinct positions found.
        found: usize,
    },
}

impl Boundaries {
    /// The embedded province boundaries (parsed once; the file is tested to be valid).
    pub fn embedded() -> &'static Boundaries {
        static B: OnceLock<Boundaries> = OnceLock::new();
        B.get_or_init(|| match Boundaries::parse(EMBEDDED_GEOJSON, "embedded provinces") {
            Ok(b) => b,
            Err(e) => panic!("embedded boundaries are invalid: {e}"),
        })
    }

    /// Read a GeoJSON file from disk.
    pub fn read(path: &std::path::Path) -> Result<Boundaries, GeoJsonError> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(path)
            .map_err(|e| GeoJsonError::Io { path: path.display().to_string(), message: e.to_string() })?;
        Boundaries::parse(&text, &name)
    }

    /// Parse GeoJSON text: a FeatureCollection (or a single Feature) of Polygon / MultiPolygon
    /// geometries. `source_name` is used in messages.
    pub fn parse(text: &str, source_name: &str) -> Result<Boundaries, GeoJsonError> {
        let src = source_name.to_string();
        let root: serde_json::Value = serde_json::from_str(text).map_err(|e| GeoJsonError::NotJson {
            source_name: src.clone(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let kind = root.get("type").and_then(|t| t.as_str());
        let raw_features: Vec<&serde_json::Value> = match kind {
            Some("FeatureCollection") => match root.get("features").and_then(|f| f.as_array()) {
                Some(a) => a.iter().collect(),
                None => return Err(GeoJsonError::Empty { source_name: src }),
            },
            Some("Feature") => vec![&root],
            other => {
                return Err(GeoJsonError::NotFeatureCollection {
                    source_name: src,
                    found: other.unwrap_or_default().into(),
                });
            }
        };
        let mut features = Vec::with_capacity(raw_features.len());
        let mut skipped = Vec::new();
        for (i, f) in raw_features.into_iter().enumerate() {
            let bad = |problem| GeoJsonError::BadCoordinates { source_name: src.clone(), feature: i, problem };
            let geometry = match f.get("geometry") {
                None | Some(serde_json::Value::Null) => {
                    skipped.push(SkippedFeature { feature: i, geometry: "null".into() });
                    continue;
                }
                Some(g) => g,
            };
            let gtype = geometry.get("type").and_then(|t| t.as_str()).unwrap_or("(untyped)");
            let coords = geometry.get("coordinates");
            let polygons = match (gtype, coords) {
                ("Polygon", Some(c)) => vec![parse_polygon(c).map_err(bad)?],
                ("MultiPolygon", Some(serde_json::Value::Array(parts))) => {
                    parts.iter().map(parse_polygon).collect::<Result<Vec<_>, _>>().map_err(bad)?
                }
                ("Polygon" | "MultiPolygon", _) => return Err(bad(CoordinateProblem::Missing)),
                (other, _) => {
                    skipped.push(SkippedFeature { feature: i, geometry: other.to_string() });
                    continue;
                }
            };
            if polygons.is_empty() {
                return Err(bad(CoordinateProblem::NoPolygons));
            }
            let mut properties: Vec<(String, String)> = match f.get("properties") {
                Some(serde_json::Value::Object(m)) => {
                    m.iter().filter_map(|(k, v)| property_text(v).map(|s| (k.clone(), s))).collect()
                }
                _ => Vec::new(),
            };
            properties.sort();
            features.push(Feature { properties, polygons });
        }
        if features.is_empty() {
            return Err(match skipped.iter().find(|f| f.geometry != "null") {
                Some(f) => {
                    GeoJsonError::UnsupportedGeometry { source_name: src, feature: f.feature, kind: f.geometry.clone() }
                }
                None => GeoJsonError::Empty { source_name: src },
            });
        }
        Ok(Boundaries { source: src, features, skipped })
    }

    /// Property keys present in every feature, sorted (candidates for joining to a panel).
    pub fn common_keys(&self) -> Vec<String> {
        let Some(first) = self.features.first() else { return Vec::new() };
        first
            .properties
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| self.features.iter().all(|f| f.property(k).is_some()))
            .collect()
    }
}

/// A property value as text: strings as written, whole numbers without a fraction, `null` absent.
fn property_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            _ => n.to_string(),
        }),
        other => Some(other.to_string()),
    }
}

fn parse_polygon(v: &serde_json::Value) -> Result<Polygon, CoordinateProblem> {
    let rings = v.as_array().ok_or(CoordinateProblem::PolygonNotArray)?;
    let mut parsed = Vec::with_capacity(rings.len());
    for (r, ring) in rings.iter().enumerate() {
        parsed.push(parse_ring(ring).map_err(|problem| CoordinateProblem::Ring { ring: r, problem })?);
    }
    let mut it = parsed.into_iter();
    let mut exterior = it.next().ok_or(CoordinateProblem::NoRings)?;
    if signed_area(&exterior) < 0.0 {
        exterior.reverse();
    }
    let holes = it
        .map(|mut h| {
            if signed_area(&h) > 0.0 {
                h.reverse();
            }
            h
        })
        .collect();
    Ok(Polygon { exterior, holes })
}

fn parse_ring(v: &serde_json::Value) -> Result<Ring, RingProblem> {
    let pts = v.as_array().ok_or(RingProblem::NotArray)?;
    let mut ring: Ring = Vec::with_capacity(pts.len());
    for (p, pos) in pts.iter().enumerate() {
        let xy = pos.as_array().filter(|a| a.len() >= 2).ok_or(RingProblem::NotPair { position: p })?;
        let (Some(x), Some(y)) = (xy[0].as_f64(), xy[1].as_f64()) else {
            return Err(RingProblem::NotNumeric { position: p, text: pos.to_string() });
        };
        if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
            return Err(RingProblem::NotDegrees { position: p, x, y });
        }
        ring.push([x, y]);
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring.dedup();
    if ring.len() < 3 {
        return Err(RingProblem::TooFew { found: ring.len() });
    }
    Ok(ring)
}

/// Signed area of an open ring by the shoelace formula, `A = 1/2 sum (x_i y_{i+1} - x_{i+1} y_i)`:
/// positive when counter-clockwise (in a y-up frame).
pub fn signed_area(ring: &[[f64; 2]]) -> f64 {
    let n = ring.len();
    let mut s = 0.0;
    for i in 0..n {
        let [x0, y0] = ring[i];
        let [x1, y1] = ring[(i + 1) % n];
        s += x0 * y1 - x1 * y0;
    }
    0.5 * s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_has_31_provinces_with_codes() {
        let b = Boundaries::embedded();
        assert_eq!(b.features.len(), 31);
        assert!(b.skipped.is_empty());
        assert_eq!(b.features[0].property("code"), Some("11"));
        assert_eq!(b.features[0].property("name_zh"), Some("北京"));
        assert_eq!(b.common_keys(), vec!["code", "hasc", "name_en", "name_zh"]);
        for f in &b.features {
            for p in &f.polygons {
                assert!(signed_area(&p.exterior) > 0.0);
            }
        }
    }

    #[test]
    fn orientation_is_normalized_and_closing_point_dropped() {
        let text = r#"{"type":"Feature","properties":{"id":"a","v":2.0,"n":null},"geometry":{"type":"Polygon",
            "coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]],[[2,2],[4,2],[4,4],[2,4],[2,2]]]}}"#;
        let b = Boundaries::parse(text, "t").unwrap();
        let p = &b.features[0].polygons[0];
        assert_eq!(p.exterior.len(), 4);
        assert!(signed_area(&p.exterior) > 0.0);
        assert!(signed_area(&p.holes[0]) < 0.0);
        assert_eq!(b.features[0].properties, vec![("id".into(), "a".into()), ("v".into(), "2".into())]);
    }
}
