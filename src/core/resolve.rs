//! Parsed files → a resolved [`Map`], collecting every problem instead of stopping at one.
//!
//! Pure: no I/O. Checks what the engine relies on (unique ids, existing targets,
//! fields that fit the question's kind, ranges covering `min..=max` exactly once,
//! no cycles) and reports each with its file, line and column.
//!
//! The map's texts are resolved in the current language ([`crate::i18n`]):
//! English where a text has it, Dutch otherwise. Every text without English is
//! noted in [`Translation`], for `check` to report when the map declares `en`.

use crate::core::date::Date;
use crate::core::diagnostic::{AnswerOfProblem, Diagnostic, DiagnosticKind};
use crate::core::ids::IdKind;
use crate::core::map::successors;
use crate::core::map::{
    Advice, Choice, Contact, ContactTarget, Gemeente, Map, Meta, Milestone, MissingTranslation,
    Node, NumberRange, Organisation, OrganisationLocations, OutsideDomain, Question, QuestionKind,
    Role, RoleSource, Theme, Translation,
};
use crate::core::model;
use crate::core::model::RegionFile;
use crate::core::region::Region;
use crate::core::source::Location;
use crate::core::text::clean;
use crate::i18n::{self, Lang};
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// The parsed files of one map, each with the name it is shown under.
pub struct ParsedMap {
    pub meta: (String, model::MetaFile),
    pub organisations: (String, model::OrganisationsFile),
    /// The gemeenten next to the core files (the one-folder layout); `None`
    /// when region folders hold them all.
    pub gemeenten: Option<(String, model::GemeentenFile)>,
    pub questions: (String, model::QuestionsFile),
    pub advices: (String, model::AdvicesFile),
    pub regions: Vec<ParsedRegion>,
    pub checksum: String,
}

/// The parsed files of one region folder.
pub struct ParsedRegion {
    /// The folder's name.
    pub id: String,
    pub region: (String, RegionFile),
    pub organisations: Option<(String, model::OrganisationsFile)>,
    pub gemeenten: (String, model::GemeentenFile),
}

