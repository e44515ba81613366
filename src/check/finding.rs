//! What `check` finds beyond what stops a map from loading, worded in Dutch in
//! one place: the graph's shape, gemeenten, contact data, urgency, dates,
//! rules, scenarios and coverage.
//!
//! Like [`crate::diagnostic::DiagnosticKind`], a [`Finding`] holds data; the
//! sentences are in `Display` and [`Finding::help`], the English ones in
//! [`super::finding_english`].

pub use super::proof::Complexity;
use crate::diagnostic::{IdKind, Severity, list};
use crate::lang::{self, Lang};
use crate::map::Urgency;
use std::fmt;

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

    /// What the area checks, in a sentence.
    pub fn description(self) -> &'static str {
        if lang::current() == Lang::En {
            return self.english_description();
        }
        match self {
            Area::Loading => {
                "de bestanden laden: YAML, sleutels, ids, verwijzingen, kringen, bereiken"
            }
            Area::Shape => {
                "elke vraag en elk advies is bereikbaar; antwoorden zijn te onderscheiden"
            }
            Area::Gemeenten => "elke gemeente vult elke rol die een bereikbaar advies noemt",
            Area::ContactData => {
                "elke organisatie is te bereiken, met geldige telefoon, e-mail en website"
            }
            Area::Urgency => "een hoger getal geeft nooit een minder urgent plan",
            Area::Dates => "contactgegevens zijn recent gecontroleerd en nog geldig",
            Area::Content => {
                "alles wordt gebruikt; elk advies heeft stappen en een grondslag; elke tekst is vertaald"
            }
            Area::Rules => "de regels gelden op elke route",
            Area::Scenarios => "de scenario's geven het verwachte plan",
            Area::Coverage => "de scenario's dekken de kaart",
        }
    }
}

/// A finding of `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// No route from the start reaches this question or advice.
    Unreachable {
        kind: IdKind,
        id: String,
    },
    /// Two options of one question show the same label.
    DuplicateLabel {
        question: String,
        label: String,
    },
    /// A gemeente does not fill a role that a reachable advice names.
    RoleNotFilled {
        gemeente: String,
        role: String,
        advice: String,
    },
    /// A route reaches an advice naming a role without asking the gemeente the
    /// role follows.
    GemeenteNotAsked {
        advice: String,
        role: String,
        follows: &'static str,
    },
    /// A contacted organisation has no phone, e-mail or website.
    NoContactData {
        organisation: String,
    },
    BadPhone {
        organisation: String,
        value: String,
    },
    BadEmail {
        organisation: String,
        value: String,
    },
    BadWebsite {
        organisation: String,
        value: String,
    },
    /// A higher number leads to a less urgent plan.
    UrgencyDrops {
        question: String,
        lower: i64,
        lower_urgency: Urgency,
        higher: i64,
        higher_urgency: Urgency,
    },
    UnusedOrganisation {
        id: String,
    },
    UnusedRole {
        id: String,
    },
    NotChecked {
        organisation: String,
    },
    CheckedLongAgo {
        organisation: String,
        date: String,
        months: u32,
    },
    Expired {
        kind: IdKind,
        id: String,
        date: String,
    },
    NoLegalBasis {
        advice: String,
    },
    NoSteps {
        advice: String,
    },
    /// A map that declares English (`talen: [nl, en]`) has a text without it.
    Untranslated {
        /// Whose text: none for the map's own `naam` and `regio`.
        owner: Option<(IdKind, String)>,
        /// The key, as the file writes it (`tekst`, `stappen`, …).
        field: &'static str,
    },
    /// A map with English texts that does not declare English.
    UndeclaredLanguage,
    /// A rule fails on a route; `problem` says how, `command` reproduces it.
    RuleFails {
        rule: String,
        naam: String,
        problem: String,
        route: String,
        command: String,
    },
    /// No route meets the rule's conditions.
    RuleNeverApplies {
        rule: String,
    },
    /// Proving a rule (or the urgency check, `rule: None`) needs too much work.
    TooComplex {
        rule: Option<String>,
        cause: Complexity,
    },
    /// A condition that does not fit its question.
    ConditionMismatch {
        rule: String,
        question: String,
        expected: ConditionShape,
    },
    /// A rule's `dan` demands nothing.
    EmptyDemand {
        rule: String,
    },
    /// A rule names an organisation that advices only reach through a role.
    OnlyThroughRole {
        rule: String,
        organisation: String,
        roles: Vec<String>,
    },
    /// A scenario's plan differs from what it expects.
    ScenarioFails {
        scenario: String,
        problems: Vec<String>,
    },
    /// The printed plan differs from the kept summary.
    SummaryChanged {
        scenario: String,
        file: String,
        diff: String,
    },
    SummaryMissing {
        scenario: String,
        file: String,
    },
    /// A summary path that leaves the map folder.
    SummaryOutsideMap {
        file: String,
    },
    /// Kept summaries are printed as on the map's `datum`, which is missing.
    SummaryNeedsDate,
    /// Scenario coverage (in tenths of a percent) below `--min-coverage`.
    CoverageBelow {
        permille: u32,
        minimum: u32,
    },
}

