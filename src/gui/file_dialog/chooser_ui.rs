//! Drawing the in-window chooser (a modal over the window) and the note shown while the
//! system's dialog is up. The rules live in `chooser.rs`; this file only lays them out.

use super::DialogKind;
use super::chooser::{Chooser, Contents, Step};
use super::listing::{self, Entry};
use super::texts as t;
use crate::gui::i18n::Lang;
use crate::gui::theme;
use egui::{Key, Modifiers, vec2};

/// Height of the folder list, points.
const LIST_HEIGHT: f32 = 320.0;
/// Widest the chooser gets, points.
const MAX_WIDTH: f32 = 720.0;

/// Draw `chooser` for this frame and say whether it was accepted or cancelled.
pub fn show(chooser: &mut Chooser, ctx: &egui::Context, lang: Lang) -> Step {
    chooser.poll();
    let width = (ctx.content_rect().width() - 48.0).clamp(320.0, MAX_WIDTH);
    // Anchored at the top, so a line appearing below the list (an error, the overwrite
    // question) never moves the rows under the pointer.
    let id = egui::Id::unique("file-chooser");
    let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, vec2(0.0, 48.0));
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_width(width);
        contents(ui, chooser, lang)
    });
    let mut step = modal.inner;
    // Esc leaves the overwrite question first, then the chooser.
    if step == Step::Stay
        && modal.is_top_modal
        && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
        && chooser.confirm.take().is_none()
    {
        step = Step::Cancel;
    }
    step
}

fn contents(ui: &mut egui::Ui, ch: &mut Chooser, lang: Lang) -> Step {
    let colors = theme::palette(ui.visuals());
    let mut step = Step::Stay;
    // Enter in a text field is that field's; otherwise it accepts.
    let enter = ui.input(|i| i.key_pressed(Key::Enter));
    let mut enter_used = false;
    ui.heading(lang.t(&ch.request.title));
    if let Some(note) = ch.note {
        ui.colored_label(colors.warning, lang.t(&note));
    }
    ui.add_space(4.0);
    places(ui, ch, lang);
    ui.horizontal(|ui| {
        let label = ui.label(lang.t(&t::FOLDER));
        let edit = egui::TextEdit::singleline(&mut ch.path_text)
            .id_salt("file-chooser-path")
            .desired_width(ui.available_width());
        let r = ui.add(edit).labelled_by(label.id).on_hover_text(lang.t(&t::FOLDER_HELP));
        if r.lost_focus() && enter {
            enter_used = true;
            ch.go_to_typed();
        }
    });
    if let Contents::Failed(e) = &ch.contents {
        ui.colored_label(colors.error, e.describe(lang));
    }
    ui.separator();
    if let Some(s) = list(ui, ch, lang) {
        step = s;
    }
    ui.separator();
    options(ui, ch, lang);
    if let DialogKind::Save { .. } = ch.request.kind {
        ui.horizontal(|ui| {
            let label = ui.label(lang.t(&t::FILE_NAME));
            let edit = egui::TextEdit::singleline(&mut ch.file_name)
                .id_salt("file-chooser-name")
                .desired_width(ui.available_width());
            let r = ui.add(edit).labelled_by(label.id);
            if std::mem::take(&mut ch.focus_name) {
                r.request_focus();
            }
            if r.lost_focus() && enter && ch.confirm.is_none() {
                enter_used = true;
                step = ch.accept();
            }
        });
    }
    if let Some(problem) = ch.problem {
        ui.colored_label(colors.error, lang.t(&problem));
    }
    ui.add_space(4.0);
    if let Some(target) = ch.confirm.clone() {
        let name =
            target.file_name().map_or_else(|| target.display().to_string(), |n| n.to_string_lossy().into_owned());
        ui.colored_label(colors.warning, format!("{name}: {}", lang.t(&t::REPLACE_QUESTION)));
        ui.horizontal(|ui| {
            if ui.button(lang.t(&t::REPLACE)).clicked() {
                step = ch.replace();
            }
            if ui.button(lang.t(&t::KEEP)).clicked() {
                ch.confirm = None;
            }
        });
        return step;
    }
    ui.horizontal(|ui| {
        let accept = match (&ch.request.kind, ch.selected_folder()) {
            (DialogKind::OpenFile | DialogKind::OpenFiles, _) => lang.t(&t::OPEN).to_string(),
            (DialogKind::Save { .. }, _) => lang.t(&t::SAVE).to_string(),
            (DialogKind::Folder, None) => lang.t(&t::CHOOSE_FOLDER).to_string(),
            (DialogKind::Folder, Some(dir)) => {
                let name = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into());
                format!("{} “{name}”", lang.t(&t::CHOOSE))
            }
        };
        let ready = !matches!(ch.contents, Contents::Loading(_));
        if ui.add_enabled(ready, egui::Button::new(accept)).clicked() {
            step = ch.accept();
        }
        if ui.button(lang.t(&t::CANCEL)).clicked() {
            step = Step::Cancel;
        }
    });
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    if step == Step::Stay && enter && !enter_used && nothing_focused {
        step = ch.accept();
    }
    step
}

