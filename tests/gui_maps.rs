//! The Maps view driven through the real window with egui_kittest: legends with counts for CEE
//! 2011 and 2022, the no-data list, classification changes, hover and click on a province,
//! residual maps, Chinese labels; plus the export and the screen-mesh cache.

use carbon_dml::engine::spatial::choropleth::{MapSpec, compute_maps};
use carbon_dml::engine::spatial::join::{JoinSpec, join};
use carbon_dml::engine::spatial::{Boundaries, MapGeometry};
use carbon_dml::gui::app::ExplorerApp;
use carbon_dml::gui::views::maps::map_viewport;
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};

use crate::common;

fn harness(lang: &str) -> Harness<'static, ExplorerApp> {
    common::harness(common::app_on("maps", lang))
}

/// Step until `done` holds (background jobs finish on their own threads).
fn wait(h: &mut Harness<'static, ExplorerApp>, what: &str, done: impl Fn(&ExplorerApp) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(start.elapsed() < Duration::from_secs(240), "timed out waiting for {what}");
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
}

fn wait_for_derived(h: &mut Harness<'static, ExplorerApp>) {
    wait(h, "the derived variables", |a| a.analysis.derived.is_some());
}

/// The maps the view should show for `spec`, computed by the engine on the app's derived panel.
fn expected(app: &ExplorerApp, spec: &MapSpec) -> Vec<carbon_dml::engine::spatial::MapData> {
    let panel = app.analysis.panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    compute_maps(&panel, b, &j, spec).unwrap()
}

fn legend_rows(maps: &[carbon_dml::engine::spatial::MapData]) -> Vec<String> {
    let mut bounds = vec![maps[0].breaks.min];
    bounds.extend(&maps[0].breaks.upper);
    let d = carbon_dml::engine::spatial::render::legend_decimals(&bounds);
    (0..maps[0].legend.len())
        .map(|j| {
            let e = &maps[0].legend[j];
            let counts: Vec<String> = maps.iter().map(|m| m.legend[j].count.to_string()).collect();
            format!("{:.d$} – {:.d$}  ({})", e.lower, e.upper, counts.join(" / "))
        })
        .collect()
}

/// Screen position of a province's label point on the map called `map_label`.
fn province_on_screen(h: &Harness<'static, ExplorerApp>, map_label: &str, name_en: &str) -> Pos2 {
    let rect = h.get_by_label(map_label).rect();
    let g = MapGeometry::embedded();
    let i = Boundaries::embedded().features.iter().position(|f| f.property("name_en") == Some(name_en)).unwrap();
    let [x, y] = map_viewport(rect, g.bbox).to_pixel(g.features[i].label_point);
    Pos2::new(x as f32, y as f32)
}

fn click_at(h: &mut Harness<'static, ExplorerApp>, pos: Pos2) {
    h.hover_at(pos);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(3);
}

#[test]
fn shows_cee_2011_and_2022_with_a_shared_legend_counts_and_tibet_as_no_data() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    h.get_by_label("Map 2011");
    h.get_by_label("Map 2022");
    let maps = expected(h.state(), &MapSpec::default());
    assert_eq!(maps.len(), 2);
    for m in &maps {
        let total: usize = m.legend.iter().map(|e| e.count).sum();
        assert_eq!(total, 30, "30 provinces with data in {:?}", m.year);
    }
    let rows = legend_rows(&maps);
    assert_eq!(rows.len(), 5, "Jenks, k = 5");
    for row in &rows {
        h.get_by_label(row);
    }
    h.get_by_label("No data  (1 / 1)");
    h.get_by_label("Tibet — not in the data");
}

#[test]
fn changing_method_and_classes_changes_the_legend() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    let jenks = legend_rows(&expected(h.state(), &MapSpec::default()));
    h.get_by_label("Quantiles").click();
    h.run_steps(3);
    let spec = MapSpec { method: carbon_dml::engine::spatial::Method::Quantile, ..MapSpec::default() };
    let quantile = expected(h.state(), &spec);
    let rows = legend_rows(&quantile);
    assert_ne!(rows, jenks);
    for row in &rows {
        h.get_by_label(row);
    }
    assert!(h.query_by_label(&jenks[0]).is_none() || rows.contains(&jenks[0]), "the old legend is gone");
    // Quantiles of the 60 pooled values: 12 units per class (2011 + 2022), up to ties.
    for j in 0..quantile[0].legend.len() {
        let pooled: usize = quantile.iter().map(|m| m.legend[j].count).sum();
        assert!((10..=14).contains(&pooled), "class {j}: {pooled}");
    }
    h.get_by_role_and_label(egui::Role::Slider, "Classes").set_value_accesskit(7.0);
    h.run_steps(3);
    let spec7 = MapSpec { classes: 7, ..spec };
    let rows7 = legend_rows(&expected(h.state(), &spec7));
    assert_eq!(rows7.len(), 7);
    for row in &rows7 {
        h.get_by_label(row);
    }
    assert_eq!(h.query_all_by_label_contains(" – ").count(), 7, "seven legend rows on screen");
}

