//! The Results view's IV panel: which variance every number uses, the first stage (robust and
//! non-robust F, partial R^2), Wald, tF and Anderson-Rubin sets at 90, 95 and 99%, and the notes
//! where inference is fragile, each in English and Chinese.

use crate::engine::dml::diagnostics::ArSet;
use crate::engine::dml::iv::{InferenceNote, IvInference};
use crate::engine::dml::normal::Level;
use crate::engine::dml::{Cluster, Estimate, SmallSample};
use crate::gui::i18n::{Lang, Text};

const fn t(en: &'static str, zh: &'static str) -> Text {
    Text { en, zh }
}

/// Heading of the panel.
pub const IV_HEADING: Text = t("Instrument strength and weak-IV-robust sets", "工具变量强度与弱工具稳健置信集");
/// "Variance (SE, F, AR, tF)".
pub const VARIANCE: Text = t("Variance (SE, F, AR, tF)", "方差（标准误、F、AR、tF）");
/// Robust F row.
pub const F_ROBUST: Text = t("First-stage F, robust", "第一阶段 F（稳健）");
/// Its explanation.
pub const F_ROBUST_HELP: Text = t(
    "Wald F of D − r̂ on Z − m̂ with the estimate's variance; one instrument: = Kleibergen-Paap rk Wald F = effective F (Montiel Olea-Pflueger)",
    "以估计值同一方差计算的 D − r̂ 对 Z − m̂ 的 Wald F；单一工具变量时即 Kleibergen-Paap rk Wald F 与有效 F（Montiel Olea-Pflueger）",
);
/// Non-robust F row.
pub const F_NONROBUST: Text = t("First-stage F, non-robust (iid)", "第一阶段 F（非稳健，独立同分布）");
/// Its explanation.
pub const F_NONROBUST_HELP: Text =
    t("homoskedastic errors, rows independent; shown for comparison only", "假定同方差且各行独立，仅用于比较");
/// Partial R^2 row.
pub const PARTIAL_R2: Text = t("Partial R²", "第一阶段 R²（剔除控制变量后）");
/// Coefficient row.
pub const FS_COEF: Text = t("First-stage coefficient (se)", "第一阶段系数（标准误）");
/// Level column.
pub const LEVEL: Text = t("Level", "置信水平");
/// Wald column.
pub const WALD: Text = t("Wald interval", "Wald 区间");
/// tF column.
pub const TF: Text = t("tF interval (LMMP 2022)", "tF 区间（LMMP 2022）");
/// AR column.
pub const AR: Text = t("Anderson-Rubin set", "Anderson-Rubin 置信集");
/// Unbounded tF.
pub const UNBOUNDED: Text = t("unbounded (F ≤ 3.84)", "无界（F ≤ 3.84）");
/// tF only at 5%.
pub const TF_ONLY_95: Text = t("— (5% only)", "—（仅 5%）");
/// Critical value.
pub const CRITICAL: Text = t("critical value", "界值");

/// The variance in words, with cluster counts and corrections.
pub fn variance_text(c: Cluster, n_clusters: &[usize], small: SmallSample, lang: Lang) -> String {
    let counts = n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" × ");
    let base = match (c, lang) {
        (Cluster::None, Lang::En) => "heteroskedasticity-robust (rows independent)".to_string(),
        (Cluster::None, Lang::Zh) => "异方差稳健（各行独立）".to_string(),
        (Cluster::Unit, Lang::En) => format!("clustered by unit ({counts} clusters)"),
        (Cluster::Unit, Lang::Zh) => format!("按单位聚类（{counts} 个聚类）"),
        (Cluster::UnitYear, Lang::En) => format!("two-way clustered by unit and year ({counts} clusters)"),
        (Cluster::UnitYear, Lang::Zh) => format!("按单位与年份双向聚类（{counts} 个聚类）"),
    };
    if small.clusters || small.dof {
        let what = match lang {
            Lang::En => "small-sample correction",
            Lang::Zh => "小样本校正",
        };
        format!("{base}, {what}: {}", small.cli_name())
    } else {
        base
    }
}

