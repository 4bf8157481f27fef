# 命令行消息。

cli-lang-unknown = 未知语言“{ $lang }”；请使用 en 或 zh。

# carbon-dml run：结果摘要。
run-model-line = { $model }（{ $score } 得分），DML2，{ $folds } 折 × { $reps } 次重复，使用 { $source } 的 { $n } 行
run-outcome-treatment = 被解释变量：{ $outcome }   处理变量：{ $treatment }
run-instrument = 工具变量：{ $z }
run-controls = 控制变量：{ $list }{ $dummies ->
        [0] {""}
       *[other] （另含 { $dummies } 个固定效应虚拟变量）
    }
run-controls-none = 无
run-clusters = 聚类：{ $what }（{ $counts }）
run-variance = 方差（SE、F、AR、tF）：{ $what }
run-col-coef = 系数
run-col-se = 标准误
run-col-t = t 值
run-col-p = p 值
run-col-ci = 95% 置信区间
run-per-repetition = 各次重复：{ $thetas }
run-col-nuisance = 冗余函数
run-col-learner = 学习器
run-col-target = 目标
run-stars = 注：***、**、* 分别表示在 1%、5%、10% 的水平上显著（正态近似 p 值）。
run-note = 注：{ $note }

# 命令行错误，在标准错误输出中打印一次。
cli-error = 错误：{ $message }
cli-io = { $path }：{ $error }
cli-write-output = 写出结果时出错：{ $error }
cli-cancelled = 已取消
cli-cannot-read-scenario = 无法读取情景文件：{ $error }
cli-scenario-does-not-fit = 情景与数据（{ $source }）不符：
cli-no-numeric-column = { $source }：没有数值列“{ $column }”
cli-units-years-min = --units 和 --years 至少为 1
cli-pair-form = { $flag }：“{ $item }”不是“名称{ $sep }值”的形式
cli-pair-number = { $flag }：“{ $value }”（{ $name } 的值）不是数字
cli-not-indicator = { $flag }：“{ $column }”不在指标之中
cli-manual-needs-weights = --method manual 需要 --weights 列=权重,...
cli-weights-only-manual = --weights 只与 --method manual 一起使用
cli-moran-at-year = 请用 --at-year 指定年份（数据覆盖 { $first }-{ $last } 年）
cli-map-at-year = 请用 --at-year 指定要绘制的年份（数据覆盖 { $first }-{ $last } 年）
cli-alpha = --alpha { $alpha }：请选择 0 与 1 之间的显著性水平，例如 0.05
cli-moran-no-unit = 数据没有单位列：Moran's I 需要每个地区一个值
cli-no-join-match = 没有任何要素的“{ $property }”与 { $source } 的单位匹配；请换一个 --join-property
cli-map-cjk-font = --lang zh 需要中文字体：请用 --font FILE 指定一个
cli-mediation-column = --mediation：没有数值列“{ $column }”
cli-bench-suite = 未知的测试组“{ $suite }”；可选：{ $available }
cli-bench-side = 未知的一方“{ $side }”
cli-bench-failed = 测量失败：{ $error }
cli-fold-scheme-needs-column = --fold-scheme column 需要 --fold-column COL
cli-fold-column-needs-scheme = --fold-column 需要 --fold-scheme column（或不给 --fold-scheme）
cli-bad-winsorize = --winsorize { $value }：应为两个百分位数 LO,HI，例如 1,99
cli-bad-years = --years { $value }：应为 起始-结束 年份，例如 2015-2022
cli-bad-rf-max-depth = --rf-max-depth { $value }：应为一个数字或 none
cli-bad-rf-max-features = --rf-max-features { $value }：应为 all、sqrt、log2 或一个比例
cli-derived-failed = 警告：未能计算派生变量 { $name }：{ $reason }
cli-derived-empty = 警告：派生变量 { $name } 没有任何取值：{ $notes }

