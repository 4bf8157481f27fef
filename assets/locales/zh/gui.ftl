# 窗口界面的中文标签 (gui.ftl). Ids are used by the code; edit only the text after "=".


## Application and menus.
gui-app-title = 算力降碳 DML 探索器
gui-menu-file = 文件
gui-menu-view = 视图
gui-menu-help = 帮助
gui-table-language = 结果表格语言
gui-table-language-help = 结果表格及其导出（CSV、Markdown、LaTeX、复制到 Word）的语言，可与界面语言不同。
gui-same-as-interface = 与界面相同
gui-open-csv = 打开 CSV…
gui-open-sample = 载入内置样本
gui-open-scenario = 打开情景…
gui-save-scenario = 保存情景
gui-save-scenario-as = 情景另存为…
gui-reproduce-study = 复现研究
gui-message = 消息
gui-recent-files = 最近文件
gui-no-recent = （暂无）
gui-quit = 退出
gui-language = 语言
gui-theme = 主题
gui-theme-light = 浅色
gui-theme-dark = 深色
gui-zoom = 缩放
gui-zoom-in = 放大
gui-zoom-out = 缩小
gui-zoom-reset = 原始大小
gui-presentation = 演示模式（大字号）
gui-debug-overlay = 帧时间叠加层
gui-builtin-file-chooser = 使用内置文件选择器
gui-builtin-file-chooser-help = 打开、保存和导出时使用本窗口内的文件选择器，不使用系统文件对话框（系统对话框无法显示或工作异常时可用）。
gui-about-study = 关于本研究
gui-about-methods = 关于方法
gui-shortcuts = 键盘快捷键
gui-close = 关闭
gui-dismiss = 关闭提示

## Navigation.
gui-view-data = 数据
gui-view-index = 指数
gui-view-model = 模型
gui-view-results = 结果
gui-view-maps = 地图
gui-view-robustness = 稳健性
gui-view-scenarios = 情景
gui-view-lab = 实验室

## Results: comparisons beside the estimate.
gui-naive-ols = 朴素 OLS（Y 对 D 与控制变量回归，经典标准误）
gui-naive-ols-help = 不使用双重机器学习时的常规回归：控制变量以线性形式进入。混杂为非线性时该估计有偏，而采用灵活学习器的双重机器学习无此偏差。
gui-true-effect = 模拟样本中设定的真实效应
gui-true-effect-help = 内置数据为模拟数据：其生成过程为每一行设定了该效应；此处显示的是本次估计所用各行的平均值（地区或子样本各有其值），可据此判断各估计量与真实值的接近程度。若修改了指数，或对结果变量、处理变量取对数或滞后，估计目标随之改变，则不显示。详见 sample_data/README.md。

## Status bar.
gui-status-data = 数据
gui-synthetic = 模拟数据
gui-status-up-to-date = 已更新
gui-status-running = 估计中
gui-status-stale = 已过期（有待执行的更改）
gui-status-error = 错误
gui-status-idle = 尚无估计
gui-status-deriving = 后台计算中：
gui-status-waiting-for = 估计正在等待
gui-last-estimate = 最近估计
gui-cancel = 取消

## Data view.
gui-data-source = 数据来源
gui-rows = 行
gui-units = 个单位
gui-years = 年
gui-cross-section = 截面数据
gui-validation = 校验报告
gui-no-problems = 未发现问题。
gui-import-failed = 导入失败；已保留先前的数据。
gui-column-mapping = 列映射
gui-unit-column = 单位列
gui-year-column = 年份列
gui-auto-detect = （自动识别）
gui-none-cross-section = （无：截面）
gui-apply-mapping = 按此映射重新导入
gui-sheet = 工作表
gui-sheet-auto = （首个含表格的工作表）
gui-wide-table = 宽表（每年一列），变量名
gui-wide-hint = 导入时转换为面板；单位列默认为第一列，也可在上方指定。
gui-summary-stats = 描述性统计（表 3）
gui-preview = 数据预览
gui-variable = 变量
gui-mean = 均值
gui-sd = 标准差
gui-min = 最小值
gui-max = 最大值
gui-synthetic-note = 本数据为模拟数据：按已知真实效应生成，并非官方统计数据。
gui-drop-hint = 将 CSV 文件或 Excel 工作簿拖入窗口即可打开。
gui-error = 错误
gui-warning = 警告
gui-note = 提示
gui-selected = 已选

