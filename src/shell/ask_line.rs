//! A line of text typed at a prompt, edited with the keys of a shell.
//!
//! inquire's text prompt types Ctrl-U, Ctrl-W and Ctrl-A as the letters u, w
//! and a, where a user of a shell expects them to erase the line, erase a
//! word and go to the start. So the questionnaire's text prompts (a file
//! name, a number) and the school form's fields (a name, a phone number, an
//! e-mail address) are this small line editor instead, drawn as inquire
//! draws its prompts: `? question (default) input`, the help line under it,
//! a refusal above it. The editing itself ([`Line`]) is pure and tested on
//! its own; [`ask`] reads keys and draws.

use crate::shell::ask_screen::Screen;
use crate::shell::failure::Failure;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::Write;

/// The text being typed and where the cursor is in it (in characters).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    chars: Vec<char>,
    cursor: usize,
}

/// What a key did to the line.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Edited,
    Submit,
    Stop,
    Ignored,
}

impl Line {
    /// A line that starts as `text`, with the cursor at its end.
    fn starting_with(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        Line {
            cursor: chars.len(),
            chars,
        }
    }

    fn text(&self) -> String {
        self.chars.iter().collect()
    }

    fn insert(&mut self, c: char) {
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// Erases from `from` to the cursor.
    fn erase_back_to(&mut self, from: usize) {
        self.chars.drain(from..self.cursor);
        self.cursor = from;
    }

    /// Where the word before the cursor starts, as Ctrl-W of a shell sees
    /// it: spaces before the cursor, then everything up to the next space.
    fn word_start(&self) -> usize {
        let mut start = self.cursor;
        while start > 0 && self.chars[start - 1] == ' ' {
            start -= 1;
        }
        while start > 0 && self.chars[start - 1] != ' ' {
            start -= 1;
        }
        start
    }

    /// Applies one key, as in a shell (Emacs keys) and with the arrows.
    /// Tab takes the `default` into the line, to change it rather than retype it.
    fn apply(&mut self, key: KeyEvent, default: Option<&str>) -> Step {
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => return Step::Submit,
            KeyCode::Esc => return Step::Stop,
            KeyCode::Char('c' | 'd') if control => return Step::Stop,
            KeyCode::Char('a') if control => self.cursor = 0,
            KeyCode::Char('e') if control => self.cursor = self.chars.len(),
            KeyCode::Char('b') if control => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Char('f') if control => self.cursor = (self.cursor + 1).min(self.chars.len()),
            KeyCode::Char('u') if control => self.erase_back_to(0),
            KeyCode::Char('k') if control => {
                self.chars.truncate(self.cursor);
            }
            KeyCode::Char('w') if control => self.erase_back_to(self.word_start()),
            KeyCode::Char('h') if control => self.erase_back_to(self.cursor.saturating_sub(1)),
            KeyCode::Char(_) if control => return Step::Ignored,
            KeyCode::Char(c) if !c.is_control() => self.insert(c),
            KeyCode::Backspace => self.erase_back_to(self.cursor.saturating_sub(1)),
            KeyCode::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.chars.len(),
            KeyCode::Tab => match default {
                Some(default) if self.chars.is_empty() => {
                    self.chars = default.chars().collect();
                    self.cursor = self.chars.len();
                }
                _ => return Step::Ignored,
            },
            _ => return Step::Ignored,
        }
        Step::Edited
    }
}

/// A text prompt: what it asks and how it checks the answer.
pub(crate) struct Prompt<'a> {
    pub question: &'a str,
    pub help: &'a str,
    /// Given when the line is left empty (shown as `(default)`).
    pub default: Option<&'a str>,
    /// What the line starts with, to be changed or erased (the value saved
    /// before, in a form that is edited again).
    pub initial: Option<&'a str>,
    /// Why a typed answer cannot be taken; `None` when it can.
    pub check: &'a dyn Fn(&str) -> Option<String>,
    /// The language of the mark a stopped prompt leaves.
    pub lang: crate::i18n::Lang,
}

