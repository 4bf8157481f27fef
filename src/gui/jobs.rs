//! Background jobs: every model fit runs on a named worker thread, never on the UI thread.
//!
//! A [`JobSlot`] holds at most one running job. Starting a new job cancels the previous one
//! (its cancel flag is set; the engine checks it between fits) and bumps the generation, so a
//! late result of an older job is ignored. Progress is shared through an atomic counter.
//! A panic inside a job becomes an error message, never a crash.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// Progress of a running job, as completed steps out of a total.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicU32,
    total: AtomicU32,
}

impl Progress {
    /// Set the total number of steps.
    pub fn set_total(&self, total: u32) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// Record one finished step.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    /// Set the finished steps.
    pub fn set_done(&self, done: u32) {
        self.done.store(done, Ordering::Relaxed);
    }

    /// Fraction in [0, 1] (0 when the total is unknown).
    pub fn fraction(&self) -> f32 {
        let t = self.total.load(Ordering::Relaxed);
        if t == 0 { 0.0 } else { (self.done.load(Ordering::Relaxed) as f32 / t as f32).min(1.0) }
    }
}

/// What a job's closure receives.
pub struct JobContext {
    /// Set when the job is superseded or cancelled; check it between expensive steps.
    pub cancel: Arc<AtomicBool>,
    /// Report progress here.
    pub progress: Arc<Progress>,
}

/// State of the slot, for the status bar.
#[derive(Clone, Debug, PartialEq)]
pub enum JobState {
    /// Nothing has run yet.
    Idle,
    /// A job is running.
    Running,
    /// The last job finished.
    Done,
    /// The last job failed with this message.
    Failed(String),
    /// The last job was cancelled by the user.
    Cancelled,
}

struct Running<T> {
    cancel: Arc<AtomicBool>,
    progress: Arc<Progress>,
    started: Instant,
    rx: Receiver<(u64, Result<T, String>)>,
}

/// One background job at a time, newest wins.
pub struct JobSlot<T> {
    name: &'static str,
    generation: u64,
    running: Option<Running<T>>,
    state: JobState,
    last_duration: Option<Duration>,
    finished_at: Option<std::time::SystemTime>,
}

impl<T: Send + 'static> JobSlot<T> {
    /// An idle slot whose threads are named `name`.
    pub fn new(name: &'static str) -> Self {
        JobSlot { name, generation: 0, running: None, state: JobState::Idle, last_duration: None, finished_at: None }
    }

    /// Start `work` on a new thread, superseding any running job. `on_done` is typically
    /// `ctx.request_repaint()` so the UI wakes up for the result.
    pub fn spawn(
        &mut self,
        on_done: impl Fn() + Send + 'static,
        work: impl FnOnce(&JobContext) -> Result<T, String> + Send + 'static,
    ) {
        self.cancel_running();
        self.generation += 1;
        let generation = self.generation;
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Progress::default());
        let jc = JobContext { cancel: cancel.clone(), progress: progress.clone() };
        let name = self.name;
        let spawned = std::thread::Builder::new().name(format!("{name}-{generation}")).spawn(move || {
            super::priority::lower_this_thread();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                #[cfg(debug_assertions)]
                if take_injected_panic(name) {
                    panic!("panic injected by a test into the {name} job");
                }
                work(&jc)
            }))
            .unwrap_or_else(|panic| Err(panic_text(name, &panic_message(&panic))));
            let _ = tx.send((generation, result));
            on_done();
        });
        match spawned {
            Ok(_) => {
                self.running = Some(Running { cancel, progress, started: Instant::now(), rx });
                self.state = JobState::Running;
            }
            Err(e) => self.state = JobState::Failed(format!("could not start a worker thread: {e}")),
        }
    }

    /// Take the result of the newest job if it has arrived.
    pub fn poll(&mut self) -> Option<Result<T, String>> {
        let running = self.running.as_ref()?;
        match running.rx.try_recv() {
            Ok((generation, result)) if generation == self.generation => {
                self.last_duration = Some(running.started.elapsed());
                self.finished_at = Some(std::time::SystemTime::now());
                self.running = None;
                self.state = match &result {
                    Ok(_) => JobState::Done,
                    Err(e) if e == CANCELLED => JobState::Cancelled,
                    Err(e) => JobState::Failed(e.clone()),
                };
                if matches!(self.state, JobState::Cancelled) {
                    return None;
                }
                Some(result)
            }
            Ok(_) => None,
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.running = None;
                self.state = JobState::Failed("the worker stopped without a result".into());
                None
            }
        }
    }

    /// Cancel the running job, if any.
    pub fn cancel(&mut self) {
        if self.cancel_running() {
            self.state = JobState::Cancelled;
        }
    }

    fn cancel_running(&mut self) -> bool {
        match self.running.take() {
            Some(r) => {
                r.cancel.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// True while a job runs.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Progress fraction of the running job.
    pub fn progress(&self) -> Option<f32> {
        self.running.as_ref().map(|r| r.progress.fraction())
    }

    /// The slot's state.
    pub fn state(&self) -> &JobState {
        &self.state
    }

    /// Wall time of the last finished job.
    pub fn last_duration(&self) -> Option<Duration> {
        self.last_duration
    }

    /// When the last job finished.
    pub fn finished_at(&self) -> Option<std::time::SystemTime> {
        self.finished_at
    }
}

impl<T> Drop for JobSlot<T> {
    /// A slot that goes away (its view or the window closed) cancels its running job, so no
    /// orphaned worker keeps the cores busy.
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            r.cancel.store(true, Ordering::Relaxed);
        }
    }
}

