//! The standard normal distribution: cdf, survival function and quantile, and the confidence
//! levels (90, 95, 99%) every interval and set of the estimate is reported at.
//!
//! `cdf(x) = erfc(-x / sqrt 2) / 2` with the pure-Rust `libm::erfc` (same bits on every
//! platform). The quantile is Wichura's algorithm AS 241 (`PPND16`, Applied Statistics 37,
//! 1988, 477-484), accurate to about 1e-16 relative, as `scipy.stats.norm.ppf`.

use serde::Serialize;

/// `Phi(x)`, the standard normal cdf.
pub fn cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// `1 - Phi(x)`, without cancellation in the upper tail.
pub fn sf(x: f64) -> f64 {
    0.5 * libm::erfc(x / std::f64::consts::SQRT_2)
}

fn poly(c: &[f64], x: f64) -> f64 {
    c.iter().rev().fold(0.0, |acc, &k| acc * x + k)
}

/// `Phi^-1(p)` for `p` in (0, 1) (AS 241 `PPND16`); `-inf` / `inf` at 0 / 1, NaN outside.
pub fn quantile(p: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        const A: [f64; 8] = [
            3.387_132_872_796_366_5,
            133.141_667_891_784_38,
            1_971.590_950_306_551_3,
            13_731.693_765_509_46,
            45_921.953_931_549_87,
            67_265.770_927_008_7,
            33_430.575_583_588_13,
            2_509.080_928_730_122_7,
        ];
        const B: [f64; 8] = [
            1.0,
            42.313_330_701_600_91,
            687.187_007_492_057_9,
            5_394.196_021_424_751,
            21_213.794_301_586_597,
            39_307.895_800_092_71,
            28_729.085_735_721_943,
            5_226.495_278_852_545,
        ];
        return q * poly(&A, r) / poly(&B, r);
    }
    let tail = if q < 0.0 { p } else { 1.0 - p };
    let mut r = (-libm::log(tail)).sqrt();
    let x = if r <= 5.0 {
        r -= 1.6;
        const C: [f64; 8] = [
            1.423_437_110_749_683_5,
            4.630_337_846_156_546,
            5.769_497_221_460_691,
            3.647_848_324_763_204_5,
            1.270_458_252_452_368_4,
            0.241_780_725_177_450_6,
            0.022_723_844_989_269_184,
            7.745_450_142_783_414e-4,
        ];
        const D: [f64; 8] = [
            1.0,
            2.053_191_626_637_759,
            1.676_384_830_183_803_8,
            0.689_767_334_985_1,
            0.148_103_976_427_480_08,
            0.015_198_666_563_616_457,
            5.475_938_084_995_345e-4,
            1.050_750_071_644_416_9e-9,
        ];
        poly(&C, r) / poly(&D, r)
    } else {
        r -= 5.0;
        const E: [f64; 8] = [
            6.657_904_643_501_103,
            5.463_784_911_164_114,
            1.784_826_539_917_291_3,
            0.296_560_571_828_504_9,
            0.026_532_189_526_576_124,
            0.001_242_660_947_388_078_4,
            2.711_555_568_743_487_6e-5,
            2.010_334_399_292_288_1e-7,
        ];
        const F: [f64; 8] = [
            1.0,
            0.599_832_206_555_888,
            0.136_929_880_922_735_8,
            0.014_875_361_290_850_615,
            7.868_691_311_456_133e-4,
            1.846_318_317_510_054_8e-5,
            1.421_511_758_316_446e-7,
            2.044_263_103_389_939_7e-15,
        ];
        poly(&E, r) / poly(&F, r)
    };
    if q < 0.0 { -x } else { x }
}

/// A two-sided confidence level (serialized as its percent: 90, 95, 99).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// 90%.
    P90,
    /// 95%.
    P95,
    /// 99%.
    P99,
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.percent())
    }
}

impl Level {
    /// The three levels, in order.
    pub const ALL: [Level; 3] = [Level::P90, Level::P95, Level::P99];

    /// `1 - level`.
    pub fn alpha(self) -> f64 {
        match self {
            Level::P90 => 0.10,
            Level::P95 => 0.05,
            Level::P99 => 0.01,
        }
    }

    /// The two-sided normal critical value `Phi^-1(1 - alpha / 2)`, as `scipy.stats.norm.ppf`
    /// gives it (the same bits as [`super::inference::Z975`] at 95%).
    pub fn z(self) -> f64 {
        match self {
            Level::P90 => 1.644_853_626_951_472_2,
            Level::P95 => super::inference::Z975,
            Level::P99 => 2.575_829_303_548_900_4,
        }
    }

    /// The level in percent (90, 95, 99).
    pub fn percent(self) -> u32 {
        match self {
            Level::P90 => 90,
            Level::P95 => 95,
            Level::P99 => 99,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_scipy() {
        // scipy.stats.norm.ppf
        let cases = [
            (0.975, 1.959963984540054),
            (0.95, 1.6448536269514722),
            (0.995, 2.5758293035489004),
            (0.5, 0.0),
            (1e-10, -6.361340902404056),
            (0.3, -0.5244005127080409),
        ];
        for (p, want) in cases {
            let got = quantile(p);
            assert!((got - want).abs() <= 1e-15 * want.abs().max(1.0), "ppf({p}) = {got}, scipy {want}");
        }
    }

    #[test]
    fn level_constants_are_the_quantiles() {
        for l in Level::ALL {
            assert!((l.z() - quantile(1.0 - l.alpha() / 2.0)).abs() < 1e-15, "{l:?}");
        }
    }

    #[test]
    fn cdf_inverts_quantile() {
        for p in [1e-12, 1e-5, 0.01, 0.2, 0.5, 0.8, 0.99, 1.0 - 1e-9] {
            assert!((cdf(quantile(p)) - p).abs() <= 1e-14 * p.max(1e-3), "{p}");
        }
        assert!((sf(8.0) - 6.22096057427174e-16).abs() < 1e-27);
    }
}
