//! The printed plan fits one A4 page for every shipped case with one or two
//! signals: at most 66 lines of at most 76 columns, in Dutch and in English.
//!
//! Every scenario of the shipped regions is a case someone thought worth
//! keeping, so together they are the measure: each with one or two signals is
//! walked through the engine and printed as `advise` prints it on paper (not
//! on a terminal). Through the library rather than the binary: two languages
//! times nearly two hundred scenarios would take a minute of process starts
//! on CI's two cores, and the binary's own path from answers to page is
//! tested in `advise` and `html`.

use routekaart::core::date::Date;
use routekaart::core::engine::Walk;
use routekaart::core::map::Map;
use routekaart::core::plan::Plan;
use routekaart::i18n::{self, Lang};
use routekaart::render::page::{PAGE_LINES, PAPER_WIDTH, PlanOptions};
use routekaart::render::{Context, PlanView, plan_view, text};
use routekaart::shell::load::{MapSource, load};

/// A printed plan that does not fit, and why.
fn overflow(name: &str, lang: Lang, page: &str) -> Option<String> {
    let lines = page.lines().count();
    let widest = page.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    (lines > PAGE_LINES || widest > PAPER_WIDTH)
        .then(|| format!("{lines} lines, {widest} columns ({lang:?}): {name}\n{page}"))
}

/// How many signals a route chose: the answers to the signal question.
fn signals(map: &Map, walk: &Walk) -> usize {
    walk.steps
        .iter()
        .find(|step| map.questions[step.question].id == "signaal")
        .map_or(0, |step| match &step.answer {
            routekaart::core::answer::Answer::Choices(chosen) => chosen.len(),
            _ => 1,
        })
}

/// Each scenario with one or two signals, as the plan `advise` makes of its
/// answers, rendered by `render` in `lang`: (scenario name, rendered).
pub fn plans<T>(lang: Lang, render: impl Fn(&PlanView) -> T) -> Vec<(String, T)> {
    i18n::with(lang, || {
        let map = load(&MapSource::Embedded, routekaart::i18n::Lang::Nl)
            .expect("the shipped map loads")
            .map;
        let context = Context {
            date: Date::parse("2026-12-05").unwrap(),
            map_argument: None,
        };
        let mut plans = Vec::new();
        for file in routekaart::core::embedded::region_scenarios() {
            for outcome in routekaart::core::scenario::run_file(&map, &file).unwrap() {
                let walk = outcome.walk.as_ref().expect("the shipped scenarios pass");
                if signals(&map, walk) > 2 {
                    continue;
                }
                let view = plan_view(&map, &Plan::build(&map, walk), &context);
                plans.push((outcome.name, render(&view)));
            }
        }
        plans
    })
}

/// Each scenario with one or two signals, printed on paper in `lang`:
/// (scenario name, page).
fn pages(lang: Lang) -> Vec<(String, String)> {
    plans(lang, |view| text::plan(view, PlanOptions::default()))
}

#[test]
fn every_plan_with_one_or_two_signals_fits_one_a4_page() {
    let mut checked = 0;
    let mut over = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        for (name, page) in pages(lang) {
            checked += 1;
            over.extend(overflow(&name, lang, &page));
        }
    }
    // The shipped regions keep well over a hundred such cases; far fewer means
    // the scenarios were not found, and the test would prove nothing.
    assert!(checked >= 300, "only {checked} plans printed");
    assert!(
        over.is_empty(),
        "{} of {checked} plans do not fit {PAGE_LINES}×{PAPER_WIDTH}:\n\n{}",
        over.len(),
        over.join("\n\n")
    );
}

#[test]
fn the_measure_counts_what_a_printer_would_break() {
    // A 67th line, or a 77th column, is a second page or a broken line.
    let full = "x\n".repeat(PAGE_LINES);
    assert!(overflow("full", Lang::Nl, &full).is_none());
    assert!(overflow("long", Lang::Nl, &format!("{full}x\n")).is_some());
    let wide = format!("{}\n", "é".repeat(PAPER_WIDTH + 1));
    assert!(overflow("wide", Lang::Nl, &wide).is_some());
    assert!(overflow("fits", Lang::Nl, &"é".repeat(PAPER_WIDTH)).is_none());
}
