//! Reuse of cross-fitted nuisance predictions between runs.
//!
//! A cross-fit is determined by its learner settings, the feature matrix, the target, the folds,
//! the seed, the repetition and the nuisance role; the key hashes all of them (FNV-1a over the
//! exact bits), so an entry is reused only when the refit would give the same bits. Changing
//! only the outcome therefore reuses the `m(X)` fits; changing a control refits everything.
//! The cache keeps the most recent [`NuisanceCache::CAPACITY`] entries.

use super::crossfit::{CrossFitted, Job};
use crate::engine::learners::Features;
use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

/// The identity of one cross-fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CacheKey(u64, u64);

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn u64(&mut self, v: u64) {
        self.bytes(&v.to_le_bytes());
    }
    fn f64s(&mut self, v: &[f64]) {
        for x in v {
            self.u64(x.to_bits());
        }
    }
}

/// Hash of a feature matrix (shape and every value's bits).
pub fn hash_matrix(x: &Features) -> u64 {
    let mut h = Fnv::new();
    h.u64(x.nrows() as u64);
    h.u64(x.ncols() as u64);
    h.f64s(x.as_slice());
    h.0
}

impl CacheKey {
    /// The key of `job` on a matrix with hash `x_hash` under `seed`.
    pub fn new(x_hash: u64, job: &Job, seed: u64) -> CacheKey {
        let mut h = Fnv::new();
        h.u64(x_hash);
        h.bytes(serde_json::to_string(job.learner).unwrap_or_default().as_bytes());
        h.f64s(job.target);
        for (te, tr) in job.folds.test.iter().zip(&job.folds.train) {
            h.u64(te.len() as u64);
            te.iter().for_each(|&r| h.u64(r as u64));
            h.u64(tr.len() as u64);
            tr.iter().for_each(|&r| h.u64(r as u64));
        }
        h.u64(seed);
        h.u64(job.rep as u64);
        h.u64(job.nuisance.code());
        // A second, differently seeded hash makes an accidental collision of both negligible.
        let first = h.0;
        h.u64(0x9E37_79B9_7F4A_7C15);
        CacheKey(first, h.0)
    }
}

#[derive(Default)]
struct Inner {
    map: BTreeMap<CacheKey, Arc<CrossFitted>>,
    order: VecDeque<CacheKey>,
    hits: usize,
    misses: usize,
}

/// Cross-fitted predictions of earlier runs (thread-safe; lives beside the scenario).
#[derive(Default)]
pub struct NuisanceCache {
    inner: Mutex<Inner>,
}

impl NuisanceCache {
    /// Entries kept.
    pub const CAPACITY: usize = 64;

    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The entry for `key`, if any.
    pub fn get(&self, key: &CacheKey) -> Option<Arc<CrossFitted>> {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let hit = g.map.get(key).cloned();
        if hit.is_some() {
            g.hits += 1;
        } else {
            g.misses += 1;
        }
        hit
    }

    /// Store an entry, evicting the oldest beyond capacity.
    pub fn insert(&self, key: CacheKey, value: Arc<CrossFitted>) {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if g.map.insert(key, value).is_none() {
            g.order.push_back(key);
        }
        while g.order.len() > Self::CAPACITY {
            if let Some(old) = g.order.pop_front() {
                g.map.remove(&old);
            }
        }
    }

    /// (hits, misses) so far.
    pub fn stats(&self) -> (usize, usize) {
        let g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        (g.hits, g.misses)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
