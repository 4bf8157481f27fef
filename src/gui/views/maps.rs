//! The Maps view: choropleths of any numeric variable of the derived panel (raw, measured,
//! index) or of the current estimate's residuals, for one year or two side by side (2011 and
//! 2022 by default, as in the study), classified by natural breaks, quantiles or equal
//! intervals with editable breaks, coloured by colour-blind-safe palettes.
//!
//! Hover shows a province's name (in the interface language), value and class; a click
//! selects it for every view (`Command::Select`) and plots its series against the national
//! median. Units without data are hatched and listed. A user's GeoJSON can replace the
//! embedded boundaries (joined by a chosen property, with the unmatched listed), and the maps
//! export to PNG through the engine's renderer.
//!
//! Speed: the geometry is tessellated once (`MapGeometry`); screen meshes are cached per
//! rectangle and recoloured only when the classes change; classification of 30 units takes
//! microseconds, so every change shows in the same frame.

mod classify;
mod export;
mod geo;
pub mod gridded;
pub mod labels;
mod legend;
pub mod lisa;
mod lisa_labels;
mod screen;
mod series;
pub mod settings;
mod source;

pub use export::{ExportJob, fonts_for};
pub use geo::{UserGeo, load_user_geo};
pub use legend::{hover_text, no_data_lines};
pub use screen::{ScreenMap, hatch_segments, map_viewport};
pub use settings::{MapSettings, MapVariable};
pub use source::{residual_column, with_residuals};

use super::ViewCtx;
use crate::engine::spatial::{Fill, MapData};
use crate::gui::app::{Command, DataState};
use crate::gui::file_dialog::{FileRequest, Purpose, texts as file_texts};
use crate::gui::i18n::Lang;
use crate::locale::{SharedError, Worded};
use egui::{Sense, Stroke, vec2};
use labels as l;
use std::path::PathBuf;

/// Seconds between two years when playing.
pub const PLAY_STEP_SECS: f64 = 0.8;

/// Width of the settings column on the right, points.
const SIDE_WIDTH: f32 = 320.0;

/// State of the Maps view.
#[derive(Default)]
pub struct MapsView {
    settings: MapSettings,
    source: source::MapSource,
    geo: geo::GeoState,
    screens: [ScreenMap; 2],
    breaks: classify::BreaksEditor,
    export: export::ExportState,
    /// LISA cluster / significance maps instead of the values.
    pub lisa: lisa::LisaState,
    /// Gridded data (GeoTIFF) to add as a panel column.
    pub gridded: gridded::GriddedState,
    /// When playing: the time of the last step.
    playing: Option<f64>,
}

impl MapsView {
    /// The view for a `--view` name: `lisa` opens the LISA cluster map, `lisa-significance`
    /// the significance map; any other name the value maps.
    pub fn for_view_name(name: Option<&str>) -> MapsView {
        let mut v = MapsView::default();
        v.lisa.kind = match name.map(str::to_ascii_lowercase).as_deref() {
            Some("lisa") => Some(crate::engine::spatial::moran::maps::LisaMap::Clusters),
            Some("lisa-significance") => Some(crate::engine::spatial::moran::maps::LisaMap::Significance),
            _ => None,
        };
        v
    }

    /// Show the numeric column `name` in the first and last year side by side (the study's
    /// maps), as the Robustness view's "Show in Maps" asks.
    pub fn show_column(&mut self, name: &str) {
        self.settings.set_variable(MapVariable::Column(name.to_string()), false);
        self.settings.years = [None, None];
        self.settings.two_maps = true;
        self.playing = None;
    }

    /// Read boundaries from the GeoJSON file `path` in the background (the answer to the
    /// "Load GeoJSON" button). False when the panel to join them to is not ready.
    pub fn load_geojson(&mut self, path: PathBuf, ctx: &egui::Context) -> bool {
        let Some(panel) = self.source.panel.clone() else { return false };
        let ctx = ctx.clone();
        self.geo.load(path, panel, move || ctx.request_repaint());
        true
    }

