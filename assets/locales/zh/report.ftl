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
