//! `routekaart ask` through a real pseudo-terminal: answer, go back, change an
//! answer in the review, finish and save; Esc stops without writing anything.

use crate::fixture;
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

fn spawn(dir: &std::path::Path, args: &[&str]) -> Session {
    crate::spawn_in_pty(dir, &fixture("klein"), args)
}

fn send(session: &mut Session, keys: &str) {
    crate::send_keys(session, keys);
}

#[test]
fn answer_go_back_change_finish_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["ask", "-o", "plan.txt", "--uitgebreid"]);
    s.expect("Waar staat de school?").unwrap();
    send(&mut s, ENTER); // Noord
    s.expect("Waar woont de leerling?").unwrap();
    send(&mut s, DOWN); // Zuid
    send(&mut s, ENTER);
    s.expect("Welke zorg?").unwrap();
    send(&mut s, " "); // Gevaar
    send(&mut s, ENTER);
    s.expect("Nu gevaar?").unwrap();
    // Back to the signals: "Vorige vraag" is the third option.
    send(&mut s, DOWN);
    send(&mut s, DOWN);
    send(&mut s, ENTER);
    s.expect("Welke zorg?").unwrap();
    // Gevaar is still ticked; add Verzuim as well.
    send(&mut s, DOWN);
    send(&mut s, " ");
    send(&mut s, ENTER);
    s.expect("Nu gevaar?").unwrap();
    send(&mut s, ENTER); // Ja
    s.expect("Hoeveel uur?").unwrap();
    for key in ["2", "0", ENTER] {
        send(&mut s, key);
    }
    // The typed answer stays marked as answered, as the chosen ones are.
    s.expect("> Hoeveel uur? 20").unwrap();
    s.expect("Klopt dit overzicht?").unwrap();
    // Change the hours from the review: 20 → 5.
    send(&mut s, DOWN);
    send(&mut s, ENTER);
    s.expect("Welk antwoord wilt u wijzigen?").unwrap();
    for _ in 0..4 {
        send(&mut s, DOWN);
    }
    send(&mut s, ENTER);
    s.expect("Hoeveel uur?").unwrap();
    for key in ["\x7f", "\x7f", "5", ENTER] {
        send(&mut s, key);
    }
    s.expect("Klopt dit overzicht?").unwrap();
    send(&mut s, ENTER);
    s.expect("Plan opgeslagen in plan.txt").unwrap();
    s.expect(Eof).unwrap();
    let saved = std::fs::read_to_string(dir.path().join("plan.txt")).unwrap();
    assert!(saved.contains("EERST: Spoedlijn"), "{saved}");
    assert!(saved.contains("--answer zorg=gevaar,uren"), "{saved}");
    assert!(
        saved.contains("--answer uren=5"),
        "the changed answer: {saved}"
    );
    assert!(
        saved.contains("Hulpteam Zuid"),
        "jeugdhulp of the woongemeente: {saved}"
    );
    assert!(
        !saved.contains("Meld het verzuim"),
        "5 hours is below the threshold: {saved}"
    );
}

#[test]
fn escape_stops_with_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["ask", "-o", "plan.txt"]);
    s.expect("Waar staat de school?").unwrap();
    send(&mut s, ENTER);
    s.expect("Waar woont de leerling?").unwrap();
    send(&mut s, ESC);
    s.expect("Gestopt. Er is niets opgeslagen.").unwrap();
    s.expect(Eof).unwrap();
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 130),
        other => panic!("ended with {other:?}"),
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

/// The keys from the start of `klein` to the file name, after "Ja, opslaan".
fn walk_to_file_name(s: &mut Session) {
    s.expect("Waar staat de school?").unwrap();
    send(s, ENTER);
    s.expect("Waar woont de leerling?").unwrap();
    send(s, ENTER);
    s.expect("Welke zorg?").unwrap();
    send(s, " ");
    send(s, ENTER);
    s.expect("Nu gevaar?").unwrap();
    send(s, ENTER);
    s.expect("Klopt dit overzicht?").unwrap();
    send(s, ENTER);
    s.expect("Wilt u dit plan opslaan?").unwrap();
    send(s, DOWN);
    send(s, ENTER);
}

