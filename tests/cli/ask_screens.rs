//! Whole walks through `ask` on the shipped map, in terminals of 60×20 and
//! 120×40 read by a terminal emulator: every screen, from the first question
//! through the themes, a refused number, the review, changing an answer, the
//! plan and the file name, shows no word broken over two rows; a list that
//! does not fit the rows pages; `--width` narrows the questionnaire; Esc and
//! Ctrl-C leave a Dutch mark at every kind of prompt.

use crate::ask_terminal::{Terminal, asked};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const BACKSPACE: &str = "\x7f";

/// Walks the whole questionnaire in a terminal of `columns` × `rows` (with
/// `extra` arguments) and checks every screen; returns the screens seen.
fn walk(columns: u16, rows: u16, extra: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<&std::ffi::OsStr> = extra.iter().map(|a| a.as_ref()).collect();
    args.push("ask".as_ref());
    let mut t = Terminal::spawn(dir.path(), &args, columns, rows);
    let mut screens = Vec::new();
    let mut seen = |t: &Terminal, screen: String| {
        t.assert_no_broken_word(&screen);
        screens.push(screen);
    };
    // Each screen is taken when its prompt is drawn whole after the keys
    // before it (not at a quiet moment, which under load may come first).
    let screen = t.wait_for_prompt("In welke gemeente staat de school?");
    t.assert_shows(&screen, &["Esc stoppen", "> Aalsmeer"]);
    seen(&t, screen);
    t.send(ENTER); // Aalsmeer
    let screen = t.wait_for_prompt("In welke gemeente woont de leerling");
    seen(&t, screen);
    t.send(ENTER); // Aalsmeer
    let screen = t.wait_for_prompt("Is er al een casusregisseur");
    seen(&t, screen);
    t.send(DOWN); // Nee
    t.send(ENTER);
    let screen = t.wait_for_prompt("Waar maakt u zich zorgen over?");
    t.assert_shows(
        &screen,
        &["Waar maakt u zich zorgen over?", "Verzuim en thuiszitten"],
    );
    seen(&t, screen);
    for key in ["s", "p", "i", "j", "b"] {
        t.send(key);
    }
    let screen = t.settle();
    seen(&t, screen);
    t.send(" ");
    t.send(ENTER);
    let screen = t.wait_for_prompt("Welke zorgen precies?");
    let mut question = asked(&screen).map(str::to_string);
    seen(&t, screen);
    t.send(" "); // the first worry of the theme
    t.send(ENTER);
    // Whatever the map asks next: a number gets 12 (after one refused answer), a
    // list its first option, until the review.
    let mut refused = false;
    let mut review = None;
    for _ in 0..20 {
        let screen = t.wait_for_next_prompt(question.as_deref());
        question = asked(&screen).map(str::to_string);
        if screen.contains("Klopt dit overzicht?") {
            review = Some(screen);
            break;
        }
        // The help wraps where the screen ends: read it flat.
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.contains("een geheel getal van") {
            if !refused {
                t.send("x");
                t.send(ENTER);
                let screen = t.wait_for("geen geheel getal");
                t.assert_shows(&screen, &["‘x’ is geen geheel getal. Typ een getal van"]);
                seen(&t, screen);
                t.send(BACKSPACE);
                refused = true;
            } else {
                seen(&t, screen);
            }
            t.send("1");
            t.send("2");
        } else {
            seen(&t, screen.clone());
            if screen.contains("spatie aan/uit") {
                t.send(" ");
            }
        }
        t.send(ENTER);
    }
    assert!(refused, "the walk asked no number");
    let screen = review.expect("the review after at most 20 questions");
    t.assert_shows(&screen, &["12 jaar", "Esc stoppen"]);
    seen(&t, screen);
    t.send(DOWN); // Een antwoord wijzigen
    t.send(ENTER);
    let screen = t.wait_for_prompt("Welk antwoord wilt u wijzigen?");
    seen(&t, screen);
    t.send(ENTER); // the school's gemeente
    let screen = t.wait_for_prompt("In welke gemeente staat de school?");
    seen(&t, screen);
    t.send(ENTER);
    let screen = t.wait_for_prompt("Klopt dit overzicht?");
    seen(&t, screen);
    t.send(ENTER);
    let screen = t.wait_for_prompt("Wilt u dit plan opslaan?");
    seen(&t, screen);
    t.send(DOWN); // Ja
    t.send(ENTER);
    let screen = t.wait_for_prompt("Bestandsnaam:");
    t.assert_shows(&screen, &["Bestandsnaam: (routekaart-plan-2026-12-05.txt)"]);
    seen(&t, screen);
    t.send(ENTER);
    let screen = t.wait_for("alleen");
    seen(&t, screen);
    t.finish();
    assert!(dir.path().join("routekaart-plan-2026-12-05.txt").exists());
    screens
}

