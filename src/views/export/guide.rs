//! Chapter 1: how to read the document.

use super::document::{Block, Item, Section};
use super::outline::{Directory, Outline};
use crate::core::map::Urgency;
use crate::core::map::{Map, Node, QuestionKind, RoleSource};
use crate::i18n::Lang;
use crate::render::urgency_words;
use crate::t;

/// Chapter 1: how to read the document.
pub(super) fn reading_guide(
    map: &Map,
    outline: &Outline,
    directory: &Directory,
    lang: Lang,
) -> Section {
    let mut body = vec![Block::Text(t!(lang, "export-gids-afdruk"))];
    let one_plan = match outline.signal {
        Some(q) if matches!(map.questions[q].kind, QuestionKind::MultiChoice(_)) => {
            let number = outline.numbers[&Node::Question(q)].as_str();
            t!(lang, "export-gids-een-plan-signalen", vraag = number)
        }
        _ => t!(lang, "export-gids-een-plan"),
    };
    body.push(Block::Text(one_plan));
    let gemeenten = directory.gemeenten.as_str();
    let mut roles = t!(lang, "export-gids-rollen", gemeenten = gemeenten);
    if map
        .roles
        .iter()
        .any(|r| r.bepaald_door == RoleSource::Dossier)
    {
        roles.push(' ');
        roles.push_str(&t!(lang, "export-gids-rollen-dossier"));
    }
    body.push(Block::Text(roles));
    body.push(Block::Text(t!(lang, "export-gids-acuut")));
    body.push(Block::List {
        label: Some(t!(lang, "export-gids-urgentie")),
        numbered: false,
        items: [
            (Urgency::Acuut, "export-gids-urgentie-acuut"),
            (Urgency::Vandaag, "export-gids-urgentie-vandaag"),
            (Urgency::DezeWeek, "export-gids-urgentie-deze-week"),
            (Urgency::Regulier, "export-gids-urgentie-regulier"),
        ]
        .into_iter()
        .map(|(urgency, meaning)| {
            Item::new(format!(
                "{}: {}",
                urgency_words(urgency, lang),
                t!(lang, meaning)
            ))
        })
        .collect(),
    });
    body.push(Block::Text(t!(lang, "export-gids-nummers")));
    body.push(Block::Text(t!(lang, "export-gids-zelfde-antwoord")));
    body.push(Block::Text(t!(lang, "export-gids-contactgegevens")));
    Section {
        number: "1".into(),
        title: t!(lang, "export-gids-titel"),
        entry: false,
        body,
        children: Vec::new(),
    }
}
