//! Small widgets shared by the views: help markers, field errors, relative times.

use crate::gui::i18n::{Lang, Text, tr};

/// A label with a hover explanation written for students (a dotted "?" marker follows it).
/// Returns the label itself: the widget it names takes it with `labelled_by(label.id)`, so that
/// screen readers (and the window tests' `get_by_label`) reach the widget by that name.
pub fn label_with_help(ui: &mut egui::Ui, lang: Lang, label: &Text, help: &Text) -> egui::Response {
    let inner = ui.horizontal(|ui| {
        let label = ui.label(lang.t(label)).on_hover_text(lang.t(help));
        ui.weak("ⓘ").on_hover_text(lang.t(help));
        label
    });
    inner.response.on_hover_text(lang.t(help));
    inner.inner
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

/// How often the window redraws while work runs in the background and nothing else changes
/// (progress bars, [`busy`]): four frames a second. Results and input still wake it at once.
/// Without a GPU every frame is rasterized by the CPU (about one core at 10-13 frames a second
/// for a 1920x1080 window under llvmpipe), and that core is taken from the estimate.
pub const BUSY_FRAME: std::time::Duration = std::time::Duration::from_millis(250);

/// A turning arc that shows work in the background, redrawn every [`BUSY_FRAME`]. egui's own
/// spinner asks for a new frame at once, every frame: without vsync (software rendering, a
/// virtual display) that is hundreds of frames a second, and the window then took 79 s for an
/// estimate the command line makes in 34 s on 2 cores (`--screenshot` on the county panel).
pub fn busy(ui: &mut egui::Ui) -> egui::Response {
    let size = ui.spacing().interact_size.y;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.ctx().request_repaint_after(BUSY_FRAME);
        let turn = ui.input(|i| i.time).fract() * std::f64::consts::TAU;
        let radius = rect.height() / 2.0 - 2.0;
        let points: Vec<egui::Pos2> = (0..=20)
            .map(|i| {
                let angle = turn + f64::from(i) / 20.0 * 1.5 * std::f64::consts::PI;
                rect.center() + radius * egui::vec2(angle.cos() as f32, angle.sin() as f32)
            })
            .collect();
        let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
        ui.painter().add(egui::Shape::line(points, stroke));
    }
    response
}
