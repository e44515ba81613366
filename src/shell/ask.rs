//! The guided questionnaire: inquire prompts over the one engine.
//!
//! Every question can go back to the previous one; answers given before stay as
//! defaults while they still apply. When the route is complete, a review of all
//! answers lets the user change any of them before the plan is shown. Prompts are
//! drawn on stderr, so `routekaart ask > plan.txt` keeps them visible. Esc or
//! Ctrl-C stops at once: nothing is written.

use crate::core::answer::{self, Answer};
use crate::core::engine::Session;
use crate::core::map::{InLang, Map, Question, QuestionKind};
use crate::core::plan::Plan;
use crate::i18n::Lang;
use crate::render::page::PlanOptions;
use crate::render::{self, Context, PlanView, json, markdown, text};
use crate::shell::ask_line;
use crate::shell::ask_screen::{Screen, note};
use crate::shell::cli::AskArgs;
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, load_map, print};
use crate::shell::load::MapSource;
use crate::shell::prompt::{
    Reply, back_label, gemeente_keys, keys, multi_keys, multi_select, select,
};
use crate::shell::save::{free_name, save};
use crate::shell::school::School;
use crate::t;
use comfy_table::{ContentArrangement, Table, presets};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How the plan is laid out on the screen and in a saved file, and `--width`,
/// which the prompts keep within too.
#[derive(Debug, Clone, Copy)]
pub struct Plans {
    pub screen: PlanOptions,
    pub paper: PlanOptions,
    pub width: Option<u16>,
}

impl Plans {
    /// How the plan is shown on the screen, as wide as the terminal is now
    /// (unless `--width`): the questions take minutes, and the terminal may
    /// have been resized meanwhile, or have got its size only after the
    /// program started.
    fn screen_now(&self) -> PlanOptions {
        let now = self
            .width
            .is_none()
            .then(crate::shell::terminal::stdout_width)
            .flatten();
        PlanOptions {
            width: now.map_or(self.screen.width, usize::from),
            ..self.screen
        }
    }
}

/// Runs the questionnaire and shows (and optionally saves) the plan; the
/// prompts are coloured only when `colour` is set (see [`crate::shell::colour`]);
/// the questionnaire's own words are in `lang`.
pub fn run(
    source: &MapSource,
    context: &Context,
    args: AskArgs,
    plans: Plans,
    colour: bool,
    lang: Lang,
) -> Result<Exit, Failure> {
    let AskArgs {
        output,
        force,
        school,
        ..
    } = args;
    if !std::io::stdin().is_terminal() {
        let hint = t!(lang, "ask-geen-terminal-hulp");
        return Err(Failure::Usage(format!(
            "{}\n  = {hint}",
            t!(lang, "ask-geen-terminal")
        )));
    }
    if let Some(problem) = output
        .as_deref()
        .and_then(|path| crate::shell::save::folder_problem(path, lang))
    {
        // Say so now, not after the last question.
        return Err(Failure::Usage(problem));
    }
    let loaded = load_map(source, lang)?;
    let map = &loaded.map;
    let school = crate::shell::school::load(map, school.as_deref(), lang)?;
    crate::shell::terminal::restore_on_signals();
    crate::shell::ask_screen::limit_width(plans.width);
    crate::shell::prompt::configure(colour, lang);
    let mut session = Session::new(map).with_preset(School::preset(school.as_ref(), map));
    let (naam, versie) = (map.meta.naam.get(lang), map.meta.versie.as_str());
    note(&format!(
        "{}\n",
        t!(lang, "ask-welkom", naam = naam, versie = versie)
    ));
    loop {
        let walk = session.walk();
        if let Some(q) = walk.next {
            let can_go_back = session.can_go_back();
            match ask_question(map, q, session.default_for(q), can_go_back, lang)? {
                Reply::Answer(answer) => session.answer(q, answer),
                Reply::Back => {
                    session.back();
                }
            }
            continue;
        }
        let table = review_table(map, &session, &Screen::now(), lang);
        let _ = std::io::stderr().write_all(format!("\n{table}").as_bytes());
        let choice = select(
            &t!(lang, "ask-klopt-overzicht"),
            vec![
                t!(lang, "ask-toon-plan"),
                t!(lang, "ask-antwoord-wijzigen"),
                back_label(lang),
            ],
            0,
            &keys(lang),
        )?;
        match choice {
            0 => break,
            1 => change_an_answer(map, &mut session, lang)?,
            _ => {
                session.back();
            }
        }
    }

    let walk = session.walk();
    let plan = Plan::build(map, &walk);
    let mut view = render::plan_view(map, &plan, context, lang);
    School::add_to(school.as_ref(), &mut view, map, &plan, context.date);
    print("\n")?;
    print(&text::plan(&view, plans.screen_now()))?;
    save_if_wanted(&view, context, (output, force), plans.paper, lang)?;
    Ok(Exit::Success)
}