/// A second plan on the same day is offered a name of its own; the offered
/// name is a default: Enter takes it, typing replaces it (not appends to it).
#[test]
fn the_file_name_is_a_free_default_that_typing_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("routekaart-plan-2026-12-05.txt");
    std::fs::write(&first, "het eerste plan").unwrap();
    let mut s = spawn(dir.path(), &[]);
    walk_to_file_name(&mut s);
    s.expect("Bestandsnaam: (routekaart-plan-2026-12-05-2.txt)")
        .unwrap();
    send(&mut s, ENTER);
    s.expect("Plan opgeslagen in routekaart-plan-2026-12-05-2.txt")
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "het eerste plan");

    let mut s = spawn(dir.path(), &[]);
    walk_to_file_name(&mut s);
    s.expect("Bestandsnaam: (routekaart-plan-2026-12-05-3.txt)")
        .unwrap();
    for key in ["m", "i", "j", "n", ".", "t", "x", "t", ENTER] {
        send(&mut s, key);
    }
    s.expect("Plan opgeslagen in mijn.txt").unwrap();
    s.expect(Eof).unwrap();
    let saved = std::fs::read_to_string(dir.path().join("mijn.txt")).unwrap();
    assert!(saved.contains("EERST: Spoedlijn"), "{saved}");
    assert!(!dir.path().join("routekaart-plan-2026-12-05-3.txt").exists());
}

/// A number that is no number, or out of range, is refused in the words of
/// the screen: no question id, and the range to type.
#[test]
fn a_wrong_number_is_refused_in_the_words_of_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &[]);
    s.expect("Waar staat de school?").unwrap();
    send(&mut s, ENTER);
    s.expect("Waar woont de leerling?").unwrap();
    send(&mut s, ENTER);
    s.expect("Welke zorg?").unwrap();
    send(&mut s, DOWN);
    send(&mut s, " ");
    send(&mut s, ENTER);
    s.expect("Hoeveel uur?").unwrap();
    for key in ["v", "e", "e", "l", ENTER] {
        send(&mut s, key);
    }
    let refused = s.expect("Typ een getal van").unwrap();
    let shown = String::from_utf8_lossy(refused.before()).to_string();
    let line = shown
        .lines()
        .find(|l| l.contains("geen geheel getal"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(line.contains("# ‘veel’ is geen geheel getal."), "{line}");
    assert!(
        !line.contains("vraag") && !line.contains('`'),
        "no question id: {line}"
    );
    send(&mut s, "\x1b");
    s.expect(Eof).unwrap();
}

/// `ask -o` into a folder the user may not write in is refused before the
/// first question, not after the last. Root may write anywhere, so as root
/// (in CI) the binary runs as `nobody`, as in the fault tests.
#[test]
fn ask_o_into_a_folder_that_is_not_writable_is_refused_before_the_first_question() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("dicht");
    std::fs::create_dir(&locked).unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut command = crate::unprivileged();
    command
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join(".config"))
        .env("TERM", "xterm")
        .args(["--routekaart", ".", "ask", "-o", "dicht/plan.txt"]);
    let mut s = Session::spawn(command).expect("spawn in a pty");
    s.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    let refused = s
        .expect("kan niet schrijven in de map dicht: geen toestemming")
        .unwrap();
    let rest = s.expect(Eof).unwrap();
    let shown = format!(
        "{}{}",
        String::from_utf8_lossy(refused.before()),
        String::from_utf8_lossy(rest.before())
    );
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(!shown.contains("Waar staat de school?"), "{shown}");
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 2),
        other => panic!("ended with {other:?}"),
    }
    assert_eq!(std::fs::read_dir(&locked).unwrap().count(), 0);
}

/// The file name is edited with the keys of a shell: Ctrl-U erases the line,
/// Ctrl-A goes to its start, Ctrl-W erases a word; Tab takes the offered name.
#[test]
fn the_file_name_is_edited_with_the_keys_of_a_shell() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &[]);
    walk_to_file_name(&mut s);
    s.expect("Ctrl-U alles wissen").unwrap();
    for key in [
        "w", "e", "g", "\x15", "p", "l", "a", "n", ".", "t", "x", "t",
    ] {
        send(&mut s, key);
    }
    for key in [
        "\x01", "m", "i", "j", "n", "-", "\x05", " ", "o", "u", "d", "\x17", "\x7f",
    ] {
        send(&mut s, key);
    }
    send(&mut s, ENTER);
    s.expect("Plan opgeslagen in mijn-plan.txt").unwrap();
    s.expect(Eof).unwrap();
    assert!(dir.path().join("mijn-plan.txt").exists());

    let mut s = spawn(dir.path(), &[]);
    walk_to_file_name(&mut s);
    s.expect("Ctrl-U alles wissen").unwrap();
    // Tab: the offered name into the line, then .txt becomes .md.
    for key in ["\t", "\x7f", "\x7f", "\x7f", "m", "d", ENTER] {
        send(&mut s, key);
    }
    s.expect("Plan opgeslagen in routekaart-plan-2026-12-05.md")
        .unwrap();
    s.expect(Eof).unwrap();
}
