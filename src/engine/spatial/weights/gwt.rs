//! GWT files (GeoDa / PySAL weights with values): read and written.
//!
//! Format (GeoDa User's Guide; PySAL `GwtIO`): a header `0 n source key` (or `n`), then one
//! line `id neighbour weight` per pair. Regions are taken in order of first appearance in the
//! first column, then those that appear only as neighbours; a region with no line at all (an
//! island) cannot be known from the file, so the header's `n` is checked against what was found
//! and a difference is reported in the description.

use super::{LineProblem, Weights, WeightsError};
use std::fmt::Write as _;

/// Parse GWT text; `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Weights, WeightsError> {
    let bad = |line: usize, problem: LineProblem| WeightsError::Parse { file: file.to_string(), line, problem };
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty());
    let Some((hl, header)) = lines.next() else { return Err(bad(1, LineProblem::EmptyFile)) };
    let fields: Vec<&str> = header.split_whitespace().collect();
    let announced: usize = match fields.as_slice() {
        [n] | [_, n, ..] => n.parse().map_err(|_| bad(hl, LineProblem::GwtHeader { header: header.to_string() }))?,
        [] => return Err(bad(hl, LineProblem::EmptyHeader)),
    };
    let mut ids: Vec<String> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut triples: Vec<(usize, usize, f64)> = Vec::new();
    let mut pending: Vec<(usize, String, String, f64)> = Vec::new();
    for (l, line) in lines {
        let f: Vec<&str> = line.split_whitespace().collect();
        let [i, j, w] = f.as_slice() else {
            return Err(bad(l, LineProblem::NotATriple { line: line.to_string() }));
        };
        let w: f64 = w
            .parse()
            .ok()
            .filter(|w: &f64| w.is_finite())
            .ok_or_else(|| bad(l, LineProblem::NotAWeight { text: w.to_string() }))?;
        if !index.contains_key(*i) {
            index.insert(i.to_string(), ids.len());
            ids.push(i.to_string());
        }
        pending.push((l, i.to_string(), j.to_string(), w));
    }
    for (_, _, j, _) in &pending {
        if !index.contains_key(j) {
            index.insert(j.clone(), ids.len());
            ids.push(j.clone());
        }
    }
    for (_, i, j, w) in pending {
        triples.push((index[&i], index[&j], w));
    }
    let mut rows: Vec<Vec<(usize, f64)>> = vec![Vec::new(); ids.len()];
    for (i, j, w) in triples {
        rows[i].push((j, w));
    }
    let mut description = format!("GWT file {file}");
    if announced != ids.len() {
        let _ = write!(description, " (header: {announced} regions, {} found)", ids.len());
    }
    Ok(Weights::from_pairs(ids, rows, description))
}

/// Read a GWT file.
pub fn read(path: &std::path::Path) -> Result<Weights, WeightsError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| WeightsError::Io { path: path.display().to_string(), message: e.to_string() })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parse(&text, &name)
}

/// GWT text of `w`, weights written exactly (shortest text that reads back to the same bits).
pub fn to_string(w: &Weights, source: &str, key: &str) -> String {
    let clean = |s: &str| if s.is_empty() { "unknown".to_string() } else { s.replace(char::is_whitespace, "_") };
    let mut out = format!("0 {} {} {}\n", w.n(), clean(source), clean(key));
    for i in 0..w.n() {
        for (&j, &v) in w.neighbours[i].iter().zip(&w.values[i]) {
            let _ = writeln!(out, "{} {} {v:?}", w.ids[i], w.ids[j]);
        }
    }
    out
}

/// Write `w` as a GWT file.
pub fn write(w: &Weights, path: &std::path::Path, source: &str, key: &str) -> Result<(), WeightsError> {
    w.check_writable_ids(&path.display().to_string())?;
    std::fs::write(path, to_string(w, source, key))
        .map_err(|e| WeightsError::Io { path: path.display().to_string(), message: e.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_every_bit() {
        let w = Weights::from_pairs(
            vec!["a".into(), "b".into(), "c".into()],
            vec![vec![(1, 1.0 / 3.0)], vec![(0, 0.1), (2, 2.5e-7)], vec![(1, 7.0)]],
            "t".into(),
        );
        let back = parse(&to_string(&w, "s", "id"), "t.gwt").unwrap();
        assert_eq!(back.values, w.values);
        assert_eq!(back.neighbours, w.neighbours);
        assert_eq!(back.description, "GWT file t.gwt");
    }

    #[test]
    fn bad_lines_are_named() {
        let e = parse("0 2 s id\na b 1\nb a\n", "x.gwt").unwrap_err().to_string();
        assert!(e.contains("x.gwt, line 3"), "{e}");
        let e = parse("0 2 s id\na b one\n", "x.gwt").unwrap_err().to_string();
        assert!(e.contains("\"one\" is not a weight"), "{e}");
    }
}