## Model view.
gui-not-ready = 此视图正在建设中。
gui-rerun = 立即重新估计
gui-reset-baseline = 恢复研究基准设定
gui-reset-baseline-help = 将所有模型选项恢复为研究的基准设定：CEE 对 DCP，六个控制变量，PLR，500 棵树的随机森林，K = 5。
gui-variables = 变量
gui-outcome = 被解释变量 Y
gui-outcome-help = 我们研究其变化的变量，例如 CEE = GDP / CO2（碳排放经济绩效）。
gui-treatment = 核心解释变量 D
gui-treatment-help = 我们估计其效应 θ 的变量，例如算力发展指数 DCP。
gui-instrument = 工具变量 Z
gui-instrument-help = 仅用于 PLIV：影响 D、但只通过 D 影响 Y 的变量（研究使用 1907 年电报局数量 × 滞后一期 DCP）。
gui-none = 无
gui-controls = 控制变量 X
gui-controls-help = 可能同时影响 D 和 Y 的变量（混杂因素）。DML 让机器学习模型去学习它们的作用方式，而不是假定线性关系。
gui-study-controls = 研究的六个控制变量
gui-clear = 清空
gui-model = 模型
gui-plr-help = 部分线性回归：Y = θD + g(X) + e。D 的效应是线性的，控制变量的作用形式可以任意。
gui-pliv-help = 部分线性工具变量模型：与 PLR 相同，但 D 可能是内生的，由工具变量 Z 识别 θ。
gui-score = 得分函数
gui-score-help = 残差对残差（partialling out）：用 Y 的残差对 D 的残差回归。工具变量型（IV-type，研究原文的描述）：用 D 的残差作为 D 的工具变量。
gui-score-partialling-out = 残差对残差（partialling out）
gui-score-iv-type = 工具变量型（IV-type）
gui-learners = 学习器
gui-learners-help = 根据控制变量预测 Y 和 D 的机器学习模型。每一行的预测都来自没有见过该行的模型（交叉拟合）。
gui-per-nuisance = 每个辅助函数单独设定
gui-nuisance = 辅助函数
gui-ols-help = 普通最小二乘：各控制变量均为线性。速度快，但捕捉不到非线性混杂。
gui-cv-folds = 选择惩罚参数的交叉验证折数
gui-trees = 树的数量
gui-trees-help = 树越多，预测越平滑稳定，但耗时越长。研究使用 500 棵。
gui-max-depth = 最大深度
gui-max-depth-help = 一棵树最多可连续划分的层数。不勾选表示不限深度，直到叶子节点纯净。
gui-min-leaf = 叶子最少样本数
gui-min-leaf-help = 每个叶子节点至少包含的行数。数值越大，预测越平滑。
gui-max-features = 每次划分考虑的特征数
gui-max-features-help = 每次划分可选用的控制变量个数：全部（scikit-learn 回归的默认值）、平方根、log2 或某一比例。
gui-all = 全部
gui-fraction = 比例
gui-boost-trees-help = 提升的轮数：每棵小树修正之前各树的误差。
gui-learning-rate = 学习率
gui-learning-rate-help = 每棵树修正量的权重。学习率越小，需要的树越多。
gui-depth = 深度
gui-subsample = 子样本比例
gui-subsample-help = 每棵树使用的行比例（1 = 全部，为默认值；小于 1 为随机梯度提升）。
gui-split-search = 划分搜索
gui-split-search-help = 精确：尝试任意两个观测值之间的每个划分点（研究的设置，为默认值）。直方图：将每个控制变量一次性分入至多 255 个分位数箱，在箱的汇总上搜索划分，划分点只能落在箱的边界上。
gui-split-exact = 精确
gui-split-hist = 直方图
gui-svr-c-help = 对超过 ε 的误差的惩罚。C 越大，拟合数据越紧。
gui-svr-eps-help = 小于 ε 的误差不计损失（拟合线周围的管道）。
gui-svr-gamma-help = RBF 核的宽度。'scale' = 1 / (控制变量个数 × 方差)，与 scikit-learn 相同。
gui-fixed = 固定值
gui-cross-fitting = 交叉拟合与推断
gui-folds = 折数 K
gui-folds-help = 数据被分为 K 份，每一份由在其余 K-1 份上训练的模型预测。研究使用 5，并以 4 和 8 做稳健性检验。
gui-repetitions = 重复次数
gui-repetitions-help = 多次重复随机划分并取中位数，使结果较少依赖某一次划分。
gui-fold-scheme = 分折方式
gui-fold-scheme-help = 随机按行（与研究相同）；按单位（同一省份的所有年份在同一折，避免跨年信息泄漏，推荐用于面板）；或按数据中的分折列（便于与其他软件精确比对）。
gui-random-rows = 随机按行
gui-by-unit = 按单位
gui-fold-column = 分折列
gui-cluster = 聚类标准误
gui-cluster-help = 同一省份的各行并不独立。按单位（或按单位和年份）聚类会相应放大标准误。
gui-unit-and-year = 单位和年份
gui-aggregation = 合并重复结果
gui-aggregation-help = DoubleML 0.11：估计值取中位数，区间取各次上下限的中位数。旧规则：n se² + (θ_r - θ)² 的中位数。
gui-median-variance = 方差中位数（旧规则）
gui-seed = 随机种子
gui-seed-help = 一个数字决定所有随机选择（分折、树）。相同的种子给出完全相同的结果。
gui-fixed-effects = 固定效应
gui-fixed-effects-help = 吸收省份内不随时间变化的因素（单位）或同一年份共有的因素（年份）。可作为虚拟变量加入控制变量，或减去单位均值（组内变换）。
gui-fe-unit = 单位
gui-fe-year = 年份
gui-fe-unit-year = 单位 + 年份
gui-fe-interactive-note = 研究中的“省份 × 年份交互固定效应”在此实现为单位 + 年份固定效应：每个省份-年份只有一行，字面意义上的省份 × 年份虚拟变量会吸收全部变异。
gui-fe-within = 组内变换（去均值）
gui-transforms = 变量变换
gui-interpolate = 单位内线性插值补缺
gui-interpolate-help = 按年份对省份内部缺失值线性插值（研究采用的方法）。否则含缺失值的行将被删除并计数。
gui-lag-treatment = 核心解释变量滞后一期
gui-lag-help = 使用上一年的 D（删除各单位的第一年）。
gui-iv-times-lag = 工具变量 × 滞后一期核心解释变量
gui-iv-times-lag-help = 研究的工具变量：1907 年电报局数量乘以上一年的 DCP。
gui-winsorize = 控制变量缩尾
gui-winsorize-help = 将超出所选分位数的值替换为该分位数（研究：1% 和 99%）。
gui-squares = 加入控制变量二次项
gui-squares-help = 为每个控制变量加入平方项（研究中针对非线性的稳健性检验）。
gui-log-columns = 对列取自然对数
gui-sample-filter = 样本
gui-sample-filter-help = 在子样本上估计：年份、区域、沿海或内陆省份，或对任意列设定条件（例如环境规制高于中位数）。
gui-years-range = 年份
gui-region = 区域
gui-east = 东部
gui-central = 中部
gui-west = 西部
gui-coast = 沿海
gui-coastal = 沿海
gui-inland = 内陆
gui-add-condition = + 按列添加条件
gui-current-sample = 估计样本

