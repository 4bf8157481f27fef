//! Small widgets shared by the views: help markers, field errors, relative times.

use crate::gui::i18n::{Lang, Text, tr};

/// A label with a hover explanation written for students (a dotted "?" marker follows it).
pub fn label_with_help(ui: &mut egui::Ui, lang: Lang, label: &Text, help: &Text) -> egui::Response {
    ui.horizontal(|ui| {
        ui.label(lang.t(label));
        ui.weak("ⓘ").on_hover_text(lang.t(help));
    })
    .response
    .on_hover_text(lang.t(help))
}

/// A field error in the error colour, directly under the field.
pub fn field_error(ui: &mut egui::Ui, message: &str) {
    let color = crate::gui::theme::palette(ui.visuals()).error;
    ui.colored_label(color, format!("⚠ {message}"));
}

/// "12 s ago" / "3 min ago".
pub fn ago(seconds: u64, lang: Lang) -> String {
    use crate::locale::fluent::Message;
    match seconds {
        0..=59 => Message::new("gui-ago-seconds").arg("s", seconds.to_string()),
        _ => Message::new("gui-ago-minutes").arg("min", (seconds / 60).to_string()),
    }
    .render(lang)
}

/// A view whose content arrives with a later change (shown while it is being built).
pub fn not_ready(ui: &mut egui::Ui, title: &str) {
    ui.heading(title);
    ui.label(crate::gui::i18n::Lang::En.t(&tr::NOT_READY));
}

/// A checkbox showing whether `value` is in `set`: ticking appends it, unticking removes it.
/// Returns true when the set changed.
pub fn member_checkbox<T: PartialEq + Clone>(ui: &mut egui::Ui, set: &mut Vec<T>, value: &T, label: &str) -> bool {
    let mut on = set.contains(value);
    if !ui.checkbox(&mut on, label).changed() {
        return false;
    }
    if on {
        set.push(value.clone());
    } else {
        set.retain(|v| v != value);
    }
    true
}
