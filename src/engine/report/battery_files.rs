//! Writing the battery to a directory: `tables.md`, `tables.tex` (a complete booktabs
//! document), one CSV per table, PNG figures (the maps, the coefficient plot, the
//! specification curve when run) and `report.json`. Every file is written atomically, and
//! the bytes depend only on the inputs (same seed, same files).

use super::atomic_write;
use super::figures::{coefficient_plot, spec_curve_plot};
use super::json::{battery_json, verdict_name};
use super::table::latex_is_balanced;
use crate::engine::battery::{BatteryReport, ItemResult, SpecCurveResult, TableId};
use crate::engine::data::Panel;
use crate::engine::spatial::join::JoinSpec;
use crate::engine::spatial::palette::PaletteName;
use crate::engine::spatial::render::{DEFAULT_NOTE, RenderSpec, render, write_png};
use crate::engine::spatial::text::{Fonts, find_system_cjk_font};
use crate::engine::spatial::{Boundaries, MapGeometry, MapSpec, compute_maps, join};
use crate::locale::Lang;
use crate::tr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why the report could not be written.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportError {
    /// A file or the directory could not be written.
    Io {
        /// The path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// Generated LaTeX failed the balance check (a bug; please report it).
    Latex(String),
}

/// What was written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    /// Files, in writing order.
    pub files: Vec<PathBuf>,
    /// Figures that could not be drawn, with the reason.
    pub warnings: Vec<String>,
}

fn io(path: &Path, e: impl std::fmt::Display) -> ReportError {
    ReportError::Io { path: path.display().to_string(), message: e.to_string() }
}

/// The Markdown report in `lang`: conclusions at a glance, every table, what was not
/// estimated.
pub fn markdown(r: &BatteryReport, curve: Option<&SpecCurveResult>, lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        tr!(lang, "report-heading"),
        tr!(
            lang,
            "report-data",
            source = r.source.as_str(),
            baseline = r.scenario.label(),
            seed = r.scenario.seed.to_string()
        )
    );
    let cols = ["report-col-table", "report-col-column", "report-col-estimate", "report-col-mark", "report-col-reason"]
        .map(|id| crate::locale::fluent::message(lang, id, None));
    let _ = write!(out, "## {}\n\n| {} |\n|---|---|---|---|---|\n", tr!(lang, "report-conclusions"), cols.join(" | "));
    for o in &r.items {
        if let Some(e) = o.estimate() {
            let _ = writeln!(
                out,
                "| {} | {}: {} | {:.4} (p = {:.4}) | {} | {} |",
                o.item.table.id(),
                o.item.variant_in(lang),
                o.item.outcome,
                e.inference.theta,
                e.inference.p,
                match lang {
                    Lang::En => verdict_name(o.conclusion.verdict).to_string(),
                    _ => crate::locale::battery::verdict(o.conclusion.verdict, lang),
                },
                crate::locale::battery::reason(o, lang).replace('|', "/")
            );
        }
    }
    out.push('\n');
    for t in &r.tables_in(lang) {
        out.push_str(&t.to_markdown());
        out.push('\n');
    }
    let problems = r.problems();
    if !problems.is_empty() {
        let _ = write!(out, "## {}\n\n", tr!(lang, "report-not-estimated"));
        for (it, p) in problems {
            let _ = writeln!(out, "- {} {}: {p}", it.table.id(), it.column);
        }
        out.push('\n');
    }
    if let Some(c) = curve {
        let sign =
            c.reference_sign.map_or_else(|| tr!(lang, "report-median-sign"), |s| crate::locale::battery::sign(s, lang));
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            tr!(lang, "report-spec-curve"),
            tr!(
                lang,
                "report-spec-curve-summary",
                n = c.points.len(),
                failed = c.failures.len(),
                share = format!("{:.1}", 100.0 * c.share_significant_same_sign),
                sign = sign
            )
        );
    }
    for n in &r.notes {
        let _ = writeln!(out, "{}", tr!(lang, "report-note", note = crate::locale::Worded::worded(n, lang)));
    }
    out
}

