//! The English wording of [`Finding`] and of [`Area`]'s descriptions, for
//! `--lang en`: the same sentences as their Dutch `Display` and `help`.
//! Keys, ids and values stay as the map writes them.

use super::finding::{Area, Complexity, ConditionShape, Finding};
use crate::diagnostic::{IdKind, list};
use std::fmt;

/// Tenths of a percent as an English percentage: `94.1%`.
pub fn percent(permille: u32) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

impl Area {
    /// What the area checks, in an English sentence.
    pub(crate) fn english_description(self) -> &'static str {
        match self {
            Area::Loading => "loading the files: YAML, keys, ids, references, cycles, ranges",
            Area::Shape => "every question and advice can be reached; answers can be told apart",
            Area::Gemeenten => "every municipality fills every role that a reachable advice names",
            Area::ContactData => {
                "every organisation can be reached, with a valid phone, e-mail and website"
            }
            Area::Urgency => "a higher number never gives a less urgent plan",
            Area::Dates => "contact data was checked recently and still holds",
            Area::Content => {
                "everything is used; every advice has steps and a legal basis; every text is translated"
            }
            Area::Rules => "the rules hold on every route",
            Area::Scenarios => "the scenarios give the expected plan",
            Area::Coverage => "the scenarios cover the map",
        }
    }
}

impl Finding {
    /// How to fix it, in English.
    pub(crate) fn english_help(&self) -> String {
        use Finding::*;
        match self {
            Unreachable { .. } => {
                "let an answer (`naar`, `ja`, `nee`) point at it, or remove it".into()
            }
            DuplicateLabel { .. } => "give each answer a `label` of its own, so the school can tell them apart".into(),
            RoleNotFilled { gemeente, role, .. } => {
                format!("add under municipality `{gemeente}`: `{role}: <organisation-id>`")
            }
            GemeenteNotAsked { follows, .. } => format!(
                "let every route to this advice first ask the question of kind `{follows}`"
            ),
            NoContactData { .. } => "fill in `telefoon`, `email` or `website`, from a source you name at `bronnen`".into(),
            BadPhone { .. } => "write a Dutch number: 10 digits starting with 0 (020 123 45 67), +31 with 9 digits, 0800/0900 with 4 or 7 digits, 14 with the area code, or 112".into(),
            BadEmail { .. } => "write an address like name@organisation.nl, without spaces".into(),
            BadWebsite { .. } => "write the whole address, starting with https://".into(),
            UrgencyDrops { .. } => "make the advice at the higher number at least as urgent, or set `hoger_is_urgenter: false` on the question if that is right (as for an age)".into(),
            UnusedOrganisation { .. } => "name the organisation in an advice or at a municipality, or remove it".into(),
            UnusedRole { .. } => "name the role in an advice (`rol:`), or remove it".into(),
            NotChecked { .. } => "check the data at the source and set the date at `gecontroleerd: YYYY-MM-DD`".into(),
            CheckedLongAgo { .. } => "check the data at the source again and update `gecontroleerd`".into(),
            Expired { .. } => "update the data, or remove `geldig_tot` if the arrangement continues".into(),
            NoLegalBasis { .. } => "name the law or protocol behind this advice under `grondslag:`".into(),
            NoSteps { .. } => "name what the school does under `stappen:`".into(),
            Untranslated { .. } => "write the text as `{nl: …, en: …}`, or take `en` out of `talen` in routekaart.yaml".into(),
            UndeclaredLanguage => "add `talen: [nl, en]` to routekaart.yaml, and `check` reports every text still without English".into(),
            RuleFails { command, .. } => format!("try the route: {command}"),
            RuleNeverApplies { .. } => "no route meets `als`; check the values and ranges".into(),
            TooComplex { cause: Complexity::Shared, .. } => "too many answers are used in more places (`antwoord_van`, shared questions); split the rule or the map".into(),
            TooComplex { cause: Complexity::Named, .. } => "the rule names more than 63 questions, or more than 64 contacts and advices together; split the rule".into(),
            TooComplex { cause: Complexity::At(question), .. } => format!("from question `{question}` on, the routes differ in too many ways for what the rule looks at; split the rule or the map"),
            ConditionMismatch { expected, .. } => match expected {
                ConditionShape::Values => "write the `waarde` of an answer, or a list: [a, b]".into(),
                ConditionShape::Range => "write a range: {van: 16} or {van: 5, tot_en_met: 17}".into(),
                ConditionShape::YesNo => "write `ja` or `nee`".into(),
                ConditionShape::None => "remove the condition: roles follow the municipality by themselves".into(),
            },
            EmptyDemand { .. } => "put at least one of `eerste_contact`, `contacten`, `niet`, `adviezen` or `urgentie` under `dan:`".into(),
            OnlyThroughRole { roles, .. } => format!(
                "rules follow the advices, and those name the role; name {}",
                list(roles)
            ),
            ScenarioFails { .. } => "change the map or the scenario; the route is shown".into(),
            SummaryChanged { .. } => "is the new text right? Then write it with `routekaart check --bless`".into(),
            SummaryMissing { .. } => "make the file with `routekaart check --bless`".into(),
            SummaryOutsideMap { .. } => "write a path inside the map folder, such as `samenvattingen/verzuim.txt`".into(),
            SummaryNeedsDate => "put `datum: YYYY-MM-DD` in routekaart.yaml; summaries show dates from that day".into(),
            CoverageBelow { .. } => "add scenarios for what is not covered (see the list)".into(),
        }
    }

