//! The synthetic sample panel: a documented, seeded data-generating process with known effects.
//!
//! The data are **synthetic**. They are shaped like the study's panel (30 provinces,
//! 2011-2022, every raw column the measures need) so that a class can watch DML recover
//! effects that are known by construction and a naive linear regression miss them.
//! `sample_data/README.md` documents every column and prints the true effects.
//!
//! Process, for unit `i` in region `r(i)` and year index `t = 0..T-1` (all noise terms are
//! independent standard normals `N`, drawn from one seeded stream in a fixed order):
//!
//! * unit traits: development `a_i` (east 0.9, central 0.35, west 0.1, plus `0.2 N`), size
//!   `s_i ~ 0.6 N`, coal dependence `k_i = 0.35 north_i + 0.15 N` (never observed), telegraph
//!   offices in 1907 `tel_i = round(exp(2.3 + 0.7 coastal_i + 0.6 a_i + 0.4 N))`;
//! * economy: `ln pop = 8 + s_i + 0.004 t`, `ln pc = 0.7 + 0.75 a_i + 0.06 t + 0.08 N_i + 0.02 N`
//!   (GDP per head, 10,000 yuan), `gdp = pop * pc` (100 million yuan);
//! * controls: `lngdp`, `lnpop`, `green`, `human` (ln students), `ind` (an employment-based
//!   tertiary / secondary ratio, generated apart from the output shares), `edu` (ln education
//!   spending), as in the study;
//! * latent computing power `c = -0.6 + 0.9 S(lngdp) + 0.12 (green - 13) + u_i + 0.25 N` with the
//!   threshold `S(x) = 1 / (1 + exp(-3 (x - 9.5)))` and the telegraph legacy `u_i = 0.6 (ln tel_i - 3)`;
//!   it has no time trend of its own (it rises over the years only through GDP and green area,
//!   both controls), and its year-to-year shock `0.25 N` is independent of everything else;
//!   the ten indicators are noisy monotone functions of `c` (PUE falls with `c`);
//! * DCP is the entropy-weighted index of the ten indicators over the whole panel;
//! * `CEE = theta_r DCP + g(X, k_i) + 0.06 N` with `theta = 0.8 / 1.0 / 1.4` (east / central /
//!   west) and the nonlinear confounding
//!   `g = 0.75 + 0.8 S(lngdp) + 0.3 tanh(ind - 1.2) - 0.45 k_i + 0.03 (green - 13) + 0.1 (human - 13.3)`;
//!   then `co2 = gdp / CEE`;
//! * sector shares: `share3 = 0.45 + 0.06 S(lngdp) + 0.005 (green - 13) + phi_r DCP + ...` with
//!   `phi = 0.06 / 0.08 / 0.12`, so `ISU = 2 - share1 + share3` rises by `phi_r` per unit of DCP;
//! * energy `= co2 / (2 + 0.5 k_i - 0.008 t + 0.05 N)`; SO2, NOx and dust scale with energy and
//!   wastewater with industrial output (`gdp share2`), all falling over time, so DCP lowers energy
//!   and pollution per unit of GDP and raises TFEE; its size is measured by finite differences
//!   ([`super::sample_tfee`]).

use super::panel::Panel;
use super::registry::{Region3, Registry};
use crate::engine::measures::entropy::{Direction, composite, entropy_weights, normalize};
use crate::engine::rng::{Rng, rng_for, stream};
use std::fmt::Write as _;

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleSpec {
    /// Number of units (30 = the provinces, other values give generic units).
    pub units: usize,
    /// Number of years, starting in 2011.
    pub years: usize,
    /// Seed of the process.
    pub seed: u64,
    /// Whether DCP's effects differ by region (the bundled sample) or are one number.
    pub effects: Effects,
}

impl Default for SampleSpec {
    /// The bundled sample: 30 provinces x 2011-2022, seed 2025, regional effects.
    fn default() -> Self {
        SampleSpec { units: 30, years: 12, seed: 2025, effects: Effects::Regional }
    }
}

