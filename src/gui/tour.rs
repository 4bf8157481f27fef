//! The first-launch tour: a few steps, each showing one view behind a small window that says
//! what the view is for and where the bundled sample's true effects appear. It opens once on
//! the first start (until finished or skipped) and again from Help > Tour of the app.

use super::app::View;
use super::i18n::{Lang, Text};

/// One step: the view it shows and what it says.
pub struct Step {
    /// The view shown behind the tour window.
    pub view: View,
    /// Title of the step.
    pub title: Text,
    /// What the view is for.
    pub body: Text,
}

/// The steps, in order.
pub const STEPS: [Step; 8] = [
    Step {
        view: View::Data,
        title: Text { en: "Welcome: the data", zh: "欢迎：数据" },
        body: Text {
            en: "Carbon DML Explorer takes one study apart: does computing-power development (DCP) raise carbon economic efficiency (CEE) in China's provinces? It opens on a bundled SYNTHETIC panel whose true effects are known, so you can check every estimator against the truth. Here you open your own CSV (File > Open, or drop it on the window), map the province and year columns and read the validation report and Table 3.",
            zh: "本软件逐步拆解一项研究：算力发展（DCP）能否提升中国各省的碳排放经济绩效（CEE）？启动时载入内置的模拟面板，其真实效应已知，可据此检验每个估计量。在此打开您自己的 CSV（文件 > 打开，或拖入窗口），指定省份列和年份列，查看数据检查报告和表 3。",
        },
    },
    Step {
        view: View::Index,
        title: Text { en: "The index", zh: "指数" },
        body: Text {
            en: "DCP is built from ten indicators in four dimensions with entropy weights. Change the method, the indicators or the weights and every estimate, table and map follows.",
            zh: "DCP 由四个维度的十个指标按熵权法合成。修改赋权方法、指标或权重，所有估计、表格和地图随之更新。",
        },
    },
    Step {
        view: View::Model,
        title: Text { en: "The model", zh: "模型" },
        body: Text {
            en: "Choose the outcome, treatment, controls and sample; the learners and their settings; the number of folds and how rows are dealt to them; clustering, fixed effects and the instrument. Every change re-estimates in the background.",
            zh: "选择结果变量、处理变量、控制变量和样本；学习器及其参数；折数与分折方式；聚类、固定效应和工具变量。每次修改都会在后台重新估计。",
        },
    },
    Step {
        view: View::Results,
        title: Text { en: "The results", zh: "结果" },
        body: Text {
            en: "The estimate with its standard error, interval and nuisance fit, the naive OLS beside it and, on the bundled sample, the true effect built into the data (in green). Click a point in a plot to select its province everywhere.",
            zh: "估计值及其标准误、置信区间和干扰函数拟合，旁边是朴素 OLS；使用内置样本时还显示数据中设定的真实效应（绿色）。点击图中的点，即可在所有视图中选中该省份。",
        },
    },
    Step {
        view: View::Maps,
        title: Text { en: "The maps", zh: "地图" },
        body: Text {
            en: "Any variable by province and year, with the study's natural breaks or other classes; export them as PNG.",
            zh: "按省份和年份绘制任一变量，可采用原文的自然断点或其他分级方法；可导出为 PNG。",
        },
    },
    Step {
        view: View::Robustness,
        title: Text { en: "The study's tables", zh: "原文各表" },
        body: Text {
            en: "The whole empirical section (Tables 3 to 11) on the current data, with a mark saying whether each conclusion holds. On the bundled sample each table also shows the true effect of every column, subgroups included. The specification curve runs every combination you tick.",
            zh: "在当前数据上重现全部实证部分（表 3 至表 11），并标出每个结论是否成立。使用内置样本时，各表还给出每一列（包括各子样本）的真实效应。设定曲线会运行您勾选的所有组合。",
        },
    },
    Step {
        view: View::Scenarios,
        title: Text { en: "Scenarios", zh: "情景" },
        body: Text {
            en: "Keep set-ups side by side, compare them and save them as files that open the app where you left it.",
            zh: "并排保存多个设定并进行比较，还可保存为文件，下次打开时回到原处。",
        },
    },
    Step {
        view: View::Lab,
        title: Text { en: "The classroom lab", zh: "课堂实验室" },
        body: Text {
            en: "Why double machine learning exists, live: many data sets from a process with a known effect, naive OLS against DML, with the true effect marked. Try removing cross-fitting or clustering. For a projector, View > Presentation mode enlarges everything. Reopen this tour from Help.",
            zh: "现场演示为什么需要双重机器学习：从效应已知的生成过程中抽取多组数据，比较朴素 OLS 与 DML，并标出真实效应。可尝试取消交叉拟合或聚类。投影时可用“视图 > 演示模式”放大界面。可从“帮助”菜单重新打开本导览。",
        },
    },
];

/// Tour title in the window's frame.
pub const TITLE: Text = Text { en: "Tour", zh: "导览" };
/// Help menu entry.
pub const MENU: Text = Text { en: "Tour of the app…", zh: "软件导览…" };
const BACK: Text = Text { en: "Back", zh: "上一步" };
const NEXT: Text = Text { en: "Next", zh: "下一步" };
const DONE: Text = Text { en: "Done", zh: "完成" };
const SKIP: Text = Text { en: "Skip the tour", zh: "跳过导览" };

/// State of the tour: the step shown, if open.
#[derive(Debug, Default)]
pub struct Tour {
    /// Index into [`STEPS`] while the tour is open.
    pub step: Option<usize>,
}

/// What the user did in the tour window this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TourEvent {
    /// Moved to a step: show its view.
    Show(View),
    /// Finished or skipped: do not open it again on start.
    Closed,
}

impl Tour {
    /// Open at the first step; the caller shows its view.
    pub fn open(&mut self) -> View {
        self.step = Some(0);
        STEPS[0].view
    }

    /// True while the tour window is shown.
    pub fn is_open(&self) -> bool {
        self.step.is_some()
    }

    /// Draw the tour window (bottom right, so the view it describes stays visible).
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang) -> Option<TourEvent> {
        let i = self.step?;
        let step = &STEPS[i];
        let mut event = None;
        let mut open = true;
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        let title = format!("{} {}/{}{colon}{}", lang.t(&TITLE), i + 1, STEPS.len(), lang.t(&step.title));
        egui::Window::new(title)
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -40.0])
            .show(ctx, |ui| {
                ui.set_max_width(420.0);
                ui.label(lang.t(&step.body));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if i > 0 && ui.button(lang.t(&BACK)).clicked() {
                        self.step = Some(i - 1);
                        event = Some(TourEvent::Show(STEPS[i - 1].view));
                    }
                    if i + 1 < STEPS.len() {
                        if ui.button(lang.t(&NEXT)).clicked() {
                            self.step = Some(i + 1);
                            event = Some(TourEvent::Show(STEPS[i + 1].view));
                        }
                        if ui.button(lang.t(&SKIP)).clicked() {
                            self.step = None;
                            event = Some(TourEvent::Closed);
                        }
                    } else if ui.button(lang.t(&DONE)).clicked() {
                        self.step = None;
                        event = Some(TourEvent::Closed);
                    }
                });
            });
        if !open {
            self.step = None;
            event = Some(TourEvent::Closed);
        }
        event
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_has_a_step_in_navigation_order() {
        let views: Vec<View> = STEPS.iter().map(|s| s.view).collect();
        assert_eq!(views, View::ALL.to_vec());
        for s in &STEPS {
            for t in [&s.title, &s.body] {
                assert!(!t.en.is_empty() && !t.zh.is_empty());
            }
        }
    }
}
