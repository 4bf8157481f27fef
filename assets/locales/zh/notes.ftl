# 估计结果的脚注（结果视图、run 的摘要、表格）。

note-sample = 样本：{ $filter }（{ $total } 行中的 { $rows } 行）。
note-interpolate = { $column }：按单位内线性插值补齐 { $cells } 处内部缺失。
note-lag = { $column } 为上一年的值；{ $cells } 行没有上一年的值，已删除。
note-winsorize = { $column } 已缩尾：{ $cells } 个值被截断。
note-dropped = 因缺失值删除 { $total } 行（{ $by }）。
note-instrument-unused = PLR 不使用工具变量。
note-fold-column-repeats = 分折列在每次重复中给出相同的分折。
note-cluster-unit = 标准误按单位聚类；按单位分折（DoubleML 的聚类分折）。
note-cluster-unit-year = 标准误按单位与年份双向聚类；由单位与年份分折得到 { $k } × { $k } = { $folds } 折（DoubleML）。
note-unit-year-dummies = 单位与年份固定效应以虚拟变量引入：每个单位-年份只有一行，单位 × 年份虚拟变量会完全拟合每一行，因此原研究的交互固定效应以两组主效应近似。
note-data-changed = 数据与保存情景时的文件不同（哈希 { $saved }，现为 { $now }）。
filter-east = 东部
filter-central = 中部
filter-west = 西部
filter-coastal = 沿海
filter-inland = 内陆
filter-units = 单位 { $units }
filter-all-rows = 全部行

# A learner's remark about its fit, after the estimate's notes: "l (Lasso (5-fold CV)): Lasso: ...".
learner-remark = { $nuisance }（{ $learner }）：{ $remark }
remark-ols-collinear = OLS：控制变量存在共线性（{ $columns } 列的秩为 { $rank }），已采用最小范数解
remark-lasso-not-converged = Lasso：坐标下降达到 max_iter = { $max_iter } 时停止，对偶间隙尚未达到容差；请增大 max_iter
remark-lasso-all-zero = Lasso：所选惩罚参数（{ $alpha }）使全部系数为零
remark-svr-not-converged = SVR：求解器达到迭代上限（{ $iterations } 次）时停止，KKT 违背量 { $violation } 仍高于容差 { $tol }；请增大 max_iter 或 tol
