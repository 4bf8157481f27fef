# 命令行帮助（`carbon-dml --help`、`carbon-dml <子命令> --help`），在 `--lang zh` 下显示
# （src/cli/help_zh.rs）。英文文件由文档注释逐字生成；本文件为其译文，消息与属性须一一对应。
# `help-<子命令>` 为子命令说明，`help-<子命令>-<参数>` 为参数说明；`.long` 为长说明（`--help`），
# `.pv-<取值>` 为可选值的说明。

## top

help-top = Carbon DML Explorer：拆解并重建一项关于中国各省算力与碳效率的双重机器学习研究
help-top-screenshot = 打开窗口，待估计结果出来后把窗口截图保存为 PNG 文件 FILE，然后退出
help-top-view = 要显示的视图（与 --screenshot 一起用）：data、index、model、results、maps、robustness、scenarios、lab；lisa 或 lisa-significance 为“地图”视图中的 LISA 地图
help-top-lang = 窗口、消息、结果表、报告文件和地图的语言：en 或 zh（默认 en；窗口会记住自己的选择）
help-top-table-lang = 结果表和报告文件的语言（与 --lang 不同时）：en 或 zh
help-top-presentation = 以演示模式启动（大字号，适合投影）
help-top-tour = 打开本程序的导览（首次启动时也会自动打开）
help-top-window-size = 窗口内部尺寸（点），如 1920x1080（默认 1360x860）
help-top-file = 要在窗口中打开的情景文件（`.ron`）或数据文件（`.csv`、`.tsv`、`.txt`、`.xlsx`、`.xls`）：即在文件管理器中双击文件的效果

## check

help-check = 校验数据文件：输出校验报告，有错误时以状态码 1 退出
help-check-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-check-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-check-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-check-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-check-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-check-json = 以 JSON 输出校验报告

## sample-data

help-sample-data = 把模拟样本面板（及其真实效应）写入目录
help-sample-data-out = 输出目录（不存在时自动创建）
help-sample-data-units = 单位个数（30 为各省；更多时生成一般单位，如 278 个“城市”）
help-sample-data-years = 年数（自 2011 年起）
help-sample-data-seed = 数据生成过程的随机种子

## describe

help-describe = 描述性统计（研究的表 3）
help-describe-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-describe-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-describe-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-describe-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-describe-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-describe-vars = 变量（逗号分隔；默认为所有数值列）
help-describe-json = 以 JSON 输出

## bench

help-bench = 按议题中的速度目标为引擎计时（请使用 release 构建）
help-bench-suite = 要运行的测试组（默认全部）：import、import-large、learners、dml、pliv-card、measures、tfee、maps、spatial-stats、battery、index-view
help-bench-quick = 减少重复次数
help-bench-json = 以 JSON 输出

## breaks

help-breaks = 变量的分级断点（自然断点、分位数、等间距）
help-breaks-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-breaks-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-breaks-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-breaks-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-breaks-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-breaks-var = 要分级的变量（数值列）
help-breaks-at-year = 只用该年份的行（默认：全部行）
help-breaks-method = 分级方法
    .pv-jenks = Fisher-Jenks 精确最优自然断点
    .pv-quantile = 分位数，与 `mapclassify.Quantiles` 完全一致
    .pv-equal = 等间距，与 `mapclassify.EqualInterval` 完全一致
help-breaks-classes = 级数（2 到 9）
help-breaks-json = 以 JSON 输出：{"{"}"breaks": [各级上界，升序，最后一个为最大值], "counts": [...]{"}"}

## map

help-map = 把变量的分级设色地图绘制为 PNG
help-map-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-map-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-map-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-map-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-map-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-map-var = 要绘制的变量（数值列）
help-map-at-year = 要绘制的年份；两个及以上时并排绘制（如 --at-year 2011,2022）
help-map-method = 分级方法
    .pv-jenks = Fisher-Jenks 精确最优自然断点
    .pv-quantile = 分位数，与 `mapclassify.Quantiles` 完全一致
    .pv-equal = 等间距，与 `mapclassify.EqualInterval` 完全一致
