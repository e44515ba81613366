//! What `diff` finds, as data: one change (a field, what it was, what it
//! becomes), the changes of a route, an advice or a directory entry, and all
//! of them together.

use crate::i18n::Lang;
use crate::render::MapInfo;
use crate::t;
use crate::views::routes::RouteAnswer;
use serde::Serialize;

/// One difference, with what it was and what it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub soort: ChangeKind,
    /// What changed: a contact, an advice or a field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub onderwerp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wordt: Option<String>,
}

/// The kinds of difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A route only the new map has.
    NieuweRoute,
    /// A route only the old map has.
    RouteVervalt,
    EersteContact,
    Urgentie,
    ContactErbij,
    ContactWeg,
    /// A contact stays, with another urgency.
    ContactUrgentie,
    AdviesErbij,
    AdviesWeg,
    Stappen,
    /// A field of an organisation (phone, e-mail, website, opening hours).
    Contactgegeven,
    OrganisatieErbij,
    OrganisatieWeg,
    /// Another organisation fills a role in a gemeente.
    Rol,
    /// A field of a role: who decides it (`bepaald_door`), or its organisation
    /// outside the map (`buiten_de_kaart`).
    Rolgegeven,
    GemeenteErbij,
    GemeenteWeg,
}

impl Change {
    /// The change as a reviewer reads it, in `lang`. The field names of
    /// `Contactgegeven` and `Rolgegeven` (and who decides a role) stay Dutch in
    /// the data, as JSON and CSV give them; here the catalogue words them.
    pub fn words(&self, lang: Lang) -> String {
        let field = matches!(
            self.soort,
            ChangeKind::Contactgegeven | ChangeKind::Rolgegeven
        );
        let subject = match self.onderwerp.as_deref() {
            Some(name) if field => field_words(lang, name),
            subject => subject.unwrap_or("").to_string(),
        };
        let decided_by = self.onderwerp.as_deref() == Some(DECIDED_BY);
        let value = |v: &Option<String>| match v {
            Some(v) if field && decided_by => role_source_words(lang, v),
            Some(v) => v.clone(),
            None => "—".to_string(),
        };
        let (was, wordt) = (value(&self.was), value(&self.wordt));
        let id = match self.soort {
            ChangeKind::NieuweRoute => "diff-nieuwe-route",
            ChangeKind::RouteVervalt => "diff-route-vervalt",
            ChangeKind::EersteContact => "diff-eerste-contact",
            ChangeKind::Urgentie => "diff-urgentie",
            ChangeKind::ContactErbij => "diff-contact-erbij",
            ChangeKind::ContactWeg => "diff-contact-weg",
            ChangeKind::ContactUrgentie => "diff-contact-urgentie",
            ChangeKind::AdviesErbij => "diff-advies-erbij",
            ChangeKind::AdviesWeg => "diff-advies-weg",
            ChangeKind::Stappen => "diff-stappen",
            ChangeKind::OrganisatieErbij => "diff-organisatie-erbij",
            ChangeKind::OrganisatieWeg => "diff-organisatie-weg",
            ChangeKind::Contactgegeven | ChangeKind::Rol | ChangeKind::Rolgegeven => "diff-gegeven",
            ChangeKind::GemeenteErbij => "diff-gemeente-erbij",
            ChangeKind::GemeenteWeg => "diff-gemeente-weg",
        };
        t!(lang, id, onderwerp = subject, was = was, wordt = wordt)
    }
}

/// The `onderwerp` of a `Rolgegeven` change to who decides a role.
pub(super) const DECIDED_BY: &str = "bepaald door";
/// The `onderwerp` of a `Rolgegeven` change to the organisation outside the map.
pub(super) const OUTSIDE_MAP: &str = "buiten de kaart";

/// A field name of the data in `lang`; a field the catalogue does not name
/// (`e-mail`, `website`: alike in both languages) as it is.
fn field_words(lang: Lang, subject: &str) -> String {
    let id = match subject {
        "naam" => "diff-veld-naam",
        "telefoon" => "diff-veld-telefoon",
        "bereikbaar" => "diff-veld-bereikbaar",
        DECIDED_BY => "diff-veld-bepaald-door",
        OUTSIDE_MAP => "diff-veld-buiten-de-kaart",
        other => return other.to_string(),
    };
    t!(lang, id)
}

/// Who decides a role (`bepaald_door`) in `lang`.
fn role_source_words(lang: Lang, source: &str) -> String {
    let id = match source {
        "woongemeente" => "diff-bepaald-door-woongemeente",
        "schoolgemeente" => "diff-bepaald-door-schoolgemeente",
        "dossier" => "diff-bepaald-door-dossier",
        other => return other.to_string(),
    };
    t!(lang, id)
}

/// A route whose plan changes, for some gemeenten.
#[derive(Debug, Clone, Serialize)]
pub struct RouteChange {
    /// The short id, unique over both maps' routes.
    pub id: String,
    pub antwoorden: Vec<RouteAnswer>,
    /// Ids of the gemeenten where this holds; empty: every gemeente (or the map
    /// has none).
    pub gemeenten: Vec<String>,
    pub wijzigingen: Vec<Change>,
}

/// An advice that changes, when routes are too many to compare one by one.
#[derive(Debug, Clone, Serialize)]
pub struct AdviceChange {
    pub advies: String,
    pub wijzigingen: Vec<Change>,
}

/// Changes to an organisation or a gemeente.
#[derive(Debug, Clone, Serialize)]
pub struct EntryChange {
    /// The organisation's or gemeente's id.
    pub id: String,
    pub naam: String,
    pub wijzigingen: Vec<Change>,
}

/// Everything that differs between two maps.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub oud: MapInfo,
    pub nieuw: MapInfo,
    /// Routes compared one by one (`true`), or advices because a map has more
    /// routes than the limit (`false`).
    pub per_route: bool,
    /// Routes in both maps whose plan is the same.
    pub routes_gelijk: usize,
    pub routes: Vec<RouteChange>,
    pub adviezen: Vec<AdviceChange>,
    pub adressenlijst: Vec<EntryChange>,
    /// Roles in both maps whose gemeente or outside organisation changed.
    pub rollen: Vec<EntryChange>,
    pub gemeenten: Vec<EntryChange>,
}

impl Changes {
    /// True when nothing a reader would notice changed.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
            && self.adviezen.is_empty()
            && self.adressenlijst.is_empty()
            && self.rollen.is_empty()
            && self.gemeenten.is_empty()
    }
}
