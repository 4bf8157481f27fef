//! LISA maps in the Maps view: the map-kind choice (values, LISA clusters, LISA
//! significance), the weights and permutation settings, Moran's I of each shown year, the
//! LISA legend and hover text.
//!
//! The maps shown are the choropleths of the same variable and years recoloured by
//! [`recolour`]; clicks select units as on the value maps. Results are cached by their inputs
//! (panel, variable, years, weights, permutations, seed, boundaries) and recomputed only when
//! one changes (compared by content: a new estimate's residual panel may reuse the old one's
//! address): 30 units with 999 permutations take about a millisecond.

use super::lisa_labels as t;
use crate::engine::data::Panel;
use crate::engine::spatial::choropleth::{MapError, feature_name};
use crate::engine::spatial::join::Join;
use crate::engine::spatial::moran::maps::{
    LisaClass, LisaMap, SIGNIFICANCE_LEVELS, class_counts, legend_classes, recolour,
};
use crate::engine::spatial::moran::{Cluster, DEFAULT_PERMUTATIONS, MAX_PERMUTATIONS, MoranResult, moran};
use crate::engine::spatial::weights::WeightsSpec;
use crate::engine::spatial::weights::contiguity::Rule;
use crate::engine::spatial::weights::link::Linked;
use crate::engine::spatial::weights::spec::{DEFAULT_K, DEFAULT_SNAP_KM, for_units};
use crate::engine::spatial::{Boundaries, MapData};
use crate::gui::i18n::Lang;
use crate::locale::SharedError;
use egui::{Color32, Sense, Stroke, vec2};
use std::sync::Arc;

/// Which weights the LISA maps use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightsChoice {
    /// Queen contiguity (snapped).
    Queen,
    /// Rook contiguity (snapped).
    Rook,
    /// k nearest neighbours.
    Knn,
    /// Inverse distance within the smallest band without islands.
    InverseDistance,
}

type LinkKey = (WeightsChoice, usize, u64, u64, u64);
type Key = (u64, String, Vec<Option<i32>>, WeightsChoice, usize, u64, usize, u64, u64, u64);

/// A fingerprint of what the weights depend on: the panel's unit labels and the join of the
/// features to them (content, not addresses, which a new panel may reuse).
fn link_fingerprint(panel: &Panel, join: &Join) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    panel.unit.as_ref().map(|u| &u.labels).hash(&mut h);
    join.feature_unit.hash(&mut h);
    h.finish()
}

/// A fingerprint of the data a result depends on: units, years and the column's values.
fn data_fingerprint(panel: &Panel, column: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    panel.unit.as_ref().map(|u| (&u.labels, &u.ids)).hash(&mut h);
    panel.year.as_ref().map(|y| &y.years).hash(&mut h);
    for v in panel.numeric(column).unwrap_or_default() {
        v.to_bits().hash(&mut h);
    }
    h.finish()
}

/// State of the LISA maps.
pub struct LisaState {
    /// `None`: value maps; else the LISA map drawn.
    pub kind: Option<LisaMap>,
    /// Weights.
    pub weights: WeightsChoice,
    /// k of the nearest-neighbour weights.
    pub k: usize,
    /// Snapping tolerance of contiguity, km.
    pub snap_km: f64,
    /// Number of permutations.
    pub permutations: usize,
    /// Significance level of the cluster map.
    pub alpha: f64,
    linked: Option<(LinkKey, Result<Linked, SharedError>)>,
    results: Option<(Key, Vec<Result<MoranResult, SharedError>>)>,
}

impl Default for LisaState {
    fn default() -> Self {
        LisaState {
            kind: None,
            weights: WeightsChoice::Queen,
            k: DEFAULT_K,
            snap_km: DEFAULT_SNAP_KM,
            permutations: DEFAULT_PERMUTATIONS,
            alpha: 0.05,
            linked: None,
            results: None,
        }
    }
}

