//! Fuzzes what a hand-edited map reaches: load (parse + resolve), every `check`
//! pass and its renderers, and a questionnaire walked with arbitrary answers to a
//! rendered plan. Nothing may panic or hang, and the engine must never ask a
//! question again right after it accepted an answer to it.
//!
//! The input is split on NUL bytes into the five map files (in
//! `compile::MAP_FILES` order), `regels.yaml`, `scenarios.yaml` and the answer bytes.
//! Seeds: `fuzz/seed.sh` writes the fixtures and the shipped map in that form.
//! Run: `cargo +stable fuzz run load_check_walk` (see the README, "Fuzzen").

#![no_main]

use libfuzzer_sys::fuzz_target;
use routekaart::core::answer::{self, Answer};
use routekaart::check::{self, report};
use routekaart::core::date::Date;
use routekaart::core::engine::Session;
use routekaart::core::compile::{self, MAP_FILES};
use routekaart::core::map::{Map, QuestionKind};
use routekaart::core::plan::Plan;
use routekaart::render::{self, Context, json, markdown, text};
use routekaart::core::source::SourceFile;

/// The most answers one walk gives; a real route is a few dozen at most.
const MAX_STEPS: usize = 500;

fuzz_target!(|data: &[u8]| {
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
            summary: &|_| None,
            map_argument: None,
            today,
        },
        &check::Options::default(),
    );
    let _ = report::human::render(Lang::Nl, &report, true);
    let _ = report::json::render(Lang::Nl, &report, true);
    let _ = report::junit::render(Lang::Nl, &report, true);
    let _ = report::sarif::render(Lang::Nl, &report);
    let _ = report::github::render(Lang::Nl, &report);

    if let Ok(map) = compile::from_sources(&sources) {
        walk(&map, &answers, today);
    }
});

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
            let view = render::plan_view(map, &plan, &context);
            let _ = text::plan(&view);
            let _ = markdown::plan(&view);
            let _ = json::plan(&view);
            return;
        };
        let _ = text::question(&render::question_view(map, q));
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
    let options = answer::options(map, question);
    if let QuestionKind::Number { .. } = question.kind {
        let typed = (i64::from(byte) - 20).to_string();
        return answer::parse(map, question, &typed).ok();
    }
    let (value, _) = options.get(usize::from(byte) % options.len().max(1))?;
    answer::parse(map, question, value).ok()
}
