//! `scenarios.yaml` parsed and run on two threads while the main thread loads
//! the map and proves the rules.
//!
//! On a national map the scenarios file is most of the YAML (2.5 of 4 MB), and
//! parsing it took longer than loading the map and proving every rule
//! together: one thread parsed while the other waited. So the file's text is
//! cut in two at a scenario's first line ([`halves`]), each half parsed on a
//! thread of its own; once the map is there, each scenario runs as soon as it
//! is parsed ([`super::stream`]). The
//! outcomes are those of the whole file in its order: each half keeps its line
//! numbers (the second is padded with empty lines), and where the file is not
//! of the plain shape or a half does not parse, the whole file is parsed and
//! run as one, so that a finding reads the same either way.

use super::scenarios::Ran;
use super::stream::Stream;
use crate::core::diagnostic::Diagnostic;
use crate::core::map::Map;
use crate::core::model::ScenariosFile;
use crate::core::parse::{parse, parse_seed};
use crate::core::scenario;
use crate::core::source::SourceFile;
use std::sync::{Arc, mpsc};
use std::thread::{Scope, ScopedJoinHandle};

/// Below this many bytes a file is parsed in one piece: a thread costs more
/// than it saves.
const SPLIT_FROM: usize = 64 * 1024;

/// What one thread gives: its half's scenarios run when the map loaded, or
/// that the half does not parse.
type Half = Result<Option<Ran>, Diagnostic>;

/// The scenarios file under way on its threads.
pub struct Started<'scope> {
    source: &'scope SourceFile,
    maps: Vec<mpsc::Sender<Arc<Map>>>,
    halves: Vec<ScopedJoinHandle<'scope, Half>>,
}

/// Starts parsing `source`: in two halves on two threads when it is large
/// and of the plain shape, else whole on one. Each thread runs its
/// scenarios as it parses them once it has the map ([`Started::send`]). With
/// `region`, scenarios that name a gemeente outside the map are left out.
pub fn start<'scope>(
    scope: &'scope Scope<'scope, '_>,
    source: &'scope SourceFile,
    region: bool,
) -> Started<'scope> {
    let cut = (source.text.len() >= SPLIT_FROM)
        .then(|| halves(&source.text))
        .flatten();
    let texts = match cut {
        Some([first, second]) => vec![first, second],
        None => vec![source.text.clone()],
    };
    let mut started = Started {
        source,
        maps: Vec::new(),
        halves: Vec::new(),
    };
    for text in texts {
        let (send, receive) = mpsc::channel::<Arc<Map>>();
        let piece = SourceFile::new(source.name.as_str(), text);
        started.maps.push(send);
        started.halves.push(scope.spawn(move || {
            let mut stream = Stream::new(receive, source, region);
            parse_seed(&piece, &mut stream)?;
            // No map (it did not load): nothing to run.
            Ok(stream.finish())
        }));
    }
    started
}

impl Started<'_> {
    /// Gives the threads the map, so that they run each scenario as they
    /// parse it.
    pub fn send(&self, map: &Arc<Map>) {
        for send in &self.maps {
            // A thread that stopped early (its half did not parse) no longer listens.
            let _ = send.send(Arc::clone(map));
        }
    }

    /// The file's scenarios run on `map` (sent before with [`Started::send`]),
    /// in the file's order, or why the file does not parse (as parsing it
    /// whole the usual way says).
    pub fn finish(self, map: &Arc<Map>, region: bool) -> Result<Ran, Diagnostic> {
        let mut all: Option<Ran> = None;
        let mut failed = false;
        for half in self.halves {
            match half.join().unwrap_or_else(|p| std::panic::resume_unwind(p)) {
                Ok(ran) => {
                    let ran = ran.expect("every thread was sent the map");
                    match &mut all {
                        Some(all) => all.extend(ran),
                        None => all = Some(ran),
                    }
                }
                Err(_) => failed = true,
            }
        }
        match all {
            Some(all) if !failed => Ok(all),
            // A piece that does not parse: the whole file, for the finding it
            // gives (or, should it parse whole, its scenarios run).
            _ => {
                let file = parse::<ScenariosFile>(self.source)?;
                Ok(run(map, self.source, file, region))
            }
        }
    }
}

