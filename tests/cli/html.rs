//! `--format html` printed by a real browser: each HTML output goes through
//! headless Chromium to an A4 PDF, whose pages `pdfinfo` counts and whose text
//! `pdftotext` reads. Under `CI=true` a missing Chromium or poppler fails.

use crate::{fixture, have, routekaart_in, stdout_of};
use std::path::Path;

/// A printed HTML file: its pages and the text of each.
struct Printed {
    pages: usize,
    text: Vec<String>,
}

/// Prints `html` to an A4 PDF with headless Chromium; `None` (after a note)
/// when Chromium or poppler is missing outside CI.
fn print(html: &str, test: &str) -> Option<Printed> {
    if !have("chromium", "--version", "chromium", test)
        || !have("pdfinfo", "-v", "poppler-utils", test)
    {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let (page, pdf) = (dir.path().join("page.html"), dir.path().join("page.pdf"));
    std::fs::write(&page, html).unwrap();
    let profile = dir.path().join("profile");
    let output = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.exists(),
        "{test}: chromium printed no PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let info = tool("pdfinfo", &[pdf.as_path()], &[]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{test}: no page count in {info}"));
    assert!(info.contains("(A4)"), "{test}: not A4: {info}");
    let text = (1..=pages)
        .map(|n| {
            let n = n.to_string();
            tool(
                "pdftotext",
                &[pdf.as_path(), Path::new("-")],
                &["-f", &n, "-l", &n],
            )
        })
        .collect();
    Some(Printed { pages, text })
}

fn tool(program: &str, paths: &[&Path], flags: &[&str]) -> String {
    let output = std::process::Command::new(program)
        .args(flags)
        .args(paths)
        .output()
        .unwrap_or_else(|e| panic!("{program} does not run: {e}"));
    assert!(output.status.success(), "{program} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// One HTML file without anything from outside: no script, no stylesheet,
/// image or font to fetch.
fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("@page { size: A4;"), "A4, not Letter");
    for external in [
        "<script", "<link", "<img", "<iframe", " src=", "@import", "url(",
    ] {
        assert!(!html.contains(external), "`{external}` in the HTML");
    }
}

/// A plan on the shipped map, as `advise --format html` gives it.
fn shipped_plan(answers: &[&str], extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = routekaart_in(dir.path());
    command.args(["advise", "--format", "html"]).args(extra);
    for answer in answers {
        command.args(["-a", answer]);
    }
    stdout_of(&mut command)
}

const VERZUIM_16: [&str; 7] = [
    "schoolgemeente=amstelveen",
    "woongemeente=amstelveen",
    "al-betrokken=nee",
    "signaal=verzuim",
    "verzuim-soort=ongeoorloofd",
    "verzuim-uren=16",
    "leeftijd=12",
];

/// A twelve-year-old at home for 13 weeks: one signal, five contacts.
const THUIS_13: [&str; 7] = [
    "schoolgemeente=amstelveen",
    "woongemeente=aalsmeer",
    "al-betrokken=nee",
    "signaal=thuiszitten",
    "leeftijd=12",
    "thuis-weken=13",
    "schoolsoort=vo",
];

#[test]
fn a_plan_with_one_signal_prints_on_one_a4_page() {
    for answers in [&VERZUIM_16[..], &THUIS_13[..]] {
        let html = shipped_plan(answers, &[]);
        assert_self_contained(&html);
        let Some(printed) = print(&html, "one-page plan") else {
            return;
        };
        assert_eq!(printed.pages, 1, "{}", printed.text.join("\u{c}"));
        let page = &printed.text[0];
        assert_words_whole(&html, page);
        for part in [
            "EERST:",
            "WIE U BELT, IN DEZE VOLGORDE",
            "WAT U VOORBEREIDT",
            "WETTELIJKE PLICHTEN EN DATA",
            "Besproken met:",
            "Afspraken:",
            "Evaluatiedatum:",
            "Dit plan bevat geen persoonsgegevens",
        ] {
            assert!(page.contains(part), "`{part}` missing:\n{page}");
        }
    }
}

