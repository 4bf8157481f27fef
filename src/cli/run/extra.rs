//! What `run` prints below the main table: mechanisms, subgroups with their differences, and
//! mediation, in the reader's language.

use super::output::{Extra, stars};
use crate::cli::columns::pad_end;
use crate::engine::dml::Estimate;
use crate::engine::dml::heterogeneity::GroupEstimate;
use crate::engine::scenario::filter::Condition;
use crate::locale::{Lang, Worded};
use crate::tr;
use std::fmt::Write as _;

/// Compact tables for mechanisms, subgroups (with differences) and mediation.
pub fn extra_table(x: &Extra, lang: Lang) -> String {
    let mut out = String::new();
    let row = |out: &mut String, label: &str, e: &Estimate| {
        let i = &e.inference;
        let _ = writeln!(
            out,
            "{} {:>12} {:>10.4} {:>10.4} {:>6}   [{:.4}, {:.4}]",
            pad_end(label, 34),
            format!("{:.4}{}", i.theta, stars(i.p)),
            i.se,
            i.p,
            e.n,
            i.ci95[0],
            i.ci95[1]
        );
    };
    let header = |out: &mut String, title: String| {
        let _ = writeln!(out, "{title}");
        let cols = [tr!(lang, "run-col-coef"), tr!(lang, "run-col-se"), tr!(lang, "run-col-p"), tr!(lang, "run-col-n")];
        let _ = writeln!(
            out,
            "{} {} {} {} {}   {}",
            " ".repeat(34),
            crate::cli::columns::pad_start(&cols[0], 12),
            crate::cli::columns::pad_start(&cols[1], 10),
            crate::cli::columns::pad_start(&cols[2], 10),
            crate::cli::columns::pad_start(&cols[3], 6),
            tr!(lang, "run-col-ci")
        );
    };
    if !x.mechanisms.is_empty() {
        header(&mut out, tr!(lang, "run-mechanisms"));
        for e in &x.mechanisms {
            row(&mut out, &e.outcome, e);
        }
        out.push('\n');
    }
    if !x.groups.is_empty() {
        header(&mut out, tr!(lang, "run-heterogeneity"));
        for g in &x.groups {
            match &g.result {
                Ok(e) => row(&mut out, &group_name(g, lang), e),
                Err(err) => {
                    let why = tr!(lang, "run-group-failed", error = err.worded(lang));
                    let _ = writeln!(out, "{} {why}", pad_end(&group_name(g, lang), 34));
                }
            }
        }
        let name = |label: &str| match x.groups.iter().find(|g| g.label == label) {
            Some(g) => group_name(g, lang),
            None => label.to_string(),
        };
        for d in &x.differences {
            let line = tr!(
                lang,
                "run-difference",
                a = name(&d.a),
                b = name(&d.b),
                diff = format!("{:.4}", d.diff),
                se = format!("{:.4}", d.se),
                z = format!("{:.2}", d.z),
                p = format!("{:.4}", d.p)
            );
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if let Some(m) = &x.mediation {
        let p = &m.paths;
        let _ = writeln!(out, "{}", tr!(lang, "run-mediation", mediator = m.mediator.as_str(), n = m.n));
        let line = |out: &mut String, label: String, value: String| {
            let _ = writeln!(out, "  {}{value}", pad_end(&label, 22));
        };
        line(&mut out, tr!(lang, "run-mediation-total"), format!("{:>12.4}", p.total));
        line(&mut out, tr!(lang, "run-mediation-a"), format!("{:>12.4}", p.a));
        line(&mut out, tr!(lang, "run-mediation-b"), format!("{:>12.4}", p.b));
        line(&mut out, tr!(lang, "run-mediation-direct"), format!("{:>12.4}", p.direct));
        let ci = tr!(
            lang,
            "run-mediation-bootstrap",
            lower = format!("{:.4}", m.indirect_ci95[0]),
            upper = format!("{:.4}", m.indirect_ci95[1]),
            replicates = m.replicates
        );
        line(&mut out, tr!(lang, "run-mediation-indirect"), format!("{:>12.4}   {ci}", p.indirect));
        line(&mut out, tr!(lang, "run-mediation-share"), format!("{:>11.1}%", 100.0 * m.share));
        let reading = crate::locale::inference::mediation_reading(m, lang);
        let _ = writeln!(out, "  {}", tr!(lang, "run-mediation-reading", reading = reading));
        out.push('\n');
    }
    out
}

/// A group's name in `lang`: regions and coastal/inland in words, thresholds as computed.
fn group_name(g: &GroupEstimate, lang: Lang) -> String {
    match (&g.condition, lang) {
        (Some(c @ (Condition::Region(_) | Condition::Coastal(_))), Lang::Zh) => {
            crate::locale::notes::condition_label(c, lang)
        }
        _ => g.label.clone(),
    }
}
