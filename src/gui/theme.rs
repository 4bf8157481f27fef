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

/// Line colours of the east / central / west regions (in [`crate::engine::data::registry::Region3`]
/// order) and of the national mean: Okabe-Ito vermillion, bluish green, reddish purple and grey,
/// apart from each other and from the blue accent that marks a selected unit, also for the
/// common forms of colour blindness.
pub fn region_colors(visuals: &egui::Visuals) -> [egui::Color32; 4] {
    if visuals.dark_mode {
        [
            egui::Color32::from_rgb(230, 159, 0),
            egui::Color32::from_rgb(0, 170, 125),
            egui::Color32::from_rgb(214, 140, 180),
            egui::Color32::from_gray(170),
        ]
    } else {
        [
            egui::Color32::from_rgb(213, 94, 0),
            egui::Color32::from_rgb(0, 140, 100),
            egui::Color32::from_rgb(190, 100, 155),
            egui::Color32::from_gray(110),
        ]
    }
}

/// Colour of the `i`-th line of a plot with several series (Okabe-Ito order, repeating).
pub fn series_color(visuals: &egui::Visuals, i: usize) -> egui::Color32 {
    const LIGHT: [(u8, u8, u8); 6] =
        [(0, 114, 178), (213, 94, 0), (0, 140, 100), (204, 121, 167), (170, 130, 0), (86, 150, 200)];
    const DARK: [(u8, u8, u8); 6] =
        [(86, 180, 233), (230, 159, 0), (0, 158, 115), (204, 121, 167), (240, 228, 66), (150, 200, 240)];
    let (r, g, b) = if visuals.dark_mode { DARK[i % 6] } else { LIGHT[i % 6] };
    egui::Color32::from_rgb(r, g, b)
}
