//! Labels of the Maps view in English and simplified Chinese (one `Text` per label; the view's
//! own constants, kept out of the shared `i18n.rs`).

use crate::gui::i18n::Text;

/// Variable picker.
pub const VARIABLE: Text = Text { en: "Variable", zh: "变量" };
/// Group heading of the residual variables in the picker.
pub const RESIDUALS: Text = Text { en: "Estimated residuals (current estimate)", zh: "估计残差（当前估计）" };
/// Shown while the derived variables are computed.
pub const WAITING_DERIVED: Text = Text {
    en: "Computing the derived variables (DCP, CEE, CIWB, …)…",
    zh: "正在计算派生变量（DCP、CEE、CIWB 等）…",
};
/// A residual variable is chosen but there is no estimate.
pub const NO_ESTIMATE: Text = Text {
    en: "No estimate yet: the residuals appear when the estimate is in.",
    zh: "尚无估计结果：估计完成后即可绘制残差。",
};
/// The residuals shown belong to an older set-up.
pub const STALE_RESIDUALS: Text = Text {
    en: "Residuals of the last estimate (the set-up has changed since).",
    zh: "上一次估计的残差（设置已更改）。",
};
/// Toggle between one and two maps.
pub const TWO_MAPS: Text = Text { en: "Two maps side by side", zh: "两幅地图并排" };
/// Year slider.
pub const YEAR: Text = Text { en: "Year", zh: "年份" };
/// Play button.
pub const PLAY: Text = Text { en: "Play", zh: "播放" };
/// Pause button.
pub const PAUSE: Text = Text { en: "Pause", zh: "暂停" };
/// Play button help.
pub const PLAY_HELP: Text = Text {
    en: "Step the right-hand map through the years, one year every 0.8 s (the left map stays as the base year).",
    zh: "右侧地图逐年播放，每 0.8 秒前进一年（左侧地图保持为基准年）。",
};
/// Classification heading.
pub const CLASSIFICATION: Text = Text { en: "Classification", zh: "分级" };
/// Method: natural breaks.
pub const JENKS: Text = Text { en: "Natural breaks (Fisher-Jenks)", zh: "自然断点（Fisher-Jenks）" };
/// Method: quantiles.
pub const QUANTILE: Text = Text { en: "Quantiles", zh: "分位数" };
/// Method: equal intervals.
pub const EQUAL: Text = Text { en: "Equal intervals", zh: "等间距" };
/// Number of classes.
pub const CLASSES: Text = Text { en: "Classes", zh: "分级数" };
/// Breaks editor heading.
pub const BREAKS: Text = Text { en: "Class breaks (upper bounds)", zh: "分级断点（上界）" };
/// Breaks editor help.
pub const BREAKS_HELP: Text = Text {
    en: "Type a bound and press Enter. Bounds must increase, and the last must reach the largest value shown.",
    zh: "输入上界后按回车。断点须递增，最后一个不得小于所示的最大值。",
};
/// Breaks edited by the user.
pub const USER_BREAKS: Text = Text { en: "your breaks", zh: "自定义断点" };
/// Reset edited breaks.
pub const RESET_BREAKS: Text = Text { en: "Back to computed breaks", zh: "恢复自动断点" };
/// A break text is not a number.
pub const NOT_A_NUMBER: Text = Text { en: "is not a number", zh: "不是数字" };
/// Fewer classes than asked.
pub const REDUCED: Text = Text {
    en: "fewer distinct values than classes: classes were merged",
    zh: "不同取值少于分级数：已合并分级",
};
/// Palette picker.
pub const PALETTE: Text = Text { en: "Palette", zh: "配色" };
/// Sequential palette kind.
pub const SEQUENTIAL: Text = Text { en: "sequential", zh: "顺序" };
/// Diverging palette kind.
pub const DIVERGING: Text = Text { en: "diverging, zero at the middle", zh: "发散，零值居中" };
/// Reverse toggle.
pub const REVERSE: Text = Text { en: "Reverse (lower is better)", zh: "反转（越低越好）" };
/// Legend scope: shared.
pub const LEGEND_SHARED: Text = Text { en: "One legend for both maps", zh: "两图共用图例" };
/// Legend scope: one per map.
pub const LEGEND_PER_MAP: Text = Text { en: "A legend for each map", zh: "每图单独图例" };
/// Legend heading.
pub const LEGEND: Text = Text { en: "Legend", zh: "图例" };
/// Legend count column.
pub const UNITS: Text = Text { en: "units", zh: "单位数" };
/// No data.
pub const NO_DATA: Text = Text { en: "No data", zh: "无数据" };
/// No-data reason: not in the data.
pub const NOT_IN_DATA: Text = Text { en: "not in the data", zh: "不在数据中" };
/// No-data reason: missing value.
pub const MISSING_VALUE: Text = Text { en: "value missing", zh: "数值缺失" };
/// "class" in the hover text.
pub const CLASS: Text = Text { en: "class", zh: "等级" };
/// "of" in "class 2 of 5".
pub const OF: Text = Text { en: "of", zh: "/" };
/// Hint under the maps.
pub const CLICK_HINT: Text = Text {
    en: "Hover a province for its value; click it to select it (also in the Data and Results views); click the sea to clear.",
    zh: "悬停查看省份数值；点击省份即选中（数据与结果视图同步高亮）；点击空白处取消选择。",
};
/// National median line.
pub const NATIONAL_MEDIAN: Text = Text { en: "National median", zh: "全国中位数" };
/// Selected unit heading.
pub const SELECTED: Text = Text { en: "Selected", zh: "已选" };
/// Clear the selection.
pub const CLEAR_SELECTION: Text = Text { en: "Clear", zh: "清除" };
/// Boundaries heading.
pub const BOUNDARIES: Text = Text { en: "Boundaries", zh: "边界" };
/// The embedded boundaries.
pub const EMBEDDED: Text = Text { en: "Embedded provinces (Natural Earth)", zh: "内置省界（Natural Earth）" };
/// Load a GeoJSON.
pub const LOAD_BOUNDARIES: Text = Text { en: "Load boundaries (GeoJSON)…", zh: "加载边界（GeoJSON）…" };
/// Back to embedded boundaries.
pub const USE_EMBEDDED: Text = Text { en: "Back to the embedded boundaries", zh: "恢复内置边界" };
/// Reading a file.
pub const LOADING: Text = Text { en: "Reading and tessellating…", zh: "正在读取并剖分…" };
/// Join property.
pub const JOIN_BY: Text = Text { en: "Join by property", zh: "连接属性" };
/// Join matching.
pub const MATCHING: Text = Text { en: "Matching", zh: "匹配方式" };
/// Matching: automatic.
pub const MATCH_AUTO: Text = Text { en: "automatic", zh: "自动" };
/// Matching: province registry.
pub const MATCH_PROVINCE: Text = Text { en: "province names and codes", zh: "省份名称与代码" };
/// Matching: exact text.
pub const MATCH_EXACT: Text = Text { en: "exact text", zh: "精确文本" };
/// "features matched".
pub const FEATURES_MATCHED: Text = Text { en: "features matched", zh: "个要素已匹配" };
/// Unmatched features.
pub const UNMATCHED_FEATURES: Text =
    Text { en: "Features without a unit (no data)", zh: "未匹配单位的要素（无数据）" };