help-map-classes = 级数（2 到 9）
help-map-breaks = 自定义各级上界，升序（取代 --method），如 --breaks 1,2,5
help-map-palette = 配色方案（ColorBrewer）
    .pv-yl-gn-bu = 黄-绿-蓝，顺序色（默认：值越大蓝色越深）
    .pv-yl-or-rd = 黄-橙-红，顺序色（用于排放等负担类变量）
    .pv-rd-bu = 红-蓝，发散色
    .pv-pu-or = 紫-橙，发散色
help-map-reverse = 反转配色（用于“越低越好”的变量）
help-map-legend = 共用一个图例，或每幅地图一个图例
    .pv-shared = 一个图例，断点由所有年份合并计算
    .pv-per-map = 每幅地图一个图例
help-map-png = 输出的 PNG 文件
help-map-width = 图片宽度（像素）
help-map-title = 标题（默认：变量与年份）
help-map-boundaries = 边界 GeoJSON（默认：内置的省级边界）
help-map-join-property = 与单位连接的要素属性（省份代码或名称会解析为对应省份）
help-map-exact-join = 按原文精确匹配属性值，不解析省份名称和代码
help-map-font = 内置字体缺少字符时使用的字体文件（如 NotoSansCJK-Regular.ttc）

## moran

help-moran = 某一年中变量的全局 Moran's I 与局部 Moran（LISA），基于空间权重
help-moran-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-moran-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-moran-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-moran-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-moran-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-moran-var = 变量（数值列）
help-moran-at-year = 年份（面板数据必填）
help-moran-weights = 空间权重：queen、rook、queen:SNAP_KM、rook:SNAP_KM、knn:K、idw、idw:KM，或 FILE.gal / FILE.gwt
help-moran-permutations = 置换次数（0：不做置换；最多 99999）
help-moran-seed = 置换的随机种子
help-moran-alpha = 表中聚类类型的显著性水平
help-moran-boundaries = 边界 GeoJSON（默认：内置的省级边界）
help-moran-join-property = 与单位连接的要素属性（省份代码或名称会解析为对应省份）
help-moran-exact-join = 按原文精确匹配属性值，不解析省份名称和代码
help-moran-write-weights = 同时把所用权重（行标准化之前）写入 FILE.gal 或 FILE.gwt
help-moran-json = 以 JSON 输出

## zonal

help-zonal = 按省份（或 GeoJSON 要素）和年份汇总 GeoTIFF 栅格的分区总和或均值
help-zonal-raster = GeoTIFF 栅格，每年或每月一个（EPSG:4326、3857 或 Albers 等积投影）
help-zonal-stat = 每个单位的统计量：sum（总量）或 mean（按覆盖比例加权的均值）
    .pv-sum = `Σ c_i v_i`：总量（如每个像元的排放吨数）
    .pv-mean = `Σ c_i v_i / Σ c_i`：密度或比率
help-zonal-months = 同一年的多个栅格（各月）如何合成为年度值：sum 或 mean
    .pv-sum = 各栅格值之和（月度总量合计为年度总量）
    .pv-mean = 各栅格值的均值（月度均值平均为年度均值）
help-zonal-band = 要读取的波段（从 1 起）
help-zonal-year = 各栅格的年份，按栅格顺序每个一个（默认：从文件名读取）
help-zonal-boundaries = 边界 GeoJSON（默认：内置的省级边界）
help-zonal-join-property = 与单位连接的要素属性（省份代码或名称会解析为对应省份）
help-zonal-exact-join = 按原文精确匹配属性值，不解析省份名称和代码
help-zonal-out = 同时把 unit,year,value 写入 CSV 文件（便于并入面板）
help-zonal-json = 以 JSON 输出

## index

help-index = 综合指数（DCP）：所选指标的权重与各单位-年份的指数
help-index-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-index-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-index-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-index-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-index-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-index-indicators = 指标列，逗号分隔（默认：研究的十个指标，含其维度与方向）
help-index-negative = 越小越好的指标（如 dc_pue）
help-index-dimensions = 各指标所属维度：`col:dimension,...`（生成分指数 DCP_<dimension>）
help-index-method = 赋权方法
    .pv-entropy = 熵值法权重（与研究相同）
    .pv-pca = 主成分
    .pv-equal = 等权重
    .pv-manual = 使用 --weights 给出的权重
