# 稳健性检验的结论标记与报告文件（tables.md、tables.tex）。
# $against 为 "study"（原文结论的符号）或 "baseline"（基准估计的符号）。

verdict-holds = 成立
verdict-not-significant = 符号一致但不显著
verdict-opposite = 符号相反
verdict-not-estimated = 未估计
sign-positive = 正
sign-negative = 负
reason-against = { $against ->
        [study] 原文结论
       *[baseline] 基准估计
    }
reason-holds = 符号为{ $sign }，与{ reason-against }一致，且在 5% 水平显著（p = { $p }）
reason-not-significant = 符号为{ $sign }，与{ reason-against }一致，但在 5% 水平不显著（p = { $p }）
reason-opposite = 估计值 { $theta } 的符号不是{ $sign }（{ reason-against }）：结论不成立

report-heading = 原研究实证部分的复现
report-data = 数据：{ $source }。基准设定：{ $baseline }（随机种子 { $seed }）。
report-conclusions = 各项结论在本数据上是否成立？
report-col-table = 表
report-col-column = 列
report-col-estimate = 估计值
report-col-mark = 标记
report-col-reason = 原因
report-not-estimated = 未估计的项目
report-spec-curve = 设定曲线
report-spec-curve-summary = 共估计 { $n } 个设定（{ $failed } 个失败）；{ $share }% 在 5% 水平显著且符号为{ $sign }。
report-median-sign = 中位数的
report-note = 注：{ $note }

# 报告中的地图图片。
map-title = 各省 { $variable }：{ $years } 年
map-legend-jenks = { $variable }：自然断点法（Jenks），{ $k } 类
map-source = 数据：{ $source }。边界：Natural Earth（公有领域），非中国官方标准地图。
map-no-cjk-font = 地图仍使用英文：本机未找到中文字体（请安装 fonts-noto-cjk 或 Noto Sans CJK 字体）

# Why a column of the study's tables was not estimated. $purpose and $what are one of the
# skip-purpose-* and skip-needs-* messages below.
problem-skipped = 已跳过：{ $reason }
problem-failed = 估计失败：{ $error }
skip-missing-column = 数据中没有数值列“{ $column }”（{ $purpose }）；在 CSV 中加入该列即可得到此列
skip-not-provinces = { $what }需要以省份为单位（地区划分取自登记表），而数据的单位不是省份
skip-no-year-column = { $what }需要年份列，而数据是截面数据
skip-treatment-not-index = 主成分法指数替代的是综合指数 DCP，但核心解释变量是“{ $treatment }”
skip-no-indicators = 主成分法指数需要指数的各项指标；缺少：{ $missing }
skip-purpose-outcome = 被解释变量
skip-purpose-instrument = 工具变量估计所用的工具变量
skip-purpose-regulation = 环境规制，按中位数分组
skip-purpose-mapped = 地图所示变量
skip-needs-coastal-split = 沿海 / 内陆分组
skip-needs-region-split = 东部 / 中部 / 西部分组
skip-needs-map = 地图
skip-needs-map-by-year = 分年份地图
skip-needs-instrument-lag = 工具变量 × 滞后一期核心解释变量

# 报告图形（coefficients.png、spec_curve.png）。
figure-coef-title = 各估计值及其 95% 置信区间
figure-coef-outcome = 被解释变量：{ $name }
figure-coef-row = 表 { $table }：{ $column }
figure-coef-legend = 蓝色：研究结论成立（符号符合预期，p < 0.05）。灰色：符号符合预期，但不显著。红色：符号相反。
figure-curve-title = 设定曲线：{ $outcome } 对 { $treatment }，共 { $count } 个设定，其中 { $percent }% 显著且符号{ $sign }
figure-sign-positive = 为正
figure-sign-negative = 为负
figure-sign-median = 与中位数一致
figure-curve-indicator = { $dimension ->
        [model] 模型
        [learner] 学习器
        [index] 指数
        [winsorized] 缩尾
        [squares] 平方项
        [FE] 固定效应
        [folds] 分折方式
       *[other] { $dimension }
    }：{ $value ->
        [yes] 是
        [no] 否
        [random] 随机
        [unit] 按单位
       *[other] { $value }
    }
progress-done = 完成
study-note-baseline-failed = 基准估计失败，因此无法以它为参照判断任何稳健性检验列。
study-note-plr-only = 组合检验运行原研究的部分线性回归；表 7 的工具变量列使用工具变量。
progress-item = { $table }，{ $column }
progress-column = { $variant }：{ $outcome }
