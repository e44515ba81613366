//! `ask` on a question with themes, through a real pseudo-terminal of 80×24
//! read by a terminal emulator: themes first, then the worries within them;
//! typing filters; going back keeps the answer; each screen fits without scrolling.

use crate::fixture;

use crate::ask_terminal::Terminal;

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";

/// The fixture `klein` with its worries in two themes.
fn themed_map(dir: &std::path::Path) -> std::path::PathBuf {
    let map = dir.join("kaart");
    std::fs::create_dir(&map).unwrap();
    crate::copy_dir(&fixture("klein"), &map);
    let path = map.join("vragen.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            "    uitleg: Kies er een of meer.\n    opties:\n",
            "    uitleg: Kies er een of meer.\n    themas:\n      \
             - id: veilig\n        label: 'Veiligheid: gevaar thuis'\n      \
             - id: school\n        label: 'School en gezin: verzuim, hulp thuis'\n    opties:\n",
        )
        .replace(
            "        label: Gevaar\n",
            "        label: Gevaar\n        thema: veilig\n",
        )
        .replace(
            "        label: Verzuim\n",
            "        label: Verzuim\n        thema: school\n",
        )
        .replace(
            "        label: Hulp thuis\n",
            "        label: Hulp thuis\n        thema: school\n",
        );
    std::fs::write(&path, text).unwrap();
    map
}

#[test]
fn themes_first_then_the_worries_in_them_typing_filters_and_back_keeps_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let map = themed_map(dir.path());
    let args: Vec<&std::ffi::OsStr> = vec![
        "--routekaart".as_ref(),
        map.as_os_str(),
        "ask".as_ref(),
        "-o".as_ref(),
        "plan.txt".as_ref(),
        "--uitgebreid".as_ref(),
    ];
    let mut t = Terminal::spawn(dir.path(), &args, 80, 24);
    t.wait_for("Waar staat de school?");
    t.send(ENTER); // Noord
    t.wait_for("Waar woont de leerling?");
    t.send(ENTER); // Noord
    let themes = t.wait_for("Esc stoppen");
    t.assert_shows(
        &themes,
        &[
            "Welke zorg?",
            "Veiligheid: gevaar thuis",
            "School en gezin: verzuim, hulp thuis",
            "← Vorige vraag",
        ],
    );
    assert!(!themes.contains("Hulp thuis\n"), "no worries yet: {themes}");
    // Typing a worry's word leaves its theme.
    for key in ["h", "u", "l", "p"] {
        t.send(key);
    }
    let filtered = t.wait_for("hulp");
    assert!(!filtered.contains("Veiligheid"), "{filtered}");
    t.send(" ");
    t.send(ENTER);
    let worries = t.wait_for("Welke zorgen precies?");
    let worries = if worries.contains("← Andere thema") {
        worries
    } else {
        t.wait_for("← Andere thema")
    };
    t.assert_shows(
        &worries,
        &["Verzuim", "Hulp thuis", "← Andere thema's kiezen"],
    );
    assert!(!worries.contains("Gevaar"), "{worries}");
    t.send(DOWN);
    t.send(" "); // Hulp thuis
    t.send(ENTER);
    t.wait_for("Klopt dit overzicht?");
    // Change the worries: the themes come back with School ticked, the worry too.
    t.send(DOWN);
    t.send(ENTER);
    t.wait_for("Welk antwoord wilt u wijzigen?");
    t.send(DOWN);
    t.send(DOWN);
    t.send(ENTER);
    let again = t.wait_for("Esc stoppen");
    t.assert_shows(&again, &["[x] School en gezin", "[ ] Veiligheid"]);
    t.send(ENTER);
    let worries = t.wait_for("← Andere thema's kiezen");
    t.assert_shows(&worries, &["[x] Hulp thuis", "[ ] Verzuim"]);
    t.send(ENTER);
    t.wait_for("Klopt dit overzicht?");
    t.send(ENTER);
    t.wait_for("Plan opgeslagen in plan.txt");
    t.finish();
    let saved = std::fs::read_to_string(dir.path().join("plan.txt")).unwrap();
    assert!(saved.contains("--answer zorg=hulp"), "{saved}");
}

/// The shipped map's signal question in an 80×24 terminal: the six themes with
/// the worries they hold, then the worries of one theme, each screen whole.
/// The snapshots are the screens an IB'er sees.
#[test]
fn the_shipped_signal_question_fits_80_by_24_and_typing_finds_a_worry() {
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<&std::ffi::OsStr> = vec!["ask".as_ref()];
    let mut t = Terminal::spawn(dir.path(), &args, 80, 24);
    t.wait_for("In welke gemeente staat de school?");
    t.send(ENTER); // Aalsmeer
    t.wait_for("In welke gemeente woont de leerling");
    t.send(ENTER); // Aalsmeer
    t.wait_for("casusregisseur");
    t.send(DOWN); // Nee
    t.send(ENTER);
    let themes = t.wait_for("Esc stoppen");
    t.assert_shows(
        &themes,
        &[
            "Waar maakt u zich zorgen over? Kies alles wat past.",
            "Veiligheid: geweld thuis, misbruik, uitbuiting, eer, radicalisering",
            "Verzuim en thuiszitten: spijbelen, verlof, ziek, niet ingeschreven",
            "Gezondheid en welzijn: psychisch, zelfdoding, groei, alcohol, drugs",
            "Leren en ondersteuning: dyslexie, autisme, OPP, passend onderwijs",
            "Thuis en gezin: armoede, mantelzorg, scheiding, opvoeding",
            "Gedrag en schoolveiligheid: pesten, schorsing, seksueel gedrag, Halt",
            "← Vorige vraag",
            "Esc stoppen",
        ],
    );
    insta::assert_snapshot!("signal_themes_80x24", themes);
    // One word of a worry finds its theme.
    for key in ["p", "e", "s", "t", "e", "n"] {
        t.send(key);
    }
    let filtered = t.wait_for("pesten");
    assert!(!filtered.contains("Veiligheid:"), "{filtered}");
    t.assert_shows(&filtered, &["Gedrag en schoolveiligheid"]);
    t.send(" ");
    t.send(ENTER);
    let worries = t.wait_for("← Andere thema's kiezen");
    t.assert_shows(
        &worries,
        &[
            "Welke zorgen precies? Kies alles wat past.",
            "Pesten, ook online",
            "Seksueel grensoverschrijdend gedrag, geweld of discriminatie op school",
            "Schorsing van een leerling",
            "Verwijdering van school dreigt",
            "Criminaliteit: diefstal, vernieling, wapens, dealen",
            "Esc stoppen",
        ],
    );
    insta::assert_snapshot!("signal_worries_gedrag_80x24", worries);
    t.send(" "); // Pesten
    t.send(ENTER);
    t.wait_for("Klopt dit overzicht?");
    t.send(ENTER);
    // The plan names the school's own anti-bullying contact (a role it fills).
    t.wait_for("aanspreekpunt pesten");
    t.send("\x1b"); // no need to save
}