/// A complete LaTeX document with every table in `lang` (booktabs; stars as superscripts; t in
/// parentheses). Non-ASCII dashes become LaTeX dashes. A Chinese document uses the `ctexart`
/// class: compile it with XeLaTeX.
pub fn latex(r: &BatteryReport, lang: Lang) -> String {
    let class = match lang {
        Lang::En => "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n",
        Lang::Zh => "% Compile with XeLaTeX (ctex).\n\\documentclass[UTF8]{ctexart}\n",
    };
    let mut out = format!(
        "{class}\\usepackage{{booktabs}}\n\\usepackage{{graphicx}}\n\\usepackage[margin=2cm,landscape]{{geometry}}\n\\begin{{document}}\n"
    );
    for t in &r.tables_in(lang) {
        let tex = t
            .to_latex()
            .lines()
            .filter(|l| !l.starts_with('%'))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            .replace('—', "---")
            .replace('−', "--")
            .replace("\\begin{tabular}", "\\resizebox{\\linewidth}{!}{\\begin{tabular}")
            .replace("\\end{tabular}", "\\end{tabular}}");
        out.push_str(&tex);
        out.push_str("\\clearpage\n");
    }
    out.push_str("\\end{document}\n");
    out
}

/// CSV of the specification curve: one row per estimated specification, sorted by theta.
pub fn spec_curve_csv(c: &SpecCurveResult) -> String {
    let mut out = String::from(
        "rank,theta,se,t,p,ci_low,ci_high,n,learner,k,index,winsorized,squares,fe,folds,model,variance,f_robust,f_nonrobust,ar95,tf95_low,tf95_high\n",
    );
    for (i, p) in c.points.iter().enumerate() {
        let s = &p.spec;
        let inf = &p.inference;
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
            i + 1,
            inf.theta,
            inf.se,
            inf.t,
            inf.p,
            inf.ci95[0],
            inf.ci95[1],
            p.n,
            s.learner.cli_name(),
            s.folds,
            crate::engine::battery::spec_curve::index_label(s.index),
            s.winsorize,
            s.squares,
            s.fixed_effects.cli_name(),
            crate::engine::battery::spec_curve::fold_scheme_label(&s.fold_scheme).replace(',', " "),
            s.model.cli_name(),
            iv_csv(p.iv.as_ref())
        );
    }
    out
}

/// `variance,f_robust,f_nonrobust,ar95,tf95_low,tf95_high` of an IV point (empty for PLR).
fn iv_csv(iv: Option<&crate::engine::dml::iv::IvInference>) -> String {
    let Some(iv) = iv else { return ",,,,,".into() };
    let ar = crate::engine::report::estimates::ar_short(&iv.ar_at(crate::engine::dml::normal::Level::P95));
    let (lo, hi) = iv.tf.interval.map_or((String::new(), String::new()), |c| (c[0].to_string(), c[1].to_string()));
    format!(
        "{},{},{},{},{lo},{hi}",
        crate::engine::dml::variance::variance_name(iv.variance),
        iv.first_stage.f_robust,
        iv.first_stage.f_nonrobust,
        ar.replace(',', ";")
    )
}

