//! File dialogs with the in-window chooser, driven by egui_kittest: open a CSV through
//! File > Open CSV…, save a scenario (and the overwrite question), cancel, pick a folder,
//! pick several files, a folder that cannot be read, and the labels in Chinese.

use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::app::{Command, ExplorerApp};
use carbon_dml::gui::file_dialog::texts as ft;
use carbon_dml::gui::file_dialog::{Ask, FileAnswer, FileDialogs, FileRequest, Purpose};
use carbon_dml::gui::i18n::Lang;
use carbon_dml::gui::{LaunchOptions, fonts};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

use crate::common::harness;

/// A fresh, empty folder under the system's temp folder, unique to this test.
fn temp_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-dialogs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The app with the built-in chooser preferred (as a user who ticked the menu entry).
fn builtin_app() -> ExplorerApp {
    let mut app = ExplorerApp::with_options(LaunchOptions::default());
    app.prefs.builtin_file_chooser = true;
    app
}

/// Step until a node labelled with `label` (contained) shows; fail after 10 s.
fn step_until_shown<S>(h: &mut Harness<'static, S>, label: &str) {
    let start = std::time::Instant::now();
    while h.query_all_by_label_contains(label).next().is_none() {
        assert!(start.elapsed().as_secs() < 10, "\"{label}\" never appeared");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // Let the layout settle (an area is placed from the previous frame's size).
    h.run_steps(2);
}

/// Replace the text of the field labelled `label` and press Enter.
fn type_into<S>(h: &mut Harness<'static, S>, label: &str, text: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
}

/// The chooser's row for the entry `name` (a button whose label starts with the name).
fn row<'h, S>(h: &'h Harness<'static, S>, name: &'h str) -> egui_kittest::Node<'h> {
    h.get_by(move |n| n.role() == egui::Role::Button && n.label().is_some_and(|l| l.starts_with(name)))
}

/// Double-click the chooser's row for `name`. The harness advances its clock a quarter
/// second per event, so a double click spans more than egui's 0.3 s: allow a second.
fn double_click<S>(h: &mut Harness<'static, S>, name: &str) {
    h.ctx.options_mut(|o| o.input_options.max_double_click_delay = 1.0);
    let r = row(h, name);
    r.click();
    r.click();
    h.run_steps(2);
}

