//! A questionnaire in a pseudo-terminal of a given size, read by a terminal
//! emulator (vt100), so a test sees the screen a person sees: what fits, what
//! scrolled away, where a line breaks. And the check that no word is broken
//! at a line's end, against the words the tool can show.

use expectrl::Expect;
use expectrl::session::OsSession as Session;
use std::collections::HashSet;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

/// A questionnaire in a pseudo-terminal, with what it shows.
pub struct Terminal {
    session: Session,
    screen: vt100::Parser,
    pub columns: u16,
    pub rows: u16,
}

impl Terminal {
    /// `routekaart ARGS…` in `dir` (see [`crate::spawn_embedded_in_pty`]) in
    /// a terminal of `columns` × `rows`.
    pub fn spawn(
        dir: &std::path::Path,
        args: &[&std::ffi::OsStr],
        columns: u16,
        rows: u16,
    ) -> Terminal {
        let session = crate::spawn_sized_in_pty(dir, args, columns, rows);
        Terminal {
            session,
            screen: vt100::Parser::new(rows.try_into().unwrap(), columns.try_into().unwrap(), 0),
            columns,
            rows,
        }
    }

    /// Makes the terminal `columns` × `rows`, as a person dragging its
    /// window does; the program hears of it as of any resize.
    pub fn resize(&mut self, columns: u16, rows: u16) {
        self.session
            .get_process_mut()
            .set_window_size(columns, rows)
            .expect("a pseudo-terminal of the size asked");
        self.screen
            .screen_mut()
            .set_size(rows.try_into().unwrap(), columns.try_into().unwrap());
        self.columns = columns;
        self.rows = rows;
    }

    /// Types `keys`.
    pub fn send(&mut self, keys: &str) {
        crate::send_keys(&mut self.session, keys);
    }

    /// Waits for `text`, then for the screen to settle; returns the rows.
    pub fn wait_for(&mut self, text: &str) -> String {
        let found = self
            .session
            .expect(text)
            .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}\n{}", self.screen_text()));
        self.screen.process(found.as_bytes());
        self.settle()
    }

    /// Waits until the screen asks `question` (a prompt's row `? question…`)
    /// and shows its keys, then for it to settle; returns the rows. Text in
    /// the output is not enough: a prompt's answered line or the one before
    /// may say the same words, and under load the next prompt can come later
    /// than a quiet moment.
    pub fn wait_for_prompt(&mut self, question: &str) -> String {
        self.wait_until(question, |screen| {
            asked(screen).is_some_and(|row| row.starts_with(question)) && shows_keys(screen)
        })
    }

    /// Waits until the screen asks another question than `before` (a row
    /// of [`asked`]), with its keys; returns the rows.
    pub fn wait_for_next_prompt(&mut self, before: Option<&str>) -> String {
        let before = before.map(str::to_string);
        self.wait_until("the next question", |screen| {
            asked(screen).is_some_and(|row| Some(row) != before.as_deref()) && shows_keys(screen)
        })
    }

    /// Waits until `ready` holds for the settled screen; returns its rows.
    /// Fails after 60 seconds (a loaded machine takes seconds, not minutes).
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.settle();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "waiting for {what}:\n{screen}"
            );
        }
    }

    /// Reads until nothing more comes for a moment (the prompt waits for a
    /// key); returns the rows.
    pub fn settle(&mut self) -> String {
        let mut buffer = [0u8; 8192];
        let mut quiet_since = Instant::now();
        while quiet_since.elapsed() < Duration::from_millis(250) {
            match self.session.try_read(&mut buffer) {
                Ok(n @ 1..) => {
                    self.screen.process(&buffer[..n]);
                    quiet_since = Instant::now();
                }
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        self.screen_text()
    }

    /// What the terminal shows now, trailing spaces removed.
    pub fn screen_text(&self) -> String {
        self.screen
            .screen()
            .rows(0, self.columns)
            .map(|row| format!("{}\n", row.trim_end()))
            .collect()
    }

    /// Asserts that every one of `lines` is on the screen at once, each on a
    /// row of its own (so not cut by the edge or scrolled away).
    pub fn assert_shows(&self, screen: &str, lines: &[&str]) {
        for line in lines {
            assert!(
                screen.lines().any(|row| row.contains(line)),
                "not on the {}×{} screen: {line:?}\n{screen}",
                self.columns,
                self.rows
            );
        }
    }

    /// Asserts that no word on `screen` is broken over two rows.
    pub fn assert_no_broken_word(&self, screen: &str) {
        if let Some(broken) = broken_word(screen, usize::from(self.columns)) {
            panic!(
                "a word broken over two rows at {}×{}: {broken}\n{screen}",
                self.columns, self.rows
            );
        }
    }

    /// Waits for the end of the program.
    pub fn finish(mut self) {
        self.session.expect(expectrl::Eof).unwrap();
    }
}

/// The row of the question being asked: the last prompt's first row, `? …`
/// without the `? ` (answered questions start with `> `); `None` when no
/// question is asked.
pub fn asked(screen: &str) -> Option<&str> {
    screen.lines().rev().find_map(|row| row.strip_prefix("? "))
}

/// Whether the screen shows a prompt's keys ("… Esc stoppen"), which come last.
fn shows_keys(screen: &str) -> bool {
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.contains("Esc stoppen")
}

/// Every word the tool can show, in lower case: from the shipped map, the
/// catalogues and the source. Web and e-mail addresses and identifiers
/// (with `.`, `@`, `/`, `:` or `_`) are left out, so that two words that
/// happen to make up an address are not taken for one.
static WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut words = HashSet::new();
    for folder in ["routekaart", "locales", "src"] {
        collect(&root.join(folder), &mut words);
    }
    words
});

