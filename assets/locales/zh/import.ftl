# 文件格式层的导入提示：文本编码、Excel 工作簿、宽表（年鉴格式）。
# 每条消息是发现的问题；其 .remedy 属性说明如何处理（无需处理时省略）。

notice-transcoded = 文件不是 UTF-8 编码，已按 { $encoding } 读取（根据字节自动识别）。
    .remedy = 无需处理；若想免去转换，可另存为“CSV UTF-8”。
notice-unknown-encoding = 文件既不是 UTF-8 也不是 GBK / GB18030 文本（第一个无效字节位于偏移 { $offset }）。
    .remedy = 请另存为“CSV UTF-8”（Excel：另存为 > CSV UTF-8），或直接打开工作簿（.xlsx）。
notice-bad-utf16 = 文件以 { $encoding } 字节顺序标记开头，但内容不是有效的 UTF-16 文本。
    .remedy = 请重新导出数据，尽量选择“CSV UTF-8”。
notice-workbook-unreadable = 无法读取工作簿：{ $reason }。
    .remedy = 请确认它是 Excel 工作簿（.xlsx 或 .xls）且未被其他程序独占打开；或将工作表另存为 CSV UTF-8。
notice-no-sheets = 工作簿中没有工作表。
    .remedy = 请选择数据位于工作表中的工作簿。
notice-sheet-not-found = 工作簿中没有名为“{ $asked }”的工作表；现有工作表：{ $sheets }。
    .remedy = 请用 --sheet 指定其中一个名称（或从 1 开始的序号），或在窗口中选择。
notice-sheet-read-of-many = 已读取工作表“{ $sheet }”（共 { $count } 个：{ $sheets }）；行号即工作表中的行号。
    .remedy = 可用 --sheet 或窗口中的工作表选择器改选其他工作表。
notice-sheet-read = 已读取工作表“{ $sheet }”；行号即工作表中的行号。
notice-empty-sheet = 工作表“{ $sheet }”中没有任何有值的单元格。
    .remedy = 请选择存放数据的工作表。
notice-title-rows = 表头上方第 { $rows } 行只有一个单元格（“{ $text }”），视为标题并跳过。
    .remedy = 若这是表格标题则无需处理。
notice-footnote-rows = 表格下方第 { $rows } 行只有一个文字单元格（“{ $text }”），视为注释并跳过。
    .remedy = 若这些是注释或资料来源则无需处理；否则请补全该行的其他单元格。
notice-merged-header-rows = 表头单元格 { $range }（“{ $text }”）跨行合并：表头不止一行，下面的表头行会被当作数据读取。
    .remedy = 请取消合并，只保留一行表头，每列一个名称（如“GDP_2011”）。
notice-merged-header = 表头单元格 { $range }（“{ $text }”）被合并：其下各列没有各自的名称。
    .remedy = 请取消合并，并在表头行为每一列单独命名。
notice-merged-data = 数据区有 { $count } 处合并单元格（{ $ranges }）：只有每处的第一个单元格有值，其余按空值读取。
    .remedy = 请取消合并，并把数值填入每个适用的单元格。
notice-numbers-as-text = 有 { $count } 个数字以文本形式存储（如“{ $example }”），已按其数值读取。
    .remedy = 无需处理；可在 Excel 中选中这些单元格并选择“转换为数字”。
notice-reshaped = 宽表（每个“{ $unit_column }”一行、每年一列）已转换为面板：“{ $variable }”共 { $units } 个单位 × { $n_years } 年（{ $first }-{ $last }）。
notice-wide-not-year = 宽表第 { $column } 列的表头“{ $header }”不是年份。
    .remedy = 宽表中单位列之后的每一列都应是年份（如 2011 或 2011年）；请删除或重命名此列。
notice-wide-duplicate-year = 年份 { $year } 在宽表中出现在不止一列。
    .remedy = 每个年份只保留一列。
notice-wide-duplicate-unit = “{ $unit }”在宽表中出现在不止一行。
    .remedy = 每个单位只保留一行（或删除重复的行）。
notice-wide-too-narrow = 宽表至少需要一个单位列和一个年份列；表头只有 { $columns } 列。
    .remedy = 请检查文件，或不使用 --wide 导入。
notice-wide-name-clash = 转换后的变量不能命名为“{ $variable }”：该名称已是单位列或年份列。
    .remedy = 请为变量另取名称（如 --wide GDP）。

# 问题的位置：文件、列、行，然后是问题与处理办法。
locate-column = ，列“{ $column }”
locate-lines = ，第 { $lines } 行
locate-more = （另有 { $more } 处）
locate-message = { $place }：{ $message }
locate-remedy = { " " }处理：{ $remedy }
list-separator = 、
encoding-gbk = GBK（中文 Excel 的默认编码）
encoding-gb18030 = GB18030
encoding-utf16le = UTF-16LE（Excel 的“Unicode 文本”）
encoding-utf16be = UTF-16BE

# The bundled sample where a file name is shown (window, validation report, `check`).
source-bundled = { $file }（内置模拟样本）
