//! The Maps view's LISA maps through the real window (egui_kittest): the cluster map of CEE in
//! 2011 and 2022 shows the Moran's I and class counts the engine computes on the app's derived
//! panel, the weights and significance choices change them, the significance map has its own
//! legend, hover names the class, a click selects the unit as on the value maps, and the
//! Chinese labels; and the LISA maps of the current estimate's residuals.

use carbon_dml::engine::spatial::join::{JoinSpec, join};
use carbon_dml::engine::spatial::moran::maps::{LisaMap, class_counts};
use carbon_dml::engine::spatial::moran::{MoranResult, moran};
use carbon_dml::engine::spatial::weights::WeightsSpec;
use carbon_dml::engine::spatial::weights::spec::for_units;
use carbon_dml::engine::spatial::{Boundaries, MapGeometry};
use carbon_dml::gui::app::ExplorerApp;
use carbon_dml::gui::views::maps::map_viewport;
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;

fn open(view: &str, lang: &str) -> Harness<'static, ExplorerApp> {
    let mut h = common::harness(common::app_on(view, lang));
    common::wait(&mut h, 240, "the derived variables", |a| a.analysis.derived.is_some());
    h
}

/// What the view should show: Moran of CEE at `year` on `spec`, 999 permutations, the
/// scenario's seed, on the app's derived panel.
fn expected(app: &ExplorerApp, spec: &WeightsSpec, year: i32) -> MoranResult {
    let panel = app.analysis.panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let l = for_units(spec, b, &j, panel.unit.as_ref().unwrap()).unwrap();
    moran(&panel, "CEE", Some(year), &l, 999, app.analysis.scenario.seed).unwrap()
}

fn moran_line(r: &MoranResult) -> String {
    let g = &r.global;
    format!(
        "{}: Moran's I = {:.4}  (E[I] = {:.4}, z = {:.3}, p (normal) = {:.4}, pseudo p = {:.4})",
        r.year.unwrap(),
        g.i,
        g.expected,
        g.z,
        g.p_norm,
        g.p_sim.unwrap()
    )
}

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
fn cluster_map_shows_the_engine_moran_and_counts_and_links_the_selection() {
    let mut h = open("lisa", "en");
    let queen = WeightsSpec::default();
    let (a, b) = (expected(h.state(), &queen, 2011), expected(h.state(), &queen, 2022));
    h.get_by_label(&moran_line(&a));
    h.get_by_label(&moran_line(&b));
    h.get_by_label("CEE: queen contiguity (snap 1 km)");
    let (ca, cb) = (class_counts(&a, LisaMap::Clusters, 0.05), class_counts(&b, LisaMap::Clusters, 0.05));
    for (j, name) in
        ["Not significant", "High-High", "Low-Low", "Low-High", "High-Low", "No neighbours"].iter().enumerate()
    {
        h.get_by_label(&format!("{name}  ({} / {})", ca[j], cb[j]));
    }
    assert_eq!(ca[5], 1, "Hainan has no contiguity neighbour");
    // Choropleth settings are hidden on LISA maps.
    assert!(h.query_by_label("Quantiles").is_none());
    // Hover names the class; a click selects the unit for every view.
    let pos = province_on_screen(&h, "Map 2011", "Hainan");
    h.hover_at(pos);
    h.run_steps(6);
    assert!(h.query_all_by_label_contains("No neighbours").count() >= 2, "legend and hover");
    click_at(&mut h, pos);
    assert_eq!(h.state().selection.unit.as_deref(), Some("Hainan"));
    h.get_by_label("Selected: Hainan");
    // A stricter level keeps fewer clusters.
    h.get_by_label("0.01").click();
    h.run_steps(3);
    let strict = class_counts(&a, LisaMap::Clusters, 0.01);
    let strict_b = class_counts(&b, LisaMap::Clusters, 0.01);
    h.get_by_label(&format!("Not significant  ({} / {})", strict[0], strict_b[0]));
    assert!(strict[0] >= ca[0]);
}

#[test]
fn significance_map_legend_and_weights_choice() {
    let mut h = open("lisa-significance", "en");
    let queen = WeightsSpec::default();
    let (a, b) = (expected(h.state(), &queen, 2011), expected(h.state(), &queen, 2022));
    let (ca, cb) = (class_counts(&a, LisaMap::Significance, 0.05), class_counts(&b, LisaMap::Significance, 0.05));
    // 999 permutations: p cannot be below 0.001, so the 0.0001 level is not listed.
    for (j, name) in ["p ≤ 0.001", "p ≤ 0.01", "p ≤ 0.05", "Not significant", "No neighbours"].iter().enumerate()
    {
        h.get_by_label(&format!("{name}  ({} / {})", ca[j], cb[j]));
    }
    assert!(h.query_by_label_contains("p ≤ 0.0001").is_none());
    // k nearest neighbours: no island, other statistics.
    h.get_by_value("Queen contiguity").click();
    h.run_steps(2);
    h.get_by_label("k nearest neighbours").click();
    h.run_steps(3);
    let knn = WeightsSpec::Knn { k: 4 };
    let (ka, kb) = (expected(h.state(), &knn, 2011), expected(h.state(), &knn, 2022));
    h.get_by_label("CEE: 4 nearest neighbours (centroids)");
    h.get_by_label(&moran_line(&ka));
    h.get_by_label(&moran_line(&kb));
    let c = class_counts(&ka, LisaMap::Significance, 0.05);
    assert_eq!(c[4], 0);
    h.get_by_label("No neighbours  (0 / 0)");
}

#[test]
fn chinese_labels() {
    let mut h = open("lisa", "zh");
    h.get_by_label("LISA 聚类图");
    h.get_by_label("空间权重");
    let a = expected(h.state(), &WeightsSpec::default(), 2011);
    let c = class_counts(&a, LisaMap::Clusters, 0.05);
    assert!(h.query_all_by_label_contains(&format!("高-高  ({} /", c[1])).count() == 1);
    assert!(h.query_all_by_label_contains("Moran 指数 I = ").count() == 2);
    h.run_steps(1);
}

#[test]
fn residuals_of_the_current_estimate_get_their_lisa_map() {
    let mut h = open("lisa", "en");
    common::wait(&mut h, 240, "the estimate", |a| {
        a.analysis.outcome.as_ref().is_some_and(|o| o.result.is_ok()) && !a.analysis.is_running()
    });
    let (panel, e, seed) = {
        let a = &h.state().analysis;
        (a.panel(), a.outcome.as_ref().unwrap().result.as_ref().unwrap().clone(), a.scenario.seed)
    };
    let (with, cols) = carbon_dml::gui::views::maps::with_residuals(&panel, &e);
    let name = cols[0].1.clone();
    h.get_all_by_role(egui::Role::ComboBox).next().unwrap().click();
    h.run_steps(2);
    h.get_by_label(&name).click();
    h.run_steps(3);
    let b = Boundaries::embedded();
    let j = join(b, &with, &JoinSpec::default()).unwrap();
    let l = for_units(&WeightsSpec::default(), b, &j, with.unit.as_ref().unwrap()).unwrap();
    for year in [2011, 2022] {
        let r = moran(&with, &name, Some(year), &l, 999, seed).unwrap();
        h.get_by_label(&moran_line(&r));
    }
    h.get_by_label(&format!("{name}: queen contiguity (snap 1 km)"));
}