help-index-pca = 主成分的取法（与 --method pca 一起用）
    .pv-kaiser = 特征值大于 1 的主成分，按解释方差加权
    .pv-first = 第一主成分
help-index-weights = 手动权重 `col=w,...`（与 --method manual 一起用；重新归一化为和为 1）
help-index-dimension-weights = 两级赋权，维度权重为：`equal`、`entropy` 或 `dim=w,...`
help-index-per-year = 在每一年内做极差标准化，而不是在整个面板上
help-index-shift = 标准化后加上的平移量
help-index-out = 把各单位-年份的指数（及分指数）写入该 CSV 文件
help-index-json = 以 JSON 输出

## tfee

help-tfee = 各单位-年份的全要素能源效率（含非期望产出的 SBM / 超效率 SBM）
help-tfee-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-tfee-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-tfee-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-tfee-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-tfee-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-tfee-inputs = 投入列（默认：K,labour,energy；K 为永续盘存法资本存量）
help-tfee-good = 期望产出（默认：gdp）
help-tfee-bad = 非期望产出（默认：wastewater,so2,nox,dust）
help-tfee-no-bad = 不使用非期望产出（普通 SBM）
help-tfee-frontier = 前沿：逐年或全局
    .pv-year = 每年一个前沿（当期前沿）
    .pv-global = 所有年份共用一个前沿（全局前沿）
help-tfee-rts = 规模报酬
    .pv-crs = 规模报酬不变
    .pv-vrs = 规模报酬可变
help-tfee-non-positive = 零或负的投入/产出：拒绝，或调整为一个小的正数
    .pv-error = 拒绝零或负的投入与产出
    .pv-adjust = 替换为该列最小正值的 1%
help-tfee-method = 规划问题的求解方式（两者得分相同）
    .pv-reduced = 先筛选出有效前沿，再针对它求解每个规划（快）
    .pv-full = 每个规划都针对其前沿上的全部单位求解（基准做法；大面板上较慢）
help-tfee-out = 把 unit、year、score、sbm、status 写入该 CSV 文件
help-tfee-json = 以 JSON 输出

## run

help-run = 估计一个情景（DML），输出结果表或 JSON
help-run-scenario = 情景文件（.ron）；命令行参数会覆盖其中的设置。不给出时：在内置样本上运行研究的基准设定
help-run-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-run-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-run-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-run-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-run-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-run-outcome = 被解释变量列 Y
help-run-treatment = 核心解释变量列 D
help-run-controls = 控制变量列 X（逗号分隔；空值表示不用控制变量）
help-run-instrument = 工具变量列 Z（PLIV）
help-run-model = 模型
    .pv-plr = 部分线性回归
    .pv-pliv = 部分线性工具变量模型
help-run-score = 得分函数
    .pv-partialling-out = 部分剔除（默认）
    .pv-iv-type = IV 型
help-run-learner = 所有干扰函数的学习器
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-run-learner-l = l(X) = E[Y|X] 的学习器
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-run-learner-m = m(X) = E[D|X]（PLR）或 E[Z|X]（PLIV）的学习器
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-run-learner-r = r(X) = E[D|X]（PLIV）的学习器
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-run-learner-g = g(X) 的学习器（IV 型得分）
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-run-rf-trees = 随机森林：树的棵数
help-run-rf-max-features = 随机森林：每次分裂考虑的特征数（all、sqrt、log2 或 (0, 1] 内的比例）
help-run-rf-min-leaf = 随机森林：每个叶节点的最少行数
help-run-rf-max-depth = 随机森林：最大深度（数字或 none）
help-run-rf-split = 随机森林：分裂点搜索方式（exact 精确，或 hist：每个特征 255 个分位数分箱）
    .pv-exact = 相邻不同取值之间的每个中点（默认；复现研究）
    .pv-hist = 每个特征至多 255 个分位数分箱，用直方图搜索分裂点（只在分箱边界处分裂）
