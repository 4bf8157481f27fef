//! Report figures drawn with the map exporter's rasterizer and text: the coefficient plot of
//! every estimate with its 95% interval, and the specification curve (sorted estimates with
//! intervals above, the indicator matrix below).

use crate::engine::battery::{BatteryReport, SpecCurveResult, Verdict};
use crate::engine::spatial::Rgb;
use crate::engine::spatial::raster::Canvas;
use crate::engine::spatial::text::Fonts;
use crate::locale::Lang;
use crate::tr;

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [0x20, 0x20, 0x20];
const GREY: Rgb = [0x99, 0x99, 0x99];
const LIGHT: Rgb = [0xdd, 0xdd, 0xdd];
const BLUE: Rgb = [0x1f, 0x4e, 0x99];
const RED: Rgb = [0xc0, 0x39, 0x2b];

/// About five round tick values covering `[lo, hi]` (steps of 1, 2 or 5 times a power of ten).
pub fn nice_ticks(lo: f64, hi: f64) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return vec![lo];
    }
    let raw = (hi - lo) / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

fn tick_label(v: f64, ticks: &[f64]) -> String {
    let step = if ticks.len() > 1 { (ticks[1] - ticks[0]).abs() } else { 1.0 };
    let decimals = if step >= 1.0 { 0 } else { (-step.log10().floor()) as usize };
    let v = if v.abs() < step * 1e-9 { 0.0 } else { v };
    format!("{v:.decimals$}")
}

/// A linear map from `[lo, hi]` to `[a, b]` pixels, the range padded by 5% and including 0.
fn scale(values: impl Iterator<Item = f64>, a: f32, b: f32) -> (f64, f64, impl Fn(f64) -> f32) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if hi - lo < 1e-12 {
        hi = lo + 1.0;
    }
    let pad = 0.05 * (hi - lo);
    let (lo, hi) = (lo - pad, hi + pad);
    (lo, hi, move |v: f64| a + ((v - lo) / (hi - lo)) as f32 * (b - a))
}

fn line(c: &mut Canvas, pts: &[[f32; 2]], w: f32, color: Rgb) {
    c.stroke(pts, false, w, color, 1.0);
}

fn verdict_color(v: Verdict) -> Rgb {
    match v {
        Verdict::Holds => BLUE,
        Verdict::OppositeSign => RED,
        _ => GREY,
    }
}

/// The coefficient plot: one row per estimate with its 95% interval, one section (and axis)
/// per dependent variable; colour marks whether the study's conclusion holds.
/// Its words are in `lang` (the caller passes English when no font can show Chinese).
pub fn coefficient_plot(r: &BatteryReport, fonts: &Fonts, lang: Lang) -> Canvas {
    let rows: Vec<_> = r.items.iter().filter_map(|o| o.estimate().map(|e| (o, e))).collect();
    let mut outcomes: Vec<&str> = Vec::new();
    for (o, _) in &rows {
        if !outcomes.contains(&o.item.outcome.as_str()) {
            outcomes.push(&o.item.outcome);
        }
    }
    let (w, left, right, row_h, head, axis) = (1600.0f32, 560.0f32, 40.0f32, 26.0f32, 44.0f32, 52.0f32);
    let height = 80.0 + outcomes.len() as f32 * (head + axis) + rows.len() as f32 * row_h + 60.0;
    let mut c = Canvas::new(w as usize, height.ceil() as usize, WHITE);
    fonts.draw(&mut c, &tr!(lang, "figure-coef-title"), 16.0, 40.0, 26.0, INK);
    let mut y = 80.0f32;
    for y_name in outcomes {
        let sect: Vec<_> = rows.iter().filter(|(o, _)| o.item.outcome == y_name).collect();
        fonts.draw(&mut c, &tr!(lang, "figure-coef-outcome", name = y_name), 16.0, y + 28.0, 20.0, INK);
        y += head;
        let top = y;
        let bounds = sect.iter().flat_map(|(_, e)| [e.inference.ci95[0], e.inference.ci95[1]]);
        let (lo, hi, x) = scale(bounds, left, w - right);
        let bottom = top + sect.len() as f32 * row_h;
        let ticks = nice_ticks(lo, hi);
        for &t in &ticks {
            line(&mut c, &[[x(t), top], [x(t), bottom]], 1.0, LIGHT);
            let label = tick_label(t, &ticks);
            let tw = fonts.width(&label, 15.0);
            fonts.draw(&mut c, &label, x(t) - tw / 2.0, bottom + 22.0, 15.0, INK);
        }
        line(&mut c, &[[x(0.0), top], [x(0.0), bottom]], 1.5, GREY);
        for (i, (o, e)) in sect.iter().enumerate() {
            let cy = top + (i as f32 + 0.5) * row_h;
            let table = o.item.table.id().trim_start_matches("table");
            let label = tr!(lang, "figure-coef-row", table = table, column = o.item.column_in(lang));
            fonts.draw(&mut c, &label, 16.0, cy + 6.0, 16.0, INK);
            let color = verdict_color(o.conclusion.verdict);
            let (a, b) = (e.inference.ci95[0], e.inference.ci95[1]);
            if a.is_finite() && b.is_finite() {
                line(&mut c, &[[x(a), cy], [x(b), cy]], 2.0, color);
            }
            if e.inference.theta.is_finite() {
                c.rect(x(e.inference.theta) - 4.0, cy - 4.0, 8.0, 8.0, color);
            }
        }
        y = bottom + axis;
    }
    fonts.draw(&mut c, &tr!(lang, "figure-coef-legend"), 16.0, height - 24.0, 15.0, INK);
    c
}

