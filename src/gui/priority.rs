//! Background work yields to the window: the threads that fit models run at a lower
//! scheduling priority than the thread that draws, so that on a machine with as many busy
//! workers as cores a frame is not time-sliced with the fits.
//!
//! Measured with `carbon-dml bench --suite window` on 2 cores: with the workers at the same
//! priority, parts of a frame that take 1-2 ms on their own took 4-7 ms while a 2,780-row panel
//! was estimated. Results do not depend on priorities (every random choice is seeded and sums
//! run in a fixed order), only the interleaving changes.
//!
//! Per system (each call lowers only the calling thread):
//! * Linux: `setpriority(PRIO_PROCESS, 0, n)` (on Linux `who = 0` is the calling thread);
//! * macOS: `pthread_set_qos_class_self_np(QOS_CLASS_USER_INITIATED, 0)`, one class below the
//!   main thread's user-interactive class (`setpriority` there would lower the whole process,
//!   the window included; the utility class below it may be moved to efficiency cores);
//! * Windows: `SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL)`.
//!
//! Only the Linux call has been measured (below); the others are checked to build
//! (`cargo check --target aarch64-apple-darwin`, the Windows cross-build) and the Windows build
//! runs under wine, which does not schedule like Windows.

/// The nice value given to background threads (0 is normal, 19 the lowest). 5 gives the window
/// about three times the fits' weight; 10 (ten times) also starved the fits against other
/// programs: a county panel's first preview took 17.7 s at nice 10 and 7.0 s at nice 5 beside
/// two busy processes, 4.6 s on a quiet machine.
pub const BACKGROUND_NICE: i32 = 5;

/// Lower the calling thread's priority (background jobs and the fitting pool's workers).
/// A failure (not permitted) leaves the priority as it was, which is harmless.
pub fn lower_this_thread() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; `who = 0` is the calling thread on
    // Linux.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, BACKGROUND_NICE);
    }
    #[cfg(target_os = "macos")]
    // SAFETY: sets the calling thread's own QoS class; both arguments are plain values.
    unsafe {
        libc::pthread_set_qos_class_self_np(libc::qos_class_t::QOS_CLASS_USER_INITIATED, 0);
    }
    #[cfg(windows)]
    // SAFETY: GetCurrentThread returns a pseudo-handle to the calling thread that needs no
    // closing; SetThreadPriority only reads it and the integer.
    unsafe {
        windows::SetThreadPriority(windows::GetCurrentThread(), windows::THREAD_PRIORITY_BELOW_NORMAL);
    }
}

/// The two kernel32 functions (always linked by the standard library on Windows).
#[cfg(windows)]
mod windows {
    use std::ffi::c_void;

    /// One step below normal (winbase.h).
    pub const THREAD_PRIORITY_BELOW_NORMAL: i32 = -1;

    unsafe extern "system" {
        pub fn GetCurrentThread() -> *mut c_void;
        pub fn SetThreadPriority(thread: *mut c_void, priority: i32) -> i32;
    }
}

static LOWERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Build the global fitting pool with lowered worker priority. Returns false when the pool
/// already existed (then its workers keep their priority).
pub fn lower_fitting_pool() -> bool {
    let built = rayon::ThreadPoolBuilder::new().start_handler(|_| lower_this_thread()).build_global().is_ok();
    if built {
        LOWERED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    built
}

/// True when [`lower_fitting_pool`] built the global pool.
pub fn fitting_pool_lowered() -> bool {
    LOWERED.load(std::sync::atomic::Ordering::Relaxed)
}
