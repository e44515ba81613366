//! `routekaart advise`: the plan without the questionnaire, from `--answer`
//! flags and an answers file, for scripts and CI. Drives the same engine as
//! the questionnaire; when an answer is missing it prints the next question
//! and exits with its own code.

use crate::core::answer::{self, Given};
use crate::core::compile::Loaded;
use crate::core::engine::Session;
use crate::core::model::AnswersFile;
use crate::core::parse::parse;
use crate::core::plan::Plan;
use crate::core::source::{Location, SourceFile};
use crate::i18n::Lang;
use crate::render::page::PlanOptions;
use crate::render::{self, Context, json, markdown, text};
use crate::shell::cli::{AdviseArgs, Format};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, print};
use crate::shell::load;
use crate::shell::save::save;
use crate::shell::school::School;
use crate::t;
use std::io::Write;
use std::path::Path;

/// `advise`: the plan of the given answers, or the next question.
pub(super) fn run(
    loaded: &Loaded,
    args: &AdviseArgs,
    context: &Context,
    options: PlanOptions,
    lang: Lang,
) -> Result<Exit, Failure> {
    let map = &loaded.map;
    let mut given = Vec::new();
    if let Some(path) = &args.answers_file {
        given.extend(read_answers_file(path, lang)?);
    }
    let from_file = given.len();
    for flag in &args.answers {
        let Some((id, value)) = flag.split_once('=') else {
            return Err(Failure::Usage(t!(
                lang,
                "advise-geen-antwoord",
                flag = flag.as_str()
            )));
        };
        if id.trim().is_empty() {
            return Err(Failure::Usage(t!(
                lang,
                "advise-geen-vraag",
                flag = flag.as_str()
            )));
        }
        given.push(Given {
            id: id.trim().to_string(),
            value: value.to_string(),
            location: None,
        });
    }
    let answers = answer::check_given(map, &given).map_err(|e| Failure::Usage(e.text(lang)))?;
    // Flags override the file, but two flags for one question are refused.
    if let Some(message) = answer::repeated(map, &given[from_file..], lang) {
        return Err(Failure::Usage(message));
    }
    let school = crate::shell::school::load(map, args.school.as_deref(), lang)?;
    let session =
        Session::with_answers(map, answers).with_preset(School::preset(school.as_ref(), map));
    let walk = session.walk();
    if let Some(next) = walk.next {
        let view = render::question_view(map, next, lang);
        let out = match args.format {
            Format::Text | Format::Html => text::question(&view),
            Format::Markdown => markdown::question(&view),
            Format::Json => json::question(&view, &render::answer_views(map, &walk.steps, lang)),
        };
        print(&out)?;
        return Ok(Exit::NeedsAnswer);
    }
    let unused = session.unused_answers(&walk);
    if !unused.is_empty() {
        let ids: Vec<String> = unused
            .iter()
            .map(|&q| map.questions[q].id.clone())
            .collect();
        let route: Vec<String> = walk
            .steps
            .iter()
            .map(|s| map.questions[s.question].id.clone())
            .collect();
        let n = ids.len();
        let (ids, route) = (
            crate::i18n::format::list(lang, &ids),
            crate::i18n::format::list(lang, &route),
        );
        return Err(Failure::Usage(t!(
            lang,
            "advise-niet-op-route",
            n = n,
            ids = ids,
            route = route
        )));
    }
    let plan = Plan::build(map, &walk);
    let mut view = render::plan_view(map, &plan, context, lang);
    School::add_to(school.as_ref(), &mut view, map, &plan, context.date);
    let out = match args.format {
        Format::Text => text::plan(&view, options),
        Format::Html => render::html::plan::plan(&view, options),
        Format::Markdown => markdown::plan(&view, options),
        Format::Json => json::plan(&view),
    };
    if let Some(path) = &args.output {
        save(path, &out, args.force, lang)?;
        let shown = path.display().to_string();
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            t!(lang, "plan-opgeslagen", path = shown)
        );
    }
    print(&out)?;
    Ok(Exit::Success)
}

fn read_answers_file(path: &Path, lang: Lang) -> Result<Vec<Given>, Failure> {
    let text = load::read_text(path, lang).map_err(|d| Failure::File(vec![d], Vec::new()))?;
    let source = SourceFile::new(path.display().to_string(), text);
    let file: AnswersFile = parse(&source).map_err(|d| {
        let first_key = source
            .text
            .lines()
            .map(|line| line.trim_start_matches('\u{feff}'))
            .find(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
        if first_key.is_some_and(|line| line.starts_with("antwoorden:")) {
            let name = source.name.as_str();
            Failure::Usage(t!(lang, "advise-antwoorden-kop", name = name))
        } else {
            Failure::File(vec![d], vec![source.clone()])
        }
    })?;
    Ok(file
        .antwoorden
        .into_iter()
        .map(|(id, value)| Given {
            location: Location::of(&source.name, &id),
            id: id.value,
            value: value.to_text(),
        })
        .collect())
}
