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
allowed-mediator-complete = 中介变量在估计样本上必须完整；请先插补或筛选
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