#[test]
fn a_whole_walk_at_60_by_20_breaks_no_word_and_fits() {
    let screens = walk(60, 20, &[]);
    // The themes (two rows each at 60 columns) fit the 20 rows whole.
    let themes = &screens[3];
    assert!(themes.contains("Gedrag en schoolveiligheid"), "{themes}");
    insta::assert_snapshot!("walk_themes_60x20", themes);
    // An option over two rows goes on deeper than the next option starts.
    let change = screens
        .iter()
        .find(|s| s.contains("Welk antwoord wilt u wijzigen?"))
        .unwrap();
    assert!(change.contains("\n    BRP)? — Aalsmeer"), "{change}");
    let review = screens.iter().find(|s| s.contains("12 jaar")).unwrap();
    assert!(
        review.lines().all(|row| row.chars().count() < 60),
        "the review table is narrower than the screen:\n{review}"
    );
}

/// The plan is as wide as the terminal when it is shown, not when the
/// program started: a window made narrower during the questions (100 to 50
/// columns) gets a plan that breaks no word.
#[test]
fn the_plan_takes_the_width_the_terminal_has_when_it_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let klein = crate::fixture("klein");
    let args: Vec<&std::ffi::OsStr> = vec!["--routekaart".as_ref(), klein.as_ref(), "ask".as_ref()];
    let mut t = Terminal::spawn(dir.path(), &args, 100, 30);
    t.wait_for_prompt("Waar staat de school?");
    t.send(ENTER);
    t.wait_for_prompt("Waar woont de leerling?");
    t.send(ENTER);
    t.wait_for_prompt("Welke zorg?");
    t.send(" "); // Gevaar
    t.send(ENTER);
    t.wait_for_prompt("Nu gevaar?");
    t.send(ENTER);
    t.wait_for_prompt("Klopt dit overzicht?");
    t.resize(50, 30);
    t.send(ENTER);
    let screen = t.wait_for_prompt("Wilt u dit plan opslaan?");
    assert!(screen.contains("WAT U DOET"), "{screen}");
    t.assert_no_broken_word(&screen);
    t.send(ENTER); // Nee
    t.finish();
}

#[test]
fn a_whole_walk_at_120_by_40_breaks_no_word() {
    let screens = walk(120, 40, &[]);
    // At 120 columns the review gives a short question one row.
    assert!(
        screens
            .iter()
            .any(|s| s.contains("│ 1 ┆ In welke gemeente staat de school? ")),
        "{}",
        screens.join("\n")
    );
}

#[test]
fn width_narrows_the_questionnaire_in_a_wide_terminal() {
    let screens = walk(120, 40, &["--width", "60"]);
    for screen in &screens {
        assert!(
            screen.lines().all(|row| row.chars().count() <= 60),
            "wider than --width 60:\n{screen}"
        );
    }
}

