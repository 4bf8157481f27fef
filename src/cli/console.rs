//! The terminal on Windows, where the shipped `carbon-dml.exe` is a GUI-subsystem program.
//!
//! A GUI-subsystem program gets no console: double-clicking it opens the window without a black
//! console window behind it. Typed in a terminal, though, its output would vanish. So, when it
//! runs a subcommand (or prints help), it attaches to the console of the terminal that started
//! it (`AttachConsole(ATTACH_PARENT_PROCESS)`), and its output appears there.
//!
//! Attaching cannot make `cmd.exe` or PowerShell *wait* for a GUI program or keep its exit code:
//! they decide that from the subsystem in the file's header. The packages therefore also ship
//! `carbon-dml.com`, the same program with the console subsystem: typed as `carbon-dml` (without
//! the extension) the shells' `PATHEXT` order picks the `.com`, which waits and returns its exit
//! code. On other systems, and in the console build, these functions do nothing.

/// Attach to the parent process's console when this process has none, so that `println!` and
/// `eprintln!` reach the terminal that started it. Standard handles that the parent already set
/// (redirected to a file or a pipe) are left as they are.
pub fn attach_parent_console() {
    #[cfg(windows)]
    windows::attach_parent_console();
}

#[cfg(windows)]
mod windows {
    use std::ffi::c_void;

    const ATTACH_PARENT_PROCESS: u32 = u32::MAX; // (DWORD)-1
    const STD_OUTPUT_HANDLE: u32 = -11i32 as u32;
    const STD_ERROR_HANDLE: u32 = -12i32 as u32;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
        fn GetConsoleWindow() -> *mut c_void;
        fn GetStdHandle(which: u32) -> *mut c_void;
    }

    pub fn attach_parent_console() {
        // SAFETY: the three calls take plain integers, return plain values, and touch no memory of
        // ours; a failure (no parent console, already attached) is reported by the return value,
        // which we may ignore: the program then simply has no terminal to write to.
        unsafe {
            if !GetConsoleWindow().is_null() {
                return; // the console build, or already attached
            }
            let redirected = |which| {
                let h = GetStdHandle(which);
                !h.is_null() && h as isize != -1
            };
            if redirected(STD_OUTPUT_HANDLE) && redirected(STD_ERROR_HANDLE) {
                return; // output goes to files or pipes the parent chose
            }
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
