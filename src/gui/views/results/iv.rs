//! The Results view's IV panel: which variance every number uses, the first stage (robust and
//! non-robust F, partial R^2), Wald, tF and Anderson-Rubin sets at 90, 95 and 99%, and the notes
//! where inference is fragile, each in English and Chinese.

use crate::engine::dml::Estimate;
use crate::engine::dml::iv::IvInference;
use crate::engine::dml::normal::Level;
use crate::gui::i18n::{Lang, Text};

/// Heading of the panel.
pub const IV_HEADING: Text = Text::id("gui-iv-heading");
/// "Variance (SE, F, AR, tF)".
pub const VARIANCE: Text = Text::id("gui-iv-variance");
/// Robust F row.
pub const F_ROBUST: Text = Text::id("gui-iv-f-robust");
/// Its explanation.
pub const F_ROBUST_HELP: Text = Text::id("gui-iv-f-robust-help");
/// Non-robust F row.
pub const F_NONROBUST: Text = Text::id("gui-iv-f-nonrobust");
/// Its explanation.
pub const F_NONROBUST_HELP: Text = Text::id("gui-iv-f-nonrobust-help");
/// Partial R^2 row.
pub const PARTIAL_R2: Text = Text::id("gui-iv-partial-r2");
/// Coefficient row.
pub const FS_COEF: Text = Text::id("gui-iv-fs-coef");
/// Level column.
pub const LEVEL: Text = Text::id("gui-iv-level");
/// Wald column.
pub const WALD: Text = Text::id("gui-iv-wald");
/// tF column.
pub const TF: Text = Text::id("gui-iv-tf");
/// AR column.
pub const AR: Text = Text::id("gui-iv-ar");
/// Unbounded tF.
pub const UNBOUNDED: Text = Text::id("gui-iv-unbounded");
/// tF only at 5%.
pub const TF_ONLY_95: Text = Text::id("gui-iv-tf-only-95");
/// Critical value.
pub const CRITICAL: Text = Text::id("gui-iv-critical");

pub use crate::locale::inference::{ar_text, note_text, variance_text};

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