#[test]
fn hovering_and_clicking_sichuan_selects_it_and_clicking_the_sea_clears() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    let pos = province_on_screen(&h, "Map 2011", "Sichuan");
    h.hover_at(pos);
    h.run_steps(6); // the tooltip waits for the pointer to rest (egui's tooltip delay)
    assert!(h.query_all_by_label_contains("Sichuan 2011: ").count() >= 1, "hover text names Sichuan");
    click_at(&mut h, pos);
    assert_eq!(h.state().selection.unit.as_deref(), Some("Sichuan"));
    h.get_by_label("Selected: Sichuan");
    // The same province on the right-hand map, then the sea (the map's top-left corner).
    let right = province_on_screen(&h, "Map 2022", "Guangdong");
    click_at(&mut h, right);
    assert_eq!(h.state().selection.unit.as_deref(), Some("Guangdong"));
    let corner = h.get_by_label("Map 2011").rect().min + egui::vec2(3.0, 3.0);
    click_at(&mut h, corner);
    assert_eq!(h.state().selection.unit, None);
    // Tibet has no data: clicking it keeps the selection as it was.
    click_at(&mut h, right);
    let tibet = province_on_screen(&h, "Map 2011", "Tibet");
    click_at(&mut h, tibet);
    assert_eq!(h.state().selection.unit.as_deref(), Some("Guangdong"));
}

#[test]
fn chinese_labels_and_names() {
    let mut h = harness("zh");
    wait_for_derived(&mut h);
    h.get_by_label("地图 2011");
    h.get_by_label("地图 2022");
    h.get_by_label("分级");
    h.get_by_label("自然断点（Fisher-Jenks）");
    h.get_by_label("西藏 — 不在数据中");
    h.get_by_label("无数据  (1 / 1)");
    h.get_by_label("两幅地图并排");
    let pos = province_on_screen(&h, "地图 2011", "Sichuan");
    h.hover_at(pos);
    h.run_steps(6);
    assert!(h.query_all_by_label_contains("四川 2011: ").count() >= 1, "hover text in Chinese");
}

#[test]
fn one_map_toggle_and_per_map_legends() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    h.get_by_label("A legend for each map").click();
    h.run_steps(3);
    let spec = MapSpec { legend: carbon_dml::engine::spatial::LegendScope::PerMap, ..MapSpec::default() };
    let maps = expected(h.state(), &spec);
    assert_ne!(maps[0].breaks.upper, maps[1].breaks.upper);
    for m in &maps {
        for row in legend_rows(std::slice::from_ref(m)) {
            h.get_by_label(&row);
        }
    }
    h.get_by_label("Two maps side by side").click();
    h.run_steps(3);
    assert!(h.query_by_label("Map 2022").is_none());
    h.get_by_label("Map 2011");
}

/// Replace the text of the input showing `old` with `new` and press Enter.
fn edit_field(h: &mut Harness<'static, ExplorerApp>, old: &str, new: &str) {
    let input = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == egui::Role::TextInput && n.value().as_deref() == Some(old)
    };
    h.get_by(input).focus();
    h.run_steps(1);
    h.get_by(input).set_text_value_accesskit(new);
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
}

/// The default map's upper bounds, and the texts of the break fields (the bounds with one
/// decimal more than the legend).
fn break_fields(h: &Harness<'_, ExplorerApp>) -> (Vec<f64>, Vec<String>) {
    let jenks = expected(h.state(), &MapSpec::default());
    let b = jenks[0].breaks.upper.clone();
    let mut bounds = vec![jenks[0].breaks.min];
    bounds.extend(&b);
    let d = carbon_dml::engine::spatial::render::legend_decimals(&bounds) + 1;
    let shown = b.iter().map(|v| format!("{v:.d$}")).collect();
    (b, shown)
}