## Results view.
gui-waiting-for-estimate = 正在等待首次估计结果…
gui-spec-does-not-fit = 模型设定与数据不符：
gui-go-to-model = 前往模型视图
gui-notes = 说明
gui-plot-residuals = 残差对残差
gui-plot-nuisance = 辅助函数拟合
gui-plot-repetitions = 各次重复
gui-plot-instrument = 第一阶段与 AR 置信集
gui-export-plot-png = 导出图形为 PNG…
gui-nuisance-fit = 各辅助函数的样本外拟合
gui-target = 目标变量
gui-band-95 = 95% 置信带
gui-no-residuals = 没有可绘制的残差。
gui-actual = 实际值
gui-predicted = 预测值（样本外）
gui-repetition = 重复序号
gui-aggregated = 汇总 θ
gui-first-stage = 第一阶段
gui-weak-instrument = 弱工具变量（F < 10）：应参考 Anderson-Rubin 置信集，而非 Wald 区间
gui-copy-table = 复制表格
gui-copy-table-help = 复制为制表符分隔文本，可粘贴到 Word 或 Excel。
gui-export = 导出
gui-tour-data-title = 欢迎：数据
gui-tour-data-body = 本软件逐步拆解一项研究：算力发展（DCP）能否提升中国各省的碳排放经济绩效（CEE）？启动时载入内置的模拟面板，其真实效应已知，可据此检验每个估计量。在此打开您自己的 CSV（文件 > 打开，或拖入窗口），指定省份列和年份列，查看数据检查报告和表 3。
gui-tour-index-title = 指数
gui-tour-index-body = DCP 由四个维度的十个指标按熵权法合成。修改赋权方法、指标或权重，所有估计、表格和地图随之更新。
gui-tour-model-title = 模型
gui-tour-model-body = 选择结果变量、处理变量、控制变量和样本；学习器及其参数；折数与分折方式；聚类、固定效应和工具变量。每次修改都会在后台重新估计。
gui-tour-results-title = 结果
gui-tour-results-body = 估计值及其标准误、置信区间和干扰函数拟合，旁边是朴素 OLS；使用内置样本时还显示数据中设定的真实效应（绿色）。点击图中的点，即可在所有视图中选中该省份。
gui-tour-maps-title = 地图
gui-tour-maps-body = 按省份和年份绘制任一变量，可采用原文的自然断点或其他分级方法；可导出为 PNG。
gui-tour-robustness-title = 原文各表
gui-tour-robustness-body = 在当前数据上重现全部实证部分（表 3 至表 11），并标出每个结论是否成立。使用内置样本时，各表还给出每一列（包括各子样本）的真实效应。设定曲线会运行您勾选的所有组合。
gui-tour-scenarios-title = 情景
gui-tour-scenarios-body = 并排保存多个设定并进行比较，还可保存为文件，下次打开时回到原处。
gui-tour-lab-title = 课堂实验室
gui-tour-lab-body = 现场演示为什么需要双重机器学习：从效应已知的生成过程中抽取多组数据，比较朴素 OLS 与 DML，并标出真实效应。可尝试取消交叉拟合或聚类。投影时可用“视图 > 演示模式”放大界面。可从“帮助”菜单重新打开本导览。
# Tour title in the window's frame.
gui-tour-title = 导览
# Help menu entry.
gui-tour-menu = 软件导览…
gui-tour-back = 上一步
gui-tour-next = 下一步
gui-tour-done = 完成
gui-tour-skip = 跳过导览
# Recovery dialog title.
gui-autosave-title = 恢复上次的工作？
# Recovery dialog text.
gui-autosave-body = 上次会话未正常关闭窗口（程序崩溃或断电）。当时的设置已自动保存：
# The scenario line of the dialog.
gui-autosave-scenario = 情景
# The data line of the dialog.
gui-autosave-data = 数据
# The bundled sample, when the set-up names no file.
gui-autosave-sample = 内置样例
# Restore button.
gui-autosave-restore = 恢复
# Discard button.
gui-autosave-discard = 丢弃
# Shown once when the autosave cannot be written.
gui-autosave-write-failed = 本次会话的自动保存已停用：
# "Importing".
gui-import-job-importing = 正在导入
# Cancel button.
gui-import-job-cancel-import = 取消导入
# Title: open a data file.
gui-files-title-open-csv = 打开 CSV
# Title: open a scenario.
gui-files-title-open-scenario = 打开情景
# Title: save the scenario.
gui-files-title-save-scenario = 保存情景
# Title: save a plot as PNG.
gui-files-title-export-png = 导出 PNG
# Title: export a table.
gui-files-title-export-table = 导出表格
# Title: load boundaries.
gui-files-title-load-geojson = 载入 GeoJSON 边界
# Title: export a map.
gui-files-title-export-map = 导出地图为 PNG
# Title: folder for the robustness report.
gui-files-title-export-report = 选择报告文件的保存文件夹
# Title: add scenarios to the comparison.
gui-files-title-compare = 加入情景文件
# Title: add gridded data to the panel.
gui-files-title-add-gridded = 添加 GeoTIFF 数据
# Filter: delimited text.
gui-files-filter-csv = CSV、文本表格与 Excel 工作簿
# Filter: scenarios.
gui-files-filter-scenario = 情景
# Filter: PNG images.
gui-files-filter-png = PNG 图像
# Filter: GeoJSON.
gui-files-filter-geojson = GeoJSON
# Filter: GeoTIFF rasters.
gui-files-filter-geotiff = GeoTIFF 文件
# Go to the parent folder.
gui-files-up = 上一级
# Go to the home folder.
gui-files-home = 主文件夹
# Label of the editable folder path.
gui-files-folder = 文件夹
# Hover of the folder path.
gui-files-folder-help = 输入文件夹的位置，按回车键前往。
# Show every file, not only the request's types.
gui-files-all-files = 所有文件
# Accessible name of a row's checkbox (open several); followed by the file name.
gui-files-tick = 选择
# Show hidden files.
gui-files-show-hidden = 显示隐藏文件
# Label of the file-name field (save).
gui-files-file-name = 文件名
# Accept (open).
gui-files-open = 打开
# Accept (save).
gui-files-save = 保存
# Accept (folder): the folder shown.
gui-files-choose-folder = 选择此文件夹
# Accept (folder): the folder selected in the list; followed by its name.
gui-files-choose = 选择
# Cancel.
gui-files-cancel = 取消
# While the folder is read.
gui-files-reading = 正在读取文件夹…
# The folder holds nothing to show.
gui-files-empty = （此处没有所需类型的文件）
# Hint for several files.
gui-files-many-hint = 可勾选多个文件，或使用 Ctrl+单击 与 Shift+单击。
# Nothing chosen yet.
gui-files-nothing-selected = 请先选择文件。
# Save without a name.
gui-files-name-needed = 请先输入文件名。
# Overwrite question; followed by the file name.
gui-files-replace-question = 该文件已存在。是否替换？
# Overwrite: yes.
gui-files-replace = 替换
# Overwrite: no.
gui-files-keep = 保留原文件
# One-line note when the system dialog could not be shown.
gui-files-native-unavailable = 系统文件对话框无法打开，已改用内置文件选择器。
# While the system dialog is open.
gui-files-waiting-native = 正在等待系统文件对话框…
# Abandon the system dialog for the built-in one.
gui-files-use-builtin-instead = 改用内置文件选择器
# Hover of [`USE_BUILTIN_INSTEAD`].
gui-files-use-builtin-help = 如果系统文件对话框没有出现（或在本窗口后面），可在此处选择文件。
# The answer arrived when what it was for had gone.
gui-files-not-ready = 选择文件期间视图已改变，因此未执行。请再选择一次。
# Folder error: permission.
gui-files-err-permission = 无法读取此文件夹（没有权限）
# Folder error: gone.
gui-files-err-not-found = 此文件夹不存在
# Folder error: a file.
gui-files-err-not-a-folder = 此项不是文件夹
# Folder error: anything else.
gui-files-err-other = 无法读取此文件夹
gui-scenarios-title = 情景
gui-scenarios-current = 当前情景
gui-scenarios-name = 名称
gui-scenarios-save = 保存
gui-scenarios-save-as = 另存为…
gui-scenarios-open = 打开情景…
gui-scenarios-preset = 复现研究
gui-scenarios-preset-help = 载入内置样本和研究的基准设定：CEE 对 DCP（熵权法指数），六个控制变量，PLR，500 棵树的随机森林，K = 5，种子 42。
gui-scenarios-file = 文件
gui-scenarios-unsaved = 尚未保存
gui-scenarios-compare = 情景比较
gui-scenarios-add-current = 加入当前情景
gui-scenarios-add-file = 加入情景文件…
gui-scenarios-remove = 移除
gui-scenarios-differs = 不同的设定
gui-scenarios-setting = 设定
gui-scenarios-same = 所比较的情景设定完全相同。
gui-scenarios-compare-hint = 加入情景即可并排查看其估计结果。每个情景都在后台基于其自身数据进行估计。
# Small-sample corrections of every variance (SE, first-stage F, AR, tF).
gui-model-small-sample = 小样本校正
gui-model-small-sample-help = 对所有方差（标准误、第一阶段 F、AR、tF）乘以 G/(G−1) 和/或 n/(n−k)；两者同时即 Stata ivreg2 的 small 选项。默认不校正（与 DoubleML 一致）。
gui-model-small-clusters = G/(G−1)（聚类）
# "Showing the first N of M columns."
gui-data-preview-columns-cut = 预览只显示前 { $n } 列（共 { $m } 列）。
# Heading of the panel.
gui-iv-heading = 工具变量强度与弱工具稳健置信集
# "Variance (SE, F, AR, tF)".
gui-iv-variance = 方差（标准误、F、AR、tF）
# Robust F row.
gui-iv-f-robust = 第一阶段 F（稳健）
# Its explanation.
gui-iv-f-robust-help = 以估计值同一方差计算的 D − r̂ 对 Z − m̂ 的 Wald F；单一工具变量时即 Kleibergen-Paap rk Wald F 与有效 F（Montiel Olea-Pflueger）
# Non-robust F row.
gui-iv-f-nonrobust = 第一阶段 F（非稳健，独立同分布）
# Its explanation.
gui-iv-f-nonrobust-help = 假定同方差且各行独立，仅用于比较
# Partial R^2 row.
gui-iv-partial-r2 = 第一阶段 R²（剔除控制变量后）
# Coefficient row.
gui-iv-fs-coef = 第一阶段系数（标准误）
# Level column.
gui-iv-level = 置信水平
# Wald column.
gui-iv-wald = Wald 区间
# tF column.
gui-iv-tf = tF 区间（LMMP 2022）
# AR column.
gui-iv-ar = Anderson-Rubin 置信集
# Unbounded tF.
gui-iv-unbounded = 无界（F ≤ 3.84）
# tF only at 5%.
gui-iv-tf-only-95 = —（仅 5%）
# Critical value.
gui-iv-critical = 界值

