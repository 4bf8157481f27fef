//! One typed result table, rendered to text, CSV, tab-separated text, Markdown and LaTeX.
//!
//! The layout follows the study: one column per specification, a coefficient row with stars
//! (10% *, 5% **, 1% ***) and the t statistic in parentheses beneath, then rows such as
//! controls, fixed effects, N, learner and K. The window renders the same table with egui.

use crate::locale::Lang;
use serde::Serialize;

/// Significance stars for a two-sided p-value: `***` < 0.01, `**` < 0.05, `*` < 0.1.
pub fn stars(p: f64) -> &'static str {
    if p < 0.01 {
        "***"
    } else if p < 0.05 {
        "**"
    } else if p < 0.1 {
        "*"
    } else {
        ""
    }
}

/// A table cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Free text (`Yes`, `RF`, ...).
    Text(String),
    /// An integer (N, K).
    Int(i64),
    /// A number with a fixed number of decimals.
    Number {
        /// Value.
        value: f64,
        /// Decimals shown.
        decimals: usize,
    },
    /// A coefficient: value with stars, and the t statistic in parentheses on a second line.
    Estimate {
        /// Point estimate.
        theta: f64,
        /// t statistic.
        t: f64,
        /// Two-sided p-value (for the stars).
        p: f64,
    },
}

impl Cell {
    /// The first line of the cell (coefficient with stars, or the value).
    pub fn main_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Number { value, decimals } => format!("{value:.decimals$}"),
            Cell::Estimate { theta, p, .. } => format!("{theta:.4}{}", stars(*p)),
        }
    }

    /// The second line (the t statistic in parentheses), if any.
    pub fn sub_text(&self) -> Option<String> {
        match self {
            Cell::Estimate { t, .. } => Some(format!("({t:.3})")),
            _ => None,
        }
    }
}

/// A table row: a label and one cell per column.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// Row label (`DCP`, `Controls`, `N`).
    pub label: String,
    /// Cells, one per column.
    pub cells: Vec<Cell>,
}

/// A result table in the study's layout.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResultTable {
    /// The language of its labels and notes (LaTeX output loads xeCJK for Chinese).
    pub lang: Lang,
    /// Short id (`table4`), used for file names.
    pub id: String,
    /// Title (`Table 4. Baseline regression`).
    pub title: String,
    /// Column headers (`(1)`, `(2)`, ...).
    pub columns: Vec<String>,
    /// Optional second header line (dependent variables).
    pub subheaders: Vec<String>,
    /// Body rows.
    pub rows: Vec<Row>,
    /// Notes printed under the table.
    pub notes: Vec<String>,
}

impl ResultTable {
    /// An empty English table with the usual significance note.
    pub fn new(id: &str, title: &str, columns: Vec<String>) -> Self {
        ResultTable::new_in(Lang::En, id, title, columns)
    }

    /// An empty table in `lang` with the significance note of that language (Chinese: the
    /// journals' 注：***、**、* 分别表示在 1%、5%、10% 的水平上显著).
    pub fn new_in(lang: Lang, id: &str, title: &str, columns: Vec<String>) -> Self {
        ResultTable {
            lang,
            id: id.to_string(),
            title: title.to_string(),
            columns,
            subheaders: Vec::new(),
            rows: Vec::new(),
            notes: vec![crate::tr!(lang, "table-note-significance")],
        }
    }

    /// Append a row.
    pub fn push(&mut self, label: &str, cells: Vec<Cell>) {
        self.rows.push(Row { label: label.to_string(), cells });
    }

    /// Plain text with aligned columns (command-line output).
    pub fn to_text(&self) -> String {
        let lines = self.grid(false);
        let ncol = lines.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..ncol)
            .map(|c| lines.iter().filter_map(|l| l.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = format!("{}\n", self.title);
        let rule = "-".repeat(widths.iter().sum::<usize>() + 2 * ncol);
        out.push_str(&rule);
        out.push('\n');
        for (i, l) in lines.iter().enumerate() {
            for (c, cell) in l.iter().enumerate() {
                let pad = widths[c].saturating_sub(cell.chars().count());
                if c == 0 {
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad + 2));
                } else {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(cell);
                    out.push_str("  ");
                }
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
            if i + 1 == self.header_lines() {
                out.push_str(&rule);
                out.push('\n');
            }
        }
        out.push_str(&rule);
        out.push('\n');
        for n in &self.notes {
            out.push_str(n);
            out.push('\n');
        }
        out
    }