/// Runs the scenarios of `file`, parsed from `source`, on `map`; with
/// `region` (one region loaded), only those that name gemeenten of the map:
/// a pupil living across the border in a region not loaded cannot run.
pub fn run(map: &Map, source: &SourceFile, mut file: ScenariosFile, region: bool) -> Ran {
    if region {
        file.scenarios
            .retain(|s| scenario::names_only_known_gemeenten(map, s));
    }
    Ran::of(map, scenario::run_parsed(map, source, &file))
}

/// Two texts that parse to the first and the second half of the scenarios in
/// `text`, each with the line numbers it has in `text`; `None` unless `text` is
/// of the plain shape: comments, the key `scenarios:`, and its items, each
/// starting at the same indentation with `- `. The cut is at the item nearest
/// the middle.
pub fn halves(text: &str) -> Option<[String; 2]> {
    let mut lines = text.split_inclusive('\n').enumerate();
    let mut offset = 0;
    // Comments and empty lines, then the key.
    loop {
        let (_, line) = lines.next()?;
        offset += line.len();
        let trimmed = line.trim_end();
        if trimmed == "scenarios:" {
            break;
        }
        if !(trimmed.is_empty() || trimmed.starts_with('#')) {
            return None;
        }
    }
    // The items' indentation, once the first is seen.
    let mut indent: Option<usize> = None;
    let mut cut: Option<(usize, usize)> = None;
    for (number, line) in lines {
        let start = offset;
        offset += line.len();
        let content = line.trim_start_matches(' ');
        if content.trim_end().is_empty() || content.starts_with('#') {
            continue;
        }
        let depth = line.len() - content.len();
        // Another key, a document marker or a tab: not the plain shape.
        if depth == 0 || content.starts_with('\t') {
            return None;
        }
        let item = content.starts_with("- ") || content.trim_end() == "-";
        match indent {
            None if item => indent = Some(depth),
            None => return None,
            Some(first) if item && depth == first => {
                let nearer = cut.is_none_or(|(at, _)| {
                    start.abs_diff(text.len() / 2) < at.abs_diff(text.len() / 2)
                });
                if nearer {
                    cut = Some((start, number));
                }
            }
            Some(_) => {}
        }
    }
    let (at, number) = cut?;
    // Line `number + 1` (counted from 1) starts the second half: the key,
    // then empty lines up to it.
    let second = format!("scenarios:\n{}{}", "\n".repeat(number - 1), &text[at..]);
    Some([text[..at].to_string(), second])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::source::Location;

    fn scenarios(text: &str) -> Vec<(String, Option<Location>)> {
        let file: ScenariosFile = parse(&SourceFile::new("s.yaml", text)).unwrap();
        file.scenarios
            .iter()
            .map(|s| (s.naam.value.clone(), Location::of("s.yaml", &s.naam)))
            .collect()
    }

    #[test]
    fn the_halves_parse_to_the_whole_file_with_its_line_numbers() {
        let text = crate::testkit::national(crate::testkit::Size {
            gemeenten: 20,
            nodes: 120,
            scenarios: 200,
        })
        .into_iter()
        .find(|(name, _)| name == "scenarios.yaml")
        .unwrap()
        .1;
        let text = format!("# Scenario's\n\n{text}");
        let [first, second] = halves(&text).unwrap();
        let (first, second) = (scenarios(&first), scenarios(&second));
        // Cut near the middle, at a scenario.
        assert!(first.len() > 50 && second.len() > 50, "{}", first.len());
        let mut both = first;
        both.extend(second);
        assert_eq!(both, scenarios(&text));
    }

    #[test]
    fn a_file_of_another_shape_is_not_cut() {
        let item = "  - naam: a\n    antwoorden: {q: ja}\n    verwacht: {adviezen: [x]}\n";
        let plain = format!("scenarios:\n{}", item.repeat(4));
        assert!(halves(&plain).is_some());
        for other in [
            format!("{plain}extra: 1\n"),
            format!("---\n{plain}"),
            format!("scenarios: []\n{}", item.repeat(4)),
            format!("extra: 1\n{plain}"),
            "scenarios:\n  - naam: a\n".to_string(),
        ] {
            assert_eq!(halves(&other), None, "{other}");
        }
    }
}
