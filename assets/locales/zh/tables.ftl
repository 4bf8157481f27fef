# 结果表：按中文经济学期刊的惯例排版的行名、单元格用语与表注。

table-treatment = 处理变量
table-specification = 设定
table-controls = 控制变量
table-yes = 是
table-no = 否
table-winsorized = 缩尾
table-squares = 含平方项
table-fixed-effects = 固定效应
table-instrument = 工具变量
table-n = 观测值
table-learner = 学习器
table-k = 折数 K
table-repetitions = 重复次数
table-difference = 组间差异 { $a } − { $b }
fe-none = 否
fe-unit = 个体
fe-year = 年份
fe-unit-year = 个体 + 年份
fe-within = 个体（组内变换）
learner-rf = 随机森林
learner-gbm = 梯度提升
learner-svm = 支持向量机
learner-lasso = Lasso
learner-ols = OLS
table-note-significance = 注：***、**、* 分别表示在 1%、5%、10% 的水平上显著；括号内为 t 值。
table-note-differences = 组间差异行：θ_a − θ_b 列于组 a 之下，括号内为 z = 差值 / sqrt(se_a^2 + se_b^2)。
table-note-unit-year = 个体 + 年份固定效应：即原研究的省份 × 年份效应，以个体与年份虚拟变量引入。
table-note-describe = 标准差为样本标准差（n - 1）；缺失值不计入。

# 工具变量行（结果表、表 7）。
iv-variance = 方差估计
iv-f-robust = 第一阶段 F 值（稳健）
iv-f-nonrobust = 第一阶段 F 值（非稳健）
iv-ar-95 = AR 95% 置信集
iv-tf-95 = tF 95% 置信区间
iv-note = 工具变量行：各统计量均使用“方差估计”行的方差（HC0 为异方差稳健、观测相互独立；聚类为聚类稳健，与标准误一致）。第一阶段 F 值（稳健）：按该方差计算的残差化第一阶段 Wald F；单一工具变量时即 Kleibergen-Paap rk Wald F 与 Montiel Olea-Pflueger 有效 F。非稳健 F：独立同分布误差。AR：同一方差下的 Anderson-Rubin 置信集。tF：Lee、McCrary、Moreira 与 Porter（2022）的区间 θ ∓ c(F) se，方括号内为 c(F)。
variance-hc0 = HC0
variance-cluster-unit = 聚类：个体（{ $counts }）
variance-cluster-unit-year = 聚类：个体 × 年份（{ $counts }）
variance-small-sample = { " " }+ 小样本校正（{ $which }）
set-empty = 空集

# 表 3（描述性统计）表头。
describe-n = 观测值
describe-mean = 均值
describe-sd = 标准差
describe-min = 最小值
describe-max = 最大值

# 原研究的各表。
title-table3 = 表 3 描述性统计
title-table4 = 表 4 基准回归结果
title-table5 = 表 5 稳健性检验（一）：主成分指数、缩尾控制变量、控制变量平方项
title-table6 = 表 6 稳健性检验（二）：样本分割 K = 4 与 K = 8
title-table7 = 表 7 稳健性检验（三）：其他学习器与工具变量
title-table8 = 表 8 机制检验
title-table9 = 表 9 异质性分析（一）：沿海与内陆
title-table10 = 表 10 异质性分析（二）：东部、中部与西部
title-table11 = 表 11 异质性分析（三）：环境规制
title-maps = 地图：各省 CEE、CIWB 与 DCP，首末年份
title-estimate = 估计结果

# 各表每一列所改变的设定。
variant-describe = 描述性统计
variant-no-fe = 无固定效应
variant-unit-year-fe = 个体 + 年份固定效应
variant-your-fe = 当前固定效应设定
variant-pca-index = 主成分指数
variant-winsorized = 控制变量缩尾
variant-squared = 控制变量平方项
variant-svm = 支持向量机
variant-gbm = 梯度提升
variant-rf = 随机森林
variant-iv = 工具变量
variant-coastal = 沿海
variant-inland = 内陆
variant-east = 东部
variant-central = 中部
variant-west = 西部
variant-er-above = 环境规制高于中位数
variant-er-below = 环境规制低于中位数
variant-first-year = 首年
variant-last-year = 末年

# 学习器名称（模型视图中的学习器选项）。
learner-kind-ols = OLS
learner-kind-lasso = Lasso（交叉验证）
learner-kind-forest = 随机森林
learner-kind-boosting = 梯度提升
learner-kind-svr = 支持向量回归（SVR）
learner-desc-lasso = Lasso（交叉验证，{ $folds } 折）
learner-desc-forest = 随机森林（{ $trees } 棵树）
learner-desc-boosting = 梯度提升（{ $trees } 棵树，学习率 { $lr }，深度 { $depth }）
learner-desc-forest-hist = 随机森林（{ $trees } 棵树，直方图）
learner-desc-boosting-hist = 梯度提升（{ $trees } 棵树，学习率 { $lr }，深度 { $depth }，直方图）
learner-desc-svr = 支持向量回归（RBF 核，C { $c }，ε { $epsilon }）

# A scenario or estimate without a name, by its outcome and treatment ("CEE on DCP").
label-outcome-on-treatment = { $outcome } 对 { $treatment }
