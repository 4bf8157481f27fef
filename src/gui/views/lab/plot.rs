//! The Lab's histogram: the three estimators' estimates over the replications on shared bins,
//! with the true effect marked.

use crate::engine::lab::Replication;
use egui::Color32;
use egui_plot::{Bar, BarChart, Legend, Plot, VLine};

/// Number of bins across the range of every estimate.
pub const BINS: usize = 40;

/// Counts of `values` in `BINS` equal bins over `[lo, hi]` (the last bin is closed).
pub fn histogram(values: &[f64], lo: f64, hi: f64) -> Vec<u32> {
    let mut counts = vec![0u32; BINS];
    let width = (hi - lo) / BINS as f64;
    for &v in values.iter().filter(|v| v.is_finite()) {
        let b = if width > 0.0 { ((v - lo) / width).floor() as isize } else { 0 };
        counts[b.clamp(0, BINS as isize - 1) as usize] += 1;
    }
    counts
}

/// The range of every finite estimate and truth, padded by 5%.
pub fn range(reps: &[Replication]) -> (f64, f64) {
    let all = reps.iter().flat_map(|r| r.estimates.iter().map(|e| e.0).chain([r.truth])).filter(|v| v.is_finite());
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.05).max(1e-6);
    (lo - pad, hi + pad)
}

/// Colours of the three estimators (naive, DML OLS, DML learner).
pub const COLORS: [Color32; 3] =
    [Color32::from_rgb(214, 96, 77), Color32::from_rgb(150, 150, 150), Color32::from_rgb(33, 102, 172)];

/// Draw the histogram; returns the plot's screen rectangle (for PNG export).
pub fn show(ui: &mut egui::Ui, reps: &[Replication], names: &[String; 3], labels: (&str, &str, &str)) -> egui::Rect {
    let (lo, hi) = range(reps);
    let width = (hi - lo) / BINS as f64;
    let truth = reps.iter().map(|r| r.truth).sum::<f64>() / reps.len().max(1) as f64;
    let (truth_label, x_label, y_label) = labels;
    Plot::new("lab-histogram")
        .height(340.0)
        .legend(Legend::default())
        .x_axis_label(x_label)
        .y_axis_label(y_label)
        .allow_scroll(false)
        .show(ui, |p| {
            for (k, name) in names.iter().enumerate() {
                let values: Vec<f64> = reps.iter().map(|r| r.estimates[k].0).collect();
                let bars: Vec<Bar> = histogram(&values, lo, hi)
                    .into_iter()
                    .enumerate()
                    .filter(|(_, c)| *c > 0)
                    .map(|(b, c)| Bar::new(lo + (b as f64 + 0.5) * width, f64::from(c)).width(width))
                    .collect();
                p.bar_chart(BarChart::new(name.clone(), bars).color(COLORS[k].gamma_multiply(0.7)));
            }
            if !reps.is_empty() {
                p.vline(VLine::new(truth_label, truth).color(Color32::from_rgb(30, 140, 60)).width(2.5));
            }
        })
        .response
        .rect
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finite_value_lands_in_one_bin_and_the_edges_are_kept() {
        let c = histogram(&[0.0, 0.5, 1.0, 1.0, f64::NAN, -3.0], 0.0, 1.0);
        assert_eq!(c.iter().sum::<u32>(), 5, "NaN left out, -3 clamped into the first bin");
        assert_eq!(c[0], 2);
        assert_eq!(c[BINS - 1], 2, "the upper edge belongs to the last bin");
        assert_eq!(c[BINS / 2], 1);
    }
}