    fn header_lines(&self) -> usize {
        1 + usize::from(!self.subheaders.is_empty())
    }

    /// Header and body as lines of strings; coefficient rows take two lines.
    fn grid(&self, t_inline: bool) -> Vec<Vec<String>> {
        let mut lines = vec![std::iter::once(String::new()).chain(self.columns.iter().cloned()).collect::<Vec<_>>()];
        if !self.subheaders.is_empty() {
            lines.push(std::iter::once(String::new()).chain(self.subheaders.iter().cloned()).collect());
        }
        for r in &self.rows {
            let has_sub = r.cells.iter().any(|c| c.sub_text().is_some());
            if has_sub && !t_inline {
                lines.push(std::iter::once(r.label.clone()).chain(r.cells.iter().map(Cell::main_text)).collect());
                lines.push(
                    std::iter::once(String::new())
                        .chain(r.cells.iter().map(|c| c.sub_text().unwrap_or_default()))
                        .collect(),
                );
            } else {
                lines.push(
                    std::iter::once(r.label.clone())
                        .chain(r.cells.iter().map(|c| match c.sub_text() {
                            Some(s) => format!("{} {s}", c.main_text()),
                            None => c.main_text(),
                        }))
                        .collect(),
                );
            }
        }
        lines
    }

    /// CSV (RFC 4180 quoting), coefficient and t on separate lines as in the study.
    pub fn to_csv(&self) -> String {
        self.delimited(',', true)
    }

    /// Tab-separated text for pasting into Word or Excel.
    pub fn to_tsv(&self) -> String {
        self.delimited('\t', false)
    }