/// Asks `prompt` on the terminal (stderr) until an answer passes its check;
/// Esc, Ctrl-C and Ctrl-D stop ([`Failure::Interrupted`]).
pub(crate) fn ask(prompt: &Prompt) -> Result<String, Failure> {
    crossterm::terminal::enable_raw_mode().map_err(terminal_failure)?;
    let mut drawn = Drawn::default();
    let result = edit(prompt, &mut drawn);
    let _ = crossterm::terminal::disable_raw_mode();
    result
}

/// The frame on the screen: how many rows it has above the cursor.
#[derive(Default)]
struct Drawn {
    cursor_row: usize,
}

fn edit(prompt: &Prompt, drawn: &mut Drawn) -> Result<String, Failure> {
    let mut line = Line::starting_with(prompt.initial.unwrap_or_default());
    let mut refusal: Option<String> = None;
    loop {
        draw(prompt, &line, refusal.as_deref(), drawn)?;
        let event = crossterm::event::read().map_err(terminal_failure)?;
        let Event::Key(key) = event else {
            continue; // a resize: drawn again at the new width
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        match line.apply(key, prompt.default) {
            Step::Edited | Step::Ignored => {}
            Step::Stop => {
                let stopped = crate::t!(prompt.lang, "ask-gestopt");
                finish(prompt, &stopped, drawn)?;
                return Err(Failure::Interrupted);
            }
            Step::Submit => {
                let typed = line.text();
                let answer = match (typed.trim().is_empty(), prompt.default) {
                    (true, Some(default)) => default.to_string(),
                    _ => typed,
                };
                match (prompt.check)(&answer) {
                    None => {
                        finish(prompt, answer.trim(), drawn)?;
                        return Ok(answer);
                    }
                    Some(problem) => refusal = Some(problem),
                }
            }
        }
    }
}

/// Draws the prompt over its previous frame and puts the cursor in the line.
fn draw(
    prompt: &Prompt,
    line: &Line,
    refusal: Option<&str>,
    drawn: &mut Drawn,
) -> Result<(), Failure> {
    let screen = Screen::now();
    let columns = screen.width + 1;
    let mut rows: Vec<String> = Vec::new();
    if let Some(refusal) = refusal {
        rows.extend(
            format!("# {}", screen.message(refusal))
                .lines()
                .map(str::to_string),
        );
    }
    let question = format!("? {} ", screen.question(prompt.question));
    let mut input_line = question.lines().last().unwrap_or_default().to_string();
    rows.extend(
        question
            .lines()
            .take(question.lines().count() - 1)
            .map(str::to_string),
    );
    if let (Some(default), true) = (prompt.default, line.chars.is_empty()) {
        input_line.push_str(&format!("({default}) "));
    }
    // Where the cursor stands: the row of the input line and the column in it.
    let before_input = rows.iter().map(|r| height(r, columns)).sum::<usize>();
    let at = input_line.chars().count() + line.cursor;
    let cursor = (before_input + at / columns, at % columns);
    input_line.push_str(&line.text());
    rows.push(input_line);
    rows.extend(
        format!("[{}]", screen.help(prompt.help))
            .lines()
            .map(str::to_string),
    );
    let total: usize = rows.iter().map(|r| height(r, columns)).sum();
    let mut out = String::from("\r");
    if drawn.cursor_row > 0 {
        out.push_str(&format!("\x1b[{}A", drawn.cursor_row));
    }
    out.push_str("\x1b[J");
    out.push_str(&rows.join("\r\n"));
    out.push('\r');
    let up = total.saturating_sub(1).saturating_sub(cursor.0);
    if up > 0 {
        out.push_str(&format!("\x1b[{up}A"));
    }
    if cursor.1 > 0 {
        out.push_str(&format!("\x1b[{}C", cursor.1));
    }
    drawn.cursor_row = cursor.0;
    write(&out)
}

/// Replaces the frame by the answered question (`> question answer`, marked
/// as inquire marks its answered questions).
fn finish(prompt: &Prompt, answer: &str, drawn: &mut Drawn) -> Result<(), Failure> {
    let screen = Screen::now();
    let question = screen.question(prompt.question);
    let mut out = String::from("\r");
    if drawn.cursor_row > 0 {
        out.push_str(&format!("\x1b[{}A", drawn.cursor_row));
    }
    out.push_str("\x1b[J");
    let done = format!("> {question} {}", screen.answer(&question, answer));
    out.push_str(&done.replace('\n', "\r\n"));
    out.push_str("\r\n");
    drawn.cursor_row = 0;
    write(&out)
}

/// The rows a line of `columns`-wide terminal takes (a full line wraps only
/// when more follows on it).
fn height(row: &str, columns: usize) -> usize {
    row.chars().count().max(1).div_ceil(columns)
}

fn write(text: &str) -> Result<(), Failure> {
    let mut stderr = std::io::stderr();
    stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.flush())
        .map_err(terminal_failure)
}