/// Up, Home and (on Windows) the drive letters.
fn places(ui: &mut egui::Ui, ch: &mut Chooser, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        let parent = ch.parent();
        if ui.add_enabled(parent.is_some(), egui::Button::new(lang.t(&t::UP))).clicked()
            && let Some(p) = parent
        {
            ch.navigate(p);
        }
        let home = std::env::home_dir();
        if ui.add_enabled(home.is_some(), egui::Button::new(lang.t(&t::HOME))).clicked()
            && let Some(h) = home
        {
            ch.navigate(h);
        }
        for drive in ch.drives.clone() {
            let label = drive.display().to_string();
            if ui.selectable_label(ch.dir.starts_with(&drive), label).clicked() {
                ch.navigate(drive);
            }
        }
    });
}

/// The folder's entries; a double click may accept.
fn list(ui: &mut egui::Ui, ch: &mut Chooser, lang: Lang) -> Option<Step> {
    let all = match &ch.contents {
        Contents::Loading(_) => {
            fixed_height(ui, |ui| {
                ui.horizontal(|ui| {
                    crate::gui::views::widgets::busy(ui);
                    ui.label(lang.t(&t::READING));
                });
            });
            return None;
        }
        Contents::Failed(_) => {
            fixed_height(ui, |_| {});
            return None;
        }
        Contents::Ready(all) => all,
    };
    let extensions = ch.request.extensions();
    let shown = ch.shown(&extensions);
    // References, not copies: a folder of thousands of entries costs little per frame.
    let rows: Vec<&Entry> = all.iter().filter(|e| shown.shows(e)).collect();
    if rows.is_empty() {
        fixed_height(ui, |ui| {
            ui.weak(lang.t(&t::EMPTY));
        });
        return None;
    }
    let many = ch.many();
    let row_height = ui.spacing().interact_size.y;
    let mut clicked: Option<(Entry, Modifiers)> = None;
    let mut ticked: Option<Entry> = None;
    let mut activated: Option<Entry> = None;
    egui::ScrollArea::vertical()
        .id_salt(("file-chooser-list", &ch.dir))
        .max_height(LIST_HEIGHT)
        .min_scrolled_height(LIST_HEIGHT)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for &entry in &rows[range] {
                ui.horizontal(|ui| {
                    let selected = ch.selected.contains(&entry.path);
                    if many && !entry.is_dir {
                        let mut tick = selected;
                        let r = ui.checkbox(&mut tick, "");
                        let name = format!("{} {}", lang.t(&t::TICK), entry.name);
                        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, tick, &name));
                        if r.changed() {
                            ticked = Some(entry.clone());
                        }
                    }
                    // Folders end in the path separator, as `ls -F` shows them (no icon font needed).
                    let name = if entry.is_dir {
                        format!("{}{}", entry.name, std::path::MAIN_SEPARATOR)
                    } else {
                        entry.name.clone()
                    };
                    let size = entry.size.map(listing::human_size).unwrap_or_default();
                    let row = egui::Button::selectable(selected, name)
                        .right_text(egui::RichText::new(size).weak())
                        .min_size(vec2(ui.available_width(), row_height));
                    let r = ui.add(row);
                    if r.double_clicked() {
                        activated = Some(entry.clone());
                    } else if r.clicked() {
                        clicked = Some((entry.clone(), click_modifiers(ui)));
                    }
                });
            }
        });
    if let Some(entry) = activated {
        return Some(ch.activate(&entry));
    }
    if let Some((entry, m)) = clicked {
        ch.click(&entry, m.command, m.shift);
    }
    if let Some(entry) = ticked {
        ch.toggle(&entry);
    }
    None
}

/// The list's place when there is no list (reading, empty, unreadable): the same height, so
/// the chooser keeps its size.
fn fixed_height(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let size = vec2(ui.available_width(), LIST_HEIGHT);
    ui.allocate_ui(size, |ui| {
        ui.set_min_size(size);
        add(ui);
    });
}

/// The modifiers held when the click was released (those of the frame's end may differ when
/// several events arrive in one frame).
fn click_modifiers(ui: &egui::Ui) -> Modifiers {
    ui.input(|i| {
        i.events
            .iter()
            .rev()
            .find_map(|e| match e {
                egui::Event::PointerButton { pressed: false, modifiers, .. } => Some(*modifiers),
                _ => None,
            })
            .unwrap_or(i.modifiers)
    })
}

/// "All files", "Show hidden files", and the hint for several files.
fn options(ui: &mut egui::Ui, ch: &mut Chooser, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        if !ch.request.filters.is_empty() && ch.request.kind != DialogKind::Folder {
            for f in &ch.request.filters {
                let types: Vec<String> = f.extensions.iter().map(|e| format!("*.{e}")).collect();
                ui.weak(format!("{} ({})", lang.t(&f.name), types.join(", ")));
            }
            ui.checkbox(&mut ch.all_files, lang.t(&t::ALL_FILES));
        }
        ui.checkbox(&mut ch.show_hidden, lang.t(&t::SHOW_HIDDEN));
        if ch.many() {
            ui.weak(lang.t(&t::MANY_HINT));
        }
    });
}

/// The note while the system dialog is open; true when the user asks for the built-in
/// chooser instead.
pub fn waiting(ctx: &egui::Context, lang: Lang) -> bool {
    egui::Modal::new(egui::Id::unique("file-dialog-waiting"))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                crate::gui::views::widgets::busy(ui);
                ui.label(lang.t(&t::WAITING_NATIVE));
            });
            ui.button(lang.t(&t::USE_BUILTIN_INSTEAD)).on_hover_text(lang.t(&t::USE_BUILTIN_HELP)).clicked()
        })
        .inner
}
