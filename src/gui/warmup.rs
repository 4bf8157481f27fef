//! Rasterizing the window's glyphs ahead of need, a few milliseconds per frame.
//!
//! egui rasterizes a glyph the first time it is laid out at a size. The first frame that shows
//! an estimate lays out the summary, both tables and the plot's labels at once, and on a fresh
//! window that cost 27 to 60 ms (measured by `carbon-dml bench --suite window`), against 7 ms
//! for the same frame once the glyphs exist. So the window lays out, over its first frames and
//! within [`BUDGET`] per frame, the printable ASCII characters and the symbols the views use
//! in every text style, and in Chinese every Chinese character of the window's and the
//! tables' messages at the body sizes.

use crate::locale::Lang;
use std::time::{Duration, Instant};

/// Time spent warming per frame.
pub const BUDGET: Duration = Duration::from_millis(4);

/// Characters laid out at each size in one step.
const CHUNK: usize = 48;

/// Symbols beside ASCII that the views show (estimates, tables, plots).
const SYMBOLS: &str = "θ²±—–•…·×≤≥≈√ΣΔσμ∞°’“”";

/// Files whose Chinese characters are warmed (the window's labels and the tables).
fn chinese_sources() -> impl Iterator<Item = &'static str> {
    crate::locale::fluent::SOURCES
        .iter()
        .filter(|(name, _, _)| name.starts_with("gui") || *name == "tables.ftl" || *name == "notes.ftl")
        .map(|(_, _, zh)| *zh)
}

/// The glyphs still to warm for one language.
#[derive(Default)]
pub struct GlyphWarmup {
    lang: Option<Lang>,
    queue: Vec<(egui::FontId, String)>,
}

impl GlyphWarmup {
    /// Warm a little for `lang` (restarting when the language changed); true while work is
    /// left, so the caller asks for another frame.
    pub fn step(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        if self.lang != Some(lang) {
            self.lang = Some(lang);
            self.queue = plan(ctx, lang);
        }
        let start = Instant::now();
        while start.elapsed() < BUDGET {
            let Some((font, text)) = self.queue.pop() else { break };
            ctx.fonts_mut(|f| {
                f.layout_no_wrap(text, font, egui::Color32::WHITE);
            });
        }
        !self.queue.is_empty()
    }
}

/// Everything to lay out for `lang`, last item first.
fn plan(ctx: &egui::Context, lang: Lang) -> Vec<(egui::FontId, String)> {
    let mut fonts: Vec<egui::FontId> = Vec::new();
    // Every text style, and the Results summary's size; styles sharing a font and size once.
    for font in ctx.global_style().text_styles.values().cloned().chain([egui::FontId::monospace(18.0)]) {
        if !fonts.contains(&font) {
            fonts.push(font);
        }
    }
    let latin: Vec<char> = (' '..='~').chain(SYMBOLS.chars()).collect();
    let mut chinese: Vec<char> = Vec::new();
    if lang == Lang::Zh {
        chinese = chinese_sources().flat_map(str::chars).filter(|c| *c as u32 >= 0x2E80).collect();
        chinese.sort_unstable();
        chinese.dedup();
    }
    let mut items = Vec::new();
    for font in &fonts {
        for chunk in latin.chunks(CHUNK) {
            items.push((font.clone(), chunk.iter().collect()));
        }
        // Chinese appears in proportional text only (labels, tables, buttons, headings).
        if font.family == egui::FontFamily::Proportional {
            for chunk in chinese.chunks(CHUNK) {
                items.push((font.clone(), chunk.iter().collect()));
            }
        }
    }
    items.reverse();
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_adds_the_messages_characters_and_the_queue_empties_within_budget_steps() {
        let ctx = egui::Context::default();
        let en = plan(&ctx, Lang::En);
        let zh = plan(&ctx, Lang::Zh);
        assert!(zh.len() > en.len() + 10, "{} vs {}", zh.len(), en.len());
        assert!(zh.iter().any(|(_, t)| t.contains('估')));
        let mut w = GlyphWarmup::default();
        let mut frames = 0;
        let out = ctx.run_ui(Default::default(), |ui| {
            while w.step(ui.ctx(), Lang::En) {
                frames += 1;
                assert!(frames < 10_000);
            }
        });
        out.drop_without_applying_deltas();
        assert!(w.queue.is_empty());
    }
}
