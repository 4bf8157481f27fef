# 窗口界面的中文标签 (gui-index.ftl). Ids are used by the code; edit only the text after "=".

# Title of the weights table.
gui-index-weights-table = 指标权重
# Column: indicator.
gui-index-indicator = 指标
# Column: dimension.
gui-index-dimension = 维度
# Column: direction.
gui-index-direction = 方向
# Positive direction.
gui-index-positive = + 正向
# Negative direction.
gui-index-negative = − 负向
# Hover text of the direction button.
gui-index-direction-help = 点击切换。正向：数值越大发展水平越高，x' = (x − min)/(max − min)。负向（如数据中心 PUE）：越小越好，x' = (max − x)/(max − min)。
# Hover text of the dimension choice.
gui-index-dimension-help = 该指标所属的维度：每个维度单独构成分维度指数 DCP_<维度>。
# Entropy weights.
gui-index-entropy = 熵权法
# PCA, first component.
gui-index-pca-first = 主成分（第一主成分）
# PCA, Kaiser rule.
gui-index-pca-kaiser = 主成分（特征值 > 1）
# Column header of the PCA weights.
gui-index-pca-column = 主成分
# Hover text of the PCA column.
gui-index-pca-column-help = 主成分得分在标准化指标上的系数 b_j / Σ|b|，可能为负。主成分指数是该得分缩放到 [0, 1]，而非 x' 的加权和。
# Equal weights.
gui-index-equal = 等权
# Manual weights.
gui-index-manual = 手动
# Column: two-level weight.
gui-index-two-level-column = 两级
# Column: the weight in use (slider).
gui-index-weight-in-use = 当前权重
# Column: within-dimension weight (slider, two-level weighting).
gui-index-within-dimension = 维度内权重
# Column: lock.
gui-index-lock = 锁定
# Hover text of a lock.
gui-index-lock-help = 锁定的权重在拖动其他滑块时保持不变。
# Hover text of a weight slider.
gui-index-slider-help = 拖动以手动设定该权重。赋权方法随即改为手动，从当前权重出发；未锁定的权重按比例吸收变化，总和保持为 1。
# Hover text of a within-dimension slider.
gui-index-within-slider-help = 拖动以设定该指标在其维度内的权重（手动赋权）。同一维度中未锁定的其他指标按比例吸收变化，每个维度内权重之和为 1。
# Hover text of the remove button.
gui-index-remove-help = 从指数中移除该指标
# Sum row.
gui-index-sum = 合计
# Add an indicator.
gui-index-add-indicator = + 添加指标
# No dimension.
gui-index-no-dimension = （无）
# New dimension text field.
gui-index-new-dimension = 新维度
# Restore the study's index.
gui-index-study-index = 原文指数
# Hover text of the study button.
gui-index-study-index-help = 恢复原文四个维度的十个指标、熵权法、全样本标准化与平移量 0.0001。
# Method switch.
gui-index-method = 赋权方法
# Hover text of the method switch.
gui-index-method-help = 熵权法：在各省份和年份间差异越大的指标权重越大（w_j ∝ 1 − e_j）。主成分：由标准化指标的主成分确定权重。等权：每个指标 1/k。手动：自行设定（拖动滑块）。
# Normalization.
gui-index-normalization = 极差标准化
# Normalization over the whole panel.
gui-index-whole-panel = 全样本
# Normalization per year.
gui-index-per-year = 逐年
# Hover text of the normalization.
gui-index-normalization-help = 最小值和最大值取自全部省份和年份（原文做法），或在每一年内分别计算；后者剔除共同趋势，指数反映省份在当年的相对位置。
# Shift.
gui-index-shift = 平移量
# Hover text of the shift.
gui-index-shift-help = 加在每个标准化值上，使熵权计算中的 ln p 有意义（原文取 0.0001）。当标准化值中没有 0 时可取 0。
# The button that restores the study's shift.
gui-index-study-shift = 原文：0.0001
# Hover text of the button that restores the study's shift.
gui-index-study-shift-help = 恢复原文的平移量
# Two-level weighting.
gui-index-two-level = 两级赋权
# Hover text of two-level weighting.
gui-index-two-level-help = 指标权重 = 所属维度的权重 × 维度内权重（维度内用熵权、等权或手动）。不能与主成分法同时使用。
# PCA disabled under two-level weighting.
gui-index-pca-not-two-level = 主成分法不能与两级赋权同时使用。
# Dimension weights.
gui-index-dimension-weights = 维度权重
# Entropy weights of the sub-indices.
gui-index-dim-entropy = 分维度指数的熵权
# The index cannot be built.
gui-index-index-error = 按当前设置无法构建指数：
# A method's column is empty.
gui-index-column-empty = 空列原因
# Rows used.
gui-index-rows-used = 所有指标均有值的行
# Time to build the table.
gui-index-table-time = 权重表计算耗时
# DCP by region plot.
gui-index-dcp-by-region = 各地区 DCP 的年均值
# Sub-indices plot.
gui-index-sub-indices = 分维度指数的年均值（全国）
# National mean.
gui-index-national = 全国均值
# Year axis.
gui-index-year = 年份
# DCP not available.
gui-index-no-dcp = 当前数据上没有 DCP：其状态见下方“定义”。
# No year column.
gui-index-no-years = 数据没有年份列，无法按时间作图。
# Regions from a column.
gui-index-regions-from-column = 地区取自数据中的 region3 列。
# No regions.
gui-index-no-regions = 单位不是省份且数据中没有 region3 列：只显示全国均值。
# The derived data are being recomputed.
gui-index-updating = 正在重新计算指数…
# Definitions panel.
gui-index-definitions = 派生变量的定义
# Formula.
gui-index-formula = 公式
# Source.
gui-index-source = 来源
# Status: computed.
gui-index-computed = 已用当前数据计算
# Status: in the data.
gui-index-in-data = 取自数据（未重新计算）
# Status: skipped.
gui-index-skipped = 未计算；缺少的列
# Status: failed.
gui-index-failed = 计算失败
# Status: pending.
gui-index-pending = 正在计算…
# Status: no sub-index.
gui-index-no-sub-index = 无分维度指数（没有指标设定维度）
# Current settings of the index.
gui-index-in-use = 当前设置
