//! Workbooks and wide tables in the window: the sheet picker and the wide-table option of the
//! Data view's column mapping, and typed findings worded in the interface language.

use carbon_dml::gui::app::{Command, ExplorerApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

use crate::common;
use crate::common::{app_on, harness};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import_excel").join(name)
}

fn open(h: &mut Harness<'static, ExplorerApp>, name: &str) {
    h.state_mut().commands.push(Command::OpenCsv(fixture(name)));
    common::wait(h, 30, "the import", |app| {
        app.data.path.as_deref() == Some(fixture(name).as_path()) || app.data.failed.is_some()
    });
}

#[test]
fn a_workbook_opens_on_its_data_sheet_and_the_picker_switches_sheets() {
    let mut h = harness(app_on("data", "en"));
    h.run_steps(2);
    open(&mut h, "yearbook.xlsx");
    assert_eq!(h.state().data.imported.panel.n_rows(), 12);
    h.get_by_label_contains("sheet \"分地区\" was read (2 sheets");
    h.get_by_label_contains("stored as text");
    h.get_by_label("Column mapping").click();
    h.run_steps(2);
    h.get_by_label("Sheet");
    h.get_by_value("(first sheet with a table)").click();
    h.run_steps(2);
    h.get_by_label("说明").click();
    h.run_steps(2);
    h.get_by_label("Re-import with this mapping").click();
    h.run_steps(3);
    h.get_by_label_contains("Import failed");
    assert_eq!(h.state().data.imported.panel.n_rows(), 12, "the data sheet stays loaded");
}

#[test]
fn a_wide_table_is_reshaped_from_the_mapping_and_notes_are_in_chinese() {
    let mut h = harness(app_on("data", "zh"));
    h.run_steps(2);
    open(&mut h, "wide.xlsx");
    // Read as a long table, the year columns are just numeric columns: 4 rows, no year.
    assert_eq!(h.state().data.imported.panel.n_rows(), 4);
    h.get_by_label("列映射").click();
    h.run_steps(2);
    h.get_by_label("宽表（每年一列），变量名").click();
    h.run_steps(2);
    h.get_by_role(egui::accesskit::Role::TextInput).click();
    h.run_steps(1);
    h.get_by_role(egui::accesskit::Role::TextInput).type_text("GDP");
    h.run_steps(2);
    h.get_by_label("按此映射重新导入").click();
    h.run_steps(3);
    let panel = &h.state().data.imported.panel;
    assert_eq!((panel.n_rows(), panel.years()), (12, vec![2011, 2012, 2013]), "{}", h.state().data.imported.report);
    h.get_by_label_contains("宽表（每个“地区”一行、每年一列）已转换为面板");
}
