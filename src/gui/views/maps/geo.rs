//! Boundaries of the Maps view: the embedded provinces, or a user's GeoJSON read, projected
//! and tessellated once on a background thread; the join settings and the join report.

use super::labels as l;
use crate::engine::data::Panel;
use crate::engine::spatial::join::{Join, JoinError, JoinMatch, JoinSpec, suggest_property};
use crate::engine::spatial::{Albers, Boundaries, GeoJsonError, MapGeometry};
use crate::gui::i18n::Lang;
use crate::gui::jobs::JobSlot;
use crate::locale::SharedError;
use crate::locale::Worded;
use std::path::PathBuf;
use std::sync::Arc;

/// A user's boundary file, ready to draw.
pub struct UserGeo {
    /// Where it was read from.
    pub path: PathBuf,
    /// The features.
    pub boundaries: Boundaries,
    /// Projected and tessellated once.
    pub geometry: MapGeometry,
    /// The property that matches the most units of the panel at load time.
    pub suggested: Option<String>,
    /// Time to read and tessellate, milliseconds.
    pub build_ms: f64,
}

/// Read, tessellate and suggest a join property for a user's GeoJSON (background thread).
pub fn load_user_geo(path: PathBuf, panel: &Panel) -> Result<UserGeo, GeoJsonError> {
    let t = std::time::Instant::now();
    let boundaries = Boundaries::read(&path)?;
    let geometry = MapGeometry::build(&boundaries, &Albers::default());
    let suggested = suggest_property(&boundaries, panel);
    Ok(UserGeo { path, boundaries, geometry, suggested, build_ms: t.elapsed().as_secs_f64() * 1e3 })
}

/// The boundaries in use and how they are joined.
pub struct GeoState {
    user: Option<Arc<UserGeo>>,
    /// Changes whenever the boundaries change (cache key for joins and screen meshes).
    pub generation: u64,
    /// Join property and matching.
    pub join: JoinSpec,
    loading: JobSlot<Result<Arc<UserGeo>, GeoJsonError>>,
    /// Why the last file could not be used.
    pub error: Option<SharedError>,
}

impl Default for GeoState {
    fn default() -> Self {
        GeoState {
            user: None,
            generation: 0,
            join: JoinSpec::default(),
            loading: JobSlot::new("boundaries"),
            error: None,
        }
    }
}

impl GeoState {
    /// The features in use.
    pub fn boundaries(&self) -> &Boundaries {
        self.user.as_ref().map_or_else(|| Boundaries::embedded(), |u| &u.boundaries)
    }

    /// Their tessellated geometry.
    pub fn geometry(&self) -> &MapGeometry {
        self.user.as_ref().map_or_else(|| MapGeometry::embedded(), |u| &u.geometry)
    }

    /// The user's file, if one is in use.
    pub fn user(&self) -> Option<&Arc<UserGeo>> {
        self.user.as_ref()
    }

    /// Start reading `path` in the background; `wake` requests a repaint when done.
    pub fn load(&mut self, path: PathBuf, panel: Arc<Panel>, wake: impl Fn() + Send + 'static) {
        self.error = None;
        self.loading.spawn(wake, move |_| Ok(load_user_geo(path, &panel).map(Arc::new)));
    }

    /// Take a finished load: the new boundaries replace the old, joined by the suggested
    /// property (or the previous one when nothing matches).
    pub fn poll(&mut self) {
        match self.loading.poll() {
            Some(Ok(Ok(g))) => {
                self.join = JoinSpec {
                    property: g.suggested.clone().unwrap_or_else(|| self.join.property.clone()),
                    matching: JoinMatch::Auto,
                };
                self.user = Some(g);
                self.generation += 1;
            }
            Some(Ok(Err(e))) => self.error = Some(e.into()),
            Some(Err(e)) => self.error = Some(SharedError::plain(e)),
            None => {}
        }
    }

    /// Return to the embedded provinces.
    pub fn use_embedded(&mut self) {
        if self.user.take().is_some() {
            self.generation += 1;
        }
        self.join = JoinSpec::default();
        self.error = None;
    }

    /// True while a file is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_running()
    }
}

/// What the boundaries panel asks for.
pub enum GeoAction {
    /// Nothing.
    None,
    /// Pick a file and load it.
    Load,
    /// Back to the embedded provinces.
    Embedded,
}

