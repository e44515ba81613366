//! The guided questionnaire: inquire prompts over the one engine.
//!
//! Every question can go back to the previous one; answers given before stay as
//! defaults while they still apply. When the route is complete, a review of all
//! answers lets the user change any of them before the plan is shown. Prompts are
//! drawn on stderr, so `routekaart ask > plan.txt` keeps them visible. Esc or
//! Ctrl-C stops at once: nothing is written.

use crate::answer::{self, Answer};
use crate::app::{Failure, load_map, print};
use crate::engine::Session;
use crate::exit::Exit;
use crate::load::MapSource;
use crate::map::{Map, QuestionKind};
use crate::plan::Plan;
use crate::render::{self, Context, PlanView, json, markdown, text};
use crate::save::save;
use comfy_table::{ContentArrangement, Table, presets};
use inquire::error::InquireError;
use inquire::ui::RenderConfig;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

const BACK: &str = "← Vorige vraag";
const KEYS: &str = "↑↓ kiezen · Enter bevestigen · Esc stoppen";
const MULTI_KEYS: &str = "↑↓ kiezen · spatie aan/uit · Enter bevestigen · Esc stoppen";

/// What the user did at a question.
enum Reply {
    Answer(Answer),
    Back,
}

/// Runs the questionnaire and shows (and optionally saves) the plan; the
/// prompts are coloured only when `colour` is set (see [`crate::colour`]).
pub fn run(
    source: &MapSource,
    context: &Context,
    output: Option<PathBuf>,
    force: bool,
    colour: bool,
) -> Result<Exit, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(
            "de vragenlijst heeft een terminal nodig, maar de invoer komt niet van een terminal.\n  \
             = hulp: gebruik in scripts `routekaart advise --answer vraag=waarde …`; \
             `routekaart advise` zonder antwoorden toont de eerste vraag"
                .into(),
        ));
    }
    if let Some(folder) = output.as_deref().and_then(Path::parent)
        && !folder.as_os_str().is_empty()
        && !folder.is_dir()
    {
        // Say so now, not after the last question.
        return Err(Failure::Usage(format!(
            "de map {} bestaat niet; maak haar eerst aan of kies met -o een andere plek",
            folder.display()
        )));
    }
    let loaded = load_map(source)?;
    let map = &loaded.map;
    inquire::set_global_render_config(if colour {
        RenderConfig::default_colored()
    } else {
        RenderConfig::empty()
    });
    let mut session = Session::new(map);
    note(&format!(
        "{} (versie {}). Beantwoord de vragen; u kunt steeds terug. \
         Er wordt niets opgeslagen tenzij u daar zelf om vraagt.\n",
        map.meta.naam, map.meta.versie
    ));
    loop {
        let walk = session.walk();
        if let Some(q) = walk.next {
            let can_go_back = !walk.steps.is_empty();
            match ask_question(map, q, session.default_for(q), can_go_back)? {
                Reply::Answer(answer) => session.answer(q, answer),
                Reply::Back => {
                    session.back();
                }
            }
            continue;
        }
        note(&format!("\n{}", review_table(map, &session)));
        let choice = select(
            "Klopt dit overzicht?",
            vec![
                "Ja, toon het plan".to_string(),
                "Een antwoord wijzigen".to_string(),
                BACK.to_string(),
            ],
            0,
            KEYS,
        )?;
        match choice {
            0 => break,
            1 => change_an_answer(map, &mut session)?,
            _ => {
                session.back();
            }
        }
    }

    let walk = session.walk();
    let plan = Plan::build(map, &walk);
    let view = render::plan_view(map, &plan, context);
    print("\n")?;
    print(&text::plan(&view))?;
    save_if_wanted(&view, context, output, force)?;
    Ok(Exit::Success)
}

