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
    Step { view: View::Data, title: Text::id("gui-tour-data-title"), body: Text::id("gui-tour-data-body") },
    Step { view: View::Index, title: Text::id("gui-tour-index-title"), body: Text::id("gui-tour-index-body") },
    Step { view: View::Model, title: Text::id("gui-tour-model-title"), body: Text::id("gui-tour-model-body") },
    Step { view: View::Results, title: Text::id("gui-tour-results-title"), body: Text::id("gui-tour-results-body") },
    Step { view: View::Maps, title: Text::id("gui-tour-maps-title"), body: Text::id("gui-tour-maps-body") },
    Step {
        view: View::Robustness,
        title: Text::id("gui-tour-robustness-title"),
        body: Text::id("gui-tour-robustness-body"),
    },
    Step {
        view: View::Scenarios,
        title: Text::id("gui-tour-scenarios-title"),
        body: Text::id("gui-tour-scenarios-body"),
    },
    Step { view: View::Lab, title: Text::id("gui-tour-lab-title"), body: Text::id("gui-tour-lab-body") },
];

/// Tour title in the window's frame.
pub const TITLE: Text = Text::id("gui-tour-title");
/// Help menu entry.
pub const MENU: Text = Text::id("gui-tour-menu");
const BACK: Text = Text::id("gui-tour-back");
const NEXT: Text = Text::id("gui-tour-next");
const DONE: Text = Text::id("gui-tour-done");
const SKIP: Text = Text::id("gui-tour-skip");

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
        let title = crate::locale::fluent::Message::new("gui-tour-window-title")
            .arg("tour", lang.t(&TITLE))
            .arg("step", (i + 1).to_string())
            .arg("steps", STEPS.len().to_string())
            .arg("title", lang.t(&step.title))
            .render(lang);
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
                assert!([Lang::En, Lang::Zh].iter().all(|l| !l.t(t).is_empty() && l.t(t) != t.id), "{}", t.id);
            }
        }
    }
}