## Filters of the save dialog for a table export.
gui-table-format-csv = CSV
gui-table-format-markdown = Markdown
gui-table-format-latex = LaTeX

## Help menu: about the study, about the methods, keyboard shortcuts.
gui-help-study =
    本研究考察中国省级算力发展（DCP）能否提升碳排放经济绩效（CEE = GDP / CO2）并降低福利碳强度（CIWB = 人均碳排放 / 人均预期寿命 × 100），样本为 2011—2022 年 30 个省份（不含西藏、香港、澳门和台湾）。

    DCP 由算力产业、算力技术、算力环境、算力应用四个维度的十个指标构成，采用熵权法赋权。

    效应采用双重机器学习估计：部分线性模型、随机森林学习器、5 折交叉拟合。机制变量为全要素能源利用效率（TFEE，由含非期望产出的超效率 SBM 模型测算）和产业结构升级（ISU）。稳健性检验包括主成分法指数、控制变量缩尾与二次项、K = 4 与 8、支持向量机与梯度提升学习器，以及工具变量（1907 年电报局数量 × 滞后一期 DCP）。异质性分析按沿海 / 内陆、东部 / 中部 / 西部、环境规制强 / 弱分组。

    内置数据为模拟数据：按已知的真实效应生成，便于观察 DML 能否还原真实效应（见 sample_data/README.md）。分析真实数据请打开您自己的 CSV 文件。
