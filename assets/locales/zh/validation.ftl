# 校验发现的问题：读取文件、表头与分隔符、非数字的单元格、单位列与年份列、面板结构；
# 以及 `carbon-dml check` 如何打印报告。每条 notice-* 消息是问题本身，其 .remedy 属性说明如何处理。
# 中文不区分单复数；$separator、$role、$endian、$missing 按键选择措辞。

notice-unreadable = 无法读取文件：{ $reason }。
    .remedy = 请检查路径，并确认文件没有被其他程序独占打开。
notice-utf16-text = 文件是 UTF-16 文本（{ $endian ->
        [little] 小端序，即 Excel“Unicode 文本”的格式
       *[big] 大端序
    }），不是 UTF-8。
    .remedy = 请另存为“CSV UTF-8”（Excel：另存为 > CSV UTF-8），或用文本编辑器转换编码。
notice-nul-byte = 文件中含有 NUL 字节（偏移 { $offset }）：这是二进制文件或已损坏的文件，不是 CSV 文本。
    .remedy = 请重新导出为 CSV（UTF-8）；电子表格（.xlsx）须先另存为 CSV。
notice-not-utf8 = 文件不是 UTF-8 文本（偏移 { $offset } 处有无效字节）。
    .remedy = 请另存为“CSV UTF-8”（Excel：另存为 > CSV UTF-8；中文版 Excel 常默认存为 GBK）。
notice-empty-file = 文件是空的。
    .remedy = 请选择包含表头行和数据行的 CSV 文件。
notice-no-data-rows = 文件只有表头，没有数据行。
    .remedy = 请在表头下方添加数据行。
notice-unterminated-quote = 从此行开始的带引号字段始终没有闭合，文件其余部分都被读成了一个单元格。
    .remedy = 请补上闭合的引号；带引号字段内的引号字符应写成 ""。
notice-ragged-rows = 有 { $count } 行的字段数与表头不一致（表头有 { $columns } 个以{ $separator }分隔的列名）；第 { $line } 行有 { $fields } 个字段。
    .remedy = 请检查取值中是否有未加引号的分隔符（应加引号），或是否漏了值（留空即可）。
notice-unnamed-column = 表头中第 { $column } 列没有列名。
    .remedy = 请在第一行为每一列命名。
notice-repeated-column-name = 该列名在表头中出现了不止一次（第 { $first } 列和第 { $second } 列）。
    .remedy = 请重命名其中一列。
notice-single-column-header = 按{ $separator }分隔读取时，表头只有一列；文件可能使用了其他分隔符。
    .remedy = 请以逗号、分号或制表符分隔各字段，重新保存文件。
notice-separator = 各字段以{ $separator }分隔。
notice-number-format = “{ $example }”使用了千位分隔符或小数逗号，会被误读。
    .remedy = 数字请勿使用千位分隔符，小数用小数点表示（如 1234.5）；在 Excel 中，保存前把该列格式设为“数值”并取消“使用千位分隔符”。
notice-infinite = “{ $example }”为无穷大，或超出了 64 位浮点数的最大值（约 ±1.8e308）；共 { $count } 个这样的单元格。
    .remedy = 请更正数值或调整该列的计量单位（如改为百万）；数值未知时请留空。
notice-not-a-number = “{ $example }”不是数字（数值列中共有 { $count } 个这样的单元格）。
    .remedy = 请更正该单元格；若数值缺失，可留空（或填 NA）。
notice-cross-section = { $missing ->
        [both] 未找到也未指定单位列和年份列
        [unit] 未找到也未指定单位列
       *[year] 未找到也未指定年份列
    }：数据将作为截面数据使用。
    .remedy = 需要面板结构的功能（滞后项、固定效应、分组交叉拟合、分年份地图）会给出提示；在列映射中指定相应的列即可启用。
notice-column-not-found = 表头中没有{ $role ->
        [unit] 单位
       *[year] 年份
    }列“{ $name }”（最接近的列名是“{ $closest }”）。
    .remedy = 请在列映射中选择{ $role ->
        [unit] 单位
       *[year] 年份
    }列；如果“{ $closest }”就是该列，可将其重命名。
notice-wide-unit-not-found = 宽表中没有可作单位列的“{ $name }”列。
    .remedy = 请按表头中的写法给出单位列名，或不指定（默认使用第一列）。
