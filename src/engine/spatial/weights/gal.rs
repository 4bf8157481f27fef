//! GAL files (GeoDa / PySAL contiguity lists): read and written.
//!
//! Format (Anselin, *GeoDa User's Guide*, "weights file formats"; PySAL `GalIO`):
//!
//! ```text
//! 0 31 provinces code      <- header: "n" alone, or "0 n source key"
//! 11 2                     <- id, number of neighbours
//! 12 13                    <- the neighbours' ids (an empty line when there are none)
//! ...
//! ```
//!
//! Weights are binary. Reading tolerates blank lines and either header; writing uses the
//! four-field header that both GeoDa and PySAL read.

use super::{LineProblem, Weights, WeightsError, WeightsProblem};
use std::fmt::Write as _;

/// Parse GAL text; `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Weights, WeightsError> {
    let bad = |line: usize, problem: LineProblem| WeightsError::Parse { file: file.to_string(), line, problem };
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty());
    let Some((hl, header)) = lines.next() else { return Err(bad(1, LineProblem::EmptyFile)) };
    let fields: Vec<&str> = header.split_whitespace().collect();
    let count = match fields.as_slice() {
        [n] | [_, n, ..] => *n,
        [] => return Err(bad(hl, LineProblem::EmptyHeader)),
    };
    let n: usize = count.parse().map_err(|_| bad(hl, LineProblem::GalHeader { header: header.to_string() }))?;
    // The rest as a stream of tokens with their line numbers.
    let mut tokens = lines.flat_map(|(l, s)| s.split_whitespace().map(move |t| (l, t)));
    let mut ids: Vec<String> = Vec::with_capacity(n);
    let mut raw: Vec<Vec<String>> = Vec::with_capacity(n);
    for r in 0..n {
        let Some((l, id)) = tokens.next() else {
            return Err(bad(hl, LineProblem::FewerRegions { announced: n, listed: r }));
        };
        let Some((l2, k)) = tokens.next() else {
            return Err(bad(l, LineProblem::CountMissing { region: id.to_string() }));
        };
        let k: usize =
            k.parse().map_err(|_| bad(l2, LineProblem::NotACount { region: id.to_string(), text: k.to_string() }))?;
        let mut list = Vec::with_capacity(k);
        for m in 0..k {
            let Some((_, j)) = tokens.next() else {
                return Err(bad(l2, LineProblem::FewerNeighbours { region: id.to_string(), announced: k, listed: m }));
            };
            list.push(j.to_string());
        }
        ids.push(id.to_string());
        raw.push(list);
    }
    if let Some((l, t)) = tokens.next() {
        return Err(bad(l, LineProblem::ExtraToken { token: t.to_string(), announced: n }));
    }
    resolve(ids, raw, file, "GAL")
}

/// Turn id lists into index lists; every neighbour must be a listed region.
fn resolve(ids: Vec<String>, raw: Vec<Vec<String>>, file: &str, kind: &str) -> Result<Weights, WeightsError> {
    let mut index = std::collections::HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        if index.insert(id.as_str(), i).is_some() {
            return Err(WeightsError::Invalid(WeightsProblem::DuplicateRegion {
                file: file.to_string(),
                id: id.clone(),
            }));
        }
    }
    let mut lists = Vec::with_capacity(ids.len());
    for (i, list) in raw.iter().enumerate() {
        let mut l = Vec::with_capacity(list.len());
        for j in list {
            match index.get(j.as_str()) {
                Some(&k) => l.push(k),
                None => {
                    return Err(WeightsError::Invalid(WeightsProblem::UnknownNeighbour {
                        file: file.to_string(),
                        region: ids[i].clone(),
                        neighbour: j.clone(),
                    }));
                }
            }
        }
        lists.push(l);
    }
    Ok(Weights::binary(ids, lists, format!("{kind} file {file}")))
}

/// Read a GAL file.
pub fn read(path: &std::path::Path) -> Result<Weights, WeightsError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| WeightsError::Io { path: path.display().to_string(), message: e.to_string() })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parse(&text, &name)
}

/// GAL text of `w` (neighbour lists only; weights are not written). `source` and `key` fill
/// the header (spaces replaced by `_`).
pub fn to_string(w: &Weights, source: &str, key: &str) -> String {
    let clean = |s: &str| if s.is_empty() { "unknown".to_string() } else { s.replace(char::is_whitespace, "_") };
    let mut out = format!("0 {} {} {}\n", w.n(), clean(source), clean(key));
    for (i, list) in w.neighbours.iter().enumerate() {
        let _ = writeln!(out, "{} {}", w.ids[i], list.len());
        let names: Vec<&str> = list.iter().map(|&j| w.ids[j].as_str()).collect();
        let _ = writeln!(out, "{}", names.join(" "));
    }
    out
}

/// Write `w` as a GAL file.
pub fn write(w: &Weights, path: &std::path::Path, source: &str, key: &str) -> Result<(), WeightsError> {
    w.check_writable_ids(&path.display().to_string())?;
    std::fs::write(path, to_string(w, source, key))
        .map_err(|e| WeightsError::Io { path: path.display().to_string(), message: e.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_an_island_and_both_headers() {
        let w =
            Weights::binary(vec!["11".into(), "12".into(), "46".into()], vec![vec![1], vec![0], vec![]], "t".into());
        let text = to_string(&w, "embedded provinces", "code");
        assert!(text.starts_with("0 3 embedded_provinces code\n11 1\n12\n"));
        let back = parse(&text, "t.gal").unwrap();
        assert_eq!(back.neighbours, w.neighbours);
        assert_eq!(back.ids, w.ids);
        let short = parse("3\n11 1\n12\n\n12 1\n11\n46 0\n", "s.gal").unwrap();
        assert_eq!(short.neighbours, w.neighbours);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("2\n1 1\n2\n2 x\n", "e.gal").unwrap_err().to_string();
        assert!(e.contains("e.gal, line 4") && e.contains("\"x\""), "{e}");
        let e = parse("2\n1 1\n3\n2 0\n", "e.gal").unwrap_err().to_string();
        assert!(e.contains("\"3\", which is not listed"), "{e}");
        let e = parse("3\n1 0\n", "e.gal").unwrap_err().to_string();
        assert!(e.contains("announces 3 regions but the file lists 1"), "{e}");
    }
}
