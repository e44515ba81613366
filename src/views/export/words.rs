//! Small wordings of the export: kinds of question, dates, lists with "en"
//! and "of", the checked dates of an organisation.

use crate::core::date::Date;
use crate::core::map::{GemeenteKind, Organisation, QuestionKind};
use crate::i18n::Lang;
use crate::t;

/// How a question is answered, in words.
pub(super) fn kind_words(kind: &QuestionKind, lang: Lang) -> String {
    match kind {
        QuestionKind::Choice(_) => t!(lang, "export-soort-keuze"),
        QuestionKind::MultiChoice(_) => t!(lang, "export-soort-meerkeuze"),
        QuestionKind::Number { min, max, unit, .. } => {
            let mut words = t!(
                lang,
                "export-soort-getal",
                min = min.to_string(),
                max = max.to_string()
            );
            if let Some(unit) = unit {
                words.push_str(&format!(" ({})", unit.get(lang)));
            }
            words
        }
        QuestionKind::YesNo { .. } => t!(lang, "export-soort-ja-nee"),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Woongemeente,
            ..
        } => t!(lang, "export-soort-woongemeente"),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Schoolgemeente,
            ..
        } => t!(lang, "export-soort-schoolgemeente"),
    }
}

/// "Leerplicht voor een leerling buiten deze kaart": a role an organisation
/// fills for pupils from outside the map.
pub(super) fn for_outside_pupil(role: &str, lang: Lang) -> String {
    t!(lang, "export-rol-buiten-de-kaart", rol = role)
}

/// A map date (YYYY-MM-DD) in `lang`'s notation (see [`Date::words`]), or
/// as written when it is no date.
pub(super) fn date_words(date: &str, lang: Lang) -> String {
    Date::parse(date).map_or(date.to_string(), |d| d.words(lang))
}

/// When an organisation confirmed its data and when its source was seen, as
/// (label, date) fields; "Nagekeken: nooit" ("Verified: never") without either.
pub(super) fn checked_fields(org: &Organisation, lang: Lang) -> Vec<(String, String)> {
    let fields: Vec<(String, String)> = [
        ("export-gecontroleerd", &org.gecontroleerd),
        ("export-bron-bekeken", &org.bron_bekeken),
    ]
    .into_iter()
    .filter_map(|(id, date)| date.as_deref().map(|d| (t!(lang, id), date_words(d, lang))))
    .collect();
    if fields.is_empty() {
        vec![(t!(lang, "export-nagekeken"), t!(lang, "export-nooit"))]
    } else {
        fields
    }
}

/// "a, b en c" ("a, b and c").
pub(super) fn and_list(items: &[String], lang: Lang) -> String {
    joined(items, &t!(lang, "export-en"))
}

/// "a, b of c" ("a, b or c").
pub(super) fn or_list(items: &[String], lang: Lang) -> String {
    joined(items, &t!(lang, "export-of"))
}

pub(super) fn joined(items: &[String], word: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
    }
}
