//! Interface languages: English and simplified Chinese, switchable at run time.
//!
//! Every label is a [`Text`] constant in [`tr`] holding both languages, so a label cannot exist
//! in one language only. Province names come from the registry (`name_en`, `name_zh`).

use serde::{Deserialize, Serialize};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

/// One label in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl Lang {
    /// The label in this language.
    pub fn t(self, text: &Text) -> &'static str {
        match self {
            Lang::En => text.en,
            Lang::Zh => text.zh,
        }
    }

    /// Parse `en` / `zh` (command line).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "zh" | "cn" | "chinese" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// A province's display name in this language, if `label` is a registry province.
    pub fn province(self, label: &str) -> String {
        match crate::engine::data::registry::Registry::embedded().lookup(label) {
            Some(p) => match self {
                Lang::En => p.name_en.clone(),
                Lang::Zh => p.name_zh.clone(),
            },
            None => label.to_string(),
        }
    }
}

/// Shorthand for defining a [`Text`].
macro_rules! text {
    ($name:ident, $en:expr, $zh:expr) => {
        #[doc = $en]
        pub const $name: Text = Text { en: $en, zh: $zh };
    };
}

/// Every label of the interface.
pub mod tr {
    use super::Text;

    // Application and menus.
    text!(APP_TITLE, "Carbon DML Explorer", "算力降碳 DML 探索器");
    text!(MENU_FILE, "File", "文件");
    text!(MENU_VIEW, "View", "视图");
    text!(MENU_HELP, "Help", "帮助");
    text!(OPEN_CSV, "Open CSV…", "打开 CSV…");
    text!(OPEN_SAMPLE, "Load the bundled sample", "载入内置样本");
    text!(RECENT_FILES, "Recent files", "最近文件");
    text!(NO_RECENT, "(none yet)", "（暂无）");
    text!(QUIT, "Quit", "退出");
    text!(LANGUAGE, "Language", "语言");
    text!(THEME, "Theme", "主题");
    text!(THEME_LIGHT, "Light", "浅色");
    text!(THEME_DARK, "Dark", "深色");
    text!(ZOOM, "Zoom", "缩放");
    text!(ZOOM_IN, "Zoom in", "放大");
    text!(ZOOM_OUT, "Zoom out", "缩小");
    text!(ZOOM_RESET, "Actual size", "原始大小");
    text!(PRESENTATION, "Presentation mode (large text)", "演示模式（大字号）");
    text!(DEBUG_OVERLAY, "Frame-time overlay", "帧时间叠加层");
    text!(ABOUT_STUDY, "About the study", "关于本研究");
    text!(ABOUT_METHODS, "About the methods", "关于方法");
    text!(SHORTCUTS, "Keyboard shortcuts", "键盘快捷键");
    text!(CLOSE, "Close", "关闭");
    text!(DISMISS, "Dismiss", "关闭提示");

    // Navigation.
    text!(VIEW_DATA, "Data", "数据");
    text!(VIEW_INDEX, "Index", "指数");
    text!(VIEW_MODEL, "Model", "模型");
    text!(VIEW_RESULTS, "Results", "结果");
    text!(VIEW_MAPS, "Maps", "地图");
    text!(VIEW_ROBUSTNESS, "Robustness", "稳健性");
    text!(VIEW_SCENARIOS, "Scenarios", "情景");

    // Status bar.
    text!(STATUS_DATA, "Data", "数据");
    text!(SYNTHETIC, "synthetic", "模拟数据");
    text!(STATUS_UP_TO_DATE, "up to date", "已更新");
    text!(STATUS_RUNNING, "estimating", "估计中");
    text!(STATUS_STALE, "stale (a change is waiting)", "已过期（有待执行的更改）");
    text!(STATUS_ERROR, "error", "错误");
    text!(STATUS_IDLE, "no estimate yet", "尚无估计");
    text!(LAST_ESTIMATE, "last estimate", "最近估计");
    text!(CANCEL, "Cancel", "取消");

    // Data view.
    text!(DATA_SOURCE, "Data source", "数据来源");
    text!(ROWS, "rows", "行");
    text!(UNITS, "units", "个单位");
    text!(YEARS, "years", "年");
    text!(CROSS_SECTION, "cross-section", "截面数据");
    text!(VALIDATION, "Validation report", "校验报告");
    text!(NO_PROBLEMS, "No problems found.", "未发现问题。");
    text!(IMPORT_FAILED, "Import failed; the previous data are kept.", "导入失败；已保留先前的数据。");
    text!(COLUMN_MAPPING, "Column mapping", "列映射");
    text!(UNIT_COLUMN, "Unit column", "单位列");
    text!(YEAR_COLUMN, "Year column", "年份列");
    text!(AUTO_DETECT, "(detect)", "（自动识别）");
    text!(NONE_CROSS_SECTION, "(none: cross-section)", "（无：截面）");
    text!(APPLY_MAPPING, "Re-import with this mapping", "按此映射重新导入");
    text!(SUMMARY_STATS, "Descriptive statistics (Table 3)", "描述性统计（表 3）");
    text!(PREVIEW, "Table preview", "数据预览");
    text!(VARIABLE, "Variable", "变量");
    text!(MEAN, "Mean", "均值");
    text!(SD, "SD", "标准差");
    text!(MIN, "Min", "最小值");
    text!(MAX, "Max", "最大值");
    text!(
        SYNTHETIC_NOTE,
        "These data are synthetic: generated with known true effects, not official statistics.",
        "本数据为模拟数据：按已知真实效应生成，并非官方统计数据。"
    );
    text!(DROP_HINT, "Drop a CSV file onto the window to open it.", "将 CSV 文件拖入窗口即可打开。");
    text!(ERROR, "Error", "错误");
    text!(WARNING, "Warning", "警告");
    text!(NOTE, "Note", "提示");
    text!(SELECTED, "Selected", "已选");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_pick() {
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::Zh.t(&tr::VIEW_DATA), "数据");
        assert_eq!(Lang::Zh.province("45"), "广西");
        assert_eq!(Lang::En.province("广西壮族自治区"), "Guangxi");
        assert_eq!(Lang::Zh.province("C001"), "C001");
    }
}
