//! The study's tables and figures the battery reproduces, by number.

use serde::{Deserialize, Serialize};

/// One of the study's tables (3 to 11) or its maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TableId {
    /// Table 3: descriptive statistics (N, mean, sd, min, max).
    T3,
    /// Table 4: baseline (CEE and CIWB, with and without unit + year fixed effects).
    T4,
    /// Table 5: robustness I (PCA index, winsorized controls, squared controls).
    T5,
    /// Table 6: robustness II (K = 4 and K = 8).
    T6,
    /// Table 7: robustness III (SVM and gradient-boosting learners; IV with telegraph offices).
    T7,
    /// Table 8: mechanisms (TFEE and ISU on DCP; random forest and gradient boosting).
    T8,
    /// Table 9: heterogeneity I (coastal / inland).
    T9,
    /// Table 10: heterogeneity II (east / central / west).
    T10,
    /// Table 11: heterogeneity III (environmental regulation above / below the median).
    T11,
    /// The maps: CEE, CIWB and DCP by province in the first and last year.
    Maps,
}

impl TableId {
    /// Every table in the study's order.
    pub const ALL: [TableId; 10] = [
        TableId::T3,
        TableId::T4,
        TableId::T5,
        TableId::T6,
        TableId::T7,
        TableId::T8,
        TableId::T9,
        TableId::T10,
        TableId::T11,
        TableId::Maps,
    ];

    /// Short id used in file names and JSON (`table4`, `maps`).
    pub fn id(self) -> &'static str {
        match self {
            TableId::T3 => "table3",
            TableId::T4 => "table4",
            TableId::T5 => "table5",
            TableId::T6 => "table6",
            TableId::T7 => "table7",
            TableId::T8 => "table8",
            TableId::T9 => "table9",
            TableId::T10 => "table10",
            TableId::T11 => "table11",
            TableId::Maps => "maps",
        }
    }

    /// Short name for progress lines and plots (`Table 4`, `Maps`).
    pub fn short(self) -> &'static str {
        match self {
            TableId::Maps => "Maps",
            t => t.title().split('.').next().unwrap_or("Table"),
        }
    }

    /// Title as the study names it (English).
    pub fn title(self) -> &'static str {
        match self {
            TableId::T3 => "Table 3. Descriptive statistics",
            TableId::T4 => "Table 4. Baseline regression",
            TableId::T5 => "Table 5. Robustness I: PCA index, winsorized controls, squared controls",
            TableId::T6 => "Table 6. Robustness II: sample split K = 4 and K = 8",
            TableId::T7 => "Table 7. Robustness III: other learners and the instrument",
            TableId::T8 => "Table 8. Mechanisms",
            TableId::T9 => "Table 9. Heterogeneity I: coastal and inland",
            TableId::T10 => "Table 10. Heterogeneity II: east, central and west",
            TableId::T11 => "Table 11. Heterogeneity III: environmental regulation",
            TableId::Maps => "Maps: CEE, CIWB and DCP by province, first and last year",
        }
    }

    /// Title in `lang` (Chinese: 表 4 基准回归结果, as Chinese journals title tables).
    pub fn title_in(self, lang: crate::locale::Lang) -> String {
        let id = match self {
            TableId::T3 => "title-table3",
            TableId::T4 => "title-table4",
            TableId::T5 => "title-table5",
            TableId::T6 => "title-table6",
            TableId::T7 => "title-table7",
            TableId::T8 => "title-table8",
            TableId::T9 => "title-table9",
            TableId::T10 => "title-table10",
            TableId::T11 => "title-table11",
            TableId::Maps => "title-maps",
        };
        crate::locale::fluent::message(lang, id, None)
    }

    /// True for the heterogeneity tables, which carry difference tests.
    pub fn has_differences(self) -> bool {
        matches!(self, TableId::T9 | TableId::T10 | TableId::T11)
    }
}

impl std::fmt::Display for TableId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}
