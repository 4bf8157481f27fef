//! The exported PNG shows each province in its class colour: render the bundled panel, read
//! the PNG back, and compare the pixel at each province's inner point with its legend colour.

use carbon_dml::engine::data::sample;
use carbon_dml::engine::spatial::choropleth::{LegendScope, MapSpec, compute_maps};
use carbon_dml::engine::spatial::join::{JoinSpec, join};
use carbon_dml::engine::spatial::palette::{NO_DATA, PaletteName};
use carbon_dml::engine::spatial::render::{RenderSpec, render, write_png};
use carbon_dml::engine::spatial::text::Fonts;
use carbon_dml::engine::spatial::{Boundaries, Fill, MapGeometry, Method};

#[test]
fn png_interior_pixels_have_their_class_colour() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let g = MapGeometry::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let spec = MapSpec {
        variable: "gdp".into(),
        years: vec![2011, 2022],
        method: Method::Jenks,
        classes: 5,
        palette: PaletteName::YlOrRd,
        legend: LegendScope::PerMap,
        ..MapSpec::default()
    };
    let maps = compute_maps(&panel, b, &j, &spec).unwrap();
    let rs = RenderSpec { width: 1200, title: "GDP by province".into(), ..RenderSpec::default() };
    let out = render(g, b, &maps, &rs, &Fonts::default()).unwrap();
    let panels = out.panels.clone();
    let dir = std::env::temp_dir().join(format!("carbon-dml-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("map.png");
    write_png(&path, out.canvas).unwrap();
    let img = image::open(&path).unwrap().to_rgba8();
    assert_eq!(img.width(), 1200);
    let (mut checked, mut no_data_checked) = (0, 0);
    for (m, t) in maps.iter().zip(&panels) {
        for (i, f) in g.features.iter().enumerate() {
            if f.label_radius * t.scale < 4.0 {
                continue; // too small to have a pixel clear of outlines and anti-aliasing
            }
            let [x, y] = t.to_pixel(f.label_point);
            let px = img.get_pixel(x.floor() as u32, y.floor() as u32).0;
            match m.features[i].fill {
                Fill::Class(c, rgb) => {
                    assert_eq!([px[0], px[1], px[2]], rgb, "{:?} feature {i}", m.year);
                    assert_eq!(m.legend[c].color, rgb);
                    checked += 1;
                }
                Fill::NoData => {
                    // Grey fill or hatch line, never a class colour.
                    let p = [px[0], px[1], px[2]];
                    assert!(
                        p == NO_DATA.fill || p == NO_DATA.hatch || p.iter().all(|v| (0x9e..=0xe8).contains(v)),
                        "{p:?}"
                    );
                    no_data_checked += 1;
                }
            }
        }
    }
    assert!(checked >= 40, "{checked} interior pixels checked");
    assert_eq!(no_data_checked, 2, "Tibet on both maps");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_rejects_bad_widths() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let spec = MapSpec { variable: "co2".into(), years: vec![2015], ..MapSpec::default() };
    let maps = compute_maps(&panel, b, &j, &spec).unwrap();
    let rs = RenderSpec { width: 10, ..RenderSpec::default() };
    assert!(render(MapGeometry::embedded(), b, &maps, &rs, &Fonts::default()).is_err());
    assert!(render(MapGeometry::embedded(), b, &[], &RenderSpec::default(), &Fonts::default()).is_err());
}
