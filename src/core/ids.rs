//! What kind of thing an id names, and the likely meant id for a typo. Used by
//! diagnostics, findings and the resolved map alike.

/// What kind of thing an id refers to, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// A question or an advice (the target of `naar`, `ja`, `nee`, `start`).
    Node,
    Organisation,
    Role,
    Gemeente,
    Question,
    Advice,
    /// What a rule names: an organisation or a role.
    Contact,
    Rule,
    /// A theme of a multiple-choice question (`themas`).
    Theme,
    /// A region folder (`regios/<id>/`).
    Region,
}

impl IdKind {
    /// The Dutch noun for this kind of id, in messages.
    pub fn noun(self) -> &'static str {
        match self {
            IdKind::Node => "vraag of advies",
            IdKind::Organisation => "organisatie",
            IdKind::Role => "rol",
            IdKind::Gemeente => "gemeente",
            IdKind::Question => "vraag",
            IdKind::Advice => "advies",
            IdKind::Contact => "organisatie of rol",
            IdKind::Rule => "regel",
            IdKind::Theme => "thema",
            IdKind::Region => "regio",
        }
    }

    /// A "het" noun ("het advies", "het thema"): "onbekend", "dit" before it.
    pub(crate) fn is_neuter(self) -> bool {
        matches!(self, IdKind::Advice | IdKind::Theme)
    }

    pub(crate) fn file(self) -> &'static str {
        match self {
            IdKind::Node => "vragen.yaml of adviezen.yaml",
            IdKind::Organisation => "organisaties.yaml",
            IdKind::Role => "routekaart.yaml (rollen)",
            IdKind::Gemeente => "gemeenten.yaml",
            IdKind::Question => "vragen.yaml",
            IdKind::Advice => "adviezen.yaml",
            IdKind::Contact => "organisaties.yaml of routekaart.yaml (rollen)",
            IdKind::Rule => "regels.yaml",
            IdKind::Theme => "vragen.yaml (themas)",
            IdKind::Region => "regios/<regio>/regio.yaml",
        }
    }
}

/// The closest of `candidates` to `given`, if it is close enough to be a likely typo.
pub fn suggest<'a>(given: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(given, c), c))
        .filter(|(distance, c)| *distance > 0 && *distance <= (c.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.as_str())
}
