//! The design: panel + variable roles -> `y`, `d`, `z`, `X` with fixed effects, after listwise
//! deletion of incomplete rows (reported per column, never silent).
//!
//! Fixed effects enter as dummy controls (first unit / first year left out) or through the
//! within transformation `v_it - mean_t(v_it)` of `Y`, `D`, `Z` and every control, unit by unit.

use super::spec::FixedEffects;
use crate::engine::data::Panel;
use crate::engine::learners::Features;

/// Most dummy columns the design builds; more units call for the within transformation.
pub const MAX_DUMMIES: usize = 500;

/// Which columns play which role.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Roles {
    /// Outcome `Y`.
    pub outcome: String,
    /// Treatment `D`.
    pub treatment: String,
    /// Controls `X`.
    pub controls: Vec<String>,
    /// Instrument `Z` (PLIV).
    pub instrument: Option<String>,
}

/// What the design is built from besides the panel.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DesignSpec {
    /// Variable roles.
    pub roles: Roles,
    /// Fixed effects.
    pub fixed_effects: FixedEffects,
    /// Fold-id column, kept aligned with the design rows.
    pub fold_column: Option<String>,
}

/// Rows removed by listwise deletion.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Dropped {
    /// Rows removed.
    pub total: usize,
    /// Missing cells per column (a row may count in several columns), in role order.
    pub by_column: Vec<(String, usize)>,
}

/// Why a design could not be built.
#[derive(Debug, Clone, PartialEq)]
pub enum DesignError {
    /// A column is not in the data.
    UnknownColumn {
        /// Column name.
        name: String,
        /// Role such as "outcome".
        role: &'static str,
        /// Comma-separated list of numeric columns.
        available: String,
    },
    /// A column holds text.
    NotNumeric {
        /// Column name.
        name: String,
        /// Role.
        role: &'static str,
    },
    /// Fixed effects need a unit or year column.
    NoIndex {
        /// "unit" or "year".
        what: &'static str,
    },
    /// Too many dummy columns.
    TooManyDummies {
        /// Dummies that would be built.
        count: usize,
    },
    /// No complete row is left.
    NoRows {
        /// Missing counts per column.
        detail: String,
    },
}

/// The estimation arrays.
#[derive(Clone, Debug, PartialEq)]
pub struct Design {
    /// Roles the design was built from.
    pub roles: Roles,
    /// Outcome.
    pub y: Vec<f64>,
    /// Treatment.
    pub d: Vec<f64>,
    /// Instrument.
    pub z: Option<Vec<f64>>,
    /// Controls (and fixed-effect dummies).
    pub x: Features,
    /// Names of the columns of `x`.
    pub x_names: Vec<String>,
    /// Panel row of every design row.
    pub rows: Vec<usize>,
    /// Dense unit id (0..n_units) per design row, when the data has units.
    pub units: Option<Vec<u32>>,
    /// Unit labels by dense id.
    pub unit_labels: Vec<String>,
    /// Dense year id (0..n_years, ascending years) per design row, when the data has years.
    pub years: Option<Vec<u32>>,
    /// Years by dense id.
    pub year_values: Vec<i32>,
    /// Fold ids per design row (fold-column scheme).
    pub fold_ids: Option<Vec<f64>>,
    /// Listwise deletion.
    pub dropped: Dropped,
}

impl Design {
    /// Number of rows.
    pub fn n(&self) -> usize {
        self.y.len()
    }
}

fn numeric<'a>(panel: &'a Panel, name: &str, role: &'static str) -> Result<&'a [f64], DesignError> {
    match panel.column(name) {
        None => Err(DesignError::UnknownColumn {
            name: name.to_string(),
            role,
            available: panel.numeric_names().join(", "),
        }),
        Some(_) => panel.numeric(name).ok_or(DesignError::NotNumeric { name: name.to_string(), role }),
    }
}

/// Dense ids of `keys` (sorted distinct values get 0, 1, ...) and the distinct values.
fn dense<T: Ord + Copy>(keys: &[T]) -> (Vec<u32>, Vec<T>) {
    let mut distinct = keys.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let ids = keys.iter().map(|k| distinct.binary_search(k).unwrap_or(0) as u32).collect();
    (ids, distinct)
}

