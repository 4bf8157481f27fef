//! PNG export of the maps shown: the engine's renderer (`spatial::render`: same maps, title,
//! legend with counts, no-data list, data-source note, no north arrow) at a chosen width,
//! rendered on a background thread and written atomically.

use super::geo::UserGeo;
use super::labels as l;
use crate::engine::spatial::render::{RenderError, RenderSpec, render, write_png};
use crate::engine::spatial::text::{Face, Fonts, find_system_cjk_font};
use crate::engine::spatial::{Boundaries, MapData, MapGeometry};
use crate::gui::i18n::Lang;
use crate::gui::jobs::JobSlot;
use crate::locale::SharedError;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Fonts able to draw `texts`: the default Latin face, with a CJK fallback (a system font, else
/// the subset bundled with the window) when some text needs it.
pub fn fonts_for(texts: &[&str]) -> Fonts {
    let latin = Fonts::default();
    if texts.iter().all(|t| latin.covers(t)) {
        return latin;
    }
    match find_system_cjk_font().or_else(|| Face::from_static(crate::gui::fonts::BUNDLED_CJK).ok()) {
        Some(face) => Fonts::with_fallback(face),
        None => latin,
    }
}

/// Everything the export needs, owned so that it can move to a worker thread.
#[derive(Clone)]
pub struct ExportJob {
    /// User boundaries (`None`: the embedded provinces).
    pub user: Option<Arc<UserGeo>>,
    /// The maps shown.
    pub maps: Vec<MapData>,
    /// Picture settings.
    pub spec: RenderSpec,
}

impl ExportJob {
    /// Title, legend title and source note in `lang` for `variable` (its display name),
    /// `method` (e.g. "Natural breaks (Fisher-Jenks), 5 classes") and the data source.
    pub fn new(
        lang: Lang,
        user: Option<Arc<UserGeo>>,
        maps: Vec<MapData>,
        variable: &str,
        method: &str,
        data_source: &str,
        width: u32,
    ) -> ExportJob {
        let years: Vec<String> = maps.iter().filter_map(|m| m.year.map(|y| y.to_string())).collect();
        let sep = format!(" {} ", lang.t(&l::AND));
        let title = if years.is_empty() {
            format!("{variable} {}", lang.t(&l::BY_PROVINCE))
        } else {
            format!("{variable} {}{}{}", lang.t(&l::BY_PROVINCE), lang.t(&l::COMMA), years.join(&sep))
        };
        let boundaries = match &user {
            Some(u) => format!(
                "{}{}{}",
                lang.t(&l::BOUNDARIES),
                lang.t(&l::COLON),
                u.path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
            ),
            None => lang.t(&l::BOUNDARY_NOTE).to_string(),
        };
        let spec = RenderSpec {
            width,
            title,
            map_titles: Vec::new(),
            legend_title: format!("{variable}: {method}"),
            source_note: format!("{}{}{data_source}. {boundaries}", lang.t(&l::DATA), lang.t(&l::COLON)),
            chinese_names: lang == Lang::Zh,
        };
        ExportJob { user, maps, spec }
    }

    /// Render and write the PNG to `path` (atomically); returns its size in pixels.
    pub fn run(&self, path: &Path) -> Result<(usize, usize), RenderError> {
        let (geometry, boundaries): (&MapGeometry, &Boundaries) = match &self.user {
            Some(u) => (&u.geometry, &u.boundaries),
            None => (MapGeometry::embedded(), Boundaries::embedded()),
        };
        let mut texts: Vec<&str> = vec![&self.spec.title, &self.spec.legend_title, &self.spec.source_note];
        let names: Vec<String> = self
            .maps
            .iter()
            .flat_map(|m| &m.no_data)
            .map(|e| crate::engine::spatial::choropleth::feature_name(boundaries, e.feature, self.spec.chinese_names))
            .collect();
        texts.extend(names.iter().map(String::as_str));
        let fonts = fonts_for(&texts);
        let out = render(geometry, boundaries, &self.maps, &self.spec, &fonts)?;
        let size = (out.canvas.width, out.canvas.height);
        write_png(path, out.canvas)?;
        Ok(size)
    }
}

/// The export control: width, button, and the outcome of the last export.
pub struct ExportState {
    job: JobSlot<Result<(PathBuf, usize, usize), RenderError>>,
    /// Message of the last export: `Ok(saved ...)` or `Err(why)`, worded when shown.
    pub status: Option<Result<String, SharedError>>,
}

impl Default for ExportState {
    fn default() -> Self {
        ExportState { job: JobSlot::new("map-export"), status: None }
    }
}

impl ExportState {
    /// Start rendering `job` to `path` in the background.
    pub fn start(&mut self, job: ExportJob, path: PathBuf, wake: impl Fn() + Send + 'static) {
        self.status = None;
        self.job.spawn(wake, move |_| Ok(job.run(&path).map(|(w, h)| (path, w, h))));
    }

    /// Take a finished export.
    pub fn poll(&mut self, lang: Lang) {
        match self.job.poll() {
            Some(Ok(Ok((path, w, h)))) => {
                self.status = Some(Ok(format!("{} {} ({w} × {h} px)", lang.t(&l::SAVED), path.display())))
            }
            Some(Ok(Err(e))) => self.status = Some(Err(e.into())),
            Some(Err(e)) => self.status = Some(Err(SharedError::plain(e))),
            None => {}
        }
    }

    /// True while rendering.
    pub fn is_running(&self) -> bool {
        self.job.is_running()
    }
}
