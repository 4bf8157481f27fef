//! The measures' settings: which columns feed which measure, and how each is computed.
//!
//! [`MeasureSpec`] is part of the saved scenario. Its default is the study's set-up on the
//! bundled sample's column names (`sample_data/provinces_2011_2022.csv`).

use super::capital::CapitalSpec;
use super::index::{IndexSpec, IndicatorSpec};
use super::tfee::TfeeSpec;
use crate::engine::data::sample::INDICATORS;
use serde::{Deserialize, Serialize};

/// Which data columns hold the raw variables of the derived measures.
///
/// `None` means "not available": the measures that need it are skipped. The deflator is in
/// [`CapitalSpec`], and the TFEE inputs and outputs (labour, energy, bad outputs) in
/// [`TfeeSpec`], where they are chosen.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `indicators` | the sample's ten | columns with dimension and direction | index (DCP) indicators |
/// | `gdp` | `gdp` | numeric column | gross domestic product (CEE numerator) |
/// | `co2` | `co2` | numeric column | CO2 emissions (CEE, CIWB) |
/// | `population` | `population` | numeric column | population (CIWB) |
/// | `life_expectancy` | `life_expectancy` | numeric column | life expectancy in years (CIWB) |
/// | `share1`, `share2`, `share3` | `share1` .. `share3` | numeric columns | primary / secondary / tertiary output shares (ISU) |
/// | `investment` | `investment` | numeric column | gross fixed capital formation (capital stock `K`) |
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ColumnMap {
    /// Index indicators.
    pub indicators: Vec<IndicatorSpec>,
    /// GDP.
    pub gdp: Option<String>,
    /// CO2 emissions.
    pub co2: Option<String>,
    /// Population.
    pub population: Option<String>,
    /// Life expectancy.
    pub life_expectancy: Option<String>,
    /// Primary-sector share.
    pub share1: Option<String>,
    /// Secondary-sector share.
    pub share2: Option<String>,
    /// Tertiary-sector share.
    pub share3: Option<String>,
    /// Investment.
    pub investment: Option<String>,
}

impl Default for ColumnMap {
    /// The bundled sample's column names.
    fn default() -> Self {
        let s = |x: &str| Some(x.to_string());
        ColumnMap {
            indicators: INDICATORS.iter().map(|(c, d, dir)| IndicatorSpec::new(c, d, *dir)).collect(),
            gdp: s("gdp"),
            co2: s("co2"),
            population: s("population"),
            life_expectancy: s("life_expectancy"),
            share1: s("share1"),
            share2: s("share2"),
            share3: s("share3"),
            investment: s("investment"),
        }
    }
}

/// Every setting of the derived measures.
///
/// | name | default | range | meaning |
/// |---|---|---|---|
/// | `columns` | sample names | see [`ColumnMap`] | raw columns |
/// | `index` | entropy, whole panel, shift 0.0001 | see [`IndexSpec`] | DCP and its sub-indices |
/// | `capital` | delta 9.6%, first year, `deflator` | see [`CapitalSpec`] | capital stock `K` |
/// | `tfee` | K, labour, energy; gdp; four pollutants; CRS; per year | see [`TfeeSpec`] | TFEE |
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeasureSpec {
    /// Column mapping.
    pub columns: ColumnMap,
    /// Index settings.
    pub index: IndexSpec,
    /// Capital-stock settings.
    pub capital: CapitalSpec,
    /// TFEE settings.
    pub tfee: TfeeSpec,
}
