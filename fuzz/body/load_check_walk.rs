//! The body of the fuzz target `load_check_walk`: what a hand-edited map
//! reaches: load (parse + resolve), every `check` pass and its renderers, and a
//! questionnaire walked with arbitrary answers to a rendered plan. Nothing may
//! panic or hang, and the engine must never ask a question again right after it
//! accepted an answer to it.
//!
//! The input is split on NUL bytes into the five map files (in
//! `compile::MAP_FILES` order), `regels.yaml`, `scenarios.yaml` and the answer
//! bytes. Seeds: `fuzz/seed.sh` writes the fixtures in that form.
//!
//! A file of its own, outside the fuzz target, so that `cargo test` compiles
//! it too (`tests/cli/fuzz.rs`) and runs it on those seeds: a change to the
//! crate's API breaks the tests, not only the fuzzer nobody builds daily.

use routekaart::check::report::sarif::Base;
use routekaart::check::{self, report};
use routekaart::core::answer::{self, Answer};
use routekaart::core::compile::{self, MAP_FILES};
use routekaart::core::date::Date;
use routekaart::core::engine::Session;
use routekaart::core::map::{Map, QuestionKind};
use routekaart::core::plan::Plan;
use routekaart::core::source::SourceFile;
use routekaart::i18n::Lang;
use routekaart::render::page::PlanOptions;
use routekaart::render::{self, Context, json, markdown, text};

/// Loads, checks and walks the map in `data` (see the module's comment).
pub fn run(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let mut parts = input.split('\0');
    let sources: Vec<SourceFile> = MAP_FILES
        .iter()
        .map(|name| SourceFile::new(*name, parts.next().unwrap_or_default()))
        .collect();
    let rules = parts.next().map(|t| SourceFile::new("regels.yaml", t));
    let scenarios = parts.next().map(|t| SourceFile::new("scenarios.yaml", t));
    let answers = parts.next().unwrap_or_default().as_bytes().to_vec();
    let today = Date::parse("2026-11-23").expect("a valid date");

    let report = check::run(
        &check::Input {
            sources: sources.clone(),
            rules,
            scenarios,
            region_scenarios: Vec::new(),
            region: None,
            summary: &|_| None,
            map_argument: None,
            today,
        },
        &check::Options::default(),
    );
    for lang in [Lang::Nl, Lang::En] {
        let _ = report::human::render(lang, &report, true);
        let _ = report::json::render(lang, &report, true);
        let _ = report::junit::render(lang, &report, true);
        let _ = report::sarif::render(lang, &report, &Base::default());
        let _ = report::github::render(lang, &report);
    }

    if let Ok(map) = compile::from_sources(&sources) {
        walk(&map, &answers, today);
    }
}

/// The most answers one walk gives; a real route is a few dozen at most.
const MAX_STEPS: usize = 500;

/// Answers each next question from `bytes` until the route is complete, then
/// renders the plan in every format.
fn walk(map: &Map, bytes: &[u8], today: Date) {
    let mut bytes = bytes.iter().copied();
    let mut session = Session::new(map);
    for _ in 0..MAX_STEPS {
        let current = session.walk();
        let Some(q) = current.next else {
            let plan = Plan::build(map, &current);
            let context = Context {
                date: today,
                map_argument: Some("kaart".into()),
            };
            for lang in [Lang::Nl, Lang::En] {
                let view = render::plan_view(map, &plan, &context, lang);
                let _ = text::plan(&view, PlanOptions::default());
                let _ = markdown::plan(&view, PlanOptions::default());
                let _ = json::plan(&view);
            }
            return;
        };
        let _ = text::question(&render::question_view(map, q, Lang::Nl));
        let Some(answer) = choose(map, q, &mut bytes) else {
            return;
        };
        session.answer(q, answer);
        assert_ne!(
            session.walk().next,
            Some(q),
            "question {} is asked again after a valid answer",
            map.questions[q].id
        );
    }
}

/// An answer to question `q`: a valid option picked by the next byte, or the
/// next bytes as typed text when the parser accepts them. `None` when the bytes
/// run out or no answer is possible.
fn choose(map: &Map, q: usize, bytes: &mut impl Iterator<Item = u8>) -> Option<Answer> {
    let question = &map.questions[q];
    let byte = bytes.next()?;
    if byte & 0x80 != 0 {
        let typed: Vec<u8> = bytes.by_ref().take(usize::from(byte & 0x0f)).collect();
        if let Ok(answer) = answer::parse(map, question, &String::from_utf8_lossy(&typed)) {
            return Some(answer);
        }
    }
    let options = answer::options(map, question, Lang::Nl);
    if let QuestionKind::Number { .. } = question.kind {
        let typed = (i64::from(byte) - 20).to_string();
        return answer::parse(map, question, &typed).ok();
    }
    let (value, _) = options.get(usize::from(byte) % options.len().max(1))?;
    answer::parse(map, question, value).ok()
}