/// The fullest plans with one or two signals, in each language: those the
/// page had to shorten most, and of those the longest. If these print on one
/// A4 page, the lighter ones do too (all of them take minutes in Chromium;
/// these take seconds).
#[test]
fn the_fullest_plans_with_one_or_two_signals_print_on_one_a4_page() {
    use routekaart::i18n::Lang;
    use routekaart::render::page::{Detail, PAPER_WIDTH, PlanOptions};
    use routekaart::render::{html, text};
    let levels = Detail::levels();
    for lang in [Lang::Nl, Lang::En] {
        let mut plans = crate::plan_page::plans(lang, |view| {
            let detail = text::fit(view, PAPER_WIDTH);
            let level = levels.iter().position(|l| *l == detail);
            let lines = text::plan(view, PlanOptions::default()).lines().count();
            (
                (level, lines),
                html::plan::plan(view, PlanOptions::default()),
            )
        });
        plans.sort_by_key(|(_, (fullness, _))| std::cmp::Reverse(*fullness));
        for (name, ((_, lines), html)) in plans.into_iter().take(3) {
            assert_self_contained(&html);
            let Some(printed) = print(&html, "fullest plans") else {
                return;
            };
            assert_eq!(
                printed.pages,
                1,
                "{name} ({lang:?}, {lines} text lines):\n{}",
                printed.text.join("\u{c}")
            );
            assert_words_whole(&html, &printed.text[0]);
        }
    }
}

#[test]
fn the_appendix_starts_on_a_page_of_its_own() {
    let html = shipped_plan(&VERZUIM_16, &["--uitgebreid"]);
    assert_self_contained(&html);
    let Some(printed) = print(&html, "appendix") else {
        return;
    };
    assert!(printed.pages >= 2, "{}", printed.text.join("\u{c}"));
    assert!(!printed.text[0].contains("BIJLAGE"), "{}", printed.text[0]);
    assert!(
        printed.text[1].starts_with("BIJLAGE"),
        "{}",
        printed.text[1]
    );
    let rest = printed.text[1..].join("\n");
    for part in ["ANTWOORDEN", "DIT PLAN OPNIEUW MAKEN", "verzuim-uren=16"] {
        assert!(rest.contains(part), "`{part}` missing:\n{rest}");
    }
}

/// Map text with markup in it prints as the text it is, never as markup.
#[test]
fn map_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    crate::replace_in(
        dir.path(),
        "organisaties.yaml",
        "naam: Spoedlijn",
        "naam: \"Spoedlijn <b>&amp; <script>x</script>\"",
    );
    let html = stdout_of(
        routekaart_in(dir.path())
            .args(["--routekaart", ".", "advise", "--format", "html"])
            .args(crate::advise::FULL),
    );
    assert_self_contained(&html);
    assert!(
        html.contains("Spoedlijn &lt;b&gt;&amp;amp; &lt;script&gt;x&lt;/script&gt;"),
        "{html}"
    );
    let Some(printed) = print(&html, "escaping") else {
        return;
    };
    assert!(
        printed.text[0].contains("Spoedlijn <b>&amp; <script>x</script>"),
        "{}",
        printed.text[0]
    );
}

#[test]
fn export_prints_each_chapter_from_a_new_page() {
    let dir = tempfile::tempdir().unwrap();
    let html = stdout_of(routekaart_in(dir.path()).args(["export", "--format", "html"]));
    assert_self_contained(&html);
    let Some(printed) = print(&html, "export") else {
        return;
    };
    assert!(printed.pages > 10, "{} pages", printed.pages);
    // Each numbered chapter opens a page: its heading is the page's first line.
    let openings: Vec<&str> = printed
        .text
        .iter()
        .filter_map(|t| t.lines().next())
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(". "))
        .collect();
    assert!(openings.len() >= 4, "chapters opening a page: {openings:?}");
    assert_words_whole(&html, &printed.text.join("\n"));
}

