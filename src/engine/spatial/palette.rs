//! Colour palettes for choropleth classes: colour-blind-safe ColorBrewer schemes, sequential
//! and diverging, for 3 to 9 classes; a reverse toggle; the "no data" style.
//!
//! Colours from ColorBrewer 2.0 (Cynthia A. Brewer, Pennsylvania State University,
//! <https://colorbrewer2.org>, Apache License 2.0); every scheme here is marked colour-blind
//! safe there. The tables are checked against the `palettable` package by
//! `tests/spatial_palette.rs` (fixture script in `tests/fixtures/spatial/`). For 2 classes
//! (accepted by the engine, not offered by ColorBrewer) the outer colours of the 3-class scheme
//! are used.

use serde::{Deserialize, Serialize};

/// An RGB colour, 8 bits per channel.
pub type Rgb = [u8; 3];

/// Sequential (one hue ramp, for magnitudes) or diverging (two ramps around a neutral middle,
/// for signed values such as residuals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaletteKind {
    /// Light to dark.
    Sequential,
    /// Dark - light - dark in two hues.
    Diverging,
}

/// The available ColorBrewer schemes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
pub enum PaletteName {
    /// Yellow-green-blue, sequential (the default: higher is darker blue).
    #[default]
    YlGnBu,
    /// Yellow-orange-red, sequential (for burdens such as emissions).
    YlOrRd,
    /// Red-blue, diverging.
    RdBu,
    /// Purple-orange, diverging.
    PuOr,
}

impl PaletteName {
    /// Every scheme, sequential first.
    pub const ALL: [PaletteName; 4] = [PaletteName::YlGnBu, PaletteName::YlOrRd, PaletteName::RdBu, PaletteName::PuOr];

    /// Sequential or diverging.
    pub fn kind(self) -> PaletteKind {
        match self {
            PaletteName::YlGnBu | PaletteName::YlOrRd => PaletteKind::Sequential,
            PaletteName::RdBu | PaletteName::PuOr => PaletteKind::Diverging,
        }
    }

    /// ColorBrewer's name.
    pub fn label(self) -> &'static str {
        match self {
            PaletteName::YlGnBu => "YlGnBu",
            PaletteName::YlOrRd => "YlOrRd",
            PaletteName::RdBu => "RdBu",
            PaletteName::PuOr => "PuOr",
        }
    }

    fn table(self) -> &'static [&'static [u32]; 7] {
        match self {
            PaletteName::YlGnBu => &YLGNBU,
            PaletteName::YlOrRd => &YLORRD,
            PaletteName::RdBu => &RDBU,
            PaletteName::PuOr => &PUOR,
        }
    }

    /// The `k` colours of the scheme (k clamped to 2..=9), light to dark for sequential
    /// schemes, reversed when `reverse` (for "lower is better" variables such as CIWB).
    pub fn colors(self, k: usize, reverse: bool) -> Vec<Rgb> {
        let k = k.clamp(2, 9);
        let mut c: Vec<Rgb> = if k == 2 {
            let t = self.table()[0];
            vec![rgb(t[0]), rgb(t[2])]
        } else {
            self.table()[k - 3].iter().map(|&h| rgb(h)).collect()
        };
        if reverse {
            c.reverse();
        }
        c
    }

    /// Diverging colours centred on zero: `below` classes lie entirely below zero, `above`
    /// entirely above, and `straddle` says whether one class contains zero in its interior
    /// (it then gets the neutral middle colour). The scheme of `2 max(below, above) (+1)`
    /// colours is sliced so zero sits at its neutral point. Falls back to
    /// [`PaletteName::colors`] for a sequential scheme, for data of one sign, and when that
    /// scheme would need more than 9 colours.
    pub fn centered(self, below: usize, straddle: bool, above: usize, reverse: bool) -> Vec<Rgb> {
        let k = below + above + usize::from(straddle);
        let half = below.max(above);
        let m = 2 * half + usize::from(straddle);
        let both_signs = below + usize::from(straddle) > 0 && above + usize::from(straddle) > 0;
        if self.kind() != PaletteKind::Diverging || !both_signs || !(3..=9).contains(&m) || k < 2 {
            return self.colors(k, reverse);
        }
        let full = self.colors(m, reverse);
        full[half - below..half - below + k].to_vec()
    }
}