# 标准错误输出中除错误以外的行。
cli-note = 提示：{ $message }
cli-warning = 警告：{ $message }
cli-report-curve-count = 设定曲线：{ $count } 个设定
cli-report-summary = { $estimates } 个估计，{ $failed } 个未估计，用时 { $seconds } 秒；已将 { $files } 个文件写入 { $dir }
cli-wrote-two = 已写出 { $first } 和 { $second }
cli-saved-scenario = 情景已保存到 { $path }

# carbon-dml describe：表头。
cli-describe-variable = 变量
cli-describe-n = 观测值
cli-describe-mean = 均值
cli-describe-sd = 标准差
cli-describe-min = 最小值
cli-describe-max = 最大值
cli-progress-battery = 组合检验
cli-progress-curve = 设定曲线
cli-wrote = 已写出 { $path }
cli-tfee-header = { $source }：TFEE，投入 { $inputs }，期望产出 { $good }，非期望产出 { $bad }，{ $rts }，{ $frontier } 前沿
run-col-n = 观测值
run-mechanisms = 机制（M 对 D 的 DML）
run-heterogeneity = 异质性（子样本上的同一估计）
run-group-failed = 未估计：{ $error }
run-difference = 差异 { $a } - { $b }：{ $diff }（标准误 { $se }，z { $z }，p { $p }）
run-mediation = 经由 { $mediator } 的中介分析（{ $n } 行，交叉拟合残差）
run-mediation-total = 总效应 c
run-mediation-a = D -> M (a)
run-mediation-b = 给定 D 时 M -> Y (b)
run-mediation-direct = 直接效应 c'
run-mediation-indirect = 间接效应 a b
run-mediation-bootstrap = 95% 自助法区间 [{ $lower }, { $upper }]（{ $replicates } 次重抽样）
run-mediation-share = 占总效应比例
run-mediation-reading = 解读：{ $reading }
run-iv-first-stage = 第一阶段（D - r^ 对 Z - m^），{ $n } 行：
run-iv-robust-f = 稳健 F
run-iv-robust-f-note = （{ $variance }；= Kleibergen-Paap rk Wald F = 有效 F，单一工具变量）
run-iv-nonrobust-f = 非稳健 F
run-iv-nonrobust-f-note = （独立同分布误差，含截距）
run-iv-partial-r2 = 偏 R^2
run-iv-coefficient = 系数 { $pi }（标准误 { $se }）
run-iv-tf = tF 95% 区间
run-iv-tf-critical = （F = { $f } 时临界值 c(F) = { $c }；1.96 要求 F > { $threshold }）
run-iv-tf-unbounded = 无界（F = { $f } <= 3.84）

# Sharded runs.
cli-slice-written = 分片 { $shard }：共 { $total } 项中的 { $items } 项，已写入 { $file }
simulate-heading = 数据生成过程：{ $process ->
        [nonlinear] 非线性混杂
        [panel] 含个体效应的面板
       *[sample] 内置样本的生成过程
    }，n = { $n }，{ $reps } 次重复，真实效应 { $truth }
simulate-col-estimator = 估计量
simulate-col-bias = 偏差
simulate-col-sd = 标准差
simulate-col-se = 平均标准误
simulate-col-coverage = 覆盖率
simulate-coverage-note = 覆盖率：95% 置信区间包含真实效应的比例（名义水平 0.95）
simulate-progress = 重复 { $done }/{ $total }
# 命令行用法错误。
usage-invalid-value = 参数 '{ $arg }' 的取值 '{ $value }' 无效
usage-value-missing = 参数 '{ $arg }' 需要一个取值，但没有给出
usage-unknown-argument = 未知参数 '{ $arg }'
usage-invalid-subcommand = 未知子命令 '{ $command }'
usage-missing-argument = 缺少必需的参数：{ $args }
usage-conflict = 参数 '{ $arg }' 不能与 '{ $other }' 同时使用
usage-value-validation = 参数 '{ $arg }' 的取值 '{ $value }' 无效
usage-number-of-values = 参数 '{ $arg }' 的取值个数不对
usage-missing-subcommand = 需要给出子命令
usage-valid-values = [可选值：{ $values }]
usage-did-you-mean = 提示：存在相近的写法 '{ $suggestion }'
usage-line = 用法：{ $usage }
usage-more = 更多信息请运行 '--help'。