fn terminal_failure(error: std::io::Error) -> Failure {
    Failure::Terminal(anyhow::Error::new(error))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn typed(keys: &[KeyEvent], default: Option<&str>) -> Line {
        let mut line = Line::default();
        for k in keys {
            line.apply(*k, default);
        }
        line
    }

    fn text(s: &str) -> Vec<KeyEvent> {
        s.chars()
            .map(|c| key(KeyCode::Char(c), KeyModifiers::NONE))
            .collect()
    }

    fn ctrl(c: char) -> KeyEvent {
        key(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// A field edited again starts with what was saved, the cursor at its
    /// end: typing adds to it, Ctrl-W and Ctrl-U take it away.
    #[test]
    fn an_initial_text_is_edited_like_typed_text() {
        let mut line = Line::starting_with("0297 000 00");
        for k in text("1") {
            line.apply(k, None);
        }
        assert_eq!(line.text(), "0297 000 001");
        line.apply(ctrl('w'), None);
        assert_eq!(line.text(), "0297 000 ");
        line.apply(ctrl('u'), None);
        assert_eq!(line.text(), "");
    }

    #[test]
    fn the_keys_of_a_shell_edit_the_line() {
        let mut keys = text("weg");
        keys.push(ctrl('u'));
        keys.extend(text("plan.txt"));
        keys.push(ctrl('a'));
        keys.extend(text("mijn-"));
        keys.push(ctrl('e'));
        keys.extend(text(" en nog wat"));
        keys.push(ctrl('w'));
        keys.push(ctrl('w'));
        keys.push(ctrl('w'));
        assert_eq!(typed(&keys, None).text(), "mijn-plan.txt ");
        keys.push(key(KeyCode::Backspace, KeyModifiers::NONE));
        keys.push(key(KeyCode::Home, KeyModifiers::NONE));
        keys.push(ctrl('k'));
        assert_eq!(typed(&keys, None).text(), "");
    }

    #[test]
    fn letters_are_typed_where_the_cursor_is_and_ctrl_letters_are_not_typed() {
        let mut keys = text("pan");
        keys.push(key(KeyCode::Left, KeyModifiers::NONE));
        keys.push(key(KeyCode::Left, KeyModifiers::NONE));
        keys.extend(text("l"));
        keys.push(ctrl('x'));
        keys.push(key(KeyCode::Delete, KeyModifiers::NONE));
        assert_eq!(typed(&keys, None).text(), "pln");
    }

    #[test]
    fn tab_takes_the_default_to_change_it() {
        let mut keys = vec![key(KeyCode::Tab, KeyModifiers::NONE)];
        keys.push(key(KeyCode::Backspace, KeyModifiers::NONE));
        keys.push(key(KeyCode::Backspace, KeyModifiers::NONE));
        keys.push(key(KeyCode::Backspace, KeyModifiers::NONE));
        keys.extend(text("md"));
        assert_eq!(typed(&keys, Some("plan.txt")).text(), "plan.md");
    }

    #[test]
    fn enter_esc_and_ctrl_c_end_the_prompt() {
        let mut line = Line::default();
        assert_eq!(
            line.apply(key(KeyCode::Enter, KeyModifiers::NONE), None),
            Step::Submit
        );
        assert_eq!(
            line.apply(key(KeyCode::Esc, KeyModifiers::NONE), None),
            Step::Stop
        );
        assert_eq!(line.apply(ctrl('c'), None), Step::Stop);
    }

    #[test]
    fn a_row_as_wide_as_the_terminal_takes_one_row() {
        assert_eq!(height("", 60), 1);
        assert_eq!(height(&"x".repeat(60), 60), 1);
        assert_eq!(height(&"x".repeat(61), 60), 2);
    }
}
