# 估计、学习器、分组与实验室的错误：出了什么问题，该怎么做。
# $what、$role 与 $cluster 是代码传入的关键字，由下面的选择表达式翻译。

# 消息中用到的词。
error-role = { $role ->
        [outcome] 被解释变量
        [treatment] 处理变量
        [instrument] 工具变量
        [control] 控制变量
        [fold_column] 折编号列
        [mediator] 中介变量（或处理变量）
       *[other] { $role }
    }
error-cluster-column = { $what ->
        [unit] 个体
        [year] 年份
       *[other] { $what }
    }
error-clusters = { $what ->
        [units] 个个体
        [years] 个年份
       *[other] { $what }
    }
error-cancelled = 已取消

# 设置允许的取值。
allowed-between = 应在 { $lo } 到 { $hi } 之间
allowed-at-least = 至少为 { $n }
allowed-at-least-one-or-none = 至少为 1，或不限
allowed-positive = 应为正数
allowed-non-negative = 应为零或正数
allowed-fraction = 应为 (0, 1] 内的比例
allowed-open-unit = 应为 (0, 1) 内的数
allowed-gamma = 应为正数、scale 或 auto
allowed-instrument-needed = PLIV 需要一个工具变量
allowed-fold-column-needed = 设计中没有折编号列
allowed-two-way-own-folds = 双向聚类自行按“个体 × 年份”分折；请选择随机分折或按个体分折
allowed-mediator-complete = 中介变量在估计样本上必须完整（样本第 { $row } 行没有取值）；请先插补或筛选
allowed-lab-fold-scheme = 实验室只支持随机分折或按个体分折
allowed-lab-cluster = 实验室只支持按个体聚类或不聚类
allowed-nonlinear-no-units = 非线性过程没有个体：请不聚类并随机分折

# 学习器。
learner-invalid-setting = 设置 { $name } = { $value } 无效：{ $allowed }
learner-no-rows = 没有可用于拟合的行：样本（或某个交叉拟合折）为空
learner-too-few-rows = 拟合所需的行太少：给出 { $got } 行，至少需要 { $need } 行（请减少折数或扩大样本）
learner-non-finite-feature = 第 { $row } 行第 { $column } 个特征的值 { $value } 不是有限数：拟合前请删除或填补缺失值
learner-non-finite-target = 第 { $row } 行目标变量的值 { $value } 不是有限数：拟合前请删除或填补缺失值
learner-constant-target = 目标变量在训练行上为常数（{ $value }）：没有可学习的内容
learner-length-mismatch = 目标变量有 { $y_len } 个值，而特征矩阵有 { $x_rows } 行：每行应对应一个目标值
learner-row-out-of-range = 第 { $row } 行不存在：特征矩阵只有 { $n_rows } 行
learner-column-mismatch = 模型拟合时有 { $fitted } 个特征，现在给出 { $given } 个：请使用相同的控制变量预测
learner-not-available = 学习器 { $name } 暂不可用

# 估计。
dml-learner = 拟合 { $nuisance }（第 { $rep } 次重复，第 { $fold } 折）失败：{ $error }
dml-non-finite-prediction = { $nuisance } 学习器对第 { $row } 行给出了非有限的预测值（{ $value }）：请检查数据中的极端值
dml-too-few-rows = { $rows } 个可用行不足以分为 { $folds } 折：请减少折数或扩大样本
dml-empty-fold = 第 { $fold } 折有 { $test } 个测试行和 { $train } 个训练行：每一折两者都需要
dml-degenerate-score = 得分函数不含 theta 的信息（psi_a 的均值 = { $value }）：{ $what }完全由控制变量解释；请减少控制变量或固定效应
dml-no-cluster-column = 按{ $what }聚类的稳健标准误需要{ $what }列；当前数据是截面数据
dml-fold-column-splits-cluster = 折编号列“{ $column }”把个体“{ $unit }”的行分到了不同的折；聚类时每个个体必须在同一折中
dml-too-few-clusters = { $clusters } { $what }不足以分为 { $folds } 折：请减少折数
dml-setting = 设置 { $name } = { $value } 无效：{ $allowed }

# 构建估计数组。
design-unknown-column = 没有列“{ $name }”（{ $role }）；可用的列：{ $available }
design-not-numeric = 列“{ $name }”（{ $role }）不是数值：请选择数值列
design-no-index = { $what }固定效应需要{ $what }列；当前数据是截面数据（请选择不加固定效应）
design-too-many-dummies = { $count } 个固定效应虚拟变量太多（最多 { $max } 个）：请使用组内变换
design-no-rows = 没有完整的行：每一行都缺少某个值（{ $detail }）；请选择其他列或插补缺口

