# 窗口界面的中文标签 (gui-robustness.ftl). Ids are used by the code; edit only the text after "=".

# View title.
gui-robustness-title = 稳健性
# What the view does.
gui-robustness-intro = 在当前数据上运行研究的全部实证部分（表 3-11 与地图），以模型视图中的设定为基准，并标出哪些结论成立。
# Run button.
gui-robustness-run = 运行全部检验
# Run button hover.
gui-robustness-run-help = 在后台估计研究的每张表（约 20-30 次 DML 估计），窗口可照常使用。
# Rerun button.
gui-robustness-rerun = 重新运行
# Cancel button.
gui-robustness-cancel = 取消
# Automatic rerun toggle.
gui-robustness-auto = 设定改变时自动重新运行
# Automatic rerun hover.
gui-robustness-auto-help = 本视图打开时，数据、指数或模型的改变会在实时估计之后重新启动全部检验。
# Nothing run yet.
gui-robustness-not-run = 尚未在当前数据上运行全部检验。请点击“运行全部检验”。
# Waiting for derived variables.
gui-robustness-waiting = 正在计算派生变量…
# Results are out of date.
gui-robustness-stale = 运行后设定或数据已改变：下列表格已过时。
# Up to date.
gui-robustness-up-to-date = 已更新
# Cancelled.
gui-robustness-cancelled = 已取消。
# Failure heading.
gui-robustness-failed = 全部检验无法运行
# Summary heading.
gui-robustness-summary = 结论是否成立？
# Verdict: holds.
gui-robustness-holds = 成立
# Verdict: not significant.
gui-robustness-not-significant = 符号相同但不显著
# Verdict: opposite sign.
gui-robustness-opposite = 符号相反
# Verdict: not estimated.
gui-robustness-not-estimated = 未估计
# Column heading of the marks.
gui-robustness-conclusions = 结论
# Items without results.
gui-robustness-problems = 跳过或失败
# Maps section.
gui-robustness-maps = 地图（首年与末年）
# Open a map.
gui-robustness-show-map = 在地图中查看
# Export of the whole report.
gui-robustness-export-report = 导出报告…
# Export hover.
gui-robustness-export-report-help = 将 tables.md、tables.tex、每张表的 CSV、图和 report.json 写入一个文件夹（与 carbon-dml report 相同）。
# Export done.
gui-robustness-exported = 报告已写入
# Duration label.
gui-robustness-took = 耗时
# Specification curve heading.
gui-robustness-curve = 设定曲线
# Specification curve explanation.
gui-robustness-curve-intro = 勾选要组合的选项。每种组合都会被估计；上方按大小排列估计值及其 95% 置信区间，下方标出每个估计所用的选项。未勾选的组保持模型视图中的设定。
# Learners group.
gui-robustness-learners = 学习器
# Folds group.
gui-robustness-folds = 折数 K
# Index group.
gui-robustness-index = 指数
# Entropy index choice.
gui-robustness-entropy = 同指数视图
# Winsorize group.
gui-robustness-winsor = 控制变量缩尾
# Squares group.
gui-robustness-squares = 控制变量平方项
# Fixed-effects group.
gui-robustness-fe = 固定效应
# Fold-scheme group.
gui-robustness-scheme = 分折方式
# No.
gui-robustness-no = 否
# Yes.
gui-robustness-yes = 是
# Random folds.
gui-robustness-random = 随机
# Folds by unit.
gui-robustness-by-unit = 按省份
# Number of specifications.
gui-robustness-count = 个设定
# Run the curve.
gui-robustness-run-curve = 运行设定曲线
# Share of significant same-sign estimates.
gui-robustness-share = 与中位数同号且在 5% 水平显著
# Estimates axis.
gui-robustness-estimate = 估计值 θ
# Rank axis.
gui-robustness-rank = 按 θ 排序的设定
# Significant legend.
gui-robustness-significant = 显著且与中位数同号
# Other estimates legend.
gui-robustness-other = 其他
# Baseline line legend.
gui-robustness-baseline = 基准
# Failures of the curve.
gui-robustness-curve-failed = 无法估计
# Export of the curve.
gui-robustness-export-curve = 导出 PNG…
# Heading of the true effects beside a table's estimates (bundled sample only).
gui-robustness-true-effects = 模拟样本中设定的真实效应
# Hover of the true effects.
gui-robustness-true-effects-help = 内置数据为效应已知的模拟数据。每个数值是该列所用各行真实效应的平均值，因此各子样本（地区、沿海省份、环境规制高于中位数）各有其值；TFEE 为相对于每年前沿的得分，其值为各行自身得分导数的平均值（有限差分计算）。处理变量为其他指数（PCA）或经过滞后、取对数的列不显示。
# The model row of the choices: PLR, or the study's IV specification (Table 7).
gui-curve-model = 模型
# The IV choice.
gui-curve-pliv = PLIV（工具变量 × 滞后 D）
# 导出目录之后。
gui-robustness-exported-files = （{ $count } 个文件）
