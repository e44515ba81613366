//! What `diff` finds, as data: one change (a field, what it was, what it
//! becomes), the changes of a route, an advice or a directory entry, and all
//! of them together.

use crate::i18n::Lang;
use crate::render::MapInfo;
use crate::tr;
use crate::views::routes::RouteAnswer;
use serde::Serialize;
use std::fmt;

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

/// A change as a reviewer reads it, in the current language. The field names
/// of `Contactgegeven` and `Rolgegeven` (and who decides a role) stay Dutch in
/// the data, as JSON and CSV give them; in English they are worded here.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let english = crate::i18n::current() == Lang::En;
        let field = matches!(
            self.soort,
            ChangeKind::Contactgegeven | ChangeKind::Rolgegeven
        );
        let subject = match self.onderwerp.as_deref() {
            Some(name) if english && field => english_field(name),
            subject => subject.unwrap_or(""),
        };
        let decided_by = self.onderwerp.as_deref() == Some(DECIDED_BY);
        let value = |v: &Option<String>| match v {
            Some(v) if english && field && decided_by => english_role_source(v).to_string(),
            Some(v) => v.clone(),
            None => "—".to_string(),
        };
        let (was, wordt) = (value(&self.was), value(&self.wordt));
        let text = match self.soort {
            ChangeKind::NieuweRoute => tr!("nieuwe route: {wordt}", "new route: {wordt}"),
            ChangeKind::RouteVervalt => {
                tr!("route vervalt (was: {was})", "route removed (was: {was})")
            }
            ChangeKind::EersteContact => tr!(
                "eerste contact: {was} → {wordt}",
                "first contact: {was} → {wordt}"
            ),
            ChangeKind::Urgentie => {
                tr!("urgentie: {was} → {wordt}", "urgency: {was} → {wordt}")
            }
            ChangeKind::ContactErbij => tr!(
                "contact erbij: {subject} ({wordt})",
                "contact added: {subject} ({wordt})"
            ),
            ChangeKind::ContactWeg => tr!(
                "contact weg: {subject} (was {was})",
                "contact removed: {subject} (was {was})"
            ),
            ChangeKind::ContactUrgentie => tr!(
                "{subject}: urgentie {was} → {wordt}",
                "{subject}: urgency {was} → {wordt}"
            ),
            ChangeKind::AdviesErbij => {
                tr!("advies erbij: {subject}", "advice added: {subject}")
            }
            ChangeKind::AdviesWeg => tr!("advies weg: {subject}", "advice removed: {subject}"),
            ChangeKind::Stappen => tr!(
                "stappen van {subject}: {was} → {wordt}",
                "steps of {subject}: {was} → {wordt}"
            ),
            ChangeKind::OrganisatieErbij => tr!(
                "nieuw in de adressenlijst: {wordt}",
                "new in the directory: {wordt}"
            ),
            ChangeKind::OrganisatieWeg => tr!(
                "uit de adressenlijst: {was}",
                "removed from the directory: {was}"
            ),
            ChangeKind::Contactgegeven | ChangeKind::Rol | ChangeKind::Rolgegeven => {
                format!("{subject}: {was} → {wordt}")
            }
            ChangeKind::GemeenteErbij => {
                tr!("gemeente erbij: {wordt}", "municipality added: {wordt}")
            }
            ChangeKind::GemeenteWeg => {
                tr!("gemeente weg: {was}", "municipality removed: {was}")
            }
        };
        f.write_str(&text)
    }
}

/// The `onderwerp` of a `Rolgegeven` change to who decides a role.
pub(super) const DECIDED_BY: &str = "bepaald door";
/// The `onderwerp` of a `Rolgegeven` change to the organisation outside the map.
pub(super) const OUTSIDE_MAP: &str = "buiten de kaart";

/// A field name of the data in English; a field named alike in both
/// languages (`e-mail`, `website`) as it is.
pub(super) fn english_field(subject: &str) -> &str {
    match subject {
        "naam" => "name",
        "telefoon" => "phone",
        "bereikbaar" => "hours",
        DECIDED_BY => "decided by",
        OUTSIDE_MAP => "outside the map",
        other => other,
    }
}

/// Who decides a role (`bepaald_door`) in English.
pub(super) fn english_role_source(source: &str) -> &str {
    match source {
        "woongemeente" => "the pupil's home municipality",
        "schoolgemeente" => "the school's municipality",
        "dossier" => "the pupil's dossier",
        other => other,
    }
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