# 分组与机制。
analysis-group-not-numeric = 分组列“{ $column }”：不是数值列
analysis-group-too-many-values = 分组列“{ $column }”：有 { $count } 个不同取值；请使用阈值分组
analysis-group-no-values = 分组列“{ $column }”：样本中没有取值

# 实验室。
simulate-setting = { $name } = { $value }：{ $allowed }
simulate-data = 无法准备模拟样本：{ $error }
simulate-replication = 第 { $replication } 次重复：{ $error }

# 研究组合检验与设定曲线。
study-baseline = 基准情景与数据不符；请先修正（模型视图或情景文件）：{ $errors }
study-pca-index = PCA 指数：{ $error }
curve-folds = K = { $k } 不在 2 到 20 之间
curve-too-many = { $count } 个设定超过上限 { $max }；请取消勾选部分选项
curve-parse = 设定曲线“{ $key }={ $value }”：{ $expected }
curve-expected-key-value = 请写成 键=值,值（键：model、learners、k、index、winsor、squares、fe、folds）
curve-expected-model = 应为 plr 或 pliv
curve-expected-learner = 应为 ols、lasso、rf、gbm、svr 之一
curve-expected-folds = 应为 2 到 20 之间的整数折数
curve-expected-index = 应为 entropy 或 pca
curve-expected-yes-no = 应为 yes 或 no
curve-expected-fixed-effects = 应为 none、unit、year、unit-year 或 within
curve-expected-key = 未知的键；可用 model、learners、k、index、winsor、squares、fe、folds

# 写出报告文件。
report-io = { $path }：{ $error }（请检查目录是否可写、磁盘是否已满）
report-latex-unbalanced = tables.tex 的括号不配对：{ $detail }

# 变量变换。
transform-what = { $what ->
        [lag] 滞后
        [interpolate] 插补
       *[other] { $what }
    }
transform-non-positive = 对“{ $column }”取对数：{ $count } 个值为零或负数（第一个：{ $first } = { $value }）；取对数需要正值
transform-no-column = 变换“{ $column }”：没有这个名称的数值列
transform-not-a-panel = { $what }需要个体列和年份列；当前数据是截面数据
transform-duplicate-unit-year = { $what }：个体“{ $unit }”在 { $year } 年有两行；请先删除重复的个体-年份
transform-percentiles = 缩尾百分位 { $lower } / { $upper }：需要 0 <= 下限 < 上限 <= 100
transform-no-instrument = 工具变量 × 滞后处理变量需要一个工具变量