/// Resolves every reference; returns all problems found if there are any.
pub fn resolve(parsed: ParsedMap) -> Result<Map, Vec<Diagnostic>> {
    let mut r = Resolver {
        lang: i18n::current(),
        ..Resolver::default()
    };
    let (meta_file, meta) = &parsed.meta;
    // Organisations and gemeenten of the core and of every region, each with
    // its file and region (`None`: the core, or the one-folder layout).
    let mut org_files: Vec<(&str, &model::Organisation, Option<usize>)> = Vec::new();
    let mut gem_files: Vec<(&str, &model::Gemeente, Option<usize>)> = Vec::new();
    let (core_org_file, core_orgs) = &parsed.organisations;
    org_files.extend(
        core_orgs
            .organisaties
            .iter()
            .map(|o| (core_org_file.as_str(), o, None)),
    );
    if let Some((file, gems)) = &parsed.gemeenten {
        gem_files.extend(gems.gemeenten.iter().map(|g| (file.as_str(), g, None)));
    }
    for (r, region) in parsed.regions.iter().enumerate() {
        if let Some((file, orgs)) = &region.organisations {
            org_files.extend(
                orgs.organisaties
                    .iter()
                    .map(|o| (file.as_str(), o, Some(r))),
            );
        }
        let (file, gems) = &region.gemeenten;
        gem_files.extend(gems.gemeenten.iter().map(|g| (file.as_str(), g, Some(r))));
    }
    let (q_file, questions) = &parsed.questions;
    let (a_file, advices) = &parsed.advices;

    let role_index = r.index(
        IdKind::Role,
        meta.rollen
            .iter()
            .enumerate()
            .map(|(i, x)| (meta_file.as_str(), &x.id, i)),
    );
    let org_index = r.index(
        IdKind::Organisation,
        org_files
            .iter()
            .enumerate()
            .map(|(i, (file, o, _))| (*file, &o.id, i)),
    );
    // One index over every region: a gemeente in two regions is a duplicate
    // id, reported at the second with the place of the first.
    r.index(
        IdKind::Gemeente,
        gem_files
            .iter()
            .enumerate()
            .map(|(i, (file, g, _))| (*file, &g.id, i)),
    );
    // Questions and advices share one namespace: `naar` may point at either.
    let question_ids = questions.vragen.iter().enumerate();
    let question_ids = question_ids.map(|(i, q)| (q_file.as_str(), &q.id, Node::Question(i)));
    let advice_ids = advices.adviezen.iter().enumerate();
    let advice_ids = advice_ids.map(|(i, a)| (a_file.as_str(), &a.id, Node::Advice(i)));
    let nodes = r.index(IdKind::Node, question_ids.chain(advice_ids));

    if let Some(date) = &meta.datum {
        r.date(meta_file, date);
    }
    let mut declared = false;
    for code in &meta.talen {
        match i18n::Lang::from_code(&code.value) {
            Some(Lang::En) => declared = true,
            Some(Lang::Nl) => {}
            None => r.error(
                DiagnosticKind::UnknownValue {
                    value: code.value.clone(),
                    expected: vec!["nl".into(), "en".into()],
                },
                Location::of(meta_file, code),
            ),
        }
    }
    let naam = r.text(meta_file, None, "naam", &meta.naam);
    let regio = r.text(meta_file, None, "regio", &meta.regio);
    let roles: Vec<Role> =
        meta.rollen
            .iter()
            .map(|role| {
                if role.bepaald_door == RoleSource::Dossier
                    && let Some(org) = &role.buiten_de_kaart
                {
                    r.error(
                        DiagnosticKind::DossierRoleFilled {
                            role: role.id.value.clone(),
                        },
                        Location::of(meta_file, org),
                    );
                }
                let owner = Some((IdKind::Role, role.id.value.as_str()));
                Role {
                    id: role.id.value.clone(),
                    naam: r.text(meta_file, owner, "naam", &role.naam),
                    uitleg: r.optional_text(meta_file, owner, "uitleg", &role.uitleg),
                    bepaald_door: role.bepaald_door,
                    outside_map: role.buiten_de_kaart.as_ref().and_then(|org| {
                        r.reference(meta_file, IdKind::Organisation, &org_index, org)
                    }),
                    location: Location::of(meta_file, &role.id),
                }
            })
            .collect();
    let organisations = org_files
        .iter()
        .map(|&(org_file, o, region)| {
            for date in [&o.gecontroleerd, &o.bron_bekeken, &o.geldig_tot]
                .into_iter()
                .flatten()
            {
                r.date(org_file, date);
            }
            let text = |field: &Option<Spanned<String>>| field.as_ref().map(|f| clean(&f.value));
            let at = |field: &Option<Spanned<String>>| {
                field.as_ref().and_then(|f| Location::of(org_file, f))
            };
            let owner = Some((IdKind::Organisation, o.id.value.as_str()));
            Organisation {
                id: o.id.value.clone(),
                naam: clean(&o.naam),
                soort: r.optional_text(org_file, owner, "soort", &o.soort),
                telefoon: text(&o.telefoon),
                email: text(&o.email),
                website: text(&o.website),
                openingstijden: r.optional_text(
                    org_file,
                    owner,
                    "openingstijden",
                    &o.openingstijden,
                ),
                opmerking: r.optional_text(org_file, owner, "opmerking", &o.opmerking),
                bronnen: o.bronnen.iter().map(|b| clean(b)).collect(),
                gecontroleerd: o.gecontroleerd.as_ref().map(|d| d.value.clone()),
                bron_bekeken: o.bron_bekeken.as_ref().map(|d| d.value.clone()),
                geldig_tot: o.geldig_tot.as_ref().map(|d| d.value.clone()),
                region,
                locations: OrganisationLocations {
                    id: Location::of(org_file, &o.id),
                    telefoon: at(&o.telefoon),
                    email: at(&o.email),
                    website: at(&o.website),
                    gecontroleerd: at(&o.gecontroleerd),
                    bron_bekeken: at(&o.bron_bekeken),
                    geldig_tot: at(&o.geldig_tot),
                },
            }
        })
        .collect();
    if gem_files.is_empty() {
        let file = match (&parsed.gemeenten, parsed.regions.first()) {
            (Some((file, _)), _) => file.as_str(),
            (None, Some(region)) => region.gemeenten.0.as_str(),
            (None, None) => crate::core::source::MAP_FILES[2],
        };
        r.error(
            DiagnosticKind::NoGemeenten,
            Some(Location::whole_file(file)),
        );
    }
    let regions: Vec<Region> = parsed
        .regions
        .iter()
        .map(|region| r.region(region, &role_index))
        .collect();
    let gemeenten: Vec<Gemeente> = gem_files
        .iter()
        .map(|&(gem_file, g, region)| {
            let mut roles = HashMap::new();
            for (role, org) in &g.rollen {
                let role_id = role;
                let role = r.reference(gem_file, IdKind::Role, &role_index, role);
                let org = r.reference(gem_file, IdKind::Organisation, &org_index, org);
                if let Some(role) = role
                    && meta.rollen[role].bepaald_door == RoleSource::Dossier
                {
                    r.error(
                        DiagnosticKind::DossierRoleFilled {
                            role: role_id.value.clone(),
                        },
                        Location::of(gem_file, role_id),
                    );
                }
                if let (Some(role), Some(org)) = (role, org) {
                    roles.insert(role, org);
                }
            }
            Gemeente {
                id: g.id.value.clone(),
                naam: clean(&g.naam),
                roles,
                region,
                location: Location::of(gem_file, &g.id),
            }
        })
        .collect();

    let all_questions = &questions.vragen;
    let questions: Vec<Question> = all_questions
        .iter()
        .map(|q| r.question(q_file, q, &nodes, all_questions))
        .collect();
    r.in_weeks = all_questions
        .iter()
        .map(|q| q.eenheid.as_ref().is_some_and(|e| e.value.nl == "weken"))
        .collect();
    let advices: Vec<Advice> = advices
        .adviezen
        .iter()
        .map(|a| r.advice(a_file, a, &role_index, &org_index, &nodes, &questions))
        .collect();

    let start = match nodes.get(&meta.start.value) {
        Some(Node::Question(q)) => *q,
        Some(Node::Advice(_)) => {
            r.error(
                DiagnosticKind::StartIsNotAQuestion {
                    id: meta.start.value.clone(),
                },
                Location::of(meta_file, &meta.start),
            );
            0
        }
        None => {
            r.reference(meta_file, IdKind::Node, &nodes, &meta.start);
            0
        }
    };

    if r.diagnostics.is_empty()
        && let Some(path) = find_cycle(&questions)
    {
        let location = questions[path[0]].location.clone();
        let path = path.iter().map(|&q| questions[q].id.clone()).collect();
        r.error(DiagnosticKind::Cycle { path }, location);
    }
    if !r.diagnostics.is_empty() {
        return Err(r.diagnostics);
    }
    // A question that takes another's text (`antwoord_van`) notes it again.
    r.missing.sort_by(|a, b| a.location.cmp(&b.location));
    r.missing
        .dedup_by(|a, b| a.location.is_some() && a.location == b.location);
    let gemeente_lookup = crate::core::map::gemeente_lookup(&gemeenten);
    Ok(Map {
        translation: Translation {
            declared,
            location: meta
                .talen
                .first()
                .and_then(|t| Location::of(meta_file, t))
                .or_else(|| Some(Location::whole_file(meta_file))),
            has_english: r.has_english,
            missing: r.missing,
        },
        meta: Meta {
            naam,
            regio,
            versie: clean(&meta.versie),
            datum: meta.datum.as_ref().map(|d| d.value.clone()),
            checksum: parsed.checksum,
        },
        start,
        questions,
        advices,
        organisations,
        roles,
        gemeenten,
        regions,
        outside_domain: r.outside_domain,
        nodes,
        gemeente_lookup,
    })
}