/// No word is cut: every word of the printed text is a word of the HTML (a
/// word broken over two lines would print as two pieces that are not). A
/// line may break after a hyphen that is in the text. Case aside: the
/// stylesheet prints "ACUUT — nu" in capitals.
fn assert_words_whole(html: &str, printed: &str) {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_lowercase)
            .collect()
    };
    let mut source = String::new();
    let mut in_tag = false;
    for c in html.split("</style>").last().unwrap_or(html).chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                source.push(' ');
            }
            c if !in_tag => source.push(c),
            _ => {}
        }
    }
    // pdftotext joins a line that ends in a hyphen to the next: a line
    // broken after the hyphen of "Nieuw-Vennep" reads "NieuwVennep".
    let mut known: std::collections::HashSet<String> = words(&source).into_iter().collect();
    // Also after the hyphen of "school- en gezinswerk", read as "schoolen".
    let tokens: Vec<&str> = source.split_whitespace().collect();
    for (n, compound) in tokens.iter().enumerate() {
        let parts: Vec<&str> = compound.split('-').collect();
        for pair in parts.windows(2) {
            known.extend(words(&format!("{}{}", pair[0], pair[1])));
        }
        if let (Some(stem), Some(next)) = (compound.strip_suffix('-'), tokens.get(n + 1)) {
            known.extend(words(&format!("{stem}{next}")));
        }
    }
    let cut: Vec<String> = words(printed)
        .into_iter()
        .filter(|w| !known.contains(w))
        .collect();
    assert!(cut.is_empty(), "words cut or changed in print: {cut:?}");
}

/// `kaart --format html` prints on one A4 page, for every gemeente of the
/// built-in map in both languages, with and without the school's profile,
/// and holds what the text page holds.
#[test]
fn the_kaart_prints_on_one_a4_page() {
    let dir = tempfile::tempdir().unwrap();
    let profile = crate::school::write_profile(dir.path());
    let with_profile = ["--school", profile];
    let mut cases: Vec<(String, &str, &[&str])> = Vec::new();
    for (n, gemeente) in crate::kaart::gemeenten().into_iter().enumerate() {
        cases.push((gemeente.clone(), "nl", &[]));
        cases.push((gemeente.clone(), "en", &[]));
        // With the profile in one language per gemeente, both in turn: a
        // print takes a second.
        let lang = if n % 2 == 0 { "nl" } else { "en" };
        cases.push((gemeente, lang, &with_profile));
    }
    for (gemeente, lang, extra) in &cases {
        let html = stdout_of(
            routekaart_in(dir.path())
                .args(["--lang", lang, "kaart", "--format", "html"])
                .args(["--gemeente", gemeente])
                .args(*extra),
        );
        assert_self_contained(&html);
        let Some(printed) = print(&html, "kaart") else {
            return;
        };
        let case = format!("{gemeente} {lang} {extra:?}");
        assert_eq!(printed.pages, 1, "{case}: {}", printed.text.join("\u{c}"));
        let page = &printed.text[0];
        assert_words_whole(&html, page);
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        let parts: &[&str] = if *lang == "nl" {
            &[
                "ROUTEKAART — WIE BELT U EERST?",
                "Direct gevaar: bel eerst 112.",
                "Verzuim — elke soort:",
                "DUO duo.nl/zakelijk/verzuim · deze week",
                "DUO · deze week · binnen 5 werkdagen",
                "Criminaliteit: Politie",
            ]
        } else {
            &[
                "ROUTEKAART — WHOM DO YOU CALL FIRST?",
                "Immediate danger: call 112 first.",
                "Crime: Politie",
            ]
        };
        for part in parts {
            assert!(flat.contains(part), "{case}: `{part}` missing:\n{page}");
        }
        if !extra.is_empty() && gemeente == "uithoorn" {
            assert!(
                flat.contains("Leerplicht (uw school: A. de Proef 0297 000 001)"),
                "{page}"
            );
        }
    }
}