/// How DCP's effects on CEE (`theta`) and on ISU (`phi`) vary across regions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Effects {
    /// East / central / west: `theta = 0.8 / 1.0 / 1.4`, `phi = 0.06 / 0.08 / 0.12` (the bundled
    /// sample, whose regional estimates differ).
    #[default]
    Regional,
    /// The central region's effects everywhere: `theta = 1.0`, `phi = 0.08`. With effects that
    /// differ, a partially linear model estimates the average of the row effects weighted by
    /// the residual variance of DCP, not their plain average (on the 30-province process about
    /// 0.95 against 1.075); one effect gives every estimator the same target.
    Uniform,
}

impl Effects {
    /// CEE effect per region (east, central, west).
    fn cee(self) -> [f64; 3] {
        match self {
            Effects::Regional => THETA_CEE,
            Effects::Uniform => [THETA_CEE[1]; 3],
        }
    }

    /// ISU effect per region (east, central, west).
    fn isu(self) -> [f64; 3] {
        match self {
            Effects::Regional => PHI_ISU,
            Effects::Uniform => [PHI_ISU[1]; 3],
        }
    }
}

/// The effects built into the process (the "truth" DML should recover).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TrueEffects {
    /// CEE per unit of DCP by region: east, central, west.
    pub cee_by_region: [f64; 3],
    /// Row-weighted average CEE effect over the generated sample.
    pub cee_average: f64,
    /// Average over rows of the CIWB derivative `-CIWB theta_r / CEE` (GDP, population and
    /// life expectancy held fixed).
    pub ciwb_average_partial_effect: f64,
    /// ISU per unit of DCP by region.
    pub isu_by_region: [f64; 3],
    /// Row-weighted average ISU effect.
    pub isu_average: f64,
    /// Average over the unit-years with a TFEE score of the derivative of a unit-year's TFEE
    /// with respect to its own DCP, everything else (other units, its GDP, capital, labour)
    /// held fixed; `None` until measured by [`super::sample_tfee::with_tfee_truth`].
    pub tfee_average_partial_effect: Option<f64>,
    /// Those derivatives row by row (NaN where the row has no TFEE score); empty until measured.
    #[serde(skip)]
    pub tfee_row_effects: Vec<f64>,
}

/// A generated sample: CSV text, the effects, and the DCP the process used.
#[derive(Clone, Debug)]
pub struct Sample {
    /// CSV text (comma-separated, `\n` line ends, fixed decimals).
    pub csv: String,
    /// True effects.
    pub truth: TrueEffects,
    /// The process's CEE by row (unrounded).
    pub cee: Vec<f64>,
    /// The CEE effect `theta_r` of each row's region.
    pub cee_effect: Vec<f64>,
    /// The secondary-sector share by row.
    pub share2: Vec<f64>,
    /// The ISU effect `phi_r` of each row's region (DCP's shift from secondary to tertiary output).
    pub isu_effect: Vec<f64>,
}

/// Names of the ten index indicators with their dimension and direction.
pub const INDICATORS: [(&str, &str, Direction); 10] = [
    ("sw_revenue", "industry", Direction::Positive),
    ("ict_firms", "industry", Direction::Positive),
    ("ict_patents", "technology", Direction::Positive),
    ("rd_intensity", "technology", Direction::Positive),
    ("broadband_ports", "environment", Direction::Positive),
    ("fiber_density", "environment", Direction::Positive),
    ("dc_pue", "environment", Direction::Negative),
    ("internet_users", "application", Direction::Positive),
    ("digital_finance", "application", Direction::Positive),
    ("ecommerce_share", "application", Direction::Positive),
];

/// The six controls of the study.
pub const CONTROLS: [&str; 6] = ["lngdp", "lnpop", "green", "human", "ind", "edu"];

const THETA_CEE: [f64; 3] = [0.8, 1.0, 1.4];
const PHI_ISU: [f64; 3] = [0.06, 0.08, 0.12];

