//! The wording of the engine's errors ([`crate::locale::Worded`]) from
//! `assets/locales/<lang>/errors*.ftl`. One file per part of the engine; each error's
//! `Display` is its English wording ([`crate::english_display`]).

mod battery;
mod estimation;
mod learners;
mod measures;
mod spatial;
mod transform;
mod zonal;

use super::Lang;
use super::fluent::Message;
use crate::engine::allowed::Allowed;

/// What a setting accepts, in `lang` (`between 2 and 20` / `2 到 20 之间`).
pub fn allowed(a: Allowed, lang: Lang) -> String {
    match a {
        Allowed::Between(lo, hi) => Message::new("allowed-between").arg("lo", lo.to_string()).arg("hi", hi.to_string()),
        Allowed::BetweenReal(lo, hi) => {
            Message::new("allowed-between").arg("lo", lo.to_string()).arg("hi", hi.to_string())
        }
        Allowed::AtLeast(n) => Message::new("allowed-at-least").arg("n", n.to_string()),
        Allowed::AtLeastOneOrNone => Message::new("allowed-at-least-one-or-none"),
        Allowed::Positive => Message::new("allowed-positive"),
        Allowed::NonNegative => Message::new("allowed-non-negative"),
        Allowed::Fraction => Message::new("allowed-fraction"),
        Allowed::OpenUnit => Message::new("allowed-open-unit"),
        Allowed::GammaChoice => Message::new("allowed-gamma"),
        Allowed::InstrumentNeeded => Message::new("allowed-instrument-needed"),
        Allowed::FoldColumnNeeded => Message::new("allowed-fold-column-needed"),
        Allowed::TwoWayOwnFolds => Message::new("allowed-two-way-own-folds"),
        Allowed::MediatorComplete => Message::new("allowed-mediator-complete"),
        Allowed::LabFoldScheme => Message::new("allowed-lab-fold-scheme"),
        Allowed::LabCluster => Message::new("allowed-lab-cluster"),
        Allowed::NonlinearNoUnits => Message::new("allowed-nonlinear-no-units"),
    }
    .render(lang)
}

/// A key word the engine passes (`role = "outcome"`, `what = "units"`) worded by the select
/// expression of message `id` (an unknown key is shown as it is).
fn key_word(id: &'static str, name: &'static str, key: &str, lang: Lang) -> String {
    Message::new(id).arg(name, key).render(lang)
}
