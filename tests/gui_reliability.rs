//! Nothing lost, nothing frozen, in the real window (egui_kittest): a background import shows
//! its progress and can be cancelled; the Data view draws only the visible rows of a large
//! panel; the autosaved set-up of a crashed session is offered (restore / discard) and never
//! after a clean exit.

use carbon_dml::engine::dml::Learners;
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::scenario::Scenario;
use carbon_dml::gui::LaunchOptions;
use carbon_dml::gui::app::{Command, ExplorerApp};
use carbon_dml::gui::autosave::{self, Autosave};
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

use crate::common::{harness, wait};

fn temp_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carbon-dml-reliability-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(lang: &str) -> ExplorerApp {
    let mut app = ExplorerApp::with_options(LaunchOptions {
        view: Some("data".into()),
        lang: Some(lang.into()),
        ..Default::default()
    });
    app.analysis.set_scenario(Scenario { learners: Learners::all(LearnerSpec::Ols), ..Default::default() });
    app
}

/// A named pipe as the data file: the import blocks reading it until the test writes, so the
/// window is seen mid-import without any timing luck.
#[cfg(unix)]
#[test]
fn a_background_import_shows_progress_cancels_and_then_imports() {
    let dir = temp_folder("fifo");
    // One pipe per import: a cancelled worker that still holds its pipe open must not be the
    // reader a later write reaches (under load it may close late, and the next import's
    // reader would then wait forever).
    let mkfifo = |name: &str| {
        let fifo = dir.join(name);
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        fifo
    };
    let fifo = mkfifo("slow.csv");
    let mut a = app("en");
    a.importer.threshold = 0;
    let mut h = harness(a);
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsv(fifo.clone()));
    h.run_steps(3);
    assert!(h.state().importer.is_running());
    assert!(h.query_all_by_label_contains("Importing slow.csv").count() > 0, "the progress bar names the file");
    // The window answers while the import waits: another view opens.
    h.get_by_label("Cancel import").click();
    h.run_steps(3);
    assert!(!h.state().importer.is_running());
    assert!(h.query_by_label("Cancel import").is_none());
    assert_eq!(h.state().data.imported.panel.n_rows(), 360, "the sample stays");
    assert!(h.state().message.is_none(), "a cancel is not an error");
    // Release the cancelled worker, then import for real.
    drop(std::fs::OpenOptions::new().write(true).open(&fifo).unwrap());
    // A small file opened while a large one imports wins: the large one is cancelled.
    let fifo = mkfifo("slow2.csv");
    h.state_mut().commands.push(Command::OpenCsv(fifo.clone()));
    h.run_steps(2);
    assert!(h.state().importer.is_running());
    let small = dir.join("small.csv");
    std::fs::write(&small, "province,year,x\n北京,2011,1\n").unwrap();
    h.state_mut().importer.threshold = u64::MAX;
    h.state_mut().commands.push(Command::OpenCsv(small));
    h.run_steps(2);
    assert!(!h.state().importer.is_running(), "the older, larger import is cancelled");
    assert_eq!(h.state().data.imported.panel.n_rows(), 1);
    drop(std::fs::OpenOptions::new().write(true).open(&fifo).unwrap());
    h.state_mut().importer.threshold = 0;
    let fifo = mkfifo("slow3.csv");
    h.state_mut().commands.push(Command::OpenCsv(fifo.clone()));
    h.run_steps(2);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(&fifo, "province,year,x\n北京,2011,1\n天津,2011,2\n").unwrap())
    };
    wait(&mut h, 30, "import", |a| !a.importer.is_running());
    writer.join().unwrap();
    assert_eq!(h.state().data.imported.panel.n_rows(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn the_import_progress_is_chinese_in_chinese() {
    let dir = temp_folder("fifo-zh");
    let fifo = dir.join("slow.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let mut a = app("zh");
    a.importer.threshold = 0;
    let mut h = harness(a);
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsv(fifo.clone()));
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("正在导入 slow.csv").count() > 0);
    h.get_by_label("取消导入").click();
    h.run_steps(2);
    drop(std::fs::OpenOptions::new().write(true).open(&fifo).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}

/// 200,000 rows and 1,500 columns: the preview and Table 3 lay out only what is visible.
#[test]
fn the_data_view_draws_only_visible_rows_of_a_large_panel() {
    let dir = temp_folder("large");
    let rows = dir.join("rows.csv");
    let mut text = String::from("id,year,x\n");
    for r in 0..200_000 {
        text.push_str(&format!("u{},{},{}\n", r / 50, 2000 + r % 50, r + 1));
    }
    std::fs::write(&rows, text).unwrap();
    let mut h = harness(app("en"));
    h.run_steps(2);
    h.state_mut().commands.push(Command::OpenCsv(rows));
    h.run_steps(2);
    wait(&mut h, 120, "import", |a| !a.importer.is_running() && a.data.imported.panel.n_rows() == 200_000);
    assert!(h.query_all_by_label("123456").next().is_none(), "a row far down is not laid out");
    assert!(h.query_all_by_label("3").count() > 0, "the first rows are");
    let labels = h.query_all_by_label_contains("").count();
    assert!(labels < 2_000, "{labels} widgets for a 200,000-row table");

    let wide = dir.join("wide.csv");
    let header: Vec<String> = (0..1500).map(|c| format!("v{c}")).collect();
    let row: Vec<String> = (0..1500).map(|c| c.to_string()).collect();
    std::fs::write(&wide, format!("{}\n{}\n{}\n", header.join(","), row.join(","), row.join(","))).unwrap();
    h.state_mut().commands.push(Command::OpenCsv(wide));
    h.run_steps(2);
    wait(&mut h, 60, "import", |a| !a.importer.is_running() && a.data.imported.panel.columns.len() == 1500);
    assert!(h.query_all_by_label("v0").count() > 0);
    assert!(h.query_all_by_label("v1499").next().is_none(), "Table 3's last variable is not laid out");
    h.get_by_label_contains("first 200 of 1500 columns");
    let _ = std::fs::remove_dir_all(&dir);
}

fn leftover(dir: &std::path::Path, name: &str) -> PathBuf {
    let p = dir.join(autosave::FILE_NAME);
    let s = Scenario { name: name.into(), learners: Learners::all(LearnerSpec::Ols), ..Default::default() };
    std::fs::write(&p, carbon_dml::engine::scenario::file::to_string(&s)).unwrap();
    p
}

#[test]
fn after_a_crash_the_autosaved_set_up_is_offered_and_restored() {
    let dir = temp_folder("restore");
    let p = leftover(&dir, "before the crash");
    let mut a = app("en");
    a.autosave = Autosave::at(p.clone());
    let mut h = harness(a);
    h.run_steps(3);
    h.get_by_label("Recover your work?");
    h.get_by_label("before the crash");
    h.get_by_label("the bundled sample");
    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert!(h.query_by_label("Recover your work?").is_none());
    assert_eq!(h.state().analysis.scenario.name, "before the crash");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn discarding_the_offer_deletes_it_and_chinese_shows_chinese() {
    let dir = temp_folder("discard");
    let p = leftover(&dir, "old");
    let mut a = app("zh");
    a.autosave = Autosave::at(p.clone());
    let mut h = harness(a);
    h.run_steps(3);
    h.get_by_label("恢复上次的工作？");
    h.get_by_label("恢复");
    h.get_by_label("丢弃").click();
    h.run_steps(3);
    assert!(h.query_by_label("恢复上次的工作？").is_none());
    assert_ne!(h.state().analysis.scenario.name, "old");
    assert!(!p.exists(), "a discarded set-up is gone");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_set_up_is_autosaved_and_a_clean_exit_offers_nothing_next_time() {
    let dir = temp_folder("clean");
    let p = dir.join(autosave::FILE_NAME);
    let mut a = app("en");
    a.autosave = Autosave::at(p.clone());
    let mut h = harness(a);
    h.run_steps(2);
    let mut s = h.state().analysis.scenario.clone();
    s.name = "my work".into();
    h.state_mut().analysis.set_scenario(s);
    let start = std::time::Instant::now();
    while !p.exists() {
        assert!(start.elapsed() < autosave::DEBOUNCE * 5, "not autosaved");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // A crash now: the next start offers "my work".
    assert_eq!(Autosave::at(p.clone()).offer.map(|s| s.name), Some("my work".into()));
    // A clean exit: nothing is offered.
    eframe::App::on_exit(h.state_mut(), None);
    assert!(!p.exists());
    assert!(Autosave::at(p).offer.is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
