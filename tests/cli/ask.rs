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