#[derive(Default)]
struct Resolver {
    diagnostics: Vec<Diagnostic>,
    /// The language the texts are resolved in.
    lang: Lang,
    /// Whether any text has English.
    has_english: bool,
    /// The texts without English.
    missing: Vec<MissingTranslation>,
    /// Per question (file order): its unit is `weken`, so milestones may count from it.
    in_weeks: Vec<bool>,
    /// The parts of ranges outside their question's `min..=max`.
    outside_domain: Vec<OutsideDomain>,
}

impl Resolver {
    /// A text in the resolver's language (Dutch where it has no English),
    /// noting whether it has English.
    fn text(
        &mut self,
        file: &str,
        owner: Option<(IdKind, &str)>,
        field: &'static str,
        text: &Spanned<model::Text>,
    ) -> String {
        match &text.value.en {
            Some(_) => self.has_english = true,
            None => self.missing.push(MissingTranslation {
                owner: owner.map(|(kind, id)| (kind, id.to_string())),
                field,
                location: Location::of(file, text),
            }),
        }
        match (self.lang, &text.value.en) {
            (Lang::En, Some(en)) => clean(en),
            _ => clean(&text.value.nl),
        }
    }

    /// [`Self::text`] of an optional field.
    fn optional_text(
        &mut self,
        file: &str,
        owner: Option<(IdKind, &str)>,
        field: &'static str,
        text: &Option<Spanned<model::Text>>,
    ) -> Option<String> {
        text.as_ref().map(|t| self.text(file, owner, field, t))
    }

    /// A region's name, notes and role notes.
    fn region(&mut self, parsed: &ParsedRegion, roles: &HashMap<String, usize>) -> Region {
        let (file, region) = &parsed.region;
        let owner = Some((IdKind::Region, parsed.id.as_str()));
        let mut role_notes = HashMap::new();
        for (role, note) in &region.rollen {
            let note = self.text(file, owner, "rollen", note);
            if let Some(role) = self.reference(file, IdKind::Role, roles, role) {
                role_notes.insert(role, note);
            }
        }
        Region {
            id: parsed.id.clone(),
            naam: self.text(file, owner, "naam", &region.naam),
            uitleg: self.optional_text(file, owner, "uitleg", &region.uitleg),
            bronnen: region.bronnen.iter().map(|b| clean(b)).collect(),
            role_notes,
        }
    }

