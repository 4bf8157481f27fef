//! When the window cannot start, the user sees a message box, never a silent exit: the real
//! program, started where no display can be opened, with a stand-in `zenity` on `PATH` that
//! records what it was asked to show.
#![cfg(target_os = "linux")]

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

#[test]
fn a_window_that_cannot_open_shows_a_message_box_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-nowindow-{}", std::process::id()));
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let record = dir.join("zenity-args.txt");
    let zenity = bin.join("zenity");
    std::fs::write(&zenity, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n", record.display())).unwrap();
    std::fs::set_permissions(&zenity, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml"))
        .env("PATH", path)
        .env("HOME", &dir)
        .env("XDG_RUNTIME_DIR", &dir)
        .env("DISPLAY", ":31999") // no X server there
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "exit code; stderr: {}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not open its window"), "{stderr}");
    let shown = std::fs::read_to_string(&record).expect("zenity was asked to show the message");
    assert!(shown.starts_with("--error\n"), "{shown}");
    for needle in ["Carbon DML Explorer", "OpenGL 2.0", "carbon-dml --help", "无法打开窗口"] {
        assert!(shown.contains(needle), "{needle} missing from {shown}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
