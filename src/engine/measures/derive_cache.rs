//! Derived variables kept by what they declare they read: each is computed once per data and
//! settings, and recomputed only when its input columns or its own settings change.
//!
//! The key of a derived variable ([`fingerprint`]) hashes its [`DerivedVar::settings`], the
//! data of its [`DerivedVar::inputs`] as they are in the panel when it is computed (derived
//! inputs included, computed before it), and the rows' unit and year (frontiers, capital
//! accumulation and per-year normalization follow them). Changing the index weights therefore
//! leaves TFEE's key unchanged, and changing the TFEE settings leaves the index's.
//!
//! Two jobs asking for the same key at once (the window starts a new derivation while the
//! previous one is still solving TFEE) share one computation: the second waits for the first.

use super::derive::{DerivedEntry, DerivedReport, DerivedStatus, add_one};
use super::needs::DerivedVar;
use super::spec::MeasureSpec;
use super::tfee::TfeeProgress;
use crate::engine::data::Panel;
use crate::engine::data::panel::ColumnData;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// How many keys are kept per derived variable (older ones are dropped first).
pub const KEPT_PER_VARIABLE: usize = 4;

/// One derived variable as computed: the columns it added and its report entries.
#[derive(Debug)]
struct Computed {
    columns: Vec<(String, Vec<f64>)>,
    entries: Vec<DerivedEntry>,
}

/// A key's slot: being computed by some job, or done.
#[derive(Debug)]
enum Slot {
    Computing,
    Ready(Arc<Computed>),
}

#[derive(Debug, Default)]
struct Slots {
    map: HashMap<(DerivedVar, u64), Slot>,
    /// Ready keys in the order they were stored, oldest first (for dropping).
    order: Vec<(DerivedVar, u64)>,
}

/// The cache of derived variables (share it between jobs behind an `Arc`).
#[derive(Debug, Default)]
pub struct DerivedCache {
    slots: Mutex<Slots>,
    changed: Condvar,
    computed: Mutex<Vec<DerivedVar>>,
}

/// Incremental FNV-1a (64 bit): the same hash as [`crate::engine::data::panel::fnv1a64`].
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    /// A string with its length (so that `"ab","c"` and `"a","bc"` differ).
    fn text(&mut self, s: &str) {
        self.bytes(&(s.len() as u64).to_le_bytes());
        self.bytes(s.as_bytes());
    }
}

/// The key of derived variable `v` under `spec` on `panel` (see the module docs).
pub fn fingerprint(panel: &Panel, spec: &MeasureSpec, v: DerivedVar) -> u64 {
    let mut h = Fnv::new();
    h.text(v.name());
    h.text(&v.settings(spec));
    h.bytes(&(panel.n_rows() as u64).to_le_bytes());
    for r in 0..panel.n_rows() {
        h.text(panel.unit_label(r).unwrap_or(""));
        h.bytes(&panel.year_of(r).map_or(i64::MIN, i64::from).to_le_bytes());
    }
    for c in v.inputs(spec) {
        h.text(&c);
        match panel.column(&c).map(|col| &col.data) {
            None => h.bytes(b"absent"),
            Some(ColumnData::Numeric(values)) => {
                h.bytes(b"numeric");
                for x in values {
                    h.bytes(&x.to_bits().to_le_bytes());
                }
            }
            Some(ColumnData::Text(cells)) => {
                h.bytes(b"text");
                for cell in cells {
                    match cell {
                        Some(s) => h.text(s),
                        None => h.bytes(b"\0none"),
                    }
                }
            }
        }
    }
    // The index reports sub-index columns already in the data as such: their presence matters.
    if v == DerivedVar::Index {
        for name in panel.column_names().into_iter().filter(|n| n.starts_with("DCP_")) {
            h.text(name);
        }
    }
    h.0
}

