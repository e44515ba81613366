//! The questionnaire's screen: how wide and how tall it is, and its text laid
//! out to fit.
//!
//! inquire breaks a line that is too long at the terminal's edge, in the middle
//! of a word ("le|erling"), and shows as many options as it is told, even when
//! they do not fit. So every text a prompt shows (the question, the options,
//! the help line, a message, the answer) is wrapped here between words first,
//! to the terminal's width (or `--width`, if narrower), with continuation lines
//! indented under the text they continue; and a list shows only as many
//! options as fit the terminal's height, the rest a page further. The size is
//! read again at every prompt, so a terminal made wider or narrower between
//! two questions is followed.

use std::sync::OnceLock;

/// `--width`, if given: the questionnaire never goes wider.
static WIDTH: OnceLock<Option<u16>> = OnceLock::new();

/// The columns of the `? ` before a question and of `# ` before a message.
const PREFIX: usize = 2;

/// Keeps the questionnaire within `width` columns (`--width`), for the rest of
/// the process; called once, before the first prompt.
pub(crate) fn limit_width(width: Option<u16>) {
    let _ = WIDTH.set(width);
}

/// The room a prompt has, in columns and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Screen {
    /// The columns text may fill: one less than the terminal's, so that no
    /// line touches the last column (where terminals differ in what they do).
    pub width: usize,
    pub height: usize,
}

impl Screen {
    /// The terminal's size now (80×24 when it cannot be read), no wider than `--width`.
    pub fn now() -> Screen {
        let (columns, rows) = crossterm::terminal::size().unwrap_or((80, 24));
        let columns = match WIDTH.get().copied().flatten() {
            Some(limit) => columns.min(limit),
            None => columns,
        };
        Screen::new(columns, rows)
    }

    /// A screen of `columns` × `rows` (at least 20 × 8, so every part has room).
    pub fn new(columns: u16, rows: u16) -> Screen {
        Screen {
            width: usize::from(columns.max(20)) - 1,
            height: usize::from(rows.max(8)),
        }
    }

    /// A question, after inquire's `? `.
    pub fn question(&self, text: &str) -> String {
        fill(text, self.width, PREFIX, PREFIX)
    }

    /// A help line, inside inquire's `[` … `]`.
    pub fn help(&self, text: &str) -> String {
        let filled = fill(&format!("{text}]"), self.width, 1, 1);
        filled.strip_suffix(']').unwrap_or(&filled).to_string()
    }

    /// A message under a prompt, after inquire's `# `.
    pub fn message(&self, text: &str) -> String {
        fill(text, self.width, PREFIX, PREFIX)
    }

    /// An option of a list, after a `prefix` of so many columns (`> ` or
    /// `> [ ] `), its further lines `indent` columns in: deeper than where
    /// the next option starts, so that one option does not read as two.
    pub fn option(&self, label: &str, prefix: usize, indent: usize) -> String {
        fill(label, self.width, prefix, indent)
    }

    /// Text of its own (a note between prompts), from the first column.
    pub fn text(&self, text: &str) -> String {
        fill(text, self.width, 0, 0)
    }

    /// Whether `text` fits after the question, on its last line (with a
    /// space between), as inquire writes a stopped prompt's mark there.
    pub fn fits_after(&self, question: &str, text: &str) -> bool {
        let last = question.rsplit('\n').next().unwrap_or_default();
        let used = columns(last) + if question.contains('\n') { 0 } else { PREFIX } + 1;
        used + columns(text) <= self.width
    }

    /// The answer shown after the question once it is given: on the
    /// question's last line if it fits there, else on the lines below.
    pub fn answer(&self, question: &str, answer: &str) -> String {
        let last = question.rsplit('\n').next().unwrap_or_default();
        let used = columns(last) + if question.contains('\n') { 0 } else { PREFIX } + 1;
        fill(answer, self.width, used, PREFIX)
    }

    /// How many options of a list to show at once: as many as fit the rows
    /// left by the `other` rows (question, help, message), counting the
    /// tallest options, so that any page fits. At least one.
    pub fn page_size(&self, options: &[String], other: usize) -> usize {
        // The row the cursor rests on under the prompt, and one to spare.
        let mut room = self.height.saturating_sub(other + 2);
        let mut heights: Vec<usize> = options.iter().map(|o| o.lines().count().max(1)).collect();
        heights.sort_unstable_by(|a, b| b.cmp(a));
        let mut fit = 0;
        for height in heights {
            if height > room {
                break;
            }
            room -= height;
            fit += 1;
        }
        fit.max(1)
    }
}