struct UnitTraits {
    label: String,
    region: usize,
    coastal: bool,
    a: f64,
    size: f64,
    coal: f64,
    tel: f64,
    u: f64,
    pc_level: f64,
    green_level: f64,
    s1_level: f64,
    s3_level: f64,
    life_level: f64,
    labour_share: f64,
    er_level: f64,
    ind_level: f64,
}

/// The smooth threshold in log GDP through which size confounds both DCP and CEE:
/// `1 / (1 + exp(-3 (lngdp - 9.5)))`. Linear controls cannot absorb it; trees can.
fn scale_effect(lngdp: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-3.0 * (lngdp - 9.5)))
}

fn region_index(r: Region3) -> usize {
    match r {
        Region3::East => 0,
        Region3::Central => 1,
        Region3::West => 2,
    }
}

fn units(spec: &SampleSpec, rng: &mut Rng) -> Vec<UnitTraits> {
    let reg = Registry::embedded();
    let provinces: Vec<_> = reg.provinces().iter().filter(|p| p.code != 54).collect();
    let base_a = [0.9, 0.35, 0.1];
    (0..spec.units)
        .map(|i| {
            let (label, region, coastal, north, size_shift) = if spec.units <= provinces.len() {
                let p = provinces[i];
                (p.name_en.clone(), region_index(p.region3), p.coastal, p.north, 0.0)
            } else {
                let region = [0, 0, 1, 1, 2][i % 5].min(2);
                let shift = if spec.units > 1000 { -3.0 } else { -1.5 };
                (format!("U{:04}", i + 1), region, i % 3 == 0 && region == 0, i % 2 == 0, shift)
            };
            let a = base_a[region] + 0.2 * rng.normal();
            let size = 0.6 * rng.normal() + size_shift;
            let coal = 0.35 * f64::from(u8::from(north)) + 0.15 * rng.normal();
            let tel = libm::round(libm::exp(2.3 + 0.7 * f64::from(u8::from(coastal)) + 0.6 * a + 0.4 * rng.normal()))
                .max(1.0);
            let u = 0.6 * (libm::log(tel) - 3.0);
            UnitTraits {
                label,
                region,
                coastal,
                a,
                size,
                coal,
                tel,
                u,
                pc_level: 0.08 * rng.normal(),
                green_level: rng.normal(),
                s1_level: 0.02 * rng.normal(),
                s3_level: 0.015 * rng.normal(),
                life_level: 0.5 * rng.normal(),
                labour_share: 0.55 + 0.03 * rng.normal(),
                er_level: 0.1 * rng.normal(),
                ind_level: 0.1 * rng.normal(),
            }
        })
        .collect()
}