#[test]
fn edited_breaks_are_validated_and_used() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    let (b, shown) = break_fields(&h);
    edit_field(&mut h, &shown[0], "abc");
    h.get_by_label_contains("\"abc\" is not a number");
    edit_field(&mut h, "abc", &format!("{:.3}", b[1] + 0.5));
    h.get_by_label_contains("breaks must increase");
    // A valid bound: the first class ends at 1.0; the untouched bounds keep their exact values.
    let edited = format!("{:.3}", b[1] + 0.5);
    edit_field(&mut h, &edited, "1.0");
    let mut manual = b.clone();
    manual[0] = 1.0;
    let maps = expected(h.state(), &MapSpec { manual_breaks: manual, ..MapSpec::default() });
    assert_eq!(maps[0].breaks.upper[1], b[1], "untouched bounds are exact");
    for row in legend_rows(&maps) {
        h.get_by_label(&row);
    }
    h.get_by_label("(your breaks)");
    h.get_by_label("Back to computed breaks").click();
    h.run_steps(3);
    for row in legend_rows(&expected(h.state(), &MapSpec::default())) {
        h.get_by_label(&row);
    }
}

#[test]
fn play_steps_the_right_map_through_the_years() {
    let mut h = harness("en");
    wait_for_derived(&mut h);
    h.get_by_label("Play").click();
    h.run_steps(2);
    assert_eq!(h.query_all_by_label("Map 2011").count(), 2, "the right map restarts at the first year");
    h.get_by_label("Pause");
    // Steps of the harness are 0.25 s: the next year comes after one 0.8 s interval.
    let mut steps = 0;
    while h.query_by_label("Map 2012").is_none() {
        assert!(steps < 12, "no step to 2012 after 3 s");
        h.step();
        steps += 1;
    }
    assert!((2..=5).contains(&steps), "2012 after {steps} steps of 0.25 s");
    h.get_by_label("Pause").click();
    h.run_steps(8);
    h.get_by_label("Map 2012");
    h.get_by_label("Play");
}

#[test]
fn residuals_of_the_current_estimate_can_be_mapped_with_a_diverging_palette() {
    let mut h = harness("en");
    wait(&mut h, "the estimate", |a| {
        a.analysis.outcome.as_ref().is_some_and(|o| o.result.is_ok()) && !a.analysis.is_running()
    });
    let (panel, e) = {
        let a = &h.state().analysis;
        (a.panel(), a.outcome.as_ref().unwrap().result.as_ref().unwrap().clone())
    };
    let (with, cols) = carbon_dml::gui::views::maps::with_residuals(&panel, &e);
    assert_eq!(cols.len(), e.nuisance.len());
    // Every design row is one panel row here: the column holds the residual at that row.
    let l = e.nuisance.iter().find(|r| r.nuisance == carbon_dml::engine::dml::Nuisance::L).unwrap();
    let col = with.numeric(&cols[0].1).unwrap();
    for (i, &row) in e.rows.iter().enumerate() {
        assert_eq!(col[row], l.residuals[i]);
    }
    let name = format!("{} − l̂(X)", e.outcome);
    assert_eq!(cols[0].1, name);
    h.get_all_by_role(egui::Role::ComboBox).next().unwrap().click();
    h.run_steps(2);
    h.get_by_label(&name).click();
    h.run_steps(3);
    h.get_by_value("RdBu (diverging, zero at the middle)");
    let b = Boundaries::embedded();
    let j = join(b, &with, &JoinSpec::default()).unwrap();
    let spec = MapSpec {
        variable: name.clone(),
        palette: carbon_dml::engine::spatial::PaletteName::RdBu,
        ..MapSpec::default()
    };
    let maps = compute_maps(&with, b, &j, &spec).unwrap();
    assert!(maps[0].breaks.min < 0.0 && maps[0].breaks.max > 0.0, "residuals take both signs");
    for row in legend_rows(&maps) {
        h.get_by_label(&row);
    }
}

/// Refused breaks are worded in the window's language when drawn: Chinese in a Chinese window,
/// and English again once the menu language changes, without editing again.
#[test]
fn refused_breaks_follow_the_window_language() {
    let mut h = harness("zh");
    wait_for_derived(&mut h);
    let (b, shown) = break_fields(&h);
    edit_field(&mut h, &shown[0], &format!("{:.3}", b[1] + 0.5));
    h.get_by_label_contains("断点必须递增");
    h.state_mut().prefs.lang = carbon_dml::locale::Lang::En;
    h.run_steps(3);
    h.get_by_label_contains("breaks must increase");
}