/// Asks one question; offers the previous answer as default.
fn ask_question(
    map: &Map,
    q: usize,
    default: Option<&Answer>,
    can_go_back: bool,
) -> Result<Reply, Failure> {
    let question = &map.questions[q];
    let help = |keys: &str| match &question.uitleg {
        Some(uitleg) => format!("{uitleg} · {keys}"),
        None => keys.to_string(),
    };
    let back = |mut labels: Vec<String>| {
        if can_go_back {
            labels.push(BACK.to_string());
        }
        labels
    };
    match &question.kind {
        QuestionKind::MultiChoice(choices) => {
            let labels = back(choices.iter().map(|c| c.label.clone()).collect());
            let defaults: Vec<usize> = match default {
                Some(Answer::Choices(chosen)) => chosen.clone(),
                _ => Vec::new(),
            };
            let back_index = choices.len();
            let chosen = MultiSelect::new(&question.tekst, labels)
                .with_default(&defaults)
                .with_help_message(&help(MULTI_KEYS))
                .with_page_size(12)
                .with_validator(
                    move |chosen: &[inquire::list_option::ListOption<&String>]| {
                        let back = chosen.iter().any(|o| o.index == back_index);
                        Ok(if chosen.is_empty() {
                            Validation::Invalid(
                                "Kies minstens één antwoord (spatie), of ‘Vorige vraag’.".into(),
                            )
                        } else if back && chosen.len() > 1 {
                            Validation::Invalid(
                                "Kies ‘Vorige vraag’ alleen, zonder andere antwoorden.".into(),
                            )
                        } else {
                            Validation::Valid
                        })
                    },
                )
                .raw_prompt()
                .map_err(stopped)?;
            let indices: Vec<usize> = chosen.iter().map(|o| o.index).collect();
            if indices.contains(&back_index) {
                return Ok(Reply::Back);
            }
            Ok(Reply::Answer(Answer::Choices(indices)))
        }
        QuestionKind::Number { min, max, unit, .. } => {
            let (min, max) = (*min, *max);
            let unit = unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
            let keys = format!(
                "een geheel getal van {min} tot en met {max}{unit}{} · Esc stoppen",
                if can_go_back {
                    " · typ < voor de vorige vraag"
                } else {
                    ""
                }
            );
            let default = match default {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            let validating = question.clone();
            let reply = Text::new(&question.tekst)
                .with_initial_value(&default)
                .with_help_message(&help(&keys))
                .with_validator(move |input: &str| {
                    if can_go_back && input.trim() == "<" {
                        return Ok(Validation::Valid);
                    }
                    Ok(match answer::parse_number(&validating, input) {
                        Ok(_) => Validation::Valid,
                        Err(e) => Validation::Invalid(e.to_string().into()),
                    })
                })
                .prompt()
                .map_err(stopped)?;
            if reply.trim() == "<" {
                return Ok(Reply::Back);
            }
            answer::parse(map, question, &reply)
                .map(Reply::Answer)
                .map_err(|e| Failure::Usage(e.to_string()))
        }
        QuestionKind::Choice(_) | QuestionKind::YesNo { .. } | QuestionKind::Gemeente { .. } => {
            let options = answer::options(map, question);
            let labels = back(options.iter().map(|(_, label)| label.clone()).collect());
            let start = default
                .map(|a| answer::to_text(map, question, a))
                .and_then(|value| options.iter().position(|(v, _)| *v == value))
                .unwrap_or(0);
            let index = select(&question.tekst, labels, start, &help(KEYS))?;
            if index == options.len() {
                return Ok(Reply::Back);
            }
            answer::parse(map, question, &options[index].0)
                .map(Reply::Answer)
                .map_err(|e| Failure::Usage(e.to_string()))
        }
    }
}

/// Lets the user pick an answered question and answer it again.
fn change_an_answer(map: &Map, session: &mut Session) -> Result<(), Failure> {
    let steps = session.walk().steps;
    let mut labels: Vec<String> = steps
        .iter()
        .map(|s| {
            let question = &map.questions[s.question];
            format!(
                "{} — {}",
                question.tekst,
                answer::label(map, question, &s.answer)
            )
        })
        .collect();
    labels.push("← Terug naar het overzicht".to_string());
    let index = select("Welk antwoord wilt u wijzigen?", labels, 0, KEYS)?;
    let Some(step) = steps.get(index) else {
        return Ok(());
    };
    if let Reply::Answer(answer) = ask_question(map, step.question, Some(&step.answer), false)? {
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
    output: Option<PathBuf>,
    force: bool,
) -> Result<(), Failure> {
    let mut path = match output {
        Some(path) => path,
        None => {
            let choice = select(
                "Wilt u dit plan opslaan?",
                vec!["Nee".to_string(), "Ja, als tekstbestand".to_string()],
                0,
                KEYS,
            )?;
            if choice == 0 {
                return Ok(());
            }
            ask_file_name(&format!("routekaart-plan-{}.txt", context.date.iso()))?
        }
    };
    loop {
        let taken = path.exists() && !path.is_dir();
        if taken && !force && !confirm_overwrite(&path)? {
            path = ask_file_name(&path.display().to_string())?;
            continue;
        }
        match save_plan(&path, view, taken) {
            Ok(()) => return Ok(()),
            Err(Failure::Other(error)) => {
                note(&format!(
                    "{}\nKies een andere naam of map, of stop met Esc.\n",
                    crate::text::clean(&format!("{error:#}"))
                ));
                path = ask_file_name(&path.display().to_string())?;
            }
            Err(other) => return Err(other),
        }
    }
}

/// Asks for a file name, offering `initial`.
fn ask_file_name(initial: &str) -> Result<PathBuf, Failure> {
    let name = Text::new("Bestandsnaam:")
        .with_initial_value(initial)
        .with_help_message("eindigt de naam op .md, dan wordt het markdown · Esc stoppen")
        .with_validator(|input: &str| {
            Ok(if input.trim().is_empty() {
                Validation::Invalid("Geef een bestandsnaam.".into())
            } else {
                Validation::Valid
            })
        })
        .prompt()
        .map_err(stopped)?;
    Ok(PathBuf::from(name.trim()))
}

/// Saves the plan in the format its file name asks for, and says where.
fn save_plan(path: &Path, view: &PlanView, force: bool) -> Result<(), Failure> {
    let content = match path.extension().and_then(|e| e.to_str()) {
        Some("md") => markdown::plan(view),
        Some("json") => json::plan(view),
        _ => text::plan(view),
    };
    save(path, &content, force)?;
    note(&format!(
        "Plan opgeslagen in {} (alleen leesbaar voor u).\n",
        path.display()
    ));
    Ok(())
}

/// Asks whether to replace an existing file; true for yes.
fn confirm_overwrite(path: &Path) -> Result<bool, Failure> {
    let choice = select(
        &format!("{} bestaat al. Vervangen?", path.display()),
        vec![
            "Nee, een andere naam kiezen".to_string(),
            "Ja, vervangen".to_string(),
        ],
        0,
        KEYS,
    )?;
    Ok(choice == 1)
}

/// A single-choice prompt; returns the index chosen.
fn select(message: &str, labels: Vec<String>, start: usize, help: &str) -> Result<usize, Failure> {
    let start = start.min(labels.len().saturating_sub(1));
    Select::new(message, labels)
        .with_starting_cursor(start)
        .with_help_message(help)
        .with_page_size(12)
        .raw_prompt()
        .map(|chosen| chosen.index)
        .map_err(stopped)
}

/// Esc and Ctrl-C stop the questionnaire; any other prompt error is a failure.
fn stopped(error: InquireError) -> Failure {
    match error {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            Failure::Interrupted
        }
        other => {
            Failure::Other(anyhow::Error::new(other).context("de vragenlijst kan niet verder"))
        }
    }
}

fn review_table(map: &Map, session: &Session) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(100)
        .set_header(["#", "Vraag", "Uw antwoord"]);
    for (n, step) in session.walk().steps.iter().enumerate() {
        let question = &map.questions[step.question];
        table.add_row([
            (n + 1).to_string(),
            question.tekst.clone(),
            answer::label(map, question, &step.answer),
        ]);
    }
    format!("Overzicht van uw antwoorden:\n{table}\n")
}

/// A line for the user on stderr, beside the prompts (stdout is for the plan).
fn note(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}
