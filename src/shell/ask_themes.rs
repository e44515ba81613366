//! A multiple-choice question with themes, asked in two short screens.
//!
//! Twenty-odd worries do not fit one list in a 24-row terminal. A question with
//! `themas` asks first for the themes, then for the options within the chosen
//! ones; several options, across themes, still give one answer. The answer is
//! the options only, so `advise`, answers files and scenarios never name a
//! theme. Typing filters either list (inquire's own filter), and a theme's label
//! names its worries, so a word such as "pesten" finds its theme at once.

use crate::core::answer::Answer;
use crate::core::map::{Choice, InLang, Question};
use crate::i18n::Lang;
use crate::shell::failure::Failure;
use crate::shell::prompt::{Reply, back_label, multi_keys, multi_select};

/// The most rows a list takes: with the question, the filter and a help text
/// of up to three lines, a screen stays within 24 rows.
pub const MAX_ROWS: usize = 16;

/// Asks `question` (with themes) in two screens; `default` is the earlier answer.
pub(crate) fn ask(
    question: &Question,
    choices: &[Choice],
    default: Option<&Answer>,
    can_go_back: bool,
    lang: Lang,
) -> Result<Reply, Failure> {
    let mut chosen: Vec<usize> = match default {
        Some(Answer::Choices(chosen)) => chosen.clone(),
        _ => Vec::new(),
    };
    let shown = themes_in_use(question.themes.len(), choices);
    let mut themes = themes_of(choices, &chosen);
    loop {
        let mut labels: Vec<String> = shown
            .iter()
            .map(|&t| question.themes[t].label.in_lang(lang))
            .collect();
        let back = can_go_back.then_some(labels.len());
        if can_go_back {
            labels.push(back_label(lang));
        }
        let defaults = positions(&shown, &themes);
        let help = crate::t!(lang, "ask-themas-hulp");
        let rows = labels.len().min(MAX_ROWS);
        let picked = multi_select(
            question.tekst.get(lang),
            labels,
            &defaults,
            &help,
            back,
            rows,
            lang,
        )?;
        if back.is_some_and(|b| picked.contains(&b)) {
            return Ok(Reply::Back);
        }
        themes = picked.iter().map(|&i| shown[i]).collect();

        let options = options_in(choices, &themes);
        let mut labels: Vec<String> = options
            .iter()
            .map(|&o| choices[o].label.in_lang(lang))
            .collect();
        let back = options.len();
        labels.push(crate::t!(lang, "ask-andere-themas"));
        let defaults = positions(&options, &chosen);
        let help = match &question.uitleg {
            Some(uitleg) => format!("{} · {}", uitleg.get(lang), multi_keys(lang)),
            None => multi_keys(lang),
        };
        let rows = labels.len().min(MAX_ROWS);
        let message = crate::t!(lang, "ask-welke-zorgen");
        let picked = multi_select(&message, labels, &defaults, &help, Some(back), rows, lang)?;
        if picked.contains(&back) {
            // Back to the themes; the earlier answer stays the default.
            continue;
        }
        chosen = picked.iter().map(|&i| options[i]).collect();
        chosen.sort_unstable();
        return Ok(Reply::Answer(Answer::Choices(chosen)));
    }
}

/// The themes that have at least one option, in the order of `themas`.
pub fn themes_in_use(count: usize, choices: &[Choice]) -> Vec<usize> {
    (0..count)
        .filter(|&t| choices.iter().any(|c| c.theme == Some(t)))
        .collect()
}

/// The themes of the options `chosen`, each once, in the order of `themas`.
pub fn themes_of(choices: &[Choice], chosen: &[usize]) -> Vec<usize> {
    let mut themes: Vec<usize> = chosen
        .iter()
        .filter_map(|&c| choices.get(c).and_then(|c| c.theme))
        .collect();
    themes.sort_unstable();
    themes.dedup();
    themes
}

/// The options within `themes`, in the question's own order.
pub fn options_in(choices: &[Choice], themes: &[usize]) -> Vec<usize> {
    (0..choices.len())
        .filter(|&o| choices[o].theme.is_some_and(|t| themes.contains(&t)))
        .collect()
}

/// Where each of `wanted` stands in `list` (those that are in it).
fn positions(list: &[usize], wanted: &[usize]) -> Vec<usize> {
    list.iter()
        .enumerate()
        .filter(|(_, item)| wanted.contains(item))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(theme: Option<usize>) -> Choice {
        Choice {
            value: String::new(),
            label: Default::default(),
            uitleg: None,
            theme,
            next: Vec::new(),
            location: None,
        }
    }

    #[test]
    fn options_follow_their_themes_in_the_questions_order() {
        let choices = [
            choice(Some(1)),
            choice(Some(0)),
            choice(Some(1)),
            choice(Some(2)),
        ];
        assert_eq!(options_in(&choices, &[1]), [0, 2]);
        assert_eq!(options_in(&choices, &[2, 0]), [1, 3]);
        assert_eq!(options_in(&choices, &[]), Vec::<usize>::new());
    }

    #[test]
    fn an_earlier_answer_chooses_its_themes_again() {
        let choices = [
            choice(Some(1)),
            choice(Some(0)),
            choice(Some(1)),
            choice(Some(2)),
        ];
        assert_eq!(themes_of(&choices, &[2, 0, 3]), [1, 2]);
        assert_eq!(positions(&options_in(&choices, &[1, 2]), &[2, 3]), [1, 2]);
    }

    #[test]
    fn a_theme_without_options_is_not_offered() {
        let choices = [choice(Some(0)), choice(Some(2))];
        assert_eq!(themes_in_use(4, &choices), [0, 2]);
    }
}
