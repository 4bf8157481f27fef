//! What `run` prints for a PLIV estimate: both first-stage F with their variance, and the Wald,
//! tF and Anderson-Rubin sets per level, in the reader's language.

use crate::cli::columns::pad_end;
use crate::engine::dml::Estimate;
use crate::engine::dml::iv::IvInference;
use crate::engine::dml::normal::Level;
use crate::engine::dml::variance::describe_variance;
use crate::locale::Lang;
use crate::locale::inference::{ar_words, variance_text};
use crate::tr;
use std::fmt::Write as _;

/// The PLIV block below the main table.
pub fn iv_lines(out: &mut String, e: &Estimate, iv: &IvInference, lang: Lang) {
    let fs = &iv.first_stage;
    let var = match lang {
        Lang::En => describe_variance(iv.variance, &e.n_clusters, iv.small_sample),
        Lang::Zh => variance_text(iv.variance, &e.n_clusters, iv.small_sample, lang),
    };
    let _ = writeln!(out, "\n{}", tr!(lang, "run-iv-first-stage", n = fs.n));
    let label = |id: String| pad_end(&id, 13);
    let _ = writeln!(
        out,
        "  {}{:>10.2}   {}",
        label(tr!(lang, "run-iv-robust-f")),
        fs.f_robust,
        tr!(lang, "run-iv-robust-f-note", variance = var)
    );
    let _ = writeln!(
        out,
        "  {}{:>10.2}   {}",
        label(tr!(lang, "run-iv-nonrobust-f")),
        fs.f_nonrobust,
        tr!(lang, "run-iv-nonrobust-f-note")
    );
    let coefficient = tr!(lang, "run-iv-coefficient", pi = format!("{:.6}", fs.pi), se = format!("{:.6}", fs.se_pi));
    let _ = writeln!(out, "  {}{:>10.4}   {coefficient}", label(tr!(lang, "run-iv-partial-r2")), fs.partial_r2);
    let tf = pad_end(&tr!(lang, "run-iv-tf"), 22);
    match (iv.tf.critical_value, iv.tf.interval) {
        (Some(c), Some(ci)) => {
            let note = tr!(
                lang,
                "run-iv-tf-critical",
                c = format!("{c:.4}"),
                f = format!("{:.2}", iv.tf.f),
                threshold = format!("{:.1}", iv.tf.threshold)
            );
            let _ = writeln!(out, "{tf}[{:.4}, {:.4}]   {note}", ci[0], ci[1]);
        }
        _ => {
            let _ = writeln!(out, "{tf}{}", tr!(lang, "run-iv-tf-unbounded", f = format!("{:.2}", iv.tf.f)));
        }
    }
    for l in Level::ALL {
        let w = iv.wald_at(l);
        let _ = writeln!(
            out,
            "{}%  Wald [{:.4}, {:.4}]   Anderson-Rubin {}",
            l.percent(),
            w[0],
            w[1],
            ar_words(&iv.ar_at(l), lang)
        );
    }
}
