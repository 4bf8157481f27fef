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

# 派生变量（DCP、CEE、CIWB、ISU、K、TFEE）的说明及其缺少的输入。
derived-divisor = { $divisor ->
        [co2] CO2
        [population] 人口或预期寿命
       *[other] { $divisor }
    }
derived-input-missing = { $rows } 行因输入缺失而缺失
derived-non-positive = { $rows } 行因{ $divisor }为零或负数而留空（第一个：{ $first }）
derived-overflow = { $rows } 行因比值超出 64 位浮点范围而留空（第一个：{ $first }）；请调整输入的量纲
derived-indicator-missing = { $rows } 行因指标缺失而缺失
derived-unscored = { $count } 个个体-年份没有得分：{ $status }
derived-not-mapped = { $role }（未对应到列）
derived-no-indicators = 指标（未对应任何列）
dmu-sbm = SBM 得分
dmu-super-sbm = 超效率 SBM 得分
dmu-missing = 数据缺失
dmu-too-few-units = 前沿上没有其他单元可比较
dmu-infeasible = 线性规划不可行
dmu-unbounded = 线性规划无界
dmu-solver-error = 求解失败
tfee-note-incomplete = { $total } 个个体-年份中有 { $missing } 个缺少投入或产出：没有得分，也不进入任何前沿
tfee-note-adjusted = { $column }：{ $count } 个零或负值被替换为 { $value }（= { $factor } × 最小正值）
capital-note-no-base-year = { $unit }：基年 { $year } 没有数据行；无资本存量
capital-note-bad-base = { $unit }：{ $year } 年的投资或价格缺失或不为正；无基期存量
capital-note-base-growth = { $unit }：投资增长率 g = { $g } 使 g + delta <= 0；基期存量 I0/(g + delta) 无定义
capital-note-missing-investment = { $unit }：{ $year } 年的投资或价格缺失；自 { $year } 年起存量缺失
capital-note-gap = { $unit }：{ $year } 年之前有缺失年份；自 { $year } 年起存量缺失