/// An AR set in words.
pub fn ar_text(a: &ArSet, lang: Lang) -> String {
    match (*a, lang) {
        (ArSet::Interval { lower, upper }, _) => format!("[{lower:.4}, {upper:.4}]"),
        (ArSet::TwoRays { below, above }, _) => format!("(−∞, {below:.4}] ∪ [{above:.4}, ∞)"),
        (ArSet::WholeLine, Lang::En) => "(−∞, ∞): the whole line".into(),
        (ArSet::WholeLine, Lang::Zh) => "(−∞, ∞)：无界".into(),
        (ArSet::RayBelow { upper }, _) => format!("(−∞, {upper:.4}]"),
        (ArSet::RayAbove { lower }, _) => format!("[{lower:.4}, ∞)"),
        (ArSet::Empty, Lang::En) => "empty".into(),
        (ArSet::Empty, Lang::Zh) => "空集".into(),
    }
}

/// A note in the language.
pub fn note_text(n: &InferenceNote, lang: Lang) -> String {
    match (lang, *n) {
        (Lang::En, _) => n.to_string(),
        (Lang::Zh, InferenceNote::FewClusters { clusters, threshold }) => {
            format!("仅 {clusters} 个聚类（少于约 {threshold} 个）：聚类稳健的标准误、F 与 AR 集不精确，解读时需留意。")
        }
        (Lang::Zh, InferenceNote::BelowTfThreshold { f, threshold }) => format!(
            "稳健第一阶段 F = {f:.2}，低于 {threshold:.1}：通常的 1.96 t 检验不是有效的 5% 检验，请参考 tF 区间或 Anderson-Rubin 集。"
        ),
        (Lang::Zh, InferenceNote::ArUnbounded { level }) => {
            format!("{}% Anderson-Rubin 集无界：在该水平下工具变量无法确定效应大小。", level.percent())
        }
        (Lang::Zh, InferenceNote::Repetitions { n_rep }) => {
            format!("第一阶段统计量为 {n_rep} 次重复的中位数；Anderson-Rubin 集合并各次重复的得分。")
        }
    }
}

fn interval(v: [f64; 2]) -> String {
    format!("[{:.4}, {:.4}]", v[0], v[1])
}

/// Draw the panel for a PLIV estimate.
pub fn panel(ui: &mut egui::Ui, e: &Estimate, iv: &IvInference, lang: Lang) {
    ui.strong(lang.t(&IV_HEADING));
    ui.label(format!("{}: {}", lang.t(&VARIANCE), variance_text(iv.variance, &e.n_clusters, iv.small_sample, lang)));
    let fs = &iv.first_stage;
    egui::Grid::new("iv-first-stage").striped(true).show(ui, |ui| {
        ui.label(lang.t(&F_ROBUST)).on_hover_text(lang.t(&F_ROBUST_HELP));
        ui.monospace(format!("{:.2}", fs.f_robust));
        ui.small(lang.t(&F_ROBUST_HELP));
        ui.end_row();
        ui.label(lang.t(&F_NONROBUST)).on_hover_text(lang.t(&F_NONROBUST_HELP));
        ui.monospace(format!("{:.2}", fs.f_nonrobust));
        ui.small(lang.t(&F_NONROBUST_HELP));
        ui.end_row();
        ui.label(lang.t(&PARTIAL_R2));
        ui.monospace(format!("{:.4}", fs.partial_r2));
        ui.label("");
        ui.end_row();
        ui.label(lang.t(&FS_COEF));
        ui.monospace(format!("{:.6} ({:.6})", fs.pi, fs.se_pi));
        ui.label("");
        ui.end_row();
    });
    ui.add_space(4.0);
    egui::Grid::new("iv-sets").striped(true).show(ui, |ui| {
        for h in [lang.t(&LEVEL), lang.t(&WALD), lang.t(&TF), lang.t(&AR)] {
            ui.strong(h);
        }
        ui.end_row();
        for level in Level::ALL {
            ui.label(format!("{}%", level.percent()));
            ui.monospace(interval(iv.wald_at(level)));
            if level == Level::P95 {
                match (iv.tf.interval, iv.tf.critical_value) {
                    (Some(ci), Some(c)) => {
                        ui.monospace(format!("{}  {} c(F) = {c:.3}", interval(ci), lang.t(&CRITICAL)));
                    }
                    _ => {
                        ui.monospace(lang.t(&UNBOUNDED));
                    }
                }
            } else {
                ui.weak(lang.t(&TF_ONLY_95));
            }
            ui.monospace(ar_text(&iv.ar_at(level), lang));
            ui.end_row();
        }
    });
}
