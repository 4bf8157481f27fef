//! Where a row of the panel is, for messages: its unit and year, or its row number when the
//! panel has neither ([`Place`], worded by `crate::locale`; `Display` is the English wording,
//! `Beijing 2015` or `row 12 (2015)`).

use super::Panel;

/// A row of the panel as a reader finds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The unit's label, if the panel has units.
    pub unit: Option<String>,
    /// The year, if the panel has years.
    pub year: Option<i32>,
    /// The row, 1-based (shown only without a unit).
    pub row: usize,
}

impl Place {
    /// Where row `r` (0-based) of `panel` is.
    pub fn of(panel: &Panel, r: usize) -> Place {
        Place { unit: panel.unit_label(r).map(str::to_string), year: panel.year_of(r), row: r + 1 }
    }
}

crate::english_wording!(Place);