/// Lines for the user on stderr, beside the prompts (stdout is for the plan),
/// wrapped to the screen, each note ending its line so the next prompt starts
/// on a line of its own; a note that ends in a blank line keeps it.
pub(crate) fn note(text: &str) {
    let mut shown = Screen::now().text(text.trim_end_matches('\n'));
    shown.push('\n');
    if text.ends_with("\n\n") {
        shown.push('\n');
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), shown.as_bytes());
}

/// The rows a text takes.
pub(crate) fn rows(text: &str) -> usize {
    text.lines().count().max(1)
}

/// `text` wrapped between words into lines of at most `width` columns, the
/// first of which starts at column `start` (after something already on that
/// line), the others after `indent` spaces. A word that does not fit after
/// `start` begins the next line; a word longer than a whole line stands on a
/// line of its own. Line breaks in `text` are kept.
pub(crate) fn fill(text: &str, width: usize, start: usize, indent: usize) -> String {
    let margin = " ".repeat(indent);
    let mut out = String::new();
    let mut column = start;
    let mut at_start = true;
    for (n, paragraph) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
            out.push_str(&margin);
            column = indent;
            at_start = true;
        }
        for word in paragraph.split_whitespace() {
            let length = columns(word);
            let fits = column + usize::from(!at_start) + length <= width;
            if !fits && (column > indent || !at_start) {
                out.push('\n');
                out.push_str(&margin);
                column = indent;
                at_start = true;
            }
            if !at_start {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += length;
            at_start = false;
        }
    }
    out
}

/// The columns `text` takes: one a character (the questionnaire's text has
/// no wide characters).
fn columns(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widest(text: &str, first: usize) -> usize {
        text.lines()
            .enumerate()
            .map(|(n, l)| columns(l) + if n == 0 { first } else { 0 })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn no_word_is_broken_and_no_line_passes_the_width() {
        let text = "Jeugdhulp, leerplicht en Veilig Thuis horen bij de gemeente waar de \
                    leerling staat ingeschreven (woonplaatsbeginsel, sinds 2022).";
        // From the width where the longest word ("(woonplaatsbeginsel,") fits after the indent.
        for width in 22..=120 {
            let filled = fill(text, width, 2, 2);
            assert!(widest(&filled, 2) <= width, "{width}: {filled}");
            let words: Vec<&str> = filled.split_whitespace().collect();
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn continuation_lines_are_indented_and_a_word_moves_down_whole() {
        assert_eq!(fill("een twee drie", 10, 2, 2), "een twee\n  drie");
        // The first word does not fit after what the line already holds.
        assert_eq!(
            fill("leerplichtambtenaar", 12, 8, 2),
            "\n  leerplichtambtenaar"
        );
        assert_eq!(fill("a\nb", 10, 0, 3), "a\n   b");
    }

    #[test]
    fn help_keeps_room_for_its_closing_bracket() {
        let screen = Screen::new(21, 24);
        let help = screen.help("↑↓ kiezen · Enter bevestigen");
        let shown = format!("[{help}]");
        assert!(shown.lines().all(|l| columns(l) <= 20), "{shown}");
        assert_eq!(shown, "[↑↓ kiezen · Enter\n bevestigen]");
    }

    #[test]
    fn the_answer_follows_the_question_where_it_fits() {
        let screen = Screen::new(41, 24);
        let question = screen.question("Waar staat de school?");
        assert_eq!(screen.answer(&question, "Aalsmeer"), "Aalsmeer");
        let long = screen.answer(&question, "Veiligheid: geweld thuis, misbruik, uitbuiting");
        let shown = format!("? {question} {long}");
        assert!(shown.lines().all(|l| columns(l) <= 40), "{shown}");
    }

    #[test]
    fn a_page_fits_the_rows_left_whichever_options_it_shows() {
        let screen = Screen::new(60, 20);
        let options: Vec<String> = (0..30)
            .map(|n| {
                if n % 3 == 0 {
                    "a\n  b".into()
                } else {
                    "a".into()
                }
            })
            .collect();
        // 20 rows, 6 for the rest and 2 spare: 12 rows; the ten two-row options first.
        assert_eq!(screen.page_size(&options, 6), 6);
        assert_eq!(screen.page_size(&options, 40), 1);
        assert_eq!(screen.page_size(&vec!["a".to_string(); 3], 2), 3);
    }
}