/// Draw the maps of the battery: one PNG per variable with its first and last year side by
/// side and one shared legend (natural breaks, 5 classes), as the study shows them.
/// Titles, legend and province names are in `lang` (Chinese only when `fonts` can draw it).
fn write_maps(
    dir: &Path,
    r: &BatteryReport,
    panel: &Panel,
    fonts: &Fonts,
    lang: Lang,
    w: &mut Written,
) -> Result<(), ReportError> {
    let mut vars: Vec<(String, Vec<i32>)> = Vec::new();
    for o in r.items_of(TableId::Maps) {
        if let ItemResult::Map(m) = &o.result {
            match vars.iter_mut().find(|(v, _)| *v == m.variable) {
                Some((_, years)) => years.push(m.year),
                None => vars.push((m.variable.clone(), vec![m.year])),
            }
        }
    }
    if vars.is_empty() {
        return Ok(());
    }
    let boundaries = Boundaries::embedded();
    let joined = match join(boundaries, panel, &JoinSpec::default()) {
        Ok(j) => j,
        Err(e) => {
            w.warnings.push(format!("maps not drawn: {e}"));
            return Ok(());
        }
    };
    for (variable, years) in vars {
        let palette =
            if variable == crate::engine::measures::derive::CIWB { PaletteName::YlOrRd } else { PaletteName::YlGnBu };
        let spec = MapSpec { variable: variable.clone(), years: years.clone(), palette, ..MapSpec::default() };
        let maps = match compute_maps(panel, boundaries, &joined, &spec) {
            Ok(m) => m,
            Err(e) => {
                w.warnings.push(format!("map of {variable} not drawn: {e}"));
                continue;
            }
        };
        let yl: Vec<String> = years.iter().map(i32::to_string).collect();
        let rs = match lang {
            Lang::En => RenderSpec {
                title: format!("{variable} by province, {}", yl.join(" and ")),
                legend_title: format!("{variable}: natural breaks (Jenks), {} classes", maps[0].breaks.k()),
                source_note: format!("Data: {}. {DEFAULT_NOTE}", panel.source),
                ..RenderSpec::default()
            },
            Lang::Zh => RenderSpec {
                title: tr!(lang, "map-title", variable = variable.as_str(), years = yl.join("、")),
                legend_title: tr!(lang, "map-legend-jenks", variable = variable.as_str(), k = maps[0].breaks.k()),
                source_note: tr!(lang, "map-source", source = panel.source.as_str()),
                chinese_names: true,
                ..RenderSpec::default()
            },
        };
        match render(MapGeometry::embedded(), boundaries, &maps, &rs, fonts) {
            Ok(out) => {
                let path = dir.join(format!("map_{}.png", file_stem(&variable)));
                write_png(&path, out.canvas).map_err(|e| io(&path, e))?;
                w.files.push(path);
            }
            Err(e) => w.warnings.push(format!("map of {variable} not drawn: {e}")),
        }
    }
    Ok(())
}

fn file_stem(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// Write every output of the battery (and the curve, when given) into `dir` (created if
/// needed). See the module docs for the file list.
pub fn write_report(
    dir: &Path,
    r: &BatteryReport,
    curve: Option<&SpecCurveResult>,
    panel: &Panel,
    lang: Lang,
) -> Result<Written, ReportError> {
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut w = Written::default();
    let put = |name: &str, bytes: &[u8], w: &mut Written| -> Result<(), ReportError> {
        let path = dir.join(name);
        atomic_write(&path, bytes).map_err(|e| io(&path, e))?;
        w.files.push(path);
        Ok(())
    };
    put("tables.md", markdown(r, curve, lang).as_bytes(), &mut w)?;
    let tex = latex(r, lang);
    latex_is_balanced(&tex).map_err(ReportError::Latex)?;
    put("tables.tex", tex.as_bytes(), &mut w)?;
    for t in &r.tables_in(lang) {
        put(&format!("{}.csv", t.id), t.to_csv().as_bytes(), &mut w)?;
    }
    let json = serde_json::to_string_pretty(&battery_json(r, curve)).unwrap_or_default() + "\n";
    put("report.json", json.as_bytes(), &mut w)?;
    // Chinese pictures need a CJK face: a system font (the engine bundles none); without one
    // the pictures keep English words and say so.
    let (fonts, picture_lang) = match lang {
        Lang::Zh => match find_system_cjk_font() {
            Some(face) => (Fonts::with_fallback(face), Lang::Zh),
            None => {
                w.warnings.push(tr!(lang, "map-no-cjk-font"));
                (Fonts::default(), Lang::En)
            }
        },
        Lang::En => (Fonts::default(), Lang::En),
    };
    let coef = dir.join("coefficients.png");
    write_png(&coef, coefficient_plot(r, &fonts, picture_lang)).map_err(|e| io(&coef, e))?;
    w.files.push(coef);
    if let Some(c) = curve {
        put("spec_curve.csv", spec_curve_csv(c).as_bytes(), &mut w)?;
        let path = dir.join("spec_curve.png");
        write_png(&path, spec_curve_plot(c, &fonts, picture_lang)).map_err(|e| io(&path, e))?;
        w.files.push(path);
    }
    write_maps(dir, r, panel, &fonts, picture_lang, &mut w)?;
    Ok(w)
}