/// Generate the sample described by `spec`.
pub fn generate(spec: &SampleSpec) -> Sample {
    let mut rng = rng_for(spec.seed, &[stream::SAMPLE_DATA]);
    let us = units(spec, &mut rng);
    let n = spec.units * spec.years;
    let mut v: std::collections::BTreeMap<&'static str, Vec<f64>> = std::collections::BTreeMap::new();
    let names = [
        "gdp",
        "population",
        "lngdp",
        "lnpop",
        "green",
        "human",
        "edu",
        "pc",
        "share1",
        "share3",
        "life_expectancy",
        "investment",
        "deflator",
        "labour",
        "er",
        "telegraph1907",
        "ind_emp",
    ];
    for nm in names {
        v.insert(nm, vec![0.0f64; n]);
    }
    let mut ind_vals: Vec<Vec<f64>> = vec![vec![0.0; n]; 10];
    let mut latent = vec![0.0; n];
    let mut unit_of = vec![0usize; n];
    let mut year_of = vec![0i32; n];
    for (i, u) in us.iter().enumerate() {
        let mut price = 100.0;
        for t in 0..spec.years {
            let r = i * spec.years + t;
            let tf = t as f64;
            unit_of[r] = i;
            year_of[r] = 2011 + t as i32;
            let lnpop = 8.0 + u.size + 0.004 * tf;
            let lnpc = 0.7 + 0.75 * u.a + 0.06 * tf + u.pc_level + 0.02 * rng.normal();
            let pop = libm::exp(lnpop);
            let gdp = libm::exp(lnpop + lnpc);
            let green = 10.5 + 2.0 * u.a + 0.35 * tf + u.green_level + 0.5 * rng.normal();
            let human = libm::log(pop * 1e4 * (0.012 + 0.01 * u.a + 0.0006 * tf) * libm::exp(0.1 * rng.normal()));
            let west = f64::from(u8::from(u.region == 2));
            let edu = libm::log(gdp * (0.045 - 0.01 * u.a + 0.004 * west) * libm::exp(0.05 * rng.normal()));
            // No own time trend: DCP rises over the years only through the controls (green
            // area and the threshold in log GDP), so its residual carries no year trend.
            let c = -0.6 + 0.9 * scale_effect(libm::log(gdp)) + 0.12 * (green - 13.0) + u.u + 0.25 * rng.normal();
            latent[r] = c;
            let s = u.size;
            let ind = &mut ind_vals;
            ind[0][r] = libm::exp(4.0 + 1.6 * c + 0.4 * s + 0.15 * rng.normal());
            ind[1][r] = libm::round(libm::exp(6.0 + 1.2 * c + 0.6 * s + 0.15 * rng.normal()));
            ind[2][r] = libm::round(libm::exp(5.0 + 1.5 * c + 0.5 * s + 0.2 * rng.normal()));
            ind[3][r] = (0.8 + 0.9 * c + 0.15 * rng.normal()).clamp(0.2, 6.5);
            ind[4][r] = (20.0 + 18.0 * c + 3.0 * rng.normal()).max(5.0);
            ind[5][r] = libm::exp(-0.5 + 0.9 * c + 0.3 * rng.normal());
            ind[6][r] = (1.85 - 0.18 * c + 0.05 * rng.normal()).clamp(1.15, 2.3);
            ind[7][r] = (35.0 + 18.0 * c + 3.0 * rng.normal()).clamp(20.0, 98.0);
            ind[8][r] = (40.0 + 150.0 * (c + 0.6) + 10.0 * rng.normal()).max(20.0);
            ind[9][r] = (3.0 + 4.0 * c + rng.normal()).clamp(0.5, 25.0);
            price *= 1.0 + 0.02 + 0.01 * rng.normal();
            let set = |v: &mut std::collections::BTreeMap<&'static str, Vec<f64>>, k: &str, x: f64| {
                v.get_mut(k).expect("declared column")[r] = x;
            };
            set(&mut v, "gdp", gdp);
            set(&mut v, "population", pop);
            set(&mut v, "lngdp", libm::log(gdp));
            set(&mut v, "lnpop", lnpop);
            set(&mut v, "green", green);
            set(&mut v, "human", human);
            set(&mut v, "edu", edu);
            set(&mut v, "pc", lnpc);
            set(
                &mut v,
                "share1",
                (0.09 - 0.04 * (libm::log(gdp) - 9.5) - 0.004 * (green - 13.0) + u.s1_level).clamp(0.003, 0.3),
            );
            set(
                &mut v,
                "share3",
                0.45 + 0.06 * scale_effect(libm::log(gdp)) + 0.005 * (green - 13.0) + u.s3_level + 0.006 * rng.normal(),
            );
            set(
                &mut v,
                "life_expectancy",
                75.0 + 1.2 * (libm::log(gdp) - 9.5) + 0.3 * (green - 13.0) + u.life_level + 0.2 * rng.normal(),
            );
            set(&mut v, "investment", gdp * (0.45 + 0.1 * west - 0.05 * u.a) * libm::exp(0.05 * rng.normal()));
            set(&mut v, "deflator", if t == 0 { 100.0 } else { price });
            set(&mut v, "labour", pop * u.labour_share);
            set(&mut v, "ind_emp", (0.75 + 0.5 * u.a + 0.03 * tf + u.ind_level) * libm::exp(0.03 * rng.normal()));
            set(&mut v, "er", (0.15 + 0.1 * u.a + u.er_level + 0.05 * rng.normal()).clamp(0.02, 1.0));
            set(&mut v, "telegraph1907", u.tel);
        }
    }
    // The process's DCP: entropy index of the ten indicators over the whole panel.
    let normalized: Vec<Vec<f64>> = INDICATORS
        .iter()
        .zip(&ind_vals)
        .map(|((name, _, dir), x)| normalize(name, x, *dir, 1e-4).expect("generated indicators vary"))
        .collect();
    let dcp = composite(&normalized, &entropy_weights(&normalized));

    let mut out: Vec<(String, Vec<f64>, usize)> = Vec::new();
    let mut cee = vec![0.0; n];
    let mut share2 = vec![0.0; n];
    let mut share3 = vec![0.0; n];
    let mut co2 = vec![0.0; n];
    let mut energy = vec![0.0; n];
    let mut waste = [vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]];
    let (mut ciwb_pe, mut cee_avg, mut isu_avg) = (0.0, 0.0, 0.0);
    let (theta_cee, phi_isu) = (spec.effects.cee(), spec.effects.isu());
    for r in 0..n {
        let u = &us[unit_of[r]];
        let tf = f64::from(year_of[r] - 2011);
        let s1 = v["share1"][r];
        let s3 = v["share3"][r] + phi_isu[u.region] * dcp[r];
        let s2 = 1.0 - s1 - s3;
        share3[r] = s3;
        share2[r] = s2;
        let g = 0.75 + 0.8 * scale_effect(v["lngdp"][r]) + 0.3 * libm::tanh(v["ind_emp"][r] - 1.2) - 0.45 * u.coal
            + 0.03 * (v["green"][r] - 13.0)
            + 0.1 * (v["human"][r] - 13.3);
        cee[r] = (theta_cee[u.region] * dcp[r] + g + 0.06 * rng.normal()).max(0.05);
        co2[r] = v["gdp"][r] / cee[r];
        energy[r] = co2[r] / (2.0 + 0.5 * u.coal - 0.008 * tf + 0.05 * rng.normal());
        waste[0][r] = v["gdp"][r] * s2 * (8.0 - 0.35 * tf) * libm::exp(0.2 * rng.normal());
        waste[1][r] = energy[r] * (0.008 - 0.0006 * tf) * libm::exp(0.2 * rng.normal());
        waste[2][r] = energy[r] * (0.007 - 0.0004 * tf) * libm::exp(0.15 * rng.normal());
        waste[3][r] = energy[r] * (0.006 - 0.00035 * tf) * libm::exp(0.25 * rng.normal());
        let ciwb = co2[r] / v["population"][r] / v["life_expectancy"][r] * 100.0;
        ciwb_pe += -ciwb * theta_cee[u.region] / cee[r];
        cee_avg += theta_cee[u.region];
        isu_avg += phi_isu[u.region];
    }
    let nf = n as f64;
    let truth = TrueEffects {
        cee_by_region: theta_cee,
        cee_average: cee_avg / nf,
        ciwb_average_partial_effect: ciwb_pe / nf,
        isu_by_region: phi_isu,
        isu_average: isu_avg / nf,
        tfee_average_partial_effect: None,
        tfee_row_effects: Vec::new(),
    };
    let cee_effect: Vec<f64> = unit_of.iter().map(|&i| theta_cee[us[i].region]).collect();
    let isu_effect: Vec<f64> = unit_of.iter().map(|&i| phi_isu[us[i].region]).collect();
    for (k, (name, _, _)) in INDICATORS.iter().enumerate() {
        let decimals = if matches!(k, 1 | 2) { 0 } else { 4 };
        out.push((name.to_string(), ind_vals[k].clone(), decimals));
    }
    let take = |k: &str| v[k].clone();
    out.push(("gdp".into(), take("gdp"), 2));
    out.push(("population".into(), take("population"), 2));
    out.push(("co2".into(), co2, 2));
    out.push(("life_expectancy".into(), take("life_expectancy"), 2));
    out.push(("share1".into(), take("share1"), 5));
    out.push(("share2".into(), share2.clone(), 5));
    out.push(("share3".into(), share3, 5));
    out.push(("investment".into(), take("investment"), 2));
    out.push(("deflator".into(), take("deflator"), 3));
    out.push(("labour".into(), take("labour"), 2));
    out.push(("energy".into(), energy, 2));
    let [ww, so2, nox, dust] = waste;
    out.push(("wastewater".into(), ww, 2));
    out.push(("so2".into(), so2, 4));
    out.push(("nox".into(), nox, 4));
    out.push(("dust".into(), dust, 4));
    for c in CONTROLS {
        let vals = if c == "ind" { take("ind_emp") } else { take(c) };
        out.push((c.to_string(), vals, 6));
    }
    out.push(("er".into(), take("er"), 4));
    out.push(("telegraph1907".into(), take("telegraph1907"), 0));
    punch_holes(spec, &mut out, &mut rng);

    let generic = spec.units > 30;
    let mut csv = String::new();
    csv.push_str(if generic { "unit,region3,coastal,year" } else { "province,year" });
    for (name, _, _) in &out {
        csv.push(',');
        csv.push_str(name);
    }
    csv.push('\n');
    for r in 0..n {
        let u = &us[unit_of[r]];
        if generic {
            let region = ["east", "central", "west"][u.region];
            let _ = write!(csv, "{},{region},{},{}", u.label, u8::from(u.coastal), year_of[r]);
        } else {
            let _ = write!(csv, "{},{}", u.label, year_of[r]);
        }
        for (_, vals, d) in &out {
            if vals[r].is_nan() {
                csv.push(',');
            } else {
                let _ = write!(csv, ",{:.*}", *d, vals[r]);
            }
        }
        csv.push('\n');
    }
    Sample { csv, truth, cee, cee_effect, share2, isu_effect }
}

