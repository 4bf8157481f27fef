//! All colours and sizes of the interface in one place: light and dark themes, zoom.

use serde::{Deserialize, Serialize};

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Light background (better on most classroom projectors).
    #[default]
    Light,
    /// Dark background.
    Dark,
}

/// Zoom factor used in presentation mode.
pub const PRESENTATION_ZOOM: f32 = 1.6;

/// Zoom limits.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.6..=3.0;

/// Apply the theme to the context.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
}

/// Semantic colours.
pub struct Palette {
    /// Errors.
    pub error: egui::Color32,
    /// Warnings.
    pub warning: egui::Color32,
    /// Good news (up to date, significant).
    pub ok: egui::Color32,
    /// Stale numbers.
    pub stale: egui::Color32,
    /// Accent for selection and highlights.
    pub accent: egui::Color32,
}

/// Colours for the current visuals.
pub fn palette(visuals: &egui::Visuals) -> Palette {
    if visuals.dark_mode {
        Palette {
            error: egui::Color32::from_rgb(255, 110, 100),
            warning: egui::Color32::from_rgb(240, 180, 80),
            ok: egui::Color32::from_rgb(120, 200, 120),
            stale: egui::Color32::from_gray(120),
            accent: egui::Color32::from_rgb(90, 170, 255),
        }
    } else {
        Palette {
            error: egui::Color32::from_rgb(190, 30, 30),
            warning: egui::Color32::from_rgb(170, 100, 0),
            ok: egui::Color32::from_rgb(20, 120, 40),
            stale: egui::Color32::from_gray(150),
            accent: egui::Color32::from_rgb(0, 100, 200),
        }
    }
}