    fn delimited(&self, sep: char, quote: bool) -> String {
        let esc = |s: &str| -> String {
            if quote && (s.contains(sep) || s.contains('"') || s.contains('\n')) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.replace(['\t', '\n'], " ")
            }
        };
        let mut out = String::new();
        for l in self.grid(false) {
            out.push_str(&l.iter().map(|s| esc(s)).collect::<Vec<_>>().join(&sep.to_string()));
            out.push('\n');
        }
        out
    }

    /// GitHub-flavoured Markdown.
    pub fn to_markdown(&self) -> String {
        let lines = self.grid(false);
        let esc = |s: &str| s.replace('|', "\\|").replace('*', "\\*");
        let mut out = format!("**{}**\n\n", self.title);
        let ncol = self.columns.len() + 1;
        let header = &lines[0];
        out.push_str(&format!("| {} |\n", header.iter().map(|s| esc(s)).collect::<Vec<_>>().join(" | ")));
        out.push_str(&format!("|{}|\n", std::iter::repeat_n("---", ncol).collect::<Vec<_>>().join("|")));
        for l in &lines[1..] {
            out.push_str(&format!("| {} |\n", l.iter().map(|s| esc(s)).collect::<Vec<_>>().join(" | ")));
        }
        out.push('\n');
        for n in &self.notes {
            out.push_str(&format!("{}\n", esc(n)));
        }
        out
    }

    /// LaTeX with booktabs; stars as superscripts, t in parentheses on a second line.
    /// A Chinese table starts with a comment naming what it needs: XeLaTeX with `xeCJK` (or
    /// the `ctexart` class).
    pub fn to_latex(&self) -> String {
        let ncol = self.columns.len();
        let mut out = String::new();
        if self.lang == Lang::Zh {
            out.push_str(
                "% Chinese text: compile with XeLaTeX and \\usepackage{xeCJK} (or \\documentclass{ctexart}).\n",
            );
        }
        out.push_str("\\begin{table}[htbp]\n\\centering\n");
        // LaTeX numbers captions itself: a title that carries the study's number ("Table 4.",
        // "表 4") sets the counter's printed value to it and keeps the rest as the caption, so
        // the PDF reads "Table 4: ..." / "表 4 ..." rather than "Table 1: Table 4. ...".
        match numbered_title(&self.title) {
            Some((number, rest)) => out.push_str(&format!(
                "\\renewcommand{{\\thetable}}{{{}}}\n\\caption{{{}}}\n",
                latex_escape(number),
                latex_escape(rest)
            )),
            None => out.push_str(&format!("\\caption{{{}}}\n", latex_escape(&self.title))),
        }
        out.push_str(&format!("\\label{{tab:{}}}\n", latex_escape(&self.id)));
        out.push_str(&format!("\\begin{{tabular}}{{l{}}}\n\\toprule\n", "c".repeat(ncol)));
        out.push_str(&format!(
            " & {} \\\\\n",
            self.columns.iter().map(|s| latex_escape(s)).collect::<Vec<_>>().join(" & ")
        ));
        if !self.subheaders.is_empty() {
            out.push_str(&format!(
                " & {} \\\\\n",
                self.subheaders.iter().map(|s| latex_escape(s)).collect::<Vec<_>>().join(" & ")
            ));
        }
        out.push_str("\\midrule\n");
        for r in &self.rows {
            let main: Vec<String> = r
                .cells
                .iter()
                .map(|c| match c {
                    Cell::Estimate { theta, p, .. } => {
                        let s = stars(*p);
                        if s.is_empty() { format!("{theta:.4}") } else { format!("{theta:.4}$^{{{s}}}$") }
                    }
                    other => latex_escape(&other.main_text()),
                })
                .collect();
            out.push_str(&format!("{} & {} \\\\\n", latex_escape(&r.label), main.join(" & ")));
            if r.cells.iter().any(|c| c.sub_text().is_some()) {
                let sub: Vec<String> = r.cells.iter().map(|c| c.sub_text().unwrap_or_default()).collect();
                out.push_str(&format!(" & {} \\\\\n", sub.join(" & ")));
            }
        }
        out.push_str("\\bottomrule\n\\end{tabular}\n");
        if !self.notes.is_empty() {
            out.push_str("\\begin{minipage}{0.9\\linewidth}\\footnotesize\n");
            for n in &self.notes {
                out.push_str(&latex_escape(n));
                out.push_str("\\\\\n");
            }
            out.push_str("\\end{minipage}\n");
        }
        out.push_str("\\end{table}\n");
        out
    }
}

/// A title that starts with its table number, `Table 4. Baseline` or `表 4 基准回归结果`, split
/// into the number and the rest.
fn numbered_title(title: &str) -> Option<(&str, &str)> {
    let rest = title.strip_prefix("Table ").or_else(|| title.strip_prefix("表 "))?;
    let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    if digits == 0 {
        return None;
    }
    let (number, after) = rest.split_at(digits);
    let after = after.strip_prefix('.').unwrap_or(after).trim_start();
    (!after.is_empty()).then_some((number, after))
}

/// Escape LaTeX special characters in text; the Greek letters and signs that notes use
/// (`θ ∓ c(F) se`) become math symbols, which every text font can show.
pub fn latex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '*' => out.push_str("$^{*}$"),
            'θ' => out.push_str("\\ensuremath{\\theta}"),
            'α' => out.push_str("\\ensuremath{\\alpha}"),
            'β' => out.push_str("\\ensuremath{\\beta}"),
            'σ' => out.push_str("\\ensuremath{\\sigma}"),
            'ρ' => out.push_str("\\ensuremath{\\rho}"),
            'χ' => out.push_str("\\ensuremath{\\chi}"),
            '∓' => out.push_str("\\ensuremath{\\mp}"),
            '±' => out.push_str("\\ensuremath{\\pm}"),
            '≤' => out.push_str("\\ensuremath{\\leq}"),
            '≥' => out.push_str("\\ensuremath{\\geq}"),
            '×' => out.push_str("\\ensuremath{\\times}"),
            _ => out.push(c),
        }
    }
    out
}