/// Blank a handful of interior cells (not first or last year), as real yearbook data have.
fn punch_holes(spec: &SampleSpec, out: &mut [(String, Vec<f64>, usize)], rng: &mut Rng) {
    if spec.years < 3 {
        return;
    }
    let targets = ["green", "er", "wastewater", "rd_intensity"];
    for name in targets {
        let Some((_, vals, _)) = out.iter_mut().find(|(n, _, _)| n == name) else { continue };
        for _ in 0..2 {
            let unit = rng.below(spec.units);
            let t = 1 + rng.below(spec.years - 2);
            vals[unit * spec.years + t] = f64::NAN;
        }
    }
}

/// The bundled sample file's text, compiled into the binary.
pub const BUNDLED_CSV: &str = include_str!("../../../sample_data/provinces_2011_2022.csv");

/// Name shown for the bundled sample (the window words it in its language from
/// [`BUNDLED_FILE`]).
pub const BUNDLED_NAME: &str = "provinces_2011_2022.csv (bundled synthetic sample)";

/// The bundled sample's file name.
pub const BUNDLED_FILE: &str = "provinces_2011_2022.csv";

/// The effects built into the bundled sample (its process at [`SampleSpec::default`], with the
/// TFEE effect measured), computed once.
pub fn bundled_truth() -> &'static TrueEffects {
    static TRUTH: std::sync::OnceLock<TrueEffects> = std::sync::OnceLock::new();
    TRUTH.get_or_init(|| super::sample_tfee::with_tfee_truth(generate(&SampleSpec::default())).truth)
}

/// The bundled sample as a panel.
pub fn bundled_panel() -> Panel {
    let imported = super::import::import_bytes(BUNDLED_CSV.as_bytes(), BUNDLED_NAME, &Default::default())
        .expect("the bundled sample imports without errors");
    imported.panel
}

/// Build a panel directly from a generated sample (used by benchmarks on big panels).
pub fn sample_panel(spec: &SampleSpec) -> Result<Panel, super::validation::Report> {
    let s = generate(spec);
    super::import::import_bytes(s.csv.as_bytes(), "generated sample", &Default::default()).map(|i| i.panel)
}
