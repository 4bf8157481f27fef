//! Palette tables against ColorBrewer as shipped by `palettable` 3.3.3 (fixture made by
//! `tests/fixtures/spatial/make_palette_fixture.py`).

use carbon_dml::engine::spatial::palette::{PaletteName, hex};

#[test]
fn every_scheme_and_size_equals_colorbrewer() {
    let fx: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/spatial/palettes_colorbrewer.json")).expect("fixture is JSON");
    let mut n = 0;
    for p in PaletteName::ALL {
        for k in 3..=9 {
            let want: Vec<&str> = fx["schemes"][p.label()][k.to_string()]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let got: Vec<String> = p.colors(k, false).into_iter().map(hex).collect();
            assert_eq!(got, want, "{} {k}", p.label());
            n += 1;
        }
    }
    assert_eq!(n, 28);
}
