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