    /// Sum the GeoTIFF rasters `paths` per unit and year in the background (the answer to
    /// "Add gridded data…"). False when the panel to join them to is not ready.
    pub fn add_gridded(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) -> bool {
        let Some(panel) = self.source.panel.clone() else { return false };
        let ctx = ctx.clone();
        let boundaries = self.geo.boundaries().clone();
        self.gridded.start(paths, boundaries, self.geo.join.clone(), panel, move || ctx.request_repaint());
        true
    }

    /// The app added the column `name` (`matched` of `rows` rows have a value): say so and
    /// map it.
    pub fn gridded_added(&mut self, lang: Lang, name: &str, matched: usize, rows: usize) {
        self.gridded.status =
            Some(Ok(format!("{} {name}: {matched} / {rows} {}", lang.t(&l::GRIDDED_ADDED), lang.t(&l::GRIDDED_ROWS))));
        self.show_column(name);
    }

    /// Render the maps on screen to the PNG file `path` in the background (the answer to the
    /// "Export" button). False when there are no maps to export.
    pub fn export_png(&mut self, path: PathBuf, lang: Lang, data: &DataState, ctx: &egui::Context) -> bool {
        let Some(Ok(maps)) = &self.source.maps else { return false };
        let variable = self.source.column_of(&self.settings.variable).unwrap_or_default();
        let k = maps.first().map_or(0, |m| m.breaks.k());
        let method = if self.settings.manual_breaks.is_empty() {
            classify::method_label(lang, self.settings.method)
        } else {
            lang.t(&l::USER_BREAKS)
        };
        let method = format!("{method}, k = {k}");
        let mut source = data.imported.panel.source.clone();
        if data.is_sample() {
            source = format!("{source} ({})", lang.t(&l::SYNTHETIC_NOTE));
        }
        let job = ExportJob::new(
            lang,
            self.geo.user().cloned(),
            maps.clone(),
            &variable,
            &method,
            &source,
            self.settings.width(),
        );
        let ctx = ctx.clone();
        self.export.start(job, path, move || ctx.request_repaint());
        true
    }

    /// Draw the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>) {
        let lang = vc.lang;
        self.geo.poll();
        self.export.poll(lang);
        if let Some(column) = self.gridded.poll() {
            vc.commands.push(Command::AddColumn(column));
        }
        // A map of a derived variable still being computed (TFEE) waits for it.
        let shown_pending = |d: &crate::gui::analysis::Derived| match &self.settings.variable {
            settings::MapVariable::Column(c) => {
                crate::engine::measures::DerivedVar::of_column(c).is_some_and(|v| d.pending.contains(&v))
            }
            settings::MapVariable::Residual(_) => false,
        };
        let Some(derived) = vc.analysis.derived.clone().filter(|d| !shown_pending(d)) else {
            ui.heading(crate::gui::app::View::Maps.label(lang));
            ui.horizontal(|ui| {
                crate::gui::views::widgets::busy(ui);
                ui.label(lang.t(&l::WAITING_DERIVED));
            });
            return;
        };
        let outcome = vc.analysis.outcome.as_ref().filter(|o| o.derived_key == derived.key);
        let estimate = outcome.and_then(|o| o.result.as_ref().ok());
        self.source.update_panel(&derived.panel, estimate);
        self.source.update_join(self.geo.boundaries(), self.geo.generation, &self.geo.join);
        self.source.update_maps(self.geo.boundaries(), self.geo.generation, &self.settings);
        let years = derived.panel.years();
        self.play_tick(ui, &years);

