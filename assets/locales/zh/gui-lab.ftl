# 窗口界面的中文标签 (gui-lab.ftl). Ids are used by the code; edit only the text after "=".

# View heading.
gui-lab-title = 实验室：双重机器学习与朴素回归
# What the lab shows.
gui-lab-intro = 从真实效应已知的数据生成过程中抽取多组数据，逐组估计并比较：朴素 OLS 无法处理非线性混杂，采用灵活学习器的双重机器学习能够找到真实效应。
# Process choice.
gui-lab-process = 数据生成过程
# Nonlinear process.
gui-lab-nonlinear = 非线性混杂
# Nonlinear process, explained.
gui-lab-nonlinear-help = 各行相互独立；D 与 Y 都依赖 |x1| 及 x2 的阶跃，线性控制变量无法吸收。真实效应为 0.5。
# Panel process.
gui-lab-panel = 含个体效应的面板
# Panel process, explained.
gui-lab-panel-help = 每个个体观测 10 年，D 与 Y 中含有控制变量无法解释的个体效应：按独立误差计算的标准误偏小，按个体聚类可恢复覆盖率。真实效应为 0.5。
# Sample process.
gui-lab-sample = 内置样本的生成过程
# Sample process, explained.
gui-lab-sample-help = 由内置样本的生成过程重新抽取的模拟面板（2011-2022），采用研究的基准模型（CEE 对 DCP，六个控制变量），各地区的 DCP 效应相同：1.0。（若效应因地区而异，如内置文件，部分线性模型估计的是按 DCP 变动大小加权的平均效应，而非简单平均。）同一单位的各行共享不可观测的特征：请按单位聚类。不超过 360 行时单位即 30 个省份，其地理位置使一个不可观测特征与 DCP 相关。
# Rows per data set.
gui-lab-rows = 每组数据行数 (n)
# Confounding strength.
gui-lab-confounding = 混杂强度
# Confounding strength, explained.
gui-lab-confounding-help = 与 D 和 Y 中的非线性混杂项 h(x) 相乘：取 0 时没有混杂（此时朴素 OLS 无偏）。内置样本的生成过程不使用此项。
# Learner.
gui-lab-learner = 灵活学习器
# Folds.
gui-lab-folds = 折数 K
# Folds by unit.
gui-lab-by-unit = 按个体整体分折
# Cluster.
gui-lab-cluster = 按个体聚类标准误
# Units required.
gui-lab-needs-units = 该过程没有个体（各行相互独立）。
# Cross-fitting.
gui-lab-cross-fitting = 交叉拟合
# No cross-fitting warning.
gui-lab-no-cross-fitting = 关闭：辅助函数在其预测的同一批行上拟合。实际研究中不应如此，仅用于展示过拟合偏差。
# Replications.
gui-lab-replications = 重复次数 R
# Seed.
gui-lab-seed = 随机种子
# Run.
gui-lab-run = 运行实验
# Cancel.
gui-lab-cancel = 取消实验
# Progress.
gui-lab-done-of = 次重复已完成
# Changed settings.
gui-lab-changed = 设置已更改：点击“运行实验”查看新结果。
# Nothing yet.
gui-lab-nothing-yet = 点击“运行实验”开始抽取数据。
# Histogram heading.
gui-lab-histogram = 各次重复的估计值分布
# Truth line.
gui-lab-truth = 真实效应
# Estimate axis.
gui-lab-estimate = D 对 Y 效应的估计值
# Count axis.
gui-lab-count = 数据组数
# Naive OLS.
gui-lab-naive = 朴素 OLS
# DML with OLS.
gui-lab-dml-ols = DML，OLS 学习器
# DML with the learner.
gui-lab-dml-learner = DML，
# Without cross-fitting suffix.
gui-lab-no-cf-suffix = （无交叉拟合）
# Table title.
gui-lab-table-title = 偏差、离散程度与覆盖率
# Column: estimator.
gui-lab-col-estimator = 估计量
# Column: bias.
gui-lab-col-bias = 偏差
# Column: sd.
gui-lab-col-sd = 估计值标准差
# Column: mean se.
gui-lab-col-se = 平均标准误
# Column: coverage.
gui-lab-col-coverage = 95% 覆盖率
# Table note.
gui-lab-table-note = 偏差 = 估计值减真实值的均值；覆盖率 = 95% 置信区间包含真实效应的比例（名义值 0.95）。平均标准误小于估计值标准差，说明标准误偏小。
# Export plot.
gui-lab-export-plot = 导出图形为 PNG…
# Failed.
gui-lab-failed = 实验失败：