/// Build the design on `candidates` (panel rows passing the sample filter).
pub fn build(panel: &Panel, candidates: &[usize], spec: &DesignSpec) -> Result<Design, DesignError> {
    let r = &spec.roles;
    let mut cols: Vec<(String, &[f64])> = vec![
        (r.outcome.clone(), numeric(panel, &r.outcome, "outcome")?),
        (r.treatment.clone(), numeric(panel, &r.treatment, "treatment")?),
    ];
    if let Some(z) = &r.instrument {
        cols.push((z.clone(), numeric(panel, z, "instrument")?));
    }
    for c in &r.controls {
        cols.push((c.clone(), numeric(panel, c, "control")?));
    }
    if let Some(f) = &spec.fold_column {
        cols.push((f.clone(), numeric(panel, f, "fold_column")?));
    }
    let fe = spec.fixed_effects;
    let need_unit = matches!(fe, FixedEffects::Unit | FixedEffects::UnitYear | FixedEffects::Within);
    let need_year = matches!(fe, FixedEffects::Year | FixedEffects::UnitYear);
    if need_unit && panel.unit.is_none() {
        return Err(DesignError::NoIndex { what: "unit" });
    }
    if need_year && panel.year.is_none() {
        return Err(DesignError::NoIndex { what: "year" });
    }

    let mut missing = vec![0usize; cols.len()];
    let mut rows = Vec::with_capacity(candidates.len());
    for &row in candidates {
        let mut ok = true;
        for (j, (_, v)) in cols.iter().enumerate() {
            if !v[row].is_finite() {
                missing[j] += 1;
                ok = false;
            }
        }
        if ok {
            rows.push(row);
        }
    }
    let by_column: Vec<(String, usize)> =
        cols.iter().zip(&missing).filter(|(_, m)| **m > 0).map(|((n, _), m)| (n.clone(), *m)).collect();
    let dropped = Dropped { total: candidates.len() - rows.len(), by_column };
    if rows.is_empty() {
        let detail = dropped.by_column.iter().map(|(n, m)| format!("{n}: {m}")).collect::<Vec<_>>().join(", ");
        return Err(DesignError::NoRows { detail });
    }

    let (units, unit_labels) = match &panel.unit {
        Some(u) => {
            let (ids, distinct) = dense(&rows.iter().map(|&r| u.ids[r]).collect::<Vec<_>>());
            (Some(ids), distinct.iter().map(|&i| u.labels[i as usize].clone()).collect())
        }
        None => (None, Vec::new()),
    };
    let (years, year_values) = match &panel.year {
        Some(y) => {
            let (ids, distinct) = dense(&rows.iter().map(|&r| y.years[r]).collect::<Vec<_>>());
            (Some(ids), distinct)
        }
        None => (None, Vec::new()),
    };

    let take = |v: &[f64]| -> Vec<f64> { rows.iter().map(|&r| v[r]).collect() };
    let mut y = take(cols[0].1);
    let mut d = take(cols[1].1);
    let zi = usize::from(r.instrument.is_some());
    let mut z = r.instrument.as_ref().map(|_| take(cols[2].1));
    let mut xcols: Vec<Vec<f64>> = (0..r.controls.len()).map(|j| take(cols[2 + zi + j].1)).collect();
    let mut x_names = r.controls.clone();
    let fold_ids = spec.fold_column.as_ref().map(|_| take(cols[cols.len() - 1].1));

    let n_dummies = |n: usize| n.saturating_sub(1);
    let count = match fe {
        FixedEffects::Unit => n_dummies(unit_labels.len()),
        FixedEffects::Year => n_dummies(year_values.len()),
        FixedEffects::UnitYear => n_dummies(unit_labels.len()) + n_dummies(year_values.len()),
        _ => 0,
    };
    if count > MAX_DUMMIES {
        return Err(DesignError::TooManyDummies { count });
    }
    if let (FixedEffects::Unit | FixedEffects::UnitYear, Some(ids)) = (fe, &units) {
        for (g, label) in unit_labels.iter().enumerate().skip(1) {
            xcols.push(ids.iter().map(|&i| f64::from(u8::from(i as usize == g))).collect());
            x_names.push(format!("unit={label}"));
        }
    }
    if let (FixedEffects::Year | FixedEffects::UnitYear, Some(ids)) = (fe, &years) {
        for (g, yv) in year_values.iter().enumerate().skip(1) {
            xcols.push(ids.iter().map(|&i| f64::from(u8::from(i as usize == g))).collect());
            x_names.push(format!("year={yv}"));
        }
    }
    if let (FixedEffects::Within, Some(ids)) = (fe, &units) {
        let groups = unit_labels.len();
        demean(&mut y, ids, groups);
        demean(&mut d, ids, groups);
        if let Some(z) = z.as_mut() {
            demean(z, ids, groups);
        }
        for c in &mut xcols {
            demean(c, ids, groups);
        }
    }
    let n = rows.len();
    let x = Features::from_fn(n, xcols.len(), |i, j| xcols[j][i]);
    Ok(Design {
        roles: r.clone(),
        y,
        d,
        z,
        x,
        x_names,
        rows,
        units,
        unit_labels,
        years,
        year_values,
        fold_ids,
        dropped,
    })
}