/// How units without data are drawn: a light grey fill with diagonal hatching.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoDataStyle {
    /// Fill colour.
    pub fill: Rgb,
    /// Hatch line colour.
    pub hatch: Rgb,
    /// Distance between hatch lines, in pixels at 1x.
    pub spacing_px: f32,
    /// Hatch line width, pixels at 1x.
    pub line_px: f32,
}

/// The "no data" style used by the window and the PNG export.
pub const NO_DATA: NoDataStyle =
    NoDataStyle { fill: [0xe8, 0xe8, 0xe8], hatch: [0x9e, 0x9e, 0x9e], spacing_px: 6.0, line_px: 1.2 };

/// Outline colour of province borders.
pub const OUTLINE: Rgb = [0x60, 0x60, 0x60];

/// Outline colour of the selected unit.
pub const SELECTED_OUTLINE: Rgb = [0xd9, 0x00, 0x7a];

/// `#rrggbb` text of a colour.
pub fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

const fn rgb(h: u32) -> Rgb {
    [(h >> 16) as u8, (h >> 8) as u8, h as u8]
}

const YLGNBU: [&[u32]; 7] = [
    &[0xedf8b1, 0x7fcdbb, 0x2c7fb8],
    &[0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8],
    &[0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494],
    &[0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494],
    &[0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84],
    &[0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84],
    &[0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58],
];

const YLORRD: [&[u32]; 7] = [
    &[0xffeda0, 0xfeb24c, 0xf03b20],
    &[0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c],
    &[0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026],
    &[0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026],
    &[0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026],
    &[0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026],
    &[0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026],
];

const RDBU: [&[u32]; 7] = [
    &[0xef8a62, 0xf7f7f7, 0x67a9cf],
    &[0xca0020, 0xf4a582, 0x92c5de, 0x0571b0],
    &[0xca0020, 0xf4a582, 0xf7f7f7, 0x92c5de, 0x0571b0],
    &[0xb2182b, 0xef8a62, 0xfddbc7, 0xd1e5f0, 0x67a9cf, 0x2166ac],
    &[0xb2182b, 0xef8a62, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x67a9cf, 0x2166ac],
    &[0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac],
    &[0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac],
];

const PUOR: [&[u32]; 7] = [
    &[0xf1a340, 0xf7f7f7, 0x998ec3],
    &[0xe66101, 0xfdb863, 0xb2abd2, 0x5e3c99],
    &[0xe66101, 0xfdb863, 0xf7f7f7, 0xb2abd2, 0x5e3c99],
    &[0xb35806, 0xf1a340, 0xfee0b6, 0xd8daeb, 0x998ec3, 0x542788],
    &[0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788],
    &[0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788],
    &[0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_reverse_and_two_classes() {
        for p in PaletteName::ALL {
            for k in 2..=9 {
                assert_eq!(p.colors(k, false).len(), k);
                let mut r = p.colors(k, true);
                r.reverse();
                assert_eq!(r, p.colors(k, false));
            }
        }
        assert_eq!(hex(PaletteName::YlGnBu.colors(2, false)[1]), "#2c7fb8");
    }

    #[test]
    fn centred_diverging_puts_zero_at_the_neutral_colour() {
        // 2 classes below zero, one straddling, 4 above: the 9-class scheme from index 2.
        let c = PaletteName::RdBu.centered(2, true, 4, false);
        assert_eq!(c.len(), 7);
        assert_eq!(hex(c[2]), "#f7f7f7");
        assert_eq!(c, PaletteName::RdBu.colors(9, false)[2..9].to_vec());
        // Symmetric case is the plain scheme.
        assert_eq!(PaletteName::PuOr.centered(2, true, 2, false), PaletteName::PuOr.colors(5, false));
        // All positive: falls back to the plain scheme.
        assert_eq!(PaletteName::RdBu.centered(0, false, 4, false), PaletteName::RdBu.colors(4, false));
    }
}