        egui::Panel::top("maps-toolbar").show(ui, |ui| self.toolbar(ui, lang, &years));
        egui::Panel::right("maps-side").resizable(true).default_size(SIDE_WIDTH).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("maps-side-scroll").show(ui, |ui| self.side(ui, lang, vc));
        });
        // Changes made in the toolbar or the side column show in this same frame (each step
        // recomputes only when its inputs changed).
        self.source.update_join(self.geo.boundaries(), self.geo.generation, &self.geo.join);
        self.source.update_maps(self.geo.boundaries(), self.geo.generation, &self.settings);
        egui::ScrollArea::vertical().id_salt("maps-main-scroll").show(ui, |ui| {
            if matches!(self.settings.variable, settings::MapVariable::Residual(_)) {
                match estimate {
                    None => {
                        ui.label(lang.t(&l::NO_ESTIMATE));
                        return;
                    }
                    Some(_) if vc.analysis.is_stale() => {
                        ui.colored_label(crate::gui::theme::palette(ui.visuals()).warning, lang.t(&l::STALE_RESIDUALS));
                    }
                    Some(_) if let Some(r) = outcome.and_then(|o| o.preview.as_ref()) => {
                        crate::gui::preview::banner(ui, r, lang);
                    }
                    Some(_) => {}
                }
            }
            self.maps_area(ui, vc, &years);
        });
    }

    /// Advance the played map one year every [`PLAY_STEP_SECS`]; stop at the last year.
    fn play_tick(&mut self, ui: &egui::Ui, years: &[i32]) {
        let Some(last) = self.playing else { return };
        let now = ui.input(|i| i.time);
        let waited = now - last;
        if waited < PLAY_STEP_SECS {
            ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP_SECS - waited));
            return;
        }
        let slot = usize::from(self.settings.two_maps);
        let shown = self.settings.resolved_years(years);
        let current = shown.get(slot).copied();
        match current.and_then(|c| years.iter().copied().find(|&y| y > c)) {
            Some(next) => {
                self.settings.years[slot] = Some(next);
                self.playing = Some(now);
                ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP_SECS));
            }
            None => self.playing = None,
        }
    }

    fn toolbar(&mut self, ui: &mut egui::Ui, lang: Lang, years: &[i32]) {
        ui.horizontal_wrapped(|ui| {
            ui.heading(crate::gui::app::View::Maps.label(lang));
            ui.separator();
            ui.label(lang.t(&l::VARIABLE));
            self.variable_picker(ui, lang);
            ui.separator();
            ui.checkbox(&mut self.settings.two_maps, lang.t(&l::TWO_MAPS));
            if years.len() > 1 {
                let label = if self.playing.is_some() { &l::PAUSE } else { &l::PLAY };
                if ui.button(lang.t(label)).on_hover_text(lang.t(&l::PLAY_HELP)).clicked() {
                    self.toggle_play(ui, years);
                }
            }
        });
        ui.add_space(2.0);
    }

    fn toggle_play(&mut self, ui: &egui::Ui, years: &[i32]) {
        if self.playing.take().is_some() {
            return;
        }
        let slot = usize::from(self.settings.two_maps);
        if self.settings.resolved_years(years).get(slot) == years.last() {
            self.settings.years[slot] = years.first().copied();
        }
        self.playing = Some(ui.input(|i| i.time));
    }

    fn variable_picker(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let Some(panel) = self.source.panel.clone() else { return };
        let residual_names: Vec<&str> = self.source.residuals.iter().map(|(_, c)| c.as_str()).collect();
        let columns: Vec<String> =
            panel.numeric_names().into_iter().filter(|n| !residual_names.contains(n)).map(str::to_string).collect();
        let current = self.source.column_of(&self.settings.variable).unwrap_or_else(|| match &self.settings.variable {
            MapVariable::Column(c) => c.clone(),
            MapVariable::Residual(n) => format!("residual {}", n.name()),
        });
        let mut chosen: Option<MapVariable> = None;
        // Accessible names say the label and the value, as a screen reader announces a choice,
        // and differ from the visible label beside the widget.
        let name = format!("{}: {current}", lang.t(&l::VARIABLE));
        egui::ComboBox::from_id_salt("maps-variable")
            .selected_text(current)
            .height(420.0)
            .show_ui(ui, |ui| {
                if !self.source.residuals.is_empty() {
                    ui.weak(lang.t(&l::RESIDUALS));
                    for (n, c) in &self.source.residuals {
                        let v = MapVariable::Residual(*n);
                        if ui.selectable_label(self.settings.variable == v, c).clicked() {
                            chosen = Some(v);
                        }
                    }
                    ui.separator();
                }
                for c in &columns {
                    let v = MapVariable::Column(c.clone());
                    if ui.selectable_label(self.settings.variable == v, c).clicked() {
                        chosen = Some(v);
                    }
                }
            })
            .response
            .accessible_name(name);
        if let Some(v) = chosen {
            let signed = self.source.column_of(&v).is_some_and(|c| self.source.is_signed(&c));
            self.settings.set_variable(v, signed);
        }
    }

    /// Year sliders, the maps, the hint, legends, the no-data list and the selected series.
    fn maps_area(&mut self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, years: &[i32]) {
        let lang = vc.lang;
        let colors = crate::gui::theme::palette(ui.visuals());
        let maps = match &self.source.maps {
            Some(Ok(m)) => m.clone(),
            Some(Err(e)) => {
                ui.colored_label(colors.error, e.worded(lang));
                return;
            }
            None => {
                if let Some(Err(e)) = &self.source.join {
                    ui.colored_label(colors.error, e.worded(lang));
                }
                return;
            }
        };
        let maps = match self.lisa_maps(maps, vc.analysis.scenario.seed) {
            Ok(m) => m,
            Err(e) => {
                ui.colored_label(colors.error, e.text(lang));
                return;
            }
        };
        let n = maps.len().max(1);
        let gap = 12.0;
        let map_w = ((ui.available_width() - gap * (n as f32 - 1.0)) / n as f32).max(120.0);
        let bbox = self.geo.geometry().bbox;
        let aspect = if bbox.width() > 0.0 { (bbox.height() / bbox.width()) as f32 } else { 0.75 };
        let map_h = (map_w * aspect).min(ui.available_height().max(360.0) * 0.62).max(120.0);
        if !years.is_empty() {
            ui.horizontal(|ui| {
                for (slot, m) in maps.iter().enumerate() {
                    let mut y = m.year.unwrap_or(years[0]);
                    let (first, last) = (years[0], years[years.len() - 1]);
                    ui.allocate_ui(vec2(map_w, 24.0), |ui| {
                        ui.spacing_mut().slider_width = (map_w - 110.0).max(60.0);
                        if ui.add(egui::Slider::new(&mut y, first..=last).text(lang.t(&l::YEAR))).changed() {
                            self.settings.years[slot] = Some(y);
                            self.settings.manual_breaks.clear();
                        }
                    });
                    if slot + 1 < maps.len() {
                        ui.add_space(gap);
                    }
                }
            });
        }
        let selected = self.selected_features(vc);
        let mut select: Option<Option<String>> = None;
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (slot, m) in maps.iter().enumerate() {
                if let Some(s) = self.map_widget(ui, lang, slot, m, vec2(map_w, map_h), &selected) {
                    select = Some(s);
                }
            }
        });
        if let Some(s) = select {
            vc.commands.push(Command::Select(s));
        }
        ui.weak(lang.t(&l::CLICK_HINT));
        ui.add_space(4.0);
        let boundaries = self.geo.boundaries();
        let title = self.source.column_of(&self.settings.variable).unwrap_or_default();
        if self.lisa.kind.is_some() {
            ui.columns(2, |cols| {
                self.lisa.legend(&mut cols[0], lang, &title);
                legend::no_data_list(&mut cols[1], lang, boundaries, &maps);
                self.selection_plot(&mut cols[1], vc, &title);
            });
            return;
        }
        let shared = maps.len() > 1 && maps.iter().all(|m| m.breaks.upper == maps[0].breaks.upper);
        if shared {
            let refs: Vec<&MapData> = maps.iter().collect();
            ui.columns(2, |cols| {
                legend::legend(&mut cols[0], lang, &refs, &title);
                legend::no_data_list(&mut cols[1], lang, boundaries, &maps);
                self.selection_plot(&mut cols[1], vc, &title);
            });
        } else {
            ui.columns(2, |cols| {
                for (slot, m) in maps.iter().enumerate().take(2) {
                    legend::legend(&mut cols[slot], lang, &[m], &title);
                }
            });
            ui.columns(2, |cols| {
                legend::no_data_list(&mut cols[0], lang, boundaries, &maps);
                self.selection_plot(&mut cols[1], vc, &title);
            });
        }
    }

    /// One map: cached meshes, selection outline, hover text, click to select. Returns the
    /// selection change a click asks for (`Some(None)`: clicked the sea).
    fn map_widget(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        slot: usize,
        m: &MapData,
        size: egui::Vec2,
        selected: &[usize],
    ) -> Option<Option<String>> {
        let (resp, painter) = ui.allocate_painter(size, Sense::click());
        let name = format!("{} {}", lang.t(&l::MAP), m.year.map(|y| y.to_string()).unwrap_or_default());
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name.trim()));
        let fills: Vec<Fill> = m.features.iter().map(|f| f.fill).collect();
        let geometry = self.geo.geometry();
        let ppp = ui.ctx().pixels_per_point();
        let screen = &mut self.screens[slot.min(1)];
        let vp = screen.prepare(resp.rect, ppp, geometry, self.geo.generation, &fills);
        let hit = |p: egui::Pos2| geometry.hit(vp.to_map([f64::from(p.x), f64::from(p.y)]));
        let hovered = resp.hover_pos().and_then(hit);
        let accent = crate::gui::theme::palette(ui.visuals()).accent;
        let mut outlined: Vec<(usize, Stroke)> =
            selected.iter().map(|&i| (i, Stroke::new(screen::SELECTED_WIDTH, accent))).collect();
        if let Some(h) = hovered {
            outlined.push((h, Stroke::new(1.6, ui.visuals().strong_text_color())));
        }
        screen.paint(&painter, &outlined);
        if let Some(y) = m.year {
            painter.text(
                resp.rect.left_top() + vec2(4.0, 2.0),
                egui::Align2::LEFT_TOP,
                y.to_string(),
                egui::FontId::proportional(20.0),
                ui.visuals().strong_text_color(),
            );
        }
        let clicked = resp.clicked();
        let click_pos = resp.interact_pointer_pos();
        if let Some(h) = hovered {
            let boundaries = self.geo.boundaries();
            let text = self
                .lisa
                .hover(lang, boundaries, slot, m, h)
                .unwrap_or_else(|| legend::hover_text(lang, boundaries, m, h));
            resp.on_hover_text_at_pointer(text);
        }
        if !clicked {
            return None;
        }
        match click_pos.and_then(hit) {
            None => Some(None),
            Some(f) => {
                let unit = m.features.get(f).and_then(|x| x.unit)?;
                let label = self.source.panel.as_ref()?.unit.as_ref()?.labels.get(unit as usize)?.clone();
                Some(Some(label))
            }
        }
    }

    /// The value maps `maps`, or their LISA recolouring when a LISA map is chosen.
    fn lisa_maps(&mut self, maps: Vec<MapData>, seed: u64) -> Result<Vec<MapData>, SharedError> {
        let (Some(panel), Some(Ok(join))) = (self.source.panel.clone(), &self.source.join) else { return Ok(maps) };
        let column = self.source.column_of(&self.settings.variable).unwrap_or_default();
        let (boundaries, generation) = (self.geo.boundaries(), self.geo.generation);
        self.lisa.apply(&maps, &panel, &column, boundaries, generation, join, seed).unwrap_or(Ok(maps))
    }

    /// Features of the selected unit (several when a unit has several features).
    fn selected_features(&self, vc: &ViewCtx<'_>) -> Vec<usize> {
        let (Some(label), Some(Ok(j)), Some(panel)) = (&vc.selection.unit, &self.source.join, &self.source.panel)
        else {
            return Vec::new();
        };
        let Some(unit) = panel.unit.as_ref().and_then(|u| u.labels.iter().position(|x| x == label)) else {
            return Vec::new();
        };
        (0..j.feature_unit.len()).filter(|&i| j.feature_unit[i] == Some(unit as u32)).collect()
    }

    fn selection_plot(&self, ui: &mut egui::Ui, vc: &mut ViewCtx<'_>, column: &str) {
        let (Some(label), Some(panel)) = (vc.selection.unit.clone(), self.source.panel.clone()) else { return };
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.strong(format!("{}: {}", vc.lang.t(&l::SELECTED), vc.lang.province(&label)));
            if ui.small_button(vc.lang.t(&l::CLEAR_SELECTION)).clicked() {
                vc.commands.push(Command::Select(None));
            }
        });
        series::plot(ui, vc.lang, &panel, column, &label);
    }

    /// The settings column: classification, breaks, boundaries, export.
    fn side(&mut self, ui: &mut egui::Ui, lang: Lang, vc: &mut ViewCtx<'_>) {
        self.lisa.controls(ui, lang);
        ui.separator();
        // Classes, breaks and the PNG export belong to the value maps.
        let values = self.lisa.kind.is_none();
        if values {
            classify::controls(ui, lang, &mut self.settings);
        }
        if values
            && let Some(Ok(maps)) = &self.source.maps
            && let Some(first) = maps.first()
        {
            ui.add_space(4.0);
            let pooled = self.source.pooled_values(&self.settings);
            self.breaks.ui(ui, lang, &mut self.settings, &first.breaks, &pooled);
        }
        ui.separator();
        let action = geo::ui(ui, lang, &mut self.geo, self.source.join.as_ref());
        match action {
            geo::GeoAction::Load => {
                let request = FileRequest::open(file_texts::TITLE_LOAD_GEOJSON, Purpose::LoadGeoJson)
                    .filter(file_texts::FILTER_GEOJSON, &["geojson", "json"]);
                vc.commands.push(Command::RequestFile(request));
            }
            geo::GeoAction::Embedded => self.geo.use_embedded(),
            geo::GeoAction::None => {}
        }
        ui.separator();
        if let gridded::GriddedAction::Choose = gridded::ui(ui, lang, &mut self.gridded) {
            let request = FileRequest::open_many(file_texts::TITLE_ADD_GRIDDED, Purpose::AddGridded)
                .filter(file_texts::FILTER_GEOTIFF, &["tif", "tiff"]);
            vc.commands.push(Command::RequestFile(request));
        }
        if values {
            ui.separator();
            self.export_ui(ui, lang, vc);
        }
    }

    fn export_ui(&mut self, ui: &mut egui::Ui, lang: Lang, vc: &mut ViewCtx<'_>) {
        if !matches!(&self.source.maps, Some(Ok(_))) {
            return;
        }
        ui.horizontal(|ui| {
            ui.label(lang.t(&l::WIDTH_PX));
            let r = crate::engine::spatial::render::WIDTH_RANGE;
            ui.add(egui::DragValue::new(&mut self.settings.export_width).range(*r.start()..=*r.end()).speed(10))
                .accessible_name(format!("{}: {}", lang.t(&l::WIDTH_PX), self.settings.export_width));
        });
        let running = self.export.is_running();
        if ui.add_enabled(!running, egui::Button::new(lang.t(&l::EXPORT))).clicked() {
            let variable = self.source.column_of(&self.settings.variable).unwrap_or_default();
            let name = format!("{}_map.png", variable.replace(|c: char| !c.is_ascii_alphanumeric(), "_"));
            let request = FileRequest::save(file_texts::TITLE_EXPORT_MAP, name, Purpose::ExportMapPng)
                .filter(file_texts::FILTER_PNG, &["png"]);
            vc.commands.push(Command::RequestFile(request));
        }
        if running {
            ui.horizontal(|ui| {
                crate::gui::views::widgets::busy(ui);
                ui.label(lang.t(&l::EXPORTING));
            });
        }
        let colors = crate::gui::theme::palette(ui.visuals());
        match &self.export.status {
            Some(Ok(msg)) => {
                ui.colored_label(colors.ok, msg);
            }
            Some(Err(e)) => {
                ui.colored_label(colors.error, format!("{}: {}", lang.t(&l::EXPORT_FAILED), e.text(lang)));
            }
            None => {}
        }
    }
}
