//! Definitions of the derived variables, in English and Chinese, for the app's help and tooltips.

/// The definition of one derived variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Definition {
    /// Column name (`DCP_<dimension>` stands for every sub-index).
    pub name: &'static str,
    /// Title in English.
    pub title_en: &'static str,
    /// Title in Chinese.
    pub title_zh: &'static str,
    /// Formula, in plain text.
    pub formula: &'static str,
    /// Explanation in English.
    pub text_en: &'static str,
    /// Explanation in Chinese.
    pub text_zh: &'static str,
    /// Source of the definition.
    pub source: &'static str,
}

/// Every derived variable, in the order [`super::derive::add_derived`] computes them.
pub const DEFINITIONS: [Definition; 7] = [
    Definition {
        name: "DCP",
        title_en: "Computing-power development index",
        title_zh: "算力发展水平",
        formula: "x' = (x - min)/(max - min) + 0.0001 (negative indicators: (max - x)/(max - min) + 0.0001); \
                  p_ij = x'_ij / sum_i x'_ij; e_j = -(1/ln n) sum_i p_ij ln p_ij; w_j = (1 - e_j) / sum_k (1 - e_k); \
                  DCP_i = sum_j w_j x'_ij",
        text_en: "Composite of ten indicators in four dimensions (computing industry, technology, environment, \
                  application), min-max normalized by direction and weighted by the entropy-weight method; in [0, 1], \
                  larger means more developed. The Index view offers PCA, equal, manual and two-level weights instead.",
        text_zh: "由算力产业、算力技术、算力环境、算力应用四个维度十个指标构成，按指标方向极差标准化后用熵权法加权求和，\
                  取值在 0 到 1 之间，越大表示算力发展水平越高。指数视图中可改用主成分、等权、手动或两级权重。",
        source: "The study, section on the core explanatory variable and Table 1",
    },
    Definition {
        name: "DCP_<dimension>",
        title_en: "Computing-power sub-index of one dimension",
        title_zh: "算力发展分维度指数",
        formula: "DCP_d,i = sum_{j in d} (w_j / W_d) x'_ij, W_d = sum_{j in d} w_j",
        text_en: "The index restricted to one dimension's indicators, with their weights rescaled to sum to 1, so \
                  that DCP = sum_d W_d DCP_d.",
        text_zh: "只用某一维度的指标计算的指数，维度内权重重新归一，因而 DCP = Σ_d W_d · DCP_d。",
        source: "SPEC §3",
    },
    Definition {
        name: "CEE",
        title_en: "Carbon economic efficiency",
        title_zh: "碳经济效率",
        formula: "CEE = GDP / CO2",
        text_en: "Output per unit of CO2 emitted: higher means more output for the same emissions.",
        text_zh: "单位二氧化碳排放的地区生产总值，越高表示同样排放带来的产出越多。",
        source: "The study, eq. (7)",
    },
    Definition {
        name: "CIWB",
        title_en: "Welfare carbon intensity",
        title_zh: "福利碳强度（碳排放福利绩效）",
        formula: "CIWB = (CO2 / population) / life expectancy x 100",
        text_en: "Per-capita CO2 emissions per year of life expectancy, times 100: lower means more well-being for \
                  the carbon emitted.",
        text_zh: "人均碳排放量与人均预期寿命之比再乘以 100，越低表示单位碳排放带来的福利越高。",
        source: "The study, eq. (8)",
    },
    Definition {
        name: "ISU",
        title_en: "Industrial structure upgrading",
        title_zh: "产业结构升级",
        formula: "ISU = 1 x share1 + 2 x share2 + 3 x share3",
        text_en: "Industrial-structure level coefficient: output shares of the primary, secondary and tertiary \
                  sectors weighted 1, 2, 3; rises as output moves to higher sectors.",
        text_zh: "产业结构层次系数：第一、二、三产业产值占比分别乘以 1、2、3 后相加，产出向高层次产业转移时上升。",
        source: "The study, eq. (9), after Wang Wei et al. (2015)",
    },
    Definition {
        name: "K",
        title_en: "Capital stock (perpetual inventory)",
        title_zh: "资本存量（永续盘存法）",
        formula: "K_t = (1 - delta) K_{t-1} + I_t; K_base = I_base / (g + delta); delta = 9.6%; \
                  I deflated to base-year prices; g = average growth of real investment over the first 5 years",
        text_en: "Real capital stock built from investment: each year's stock is last year's after depreciation \
                  plus this year's real investment. An input of TFEE.",
        text_zh: "由投资按永续盘存法累积的实际资本存量：本年存量等于上年存量折旧后加本年实际投资，是全要素能源效率的投入之一。",
        source: "The study (K_it = (1 - delta) K_it-1 + I_it); Zhang Jun et al. (2004) for delta = 9.6%",
    },
    Definition {
        name: "TFEE",
        title_en: "Total-factor energy efficiency",
        title_zh: "全要素能源利用效率",
        formula: "SBM with undesirable outputs (Tone 2004) per unit-year; super-efficiency SBM (Tone 2002) for \
                  efficient units; inputs K, labour, energy; good output GDP; bad outputs pollutants",
        text_en: "Non-radial efficiency of turning capital, labour and energy into GDP with few pollutants, \
                  measured against the best practice of the same year. Below 1: inefficient; 1 or above: on the \
                  frontier, ranked by how far it could worsen and stay efficient.",
        text_zh: "基于非期望产出的（超效率）SBM 模型测算的效率：以资本、劳动、能源为投入，GDP 为期望产出，污染物为非期望产出，\
                  以同年最佳实践为前沿。小于 1 为无效率，大于等于 1 为有效并按超效率排序。",
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
    fn every_derived_name_has_a_definition() {
        use super::super::derive::{CEE, CIWB, DCP, ISU, K, TFEE};
        for n in [DCP, CEE, CIWB, ISU, K, TFEE, "DCP_industry"] {
            let d = definition(n).unwrap();
            assert!(!d.text_zh.is_empty() && !d.formula.is_empty());
        }
        assert!(definition("gdp").is_none());
    }
}