/// Unmatched units.
pub const UNMATCHED_UNITS: Text =
    Text { en: "Units without a feature (not drawn)", zh: "无对应要素的单位（未绘制）" };
/// Skipped features (no area).
pub const SKIPPED: Text = Text { en: "Skipped (no area)", zh: "已跳过（无面积）" };
/// No match at all.
pub const NOTHING_MATCHED: Text = Text {
    en: "No feature matches a unit: choose another property.",
    zh: "没有要素与单位匹配：请选择其他属性。",
};
/// Export heading.
pub const EXPORT: Text = Text { en: "Export PNG…", zh: "导出 PNG…" };
/// Export width.
pub const WIDTH_PX: Text = Text { en: "Width (px)", zh: "宽度（像素）" };
/// Export running.
pub const EXPORTING: Text = Text { en: "Rendering…", zh: "正在渲染…" };
/// Export done.
pub const SAVED: Text = Text { en: "Saved", zh: "已保存" };
/// Export failed.
pub const EXPORT_FAILED: Text = Text { en: "Export failed", zh: "导出失败" };
/// Export title: "{variable} by province".
pub const BY_PROVINCE: Text = Text { en: "by province", zh: "分省分布" };
/// "and" between years.
pub const AND: Text = Text { en: "and", zh: "与" };
/// Source note: synthetic data.
pub const SYNTHETIC_NOTE: Text = Text { en: "synthetic sample data", zh: "合成样本数据" };
/// Source note: the embedded boundaries (as `render::DEFAULT_NOTE`).
pub const BOUNDARY_NOTE: Text = Text {
    en: "Boundaries: Natural Earth (public domain), not China's official standard map.",
    zh: "边界：Natural Earth（公有领域），非中国官方标准地图。",
};
/// Comma between title parts.
pub const COMMA: Text = Text { en: ", ", zh: "，" };
/// Colon after a note's heading.
pub const COLON: Text = Text { en: ": ", zh: "：" };
/// Source note: data.
pub const DATA: Text = Text { en: "Data", zh: "数据" };
/// Accessible name of a map.
pub const MAP: Text = Text { en: "Map", zh: "地图" };
/// Heading of the gridded-data panel.
pub const GRIDDED: Text = Text { en: "Gridded data (GeoTIFF)", zh: "GeoTIFF 数据" };
/// What the gridded-data panel does.
pub const GRIDDED_NOTE: Text = Text {
    en: "Zonal statistics over the boundaries in use (edge cells weighted by their covered share, as exactextract); years from the file names.",
    zh: "按当前边界计算区域统计（边界像元按覆盖比例计入，与 exactextract 相同），年份取自文件名。",
};
/// Statistic per unit.
pub const GRIDDED_STAT: Text = Text { en: "Per unit", zh: "每个单元" };
/// How several files of a year combine.
pub const GRIDDED_MONTHS: Text = Text { en: "Several files in a year", zh: "同一年多个文件" };
/// Sum.
pub const GRIDDED_SUM: Text = Text { en: "Sum", zh: "求和" };
/// Mean.
pub const GRIDDED_MEAN: Text = Text { en: "Mean", zh: "平均" };
/// Name of the new column.
pub const GRIDDED_COLUMN: Text = Text { en: "New column", zh: "新列名称" };
/// The button.
pub const GRIDDED_ADD: Text = Text { en: "Add gridded data…", zh: "添加 GeoTIFF 数据…" };
/// Cancel the job.
pub const GRIDDED_CANCEL: Text = Text { en: "Cancel", zh: "取消" };
/// The job was cancelled.
pub const GRIDDED_CANCELLED: Text = Text { en: "Cancelled.", zh: "已取消。" };
/// "Added column" before the name.
pub const GRIDDED_ADDED: Text = Text { en: "Added column", zh: "已添加列" };
/// "rows have a value" after the counts.
pub const GRIDDED_ROWS: Text = Text { en: "rows have a value", zh: "行有值" };