    fn error(&mut self, kind: DiagnosticKind, location: Option<Location>) {
        self.diagnostics.push(Diagnostic::error(kind, location));
    }

    /// Id → value (an index or a node), reporting duplicates with the place of the first.
    fn index<'a, V: Copy>(
        &mut self,
        kind: IdKind,
        ids: impl Iterator<Item = (&'a str, &'a Spanned<String>, V)>,
    ) -> HashMap<String, V> {
        let mut index = HashMap::new();
        let mut first: HashMap<&str, Option<Location>> = HashMap::new();
        for (file, id, value) in ids {
            self.valid_id(file, kind, id);
            if let Some(first) = first.get(id.value.as_str()) {
                self.error(
                    DiagnosticKind::DuplicateId {
                        kind,
                        id: id.value.clone(),
                        first: first.clone(),
                    },
                    Location::of(file, id),
                );
            } else {
                first.insert(&id.value, Location::of(file, id));
                index.insert(id.value.clone(), value);
            }
        }
        index
    }

    /// Reports an id or option value that is not a plain token (see [`is_valid_id`]).
    fn valid_id(&mut self, file: &str, what: IdKind, id: &Spanned<String>) {
        if !is_valid_id(&id.value) {
            self.error(
                DiagnosticKind::InvalidId {
                    what,
                    id: id.value.clone(),
                },
                Location::of(file, id),
            );
        }
    }

    /// Looks `id` up in `index`; an unknown id is reported with the closest known one.
    fn reference<V: Copy>(
        &mut self,
        file: &str,
        kind: IdKind,
        index: &HashMap<String, V>,
        id: &Spanned<String>,
    ) -> Option<V> {
        let found = index.get(&id.value).copied();
        if found.is_none() {
            let mut known: Vec<String> = index.keys().cloned().collect();
            known.sort();
            self.diagnostics.push(Diagnostic::unknown_reference(
                kind,
                &id.value,
                &known,
                Location::of(file, id),
            ));
        }
        found
    }

    /// Resolves a `naar` (one id or a list); an unknown target is reported and
    /// left out (the map is discarded anyway when any error was found).
    fn targets(
        &mut self,
        file: &str,
        targets: &Spanned<model::Targets>,
        nodes: &HashMap<String, Node>,
    ) -> Vec<Node> {
        let ids = model::target_ids(targets);
        if ids.is_empty() {
            self.error(DiagnosticKind::EmptyTargets, Location::of(file, targets));
        }
        ids.iter()
            .filter_map(|id| self.reference(file, IdKind::Node, nodes, id))
            .collect()
    }

    /// The question whose answer `q` routes by (`antwoord_van`), if it can.
    fn answer_source<'q>(
        &mut self,
        file: &str,
        q: &model::Question,
        nodes: &HashMap<String, Node>,
        all: &'q [model::Question],
    ) -> Option<(usize, &'q model::Question)> {
        use model::QuestionKind as K;
        let of = q.antwoord_van.as_ref()?;
        let problem = |r: &mut Self, problem: AnswerOfProblem| {
            r.error(
                DiagnosticKind::AnswerOf {
                    question: q.id.value.clone(),
                    source: of.value.clone(),
                    problem,
                },
                Location::of(file, of),
            );
        };
        let index = match self.reference(file, IdKind::Node, nodes, of)? {
            Node::Question(index) => index,
            Node::Advice(_) => {
                problem(self, AnswerOfProblem::NotAQuestion);
                return None;
            }
        };
        let source = &all[index];
        if source.antwoord_van.is_some() {
            problem(self, AnswerOfProblem::Chained);
            return None;
        }
        if matches!(source.soort.value, K::Woongemeente | K::Schoolgemeente) {
            problem(self, AnswerOfProblem::GemeenteQuestion);
            return None;
        }
        if source.soort.value != q.soort.value {
            problem(
                self,
                AnswerOfProblem::DifferentKind(soort_name(source.soort.value)),
            );
            return None;
        }
        let own_fields = [
            ("tekst", q.tekst.is_some()),
            ("uitleg", q.uitleg.is_some()),
            ("min", q.min.is_some()),
            ("max", q.max.is_some()),
            ("eenheid", q.eenheid.is_some()),
            ("hoger_is_urgenter", q.hoger_is_urgenter.is_some()),
            (
                "label",
                q.opties
                    .as_ref()
                    .is_some_and(|o| o.value.iter().any(|o| o.label.is_some())),
            ),
            ("themas", q.themas.is_some()),
            (
                "thema",
                q.opties
                    .as_ref()
                    .is_some_and(|o| o.value.iter().any(|o| o.thema.is_some())),
            ),
        ];
        for (field, present) in own_fields {
            if present {
                problem(self, AnswerOfProblem::FieldFromSource(field));
            }
        }
        let values = |q: &model::Question| -> Vec<String> {
            q.opties.as_ref().map_or(Vec::new(), |o| {
                o.value.iter().map(|o| o.waarde.value.clone()).collect()
            })
        };
        if values(q) != values(source) {
            problem(self, AnswerOfProblem::DifferentOptions(values(source)));
        }
        Some((index, source))
    }

    fn date(&mut self, file: &str, date: &Spanned<String>) {
        if Date::parse(&date.value).is_none() {
            self.error(
                DiagnosticKind::InvalidDate {
                    value: date.value.clone(),
                },
                Location::of(file, date),
            );
        }
    }

    fn question(
        &mut self,
        file: &str,
        q: &model::Question,
        nodes: &HashMap<String, Node>,
        all: &[model::Question],
    ) -> Question {
        use model::QuestionKind as K;
        let id = q.id.value.clone();
        let soort = soort_name(q.soort.value);
        let here = Location::of(file, &q.id);
        let source = self.answer_source(file, q, nodes, all);
        // Text, help and limits come from the question that is asked.
        let asked = source.map_or(q, |(_, s)| s);
        if q.antwoord_van.is_none() && q.tekst.is_none() {
            self.error(
                DiagnosticKind::MissingKey {
                    key: "tekst".into(),
                },
                here.clone(),
            );
        }
        let present: [(&'static str, bool, bool); 9] = [
            // (key, present, allowed for this kind)
            ("themas", q.themas.is_some(), q.soort.value == K::Meerkeuze),
            (
                "opties",
                q.opties.is_some(),
                matches!(q.soort.value, K::Keuze | K::Meerkeuze),
            ),
            ("bereiken", q.bereiken.is_some(), q.soort.value == K::Getal),
            ("min", q.min.is_some(), q.soort.value == K::Getal),
            ("max", q.max.is_some(), q.soort.value == K::Getal),
            ("eenheid", q.eenheid.is_some(), q.soort.value == K::Getal),
            (
                "hoger_is_urgenter",
                q.hoger_is_urgenter.is_some(),
                q.soort.value == K::Getal,
            ),
            ("ja", q.ja.is_some(), q.soort.value == K::Janee),
            ("nee", q.nee.is_some(), q.soort.value == K::Janee),
        ];
        for (field, is_present, allowed) in present {
            if is_present && !allowed {
                self.error(
                    DiagnosticKind::FieldNotForKind {
                        field,
                        soort,
                        id: id.clone(),
                    },
                    Location::of(file, &q.soort),
                );
            }
        }
        let gemeente_question = matches!(q.soort.value, K::Woongemeente | K::Schoolgemeente);
        if q.naar.is_some() && !gemeente_question {
            self.error(
                DiagnosticKind::FieldNotForKind {
                    field: "naar",
                    soort,
                    id: id.clone(),
                },
                Location::of(file, &q.soort),
            );
        }
        let required = |r: &mut Self,
                        field: &'static str,
                        value: Option<&Spanned<model::Targets>>| match value
        {
            Some(v) => r.targets(file, v, nodes),
            None => {
                r.error(
                    DiagnosticKind::MissingFieldForKind {
                        field,
                        soort,
                        id: id.clone(),
                    },
                    here.clone(),
                );
                Vec::new()
            }
        };
        let (themes, theme_index) = self.themes(file, asked);
        let kind = match q.soort.value {
            K::Keuze | K::Meerkeuze => {
                let choices = self.choices(file, q, asked, nodes, &theme_index);
                if q.soort.value == K::Keuze {
                    QuestionKind::Choice(choices)
                } else {
                    QuestionKind::MultiChoice(choices)
                }
            }
            K::Janee => QuestionKind::YesNo {
                yes: required(self, "ja", q.ja.as_ref()),
                no: required(self, "nee", q.nee.as_ref()),
            },
            K::Woongemeente | K::Schoolgemeente => QuestionKind::Gemeente {
                kind: if q.soort.value == K::Woongemeente {
                    model::GemeenteKind::Woongemeente
                } else {
                    model::GemeenteKind::Schoolgemeente
                },
                next: required(self, "naar", q.naar.as_ref()),
            },
            K::Getal => self.number(file, q, asked, nodes),
        };
        let owner = Some((IdKind::Question, asked.id.value.as_str()));
        Question {
            id: id.clone(),
            tekst: self
                .optional_text(file, owner, "tekst", &asked.tekst)
                .unwrap_or_default(),
            uitleg: self.optional_text(file, owner, "uitleg", &asked.uitleg),
            kind,
            themes,
            answer_of: source.map(|(index, _)| index),
            location: here,
        }
    }

    /// The themes of `asked` (`themas`), with an index from id to position.
    fn themes(
        &mut self,
        file: &str,
        asked: &model::Question,
    ) -> (Vec<Theme>, HashMap<String, usize>) {
        let defined = asked.themas.as_ref().map_or(&[][..], |t| &t.value[..]);
        let index = self.index(
            IdKind::Theme,
            defined.iter().enumerate().map(|(i, t)| (file, &t.id, i)),
        );
        let owner = Some((IdKind::Question, asked.id.value.as_str()));
        let themes = defined
            .iter()
            .map(|t| Theme {
                id: t.id.value.clone(),
                label: self.text(file, owner, "label", &t.label),
            })
            .collect();
        (themes, index)
    }

    /// The theme of one option: required when the question has themes, and
    /// one of them.
    fn theme_of(
        &mut self,
        file: &str,
        option: &model::QuestionOption,
        themes: &HashMap<String, usize>,
    ) -> Option<usize> {
        match &option.thema {
            Some(thema) => self.reference(file, IdKind::Theme, themes, thema),
            None if !themes.is_empty() => {
                self.error(
                    DiagnosticKind::MissingKey {
                        key: "thema".into(),
                    },
                    Location::of(file, &option.waarde),
                );
                None
            }
            None => None,
        }
    }

    /// The options of `q`; labels, help and themes come from `asked` (itself,
    /// or the question it takes its answer from).
    fn choices(
        &mut self,
        file: &str,
        q: &model::Question,
        asked: &model::Question,
        nodes: &HashMap<String, Node>,
        themes: &HashMap<String, usize>,
    ) -> Vec<Choice> {
        let Some(options) = q.opties.as_ref().filter(|o| !o.value.is_empty()) else {
            let at = q
                .opties
                .as_ref()
                .map_or(Location::of(file, &q.id), |o| Location::of(file, o));
            self.error(
                DiagnosticKind::NoOptions {
                    id: q.id.value.clone(),
                },
                at,
            );
            return Vec::new();
        };
        let asked_options = asked.opties.as_ref().map_or(&[][..], |o| &o.value[..]);
        let mut seen = Vec::new();
        options
            .value
            .iter()
            .enumerate()
            .map(|(i, option)| {
                if seen.contains(&&option.waarde.value) {
                    self.error(
                        DiagnosticKind::DuplicateOption {
                            question: q.id.value.clone(),
                            value: option.waarde.value.clone(),
                        },
                        Location::of(file, &option.waarde),
                    );
                }
                seen.push(&option.waarde.value);
                self.valid_id(file, IdKind::Answer, &option.waarde);
                let shown = asked_options.get(i).unwrap_or(option);
                if shown.label.is_none() {
                    self.error(
                        DiagnosticKind::MissingKey {
                            key: "label".into(),
                        },
                        Location::of(file, &option.waarde),
                    );
                }
                let owner = Some((IdKind::Question, asked.id.value.as_str()));
                Choice {
                    value: option.waarde.value.clone(),
                    label: self
                        .optional_text(file, owner, "label", &shown.label)
                        .unwrap_or_default(),
                    uitleg: self.optional_text(file, owner, "uitleg", &shown.uitleg),
                    theme: self.theme_of(file, shown, themes),
                    next: self.targets(file, &option.naar, nodes),
                    location: Location::of(file, &option.waarde),
                }
            })
            .collect()
    }

    /// A number question; `min`, `max` and the unit come from `asked` (itself,
    /// or the question it takes its answer from).
    fn number(
        &mut self,
        file: &str,
        q: &model::Question,
        asked: &model::Question,
        nodes: &HashMap<String, Node>,
    ) -> QuestionKind {
        let id = q.id.value.clone();
        let here = Location::of(file, &q.id);
        let need = |r: &mut Self, field: &'static str, v: Option<&Spanned<i64>>| {
            if v.is_none() {
                r.error(
                    DiagnosticKind::MissingFieldForKind {
                        field,
                        soort: "getal",
                        id: id.clone(),
                    },
                    here.clone(),
                );
            }
            v.map_or(0, |v| v.value)
        };
        let min = need(self, "min", asked.min.as_ref());
        let max = need(self, "max", asked.max.as_ref());
        let ranges_given = q.bereiken.as_ref().map_or(&[][..], |b| &b.value[..]);
        if q.bereiken.is_none() {
            need(self, "bereiken", None);
        }
        if min > max {
            self.error(
                DiagnosticKind::MinAboveMax {
                    question: id.clone(),
                    min,
                    max,
                },
                asked.min.as_ref().and_then(|m| Location::of(file, m)),
            );
        }
        let mut ranges: Vec<(NumberRange, Option<Location>)> = ranges_given
            .iter()
            .map(|b| {
                if b.van.value > b.tot_en_met.value {
                    self.error(
                        DiagnosticKind::RangeReversed {
                            question: id.clone(),
                            van: b.van.value,
                            tot_en_met: b.tot_en_met.value,
                        },
                        Location::of(file, &b.van),
                    );
                }
                let range = NumberRange {
                    from: b.van.value,
                    to: b.tot_en_met.value,
                    next: self.targets(file, &b.naar, nodes),
                    location: Location::of(file, &b.van),
                };
                (range, Location::of(file, &b.van))
            })
            .collect();
        ranges.sort_by_key(|(range, _)| range.from);
        if q.bereiken.is_some() && min <= max {
            // Walk from min upwards: the next range must start exactly where we are.
            let mut expected = Some(min);
            for (range, location) in &ranges {
                let Some(at) = expected else { break };
                if range.from > at {
                    self.error(
                        DiagnosticKind::RangeGap {
                            question: id.clone(),
                            value: at,
                        },
                        location.clone(),
                    );
                } else if range.from < at && range.to >= min {
                    let value = range.from.max(min);
                    self.error(
                        DiagnosticKind::RangeOverlap {
                            question: id.clone(),
                            value: if range.from < min { min - 1 } else { value },
                        },
                        location.clone(),
                    );
                }
                expected = range.to.checked_add(1).filter(|_| range.to < max);
            }
            if let Some(at) = expected
                && ranges.last().is_none_or(|(r, _)| r.to < max)
            {
                self.error(
                    DiagnosticKind::RangeGap {
                        question: id.clone(),
                        value: at,
                    },
                    q.bereiken.as_ref().and_then(|b| Location::of(file, b)),
                );
            }
        }
        if min <= max {
            ranges = self.within_domain(&id, min, max, ranges);
        }
        QuestionKind::Number {
            min,
            max,
            unit: self.optional_text(
                file,
                Some((IdKind::Question, asked.id.value.as_str())),
                "eenheid",
                &asked.eenheid,
            ),
            ranges: ranges.into_iter().map(|(r, _)| r).collect(),
            higher_is_more_urgent: asked.hoger_is_urgenter.as_ref().is_none_or(|h| h.value),
        }
    }

    /// The ranges cut to `min..=max`, each part outside noted for `check`: an
    /// answer there is refused, so it must lead nowhere.
    fn within_domain(
        &mut self,
        question: &str,
        min: i64,
        max: i64,
        ranges: Vec<(NumberRange, Option<Location>)>,
    ) -> Vec<(NumberRange, Option<Location>)> {
        let mut note = |from: i64, to: i64, location: &Option<Location>| {
            self.outside_domain.push(OutsideDomain {
                question: question.to_string(),
                from,
                to,
                min,
                max,
                location: location.clone(),
            });
        };
        let mut kept = Vec::with_capacity(ranges.len());
        for (mut range, location) in ranges {
            if range.from > range.to {
                kept.push((range, location));
                continue;
            }
            if range.to < min || range.from > max {
                note(range.from, range.to, &location);
                continue;
            }
            if range.from < min {
                note(range.from, min - 1, &location);
                range.from = min;
            }
            if range.to > max {
                note(max + 1, range.to, &location);
                range.to = max;
            }
            kept.push((range, location));
        }
        kept
    }

    fn advice(
        &mut self,
        file: &str,
        a: &model::Advice,
        roles: &HashMap<String, usize>,
        orgs: &HashMap<String, usize>,
        nodes: &HashMap<String, Node>,
        questions: &[Question],
    ) -> Advice {
        if a.contacten.value.is_empty() {
            self.error(
                DiagnosticKind::NoContacts {
                    advice: a.id.value.clone(),
                },
                Location::of(file, &a.contacten),
            );
        }
        let contacts = a
            .contacten
            .value
            .iter()
            .filter_map(|c| {
                let location = c
                    .rol
                    .as_ref()
                    .or(c.organisatie.as_ref())
                    .and_then(|s| Location::of(file, s));
                let target = match (&c.rol, &c.organisatie) {
                    (Some(role), None) => {
                        ContactTarget::Role(self.reference(file, IdKind::Role, roles, role)?)
                    }
                    (None, Some(org)) => ContactTarget::Organisation(self.reference(
                        file,
                        IdKind::Organisation,
                        orgs,
                        org,
                    )?),
                    (role, org) => {
                        let at = role
                            .as_ref()
                            .or(org.as_ref())
                            .and_then(|s| Location::of(file, s))
                            .or_else(|| Location::of(file, &a.contacten));
                        self.error(
                            DiagnosticKind::ContactRoleOrOrganisation {
                                advice: a.id.value.clone(),
                            },
                            at,
                        );
                        return None;
                    }
                };
                let owner = Some((IdKind::Advice, a.id.value.as_str()));
                Some(Contact {
                    target,
                    urgency: c.urgentie,
                    waarom: self.optional_text(file, owner, "waarom", &c.waarom),
                    termijn: self.optional_text(file, owner, "termijn", &c.termijn),
                    location,
                })
            })
            .collect();
        let milestones = a
            .mijlpalen
            .iter()
            .filter_map(|m| {
                // Counted from the question that is asked (its `antwoord_van`, if any).
                let question = match self.reference(file, IdKind::Node, nodes, &m.vraag)? {
                    Node::Question(q) => Some(questions[q].asked(q)),
                    Node::Advice(_) => None,
                };
                let in_weeks = |q: &usize| {
                    matches!(&questions[*q].kind, QuestionKind::Number { .. })
                        && self.in_weeks.get(*q).copied().unwrap_or(false)
                };
                let Some(question) = question.filter(in_weeks).filter(|_| m.na_weken > 0) else {
                    self.error(
                        DiagnosticKind::MilestoneQuestion {
                            advice: a.id.value.clone(),
                            question: m.vraag.value.clone(),
                        },
                        Location::of(file, &m.vraag),
                    );
                    return None;
                };
                let owner = Some((IdKind::Advice, a.id.value.as_str()));
                Some(Milestone {
                    question,
                    weeks: m.na_weken,
                    tekst: self.text(file, owner, "tekst", &m.tekst),
                })
            })
            .collect();
        if let Some(date) = &a.geldig_tot {
            self.date(file, date);
        }
        let clean_all = |items: &[String]| items.iter().map(|s| clean(s)).collect();
        let owner = Some((IdKind::Advice, a.id.value.as_str()));
        let mut texts = |field: &'static str, items: &[Spanned<model::Text>]| -> Vec<String> {
            items
                .iter()
                .map(|t| self.text(file, owner, field, t))
                .collect()
        };
        let stappen = texts("stappen", &a.stappen);
        let voorbereiden = texts("voorbereiden", &a.voorbereiden);
        Advice {
            id: a.id.value.clone(),
            titel: self.text(file, owner, "titel", &a.titel),
            uitleg: self.optional_text(file, owner, "uitleg", &a.uitleg),
            contacts,
            stappen,
            voorbereiden,
            grondslag: clean_all(&a.grondslag),
            bronnen: clean_all(&a.bronnen),
            milestones,
            geldig_tot: a.geldig_tot.as_ref().map(|d| d.value.clone()),
            geldig_tot_location: a.geldig_tot.as_ref().and_then(|d| Location::of(file, d)),
            location: Location::of(file, &a.id),
        }
    }
}