/// The job called `name` (a slot's thread name) as users read it: English and Chinese.
pub fn job_label(name: &str) -> (&'static str, &'static str) {
    match name {
        "estimate" => ("estimate", "估计"),
        "derive" => ("derived variables", "派生变量"),
        "derive-rest" => ("slow derived variables (TFEE)", "耗时的派生变量（TFEE）"),
        "battery" => ("robustness battery", "稳健性检验"),
        "spec-curve" => ("specification curve", "设定曲线"),
        "report-export" => ("report export", "报告导出"),
        "map-export" => ("map export", "地图导出"),
        "boundaries" => ("boundary loading", "边界加载"),
        "compare" => ("scenario comparison", "情景比较"),
        "import" => ("data import", "数据导入"),
        "table3" => ("summary statistics", "描述统计"),
        "gridded" => ("gridded data", "GeoTIFF 数据"),
        _ => ("background", "后台"),
    }
}

/// The message shown when the job `name` panicked with `panic`: which job, in both languages
/// (the job does not know the interface language), and that the window goes on.
pub fn panic_text(name: &str, panic: &str) -> String {
    let (en, zh) = job_label(name);
    format!(
        "internal error in the {en} job: {panic}. The window keeps working; other results are unaffected. \
         ({zh}任务内部出错，窗口仍可继续使用。)"
    )
}

#[cfg(debug_assertions)]
static INJECTED: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());

/// Test hook (debug builds only, absent from release and dist builds): the next job started
/// in a slot called `name` panics before its work, as a bug inside it would.
#[cfg(debug_assertions)]
pub fn inject_panic(name: &'static str) {
    if let Ok(mut v) = INJECTED.lock() {
        v.push(name);
    }
}

#[cfg(debug_assertions)]
fn take_injected_panic(name: &str) -> bool {
    let Ok(mut v) = INJECTED.lock() else { return false };
    match v.iter().position(|n| *n == name) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    }
}

/// The error text a job returns when it stopped because its cancel flag was set.
pub const CANCELLED: &str = "cancelled";

fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(slot: &mut JobSlot<T>) -> Option<Result<T, String>> {
        for _ in 0..500 {
            if let Some(r) = slot.poll() {
                return Some(r);
            }
            if !slot.is_running() {
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        panic!("job did not finish");
    }

    #[test]
    fn newest_job_wins_and_old_one_is_cancelled() {
        let mut slot = JobSlot::new("test");
        let first_cancel = Arc::new(AtomicBool::new(false));
        let seen = first_cancel.clone();
        slot.spawn(
            || {},
            move |jc| {
                while !jc.cancel.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(1));
                }
                seen.store(true, Ordering::Relaxed);
                Err(CANCELLED.into())
            },
        );
        slot.spawn(|| {}, |_| Ok(7));
        assert_eq!(wait(&mut slot), Some(Ok(7)));
        std::thread::sleep(Duration::from_millis(50));
        assert!(first_cancel.load(Ordering::Relaxed), "the superseded job saw its cancel flag");
        assert_eq!(slot.state(), &JobState::Done);
    }

    #[test]
    fn a_panic_becomes_an_error_message() {
        let mut slot: JobSlot<i32> = JobSlot::new("test");
        slot.spawn(|| {}, |_| panic!("boom"));
        let r = wait(&mut slot).unwrap();
        assert!(r.unwrap_err().contains("boom"));
        assert!(matches!(slot.state(), JobState::Failed(_)));
    }

    // The hook exists in debug builds only, so `cargo test --release` leaves this test out.
    #[cfg(debug_assertions)]
    #[test]
    fn an_injected_panic_names_the_job_in_both_languages() {
        for name in ["estimate", "battery", "spec-curve", "report-export", "map-export", "import", "compare"] {
            let mut slot: JobSlot<i32> = JobSlot::new(name);
            inject_panic(name);
            slot.spawn(|| {}, |_| Ok(1));
            let e = wait(&mut slot).unwrap().unwrap_err();
            let (en, zh) = job_label(name);
            assert!(e.contains(&format!("the {en} job")) && e.contains(zh), "{e}");
            slot.spawn(|| {}, |_| Ok(2));
            assert_eq!(wait(&mut slot), Some(Ok(2)), "the next job of the slot runs normally");
        }
    }
}
