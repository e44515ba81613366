//! Small text helpers shared by the loader and the renderers.

/// Map text made safe for a terminal or a file: control characters (ANSI escapes
/// included) and the bidirectional overrides that can make a line read
/// otherwise than it is stored are removed, tabs become spaces, line breaks are
/// kept. Text from a map is data, never terminal control.
pub fn clean(text: &str) -> String {
    // Nearly every text of a map is clean already: then one copy is enough.
    if is_clean(text) {
        return text.trim_end().to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => {
                // Drop a whole CSI sequence (ESC [ … final byte), not just the ESC.
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
            }
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out.trim_end().to_string()
}

/// Whether [`clean`] would change nothing but trailing white space: no
/// control character but the newline, no bidirectional control.
fn is_clean(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes()
            .all(|b| b == b'\n' || (b' '..=b'~').contains(&b))
    } else {
        text.chars()
            .all(|c| c == '\n' || !(c.is_control() || is_bidi_control(c)))
    }
}

/// The explicit bidirectional formatting characters (embeddings, overrides,
/// isolates): invisible, but they reorder what a terminal or editor shows.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Word-wraps `text` to `width` columns; the first line is prefixed by `first`,
/// the following ones by `rest`. Words longer than a line are kept whole. Runs of
/// blanks inside `text` become one space; the prefixes are kept as they are.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    for (n, paragraph) in text.split('\n').enumerate() {
        let mut line = String::from(if n == 0 { first } else { rest });
        let mut empty = true;
        for word in paragraph.split_whitespace() {
            let fits = line.chars().count() + 1 + word.chars().count() <= width;
            if !empty && !fits {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(rest);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_escapes_and_controls() {
        assert_eq!(
            clean("a\u{1b}[31mrood\u{1b}[0m b\u{7}\tc\r\nd"),
            "arood b c\nd"
        );
        assert_eq!(
            clean("\u{202e}lmth.exe\u{2066}x\u{2069}\u{85}"),
            "lmth.exex"
        );
    }

    /// The shortcut for clean text takes only text that the full cleaning
    /// leaves as it is (but for trailing white space).
    #[test]
    fn only_clean_text_skips_the_cleaning() {
        for text in [
            "Eén kind, één plan\nregel twee  ",
            "plain ascii ~",
            "日本語 ",
            "",
        ] {
            assert!(is_clean(text), "{text:?}");
            assert_eq!(clean(text), text.trim_end());
        }
        for text in [
            "a\tb",
            "a\rb",
            "a\u{7f}",
            "é\u{85}",
            "é\u{202e}",
            "\u{2066}",
            "a\u{1b}[1m",
        ] {
            assert!(!is_clean(text), "{text:?}");
        }
    }

    #[test]
    fn wrap_respects_width_and_prefixes() {
        let text = wrap("een twee drie vier vijf zes", 12, "- ", "  ");
        assert_eq!(text, "- een twee\n  drie vier\n  vijf zes\n");
        for line in text.lines() {
            assert!(line.chars().count() <= 12);
        }
    }
}
