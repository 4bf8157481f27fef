//! The "index-view" benchmark suite: the Index view's work on the UI thread.
//!
//! Target (issue 6): a frame stays under 16 ms. Timed on the bundled sample: the weights table
//! under each method (a cache miss, i.e. the frame after a change), the per-year regional
//! means, and whole headless frames of the view (layout and tessellation, no GPU) with the
//! caches warm and right after a slider move.

use super::IndexView;
use super::compute::compute;
use super::series::series;
use crate::engine::bench::{Measurement, measure};
use crate::engine::measures::index::{DimensionWeights, ManualWeights};
use crate::engine::measures::pca::PcaMode;
use crate::engine::measures::{IndexSpec, MeasureSpec, WeightMethod, add_derived};
use crate::engine::scenario::Scenario;
use crate::gui::analysis::{Analysis, Derived, derive_key};
use crate::gui::app::{DataState, Selection};
use crate::gui::i18n::Lang;
use crate::gui::views::ViewCtx;
use std::sync::Arc;

/// Frame-time target of the window, in milliseconds.
const FRAME_MS: f64 = 16.0;

/// One headless frame of the view (layout, then tessellation).
fn frame(ctx: &egui::Context, view: &mut IndexView, data: &DataState, analysis: &Analysis) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1230.0, 810.0))),
        ..Default::default()
    };
    let selection = Selection { unit: Some("Guangdong".into()) };
    let mut commands = Vec::new();
    let out = ctx.run_ui(input, |ui| {
        let mut vc = ViewCtx {
            lang: Lang::En,
            table_lang: Lang::En,
            data,
            analysis,
            selection: &selection,
            commands: &mut commands,
        };
        view.ui(ui, &mut vc);
    });
    let shapes = out.shapes.len();
    let prims = ctx.tessellate(out.shapes.clone(), out.pixels_per_point).len();
    out.drop_without_applying_deltas();
    shapes + prims
}

fn analysis_with(data: &DataState, measures: &MeasureSpec) -> Analysis {
    let raw = data.imported.panel.clone();
    let mut panel = (*raw).clone();
    let report = add_derived(&mut panel, measures);
    let key = derive_key(&raw, measures);
    let scenario = Scenario { measures: measures.clone(), ..Default::default() };
    let mut a = Analysis::new(raw, scenario);
    a.derived = Some(Arc::new(Derived { key, panel: Arc::new(panel), report, pending: Default::default() }));
    a
}

/// Run the suite.
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 5 } else { 30 };
    let data = DataState::bundled();
    let raw = &data.imported.panel;
    let m = MeasureSpec::default();
    let inds = &m.columns.indicators;
    let mut out = Vec::new();
    let manual =
        ManualWeights { weights: inds.iter().map(|i| (i.column.clone(), 1.0)).collect(), ..Default::default() };
    for (label, spec) in [
        ("entropy", IndexSpec::default()),
        ("PCA (eigenvalue > 1)", IndexSpec { method: WeightMethod::Pca(PcaMode::Kaiser), ..Default::default() }),
        ("manual", IndexSpec { method: WeightMethod::Manual(manual), ..Default::default() }),
        (
            "two-level, entropy dimensions",
            IndexSpec { two_level: Some(DimensionWeights::Entropy), ..Default::default() },
        ),
    ] {
        out.push(measure(&format!("weights table, 360 rows x 10 indicators, {label}"), Some(FRAME_MS), runs, || {
            let t = compute(raw, inds, &spec);
            format!("{} rows", t.shown().map_or(0, |s| s.rows.len()))
        }));
    }
    let analysis = analysis_with(&data, &m);
    if let Some(d) = &analysis.derived {
        let subs: Vec<String> =
            d.report.entries.iter().filter(|e| e.name.starts_with("DCP_")).map(|e| e.name.clone()).collect();
        out.push(measure("DCP by region and sub-indices per year (360 rows)", Some(FRAME_MS), runs, || {
            let s = series(&d.panel, &subs, Some("Guangdong"));
            format!("{} regions", s.map_or(0, |s| s.regions.len()))
        }));
    }
    let ctx = egui::Context::default();
    let mut view = IndexView::default();
    frame(&ctx, &mut view, &data, &analysis);
    out.push(measure("Index view frame, caches warm (layout + tessellation)", Some(FRAME_MS), runs, || {
        format!("{} shapes+primitives", frame(&ctx, &mut view, &data, &analysis))
    }));
    // The frame after a slider move: the table is recomputed for new manual weights (the
    // derived data still belong to the old settings, as while the derive job runs).
    let mut analysis = analysis;
    let cols: Vec<String> = inds.iter().map(|i| i.column.clone()).collect();
    let mut flip = false;
    out.push(measure("Index view frame after a slider move (table recomputed)", Some(FRAME_MS), runs, || {
        flip = !flip;
        let mut mw = ManualWeights::default();
        mw.set(&cols, &cols[0], if flip { 0.3 } else { 0.2 });
        analysis.scenario.measures.index.method = WeightMethod::Manual(mw);
        format!("{} shapes+primitives", frame(&ctx, &mut view, &data, &analysis))
    }));
    out
}
