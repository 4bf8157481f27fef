//! Choropleth data from the bundled panel: legends, shared vs per-map breaks, no-data units,
//! diverging palettes centred on zero, user breaks, and the persisted spec.

use carbon_dml::engine::data::sample;
use carbon_dml::engine::spatial::breaks::{self, Method};
use carbon_dml::engine::spatial::choropleth::{
    LegendScope, MapError, MapSpec, NoDataReason, column_values, compute_maps,
};
use carbon_dml::engine::spatial::join::{JoinSpec, join};
use carbon_dml::engine::spatial::palette::{PaletteName, hex};
use carbon_dml::engine::spatial::series::{median_series, unit_series};
use carbon_dml::engine::spatial::{Boundaries, Fill};

#[test]
fn shared_legend_pools_years_and_per_map_legends_equal_the_breaks_command() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let spec = MapSpec { variable: "gdp".into(), ..MapSpec::default() };
    let shared = compute_maps(&panel, b, &j, &spec).unwrap();
    assert_eq!(shared.len(), 2);
    assert_eq!(shared[0].breaks, shared[1].breaks);
    let mut pooled = column_values(&panel, "gdp", Some(2011)).unwrap();
    pooled.extend(column_values(&panel, "gdp", Some(2022)).unwrap());
    assert_eq!(shared[0].breaks.upper, breaks::compute(&pooled, Method::Jenks, 5).unwrap().upper);
    let per = compute_maps(&panel, b, &j, &MapSpec { legend: LegendScope::PerMap, ..spec.clone() }).unwrap();
    for m in &per {
        let v = column_values(&panel, "gdp", m.year).unwrap();
        let want = breaks::compute(&v, Method::Jenks, 5).unwrap();
        assert_eq!(m.breaks.upper, want.upper);
        let counts: Vec<usize> = m.legend.iter().map(|e| e.count).collect();
        assert_eq!(counts, want.counts(&v));
        assert_eq!(counts.iter().sum::<usize>(), 30);
        // Every drawn feature's colour is its legend row's colour.
        for f in &m.features {
            if let Fill::Class(c, rgb) = f.fill {
                assert_eq!(m.legend[c].color, rgb);
                assert_eq!(m.breaks.classify(f.value.unwrap()), Some(c));
            }
        }
        assert_eq!(m.no_data.len(), 1);
        assert_eq!(m.no_data[0].name, "Tibet");
        assert_eq!(m.no_data[0].reason, NoDataReason::NotInData);
    }
    assert_ne!(per[0].breaks, per[1].breaks);
}

#[test]
fn missing_values_are_no_data_for_that_year_only() {
    let mut panel = sample::bundled_panel();
    let rows: Vec<usize> = (0..panel.n_rows()).collect();
    let mut v = panel.numeric("co2").unwrap().to_vec();
    let beijing_2011 = rows
        .iter()
        .copied()
        .find(|&r| panel.unit_label(r) == Some("Beijing") && panel.year_of(r) == Some(2011))
        .unwrap();
    v[beijing_2011] = f64::NAN;
    panel.set_numeric("co2", v);
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let maps = compute_maps(&panel, b, &j, &MapSpec { variable: "co2".into(), ..MapSpec::default() }).unwrap();
    let names = |i: usize| maps[i].no_data.iter().map(|e| (e.name.clone(), e.reason)).collect::<Vec<_>>();
    assert_eq!(names(0), vec![("Beijing".into(), NoDataReason::Missing), ("Tibet".into(), NoDataReason::NotInData)]);
    assert_eq!(names(1), vec![("Tibet".into(), NoDataReason::NotInData)]);
    assert_eq!(maps[0].legend.iter().map(|e| e.count).sum::<usize>(), 29);
}