/// True for an id or option value made of ASCII letters, digits, `-`, `_` and
/// `.`, starting with a letter or digit: what can be typed in
/// `--answer id=waarde` and separated by commas, and never terminal control.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn soort_name(kind: model::QuestionKind) -> &'static str {
    use model::QuestionKind as K;
    match kind {
        K::Keuze => "keuze",
        K::Meerkeuze => "meerkeuze",
        K::Getal => "getal",
        K::Janee => "janee",
        K::Woongemeente => "woongemeente",
        K::Schoolgemeente => "schoolgemeente",
    }
}

/// A cycle among the questions, as the list of questions on it, if there is one.
/// Iterative depth-first search, so a deep map cannot overflow the stack.
fn find_cycle(questions: &[Question]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; questions.len()];
    for root in 0..questions.len() {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>, usize)> = Vec::new();
        let next_questions = |q: usize| -> Vec<usize> {
            successors(&questions[q])
                .into_iter()
                .filter_map(|n| match n {
                    Node::Question(q) => Some(q),
                    Node::Advice(_) => None,
                })
                .collect()
        };
        mark[root] = Mark::Open;
        stack.push((root, next_questions(root), 0));
        while let Some((q, children, i)) = stack.last_mut() {
            if let Some(&child) = children.get(*i) {
                *i += 1;
                match mark[child] {
                    Mark::Open => {
                        let start = stack.iter().position(|(s, _, _)| *s == child)?;
                        let mut path: Vec<usize> =
                            stack[start..].iter().map(|(s, _, _)| *s).collect();
                        path.push(child);
                        return Some(path);
                    }
                    Mark::New => {
                        mark[child] = Mark::Open;
                        let grandchildren = next_questions(child);
                        stack.push((child, grandchildren, 0));
                    }
                    Mark::Done => {}
                }
            } else {
                mark[*q] = Mark::Done;
                stack.pop();
            }
        }
    }
    None
}
