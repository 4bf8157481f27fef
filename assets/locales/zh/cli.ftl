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