/// In 12 rows the six themes (two rows each at 60 columns) do not fit: the
/// list pages, and the question and the help stay on the screen.
#[test]
fn a_long_list_pages_in_a_terminal_of_12_rows() {
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<&std::ffi::OsStr> = vec!["ask".as_ref()];
    let mut t = Terminal::spawn(dir.path(), &args, 60, 12);
    t.wait_for_prompt("In welke gemeente staat de school?");
    t.send(ENTER);
    t.wait_for_prompt("In welke gemeente woont de leerling");
    t.send(ENTER);
    t.wait_for_prompt("Is er al een casusregisseur");
    t.send(DOWN);
    t.send(ENTER);
    let themes = t.wait_for_prompt("Waar maakt u zich zorgen over?");
    t.assert_shows(
        &themes,
        &[
            "? Waar maakt u zich zorgen over?",
            "Veiligheid:",
            "Esc stoppen]",
        ],
    );
    assert!(
        !themes.contains("Gedrag en"),
        "the last theme is a page further:\n{themes}"
    );
    t.assert_no_broken_word(&themes);
    for _ in 0..6 {
        t.send(DOWN);
    }
    let paged = t.settle();
    t.assert_shows(
        &paged,
        &[
            "? Waar maakt u zich zorgen over?",
            "Gedrag en schoolveiligheid",
            "Esc stoppen]",
        ],
    );
    t.assert_no_broken_word(&paged);
    t.send("\x1b");
}

const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// Esc and Ctrl-C leave a Dutch mark on the screen, never inquire's
/// "<canceled>": Esc marks the stopped question "(gestopt)" at a list, a
/// list with boxes, a typed number and the school's form (inquire's own text
/// prompt); Ctrl-C does so at a typed answer, and in inquire's lists leaves
/// the list as it was. Every stop ends with "Gestopt. Er is niets opgeslagen."
#[test]
fn esc_and_ctrl_c_leave_a_dutch_mark_at_every_kind_of_prompt() {
    // Each kind: the command, the keys to its prompt (each after the prompt
    // named), the prompt, and whether Ctrl-C marks it too.
    type Kind = (
        &'static str,
        &'static [(&'static str, &'static [&'static str])],
        &'static str,
        bool,
    );
    const TO_THEMES: &[(&str, &[&str])] = &[
        ("In welke gemeente staat de school?", &[ENTER]),
        ("In welke gemeente woont de leerling", &[ENTER]),
        ("Is er al een casusregisseur", &[DOWN, ENTER]),
    ];
    const TO_NUMBER: &[(&str, &[&str])] = &[
        ("In welke gemeente staat de school?", &[ENTER]),
        ("In welke gemeente woont de leerling", &[ENTER]),
        ("Is er al een casusregisseur", &[DOWN, ENTER]),
        (
            "Waar maakt u zich zorgen over?",
            &["s", "p", "i", "j", "b", " ", ENTER],
        ),
        ("Welke zorgen precies?", &[" ", ENTER]),
        ("Wat speelt er bij het verzuim?", &[" ", ENTER]),
    ];
    let kinds: [Kind; 4] = [
        ("ask", &[], "In welke gemeente staat de school?", false),
        ("ask", TO_THEMES, "Waar maakt u zich zorgen over?", false),
        ("ask", TO_NUMBER, "Hoeveel uur ongeoorloofd verzuim", true),
        ("school", &[], "Naam van de school:", false),
    ];
    for (command, steps, prompt, ctrl_c_marks) in kinds {
        for (key_name, key) in [("Esc", ESC), ("Ctrl-C", CTRL_C)] {
            let dir = tempfile::tempdir().unwrap();
            let mut t = Terminal::spawn(dir.path(), &[command.as_ref()], 60, 20);
            for (shown, keys) in steps {
                t.wait_for_prompt(shown);
                for k in *keys {
                    t.send(k);
                }
            }
            t.wait_for_prompt(prompt);
            t.send(key);
            let screen = t.wait_until("the stop", |s| {
                flat(s).contains("Gestopt. Er is niets opgeslagen.")
            });
            let (case, flat) = (format!("{key_name} at {prompt}"), flat(&screen));
            assert!(!flat.contains("canceled"), "{case}:\n{screen}");
            let asked = flat
                .rfind(prompt)
                .unwrap_or_else(|| panic!("{case}:\n{screen}"));
            let marked = flat[asked..].contains("(gestopt)\nGestopt.")
                || flat[asked..].contains("(gestopt) Gestopt.");
            if key == ESC || ctrl_c_marks {
                assert!(marked, "{case}: no (gestopt) after the question:\n{screen}");
            }
            t.finish();
        }
    }
}

/// The screen's text with its rows joined by spaces, as a reader reads it.
fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}
