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
//!
//! The Markdown plan has no page to fit, but the same structure: its
//! headings are the text page's, in the same order, and the appendix comes
//! only with `--uitgebreid`.

use routekaart::core::date::Date;
use routekaart::core::engine::Walk;
use routekaart::core::map::Map;
use routekaart::core::plan::Plan;
use routekaart::i18n::Lang;
use routekaart::render::page::{PAGE_LINES, PAPER_WIDTH, PlanOptions, word};
use routekaart::render::{Context, PlanView, markdown, plan_view, text};
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
    // The map's messages (none: it loads) in Dutch; the plan in `lang`.
    let map = load(&MapSource::Embedded, Lang::Nl)
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
            let view = plan_view(&map, &Plan::build(&map, walk), &context, lang);
            plans.push((outcome.name, render(&view)));
        }
    }
    plans
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
        // The language is passed, not set: no process language is set here,
        // so an English page worded in Dutch would show a step that reads it.
        let heading = match lang {
            Lang::Nl => "WIE U BELT, IN DEZE VOLGORDE",
            Lang::En => "WHOM TO CALL, IN THIS ORDER",
        };
        for (name, page) in pages(lang) {
            assert!(page.contains(heading), "{lang:?}: {name}\n{page}");
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

/// The headings of the page, in the order the text plan prints them.
const PAGE_HEADINGS: [&str; 5] = [
    "plan-kop-contacten",
    "plan-kop-doen",
    "plan-kop-voorbereiden",
    "plan-kop-plichten",
    "plan-kop-invullen",
];

/// The headings of the appendix.
const APPENDIX_HEADINGS: [&str; 4] = [
    "plan-kop-bijlage",
    "plan-kop-waarom",
    "plan-kop-antwoorden",
    "plan-kop-opnieuw",
];

#[test]
fn every_markdown_plan_has_the_text_pages_structure_and_the_appendix_only_when_asked() {
    let extended = PlanOptions {
        extended: true,
        ..PlanOptions::default()
    };
    let mut checked = 0;
    for lang in [Lang::Nl, Lang::En] {
        let words = |ids: &[&str]| -> Vec<String> { ids.iter().map(|id| word(lang, id)).collect() };
        let (page_headings, appendix_headings) = (words(&PAGE_HEADINGS), words(&APPENDIX_HEADINGS));
        let rendered = plans(lang, |view| {
            (
                text::plan(view, PlanOptions::default()),
                markdown::plan(view, PlanOptions::default()),
                markdown::plan(view, extended),
                view.opnieuw.clone(),
            )
        });
        for (name, (text, page, whole, command)) in rendered {
            checked += 1;
            let case = format!("{lang:?}: {name}");
            // The text page's headings, in its order, are the Markdown page's.
            let in_text: Vec<&str> = text
                .lines()
                .filter(|line| page_headings.iter().any(|h| h == line))
                .collect();
            let in_markdown: Vec<&str> = page
                .lines()
                .filter_map(|line| line.strip_prefix("## "))
                .collect();
            assert!(in_text.len() >= 3, "{case}\n{text}");
            assert_eq!(in_markdown, in_text, "{case}\n{page}");
            // The first contact to call comes first, as on paper.
            let first = word(lang, "plan-eerst");
            assert!(page.contains(&format!("1. **{first}: ")), "{case}\n{page}");
            // No appendix on the page: no route, answers table or command.
            for heading in &appendix_headings {
                assert!(
                    !page.contains(heading.as_str()),
                    "{case}: {heading}\n{page}"
                );
            }
            assert!(
                !page.contains("| --- |") && !page.contains(&command),
                "{case}\n{page}"
            );
            // With --uitgebreid: the same page, then the appendix.
            let privacy = page.find("\n_").expect("the privacy line");
            assert_eq!(whole[..privacy], page[..privacy], "{case}");
            let appendix = &whole[privacy..];
            for heading in &appendix_headings {
                assert!(
                    appendix.contains(heading.as_str()),
                    "{case}: {heading}\n{whole}"
                );
            }
            assert!(appendix.contains("| --- | --- |"), "{case}\n{whole}");
            assert!(
                appendix.contains(&format!("```sh\n{command}\n```")),
                "{case}\n{whole}"
            );
        }
    }
    assert!(checked >= 300, "only {checked} plans rendered");
}

/// The Markdown plan of the fixture `klein` with its appendix, as `advise
/// --format markdown --uitgebreid` prints it.
#[test]
fn the_markdown_plan_with_its_appendix() {
    let dir = tempfile::tempdir().unwrap();
    let klein = crate::fixture("klein").display().to_string();
    let plan = crate::stdout_of(
        crate::routekaart_in(dir.path())
            .args(["--routekaart", &klein, "advise"])
            .args(crate::advise::FULL)
            .args(["--format", "markdown", "--uitgebreid"]),
    );
    // The command to make the plan again names the fixture's absolute path,
    // which differs per checkout.
    let plan = plan.replace(&klein, "tests/fixtures/klein");
    insta::assert_snapshot!("markdown_plan_extended", plan);
}