help-run-gbm-trees = 梯度提升：树的棵数
help-run-gbm-lr = 梯度提升：学习率
help-run-gbm-depth = 梯度提升：树的深度
help-run-gbm-split = 梯度提升：分裂点搜索方式（exact 精确，或 hist：每个特征 255 个分位数分箱）
    .pv-exact = 相邻不同取值之间的每个中点（默认；复现研究）
    .pv-hist = 每个特征至多 255 个分位数分箱，用直方图搜索分裂点（只在分箱边界处分裂）
help-run-svr-c = SVR：C
help-run-svr-epsilon = SVR：epsilon（不敏感带的宽度）
help-run-folds = 折数 K（2-20；聚类时为每个聚类变量的折数）
help-run-n-rep = 交叉拟合的重复次数
help-run-fold-scheme = 分折方式
    .pv-random = 随机按行
    .pv-unit = 按整个单位
    .pv-column = 按分折列（`--fold-column`）
help-run-fold-column = 分折列（即 --fold-scheme column）：第 k 折为该列第 k 小取值的行
help-run-cluster = 聚类稳健标准误
    .pv-none = 各行独立
    .pv-unit = 按单位聚类
    .pv-unit-year = 按单位和年份聚类
help-run-small-sample = 标准误、第一阶段 F 统计量、AR 与 tF 集合的小样本校正
    .pv-none = 不校正（DoubleML）
    .pv-clusters = 聚类方差乘以 G/(G-1)
    .pv-dof = n/(n-k)，聚类时为 (n-1)/(n-k)（k = 1）
    .pv-both = 两者都用（Stata ivreg2 的 `small`、linearmodels 的 `debiased=True`）
help-run-fixed-effects = 固定效应
    .pv-none = 无
    .pv-unit = 单位虚拟变量
    .pv-year = 年份虚拟变量
    .pv-unit-year = 单位和年份虚拟变量
    .pv-within = 组内变换（去除单位均值）
help-run-aggregation = 各次重复的汇总方式
    .pv-doubleml = DoubleML 0.11：估计值与区间上下界分别取中位数
    .pv-median-variance = 旧规则：n se^2 + (theta_r - theta)^2 的中位数
help-run-interpolate = 在单位内插补内部缺口（研究的缺失值处理规则）
help-run-log = 取对数的列（逗号分隔）
help-run-lag-d = 使用上一年的核心解释变量
help-run-z-times-lag-d = 以工具变量 × 滞后一期核心解释变量作为工具变量（研究的 IV）
help-run-winsorize = 在 LO,HI 百分位对控制变量缩尾（默认 1,99）
help-run-squares = 加入控制变量的平方项
help-run-years = 保留 FIRST-LAST 年份
help-run-seed = 随机种子
help-run-by = 同时在子样本上估计：coastal、region3，或某个数值列（在 --threshold 处分组）
help-run-threshold = --by COL 的分组阈值（默认：估计样本的中位数）
help-run-by-values = 与 --by COL 一起用：每个不同取值一组，而不用阈值
help-run-mechanism = 同时对每个机制变量做关于核心解释变量的 DML 估计（研究的表 8）
help-run-mediation = 经由 COL 的中介分析：直接效应、间接效应、中介占比及自助法区间
help-run-bootstrap = --mediation 的自助法重复次数
help-run-json = 输出一个 JSON 对象
help-run-out = 同时在此目录写入 estimate.json、predictions.csv、table.txt 和 scenario.ron
help-run-save-scenario = 保存实际使用的情景（含数据内容的哈希值）

## report

