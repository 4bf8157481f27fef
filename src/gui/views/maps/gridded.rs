//! "Add gridded data…" in the Maps view: GeoTIFF rasters (one a year or a month) summed or
//! averaged per unit over the boundaries in use (joined to the panel as the maps are), with
//! exact coverage weighting of edge cells, on a background job (progress, cancel, panics
//! caught); the result becomes a panel column by year (`Command::AddColumn`).

use super::labels as l;
use crate::engine::data::Panel;
use crate::engine::spatial::Boundaries;
use crate::engine::spatial::join::{JoinSpec, join};
use crate::engine::spatial::zonal::extract::boundary_rings;
use crate::engine::spatial::zonal::files::{ZonalRequest, zonal_files};
use crate::engine::spatial::zonal::period::{Combine, UnitYear};
use crate::engine::spatial::zonal::units::{FeatureUnits, Stat};
use crate::gui::i18n::Lang;
use crate::gui::jobs::{CANCELLED, JobSlot, JobState};
use crate::locale::SharedError;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// What a finished job hands to the app.
#[derive(Clone, Debug)]
pub struct GriddedColumn {
    /// Name of the new column.
    pub name: String,
    /// `unit, year, value` rows.
    pub rows: Arc<Vec<UnitYear>>,
}

/// The panel's state: options, the job and the last outcome.
pub struct GriddedState {
    /// Sum or mean per unit.
    pub stat: Stat,
    /// How months combine into the year.
    pub months: Combine,
    /// Name of the column to add.
    pub column: String,
    job: JobSlot<Result<GriddedColumn, SharedError>>,
    /// The last outcome, shown under the button (a failure is worded when shown).
    pub status: Option<Result<String, SharedError>>,
}

impl Default for GriddedState {
    fn default() -> Self {
        GriddedState {
            stat: Stat::Sum,
            months: Combine::Sum,
            column: "co2_grid".into(),
            job: JobSlot::new("gridded"),
            status: None,
        }
    }
}

impl GriddedState {
    /// Start the job on `paths` over `boundaries` joined to `panel` by `spec`.
    pub fn start(
        &mut self,
        paths: Vec<PathBuf>,
        boundaries: Boundaries,
        spec: JoinSpec,
        panel: Arc<Panel>,
        wake: impl Fn() + Send + 'static,
    ) {
        self.status = None;
        let (stat, months) = (self.stat, self.months);
        let name = self.column.trim().to_string();
        self.job.spawn(wake, move |jc| {
            let j = match join(&boundaries, &panel, &spec) {
                Ok(j) => j,
                Err(e) => return Ok(Err(e.into())),
            };
            let labels = panel.unit.as_ref().map(|u| u.labels.clone()).unwrap_or_default();
            let units = FeatureUnits::from_join(&j, &labels);
            let req = ZonalRequest { paths, band: 1, stat, months: Some(months), years: Vec::new() };
            let total = 1000u32;
            jc.progress.set_total(total);
            let mut progress = |f: f64| {
                jc.progress.set_done((f * f64::from(total)) as u32);
                !jc.cancel.load(Ordering::Relaxed)
            };
            match zonal_files(&req, &boundary_rings(&boundaries), &units, &mut progress) {
                Ok(Some(z)) => Ok(Ok(GriddedColumn { name, rows: Arc::new(z.rows) })),
                Ok(None) => Err(CANCELLED.into()),
                Err(e) => Ok(Err(e.into())),
            }
        });
    }

    /// Take a finished job's column.
    pub fn poll(&mut self) -> Option<GriddedColumn> {
        match self.job.poll() {
            Some(Ok(Ok(c))) => Some(c),
            Some(Ok(Err(e))) => {
                self.status = Some(Err(e));
                None
            }
            Some(Err(e)) => {
                self.status = Some(Err(SharedError::plain(e)));
                None
            }
            None => None,
        }
    }
}

/// What the panel asks for.
pub enum GriddedAction {
    /// Nothing.
    None,
    /// Choose the raster files.
    Choose,
}

/// The panel: options, the button, progress with cancel, the last outcome.
pub fn ui(ui: &mut egui::Ui, lang: Lang, g: &mut GriddedState) -> GriddedAction {
    let mut action = GriddedAction::None;
    ui.strong(lang.t(&l::GRIDDED));
    ui.label(egui::RichText::new(lang.t(&l::GRIDDED_NOTE)).small());
    ui.horizontal(|ui| {
        ui.label(lang.t(&l::GRIDDED_STAT));
        ui.radio_value(&mut g.stat, Stat::Sum, lang.t(&l::GRIDDED_SUM));
        ui.radio_value(&mut g.stat, Stat::Mean, lang.t(&l::GRIDDED_MEAN));
    });
    ui.horizontal(|ui| {
        ui.label(lang.t(&l::GRIDDED_MONTHS));
        ui.radio_value(&mut g.months, Combine::Sum, lang.t(&l::GRIDDED_SUM));
        ui.radio_value(&mut g.months, Combine::Mean, lang.t(&l::GRIDDED_MEAN));
    });
    ui.horizontal(|ui| {
        ui.label(lang.t(&l::GRIDDED_COLUMN));
        ui.add(egui::TextEdit::singleline(&mut g.column).desired_width(140.0)).accessible_name(format!(
            "{}: {}",
            lang.t(&l::GRIDDED_COLUMN),
            g.column
        ));
    });
    let running = g.job.is_running();
    let named = !g.column.trim().is_empty();
    if ui.add_enabled(!running && named, egui::Button::new(lang.t(&l::GRIDDED_ADD))).clicked() {
        action = GriddedAction::Choose;
    }
    if running {
        ui.horizontal(|ui| {
            ui.add(egui::ProgressBar::new(g.job.progress().unwrap_or(0.0)).desired_width(160.0).show_percentage());
            if ui.small_button(lang.t(&l::GRIDDED_CANCEL)).clicked() {
                g.job.cancel();
            }
        });
    }
    let colors = crate::gui::theme::palette(ui.visuals());
    match (&g.status, g.job.state()) {
        (_, JobState::Cancelled) => {
            ui.label(lang.t(&l::GRIDDED_CANCELLED));
        }
        (Some(Ok(msg)), _) => {
            ui.colored_label(colors.ok, msg);
        }
        (Some(Err(e)), _) => {
            ui.colored_label(colors.error, e.text(lang));
        }
        (None, _) => {}
    }
    action
}