/// The specification curve: estimates sorted by size with 95% intervals (blue: significant
/// with the reference sign), and below, for each ticked value, a mark under every
/// specification that uses it.
/// Its words are in `lang`; learner, fixed-effect and index values stay the command line's
/// names (`rf`, `unit-year`, `pca`).
pub fn spec_curve_plot(curve: &SpecCurveResult, fonts: &Fonts, lang: Lang) -> Canvas {
    let n = curve.points.len().max(1);
    let (w, left, right, top, plot_h, row_h) = (1600.0f32, 230.0f32, 30.0f32, 90.0f32, 420.0f32, 20.0f32);
    let height = top + plot_h + 40.0 + curve.indicators.len() as f32 * row_h + 50.0;
    let mut c = Canvas::new(w as usize, height.ceil() as usize, WHITE);
    let sign = match curve.reference_sign {
        Some(crate::engine::battery::Sign::Positive) => "figure-sign-positive",
        Some(crate::engine::battery::Sign::Negative) => "figure-sign-negative",
        None => "figure-sign-median",
    };
    let title = tr!(
        lang,
        "figure-curve-title",
        outcome = curve.outcome.as_str(),
        treatment = curve.treatment.as_str(),
        count = curve.points.len(),
        percent = format!("{:.0}", 100.0 * curve.share_significant_same_sign),
        sign = crate::locale::fluent::message(lang, sign, None),
    );
    fonts.draw(&mut c, &title, 16.0, 40.0, 24.0, INK);
    let bounds = curve.points.iter().flat_map(|p| [p.inference.ci95[0], p.inference.ci95[1]]);
    let (lo, hi, yv) = scale(bounds, top + plot_h, top);
    let px = |i: usize| left + (i as f32 + 0.5) * (w - left - right) / n as f32;
    let ticks = nice_ticks(lo, hi);
    for &t in &ticks {
        line(&mut c, &[[left, yv(t)], [w - right, yv(t)]], 1.0, LIGHT);
        let label = tick_label(t, &ticks);
        let tw = fonts.width(&label, 15.0);
        fonts.draw(&mut c, &label, left - tw - 10.0, yv(t) + 5.0, 15.0, INK);
    }
    line(&mut c, &[[left, yv(0.0)], [w - right, yv(0.0)]], 1.5, GREY);
    let dot = ((w - left - right) / n as f32 * 0.6).clamp(2.0, 8.0);
    for (i, p) in curve.points.iter().enumerate() {
        let inf = &p.inference;
        let same = crate::engine::battery::Sign::of(inf.theta) == curve.reference_sign;
        let color = if same && inf.p < crate::engine::battery::conclusion::ALPHA { BLUE } else { GREY };
        if inf.ci95[0].is_finite() && inf.ci95[1].is_finite() {
            c.stroke(&[[px(i), yv(inf.ci95[0])], [px(i), yv(inf.ci95[1])]], false, 1.5, color, 0.6);
        }
        c.rect(px(i) - dot / 2.0, yv(inf.theta) - dot / 2.0, dot, dot, color);
    }
    let mut y = top + plot_h + 40.0;
    let mut last_dim = "";
    for row in &curve.indicators {
        if row.dimension != last_dim && !last_dim.is_empty() {
            line(&mut c, &[[16.0, y - 2.0], [w - right, y - 2.0]], 1.0, LIGHT);
        }
        last_dim = &row.dimension;
        let label = tr!(lang, "figure-curve-indicator", dimension = row.dimension.as_str(), value = row.value.as_str());
        fonts.draw(&mut c, &label, 16.0, y + 15.0, 15.0, INK);
        for (i, &on) in row.on.iter().enumerate() {
            if on {
                c.rect(px(i) - dot / 2.0, y + 10.0 - dot / 2.0, dot, dot, INK);
            }
        }
        y += row_h;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let t = nice_ticks(0.0, 1.0);
        assert_eq!(t.len(), 6);
        assert!(t.iter().zip([0.0, 0.2, 0.4, 0.6, 0.8, 1.0]).all(|(a, b)| (a - b).abs() < 1e-12), "{t:?}");
        let t = nice_ticks(-0.37, 2.2);
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.iter().all(|v| (-0.37..=2.2).contains(v)) && t.len() >= 3);
        assert_eq!(tick_label(0.5, &[0.0, 0.5]), "0.5");
        assert_eq!(tick_label(-1e-17, &[0.0, 0.5]), "0.0");
    }
}