#[test]
fn file_open_csv_through_the_builtin_chooser_loads_the_chosen_file() {
    let dir = temp_folder("open");
    std::fs::create_dir_all(dir.join("panels")).unwrap();
    let csv = dir.join("panels").join("mine.csv");
    std::fs::write(&csv, "province,year,x\n北京,2011,1\n天津,2011,2\n").unwrap();
    std::fs::write(dir.join("panels").join("notes.md"), "not a table").unwrap();
    std::fs::write(dir.join("panels").join(".hidden.csv"), "province,year\n").unwrap();

    let mut h = harness(builtin_app());
    h.run_steps(2);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Open CSV…").click();
    h.run_steps(2);
    assert!(h.state().file_dialogs.chooser_open(), "the built-in chooser is on screen");
    step_until_shown(&mut h, "CSV, text tables and Excel workbooks");
    type_into(&mut h, "Folder", &dir.display().to_string());
    step_until_shown(&mut h, "panels");
    double_click(&mut h, "panels");
    step_until_shown(&mut h, "mine.csv");
    assert!(h.query_by_label_contains("notes.md").is_none(), "other types are filtered out");
    assert!(h.query_by_label_contains(".hidden.csv").is_none(), "hidden files are hidden");
    h.get_by_label("Show hidden files").click();
    h.run_steps(2);
    h.get_by_label_contains(".hidden.csv");
    double_click(&mut h, "mine.csv");
    h.run_steps(3);
    assert!(!h.state().file_dialogs.is_open(), "the chooser closed");
    assert_eq!(h.state().data.path.as_deref(), Some(csv.as_path()));
    assert_eq!(h.state().data.imported.panel.n_rows(), 2);
    assert_eq!(h.state().file_dialogs.last_dir(), Some(dir.join("panels").as_path()), "the folder is remembered");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Open the save dialog for the scenario in `dir`.
fn open_save_dialog(h: &mut Harness<'static, ExplorerApp>, dir: &Path) {
    h.state_mut().file_dialogs.remember_folder(dir.to_path_buf());
    h.state_mut().commands.push(Command::SaveScenario { ask: true });
    h.run_steps(3);
    step_until_shown(h, "Save scenario");
}

#[test]
fn saving_a_scenario_writes_a_loadable_file_with_the_extension_added() {
    let dir = temp_folder("save");
    let mut h = harness(builtin_app());
    h.run_steps(2);
    open_save_dialog(&mut h, &dir);
    let name = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "File name");
    assert_eq!(name.value().as_deref(), Some("scenario.ron"), "the suggested name");
    type_into(&mut h, "File name", "my set-up");
    h.run_steps(3);
    let file = dir.join("my set-up.ron");
    assert!(file.is_file(), "Enter in the name field saved {}", file.display());
    assert!(Scenario::load(&file).is_ok());
    assert_eq!(h.state().scenario_path.as_deref(), Some(file.as_path()));
    assert!(!h.state().file_dialogs.is_open());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_existing_file_is_replaced_only_after_confirmation() {
    let dir = temp_folder("overwrite");
    let file = dir.join("scenario.ron");
    std::fs::write(&file, "old").unwrap();
    let mut h = harness(builtin_app());
    h.run_steps(2);
    open_save_dialog(&mut h, &dir);
    step_until_shown(&mut h, "scenario.ron");
    h.get_by_label("Save").click();
    h.run_steps(2);
    h.get_by_label_contains("This file already exists. Replace it?");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old", "nothing written before the answer");
    h.get_by_label("Keep it").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("already exists").is_none());
    assert!(h.state().file_dialogs.is_open(), "keeping the file returns to the chooser");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
    h.get_by_label("Save").click();
    h.run_steps(2);
    h.get_by_label("Replace").click();
    h.run_steps(3);
    assert!(Scenario::load(&file).is_ok(), "the scenario replaced the old file");
    assert_eq!(h.state().scenario_path.as_deref(), Some(file.as_path()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cancel_and_escape_change_nothing() {
    let dir = temp_folder("cancel");
    std::fs::write(dir.join("other.csv"), "province,year,x\n北京,2011,1\n").unwrap();
    let mut h = harness(builtin_app());
    h.run_steps(2);
    h.state_mut().file_dialogs.remember_folder(dir.clone());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    step_until_shown(&mut h, "other.csv");
    row(&h, "other.csv").click();
    h.run_steps(1);
    // The status bar has its own Cancel (for the running estimate); the chooser's is drawn last.
    h.get_all_by_label("Cancel").last().expect("the chooser's Cancel").click();
    h.run_steps(3);
    assert!(!h.state().file_dialogs.is_open());
    assert!(h.state().data.is_sample(), "the sample is still loaded");
    assert_eq!(h.state().data.imported.panel.n_rows(), 360);

    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    assert!(h.state().file_dialogs.chooser_open());
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(!h.state().file_dialogs.is_open(), "Esc closes the chooser");
    assert!(h.state().data.is_sample());
    assert!(h.state().message.is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The router alone in a harness, with the answers it gave.
struct Router {
    dialogs: FileDialogs,
    lang: Lang,
    answers: Vec<FileAnswer>,
}

fn router(lang: Lang, request: FileRequest, dir: &Path) -> Harness<'static, Router> {
    let mut dialogs = FileDialogs::default();
    dialogs.remember_folder(dir.to_path_buf());
    let state = Router { dialogs, lang, answers: Vec::new() };
    let mut request = Some(request);
    let mut h =
        Harness::builder().with_size([1000.0, 760.0]).with_context_setup(fonts::install_bundled).build_ui_state(
            move |ui, r: &mut Router| {
                if let Some(req) = request.take() {
                    r.dialogs.request(req, ui.ctx(), Ask { lang: r.lang, builtin: true, near: None });
                }
                r.dialogs.ui(ui.ctx(), r.lang);
                let answers = r.dialogs.poll(ui.ctx());
                r.answers.extend(answers);
            },
            state,
        );
    h.run_steps(2);
    h
}

#[test]
fn picking_a_folder_answers_the_folder_shown() {
    let dir = temp_folder("folder");
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    std::fs::write(dir.join("loose.csv"), "x").unwrap();
    let request = FileRequest::folder(ft::TITLE_EXPORT_REPORT, Purpose::OpenCsv);
    let mut h = router(Lang::En, request, &dir);
    step_until_shown(&mut h, "reports");
    assert!(h.query_by_label_contains("loose.csv").is_none(), "a folder dialog lists folders only");
    double_click(&mut h, "reports");
    let folder = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Folder").value();
    assert_eq!(folder, Some(dir.join("reports").display().to_string()), "the double click entered the folder");
    step_until_shown(&mut h, "(nothing here");
    h.get_by_label("Choose this folder").click();
    h.run_steps(3);
    let answers = std::mem::take(&mut h.state_mut().answers);
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].paths, vec![dir.join("reports")]);

    // A folder selected in the list is the one chosen, and the button says so.
    let request = FileRequest::folder(ft::TITLE_EXPORT_REPORT, Purpose::OpenCsv);
    let ctx = h.ctx.clone();
    h.state_mut().dialogs.remember_folder(dir.clone());
    h.state_mut().dialogs.request(request, &ctx, Ask { lang: Lang::En, builtin: true, near: None });
    step_until_shown(&mut h, "reports");
    row(&h, "reports").click();
    h.run_steps(2);
    h.get_by_label("Choose “reports”").click();
    h.run_steps(3);
    assert_eq!(h.state().answers[0].paths, vec![dir.join("reports")]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn several_files_are_picked_with_ctrl_click_and_checkboxes() {
    let dir = temp_folder("many");
    for f in ["a.ron", "b.RON", "c.ron", "d.csv"] {
        std::fs::write(dir.join(f), "()").unwrap();
    }
    let request =
        FileRequest::open_many(ft::TITLE_COMPARE, Purpose::CompareScenarios).filter(ft::FILTER_SCENARIO, &["ron"]);
    let mut h = router(Lang::En, request, &dir);
    step_until_shown(&mut h, "a.ron");
    assert!(h.query_by_label_contains("d.csv").is_none());
    row(&h, "a.ron").click();
    h.run_steps(1);
    row(&h, "c.ron").click_modifiers(Modifiers::COMMAND);
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(3);
    let answers = std::mem::take(&mut h.state_mut().answers);
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].paths, vec![dir.join("a.ron"), dir.join("c.ron")]);

    // Shift extends from the last click; the case of the extension does not matter.
    let request =
        FileRequest::open_many(ft::TITLE_COMPARE, Purpose::CompareScenarios).filter(ft::FILTER_SCENARIO, &["ron"]);
    let ctx = h.ctx.clone();
    h.state_mut().dialogs.request(request, &ctx, Ask { lang: Lang::En, builtin: true, near: None });
    step_until_shown(&mut h, "a.ron");
    row(&h, "a.ron").click();
    h.run_steps(1);
    row(&h, "c.ron").click_modifiers(Modifiers::SHIFT);
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(3);
    let answers = std::mem::take(&mut h.state_mut().answers);
    assert_eq!(answers[0].paths, vec![dir.join("a.ron"), dir.join("b.RON"), dir.join("c.ron")]);

    // The checkboxes, for those who do not know the modifier keys.
    let request =
        FileRequest::open_many(ft::TITLE_COMPARE, Purpose::CompareScenarios).filter(ft::FILTER_SCENARIO, &["ron"]);
    h.state_mut().dialogs.request(request, &ctx, Ask { lang: Lang::En, builtin: true, near: None });
    step_until_shown(&mut h, "Select b.RON");
    h.get_by_label("Select b.RON").click();
    h.run_steps(1);
    h.get_by_label("Select c.ron").click();
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(3);
    assert_eq!(h.state().answers[0].paths, vec![dir.join("b.RON"), dir.join("c.ron")]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_that_cannot_be_read_says_so_and_open_asks_for_a_file() {
    let dir = temp_folder("gone");
    let request = FileRequest::open(ft::TITLE_OPEN_CSV, Purpose::OpenCsv).filter(ft::FILTER_CSV, &["csv"]);
    let mut h = router(Lang::En, request, &dir);
    type_into(&mut h, "Folder", &dir.join("missing").display().to_string());
    step_until_shown(&mut h, "This folder does not exist");
    h.get_by_label("Open").click();
    h.run_steps(2);
    h.get_by_label("Select a file first.");
    assert!(h.state().answers.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_chooser_speaks_chinese() {
    let dir = temp_folder("zh");
    std::fs::write(dir.join("数据.csv"), "x").unwrap();
    let request =
        FileRequest::save(ft::TITLE_EXPORT_TABLE, "表.csv", Purpose::OpenCsv).filter(ft::FILTER_CSV, &["csv"]);
    let mut h = router(Lang::Zh, request, &dir);
    step_until_shown(&mut h, "数据.csv");
    for label in ["导出表格", "上一级", "文件夹", "所有文件", "显示隐藏文件", "文件名", "保存", "取消"]
    {
        assert!(h.query_all_by_label_contains(label).count() > 0, "{label} is shown");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_table_export_writes_the_file_and_reports_a_write_error() {
    use carbon_dml::engine::report::table::ResultTable;
    use carbon_dml::gui::views::table_ui::TableFormat;
    let dir = temp_folder("table");
    let table = ResultTable::new("table4", "Table 4. Baseline regression", vec!["(1)".into()]);
    let export = |format| {
        let purpose = Purpose::ExportTable { table: Box::new(table.clone()), format };
        Command::RequestFile(FileRequest::save(ft::TITLE_EXPORT_TABLE, "table4.tex", purpose))
    };
    let mut h = harness(builtin_app());
    h.run_steps(2);
    h.state_mut().file_dialogs.remember_folder(dir.clone());
    h.state_mut().commands.push(export(TableFormat::Latex));
    h.run_steps(2);
    step_until_shown(&mut h, "Export table");
    h.get_by_label("Save").click();
    h.run_steps(3);
    let written = std::fs::read_to_string(dir.join("table4.tex")).unwrap();
    assert_eq!(written, TableFormat::Latex.render(&table));
    assert!(h.state().message.is_none());

    // A folder that vanished while the chooser was open: the error is shown, not swallowed.
    let gone = dir.join("gone");
    std::fs::create_dir_all(&gone).unwrap();
    h.state_mut().file_dialogs.remember_folder(gone.clone());
    h.state_mut().commands.push(export(TableFormat::Csv));
    h.run_steps(2);
    step_until_shown(&mut h, "Export table");
    std::fs::remove_dir_all(&gone).unwrap();
    h.get_by_label("Save").click();
    h.run_steps(3);
    let message = h.state().message.clone().expect("a message about the failed write");
    assert!(message.contains("table4.tex"), "{message}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_system_dialog_the_chooser_opens_at_once_and_says_why() {
    use carbon_dml::gui::file_dialog::availability::{Missing, Support};
    let dir = temp_folder("nodialog");
    let mut app = ExplorerApp::with_options(LaunchOptions::default());
    app.file_dialogs.set_support(Support::Unavailable(Missing::Portal));
    app.file_dialogs.remember_folder(dir.clone());
    let mut h = harness(app);
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsvDialog);
    h.run_steps(2);
    assert!(h.state().file_dialogs.chooser_open(), "no button that does nothing");
    step_until_shown(&mut h, "The system file dialog is not available");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every view asks through the router: rfd's file dialogs are called only in
/// `src/gui/file_dialog/` (its message box, for a window that cannot start, is not a file dialog).
#[test]
fn no_file_dialog_is_called_outside_the_router() {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    let router = root.join("src/gui/file_dialog");
    for f in files.iter().filter(|f| !f.starts_with(&router)) {
        let text = std::fs::read_to_string(f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let dialog = ["rfd::FileDialog", "rfd::AsyncFileDialog", "use rfd::{"].iter().any(|d| code.contains(d));
            assert!(!dialog, "{}:{}: ask through Command::RequestFile instead", f.display(), i + 1);
        }
    }
}