#[test]
fn diverging_palette_puts_zero_on_the_neutral_colour() {
    let mut panel = sample::bundled_panel();
    let co2 = panel.numeric("co2").unwrap().to_vec();
    let mean = co2.iter().sum::<f64>() / co2.len() as f64;
    panel.set_numeric("resid", co2.iter().map(|v| v - mean).collect());
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let spec = MapSpec {
        variable: "resid".into(),
        years: vec![2022],
        method: Method::Equal,
        classes: 5,
        palette: PaletteName::RdBu,
        ..MapSpec::default()
    };
    let m = &compute_maps(&panel, b, &j, &spec).unwrap()[0];
    let zero_class = m.breaks.classify(0.0).unwrap();
    let (lo, hi) = m.breaks.range(zero_class);
    assert!(lo < 0.0 && hi > 0.0, "zero inside a class");
    assert_eq!(hex(m.legend[zero_class].color), "#f7f7f7", "neutral colour on the class holding zero");
    let plain = compute_maps(&panel, b, &j, &MapSpec { center_diverging: false, ..spec }).unwrap();
    assert_eq!(plain[0].legend.iter().map(|e| e.color).collect::<Vec<_>>(), PaletteName::RdBu.colors(5, false));
}

#[test]
fn user_breaks_reverse_and_errors() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let spec = MapSpec {
        variable: "gdp".into(),
        years: vec![2011],
        manual_breaks: vec![10000.0, 30000.0, 200000.0],
        reverse: true,
        ..MapSpec::default()
    };
    let m = &compute_maps(&panel, b, &j, &spec).unwrap()[0];
    assert_eq!(m.breaks.upper, vec![10000.0, 30000.0, 200000.0]);
    assert_eq!(m.legend[0].color, PaletteName::YlGnBu.colors(3, true)[0]);
    assert_eq!(m.legend[0].color, PaletteName::YlGnBu.colors(3, false)[2]);
    let bad = MapSpec { manual_breaks: vec![10000.0, 20000.0], ..spec.clone() };
    assert!(matches!(compute_maps(&panel, b, &j, &bad), Err(MapError::Breaks(_))));
    let year = MapSpec { years: vec![2030], ..spec.clone() };
    let err = compute_maps(&panel, b, &j, &year).unwrap_err();
    assert_eq!(err, MapError::YearMissing { year: 2030, first: 2011, last: 2022 });
    let var = MapSpec { variable: "CEE_typo".into(), ..spec };
    assert!(compute_maps(&panel, b, &j, &var).unwrap_err().to_string().contains("no numeric column \"CEE_typo\""));
}

#[test]
fn spec_fields_default_when_absent() {
    let s: MapSpec = serde_json::from_str(r#"{"variable":"CIWB","reverse":true}"#).unwrap();
    assert_eq!(s.variable, "CIWB");
    assert!(s.reverse);
    assert_eq!(s.years, vec![2011, 2022]);
    assert_eq!(s.classes, 5);
    assert_eq!(s.method, Method::Jenks);
}

#[test]
fn unit_and_median_series() {
    let panel = sample::bundled_panel();
    let s = unit_series(&panel, "gdp", 0);
    assert_eq!(s.len(), 12);
    assert_eq!(s[0].0, 2011);
    let med = median_series(&panel, "gdp");
    assert_eq!(med.len(), 12);
    let mut y2011 = column_values(&panel, "gdp", Some(2011)).unwrap();
    y2011.sort_by(f64::total_cmp);
    assert_eq!(med[0], (2011, (y2011[14] + y2011[15]) / 2.0));
}

#[test]
fn hover_text_names_value_and_class() {
    let panel = sample::bundled_panel();
    let b = Boundaries::embedded();
    let j = join(b, &panel, &JoinSpec::default()).unwrap();
    let m = &compute_maps(&panel, b, &j, &MapSpec { variable: "gdp".into(), years: vec![2011], ..MapSpec::default() })
        .unwrap()[0];
    let sichuan = b.features.iter().position(|f| f.property("name_en") == Some("Sichuan")).unwrap();
    let tibet = b.features.iter().position(|f| f.property("name_en") == Some("Tibet")).unwrap();
    let t = carbon_dml::engine::spatial::choropleth::hover_text(b, m, sichuan, false);
    assert!(t.starts_with("Sichuan: ") && t.contains("of 5"), "{t}");
    let zh = carbon_dml::engine::spatial::choropleth::hover_text(b, m, tibet, true);
    assert_eq!(zh, "西藏: no data");
}