# 派生指标：综合指数及其权重、TFEE 与资本存量。
composite-no-indicators = 没有指标：请为指数至少选择一列
composite-missing-column = 数据中没有列“{ $name }”：请检查指标名称（区分大小写）
composite-not-numeric = 列“{ $name }”不是数值：指数的指标必须是数字
composite-duplicate = 指标“{ $name }”列出了两次
composite-no-year-column = 逐年标准化需要年份列；数据中没有
composite-no-dimension = 两级赋权需要为每个指标指定维度；“{ $name }”没有维度
composite-two-level-pca = 两级赋权在维度内只能用熵值法、等权或手动权重，不能用 PCA
composite-entropy = 熵值法权重：{ $error }
composite-pca = PCA：{ $error }
tfee-no-inputs = TFEE 至少需要一个投入列（资本、劳动、能源）
tfee-no-good-outputs = TFEE 至少需要一个期望产出列（GDP）
tfee-duplicate = 列“{ $name }”在 TFEE 的投入和产出中用了两次
tfee-missing-column = 数据中没有列“{ $name }”：请把 TFEE 的投入和产出对应到已有的列
tfee-not-numeric = 列“{ $name }”不是数值：TFEE 的投入和产出必须是数字
tfee-no-values = 列“{ $name }”没有值：每个单元格都缺失
tfee-no-year-column = 逐年前沿需要年份列；截面数据请使用全局前沿
tfee-non-positive = 列“{ $column }”有 { $count } 个零或负值（第一个：{ $at } 的 { $value }）；SBM 要除以每个投入和产出：请修正数据或选择“小正数调整”
tfee-cancelled = TFEE 在全部线性规划求解完成前已停止；未保留任何得分
tfee-no-positive = 列“{ $name }”没有正值：“小正数调整”没有可参照的数值
entropy-no-indicators = 没有指标：请为指数至少选择一列
entropy-too-few-rows = 只有 { $n } 行的所有指标都有值；熵值法权重至少需要 2 行：请填补缺失值或去掉部分指标
entropy-negative = 第 { $indicator } 个指标在第 { $row } 行的标准化值为负（{ $value }）：熵值法需要非负值
entropy-zero-column = 第 { $n } 个指标在所有完整行上都为零：其比重无定义；请使用正的平移量
normalize-all-missing = 指标“{ $name }”没有值：每个单元格都缺失；请去掉它或对应到另一列
normalize-constant = 指标“{ $name }”为常数（{ $value }）：不含信息，无法做极差标准化；请去掉它
normalize-all-missing-in-year = 指标“{ $name }”在 { $year } 年没有值：请改为对整个面板标准化，或补齐该年
normalize-constant-in-year = 指标“{ $name }”在 { $year } 年为常数（{ $value }）：无法在该年内做极差标准化；请改为对整个面板标准化
normalize-bad-shift = 平移量必须是零或有限的正数，实际为 { $value }
normalize-infinite = 指标“{ $name }”在第 { $row } 行有无穷值（{ $value }）；请修正或删除
weights-negative = “{ $name }”的权重为负（{ $value }）；权重必须为零或正数
weights-not-finite = “{ $name }”的权重不是有限数（{ $value }）
weights-all-zero = 所有权重都为零：请至少给一个指标正的权重
weights-missing = 没有给出“{ $name }”的权重：请为每个指标（或维度）给出权重
weights-unknown = 给出了“{ $name }”的权重，但它不是指数的指标（或维度）
pca-no-indicators = 没有指标：请为指数至少选择一列
pca-too-few-rows = 只有 { $n } 行的所有指标都有值；PCA 至少需要 2 行：请填补缺失值或去掉部分指标
pca-constant = 第 { $indicator } 个指标在所有指标都有值的行上为常数（{ $value }）：无法标准化；请去掉它
pca-no-convergence = 相关矩阵的特征分解没有收敛；请检查指标中的极端值
pca-constant-score = 所有 PCA 得分都相同：指数无法缩放到 [0, 1]
capital-bad-delta = 折旧率必须在 0 和 1 之间（不含端点），实际为 { $value }
capital-bad-growth-years = growth_years 必须在 1 到 50 之间，实际为 { $n }
capital-not-a-panel = 永续盘存法需要含个体列和年份列的面板
capital-missing-column = 数据中没有数值列“{ $name }”
lp-infeasible = 线性规划不可行
lp-unbounded = 线性规划无界
lp-solver = 线性规划求解失败：{ $name }

# Sharded runs (--shard I/N) and carbon-dml merge.
shard-form = --shard“{ $value }”的格式应为 I/N（例如 2/3）
shard-range = --shard { $index }/{ $count }：I 须在 1 到 N 之间，N 须在 1 到 10000 之间
merge-problems = 无法合并分片（{ $count } 个问题）：
merge-unreadable = 无法读取 { $file }（{ $error }）
merge-not-a-slice = { $file } 不是 carbon-dml 的分片文件（{ $detail }）；请传入 `--shard` 写出的文件
merge-format-version = { $file } 的分片格式版本为 { $found }，本程序读取版本 { $supported }；请用本程序重新计算分片
merge-mixed = { $file } 是 `{ $command }` 的分片，而 { $first } 是 `{ $first_command }` 的分片；请分别合并各命令的分片
merge-version = { $file } 由 carbon-dml { $found } 写出，{ $first } 由 { $expected } 写出；请用同一版本计算所有分片
merge-seed = { $file } 的种子为 { $found }，{ $first } 的种子为 { $expected }；请用相同的 --seed 计算所有分片
merge-data = { $file } 与 { $first } 所用数据不同；请在同一数据文件上计算所有分片
merge-settings = { $file } 与 { $first } 的设置不同；请用相同的命令行计算所有分片（只有 --shard 不同）
merge-count = { $file } 属于 { $found } 个分片之一，{ $first } 属于 { $expected } 个分片之一：N 不同的分片会重叠；请用相同的 N 计算所有分片
merge-inconsistent = { $file } 中的条目不是分片 { $shard } 的条目（被编辑过或不完整？）；请重新计算该分片
merge-duplicate = 分片 { $shard } 出现了不止一次（{ $files }）；请只传入一次
merge-missing = 缺少分片 { $shard }；请用 `--shard { $shard }` 计算并一并传入其文件
merge-data-changed = 分片计算之后数据 { $data } 已改变（{ $first }）；请重新计算分片或恢复原数据
