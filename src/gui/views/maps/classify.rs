//! Classification controls of the Maps view: method, number of classes, palette, reverse,
//! legend scope, and the editable class breaks (validated against the data before use).

use super::labels as l;
use super::settings::{CLASS_RANGE, MapSettings};
use crate::engine::spatial::breaks::{self, Breaks, Method};
use crate::engine::spatial::palette::PaletteKind;
use crate::engine::spatial::render::legend_decimals;
use crate::engine::spatial::{LegendScope, PaletteName};
use crate::gui::i18n::Lang;

/// Label of a classification method.
pub fn method_label(lang: Lang, m: Method) -> &'static str {
    lang.t(match m {
        Method::Jenks => &l::JENKS,
        Method::Quantile => &l::QUANTILE,
        Method::Equal => &l::EQUAL,
    })
}

/// Method, classes, palette, reverse and legend scope.
pub fn controls(ui: &mut egui::Ui, lang: Lang, s: &mut MapSettings) {
    ui.strong(lang.t(&l::CLASSIFICATION));
    let before = (s.method, s.classes);
    for m in [Method::Jenks, Method::Quantile, Method::Equal] {
        ui.radio_value(&mut s.method, m, method_label(lang, m));
    }
    ui.add(egui::Slider::new(&mut s.classes, CLASS_RANGE).text(lang.t(&l::CLASSES)));
    if (s.method, s.classes) != before {
        s.manual_breaks.clear();
    }
    ui.horizontal(|ui| {
        ui.label(lang.t(&l::PALETTE));
        let kind = |p: PaletteName| match p.kind() {
            PaletteKind::Sequential => lang.t(&l::SEQUENTIAL),
            PaletteKind::Diverging => lang.t(&l::DIVERGING),
        };
        egui::ComboBox::from_id_salt("maps-palette")
            .selected_text(format!("{} ({})", s.palette.label(), kind(s.palette)))
            .show_ui(ui, |ui| {
                for p in PaletteName::ALL {
                    ui.selectable_value(&mut s.palette, p, format!("{} ({})", p.label(), kind(p)));
                }
            })
            .response
            .accessible_name(format!("{}: {}", lang.t(&l::PALETTE), s.palette.label()));
    });
    ui.checkbox(&mut s.reverse, lang.t(&l::REVERSE));
    if s.two_maps {
        ui.radio_value(&mut s.legend, LegendScope::Shared, lang.t(&l::LEGEND_SHARED));
        ui.radio_value(&mut s.legend, LegendScope::PerMap, lang.t(&l::LEGEND_PER_MAP));
    }
}

/// Text fields for the class breaks. They show the breaks in use; an edit is committed on
/// Enter or when the field loses focus, and is applied only when every field is a number and
/// the bounds pass [`breaks::manual`] on the values shown. Fields the user did not touch keep
/// their exact value (the text shows it rounded).
#[derive(Default)]
pub struct BreaksEditor {
    texts: Vec<String>,
    exact: Vec<f64>,
    error: Option<EditError>,
}

/// Why typed breaks were not applied, worded when shown.
enum EditError {
    /// A field that is not a number (its text).
    NotANumber(String),
    /// Numbers that [`breaks::manual`] refuses.
    Breaks(breaks::BreaksError),
}

impl EditError {
    fn text(&self, lang: Lang) -> String {
        match self {
            EditError::NotANumber(t) => format!("\"{t}\" {}", lang.t(&l::NOT_A_NUMBER)),
            EditError::Breaks(e) => crate::locale::Worded::worded(e, lang),
        }
    }
}

impl BreaksEditor {
    fn format(values: &[f64], min: f64) -> Vec<String> {
        let mut all = vec![min];
        all.extend(values);
        let d = legend_decimals(&all) + 1;
        values.iter().map(|v| format!("{v:.d$}")).collect()
    }

    /// Show the editor for `current` breaks; `pooled` are the values the breaks classify.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, s: &mut MapSettings, current: &Breaks, pooled: &[f64]) {
        if self.exact != current.upper {
            self.exact = current.upper.clone();
            self.texts = Self::format(&self.exact, current.min);
            self.error = None;
        }
        ui.horizontal(|ui| {
            ui.label(lang.t(&l::BREAKS)).on_hover_text(lang.t(&l::BREAKS_HELP));
            if !s.manual_breaks.is_empty() {
                ui.weak(format!("({})", lang.t(&l::USER_BREAKS)));
            }
        });
        let shown = Self::format(&self.exact, current.min);
        let mut commit = false;
        ui.horizontal_wrapped(|ui| {
            for (i, t) in self.texts.iter_mut().enumerate() {
                let r = ui
                    .add(egui::TextEdit::singleline(t).desired_width(64.0).id_salt(("maps-break", i)))
                    .accessible_name(format!("{} {}", lang.t(&l::BREAKS), i + 1));
                if r.lost_focus() && *t != shown[i] {
                    commit = true;
                }
            }
        });
        if commit {
            match self.parse(&shown).and_then(|v| breaks::manual(pooled, &v).map(|_| v).map_err(EditError::Breaks)) {
                Ok(v) => {
                    s.manual_breaks = v;
                    self.error = None;
                }
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(e) = &self.error {
            ui.colored_label(crate::gui::theme::palette(ui.visuals()).error, e.text(lang));
        }
        if !s.manual_breaks.is_empty() && ui.button(lang.t(&l::RESET_BREAKS)).clicked() {
            s.manual_breaks.clear();
            self.error = None;
        }
    }

    /// The bounds typed: exact values for untouched fields, parsed numbers for edited ones.
    fn parse(&self, shown: &[String]) -> Result<Vec<f64>, EditError> {
        self.texts
            .iter()
            .zip(shown)
            .zip(&self.exact)
            .map(|((t, s), &x)| {
                if t == s {
                    return Ok(x);
                }
                t.trim().replace(',', ".").parse::<f64>().map_err(|_| EditError::NotANumber(t.clone()))
            })
            .collect()
    }
}
