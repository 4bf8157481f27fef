//! Test-only reference CART: sorts every node's rows by every drawn feature, the way a textbook
//! (or scikit-learn) does, with none of [`super::grow_tree`]'s presorting, partitioning or
//! small-node shortcuts. It follows the same rules, draws and summation orders, so the trees
//! must agree bit for bit.

use super::{LEAF, Node, TreeParams};
use crate::engine::learners::Features;
use crate::engine::rng::Rng;

/// Grow the reference tree on the rows with positive weight.
pub(super) fn reference_tree(
    x: &Features,
    y: &[f64],
    weights: &[u32],
    params: &TreeParams,
    rng: &mut Rng,
) -> Vec<Node> {
    let p = x.ncols();
    let pos: Vec<usize> = (0..y.len()).filter(|&i| weights[i] > 0).collect();
    // Local id = rank among the in-bag rows (as in grow_tree); rows are kept as local ids.
    let val = |f: usize, id: usize| x[(pos[id], f)];
    let w = |id: usize| f64::from(weights[pos[id]]);
    let yy = |id: usize| y[pos[id]];
    let sorted_by = |rows: &[usize], f: usize| {
        let mut r = rows.to_vec();
        r.sort_by(|&a, &b| val(f, a).total_cmp(&val(f, b)).then(a.cmp(&b)));
        r
    };
    let sums = |rows: &[usize]| rows.iter().fold((0.0, 0.0), |(a, b), &id| (a + w(id), b + w(id) * yy(id)));
    let leaf_by_size = |count: usize, depth: usize| {
        count < params.min_samples_split
            || count < 2 * params.min_samples_leaf
            || params.max_depth.is_some_and(|d| depth >= d)
    };
    let mut feats: Vec<usize> = (0..p).collect();
    let mut nodes = vec![Node { value: 0.0, feature: LEAF, left: 0 }];
    let all: Vec<usize> = (0..pos.len()).collect();
    let mut stack = vec![(0usize, sorted_by(&all, 0), 0usize)];
    while let Some((node, rows, depth)) = stack.pop() {
        let (w_tot, s_tot) = sums(&rows);
        let count = rows.len();
        let pure = rows.iter().all(|&id| yy(id) == yy(rows[0]));
        nodes[node] = Node { value: s_tot / w_tot, feature: LEAF, left: 0 };
        if pure || leaf_by_size(count, depth) {
            continue;
        }
        // Candidates in draw order (constant features skipped without counting).
        let mut cands = Vec::new();
        for i in 0..p {
            let j = i + rng.below(p - i);
            feats.swap(i, j);
            let f = feats[i];
            let r = sorted_by(&rows, f);
            if val(f, r[0]) != val(f, r[count - 1]) {
                cands.push((f, r));
                if count == 2 || cands.len() == params.max_features {
                    break;
                }
            }
        }
        let min_leaf = params.min_samples_leaf;
        let mut best: Option<(f64, usize, usize)> = None; // proxy, candidate, position k
        for (c, (f, r)) in cands.iter().enumerate() {
            for k in min_leaf - 1..count - min_leaf {
                if val(*f, r[k + 1]) <= val(*f, r[k]) {
                    continue;
                }
                let (wl, sl) = sums(&r[..=k]);
                let (wr, sr) = (w_tot - wl, s_tot - sl);
                let proxy = (sl * sl * wr + sr * sr * wl) / (wl * wr);
                if best.is_none_or(|b| proxy > b.0) {
                    best = Some((proxy, c, k));
                }
            }
        }
        let Some((_, c, k)) = best else { continue };
        let (f, r) = &cands[c];
        let threshold = {
            let (a, b) = (val(*f, r[k]), val(*f, r[k + 1]));
            let t = a / 2.0 + b / 2.0;
            if t == b || !t.is_finite() { a } else { t }
        };
        let left = nodes.len();
        nodes[node] = Node { value: threshold, feature: *f as u32, left: left as u32 };
        let (wl, sl) = sums(&r[..=k]);
        nodes.push(Node { value: sl / wl, feature: LEAF, left: 0 });
        nodes.push(Node { value: (s_tot - sl) / (w_tot - wl), feature: LEAF, left: 0 });
        let (lr, rr) = (r[..=k].to_vec(), r[k + 1..].to_vec());
        if !leaf_by_size(rr.len(), depth + 1) {
            stack.push((left + 1, rr, depth + 1));
        }
        if !leaf_by_size(lr.len(), depth + 1) {
            stack.push((left, lr, depth + 1));
        }
    }
    nodes
}