fn collect(path: &std::path::Path, words: &mut HashSet<String>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            collect(&entry.unwrap().path(), words);
        }
        return;
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    for token in text.split_whitespace() {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        if token.contains(['.', '@', '/', ':', '_']) {
            continue;
        }
        for word in token.split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                words.insert(word.to_lowercase());
            }
        }
    }
}

/// A word broken over two rows of `screen`, as `tail|head`; `None` when there
/// is none. Rows are compared cell by cell (a table's `│` and `┆` divide
/// them), so a word broken inside a table cell counts too. A break is a row
/// (or cell) ending in letters, without room for the next row's first word,
/// which starts with letters that together with the end make a word the
/// tool knows; or, at the terminal's last column,
/// where a terminal or inquire breaks a line wherever it is, a piece that is
/// no word on its own.
pub fn broken_word(screen: &str, columns: usize) -> Option<String> {
    let rows: Vec<&str> = screen.lines().collect();
    for pair in rows.windows(2) {
        let (upper, lower) = (cells(pair[0]), cells(pair[1]));
        if upper.len() != lower.len() {
            continue;
        }
        let full = pair[0].chars().count() >= columns;
        for (above, below) in upper.iter().zip(&lower) {
            let tail: String = trailing_word(above.trim_end());
            let head: String = leading_word(below.trim_start());
            let letters = |word: &str| word.chars().any(char::is_alphabetic);
            if tail.is_empty() || head.is_empty() || !(letters(&tail) || letters(&head)) {
                continue;
            }
            // Only where the next word did not fit: a short row ("> Ja" over
            // "  Nee") ends where its text ends, not at a break.
            let room = if upper.len() == 1 {
                columns
            } else {
                above.chars().count().saturating_sub(2)
            };
            let used = above.trim().chars().count();
            if used + 1 + head.chars().count() <= room {
                continue;
            }
            let (tail, head) = (tail.to_lowercase(), head.to_lowercase());
            let whole = format!("{tail}{head}");
            let starts_at_edge = !below.starts_with(' ');
            let fragment =
                full && starts_at_edge && !(WORDS.contains(&tail) && WORDS.contains(&head));
            if WORDS.contains(&whole) || fragment {
                return Some(format!("{tail}|{head}"));
            }
        }
    }
    None
}

/// A row split at a table's column borders (one cell for a row of text).
fn cells(row: &str) -> Vec<&str> {
    row.split(['│', '┆']).collect()
}

fn trailing_word(text: &str) -> String {
    let word: Vec<char> = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    word.into_iter().rev().collect()
}

fn leading_word(text: &str) -> String {
    text.chars().take_while(|c| c.is_alphanumeric()).collect()
}

#[test]
fn the_check_finds_a_broken_word_and_passes_a_break_between_words() {
    let broken = "? In welke gemeente woont de leerling (inschrijving in de BR\nP)? Aalsmeer\n";
    assert_eq!(broken_word(broken, 60).as_deref(), Some("br|p"));
    let broken = "│ 3 ┆ of jeugdhulpver ┆ Nee │\n│   ┆ lener bij de    ┆     │\n";
    assert_eq!(
        broken_word(broken, 60).as_deref(),
        Some("jeugdhulpver|lener")
    );
    let whole = "Dit plan bevat geen persoonsgegevens: routekaart vraagt niet\nnaar naam\n";
    assert_eq!(broken_word(whole, 60), None);
    let indented = "? Is er al een casusregisseur of jeugdhulpverlener bij de\n  leerling\n";
    assert_eq!(broken_word(indented, 60), None);
}
