//! Help texts: the study, the methods and the keyboard shortcuts, in both languages.

use super::i18n::Lang;

/// "About the study".
pub fn study(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "The study asks whether computing-power development (DCP) in China's provinces raises \
carbon economic efficiency (CEE = GDP / CO2) and lowers welfare carbon intensity \
(CIWB = CO2 per person / life expectancy x 100), on a panel of 30 provinces, 2011-2022 \
(Tibet, Hong Kong, Macao and Taiwan excluded).\n\n\
DCP is a composite index of ten indicators in four dimensions (computing industry, technology, \
environment, application), weighted by the entropy-weight method.\n\n\
The effect is estimated with double machine learning: a partially linear model with random-forest \
learners and 5-fold cross-fitting. Mechanisms: total-factor energy efficiency (TFEE, from a \
super-efficiency SBM model with undesirable outputs) and industrial structure upgrading (ISU). \
Robustness: a PCA-based index, winsorized and squared controls, K = 4 and 8, SVM and gradient-boosting \
learners, and an instrument (telegraph offices in 1907 x lagged DCP). Heterogeneity: coastal / inland, \
east / central / west, strong / weak environmental regulation.\n\n\
The bundled data are SYNTHETIC: generated with known true effects so that you can watch DML recover \
them (see sample_data/README.md). Open your own CSV to analyse real data."
        }
        Lang::Zh => {
            "本研究考察中国省级算力发展（DCP）能否提升碳排放经济绩效（CEE = GDP / CO2）并降低福利碳强度\
（CIWB = 人均碳排放 / 人均预期寿命 × 100），样本为 2011—2022 年 30 个省份（不含西藏、香港、澳门和台湾）。\n\n\
DCP 由算力产业、算力技术、算力环境、算力应用四个维度的十个指标构成，采用熵权法赋权。\n\n\
效应采用双重机器学习估计：部分线性模型、随机森林学习器、5 折交叉拟合。机制变量为全要素能源利用效率\
（TFEE，由含非期望产出的超效率 SBM 模型测算）和产业结构升级（ISU）。稳健性检验包括主成分法指数、\
控制变量缩尾与二次项、K = 4 与 8、支持向量机与梯度提升学习器，以及工具变量（1907 年电报局数量 × 滞后一期 DCP）。\
异质性分析按沿海 / 内陆、东部 / 中部 / 西部、环境规制强 / 弱分组。\n\n\
内置数据为模拟数据：按已知的真实效应生成，便于观察 DML 能否还原真实效应（见 sample_data/README.md）。\
分析真实数据请打开您自己的 CSV 文件。"
        }
    }
}

/// "About the methods".
pub fn methods(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "Partially linear model: Y = theta D + g(X) + e, D = m(X) + v.\n\n\
Double machine learning fits l(X) = E[Y|X] and m(X) = E[D|X] with a flexible learner on K-1 folds and \
predicts the held-out fold (cross-fitting), so every row's prediction comes from a model that never saw it. \
With V = D - m^(X) and W = Y - l^(X), theta^ = sum V W / sum V^2, and its standard error comes from the \
score (DML2, pooled over folds).\n\n\
Entropy weights: indicators are min-max normalized by direction, p_ij = x'_ij / sum_i x'_ij, \
e_j = -(1/ln n) sum_i p_ij ln p_ij, w_j = (1 - e_j) / sum_k (1 - e_k).\n\n\
Stars mark significance at 10% (*), 5% (**) and 1% (***); t statistics are in parentheses."
        }
        Lang::Zh => {
            "部分线性模型：Y = θD + g(X) + e，D = m(X) + v。\n\n\
双重机器学习用灵活的学习器在 K-1 折样本上拟合 l(X) = E[Y|X] 与 m(X) = E[D|X]，并对留出的一折进行预测\
（交叉拟合），因此每一行的预测都来自没有见过该行的模型。令 V = D - m^(X)，W = Y - l^(X)，\
则 θ^ = Σ V W / Σ V²，其标准误由得分函数计算（DML2，各折汇总）。\n\n\
熵权法：各指标按方向进行极差标准化，p_ij = x'_ij / Σ_i x'_ij，e_j = -(1/ln n) Σ_i p_ij ln p_ij，\
w_j = (1 - e_j) / Σ_k (1 - e_k)。\n\n\
星号表示显著性水平：10%（*）、5%（**）、1%（***）；括号内为 t 值。"
        }
    }
}

/// "Keyboard shortcuts".
pub fn shortcuts(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "Ctrl+O   open a CSV file\n\
Ctrl+S   save the scenario\n\
Ctrl+R / F5   re-estimate now\n\
Ctrl+1 ... Ctrl+8   switch view\n\
Ctrl++ / Ctrl+- / Ctrl+0   zoom in / out / actual size\n\
Esc   cancel a running estimate"
        }
        Lang::Zh => {
            "Ctrl+O   打开 CSV 文件\n\
Ctrl+S   保存情景\n\
Ctrl+R / F5   立即重新估计\n\
Ctrl+1 … Ctrl+8   切换视图\n\
Ctrl++ / Ctrl+- / Ctrl+0   放大 / 缩小 / 原始大小\n\
Esc   取消正在进行的估计"
        }
    }
}
