//! Floating-point numbers written as text that reads back to the very same bits.
//!
//! JSON has no NaN or infinity, and a JSON reader may round a long decimal to a neighbouring
//! double. A slice file therefore writes every result as a string: Rust's shortest
//! round-trip form (`0.1`, `1e-7`, `inf`, `-inf`, `NaN`), which `str::parse` reads back exactly;
//! a NaN other than the canonical one keeps its bits as `nan:` and 16 hex digits.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A double that serializes as exact text.
#[derive(Clone, Copy, Debug)]
pub struct Exact(pub f64);

/// The exact text of `x`.
pub fn to_text(x: f64) -> String {
    if x.is_nan() && x.to_bits() != f64::NAN.to_bits() { format!("nan:{:016x}", x.to_bits()) } else { format!("{x:?}") }
}

/// The double written by [`to_text`], if `text` is one.
pub fn from_text(text: &str) -> Option<f64> {
    match text.strip_prefix("nan:") {
        Some(hex) => u64::from_str_radix(hex, 16).ok().map(f64::from_bits),
        None => text.parse().ok(),
    }
}

impl Serialize for Exact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_text(self.0))
    }
}

impl<'de> Deserialize<'de> for Exact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        from_text(&text).map(Exact).ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a number")))
    }
}

impl From<f64> for Exact {
    fn from(x: f64) -> Self {
        Exact(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_double_reads_back_to_its_bits() {
        let odd_nan = f64::from_bits(0x7ff8_0000_0000_0123);
        for x in [
            0.0,
            -0.0,
            0.1,
            1.0 / 3.0,
            1e-300,
            5e-324,
            f64::MAX,
            -1.234_567_890_123_456_7e200,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
            odd_nan,
        ] {
            let json = serde_json::to_string(&Exact(x)).unwrap();
            let back: Exact = serde_json::from_str(&json).unwrap();
            assert_eq!(back.0.to_bits(), x.to_bits(), "{x:?} as {json}");
        }
        assert!(serde_json::from_str::<Exact>("\"twelve\"").is_err());
    }
}