    /// The message in English.
    pub(crate) fn english(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Finding::*;
        let thing = |kind: &IdKind, other: &'static str| {
            if *kind == IdKind::Advice {
                "advice"
            } else {
                other
            }
        };
        match self {
            Unreachable { kind, id } => write!(
                f,
                "{} `{id}` cannot be reached from the start",
                thing(kind, "question")
            ),
            DuplicateLabel { question, label } => {
                write!(f, "question `{question}`: two answers are called “{label}”")
            }
            RoleNotFilled {
                gemeente,
                role,
                advice,
            } => write!(
                f,
                "municipality `{gemeente}` does not fill role `{role}`, but advice `{advice}` names that role"
            ),
            GemeenteNotAsked {
                advice,
                role,
                follows,
            } => write!(
                f,
                "advice `{advice}` names role `{role}`, which follows the {follows}, but at least one route reaches this advice without asking the {follows} first"
            ),
            NoContactData { organisation } => write!(
                f,
                "organisation `{organisation}` is named, but has no phone, e-mail or website"
            ),
            BadPhone {
                organisation,
                value,
            } => write!(
                f,
                "organisation `{organisation}`: `{value}` is not a Dutch phone number"
            ),
            BadEmail {
                organisation,
                value,
            } => write!(
                f,
                "organisation `{organisation}`: `{value}` is not a valid e-mail address"
            ),
            BadWebsite {
                organisation,
                value,
            } => write!(
                f,
                "organisation `{organisation}`: `{value}` is not a valid web address"
            ),
            UrgencyDrops {
                question,
                lower,
                lower_urgency,
                higher,
                higher_urgency,
            } => write!(
                f,
                "question `{question}`: at {higher} the route leads on to a less urgent advice ({}) than at {lower} ({})",
                higher_urgency.id(),
                lower_urgency.id()
            ),
            UnusedOrganisation { id } => write!(f, "organisation `{id}` is not used anywhere"),
            UnusedRole { id } => write!(f, "role `{id}` is named by no advice"),
            NotChecked { organisation } => write!(
                f,
                "organisation `{organisation}`: not known when the data was checked"
            ),
            CheckedLongAgo {
                organisation,
                date,
                months,
            } => write!(
                f,
                "organisation `{organisation}`: data checked on {date}, more than {months} months ago"
            ),
            Expired { kind, id, date } => write!(
                f,
                "{} `{id}` held up to and including {date} and has expired",
                thing(kind, "organisation")
            ),
            NoLegalBasis { advice } => write!(f, "advice `{advice}` names no legal basis"),
            NoSteps { advice } => write!(f, "advice `{advice}` names no steps"),
            Untranslated {
                owner: Some((kind, id)),
                field,
            } => write!(
                f,
                "{} `{id}`: `{field}` has no English text",
                kind.english_noun()
            ),
            Untranslated { owner: None, field } => {
                write!(f, "map: `{field}` has no English text")
            }
            UndeclaredLanguage => write!(
                f,
                "the map has English texts, but routekaart.yaml does not declare English (`talen`)"
            ),
            RuleFails {
                rule,
                naam,
                problem,
                route,
                ..
            } => write!(
                f,
                "rule `{rule}` does not hold on every route: {naam}\n  {problem}\n  route: {route}"
            ),
            RuleNeverApplies { rule } => write!(f, "rule `{rule}` applies on no route"),
            TooComplex {
                rule: Some(rule), ..
            } => {
                write!(f, "rule `{rule}` is too complex to prove")
            }
            TooComplex { rule: None, .. } => write!(
                f,
                "the urgency along number questions is too complex to check"
            ),
            ConditionMismatch {
                rule,
                question,
                expected,
            } => write!(
                f,
                "rule `{rule}`: the condition on question `{question}` does not fit that question{}",
                match expected {
                    ConditionShape::Values => " (expected a value)",
                    ConditionShape::Range => " (expected a range)",
                    ConditionShape::YesNo => " (expected ja or nee)",
                    ConditionShape::None => " (a municipality question)",
                }
            ),
            EmptyDemand { rule } => write!(f, "rule `{rule}` demands nothing (`dan:` is empty)"),
            OnlyThroughRole {
                rule, organisation, ..
            } => write!(
                f,
                "rule `{rule}` names organisation `{organisation}`, but no advice names it directly"
            ),
            ScenarioFails { scenario, problems } => {
                write!(f, "scenario “{scenario}” fails")?;
                for problem in problems {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
            SummaryChanged {
                scenario,
                file,
                diff,
            } => write!(
                f,
                "scenario “{scenario}”: the plan differs from {file}\n{diff}"
            ),
            SummaryMissing { scenario, file } => {
                write!(f, "scenario “{scenario}”: summary {file} is missing")
            }
            SummaryOutsideMap { file } => write!(f, "summary `{file}` is outside the map's folder"),
            SummaryNeedsDate => write!(f, "scenarios keep summaries, but the map has no `datum`"),
            CoverageBelow { permille, minimum } => write!(
                f,
                "the scenarios cover {} of the map, less than the {} asked for",
                percent(*permille),
                percent(*minimum)
            ),
        }
    }
}
