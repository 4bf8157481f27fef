# 窗口界面的中文标签 (gui-maps.ftl). Ids are used by the code; edit only the text after "=".

# Variable picker.
gui-maps-variable = 变量
# Group heading of the residual variables in the picker.
gui-maps-residuals = 估计残差（当前估计）
# Shown while the derived variables are computed.
gui-maps-waiting-derived = 正在计算派生变量（DCP、CEE、CIWB 等）…
# A residual variable is chosen but there is no estimate.
gui-maps-no-estimate = 尚无估计结果：估计完成后即可绘制残差。
# The residuals shown belong to an older set-up.
gui-maps-stale-residuals = 上一次估计的残差（设置已更改）。
# Toggle between one and two maps.
gui-maps-two-maps = 两幅地图并排
# Year slider.
gui-maps-year = 年份
# Play button.
gui-maps-play = 播放
# Pause button.
gui-maps-pause = 暂停
# Play button help.
gui-maps-play-help = 右侧地图逐年播放，每 0.8 秒前进一年（左侧地图保持为基准年）。
# Classification heading.
gui-maps-classification = 分级
# Method: natural breaks.
gui-maps-jenks = 自然断点（Fisher-Jenks）
# Method: quantiles.
gui-maps-quantile = 分位数
# Method: equal intervals.
gui-maps-equal = 等间距
# Number of classes.
gui-maps-classes = 分级数
# Breaks editor heading.
gui-maps-breaks = 分级断点（上界）
# Breaks editor help.
gui-maps-breaks-help = 输入上界后按回车。断点须递增，最后一个不得小于所示的最大值。
# Breaks edited by the user.
gui-maps-user-breaks = 自定义断点
# Reset edited breaks.
gui-maps-reset-breaks = 恢复自动断点
# A break text is not a number.
gui-maps-not-a-number = 不是数字
# Fewer classes than asked.
gui-maps-reduced = 不同取值少于分级数：已合并分级
# Palette picker.
gui-maps-palette = 配色
# Sequential palette kind.
gui-maps-sequential = 顺序
# Diverging palette kind.
gui-maps-diverging = 发散，零值居中
# Reverse toggle.
gui-maps-reverse = 反转（越低越好）
# Legend scope: shared.
gui-maps-legend-shared = 两图共用图例
# Legend scope: one per map.
gui-maps-legend-per-map = 每图单独图例
# Legend heading.
gui-maps-legend = 图例
# Legend count column.
gui-maps-units = 单位数
# No data.
gui-maps-no-data = 无数据
# No-data reason: not in the data.
gui-maps-not-in-data = 不在数据中
# No-data reason: missing value.
gui-maps-missing-value = 数值缺失
# "class" in the hover text.
gui-maps-class = 等级
# "of" in "class 2 of 5".
gui-maps-of = /
# Hint under the maps.
gui-maps-click-hint = 悬停查看省份数值；点击省份即选中（数据与结果视图同步高亮）；点击空白处取消选择。
# National median line.
gui-maps-national-median = 全国中位数
# Selected unit heading.
gui-maps-selected = 已选
# Clear the selection.
gui-maps-clear-selection = 清除
# Boundaries heading.
gui-maps-boundaries = 边界
# The embedded boundaries.
gui-maps-embedded = 内置省界（Natural Earth）
# Load a GeoJSON.
gui-maps-load-boundaries = 加载边界（GeoJSON）…
# Back to embedded boundaries.
gui-maps-use-embedded = 恢复内置边界
# Reading a file.
gui-maps-loading = 正在读取并剖分…
# Join property.
gui-maps-join-by = 连接属性
# Join matching.
gui-maps-matching = 匹配方式
# Matching: automatic.
gui-maps-match-auto = 自动
# Matching: province registry.
gui-maps-match-province = 省份名称与代码
# Matching: exact text.
gui-maps-match-exact = 精确文本
# "features matched".
gui-maps-features-matched = 个要素已匹配
# Unmatched features.
gui-maps-unmatched-features = 未匹配单位的要素（无数据）
# Unmatched units.
gui-maps-unmatched-units = 无对应要素的单位（未绘制）
# Skipped features (no area).
gui-maps-skipped = 已跳过（无面积）
# No match at all.
gui-maps-nothing-matched = 没有要素与单位匹配：请选择其他属性。
# Export heading.
gui-maps-export = 导出 PNG…
# Export width.
gui-maps-width-px = 宽度（像素）
# Export running.
gui-maps-exporting = 正在渲染…
# Export done.
gui-maps-saved = 已保存
# Export failed.
gui-maps-export-failed = 导出失败
# Export title: "{variable} by province".
gui-maps-by-province = 分省分布
# "and" between years.
gui-maps-and = 与
# Source note: synthetic data.
gui-maps-synthetic-note = 合成样本数据
# Source note: the embedded boundaries (as `render::DEFAULT_NOTE`).
gui-maps-boundary-note = 边界：Natural Earth（公有领域），非中国官方标准地图。
# Comma between title parts.
gui-maps-comma = ，
# Colon after a note's heading.
gui-maps-colon = ：
# Source note: data.
gui-maps-data = 数据
# Accessible name of a map.
gui-maps-map = 地图
# Heading of the gridded-data panel.
gui-maps-gridded = GeoTIFF 数据
# What the gridded-data panel does.
gui-maps-gridded-note = 按当前边界计算区域统计（边界像元按覆盖比例计入，与 exactextract 相同），年份取自文件名。
# Statistic per unit.
gui-maps-gridded-stat = 每个单元
# How several files of a year combine.
gui-maps-gridded-months = 同一年多个文件
# Sum.
gui-maps-gridded-sum = 求和
# Mean.
gui-maps-gridded-mean = 平均
# Name of the new column.
gui-maps-gridded-column = 新列名称
# The button.
gui-maps-gridded-add = 添加 GeoTIFF 数据…
# Cancel the job.
gui-maps-gridded-cancel = 取消
# The job was cancelled.
gui-maps-gridded-cancelled = 已取消。
# "Added column" before the name.
gui-maps-gridded-added = 已添加列
# "rows have a value" after the counts.
gui-maps-gridded-rows = 行有值
# Heading of the map-kind choice.
gui-lisa-map-kind = 地图类型
# Choropleth of the values.
gui-lisa-values = 数值（分级设色）
# LISA cluster map.
gui-lisa-clusters = LISA 聚类图
# LISA significance map.
gui-lisa-significance = LISA 显著性图
# Help on the LISA maps.
gui-lisa-lisa-help = 局部 Moran 指数（Anselin 1995），行标准化权重，条件置换 p 值；仅用所示年份有数值的单元。
# Weights picker.
gui-lisa-weights = 空间权重
# Queen contiguity.
gui-lisa-queen = 后邻接（Queen）
# Rook contiguity.
gui-lisa-rook = 车邻接（Rook）
# k nearest neighbours.
gui-lisa-knn = k 近邻
# Inverse distance.
gui-lisa-idw = 反距离
# Number of neighbours.
gui-lisa-k = k
# Snapping tolerance.
gui-lisa-snap = 容差（公里）
# Permutations.
gui-lisa-permutations = 置换次数
# After the number of permutations.
gui-lisa-permutations-n = 次置换
# Significance level.
gui-lisa-alpha = 显著性水平
# High-High.
gui-lisa-hh = 高-高
# Low-Low.
gui-lisa-ll = 低-低
# Low-High.
gui-lisa-lh = 低-高
# High-Low.
gui-lisa-hl = 高-低
# Not significant.
gui-lisa-not-significant = 不显著
# No neighbours.
gui-lisa-neighbourless = 无邻居
# Moran's I line.
gui-lisa-morans-i = Moran 指数 I
# Permutation p-value.
gui-lisa-p-sim = 伪 p 值
# Normal p-value.
gui-lisa-p-norm = p（正态）
# Local Moran in the hover.
gui-lisa-local-i = 局部 I
# Seed note.
gui-lisa-seed = 种子
