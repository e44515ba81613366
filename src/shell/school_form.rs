//! `routekaart school`: makes or changes the school's profile with questions in
//! the terminal, in the questionnaire's style; `--voorbeeld` prints a commented
//! template instead, `--pad` where the profile is kept.
//!
//! Every answer is checked as it is typed (a Dutch phone number, an e-mail
//! address); the profile is saved as plans are: whole or not at all, readable
//! by the user only. Esc or Ctrl-C stops without saving.

use crate::check::directory::{is_dutch_phone, is_email};
use crate::core::date::Date;
use crate::core::map::{InLang, Map, QuestionKind};
use crate::core::school::{self, Person, Profile, SCHOOL_TYPE_QUESTION};
use crate::i18n::Lang;
use crate::shell::ask_line;
use crate::shell::ask_screen::note;
use crate::shell::cli::SchoolArgs;
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, load_map, print};
use crate::shell::load::MapSource;
use crate::shell::prompt::{keys, select};
use crate::shell::school::{default_path, locate, read};
use crate::t;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Runs `routekaart school`.
/// `colour`: whether the prompts on stderr may be coloured.
pub fn run(
    source: &MapSource,
    args: &SchoolArgs,
    today: Date,
    colour: bool,
    lang: Lang,
) -> Result<Exit, Failure> {
    let map = load_map(source, lang)?.map;
    if args.voorbeeld {
        print(&school::template(&map, today, lang))?;
        return Ok(Exit::Success);
    }
    let path: PathBuf = locate(args.school.as_deref())
        .map(|(path, _)| path)
        .or_else(default_path)
        .ok_or_else(|| Failure::Usage(t!(lang, "school-geen-map")))?;
    if args.pad {
        print(&format!("{}\n", path.display()))?;
        return Ok(Exit::Success);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(t!(lang, "school-geen-terminal")));
    }
    crate::shell::terminal::restore_on_signals();
    // inquire's own words (a stopped prompt, a refused answer) in the user's language, as in `ask`.
    crate::shell::prompt::configure(colour, lang);
    let mut profile = if path.exists() {
        read(&map, &path, lang)?.profile
    } else {
        Profile {
            school: None,
            gemeente: None,
            school_type: None,
            people: Vec::new(),
        }
    };
    let shown = path.display().to_string();
    note(&t!(lang, "school-intro", path = shown.clone()));
    ask_school(&map, &mut profile, lang)?;
    loop {
        let roles = school::school_roles(&map);
        let mut labels: Vec<String> = roles
            .iter()
            .map(|&r| {
                let role = &map.roles[r];
                let who = profile
                    .people
                    .iter()
                    .find(|p| p.role == r)
                    .map_or_else(|| "—".to_string(), |p| p.naam.clone());
                format!("{}: {who}", role.naam.get(lang))
            })
            .collect();
        labels.push(t!(lang, "school-klaar"));
        let done = labels.len() - 1;
        let chosen = select(&t!(lang, "school-welke-rol"), labels, done, &keys(lang))?;
        if chosen == done {
            break;
        }
        ask_person(&mut profile, roles[chosen], today, lang)?;
    }
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| {
            Failure::Other(anyhow::Error::new(e).context(t!(
                lang,
                "school-map-maken",
                path = folder.display().to_string()
            )))
        })?;
    }
    crate::shell::save::save(&path, &school::to_yaml(&map, &profile), true, lang)?;
    note(&t!(lang, "school-opgeslagen", path = shown));
    Ok(Exit::Success)
}

/// The school's name, gemeente and type.
fn ask_school(map: &Map, profile: &mut Profile, lang: Lang) -> Result<(), Failure> {
    let name = ask_line::ask(&ask_line::Prompt {
        question: &t!(lang, "school-naam"),
        help: &t!(lang, "school-naam-hulp"),
        default: None,
        initial: profile.school.as_deref(),
        check: &|_| None,
        lang,
    })?;
    profile.school = Some(name.trim().to_string()).filter(|n| !n.is_empty());
    let mut labels: Vec<String> = map.gemeenten.iter().map(|g| g.naam.clone()).collect();
    labels.push(t!(lang, "school-geen-keuze"));
    let start = profile.gemeente.unwrap_or(labels.len() - 1);
    let chosen = select(&t!(lang, "school-gemeente"), labels, start, &keys(lang))?;
    profile.gemeente = (chosen < map.gemeenten.len()).then_some(chosen);
    if let Some(q) = map.question_index(SCHOOL_TYPE_QUESTION)
        && let QuestionKind::Choice(options) = &map.questions[q].kind
    {
        let mut labels: Vec<String> = options.iter().map(|o| o.label.in_lang(lang)).collect();
        labels.push(t!(lang, "school-geen-keuze"));
        let start = profile.school_type.map_or(labels.len() - 1, |(_, o)| o);
        let chosen = select(map.questions[q].tekst.get(lang), labels, start, &keys(lang))?;
        profile.school_type = (chosen < options.len()).then_some((q, chosen));
    }
    Ok(())
}

/// The school's own person for role `role`: name, phone and e-mail, each
/// checked as typed; an empty name removes the person.
fn ask_person(profile: &mut Profile, role: usize, today: Date, lang: Lang) -> Result<(), Failure> {
    let old = profile.people.iter().find(|p| p.role == role).cloned();
    let field = |label: &str, initial: Option<&str>, check: fn(&str) -> bool, wrong: String| {
        let refuse = |input: &str| {
            let input = input.trim();
            (!input.is_empty() && !check(input)).then(|| wrong.clone())
        };
        ask_line::ask(&ask_line::Prompt {
            question: label,
            help: &t!(lang, "school-veld-hulp"),
            default: None,
            initial,
            check: &refuse,
            lang,
        })
        .map(|text| Some(text.trim().to_string()).filter(|t| !t.is_empty()))
    };
    let naam = field(
        &t!(lang, "school-persoon-naam"),
        old.as_ref().map(|p| p.naam.as_str()),
        |_| true,
        String::new(),
    )?;
    profile.people.retain(|p| p.role != role);
    let Some(naam) = naam else {
        return Ok(());
    };
    loop {
        let telefoon = field(
            &t!(lang, "school-persoon-telefoon"),
            old.as_ref().and_then(|p| p.telefoon.as_deref()),
            is_dutch_phone,
            t!(lang, "school-telefoon-fout"),
        )?;
        let email = field(
            &t!(lang, "school-persoon-email"),
            old.as_ref().and_then(|p| p.email.as_deref()),
            is_email,
            t!(lang, "school-email-fout"),
        )?;
        if telefoon.is_none() && email.is_none() {
            note(&format!("{}\n", t!(lang, "school-nummer-nodig")));
            continue;
        }
        profile.people.push(Person {
            role,
            naam: crate::core::text::clean(&naam),
            telefoon,
            email,
            bijgewerkt: today,
        });
        profile.people.sort_by_key(|p| p.role);
        return Ok(());
    }
}
