//! The Index view (being built on its own branch).

use super::ViewCtx;

/// State of the Index view.
#[derive(Default)]
pub struct IndexView {}

impl IndexView {
    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        super::widgets::not_ready(ui, crate::gui::app::View::Index.label(vc.lang));
    }
}
