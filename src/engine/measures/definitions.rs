//! Definitions of the derived variables for the app's help and tooltips: the formula and the
//! source here, the title and the explanation in `assets/locales/<lang>/definitions.ftl`.

/// The definition of one derived variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Definition {
    /// Column name (`DCP_<dimension>` stands for every sub-index).
    pub name: &'static str,
    /// Message id of the title (`assets/locales/<lang>/definitions.ftl`).
    pub title: &'static str,
    /// Formula, in plain text.
    pub formula: &'static str,
    /// Message id of the explanation.
    pub text: &'static str,
    /// Source of the definition.
    pub source: &'static str,
}

/// Every derived variable, in the order [`super::derive::add_derived`] computes them.
pub const DEFINITIONS: [Definition; 7] = [
    Definition {
        name: "DCP",
        title: "definition-dcp-title",
        formula: "x' = (x - min)/(max - min) + 0.0001 (negative indicators: (max - x)/(max - min) + 0.0001); \
                  p_ij = x'_ij / sum_i x'_ij; e_j = -(1/ln n) sum_i p_ij ln p_ij; w_j = (1 - e_j) / sum_k (1 - e_k); \
                  DCP_i = sum_j w_j x'_ij",
        text: "definition-dcp-text",
        source: "The study, section on the core explanatory variable and Table 1",
    },
    Definition {
        name: "DCP_<dimension>",
        title: "definition-dcp-dimension-title",
        formula: "DCP_d,i = sum_{j in d} (w_j / W_d) x'_ij, W_d = sum_{j in d} w_j",
        text: "definition-dcp-dimension-text",
        source: "SPEC §3",
    },
    Definition {
        name: "CEE",
        title: "definition-cee-title",
        formula: "CEE = GDP / CO2",
        text: "definition-cee-text",
        source: "The study, eq. (7)",
    },
    Definition {
        name: "CIWB",
        title: "definition-ciwb-title",
        formula: "CIWB = (CO2 / population) / life expectancy x 100",
        text: "definition-ciwb-text",
        source: "The study, eq. (8)",
    },
    Definition {
        name: "ISU",
        title: "definition-isu-title",
        formula: "ISU = 1 x share1 + 2 x share2 + 3 x share3",
        text: "definition-isu-text",
        source: "The study, eq. (9), after Wang Wei et al. (2015)",
    },
    Definition {
        name: "K",
        title: "definition-k-title",
        formula: "K_t = (1 - delta) K_{t-1} + I_t; K_base = I_base / (g + delta); delta = 9.6%; \
                  I deflated to base-year prices; g = average growth of real investment over the first 5 years",
        text: "definition-k-text",
        source: "The study (K_it = (1 - delta) K_it-1 + I_it); Zhang Jun et al. (2004) for delta = 9.6%",
    },
    Definition {
        name: "TFEE",
        title: "definition-tfee-title",
        formula: "SBM with undesirable outputs (Tone 2004) per unit-year; super-efficiency SBM (Tone 2002) for \
                  efficient units; inputs K, labour, energy; good output GDP; bad outputs pollutants",
        text: "definition-tfee-text",
        source: "The study, mechanism variables and Table 2; Tone (2001, 2002, 2004)",
    },
];

/// The definition of the derived column `name` (`DCP_<anything>` gives the sub-index entry).
pub fn definition(name: &str) -> Option<&'static Definition> {
    DEFINITIONS
        .iter()
        .find(|d| d.name == name)
        .or_else(|| name.strip_prefix("DCP_").filter(|rest| !rest.is_empty()).and_then(|_| DEFINITIONS.get(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_definition_is_worded_in_both_languages() {
        use crate::locale::{Lang, fluent};
        for d in &DEFINITIONS {
            for id in [d.title, d.text] {
                assert!(fluent::has(Lang::En, id) && fluent::has(Lang::Zh, id), "{id}");
                assert_ne!(fluent::message(Lang::En, id, None), fluent::message(Lang::Zh, id, None), "{id}");
            }
        }
        assert_eq!(fluent::message(Lang::Zh, DEFINITIONS[2].title, None), "碳经济效率");
    }

    #[test]
    fn every_derived_name_has_a_definition() {
        use super::super::derive::{CEE, CIWB, DCP, ISU, K, TFEE};
        for n in [DCP, CEE, CIWB, ISU, K, TFEE, "DCP_industry"] {
            let d = definition(n).unwrap();
            assert!(!d.formula.is_empty() && !d.source.is_empty());
        }
        assert!(definition("gdp").is_none());
    }
}
