//! Wording of the spatial engine's typed values (what a set of weights is, the remarks of a
//! Moran analysis, a classification method, a raster's CRS) and of the region names they list,
//! from `assets/locales/<lang>/spatial.ftl`.

use super::fluent::Message;
use super::{Lang, Worded};
use crate::engine::spatial::breaks::Method;
use crate::engine::spatial::moran::{Cluster, MoranNote};
use crate::engine::spatial::render::MapWords;
use crate::engine::spatial::weights::WeightsDescription;
use crate::engine::spatial::weights::contiguity::Rule;
use crate::engine::spatial::zonal::crs::Crs;

impl Worded for WeightsDescription {
    fn worded(&self, lang: Lang) -> String {
        match self {
            WeightsDescription::Contiguity { rule, snap_km } => {
                let rule = Message::new("weights-rule")
                    .arg(
                        "rule",
                        match rule {
                            Rule::Queen => "queen",
                            Rule::Rook => "rook",
                        },
                    )
                    .render(lang);
                if *snap_km > 0.0 {
                    Message::new("weights-contiguity-snap").arg("rule", rule).arg("km", snap_km.to_string())
                } else {
                    Message::new("weights-contiguity-exact").arg("rule", rule)
                }
            }
            WeightsDescription::Nearest { k } => Message::new("weights-nearest").arg("k", *k),
            WeightsDescription::InverseDistance { power, band_km } => {
                let p = if *power == 1.0 { String::new() } else { format!("^{power}") };
                Message::new("weights-inverse-distance").arg("power", p).arg("km", format!("{band_km:.0}"))
            }
            WeightsDescription::GalFile { file } => Message::new("weights-gal-file").arg("file", file),
            WeightsDescription::GwtFile { file, mismatch: None } => Message::new("weights-gwt-file").arg("file", file),
            WeightsDescription::GwtFile { file, mismatch: Some((announced, found)) } => {
                Message::new("weights-gwt-file-mismatch")
                    .arg("file", file)
                    .arg("announced", *announced)
                    .arg("found", *found)
            }
            WeightsDescription::Named(text) => return text.clone(),
        }
        .render(lang)
    }
}

impl Worded for MoranNote {
    fn worded(&self, lang: Lang) -> String {
        match self {
            MoranNote::NoValue { variable, year: None, regions } => {
                Message::new("moran-note-no-value").arg("variable", variable).arg("regions", region_list(regions, lang))
            }
            MoranNote::NoValue { variable, year: Some(y), regions } => Message::new("moran-note-no-value-year")
                .arg("variable", variable)
                .arg("year", y.to_string())
                .arg("regions", region_list(regions, lang)),
            MoranNote::NotInWeights(regions) => {
                Message::new("moran-note-not-in-weights").arg("regions", region_list(regions, lang))
            }
            MoranNote::UnmatchedIds(ids) => Message::new("moran-note-unmatched-ids").arg("ids", plain_list(ids, lang)),
            MoranNote::Islands(regions) => {
                Message::new("moran-note-islands").arg("regions", region_list(regions, lang))
            }
        }
        .render(lang)
    }
}

/// A region's name in `lang`: a province's Chinese name in Chinese, the label as given
/// otherwise (English output keeps the data's own labels).
pub fn region_name(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => label.to_string(),
        Lang::Zh => lang.province(label),
    }
}

/// Region labels as a list in `lang` ([`region_name`] each, `, ` or `、` between).
pub fn region_list(labels: &[String], lang: Lang) -> String {
    let names: Vec<String> = labels.iter().map(|l| region_name(l, lang)).collect();
    plain_list(&names, lang)
}

/// Items joined by the list separator of `lang`.
fn plain_list(items: &[String], lang: Lang) -> String {
    items.join(&Message::new("list-separator").render(lang))
}

/// A classification method's name in `lang` (`natural breaks (Fisher-Jenks)`, as
/// [`Method::label`] in English).
pub fn method_name(method: Method, lang: Lang) -> String {
    let key = match method {
        Method::Jenks => "jenks",
        Method::Quantile => "quantile",
        Method::Equal => "equal",
    };
    Message::new("breaks-method").arg("method", key).render(lang)
}

/// A LISA class's name in `lang` (`high-high`, `高-高`).
pub fn cluster_name(c: Cluster, lang: Lang) -> String {
    Message::new("moran-cli-class").arg("class", format!("{c:?}")).render(lang)
}

/// A raster's coordinate reference system as users name it, in `lang`.
pub fn crs_name(crs: &Crs, lang: Lang) -> String {
    match crs {
        Crs::LonLat => Message::new("crs-lonlat"),
        Crs::WebMercator => Message::new("crs-web-mercator"),
        Crs::Albers(p) => Message::new("crs-albers")
            .arg("lon0", p.lon0.to_string())
            .arg("lat0", p.lat0.to_string())
            .arg("lat1", p.lat1.to_string())
            .arg("lat2", p.lat2.to_string())
            .arg("a", p.ellipsoid.a.to_string()),
    }
    .render(lang)
}

/// The words a map picture writes itself, in `lang`.
pub fn map_words(lang: Lang) -> MapWords {
    MapWords {
        no_data: Message::new("map-words-no-data").render(lang),
        no_data_note: Message::new("map-words-no-data-note").arg("names", "{names}").render(lang),
        units_per_class: Message::new("map-words-units-per-class").arg("maps", "{maps}").render(lang),
        separator: Message::new("list-separator").render(lang),
    }
}

/// The name of a boundary file in `lang`: the embedded provinces' in words, a file's as given.
pub fn boundaries_name(source: &str, lang: Lang) -> String {
    if source == crate::engine::spatial::geojson::EMBEDDED_SOURCE {
        Message::new("boundaries-embedded").render(lang)
    } else {
        source.to_string()
    }
}

impl Worded for crate::engine::data::place::Place {
    fn worded(&self, lang: Lang) -> String {
        match (&self.unit, self.year) {
            (Some(u), Some(y)) => format!("{} {y}", region_name(u, lang)),
            (Some(u), None) => region_name(u, lang),
            (None, Some(y)) => {
                Message::new("place-row-year").arg("row", self.row).arg("year", y.to_string()).render(lang)
            }
            (None, None) => Message::new("place-row").arg("row", self.row).render(lang),
        }
    }
}