/// Asks one question; offers the previous answer as default.
fn ask_question(
    map: &Map,
    q: usize,
    default: Option<&Answer>,
    can_go_back: bool,
    lang: Lang,
) -> Result<Reply, Failure> {
    let question = &map.questions[q];
    let tekst = question.tekst.get(lang);
    let help = |keys: &str| match &question.uitleg {
        Some(uitleg) => format!("{} · {keys}", uitleg.get(lang)),
        None => keys.to_string(),
    };
    let back = |mut labels: Vec<String>| {
        if can_go_back {
            labels.push(back_label(lang));
        }
        labels
    };
    match &question.kind {
        QuestionKind::MultiChoice(choices) if !question.themes.is_empty() => {
            crate::shell::ask_themes::ask(question, choices, default, can_go_back, lang)
        }
        QuestionKind::MultiChoice(choices) => {
            let labels = back(choices.iter().map(|c| c.label.in_lang(lang)).collect());
            let defaults: Vec<usize> = match default {
                Some(Answer::Choices(chosen)) => chosen.clone(),
                _ => Vec::new(),
            };
            let back_index = can_go_back.then_some(choices.len());
            let indices = multi_select(
                tekst,
                labels,
                &defaults,
                &help(&multi_keys(lang)),
                back_index,
                12,
                lang,
            )?;
            if back_index.is_some_and(|b| indices.contains(&b)) {
                return Ok(Reply::Back);
            }
            Ok(Reply::Answer(Answer::Choices(indices)))
        }
        QuestionKind::Number { min, max, unit, .. } => {
            let (min, max) = (*min, *max);
            let unit = unit
                .as_ref()
                .map(|u| format!(" {}", u.get(lang)))
                .unwrap_or_default();
            let back = if can_go_back {
                format!(" · {}", t!(lang, "ask-typ-terug"))
            } else {
                String::new()
            };
            let keys = t!(
                lang,
                "toetsen-getal",
                min = min.to_string(),
                max = max.to_string(),
                rest = format!("{unit}{back}")
            );
            // The earlier answer is a default: Enter keeps it, typing replaces it.
            let default = match default {
                Some(Answer::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            let check = |input: &str| {
                if can_go_back && input.trim() == "<" {
                    return None;
                }
                number_problem(question, input, lang)
            };
            let reply = ask_line::ask(&ask_line::Prompt {
                question: tekst,
                help: &help(&keys),
                default: default.as_deref(),
                initial: None,
                check: &check,
                lang,
            })?;
            if reply.trim() == "<" {
                return Ok(Reply::Back);
            }
            answer::parse(map, question, &reply)
                .map(Reply::Answer)
                .map_err(|e| Failure::Usage(e.text(lang)))
        }
        QuestionKind::Choice(_) | QuestionKind::YesNo { .. } | QuestionKind::Gemeente { .. } => {
            let options = answer::options(map, question, lang);
            let labels = back(options.iter().map(|(_, label)| label.clone()).collect());
            let start = default
                .map(|a| answer::to_text(map, question, a))
                .and_then(|value| options.iter().position(|(v, _)| *v == value))
                .unwrap_or(0);
            let keys = match question.kind {
                QuestionKind::Gemeente { .. } => gemeente_keys(lang),
                _ => keys(lang),
            };
            let index = select(tekst, labels, start, &help(&keys))?;
            if index == options.len() {
                return Ok(Reply::Back);
            }
            answer::parse(map, question, &options[index].0)
                .map(Reply::Answer)
                .map_err(|e| Failure::Usage(e.text(lang)))
        }
    }
}

/// What is wrong with `input` as an answer to the number question `question`,
/// in the words of the screen (not the question's id); `None` when nothing is.
fn number_problem(question: &Question, input: &str, lang: Lang) -> Option<String> {
    let QuestionKind::Number { min, max, .. } = &question.kind else {
        return None;
    };
    answer::parse_number(question, input).err()?;
    let (min, max, given) = (min.to_string(), max.to_string(), input.trim());
    Some(if given.is_empty() {
        t!(lang, "ask-getal-leeg", min = min, max = max)
    } else if given.parse::<i64>().is_err() {
        t!(
            lang,
            "ask-getal-geen-getal",
            given = given,
            min = min,
            max = max
        )
    } else {
        t!(
            lang,
            "ask-getal-buiten",
            given = given,
            min = min,
            max = max
        )
    })
}

/// Lets the user pick an answered question and answer it again.
fn change_an_answer(map: &Map, session: &mut Session, lang: Lang) -> Result<(), Failure> {
    let steps = session.walk().steps;
    let mut labels: Vec<String> = steps
        .iter()
        .map(|s| {
            let question = &map.questions[s.question];
            format!(
                "{} — {}",
                question.tekst.get(lang),
                answer::label(map, question, &s.answer, lang)
            )
        })
        .collect();
    labels.push(t!(lang, "ask-terug-overzicht"));
    let index = select(&t!(lang, "ask-welk-antwoord"), labels, 0, &keys(lang))?;
    let Some(step) = steps.get(index) else {
        return Ok(());
    };
    if let Reply::Answer(answer) =
        ask_question(map, step.question, Some(&step.answer), false, lang)?
    {
        session.answer(step.question, answer);
    }
    Ok(())
}

/// Saves the plan to `output`, or offers to save it when no file was given.
/// Asks for another name until saving works, so a typo in a folder or a name
/// already taken costs one more answer, not the whole session; Esc stops.
fn save_if_wanted(
    view: &PlanView,
    context: &Context,
    (output, force): (Option<PathBuf>, bool),
    paper: PlanOptions,
    lang: Lang,
) -> Result<(), Failure> {
    let mut path = match output {
        Some(path) => path,
        None => {
            let choice = select(
                &t!(lang, "ask-opslaan"),
                vec![t!(lang, "ask-nee"), t!(lang, "ask-ja-tekstbestand")],
                0,
                &keys(lang),
            )?;
            if choice == 0 {
                return Ok(());
            }
            ask_file_name(
                &free_name(Path::new(&format!(
                    "routekaart-plan-{}.txt",
                    context.date.iso()
                ))),
                lang,
            )?
        }
    };
    loop {
        let taken = path.exists() && !path.is_dir();
        if taken && !force && !confirm_overwrite(&path, lang)? {
            path = ask_file_name(&free_name(&path), lang)?;
            continue;
        }
        match save_plan(&path, view, taken, paper, lang) {
            Ok(()) => return Ok(()),
            Err(Failure::Other(error)) => {
                let error = crate::core::text::clean(&format!("{error:#}"));
                note(&format!("{error}\n{}\n", t!(lang, "ask-andere-naam")));
                path = ask_file_name(&path, lang)?;
            }
            Err(other) => return Err(other),
        }
    }
}

/// Asks for a file name, offering `suggested` as the default: Enter takes
/// it, typing gives another name instead, Tab takes it into the line to
/// change it; the keys of a shell edit the line (see [`ask_line`]).
fn ask_file_name(suggested: &Path, lang: Lang) -> Result<PathBuf, Failure> {
    let suggested = suggested.display().to_string();
    let empty = t!(lang, "ask-bestandsnaam-leeg");
    let check = |input: &str| input.trim().is_empty().then(|| empty.clone());
    let name = ask_line::ask(&ask_line::Prompt {
        question: &t!(lang, "ask-bestandsnaam"),
        help: &t!(lang, "ask-bestandsnaam-hulp"),
        default: Some(&suggested),
        initial: None,
        check: &check,
        lang,
    })?;
    Ok(PathBuf::from(name.trim()))
}

/// Saves the plan in the format its file name asks for, and says where.
fn save_plan(
    path: &Path,
    view: &PlanView,
    force: bool,
    paper: PlanOptions,
    lang: Lang,
) -> Result<(), Failure> {
    let content = match path.extension().and_then(|e| e.to_str()) {
        Some("md") => markdown::plan(view, paper),
        Some("json") => json::plan(view),
        Some("html" | "htm") => render::html::plan::plan(view, paper),
        _ => text::plan(view, paper),
    };
    save(path, &content, force, lang)?;
    let shown = path.display().to_string();
    note(&format!(
        "{}\n",
        t!(lang, "ask-plan-opgeslagen", path = shown)
    ));
    Ok(())
}

/// Asks whether to replace an existing file; true for yes.
fn confirm_overwrite(path: &Path, lang: Lang) -> Result<bool, Failure> {
    let shown = path.display().to_string();
    let choice = select(
        &t!(lang, "ask-bestaat-al", path = shown),
        vec![
            t!(lang, "ask-andere-naam-kiezen"),
            t!(lang, "ask-vervangen"),
        ],
        0,
        &keys(lang),
    )?;
    Ok(choice == 1)
}

/// The answers so far, as a table no wider than the screen (and at most 100
/// columns). The cells are wrapped here, between words, since comfy-table
/// breaks a long word in a narrow column.
fn review_table(map: &Map, session: &Session, screen: &Screen, lang: Lang) -> String {
    let header = [
        "#".to_string(),
        t!(lang, "ask-kolom-vraag"),
        t!(lang, "ask-kolom-antwoord"),
    ];
    let rows: Vec<[String; 3]> = session
        .walk()
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let question = &map.questions[step.question];
            [
                (n + 1).to_string(),
                question.tekst.in_lang(lang),
                answer::label(map, question, &step.answer, lang),
            ]
        })
        .collect();
    let all = || std::iter::once(&header).chain(&rows);
    let widest = |column: usize, part: fn(&str) -> usize| {
        all().map(|row| part(&row[column])).max().unwrap_or(1)
    };
    let line = |text: &str| text.chars().count();
    let word = |text: &str| {
        text.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    // Four borders and a space either side of each of the three cells.
    let room = screen.width.min(100).saturating_sub(10 + widest(0, line));
    let (question, answer) = column_widths(
        (widest(1, word), widest(1, line)),
        (widest(2, word), widest(2, line)),
        room,
    );
    let cell = |text: &str, width: usize| crate::shell::ask_screen::fill(text, width, 0, 0);
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.clone());
    for row in &rows {
        table.add_row([
            row[0].clone(),
            cell(&row[1], question),
            cell(&row[2], answer),
        ]);
    }
    let title = screen.text(&t!(lang, "ask-overzicht-titel"));
    format!("{title}\n{table}\n")
}

/// The widths of two columns sharing `room`, each given as (its longest word,
/// its longest text): both whole if they fit; else the answers keep up to two
/// fifths and the questions the rest, neither narrower than its longest word.
fn column_widths(question: (usize, usize), answer: (usize, usize), room: usize) -> (usize, usize) {
    if question.1 + answer.1 <= room {
        return (question.1, answer.1);
    }
    let answer_width = answer.1.min((room * 2 / 5).max(answer.0));
    let question_width = room.saturating_sub(answer_width).max(question.0);
    (question_width, answer_width)
}
