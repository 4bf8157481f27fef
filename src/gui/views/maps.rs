//! The Maps view (being built on its own branch).

use super::ViewCtx;

/// State of the Maps view.
#[derive(Default)]
pub struct MapsView {}

impl MapsView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        super::widgets::not_ready(ui, crate::gui::app::View::Maps.label(vc.lang));
    }
}
