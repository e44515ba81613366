//! Chapter 1: how to read the document.

use super::document::{Block, Item, Section};
use super::outline::{Directory, Outline};
use crate::core::map::Urgency;
use crate::core::map::{Map, Node, QuestionKind, RoleSource};
use crate::i18n::pick;
use crate::render::urgency_words;
use crate::tr;

/// Chapter 1: how to read the document.
pub(super) fn reading_guide(map: &Map, outline: &Outline, directory: &Directory) -> Section {
    let mut body = vec![Block::Text(
        pick(
            "Deze afdruk bevat de hele routekaart: elke vraag met waar elk antwoord heen leidt, \
             elk advies met contacten, stappen en wettelijke grond, de adressenlijst per \
             gemeente en de bronnen. Zo kunt u de kaart op papier nalopen, zonder het programma.",
            "This printout holds the whole map: every question with where each answer leads, \
             every advice with its contacts, steps and legal basis, the directory per \
             municipality and the sources. So you can check the map on paper, without the \
             program.",
        )
        .into(),
    )];
    let one_plan = match outline.signal {
        Some(q) if matches!(map.questions[q].kind, QuestionKind::MultiChoice(_)) => {
            let number = &outline.numbers[&Node::Question(q)];
            tr!(
                "Eén kind, één plan. De school beantwoordt de vragen voor één leerling. Kiest \
                 zij bij vraag {number} meer dan één zorg, dan volgt de routekaart elk signaal \
                 en komen alle adviezen samen in één plan: elk contact één keer, het meest \
                 urgente eerst.",
                "One child, one plan. The school answers the questions for one pupil. If it \
                 chooses more than one worry at question {number}, the map follows each signal \
                 and all the advice comes together in one plan: each contact once, the most \
                 urgent first."
            )
        }
        _ => pick(
            "Eén kind, één plan. De school beantwoordt de vragen voor één leerling; de \
             adviezen van de route komen samen in één plan, het meest urgente contact eerst.",
            "One child, one plan. The school answers the questions for one pupil; the advice \
             of the route comes together in one plan, the most urgent contact first.",
        )
        .to_string(),
    };
    body.push(Block::Text(one_plan));
    let gemeenten = &directory.gemeenten;
    let mut roles = tr!(
        "Rollen en gemeenten. Een advies noemt meestal een rol en geen organisatie. Bij elke \
         rol staat welke gemeente bepaalt wie dat is: de woongemeente van de leerling (waar de \
         leerling in de BRP staat ingeschreven; het woonplaatsbeginsel) of de gemeente van de \
         school. De adressenlijst ({gemeenten}) geeft per gemeente de organisatie bij elke rol.",
        "Roles and municipalities. An advice usually names a role, not an organisation. Each \
         role says which municipality decides who that is: the pupil's home municipality \
         (where the pupil is registered in the BRP, the population register: the \
         woonplaatsbeginsel) or the school's municipality. The directory ({gemeenten}) gives \
         per municipality the organisation for each role."
    );
    if map
        .roles
        .iter()
        .any(|r| r.bepaald_door == RoleSource::Dossier)
    {
        roles.push_str(pick(
            " Een rol uit het dossier is iemand die de school al kent, zoals de \
             casusregisseur; die staat niet in deze kaart.",
            " A role from the dossier is someone the school already knows, such as the \
             casusregisseur (case manager); they are not in this map.",
        ));
    }
    body.push(Block::Text(roles));
    body.push(Block::Text(
        pick(
            "Acuut gevaar: bel eerst 112. Daarna volgt u de rest van het plan.",
            "Acute danger: call 112 first. Then follow the rest of the plan.",
        )
        .into(),
    ));
    body.push(Block::List {
        label: Some(pick("Urgentie, van hoog naar laag", "Urgency, from high to low").into()),
        numbered: false,
        items: [
            (
                Urgency::Acuut,
                pick("bij direct gevaar, meteen", "in direct danger, at once"),
            ),
            (
                Urgency::Vandaag,
                pick("nog dezelfde dag", "on the same day"),
            ),
            (
                Urgency::DezeWeek,
                pick(
                    "binnen de week, of binnen de wettelijke termijn",
                    "within the week, or within the legal deadline",
                ),
            ),
            (
                Urgency::Regulier,
                pick(
                    "gepland, binnen enkele weken",
                    "planned, within a few weeks",
                ),
            ),
        ]
        .into_iter()
        .map(|(urgency, meaning)| Item::new(format!("{}: {meaning}", urgency_words(urgency))))
        .collect(),
    });
    body.push(Block::Text(
        pick(
            "Nummers zoals 3.2.1 wijzen een vraag, een advies of een organisatie aan. Een pijl \
             (→) wijst naar de vraag of het advies waar een antwoord heen leidt; staan er meer \
             pijlen, dan volgt de route ze om de beurt. \u{201c}Komt van\u{201d} noemt de \
             vragen en antwoorden die naar een vraag of advies leiden. Noem bij uw opmerkingen \
             het nummer, bijvoorbeeld \u{201c}zie 3.2.1\u{201d}.",
            "Numbers such as 3.2.1 point to a question, an advice or an organisation. An arrow \
             (→) points to the question or advice an answer leads to; where there are more \
             arrows, the route follows them in turn. \u{201c}Comes from\u{201d} names the \
             questions and answers that lead to a question or advice. Give the number with \
             your comments, for example \u{201c}see 3.2.1\u{201d}.",
        )
        .into(),
    ));
    body.push(Block::Text(
        pick(
            "Een vraag met \u{201c}zelfde antwoord als\u{201d} wordt niet opnieuw gesteld: de \
             route gebruikt het eerdere antwoord. De code is de naam van een vraag, advies of \
             organisatie in de bestanden van de kaart, voor wie de kaart bijhoudt.",
            "A question with \u{201c}same answer as\u{201d} is not asked again: the route \
             uses the earlier answer. The code is the name of a question, advice or \
             organisation in the map's files, for whoever maintains the map.",
        )
        .into(),
    ));
    body.push(Block::Text(
        pick(
            "Contactgegevens staan er alleen in als een bron ze gaf. \
             \u{201c}Gecontroleerd op\u{201d} is de datum waarop de organisatie ze bevestigde; \
             \u{201c}bron bekeken op\u{201d} de datum waarop de bron gelezen is. Deze afdruk \
             bevat geen persoonsgegevens.",
            "Contact data are given only where a source gave them. \u{201c}Checked on\u{201d} \
             is the date the organisation confirmed them; \u{201c}source seen on\u{201d} the \
             date the source was read. This printout holds no personal data.",
        )
        .into(),
    ));
    Section {
        number: "1".into(),
        title: pick("Zo leest u deze kaart", "How to read this map").into(),
        entry: false,
        body,
        children: Vec::new(),
    }
}
