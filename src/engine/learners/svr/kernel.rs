//! RBF kernel rows with a bounded least-recently-used cache (no n x n matrix for large n).

use rayon::prelude::*;

/// Bytes of kernel rows kept in memory (scikit-learn's `cache_size` default, 200 MB).
pub const CACHE_BYTES: usize = 200 * 1024 * 1024;

/// Row length from which a kernel row is computed in parallel (entries are independent, so
/// the values do not depend on the thread count).
const PARALLEL_ROW: usize = 4096;

/// `K(a, b) = exp(-gamma * ||a - b||^2)`, the squared distance summed in column order.
#[inline]
pub fn rbf(a: &[f64], b: &[f64], gamma: f64) -> f64 {
    let d2: f64 = a.iter().zip(b).map(|(u, v)| (u - v) * (u - v)).sum();
    libm::exp(-gamma * d2)
}

/// Kernel rows `K(x_i, .)` over `l` points (row-major `l x p`), computed on demand and kept in
/// at most `capacity` slots; the least recently used row is evicted first.
pub struct KernelCache<'a> {
    x: &'a [f64],
    p: usize,
    l: usize,
    gamma: f64,
    data: Vec<f64>,
    slot_of: Vec<u32>,
    row_of: Vec<u32>,
    last_used: Vec<u64>,
    tick: u64,
    cap: usize,
    /// Rows computed (cache misses), for reporting.
    pub computed: usize,
}

const NONE: u32 = u32::MAX;

impl<'a> KernelCache<'a> {
    /// A cache over the `l` points of `x` (row-major, `l x p`) holding at most `max_bytes` of
    /// rows (and never fewer than 2 rows, the two the solver needs at once).
    pub fn new(x: &'a [f64], l: usize, p: usize, gamma: f64, max_bytes: usize) -> Self {
        debug_assert_eq!(x.len(), l * p);
        let capacity = (max_bytes / (8 * l.max(1))).clamp(2, l.max(2));
        KernelCache {
            x,
            p,
            l,
            gamma,
            data: Vec::new(),
            slot_of: vec![NONE; l],
            row_of: Vec::with_capacity(capacity),
            last_used: Vec::with_capacity(capacity),
            tick: 0,
            cap: capacity,
            computed: 0,
        }
    }

    /// Make row `i` resident and mark it as most recently used.
    pub fn ensure(&mut self, i: usize) {
        self.tick += 1;
        let slot = self.slot_of[i];
        if slot != NONE {
            self.last_used[slot as usize] = self.tick;
            return;
        }
        let slot = if self.row_of.len() < self.cap {
            self.row_of.push(i as u32);
            self.last_used.push(self.tick);
            self.data.resize(self.row_of.len() * self.l, 0.0);
            self.row_of.len() - 1
        } else {
            // Evict the least recently used slot (first one on ties: deterministic).
            let mut victim = 0;
            for s in 1..self.last_used.len() {
                if self.last_used[s] < self.last_used[victim] {
                    victim = s;
                }
            }
            self.slot_of[self.row_of[victim] as usize] = NONE;
            self.row_of[victim] = i as u32;
            self.last_used[victim] = self.tick;
            victim
        };
        self.slot_of[i] = slot as u32;
        let (x, p, gamma) = (self.x, self.p, self.gamma);
        let xi = &x[i * p..(i + 1) * p];
        let row = &mut self.data[slot * self.l..(slot + 1) * self.l];
        let fill = |(j, k): (usize, &mut f64)| *k = rbf(xi, &x[j * p..(j + 1) * p], gamma);
        if self.l >= PARALLEL_ROW {
            row.par_iter_mut().enumerate().for_each(fill);
        } else {
            row.iter_mut().enumerate().for_each(fill);
        }
        self.computed += 1;
    }

    /// Row `i`, which must have been made resident with [`KernelCache::ensure`] and not evicted
    /// since (the two most recently ensured rows are always resident).
    #[inline]
    pub fn row(&self, i: usize) -> &[f64] {
        let slot = self.slot_of[i] as usize;
        &self.data[slot * self.l..(slot + 1) * self.l]
    }

    /// Rows that fit in the cache.
    pub fn capacity(&self) -> usize {
        self.cap
    }
}