help-report = 在当前数据上复现研究的表 3-11、地图和图形，写入一个目录
help-report-scenario = 情景文件（.ron）；默认：在内置样本上运行研究的基准设定
help-report-data = CSV 文件（UTF-8、GBK、GB18030 或 UTF-16）或 Excel 工作簿（.xlsx、.xls）（默认：内置的模拟样本面板）
help-report-sheet = 工作簿中的工作表：表名或从 1 起的序号（默认：第一张表）
help-report-wide = 读取宽表（每省一行、每年一列），其中为变量 VAR，并转换为面板（单位列：--unit，否则为第一列）
help-report-unit = 单位列（默认：从 province / unit / id / 省份 中自动识别；截面数据用 `none`）
help-report-year = 年份列（默认：从 year / 年份 中自动识别；截面数据用 `none`）
help-report-out = 输出目录（不存在时自动创建）
help-report-spec-curve = 同时运行设定曲线，如 "learners=rf,gbm;k=4,5,8;index=entropy,pca;winsor=no,yes;squares=no,yes;fe=none,unit-year;folds=random,unit"
help-report-trees = 每个随机森林的树的棵数（覆盖情景中的设置；研究用 500）
help-report-seed = 主随机种子（覆盖情景中的设置）
help-report-shard = 只计算设定曲线 N 个切片中的第 I 个（从 1 起，如 2/3），写入 DIR/slice-I-of-N.json；`carbon-dml merge` 把各切片合并为报告
help-report-quiet = 不在 stderr 上显示进度

## simulate

help-simulate = 课堂实验：在已知效应的数据生成过程上对朴素 OLS 与 DML 做蒙特卡洛模拟
help-simulate-process = 数据生成过程
    .pv-sample = 内置样本的生成过程（在新抽取的面板上使用研究的基准模型）
    .pv-nonlinear = 非线性混杂，各行独立
    .pv-panel = 含个体效应的非线性混杂（聚类有影响）
help-simulate-n = 每个数据集的行数（panel 与 sample 过程为单位数 × 年数）
help-simulate-reps = 模拟次数
help-simulate-learner = 灵活 DML 估计量的学习器
    .pv-ols = 普通最小二乘
    .pv-lasso = 交叉验证选择惩罚项的 Lasso
    .pv-rf = 随机森林（500 棵树，与研究相同；用 --rf-trees 修改）
    .pv-gbm = 梯度提升
    .pv-svr = 支持向量回归
help-simulate-rf-trees = 随机森林：树的棵数
help-simulate-confounding = 非线性混杂的强度（0 为无；不适用于 sample 过程）
help-simulate-folds = 交叉拟合的折数 K
help-simulate-folds-by-unit = 按整个单位分折（panel 与 sample 过程）
help-simulate-cluster-unit = 按单位聚类标准误（panel 与 sample 过程）
help-simulate-no-cross-fitting = 在要预测的行上拟合干扰函数（不做交叉拟合）：实际中是错误做法，仅用于教学演示
help-simulate-seed = 随机种子
help-simulate-json = 输出一个 JSON 对象
help-simulate-shard = 只计算 N 个切片中的第 I 个模拟切片（从 1 起，如 2/3），写成切片文件（写入 --out，否则输出到 stdout）；`carbon-dml merge` 合并各切片
help-simulate-out = 与 --shard 一起用：要写入的切片文件（默认：stdout）

## merge

help-merge = 把分片运行（`--shard I/N`）的切片文件合并为单次运行的输出
help-merge-files = 由 `simulate --shard I/N` 或 `report --spec-curve ... --shard I/N` 写出的切片文件：同一次运行的全部切片，顺序不限
help-merge-out = 报告切片：输出目录（默认：第一个切片所在的目录）
help-merge-data = 报告切片：从 FILE 读取数据，而不是切片中记录的路径（必须是同一份数据：会校验其哈希值）
help-merge-json = 模拟切片：输出一个 JSON 对象，与 `simulate --json` 相同
help-merge-quiet = 不在 stderr 上显示进度

## bench-child

help-bench-child = 在单独进程中运行 `import-large` 基准测试的一方（由 `bench` 使用）
help-bench-child-side = `polars` 或 `ours`（import-large），或 `zonal`（spatial-stats）
help-bench-child-file = CSV 文件

## clap's own texts and headings

help-builtin-help = 显示帮助
help-builtin-more = 显示帮助（用 --help 查看详细说明）
help-builtin-summary = 显示帮助（用 -h 查看简要说明）
help-builtin-version = 显示版本
help-builtin-subcommand = 显示本帮助或指定子命令的帮助
help-heading-usage = 用法：
help-heading-commands = 命令：
help-heading-arguments = 参数：
help-heading-options = 选项：
help-heading-possible-values = 可选值：
help-spec-default = [默认：{ $value }]
help-spec-possible = [可选值：{ $value }]
