//! The Definitions panel: every derived variable with its formula, explanation, source and
//! whether it was computed on the current data, in the current language.

use super::edit::{DimensionChoice, MethodChoice};
use super::texts as t;
use crate::engine::measures::definitions::DEFINITIONS;
use crate::engine::measures::{DerivedReport, DerivedStatus, IndexSpec};
use crate::gui::i18n::Lang;
use crate::gui::theme;

/// How a status is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Computed or taken from the data.
    Ok,
    /// Not computed (inputs missing) or not yet known.
    Warning,
    /// The computation failed.
    Error,
}

/// One status as text in `lang`, with its tone; `None` while the derived data are computed.
pub fn status_text(lang: Lang, status: Option<&DerivedStatus>) -> (String, Tone) {
    match status {
        None => (lang.t(&t::PENDING).to_string(), Tone::Warning),
        Some(DerivedStatus::Computed { notes }) if notes.is_empty() => (lang.t(&t::COMPUTED).to_string(), Tone::Ok),
        Some(DerivedStatus::Computed { notes }) => {
            (format!("{} ({})", lang.t(&t::COMPUTED), crate::locale::worded_list(notes, "; ", lang)), Tone::Ok)
        }
        Some(DerivedStatus::InData) => (lang.t(&t::IN_DATA).to_string(), Tone::Ok),
        Some(DerivedStatus::Skipped { missing }) => {
            (format!("{}: {}", lang.t(&t::SKIPPED), crate::locale::worded_list(missing, ", ", lang)), Tone::Warning)
        }
        Some(DerivedStatus::Failed { reason }) => {
            (format!("{}: {}", lang.t(&t::FAILED), crate::locale::Worded::worded(reason, lang)), Tone::Error)
        }
    }
}

/// The method label in `lang`.
pub fn method_label(lang: Lang, m: MethodChoice) -> &'static str {
    lang.t(match m {
        MethodChoice::Entropy => &t::ENTROPY,
        MethodChoice::PcaFirst => &t::PCA_FIRST,
        MethodChoice::PcaKaiser => &t::PCA_KAISER,
        MethodChoice::Equal => &t::EQUAL,
        MethodChoice::Manual => &t::MANUAL,
    })
}

/// A one-line description of the index settings in use.
pub fn settings_line(lang: Lang, spec: &IndexSpec) -> String {
    let mut parts = vec![method_label(lang, MethodChoice::of(&spec.method)).to_string()];
    if let Some(dw) = &spec.two_level {
        let dims = match DimensionChoice::of(dw) {
            DimensionChoice::Equal => lang.t(&t::EQUAL),
            DimensionChoice::Entropy => lang.t(&t::DIM_ENTROPY),
            DimensionChoice::Manual => lang.t(&t::MANUAL),
        };
        let sep = if lang == Lang::Zh { "：" } else { ": " };
        parts.push(format!("{} ({}{sep}{dims})", lang.t(&t::TWO_LEVEL), lang.t(&t::DIMENSION_WEIGHTS)));
    }
    let norm = lang.t(if spec.per_year { &t::PER_YEAR } else { &t::WHOLE_PANEL });
    let shift = super::settings::format_shift(spec.shift);
    match lang {
        Lang::En => {
            parts.push(format!("{} {norm}", lang.t(&t::NORMALIZATION)));
            parts.push(format!("{} {shift}", lang.t(&t::SHIFT)));
            parts.join(", ")
        }
        Lang::Zh => {
            parts.push(format!("{norm}{}", lang.t(&t::NORMALIZATION)));
            parts.push(format!("{} {shift}", lang.t(&t::SHIFT)));
            parts.join("，")
        }
    }
}

fn status_label(ui: &mut egui::Ui, name: &str, text: &str, tone: Tone) {
    let p = theme::palette(ui.visuals());
    let color = match tone {
        Tone::Ok => p.ok,
        Tone::Warning => p.warning,
        Tone::Error => p.error,
    };
    let mark = match tone {
        Tone::Ok => "✓",
        Tone::Warning => "•",
        Tone::Error => "⚠",
    };
    ui.colored_label(color, format!("{mark} {name}: {text}"));
}

