# 情景问题：读取情景文件，以及对照数据检查情景。

# 字段：中文名称，括号内为情景文件中的键名。
scenario-field-data = 数据（data）
scenario-field-outcome = 被解释变量（outcome）
scenario-field-treatment = 处理变量（treatment）
scenario-field-controls = 控制变量（controls）
scenario-field-instrument = 工具变量（instrument）
scenario-field-model = 模型（model）
scenario-field-learners = 学习器（learners）
scenario-field-folds = 折数（folds）
scenario-field-n-rep = 重复次数（n_rep）
scenario-field-fold-scheme = 分折方式（fold_scheme）
scenario-field-cluster = 聚类（cluster）
scenario-field-fixed-effects = 固定效应（fixed_effects）
scenario-field-transforms = 变换（transforms）
scenario-field-filter = 样本筛选（filter）

scenario-quoted = “{ $name }”
scenario-or = 或
scenario-clause-separator = ；
scenario-sentence-separator = { "" }

# 对照数据检查情景。
scenario-unknown-column = { $field }：没有名为“{ $name }”的列
scenario-unknown-column-closest = { $field }：没有名为“{ $name }”的列（是否指{ $closest }？）
scenario-available-columns = 可用的列：{ $columns }
scenario-not-numeric = { $field }：列“{ $name }”是文本而不是数字；请选择数值列
scenario-empty = { $field }：未选择列
scenario-two-roles = { $field }：“{ $name }”同时也是{ $other }；一个变量只能担任一个角色
scenario-duplicate-control = 控制变量（controls）：“{ $name }”列出了两次
scenario-missing-instrument = 工具变量（instrument）：PLIV 模型需要工具变量；请选择一个，或改用 PLR
scenario-out-of-range = { $field }：{ $value } 超出范围；允许 { $min } 到 { $max }
scenario-learner = 学习器（learners）：{ $nuisance } 的学习器：{ $error }
scenario-needs-index = { $field }：需要{ $what ->
        [unit] 单位
       *[other] 年份
    }列，但数据中没有（请在导入时指定，或更改此设置）
scenario-fold-column = 分折方式（fold_scheme）：分折列“{ $name }”：{ $reason }
scenario-fold-not-chosen = 未选择列
scenario-fold-not-in-data = 不在数据中
scenario-fold-not-in-data-closest = 不在数据中（是否指{ $closest }？）
scenario-fold-not-numeric = 不是数值列
scenario-fold-two-way = 双向聚类自行按单位 × 年份分折；请选择随机分折或按单位分折
scenario-fold-distinct = 样本中有 { $ids } 个不同的编号；折数须在 2 到 20 之间
scenario-fold-splits-unit = 把单位“{ $unit }”的行分到了不同的折；按单位聚类时每个单位必须在同一折中
scenario-too-few-rows = 折数（folds）：{ $rows } 个可用行不足以分 { $folds } 折（至少需要 { $need } 行）；请减少折数或扩大样本
scenario-too-few-clusters = 折数（folds）：{ $clusters } 个{ $what ->
        [units] 单位
       *[other] 年份
    }不足以在每个聚类变量上分 { $folds } 折；请减少折数
scenario-constant = { $field }：“{ $name }”在估计样本中为常数（{ $value }），无从估计
scenario-empty-sample = 样本筛选（filter）：没有任何行满足“{ $filter }”
scenario-transform = 变换（transforms）：{ $error }
scenario-design = { $error }
scenario-filter-no-column = 样本筛选（filter）：没有数值列“{ $column }”
scenario-filter-not-provinces = 样本筛选“{ $filter }”要求单位为省份（地区分组按省份划分）
scenario-filter-no-years = 按年份筛选需要年份列；数据是截面数据
scenario-filter-unknown-unit = 样本筛选（filter）：数据中没有单位“{ $unit }”

# 读取情景文件。
scenario-file-io = { $path }：{ $error }
scenario-file-parse = { $path }，第 { $line } 行第 { $col } 列：{ $problem }
scenario-file-unknown-field = 未知字段 `{ $found }`；允许的字段：{ $allowed }。
scenario-file-unknown-field-in = { $outer } 中的未知字段 `{ $found }`；允许的字段：{ $allowed }。
scenario-file-did-you-mean = 是否指 `{ $name }`？
scenario-file-missing-field = 缺少字段 `{ $field }`：请添加
scenario-file-missing-field-in = { $outer } 中缺少字段 `{ $field }`：请添加
scenario-file-missing-version = { $path }：缺少字段 `version`；请在左括号后添加 `version: { $version },`
scenario-file-newer = { $path }：情景文件版本 { $found } 由较新的 Carbon DML Explorer 写出（本程序最多读取版本 { $current }）；请更新程序