/// Check that `\begin{..}` / `\end{..}` environments and braces balance (a cheap "does it
/// compile" test for generated LaTeX).
pub fn latex_is_balanced(tex: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut depth: i64 = 0;
    let bytes: Vec<char> = tex.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == '\\' && i + 1 < bytes.len() && "{}&%$#_".contains(bytes[i + 1]) {
            i += 2;
            continue;
        }
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth < 0 {
                return Err(format!("unbalanced '}}' at character {i}"));
            }
        }
        for (kw, open) in [("\\begin{", true), ("\\end{", false)] {
            let k: Vec<char> = kw.chars().collect();
            if bytes[i..].starts_with(&k) {
                let rest: String = bytes[i + k.len()..].iter().take_while(|&&ch| ch != '}').collect();
                if open {
                    stack.push(rest);
                } else if stack.pop().as_deref() != Some(rest.as_str()) {
                    return Err(format!("\\end{{{rest}}} does not close the open environment"));
                }
            }
        }
        i += 1;
    }
    if depth != 0 {
        return Err(format!("{depth} unclosed brace(s)"));
    }
    if let Some(open) = stack.pop() {
        return Err(format!("\\begin{{{open}}} is never closed"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ResultTable {
        let mut t = ResultTable::new("table4", "Table 4. Baseline regression", vec!["(1)".into(), "(2)".into()]);
        t.subheaders = vec!["CEE".into(), "CIWB".into()];
        t.push(
            "DCP",
            vec![Cell::Estimate { theta: 1.2345, t: 3.21, p: 0.001 }, Cell::Estimate { theta: -0.5, t: -1.8, p: 0.07 }],
        );
        t.push("Controls", vec![Cell::Text("Yes".into()), Cell::Text("Yes".into())]);
        t.push("N", vec![Cell::Int(360), Cell::Int(358)]);
        t
    }

    #[test]
    fn stars_thresholds() {
        assert_eq!(stars(0.009), "***");
        assert_eq!(stars(0.049), "**");
        assert_eq!(stars(0.099), "*");
        assert_eq!(stars(0.1), "");
    }

    #[test]
    fn renders_every_format() {
        let t = sample();
        let text = t.to_text();
        assert!(text.contains("1.2345***") && text.contains("(3.210)") && text.contains("-0.5000*"), "{text}");
        let md = t.to_markdown();
        assert!(md.contains("| DCP | 1.2345\\*\\*\\* | -0.5000\\* |"), "{md}");
        let csv = t.to_csv();
        assert!(csv.lines().nth(2).unwrap().starts_with("DCP,1.2345***,-0.5000*"), "{csv}");
        assert!(t.to_tsv().contains("N\t360\t358"));
        let tex = t.to_latex();
        assert!(tex.contains("\\toprule") && tex.contains("1.2345$^{***}$") && tex.contains("(3.210) & (-1.800)"));
        latex_is_balanced(&tex).unwrap();
    }

    #[test]
    fn latex_captions_keep_the_study_number() {
        assert_eq!(numbered_title("Table 4. Baseline regression"), Some(("4", "Baseline regression")));
        assert_eq!(numbered_title("表 10 异质性分析（二）"), Some(("10", "异质性分析（二）")));
        assert_eq!(numbered_title("Maps: CEE"), None);
        assert_eq!(numbered_title("Table 4."), None);
        let mut t = ResultTable::new_in(Lang::Zh, "table4", "表 4 基准回归结果", vec!["(1)".into()]);
        t.push("N", vec![Cell::Int(1)]);
        let tex = t.to_latex();
        assert!(tex.contains("\\renewcommand{\\thetable}{4}\n\\caption{基准回归结果}"), "{tex}");
    }

    #[test]
    fn latex_balance_checker_catches_errors() {
        assert!(latex_is_balanced("\\begin{table}\\begin{tabular}{l}\\end{tabular}\\end{table}").is_ok());
        assert!(latex_is_balanced("\\begin{table}\\end{tabular}").is_err());
        assert!(latex_is_balanced("{a").is_err());
        assert!(latex_is_balanced("\\_ and \\{ are escapes").is_ok());
        assert_eq!(latex_escape("a_b & 5%"), "a\\_b \\& 5\\%");
        assert_eq!(latex_escape("θ ∓ c(F)"), "\\ensuremath{\\theta} \\ensuremath{\\mp} c(F)");
    }
}