/// What kind of condition a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionShape {
    /// An option's `waarde`, or a list of them.
    Values,
    /// `{van: N, tot_en_met: M}`.
    Range,
    /// `ja` or `nee`.
    YesNo,
    /// None: a gemeente question does not change the route.
    None,
}

impl Finding {
    /// Errors fail `check`; warnings only with `--strict`.
    pub fn severity(&self) -> Severity {
        use Finding::*;
        match self {
            UnusedOrganisation { .. }
            | UnusedRole { .. }
            | NotChecked { .. }
            | CheckedLongAgo { .. }
            | Expired { .. }
            | NoLegalBasis { .. }
            | NoSteps { .. }
            | Untranslated { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The part of `check` it comes from.
    pub fn area(&self) -> Area {
        use Finding::*;
        match self {
            Unreachable { .. } | DuplicateLabel { .. } => Area::Shape,
            RoleNotFilled { .. } | GemeenteNotAsked { .. } => Area::Gemeenten,
            NoContactData { .. } | BadPhone { .. } | BadEmail { .. } | BadWebsite { .. } => {
                Area::ContactData
            }
            UrgencyDrops { .. } | TooComplex { rule: None, .. } => Area::Urgency,
            NotChecked { .. } | CheckedLongAgo { .. } | Expired { .. } => Area::Dates,
            UnusedOrganisation { .. }
            | UnusedRole { .. }
            | NoLegalBasis { .. }
            | NoSteps { .. }
            | Untranslated { .. }
            | UndeclaredLanguage => Area::Content,
            RuleFails { .. }
            | RuleNeverApplies { .. }
            | TooComplex { .. }
            | ConditionMismatch { .. }
            | EmptyDemand { .. }
            | OnlyThroughRole { .. } => Area::Rules,
            ScenarioFails { .. }
            | SummaryChanged { .. }
            | SummaryMissing { .. }
            | SummaryOutsideMap { .. }
            | SummaryNeedsDate => Area::Scenarios,
            CoverageBelow { .. } => Area::Coverage,
        }
    }

    /// A stable short name, for SARIF rule ids and JSON.
    pub fn code(&self) -> &'static str {
        use Finding::*;
        match self {
            Unreachable { .. } => "onbereikbaar",
            DuplicateLabel { .. } => "dubbel-label",
            RoleNotFilled { .. } => "rol-niet-ingevuld",
            GemeenteNotAsked { .. } => "gemeente-niet-gevraagd",
            NoContactData { .. } => "geen-contactgegevens",
            BadPhone { .. } => "ongeldig-telefoonnummer",
            BadEmail { .. } => "ongeldig-e-mailadres",
            BadWebsite { .. } => "ongeldige-website",
            UrgencyDrops { .. } => "urgentie-daalt",
            UnusedOrganisation { .. } => "ongebruikte-organisatie",
            UnusedRole { .. } => "ongebruikte-rol",
            NotChecked { .. } => "niet-gecontroleerd",
            CheckedLongAgo { .. } => "lang-niet-gecontroleerd",
            Expired { .. } => "verlopen",
            NoLegalBasis { .. } => "geen-grondslag",
            NoSteps { .. } => "geen-stappen",
            Untranslated { .. } => "vertaling-ontbreekt",
            UndeclaredLanguage => "taal-niet-genoemd",
            RuleFails { .. } => "regel-faalt",
            RuleNeverApplies { .. } => "regel-nooit-van-toepassing",
            TooComplex { .. } => "te-complex",
            ConditionMismatch { .. } => "voorwaarde-past-niet",
            EmptyDemand { .. } => "regel-zonder-eis",
            OnlyThroughRole { .. } => "organisatie-via-rol",
            ScenarioFails { .. } => "scenario-faalt",
            SummaryChanged { .. } => "samenvatting-gewijzigd",
            SummaryMissing { .. } => "samenvatting-ontbreekt",
            SummaryOutsideMap { .. } => "samenvatting-buiten-kaart",
            SummaryNeedsDate => "samenvatting-zonder-datum",
            CoverageBelow { .. } => "dekking-te-laag",
        }
    }

    /// How to fix it, in the current language.
    pub fn help(&self) -> Option<String> {
        use Finding::*;
        if lang::current() == Lang::En {
            return Some(self.english_help());
        }
        Some(match self {
            Unreachable { .. } => {
                "laat een antwoord (`naar`, `ja`, `nee`) ernaar wijzen, of haal het weg".into()
            }
            DuplicateLabel { .. } => "geef elk antwoord een eigen `label`, zodat de school ze uit elkaar houdt".into(),
            RoleNotFilled { gemeente, role, .. } => {
                format!("voeg onder gemeente `{gemeente}` toe: `{role}: <organisatie-id>`")
            }
            GemeenteNotAsked { follows, .. } => format!(
                "laat elke route naar dit advies eerst de vraag van soort `{follows}` stellen"
            ),
            NoContactData { .. } => "vul `telefoon`, `email` of `website` in, uit een bron die je noemt bij `bronnen`".into(),
            BadPhone { .. } => "schrijf een Nederlands nummer: 10 cijfers vanaf 0 (020 123 45 67), +31 met 9 cijfers, 0800/0900 met 4 of 7 cijfers, 14 met het netnummer, of 112".into(),
            BadEmail { .. } => "schrijf een adres als naam@organisatie.nl, zonder spaties".into(),
            BadWebsite { .. } => "schrijf het volledige adres, beginnend met https://".into(),
            UrgencyDrops { .. } => "maak het advies bij het hogere getal minstens zo urgent, of zet `hoger_is_urgenter: false` bij de vraag als dat zo hoort (zoals bij een leeftijd)".into(),
            UnusedOrganisation { .. } => "noem de organisatie in een advies of bij een gemeente, of haal haar weg".into(),
            UnusedRole { .. } => "noem de rol in een advies (`rol:`), of haal haar weg".into(),
            NotChecked { .. } => "controleer de gegevens bij de bron en zet de datum bij `gecontroleerd: JJJJ-MM-DD`".into(),
            CheckedLongAgo { .. } => "controleer de gegevens opnieuw bij de bron en werk `gecontroleerd` bij".into(),
            Expired { .. } => "werk de gegevens bij, of haal `geldig_tot` weg als de regeling doorloopt".into(),
            NoLegalBasis { .. } => "noem onder `grondslag:` de wet of het protocol achter dit advies".into(),
            NoSteps { .. } => "noem onder `stappen:` wat de school doet".into(),
            Untranslated { .. } => "schrijf de tekst als `{nl: …, en: …}`, of haal `en` uit `talen` in routekaart.yaml".into(),
            UndeclaredLanguage => "zet `talen: [nl, en]` in routekaart.yaml; `check` meldt dan elke tekst die nog geen Engels heeft".into(),
            RuleFails { command, .. } => format!("probeer de route: {command}"),
            RuleNeverApplies { .. } => "geen enkele route voldoet aan `als`; kijk de waarden en bereiken na".into(),
            TooComplex { cause: Complexity::Shared, .. } => "te veel antwoorden worden op meer plekken gebruikt (`antwoord_van`, gedeelde vragen); splits de regel of de kaart".into(),
            TooComplex { cause: Complexity::Named, .. } => "de regel noemt meer dan 63 vragen, of meer dan 64 contacten en adviezen samen; splits de regel".into(),
            TooComplex { cause: Complexity::At(question), .. } => format!("vanaf vraag `{question}` lopen de routes op te veel manieren uiteen voor wat de regel bekijkt; splits de regel of de kaart"),
            ConditionMismatch { expected, .. } => match expected {
                ConditionShape::Values => "schrijf de `waarde` van een antwoord, of een lijst: [a, b]".into(),
                ConditionShape::Range => "schrijf een bereik: {van: 16} of {van: 5, tot_en_met: 17}".into(),
                ConditionShape::YesNo => "schrijf `ja` of `nee`".into(),
                ConditionShape::None => "haal de voorwaarde weg: rollen volgen de gemeente vanzelf".into(),
            },
            EmptyDemand { .. } => "zet onder `dan:` minstens één van `eerste_contact`, `contacten`, `niet`, `adviezen` of `urgentie`".into(),
            OnlyThroughRole { roles, .. } => format!(
                "regels volgen de adviezen, en die noemen de rol; noem {}",
                list(roles)
            ),
            ScenarioFails { .. } => "pas de kaart of het scenario aan; de route staat erbij".into(),
            SummaryChanged { .. } => "klopt de nieuwe tekst? Schrijf hem dan weg met `routekaart check --bless`".into(),
            SummaryMissing { .. } => "maak het bestand met `routekaart check --bless`".into(),
            SummaryOutsideMap { .. } => "schrijf een pad binnen de kaartmap, zoals `samenvattingen/verzuim.txt`".into(),
            SummaryNeedsDate => "zet `datum: JJJJ-MM-DD` in routekaart.yaml; samenvattingen tonen data vanaf die dag".into(),
            CoverageBelow { .. } => "voeg scenario's toe voor wat niet gedekt is (zie de lijst)".into(),
        })
    }
}

/// Tenths of a percent as a percentage: `94,1%` (in English `94.1%`).
pub fn percent(permille: u32) -> String {
    if lang::current() == Lang::En {
        return super::finding_english::percent(permille);
    }
    format!("{},{}%", permille / 10, permille % 10)
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Finding::*;
        if lang::current() == Lang::En {
            return self.english(f);
        }
        match self {
            Unreachable { kind, id } => write!(
                f,
                "{} `{id}` is vanaf de start niet te bereiken",
                if *kind == IdKind::Advice {
                    "advies"
                } else {
                    "vraag"
                }
            ),
            DuplicateLabel { question, label } => {
                write!(f, "vraag `{question}`: twee antwoorden heten „{label}”")
            }
            RoleNotFilled {
                gemeente,
                role,
                advice,
            } => write!(
                f,
                "gemeente `{gemeente}` vult rol `{role}` niet in, maar advies `{advice}` noemt die rol"
            ),
            GemeenteNotAsked {
                advice,
                role,
                follows,
            } => write!(
                f,
                "advies `{advice}` noemt rol `{role}`, die de {follows} volgt, maar minstens één route komt bij dit advies zonder eerst de {follows} te vragen"
            ),
            NoContactData { organisation } => write!(
                f,
                "organisatie `{organisation}` wordt genoemd, maar heeft geen telefoon, e-mail of website"
            ),
            BadPhone {
                organisation,
                value,
            } => write!(
                f,
                "organisatie `{organisation}`: `{value}` is geen Nederlands telefoonnummer"
            ),
            BadEmail {
                organisation,
                value,
            } => write!(
                f,
                "organisatie `{organisation}`: `{value}` is geen geldig e-mailadres"
            ),
            BadWebsite {
                organisation,
                value,
            } => write!(
                f,
                "organisatie `{organisation}`: `{value}` is geen geldig webadres"
            ),
            UrgencyDrops {
                question,
                lower,
                lower_urgency,
                higher,
                higher_urgency,
            } => write!(
                f,
                "vraag `{question}`: bij {higher} leidt de route verder naar een minder urgent advies ({}) dan bij {lower} ({})",
                higher_urgency.id(),
                lower_urgency.id()
            ),
            UnusedOrganisation { id } => write!(f, "organisatie `{id}` wordt nergens gebruikt"),
            UnusedRole { id } => write!(f, "rol `{id}` wordt door geen advies genoemd"),
            NotChecked { organisation } => write!(
                f,
                "organisatie `{organisation}`: niet bekend wanneer de gegevens gecontroleerd zijn"
            ),
            CheckedLongAgo {
                organisation,
                date,
                months,
            } => write!(
                f,
                "organisatie `{organisation}`: gegevens gecontroleerd op {date}, meer dan {months} maanden geleden"
            ),
            Expired { kind, id, date } => write!(
                f,
                "{} `{id}` gold tot en met {date} en is verlopen",
                if *kind == IdKind::Advice {
                    "advies"
                } else {
                    "organisatie"
                }
            ),
            NoLegalBasis { advice } => write!(f, "advies `{advice}` noemt geen grondslag"),
            NoSteps { advice } => write!(f, "advies `{advice}` noemt geen stappen"),
            Untranslated {
                owner: Some((kind, id)),
                field,
            } => write!(
                f,
                "{} `{id}`: `{field}` heeft geen Engelse tekst",
                kind.noun()
            ),
            Untranslated { owner: None, field } => {
                write!(f, "routekaart: `{field}` heeft geen Engelse tekst")
            }
            UndeclaredLanguage => write!(
                f,
                "de kaart heeft Engelse teksten, maar routekaart.yaml noemt geen Engels (`talen`)"
            ),
            RuleFails {
                rule,
                naam,
                problem,
                route,
                ..
            } => write!(
                f,
                "regel `{rule}` geldt niet op elke route: {naam}\n  {problem}\n  route: {route}"
            ),
            RuleNeverApplies { rule } => {
                write!(f, "regel `{rule}` is op geen enkele route van toepassing")
            }
            TooComplex {
                rule: Some(rule), ..
            } => {
                write!(f, "regel `{rule}` is te complex om te bewijzen")
            }
            TooComplex { rule: None, .. } => write!(
                f,
                "de urgentie langs getalvragen is te complex om na te gaan"
            ),
            ConditionMismatch {
                rule,
                question,
                expected,
            } => write!(
                f,
                "regel `{rule}`: de voorwaarde op vraag `{question}` past niet bij die vraag{}",
                match expected {
                    ConditionShape::Values => " (verwacht een waarde)",
                    ConditionShape::Range => " (verwacht een bereik)",
                    ConditionShape::YesNo => " (verwacht ja of nee)",
                    ConditionShape::None => " (een gemeentevraag)",
                }
            ),
            EmptyDemand { rule } => write!(f, "regel `{rule}` eist niets (`dan:` is leeg)"),
            OnlyThroughRole {
                rule, organisation, ..
            } => write!(
                f,
                "regel `{rule}` noemt organisatie `{organisation}`, maar geen advies noemt haar rechtstreeks"
            ),
            ScenarioFails { scenario, problems } => {
                write!(f, "scenario „{scenario}” faalt")?;
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
                "scenario „{scenario}”: het plan wijkt af van {file}\n{diff}"
            ),
            SummaryMissing { scenario, file } => {
                write!(f, "scenario „{scenario}”: samenvatting {file} ontbreekt")
            }
            SummaryOutsideMap { file } => write!(
                f,
                "samenvatting `{file}` ligt buiten de map van de routekaart"
            ),
            SummaryNeedsDate => write!(
                f,
                "scenario's bewaren samenvattingen, maar de kaart heeft geen `datum`"
            ),
            CoverageBelow { permille, minimum } => write!(
                f,
                "de scenario's dekken {} van de kaart, minder dan de gevraagde {}",
                percent(*permille),
                percent(*minimum)
            ),
        }
    }
}