/// Subtract group means in place: `v_i - mean_{j in group(i)} v_j`.
pub fn demean(v: &mut [f64], groups: &[u32], n_groups: usize) {
    let mut sum = vec![0.0; n_groups];
    let mut cnt = vec![0usize; n_groups];
    for (x, &g) in v.iter().zip(groups) {
        sum[g as usize] += x;
        cnt[g as usize] += 1;
    }
    for (x, &g) in v.iter_mut().zip(groups) {
        *x -= sum[g as usize] / cnt[g as usize] as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::sample::bundled_panel;

    fn spec(fe: FixedEffects) -> DesignSpec {
        DesignSpec {
            roles: Roles {
                outcome: "gdp".into(),
                treatment: "internet_users".into(),
                controls: vec!["lnpop".into(), "human".into()],
                instrument: None,
            },
            fixed_effects: fe,
            fold_column: None,
        }
    }

    #[test]
    fn dummies_leave_out_first_unit_and_year() {
        let p = bundled_panel();
        let rows: Vec<usize> = (0..p.n_rows()).collect();
        let d = build(&p, &rows, &spec(FixedEffects::UnitYear)).unwrap();
        assert_eq!(d.n(), 360);
        assert_eq!(d.x.ncols(), 2 + 29 + 11);
        assert_eq!(d.x_names[2], "unit=Tianjin");
        assert_eq!(d.x_names[31], "year=2012");
        assert_eq!(d.x[(0, 2)], 0.0);
        assert_eq!(d.x[(12, 2)], 1.0);
    }

    #[test]
    fn within_removes_unit_means() {
        let p = bundled_panel();
        let rows: Vec<usize> = (0..p.n_rows()).collect();
        let d = build(&p, &rows, &spec(FixedEffects::Within)).unwrap();
        let ids = d.units.as_ref().unwrap();
        let s: f64 = d.y.iter().zip(ids).filter(|(_, g)| **g == 3).map(|(v, _)| v).sum();
        assert!(s.abs() < 1e-8, "{s}");
    }

    #[test]
    fn missing_cells_are_dropped_and_reported() {
        let mut p = bundled_panel();
        let mut g = p.numeric("human").unwrap().to_vec();
        g[5] = f64::NAN;
        g[7] = f64::NAN;
        p.set_numeric("human", g);
        let rows: Vec<usize> = (0..p.n_rows()).collect();
        let d = build(&p, &rows, &spec(FixedEffects::None)).unwrap();
        assert_eq!(d.n(), 358);
        assert_eq!(d.dropped.total, 2);
        assert_eq!(d.dropped.by_column, vec![("human".to_string(), 2)]);
        assert!(!d.rows.contains(&5));
    }

    #[test]
    fn unknown_column_lists_the_available_ones() {
        let p = bundled_panel();
        let mut s = spec(FixedEffects::None);
        s.roles.outcome = "CEE".into();
        let e = build(&p, &[0, 1], &s).unwrap_err();
        assert!(e.to_string().contains("no column \"CEE\"") && e.to_string().contains("lngdp"), "{e}");
    }
}