notice-empty-units = 单位列有 { $count } 个空单元格。
    .remedy = 每一行都要注明单位（省份代码或名称）。
notice-unknown-units = 有 { $count } 个单位名称不是登记表中的省份：{ $names }。
    .remedy = 请使用 GB/T 2260 行政区划代码（11-65）、英文名或中文名（带不带“省/市/自治区”均可）；若是城市或区县，请把该列命名为“city”或“unit”（或在列映射中选作单位列）。
notice-empty-years = 年份列有 { $count } 个空单元格。
    .remedy = 每一行都要注明年份。
notice-not-a-year = “{ $example }”不是年份（应为 { $min } 至 { $max } 之间的整数）；共 { $count } 个这样的单元格。
    .remedy = 年份请写成四位数字，每行一个。
notice-single-row = 文件只有一行数据：无法据此进行估计或描述统计。
    .remedy = 请补全其余各行（每个单位每年一行）。
notice-duplicate-unit-years = 有 { $count } 行的单位-年份重复，例如 { $examples }。
    .remedy = 每个单位每年只保留一行（检查是否有重复粘贴的数据块，或同一省份的两种写法）。
notice-one-year-only = 所有单位都只有一个年份（{ $year }）的观测。
    .remedy = 滞后项、个体固定效应和组内变换要求每个单位至少有两年的数据。
notice-unbalanced = 非平衡面板：{ $units } 个单位 × { $years } 年应有 { $expected } 行，实有 { $present } 行；缺失的如 { $gaps }。
    .remedy = 估计使用现有各行；滞后项和组内变换会跳过缺口。
notice-single-year-units = 有 { $count } 个单位只有一个年份的观测，例如 { $examples }。
    .remedy = 这些单位在滞后项和单位内变换中会被剔除；个体固定效应会吸收它们。
notice-missing-cells = { $total } 个单元格中有 { $missing } 个为空。
    .remedy = 模型变量含缺失值的行会被整行剔除（成列删除）并计数；也可以在“模型”视图中选择单位内插值。
notice-more-missing-columns = 另有 { $count } 列存在空单元格：{ $names }。
    .remedy = 同上：模型变量含缺失值的行会被剔除并计数。
notice-empty-column = 该列所有单元格都是空的。
    .remedy = 空列无法使用；请补全数据，或不使用该列。
notice-empty-columns = 有 { $count } 列没有任何数值：{ $names }。
    .remedy = 空列无法使用；请补全数据，或不使用这些列。
notice-constant-column = 该列只有一个取值（{ $value }）。
    .remedy = 常数列不能作为控制变量、处理变量或工具变量，也不能作为指数的指标；请不要使用该列。
notice-more-constant-columns = 另有 { $count } 列只有一个取值：{ $names }。
    .remedy = 常数列不能作为控制变量、处理变量或工具变量，也不能作为指数的指标；请不要使用这些列。

# 以上问题的组成部分。
notice-part-separator-name = { $separator ->
        [comma] 逗号
        [semicolon] 分号
        [tab] 制表符
        [pipe] 竖线
       *[other] 自定义分隔符
    }
notice-part-unit-year = { $unit } { $year } 年
notice-part-unit-year-separator = 、
notice-part-duplicate-example = { $unit } { $year } 年（第 { $first } 行和第 { $second } 行）
notice-part-duplicate-separator = ；
notice-part-unknown-unit = “{ $label }”
notice-part-unknown-unit-closest = “{ $label }”（是否是指{ $zh }／{ $en }？）
notice-part-list-names-more = { $list } 等（另有 { $more } 个）
notice-part-list-units-more = { $list } 等（另有 { $more } 个）

# carbon-dml check：每个问题一行，最后是汇总。
check-severity-error = 错误
check-severity-warning = 警告
check-severity-note = 提示
check-finding = { $severity }：{ $finding }
check-clean = { $file }：未发现问题
check-counts = { $file }：{ $errors } 个错误，{ $warnings } 个警告
check-panel = { $rows } 行：{ $units } 个单位 × { $years } 年（{ $first }-{ $last }），{ $numeric } 个数值列
check-cross-section = { $rows } 行（截面数据），{ $numeric } 个数值列
check-shape = { $file }：{ $shape }
check-import-failed = 数据无法导入：