fn color(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Legend label of a class.
pub fn class_label(lang: Lang, c: LisaClass) -> String {
    match c {
        LisaClass::Cluster(Cluster::HighHigh) => lang.t(&t::HH).into(),
        LisaClass::Cluster(Cluster::LowLow) => lang.t(&t::LL).into(),
        LisaClass::Cluster(Cluster::LowHigh) => lang.t(&t::LH).into(),
        LisaClass::Cluster(Cluster::HighLow) => lang.t(&t::HL).into(),
        LisaClass::Cluster(Cluster::NotSignificant) | LisaClass::NotSignificant => lang.t(&t::NOT_SIGNIFICANT).into(),
        LisaClass::Cluster(Cluster::Neighbourless) | LisaClass::Neighbourless => lang.t(&t::NEIGHBOURLESS).into(),
        LisaClass::Level(k) => format!("p ≤ {}", SIGNIFICANCE_LEVELS[k]),
    }
}

impl LisaState {
    /// The weights specification of the current choice.
    pub fn spec(&self) -> WeightsSpec {
        match self.weights {
            WeightsChoice::Queen => WeightsSpec::Contiguity { rule: Rule::Queen, snap_km: self.snap_km },
            WeightsChoice::Rook => WeightsSpec::Contiguity { rule: Rule::Rook, snap_km: self.snap_km },
            WeightsChoice::Knn => WeightsSpec::Knn { k: self.k },
            WeightsChoice::InverseDistance => WeightsSpec::InverseDistance { threshold_km: None, power: 1.0 },
        }
    }

    /// The map-kind radio buttons and, for LISA maps, the weights and permutation settings.
    pub fn controls(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.strong(lang.t(&t::MAP_KIND));
        ui.radio_value(&mut self.kind, None, lang.t(&t::VALUES));
        ui.radio_value(&mut self.kind, Some(LisaMap::Clusters), lang.t(&t::CLUSTERS))
            .on_hover_text(lang.t(&t::LISA_HELP));
        ui.radio_value(&mut self.kind, Some(LisaMap::Significance), lang.t(&t::SIGNIFICANCE))
            .on_hover_text(lang.t(&t::LISA_HELP));
        if self.kind.is_none() {
            return;
        }
        ui.horizontal(|ui| {
            ui.label(lang.t(&t::WEIGHTS));
            let name = |w: WeightsChoice| match w {
                WeightsChoice::Queen => lang.t(&t::QUEEN),
                WeightsChoice::Rook => lang.t(&t::ROOK),
                WeightsChoice::Knn => lang.t(&t::KNN),
                WeightsChoice::InverseDistance => lang.t(&t::IDW),
            };
            egui::ComboBox::from_id_salt("maps-lisa-weights")
                .selected_text(name(self.weights))
                .show_ui(ui, |ui| {
                    for w in
                        [WeightsChoice::Queen, WeightsChoice::Rook, WeightsChoice::Knn, WeightsChoice::InverseDistance]
                    {
                        ui.selectable_value(&mut self.weights, w, name(w));
                    }
                })
                .response
                .accessible_name(format!("{}: {}", lang.t(&t::WEIGHTS), name(self.weights)));
        });
        match self.weights {
            WeightsChoice::Queen | WeightsChoice::Rook => {
                ui.add(egui::Slider::new(&mut self.snap_km, 0.0..=50.0).text(lang.t(&t::SNAP)));
            }
            WeightsChoice::Knn => {
                ui.add(egui::Slider::new(&mut self.k, 1..=10).text(lang.t(&t::K)));
            }
            WeightsChoice::InverseDistance => {}
        }
        ui.horizontal(|ui| {
            ui.label(lang.t(&t::PERMUTATIONS));
            ui.add(egui::DragValue::new(&mut self.permutations).range(99..=MAX_PERMUTATIONS).speed(10))
                .accessible_name(format!("{}: {}", lang.t(&t::PERMUTATIONS), self.permutations));
        });
        if self.kind == Some(LisaMap::Clusters) {
            ui.horizontal(|ui| {
                ui.label(lang.t(&t::ALPHA));
                for a in [0.05, 0.01, 0.001] {
                    ui.radio_value(&mut self.alpha, a, a.to_string());
                }
            });
        }
    }

    fn linked(
        &mut self,
        panel: &Panel,
        boundaries: &Boundaries,
        generation: u64,
        join: &Join,
    ) -> Result<Linked, SharedError> {
        let units = panel.unit.as_ref().ok_or(MapError::NoUnits)?;
        let key = (self.weights, self.k, self.snap_km.to_bits(), generation, link_fingerprint(panel, join));
        if self.linked.as_ref().is_none_or(|(k, _)| *k != key) {
            let l = for_units(&self.spec(), boundaries, join, units).map_err(SharedError::from);
            self.linked = Some((key, l));
        }
        self.linked.as_ref().map(|(_, l)| l.clone()).unwrap_or_else(|| Err(MapError::NoUnits.into()))
    }

    /// The LISA maps of `maps` (one per shown year) for `column` of `panel`, or the message
    /// saying why they cannot be drawn. `None` when value maps are chosen.
    #[allow(clippy::too_many_arguments)]
    pub fn apply(
        &mut self,
        maps: &[MapData],
        panel: &Arc<Panel>,
        column: &str,
        boundaries: &Boundaries,
        generation: u64,
        join: &Join,
        seed: u64,
    ) -> Option<Result<Vec<MapData>, SharedError>> {
        let kind = self.kind?;
        let years: Vec<Option<i32>> = maps.iter().map(|m| m.year).collect();
        let key: Key = (
            data_fingerprint(panel, column),
            column.to_string(),
            years.clone(),
            self.weights,
            self.k,
            self.snap_km.to_bits(),
            self.permutations,
            seed,
            generation,
            link_fingerprint(panel, join),
        );
        if self.results.as_ref().is_none_or(|(k, _)| *k != key) {
            let results = match self.linked(panel, boundaries, generation, join) {
                Ok(l) => years
                    .iter()
                    .map(|&y| moran(panel, column, y, &l, self.permutations, seed).map_err(SharedError::from))
                    .collect(),
                Err(e) => vec![Err(e)],
            };
            self.results = Some((key, results));
        }
        let results = &self.results.as_ref()?.1;
        let mut out = Vec::with_capacity(maps.len());
        for (m, r) in maps.iter().zip(results.iter().cycle()) {
            match r {
                Ok(r) => out.push(recolour(m, r, kind, self.alpha)),
                Err(e) => return Some(Err(e.clone())),
            }
        }
        Some(Ok(out))
    }

    fn result(&self, slot: usize) -> Option<&MoranResult> {
        self.results.as_ref()?.1.get(slot)?.as_ref().ok()
    }

    /// Hover text of feature `i` on LISA map `slot` (`None` on value maps): name, value,
    /// local I, pseudo p and class.
    pub fn hover(&self, lang: Lang, boundaries: &Boundaries, slot: usize, m: &MapData, i: usize) -> Option<String> {
        let kind = self.kind?;
        let r = self.result(slot)?;
        let name = feature_name(boundaries, i, lang == Lang::Zh);
        let year = m.year.map(|y| format!(" {y}")).unwrap_or_default();
        let unit = m.features.get(i)?.unit;
        let Some(k) = unit.and_then(|u| r.units.iter().position(|&x| x == u)) else {
            return Some(format!("{name}{year}: {}", lang.t(&super::labels::NO_DATA)));
        };
        let class = crate::engine::spatial::moran::maps::region_classes(r, kind, self.alpha)[k];
        let p = r.local.p_sim[k].map_or("–".into(), |p| format!("{p:.4}"));
        Some(format!(
            "{name}{year}: {:.4}\n{} = {:.4}, {} = {p}\n{}",
            r.values[k],
            lang.t(&t::LOCAL_I),
            r.local.ii[k],
            lang.t(&t::P_SIM),
            class_label(lang, class)
        ))
    }

    /// Moran's I of each shown year and the LISA legend with counts per map.
    pub fn legend(&self, ui: &mut egui::Ui, lang: Lang, title: &str) {
        let (Some(kind), Some((_, results))) = (self.kind, &self.results) else { return };
        let ok: Vec<&MoranResult> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        let Some(first) = ok.first() else { return };
        ui.strong(format!("{title}: {}", first.weights.description));
        for r in &ok {
            let g = &r.global;
            let year = r.year.map(|y| format!("{y}: ")).unwrap_or_default();
            let p_sim = g.p_sim.map_or(String::new(), |p| format!(", {} = {p:.4}", lang.t(&t::P_SIM)));
            ui.label(format!(
                "{year}{} = {:.4}  (E[I] = {:.4}, z = {:.3}, {} = {:.4}{p_sim})",
                lang.t(&t::MORANS_I),
                g.i,
                g.expected,
                g.z,
                lang.t(&t::P_NORM),
                g.p_norm
            ));
        }
        ui.weak(format!(
            "{} {}, {} {}",
            first.local.permutations,
            lang.t(&t::PERMUTATIONS_N),
            lang.t(&t::SEED),
            first.seed
        ));
        let counts: Vec<Vec<usize>> = ok.iter().map(|r| class_counts(r, kind, self.alpha)).collect();
        egui::Grid::new("maps-lisa-legend").num_columns(2).spacing([8.0, 3.0]).show(ui, |ui| {
            for (j, c) in legend_classes(kind, first.local.permutations).into_iter().enumerate() {
                let (rect, _) = ui.allocate_exact_size(vec2(28.0, 14.0), Sense::hover());
                ui.painter().rect_filled(rect, 0.0, color(c.rgb()));
                ui.painter().rect_stroke(rect, 0.0, Stroke::new(0.6, Color32::GRAY), egui::StrokeKind::Inside);
                let n: Vec<String> = counts.iter().map(|v| v[j].to_string()).collect();
                ui.label(format!("{}  ({})", class_label(lang, c), n.join(" / ")));
                ui.end_row();
            }
        });
    }
}
