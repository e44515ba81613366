//! Small wordings of the export: kinds of question, dates, lists with "en"
//! and "of", the checked dates of an organisation.

use crate::core::date::Date;
use crate::core::map::{GemeenteKind, Organisation, QuestionKind};
use crate::i18n::pick;
use crate::tr;

/// How a question is answered, in words.
pub(super) fn kind_words(kind: &QuestionKind) -> String {
    match kind {
        QuestionKind::Choice(_) => pick("keuze (één antwoord)", "choice (one answer)").into(),
        QuestionKind::MultiChoice(_) => pick(
            "meerkeuze (één of meer antwoorden; de route volgt elk gekozen antwoord)",
            "multiple choice (one or more answers; the route follows each answer chosen)",
        )
        .into(),
        QuestionKind::Number { min, max, unit, .. } => {
            let mut words = tr!(
                "getal van {min} tot en met {max}",
                "number from {min} to {max}"
            );
            if let Some(unit) = unit {
                words.push_str(&format!(" ({unit})"));
            }
            words
        }
        QuestionKind::YesNo { .. } => pick("ja of nee", "yes or no").into(),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Woongemeente,
            ..
        } => pick(
            "de woongemeente van de leerling (inschrijving in de BRP)",
            "the pupil's home municipality (registration in the BRP)",
        )
        .into(),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Schoolgemeente,
            ..
        } => pick(
            "de gemeente waar de school staat",
            "the municipality the school is in",
        )
        .into(),
    }
}

/// "Leerplicht voor een leerling buiten deze kaart": a role an organisation
/// fills for pupils from outside the map.
pub(super) fn for_outside_pupil(role: &str) -> String {
    tr!(
        "{role} voor een leerling buiten deze kaart",
        "{role} for a pupil outside this map"
    )
}

/// A map date (YYYY-MM-DD) in the current language's notation (see
/// [`Date`]'s `Display`), or as written when it is no date.
pub(super) fn date_words(date: &str) -> String {
    Date::parse(date).map_or(date.to_string(), |d| d.to_string())
}

/// When an organisation confirmed its data and when its source was seen, as
/// (label, date) fields; "Nagekeken: nooit" ("Verified: never") without either.
pub(super) fn checked_fields(org: &Organisation) -> Vec<(&'static str, String)> {
    let fields: Vec<(&'static str, String)> = [
        (pick("Gecontroleerd", "Checked"), &org.gecontroleerd),
        (pick("Bron bekeken", "Source seen"), &org.bron_bekeken),
    ]
    .into_iter()
    .filter_map(|(label, date)| date.as_deref().map(|d| (label, date_words(d))))
    .collect();
    if fields.is_empty() {
        vec![(pick("Nagekeken", "Verified"), pick("nooit", "never").into())]
    } else {
        fields
    }
}

/// "a, b en c" ("a, b and c").
pub(super) fn and_list(items: &[String]) -> String {
    joined(items, pick("en", "and"))
}

/// "a, b of c" ("a, b or c").
pub(super) fn or_list(items: &[String]) -> String {
    joined(items, pick("of", "or"))
}

pub(super) fn joined(items: &[String], word: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
    }
}
