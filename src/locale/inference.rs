//! Wording of inference results beyond the table: the variance in use, Anderson-Rubin sets,
//! the notes where IV inference is fragile, and the reading of a mediation analysis, for the
//! window and the command line alike.

use super::Lang;
use super::fluent::Message;
use crate::engine::dml::diagnostics::ArSet;
use crate::engine::dml::iv::InferenceNote;
use crate::engine::dml::mediation::Mediation;
use crate::engine::dml::{Cluster, SmallSample};

/// The variance in words, with cluster counts and corrections ("clustered by unit (30
/// clusters)").
pub fn variance_text(c: Cluster, n_clusters: &[usize], small: SmallSample, lang: Lang) -> String {
    let counts = n_clusters.iter().map(usize::to_string).collect::<Vec<_>>().join(" × ");
    let base = match c {
        Cluster::None => Message::new("gui-iv-variance-robust"),
        Cluster::Unit => Message::new("gui-iv-variance-unit"),
        Cluster::UnitYear => Message::new("gui-iv-variance-unit-year"),
    }
    .arg("counts", counts)
    .render(lang);
    if small.clusters || small.dof {
        Message::new("gui-iv-variance-small-sample").arg("base", base).arg("correction", small.cli_name()).render(lang)
    } else {
        base
    }
}

/// An Anderson-Rubin set in short form (`[0.1, 0.5]`, `(−∞, 0.2] ∪ [0.9, ∞)`, "empty").
pub fn ar_text(a: &ArSet, lang: Lang) -> String {
    match *a {
        ArSet::Interval { lower, upper } => format!("[{lower:.4}, {upper:.4}]"),
        ArSet::TwoRays { below, above } => format!("(−∞, {below:.4}] ∪ [{above:.4}, ∞)"),
        ArSet::WholeLine => Message::new("gui-iv-ar-whole-line").render(lang),
        ArSet::RayBelow { upper } => format!("(−∞, {upper:.4}]"),
        ArSet::RayAbove { lower } => format!("[{lower:.4}, ∞)"),
        ArSet::Empty => Message::new("gui-iv-ar-empty").render(lang),
    }
}

/// An Anderson-Rubin set in words, as the command line prints it (`interval [0.1, 0.5]`;
/// [`ArSet::describe`] in English).
pub fn ar_words(a: &ArSet, lang: Lang) -> String {
    let f = |v: f64| format!("{v:.4}");
    match *a {
        ArSet::Interval { lower, upper } => Message::new("ar-interval").arg("lower", f(lower)).arg("upper", f(upper)),
        ArSet::TwoRays { below, above } => Message::new("ar-two-rays").arg("below", f(below)).arg("above", f(above)),
        ArSet::WholeLine => Message::new("ar-whole-line"),
        ArSet::RayBelow { upper } => Message::new("ar-ray-below").arg("upper", f(upper)),
        ArSet::RayAbove { lower } => Message::new("ar-ray-above").arg("lower", f(lower)),
        ArSet::Empty => Message::new("ar-empty"),
    }
    .render(lang)
}

/// A note where IV inference is fragile (in English, the engine's `Display`).
pub fn note_text(n: &InferenceNote, lang: Lang) -> String {
    match *n {
        InferenceNote::FewClusters { clusters, threshold } => Message::new("gui-iv-note-few-clusters")
            .arg("clusters", clusters.to_string())
            .arg("threshold", threshold.to_string()),
        InferenceNote::BelowTfThreshold { f, threshold } => {
            Message::new("gui-iv-note-below-tf").arg("f", format!("{f:.2}")).arg("threshold", format!("{threshold:.1}"))
        }
        InferenceNote::ArUnbounded { level } => {
            Message::new("gui-iv-note-ar-unbounded").arg("level", level.percent().to_string())
        }
        InferenceNote::Repetitions { n_rep } => Message::new("gui-iv-note-repetitions").arg("reps", n_rep.to_string()),
    }
    .render(lang)
}

/// What a mediation analysis says: the share of the total effect through the mediator, or
/// suppression when the indirect and direct effects have opposite signs, preceded by a
/// warning when the indirect effect's 95% interval covers zero.
pub fn mediation_reading(m: &Mediation, lang: Lang) -> String {
    let p = &m.paths;
    let share = format!("{:.1}", 100.0 * m.share);
    let ci = m.indirect_ci95;
    let unclear = if ci[0] <= 0.0 && ci[1] >= 0.0 {
        Message::new("mediation-unclear")
            .arg("lower", format!("{:.4}", ci[0]))
            .arg("upper", format!("{:.4}", ci[1]))
            .render(lang)
    } else {
        String::new()
    };
    let main = if m.suppression {
        Message::new("mediation-suppression")
            .arg("mediator", m.mediator.as_str())
            .arg("indirect", format!("{:.4}", p.indirect))
            .arg("direct", format!("{:.4}", p.direct))
            .arg("share", share)
    } else {
        Message::new("mediation-share").arg("mediator", m.mediator.as_str()).arg("share", share)
    };
    unclear + &main.render(lang)
}