/// The boundaries panel: source, load and reset buttons, join property and the join report.
pub fn ui(ui: &mut egui::Ui, lang: Lang, geo: &mut GeoState, join: Option<&Result<Join, JoinError>>) -> GeoAction {
    let mut action = GeoAction::None;
    let colors = crate::gui::theme::palette(ui.visuals());
    ui.strong(lang.t(&l::BOUNDARIES));
    match geo.user() {
        None => ui.label(lang.t(&l::EMBEDDED)),
        Some(u) => ui.label(format!(
            "{} ({} features, {:.0} ms)",
            u.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            u.boundaries.features.len(),
            u.build_ms
        )),
    };
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(!geo.is_loading(), egui::Button::new(lang.t(&l::LOAD_BOUNDARIES))).clicked() {
            action = GeoAction::Load;
        }
        if geo.user().is_some() && ui.button(lang.t(&l::USE_EMBEDDED)).clicked() {
            action = GeoAction::Embedded;
        }
    });
    if geo.is_loading() {
        ui.horizontal(|ui| {
            crate::gui::views::widgets::busy(ui);
            ui.label(lang.t(&l::LOADING));
        });
    }
    if let Some(e) = &geo.error {
        ui.colored_label(colors.error, e.text(lang));
    }
    if geo.user().is_some() {
        let keys = geo.boundaries().common_keys();
        egui::Grid::new("maps-join").num_columns(2).show(ui, |ui| {
            ui.label(lang.t(&l::JOIN_BY));
            egui::ComboBox::from_id_salt("maps-join-property")
                .selected_text(geo.join.property.as_str())
                .show_ui(ui, |ui| {
                    for k in &keys {
                        ui.selectable_value(&mut geo.join.property, k.clone(), k);
                    }
                })
                .response
                .accessible_name(format!("{}: {}", lang.t(&l::JOIN_BY), geo.join.property));
            ui.end_row();
            ui.label(lang.t(&l::MATCHING));
            let label = |m: JoinMatch| match m {
                JoinMatch::Auto => lang.t(&l::MATCH_AUTO),
                JoinMatch::Province => lang.t(&l::MATCH_PROVINCE),
                JoinMatch::Exact => lang.t(&l::MATCH_EXACT),
            };
            egui::ComboBox::from_id_salt("maps-join-matching")
                .selected_text(label(geo.join.matching))
                .show_ui(ui, |ui| {
                    for m in [JoinMatch::Auto, JoinMatch::Province, JoinMatch::Exact] {
                        ui.selectable_value(&mut geo.join.matching, m, label(m));
                    }
                })
                .response
                .accessible_name(format!("{}: {}", lang.t(&l::MATCHING), label(geo.join.matching)));
            ui.end_row();
        });
    }
    match join {
        Some(Ok(j)) => join_report(ui, lang, geo.boundaries(), j),
        Some(Err(e)) => {
            ui.colored_label(colors.error, e.worded(lang));
        }
        None => {}
    }
    action
}

fn join_report(ui: &mut egui::Ui, lang: Lang, b: &Boundaries, j: &Join) {
    let colors = crate::gui::theme::palette(ui.visuals());
    ui.label(format!("{} / {} {}", j.n_matched(), j.feature_unit.len(), lang.t(&l::FEATURES_MATCHED)));
    if j.n_matched() == 0 {
        ui.colored_label(colors.error, lang.t(&l::NOTHING_MATCHED));
    }
    let chinese = lang == Lang::Zh;
    if !j.unmatched_features.is_empty() {
        let names: Vec<String> = j
            .unmatched_features
            .iter()
            .map(|f| {
                let name = crate::engine::spatial::choropleth::feature_name(b, f.feature, chinese);
                if f.value.is_empty() || f.value == name { name } else { format!("{name} ({})", f.value) }
            })
            .collect();
        list(ui, lang.t(&l::UNMATCHED_FEATURES), &names);
    }
    if !j.unmatched_units.is_empty() {
        let names: Vec<String> = j.unmatched_units.iter().map(|(_, label)| lang.province(label)).collect();
        list(ui, lang.t(&l::UNMATCHED_UNITS), &names);
    }
    if !b.skipped.is_empty() {
        let names: Vec<String> = b.skipped.iter().map(|s| format!("#{} ({})", s.feature, s.geometry)).collect();
        list(ui, lang.t(&l::SKIPPED), &names);
    }
}

/// A titled list, folded when long.
fn list(ui: &mut egui::Ui, title: &str, items: &[String]) {
    const SHOWN: usize = 12;
    ui.label(format!("{title} ({}):", items.len()));
    let head: Vec<&str> = items.iter().take(SHOWN).map(String::as_str).collect();
    let more = items.len().saturating_sub(SHOWN);
    let text = if more > 0 { format!("{} … (+{more})", head.join(", ")) } else { head.join(", ") };
    ui.small(text);
}
