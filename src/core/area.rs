//! The parts of `check`, in report order: each a test case in JUnit output
//! and a rule in SARIF, with a sentence on what it checks.

use crate::i18n::Lang;
use crate::t;

/// Which part of `check` a finding comes from: a test case in JUnit output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// What the loader rejects: syntax, types, keys, ids, references, cycles, ranges.
    Loading,
    /// Reachability and answers.
    Shape,
    /// Roles filled for every gemeente.
    Gemeenten,
    /// Phone numbers, e-mail addresses, websites.
    ContactData,
    /// Higher numbers never less urgent.
    Urgency,
    /// `gecontroleerd` and `geldig_tot` dates.
    Dates,
    /// Unused entries, advices without steps or legal basis.
    Content,
    /// Rules in `regels.yaml`.
    Rules,
    /// Scenarios and their printed summaries.
    Scenarios,
    /// How much of the map the scenarios exercise.
    Coverage,
}

impl Area {
    /// Every area, in report order.
    pub const ALL: [Area; 10] = [
        Area::Loading,
        Area::Shape,
        Area::Gemeenten,
        Area::ContactData,
        Area::Urgency,
        Area::Dates,
        Area::Content,
        Area::Rules,
        Area::Scenarios,
        Area::Coverage,
    ];

    /// The area's name in reports: a stable Dutch id, in every language (JSON, JUnit).
    pub fn name(self) -> &'static str {
        match self {
            Area::Loading => "laden",
            Area::Shape => "vorm",
            Area::Gemeenten => "gemeenten",
            Area::ContactData => "contactgegevens",
            Area::Urgency => "urgentie",
            Area::Dates => "datums",
            Area::Content => "inhoud",
            Area::Rules => "regels",
            Area::Scenarios => "scenario's",
            Area::Coverage => "dekking",
        }
    }

    /// What the area checks, in a sentence, in `lang`.
    pub fn description(self, lang: Lang) -> String {
        let id = match self {
            Area::Loading => "gebied-laden",
            Area::Shape => "gebied-vorm",
            Area::Gemeenten => "gebied-gemeenten",
            Area::ContactData => "gebied-contactgegevens",
            Area::Urgency => "gebied-urgentie",
            Area::Dates => "gebied-datums",
            Area::Content => "gebied-inhoud",
            Area::Rules => "gebied-regels",
            Area::Scenarios => "gebied-scenarios",
            Area::Coverage => "gebied-dekking",
        };
        t!(lang, id)
    }
}
