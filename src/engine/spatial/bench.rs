//! Benchmark suite "maps": geometry built once, classification and recolouring (must fit in
//! a 16 ms frame), hit-testing, and the PNG export.

use super::breaks::{self, Method};
use super::choropleth::{MapSpec, compute_maps};
use super::geojson::{Boundaries, EMBEDDED_GEOJSON};
use super::join::{JoinSpec, join};
use super::palette::PaletteName;
use super::render::{RenderSpec, render};
use super::tessellate::MapGeometry;
use super::text::Fonts;
use super::{Albers, Fill};
use crate::engine::bench::{Measurement, measure};
use crate::engine::data::sample;

/// One frame at 60 Hz, the target for anything done on a user's change.
const FRAME_MS: f64 = 16.0;

/// Run the suite (`quick`: fewer repetitions).
pub fn suite(quick: bool) -> Vec<Measurement> {
    let runs = if quick { 3 } else { 15 };
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let mut out = Vec::new();
    out.push(measure("parse embedded GeoJSON (31 provinces)", None, runs, || {
        let b = Boundaries::parse(EMBEDDED_GEOJSON, "bench").map(|b| b.features.len()).unwrap_or(0);
        format!("{b} features")
    }));
    out.push(measure("project + tessellate all provinces (once per boundary set)", None, runs, || {
        let g = MapGeometry::build(b, &Albers::default());
        let tris: usize = g.features.iter().map(|f| f.indices.len() / 3).sum();
        let verts: usize = g.features.iter().map(|f| f.vertices.len()).sum();
        format!("{verts} vertices, {tris} triangles")
    }));
    let g = MapGeometry::embedded();
    let j = join(b, &panel, &JoinSpec::default());
    let values = panel.numeric("co2").map(<[f64]>::to_vec).unwrap_or_default();
    out.push(measure("classify + recolour 360 values (Jenks k=5, all rows)", Some(FRAME_MS), runs * 10, || {
        let Ok(br) = breaks::compute(&values, Method::Jenks, 5) else { return "error".into() };
        let colors = PaletteName::YlGnBu.colors(br.k(), false);
        let fills: Vec<[u8; 3]> = values.iter().map(|&v| br.classify(v).map_or([0; 3], |c| colors[c])).collect();
        format!("{} classes, {} fills", br.k(), fills.len())
    }));
    let spec = MapSpec { variable: "co2".into(), classes: 7, ..MapSpec::default() };
    if let Ok(j) = &j {
        out.push(measure("recompute 2 maps (2011 + 2022, shared Jenks k=7)", Some(FRAME_MS), runs * 10, || {
            let maps = compute_maps(&panel, b, j, &spec);
            maps.map(|m| format!("{} maps", m.len())).unwrap_or_else(|e| e.to_string())
        }));
    }
    let big: Vec<f64> = (0..278 * 12).map(|i| ((i * 7919) % 3336) as f64 * 0.37 + (i % 13) as f64).collect();
    out.push(measure("Jenks k=9 on 3,336 values (278 cities x 12 years)", None, runs.min(5), || {
        breaks::compute(&big, Method::Jenks, 9).map(|b| format!("{} classes", b.k())).unwrap_or_default()
    }));
    let proj = Albers::default().build();
    let points: Vec<[f64; 2]> =
        (0..1000).map(|i| proj.forward([74.0 + (i % 40) as f64 * 1.5, 18.0 + (i / 40) as f64 * 1.4])).collect();
    out.push(measure("hit-test 1,000 pointer positions", None, runs, || {
        let hits = points.iter().filter(|&&p| g.hit(p).is_some()).count();
        format!("{hits} hits")
    }));
    if let Ok(j) = &j
        && let Ok(maps) = compute_maps(&panel, b, j, &spec)
    {
        let fonts = Fonts::default();
        let rs = RenderSpec { width: 1600, title: "co2 by province, 2011 and 2022".into(), ..RenderSpec::default() };
        out.push(measure("render 2 maps at 1600 px wide (raster only)", None, runs.min(5), || {
            let r = render(g, b, &maps, &rs, &fonts);
            r.map(|r| format!("{} x {} px", r.canvas.width, r.canvas.height)).unwrap_or_else(|e| e.to_string())
        }));
        out.push(measure("render + PNG encode at 1600 px wide", None, runs.min(5), || {
            let Ok(r) = render(g, b, &maps, &rs, &fonts) else { return "error".into() };
            let img = r.canvas.into_image();
            let mut bytes = Vec::new();
            let ok = img.write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png).is_ok();
            let no_data = maps[0].features.iter().filter(|f| f.fill == Fill::NoData).count();
            format!("{} KiB PNG (ok: {ok}), {no_data} no-data feature", bytes.len() / 1024)
        }));
    }
    out
}
