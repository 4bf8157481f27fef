//! When the window cannot start: say so in a message box, in English and Chinese, with what to
//! do, instead of exiting silently (a double-clicked program has no terminal to print to).
//!
//! The usual cause is a graphics driver without OpenGL 2.0: remote desktops, virtual machines
//! without 3D acceleration, old drivers. On Windows and macOS the system's message box is shown
//! (through `rfd`); on Linux the first of `zenity`, `kdialog`, `xmessage` found on `PATH`.

use std::process::Command;

/// The message: what happened (`error` is the window system's own words) and what to do.
pub fn message(error: &str) -> String {
    format!(
        "Carbon DML Explorer could not open its window.\n\n\
         The window needs OpenGL 2.0 or newer, and the graphics driver did not provide it \
         ({error}).\n\n\
         What to do:\n\
         - Update the graphics driver, or run the program on the computer itself rather than \
         through a remote desktop.\n\
         - In a virtual machine, turn on 3D acceleration or install the guest additions.\n\
         - The analyses also run without a window: open a terminal and type carbon-dml --help.\n\n\
         Carbon DML Explorer 无法打开窗口。\n\n\
         窗口需要 OpenGL 2.0 或更高版本，而显卡驱动未能提供（{error}）。\n\n\
         解决办法：\n\
         - 更新显卡驱动，或直接在本机上运行本程序，不要通过远程桌面运行。\n\
         - 在虚拟机中，请开启 3D 加速或安装增强功能。\n\
         - 不打开窗口也可以运行分析：打开终端，输入 carbon-dml --help。"
    )
}

/// Print the message to stderr and show it in a message box; returns whether a box was shown.
pub fn report(error: &str) -> bool {
    let text = message(error);
    eprintln!("error: {text}");
    show(&text)
}

#[cfg(any(windows, target_os = "macos"))]
fn show(text: &str) -> bool {
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(super::identity::APP_NAME)
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    true
}

#[cfg(not(any(windows, target_os = "macos")))]
fn show(text: &str) -> bool {
    let title = super::identity::APP_NAME;
    box_commands(title, text).into_iter().any(|mut c| c.status().is_ok())
}

/// The message-box programs tried on Linux, best first; the first that starts is used.
pub fn box_commands(title: &str, text: &str) -> Vec<Command> {
    let mut zenity = Command::new("zenity");
    zenity.args(["--error", "--no-markup", "--width=520", "--title", title, "--text", text]);
    let mut kdialog = Command::new("kdialog");
    kdialog.args(["--title", title, "--error", text]);
    let mut xmessage = Command::new("xmessage");
    xmessage.args(["-center", "-buttons", "OK", text]);
    vec![zenity, kdialog, xmessage]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_error_and_the_remedies_in_both_languages() {
        let m = message("no GLX");
        assert_eq!(m.matches("(no GLX)").count() + m.matches("（no GLX）").count(), 2);
        for needle in ["OpenGL 2.0", "graphics driver", "carbon-dml --help", "显卡驱动", "3D 加速"] {
            assert!(m.contains(needle), "{needle}");
        }
    }

    #[test]
    fn zenity_is_tried_first_with_the_text_verbatim() {
        let commands = box_commands("T", "a <b> & c");
        let programs: Vec<_> = commands.iter().map(|c| c.get_program().to_string_lossy().into_owned()).collect();
        assert_eq!(programs, ["zenity", "kdialog", "xmessage"]);
        let args: Vec<_> = commands[0].get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        assert!(args.contains(&"--no-markup".to_string()) && args.last().unwrap() == "a <b> & c");
    }
}