gui-help-methods =
    部分线性模型：Y = θD + g(X) + e，D = m(X) + v。

    双重机器学习用灵活的学习器在 K-1 折样本上拟合 l(X) = E[Y|X] 与 m(X) = E[D|X]，并对留出的一折进行预测（交叉拟合），因此每一行的预测都来自没有见过该行的模型。令 V = D - m^(X)，W = Y - l^(X)，则 θ^ = Σ V W / Σ V²，其标准误由得分函数计算（DML2，各折汇总）。

    熵权法：各指标按方向进行极差标准化，p_ij = x'_ij / Σ_i x'_ij，e_j = -(1/ln n) Σ_i p_ij ln p_ij，w_j = (1 - e_j) / Σ_k (1 - e_k)。

    星号表示显著性水平：10%（*）、5%（**）、1%（***）；括号内为 t 值。
gui-help-shortcuts =
    Ctrl+O   打开 CSV 文件
    Ctrl+S   保存情景
    Ctrl+R / F5   立即重新估计
    Ctrl+1 … Ctrl+8   切换视图
    Ctrl++ / Ctrl+- / Ctrl+0   放大 / 缩小 / 原始大小
    Esc   取消正在进行的估计

## Results view, IV panel: the variance, the Anderson-Rubin set and the notes on fragile inference.
gui-iv-variance-robust = 异方差稳健（各行独立）
gui-iv-variance-unit = 按单位聚类（{ $counts } 个聚类）
gui-iv-variance-unit-year = 按单位与年份双向聚类（{ $counts } 个聚类）
# $base: one of the variances above; $correction: the correction's name (G/(G-1), n/(n-k), ...).
gui-iv-variance-small-sample = { $base }，小样本校正：{ $correction }
gui-iv-ar-whole-line = (−∞, ∞)：无界
gui-iv-ar-empty = 空集
gui-iv-note-few-clusters = 仅 { $clusters } 个聚类（少于约 { $threshold } 个）：聚类稳健的标准误、F 与 AR 集不精确，解读时需留意。
gui-iv-note-below-tf = 稳健第一阶段 F = { $f }，低于 { $threshold }：通常的 1.96 t 检验不是有效的 5% 检验，请参考 tF 区间或 Anderson-Rubin 集。
gui-iv-note-ar-unbounded = { $level }% Anderson-Rubin 集无界：在该水平下工具变量无法确定效应大小。
gui-iv-note-repetitions = 第一阶段统计量为 { $reps } 次重复的中位数；Anderson-Rubin 集合并各次重复的得分。

## Status bar: how long ago the last estimate finished.
gui-ago-seconds = { $s } 秒前
gui-ago-minutes = { $min } 分钟前

## Title of the tour window: "Tour 2/8: The index".
gui-tour-window-title = { $tour } { $step }/{ $steps }：{ $title }

## Previews of long estimates (Results view)
gui-preview-banner = 预览：{ $what }。完整估计正在后台运行，完成后将替换预览。
gui-preview-trees = { $full } 棵树中的 { $preview } 棵
gui-preview-repetitions = { $full } 次重复中的 { $preview } 次
gui-preview-rows = { $full } 行中的 { $preview } 行
gui-preview-units = { $full } 行中的 { $preview } 行（{ $all } 个单位中的 { $units } 个，整单位抽取）
gui-preview-separator = ；
gui-preview-status = 已显示预览
