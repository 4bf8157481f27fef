//! Transforms against pandas / numpy (fixture made by `tests/fixtures/transform/make_fixtures.py`).

use carbon_dml::engine::data::sample::bundled_panel;
use carbon_dml::engine::dml::design::Roles;
use carbon_dml::engine::transform::{TransformError, Transforms, Winsor, apply};

const EXPECTED: &str = include_str!("fixtures/transform/expected.csv");

fn expected(col: &str) -> Vec<f64> {
    let mut lines = EXPECTED.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let j = header.iter().position(|h| *h == col).unwrap_or_else(|| panic!("no column {col}"));
    lines.map(|l| l.split(',').nth(j).and_then(|s| s.parse().ok()).unwrap_or(f64::NAN)).collect()
}

fn same(ours: &[f64], theirs: &[f64], what: &str) {
    assert_eq!(ours.len(), theirs.len());
    for (i, (a, b)) in ours.iter().zip(theirs).enumerate() {
        if b.is_nan() {
            assert!(a.is_nan(), "{what} row {i}: ours {a}, reference missing");
        } else {
            assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{what} row {i}: ours {a}, reference {b}");
        }
    }
}

fn roles(outcome: &str, treatment: &str, controls: &[&str]) -> Roles {
    Roles {
        outcome: outcome.into(),
        treatment: treatment.into(),
        controls: controls.iter().map(|s| s.to_string()).collect(),
        instrument: None,
    }
}

#[test]
fn interpolation_matches_pandas() {
    let p = bundled_panel();
    let all: Vec<usize> = (0..p.n_rows()).collect();
    let t = Transforms { interpolate: true, ..Default::default() };
    let a = apply(&p, &roles("gdp", "rd_intensity", &["green"]), &all, &t).unwrap();
    same(a.panel.numeric("green").unwrap(), &expected("interp_green"), "green");
    same(a.panel.numeric("rd_intensity").unwrap(), &expected("interp_rd_intensity"), "rd_intensity");
    let filled: usize = a.notes.iter().map(|n| n.cells).sum();
    assert_eq!(filled, 4, "{:?}", a.notes);
}

#[test]
fn lag_log_and_winsorizing_match_numpy() {
    let p = bundled_panel();
    let all: Vec<usize> = (0..p.n_rows()).collect();
    let t = Transforms {
        log: vec!["gdp".into()],
        lag_treatment: true,
        winsorize_controls: Some(Winsor::default()),
        ..Default::default()
    };
    let a = apply(&p, &roles("gdp", "internet_users", &["lngdp"]), &all, &t).unwrap();
    assert_eq!(a.roles.outcome, "ln(gdp)");
    assert_eq!(a.roles.treatment, "L.internet_users");
    assert_eq!(a.roles.controls, vec!["w(lngdp)"]);
    same(a.panel.numeric("ln(gdp)").unwrap(), &expected("ln_gdp"), "ln gdp");
    same(a.panel.numeric("L.internet_users").unwrap(), &expected("lag_internet_users"), "lag");
    same(a.panel.numeric("w(lngdp)").unwrap(), &expected("w_lngdp_1_99"), "winsorized lngdp");
    let lag_note = a.notes.iter().find(|n| n.transform == "lag").unwrap();
    assert_eq!(lag_note.cells, 30, "one first year per province");

    let t = Transforms {
        winsorize_controls: Some(Winsor { lower: 5.0, upper: 95.0 }),
        square_controls: true,
        ..Default::default()
    };
    let a = apply(&p, &roles("gdp", "internet_users", &["green"]), &all, &t).unwrap();
    same(a.panel.numeric("w(green)").unwrap(), &expected("w_green_5_95"), "winsorized green");
    assert_eq!(a.roles.controls, vec!["w(green)", "w(green)^2"]);
    let w = a.panel.numeric("w(green)").unwrap();
    let sq = a.panel.numeric("w(green)^2").unwrap();
    assert!(w.iter().zip(sq).all(|(a, b)| (a.is_nan() && b.is_nan()) || a * a == *b));
}

#[test]
fn log_of_non_positive_values_is_an_error_naming_the_cell() {
    let mut p = bundled_panel();
    let mut v = p.numeric("gdp").unwrap().to_vec();
    v[13] = 0.0;
    p.set_numeric("gdp", v);
    let all: Vec<usize> = (0..p.n_rows()).collect();
    let t = Transforms { log: vec!["gdp".into()], ..Default::default() };
    let e = apply(&p, &roles("gdp", "internet_users", &[]), &all, &t).unwrap_err();
    assert!(matches!(&e, TransformError::NonPositive { count: 1, .. }));
    assert!(e.to_string().contains("Tianjin 2012"), "{e}");
}

#[test]
fn the_studys_instrument_is_z_times_lagged_d() {
    let p = bundled_panel();
    let all: Vec<usize> = (0..p.n_rows()).collect();
    let mut r = roles("gdp", "internet_users", &[]);
    r.instrument = Some("telegraph1907".into());
    let t = Transforms { instrument_times_lagged_treatment: true, ..Default::default() };
    let a = apply(&p, &r, &all, &t).unwrap();
    assert_eq!(a.roles.instrument.as_deref(), Some("telegraph1907 x L.internet_users"));
    assert_eq!(a.roles.treatment, "internet_users", "D itself is not lagged");
    let z = a.panel.numeric("telegraph1907 x L.internet_users").unwrap();
    let tel = p.numeric("telegraph1907").unwrap();
    let lag = expected("lag_internet_users");
    same(z, &tel.iter().zip(&lag).map(|(a, b)| a * b).collect::<Vec<_>>(), "instrument");
}