/// Draw the panel. `report` is the status of the current derived data (`None` before the
/// first derivation); `spec` the index settings in use.
pub fn show(ui: &mut egui::Ui, lang: Lang, report: Option<&DerivedReport>, spec: &IndexSpec) {
    egui::CollapsingHeader::new(egui::RichText::new(lang.t(&t::DEFINITIONS)).strong())
        .id_salt("index-definitions")
        .default_open(true)
        .show(ui, |ui| {
            for (i, d) in DEFINITIONS.iter().enumerate() {
                if i > 0 {
                    ui.separator();
                }
                let title = if lang == Lang::Zh { d.title_zh } else { d.title_en };
                ui.label(egui::RichText::new(format!("{} — {title}", d.name)).strong());
                ui.horizontal_wrapped(|ui| {
                    ui.weak(format!("{}:", lang.t(&t::FORMULA)));
                    ui.label(egui::RichText::new(d.formula).monospace());
                });
                ui.label(if lang == Lang::Zh { d.text_zh } else { d.text_en });
                if d.name == "DCP" {
                    let sep = if lang == Lang::Zh { "：" } else { ": " };
                    ui.label(format!("{}{sep}{}", lang.t(&t::IN_USE), settings_line(lang, spec)));
                }
                ui.small(format!("{}: {}", lang.t(&t::SOURCE), d.source)).on_hover_text(d.source);
                if d.name.starts_with("DCP_") {
                    let subs: Vec<_> = report
                        .map(|r| r.entries.iter().filter(|e| e.name.starts_with("DCP_")).collect())
                        .unwrap_or_default();
                    if report.is_some() && subs.is_empty() {
                        let (text, tone) = match report.and_then(|r| r.status("DCP")) {
                            Some(DerivedStatus::Computed { .. }) => {
                                (lang.t(&t::NO_SUB_INDEX).to_string(), Tone::Warning)
                            }
                            other => status_text(lang, other),
                        };
                        status_label(ui, d.name, &text, tone);
                    }
                    if report.is_none() {
                        let (text, tone) = status_text(lang, None);
                        status_label(ui, d.name, &text, tone);
                    }
                    for e in subs {
                        let (text, tone) = status_text(lang, Some(&e.status));
                        status_label(ui, &e.name, &text, tone);
                    }
                } else {
                    let (text, tone) = status_text(lang, report.and_then(|r| r.status(d.name)));
                    status_label(ui, d.name, &text, tone);
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_in_both_languages() {
        let failed = DerivedStatus::Failed {
            reason: crate::engine::measures::DerivedFailure::Index(
                crate::engine::measures::index::IndexError::Normalize(
                    crate::engine::measures::normalize::NormalizeError::Constant("x".into(), 1.0),
                ),
            ),
        };
        let (en, tone) = status_text(Lang::En, Some(&failed));
        assert!(en.starts_with("failed: indicator \"x\" is constant (1)"), "{en}");
        assert_eq!(tone, Tone::Error);
        let (zh, _) = status_text(Lang::Zh, Some(&failed));
        assert!(zh.contains("指标“x”为常数（1）"), "{zh}");
        let skipped = DerivedStatus::Skipped {
            missing: vec![
                crate::engine::measures::MissingInput::Column("co2".into()),
                crate::engine::measures::MissingInput::Column("gdp".into()),
            ],
        };
        assert_eq!(status_text(Lang::Zh, Some(&skipped)).0, "未计算；缺少的列: co2, gdp");
        assert_eq!(status_text(Lang::En, None).1, Tone::Warning);
        let line = settings_line(Lang::En, &IndexSpec::default());
        assert_eq!(line, "Entropy, Min-max normalization over the whole panel, Shift 0.0001");
        assert_eq!(settings_line(Lang::Zh, &IndexSpec::default()), "熵权法，全样本极差标准化，平移量 0.0001");
    }
}