impl DerivedCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add the derived variables in `only` to `panel`, as
    /// [`super::derive::add_derived_only`] would, taking each from the cache when its key
    /// ([`fingerprint`]) is there and computing (and keeping) it otherwise. A variable whose
    /// column the data already hold is reported "in the data" without a key. When `progress`
    /// is cancelled ([`TfeeProgress::with_cancel`]) the variable being computed is not kept and
    /// the rest are skipped: the report is then incomplete, for a caller that discards it.
    pub fn add(
        &self,
        panel: &mut Panel,
        spec: &MeasureSpec,
        progress: Option<&TfeeProgress>,
        only: &BTreeSet<DerivedVar>,
    ) -> DerivedReport {
        let mut report = DerivedReport::default();
        for v in DerivedVar::ALL.into_iter().filter(|v| only.contains(v)) {
            if panel.column(v.name()).is_some() {
                add_one(panel, spec, progress, v, &mut report);
                continue;
            }
            let key = (v, fingerprint(panel, spec, v));
            let computed = match self.claim(key) {
                Some(done) => done,
                None => {
                    let guard = Claim { cache: self, key, done: false };
                    let done = Arc::new(compute(panel, spec, progress, v));
                    if progress.is_some_and(TfeeProgress::cancelled) {
                        // Not kept: the next job computes it again (the guard frees the key).
                        report.entries.extend(done.entries.iter().cloned());
                        return report;
                    }
                    guard.finish(done.clone());
                    if let Ok(mut c) = self.computed.lock() {
                        c.push(v);
                    }
                    done
                }
            };
            for (name, values) in &computed.columns {
                panel.set_numeric(name, values.clone());
            }
            report.entries.extend(computed.entries.iter().cloned());
        }
        report
    }

    /// Every variable this cache computed (not taken from it), in order: for tests and
    /// benchmarks that check what was recomputed.
    pub fn computed(&self) -> Vec<DerivedVar> {
        self.computed.lock().map(|c| c.clone()).unwrap_or_default()
    }

    /// Reserve key `fingerprint` of `v` as being computed by the caller: every job that asks
    /// for it waits until the reservation is dropped (and then computes it itself). `None` when
    /// the key is already computed or being computed. For tests that hold a slow variable back
    /// (the window's estimate must not wait for TFEE).
    pub fn reserve(&self, v: DerivedVar, fingerprint: u64) -> Option<Reservation<'_>> {
        let key = (v, fingerprint);
        let mut slots = self.lock();
        if slots.map.contains_key(&key) {
            return None;
        }
        slots.map.insert(key, Slot::Computing);
        Some(Reservation { _claim: Claim { cache: self, key, done: false } })
    }

    fn lock(&self) -> MutexGuard<'_, Slots> {
        // A job that panicked while holding the lock left the map consistent (each step is one
        // insert or remove): go on with it.
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The computed value of `key`, waiting while another job computes it; `None` when the
    /// caller is to compute it (the key is then marked as being computed).
    fn claim(&self, key: (DerivedVar, u64)) -> Option<Arc<Computed>> {
        let mut slots = self.lock();
        loop {
            match slots.map.get(&key) {
                Some(Slot::Ready(done)) => return Some(done.clone()),
                Some(Slot::Computing) => {
                    slots = self.changed.wait(slots).unwrap_or_else(|e| e.into_inner());
                }
                None => {
                    slots.map.insert(key, Slot::Computing);
                    return None;
                }
            }
        }
    }
}

/// A key held by [`DerivedCache::reserve`]; dropping it lets the waiting jobs go on.
pub struct Reservation<'a> {
    _claim: Claim<'a>,
}

/// A key being computed by this job: stored when finished, released (for another job to
/// compute) if the job panics before that.
struct Claim<'a> {
    cache: &'a DerivedCache,
    key: (DerivedVar, u64),
    done: bool,
}

impl Claim<'_> {
    fn finish(mut self, computed: Arc<Computed>) {
        let mut slots = self.cache.lock();
        slots.map.insert(self.key, Slot::Ready(computed));
        slots.order.push(self.key);
        let same_var: Vec<usize> =
            slots.order.iter().enumerate().filter(|(_, k)| k.0 == self.key.0).map(|(i, _)| i).collect();
        if same_var.len() > KEPT_PER_VARIABLE {
            let oldest = slots.order.remove(same_var[0]);
            slots.map.remove(&oldest);
        }
        self.done = true;
        drop(slots);
        self.cache.changed.notify_all();
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.cache.lock().map.remove(&self.key);
            self.cache.changed.notify_all();
        }
    }
}

/// Compute `v` on `panel` (adding its columns) and keep what it added.
fn compute(panel: &mut Panel, spec: &MeasureSpec, progress: Option<&TfeeProgress>, v: DerivedVar) -> Computed {
    let mut report = DerivedReport::default();
    add_one(panel, spec, progress, v, &mut report);
    let columns = report
        .entries
        .iter()
        .filter(|e| matches!(e.status, DerivedStatus::Computed { .. }))
        .filter_map(|e| panel.numeric(&e.name).map(|values| (e.name.clone(), values.to_vec())))
        .collect();
    Computed { columns, entries: report.entries }
}
