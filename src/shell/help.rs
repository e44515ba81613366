//! The command line described for people: `--help`, the man pages and the shell
//! completions, all from one clap command tree.
//!
//! The help texts are the doc comments in `cli.rs`. Clap adds words of its own
//! (`Usage:`, `Options:`, `Print help`, `[default: …]`); this module replaces
//! them with the Dutch ones below, or with English ones in English (whose
//! command texts come from [`crate::shell::english_help`]). Pure: it returns text,
//! the shell prints or writes it.

use crate::i18n::Lang;
use crate::shell::cli::Cli;
use clap::builder::Styles;
use clap::{Arg, ArgAction, ColorChoice, Command, CommandFactory};
use clap_complete::Shell;

/// Clap's own words, in one language.
struct Words {
    usage: &'static str,
    options_tag: (&'static str, &'static str),
    commands: &'static str,
    command: &'static str,
    arguments: &'static str,
    options: &'static str,
    global_options: &'static str,
    default: &'static str,
    help: &'static str,
    long_help: &'static str,
    version: &'static str,
    manual: &'static str,
    examples: &'static str,
    /// The examples under the top-level help and in the man page.
    top_examples: [(&'static str, &'static str); 5],
    /// Section headings of a man page: clap_mangen's, then ours.
    man_sections: [(&'static str, &'static str); 7],
}

/// Clap's own words in Dutch.
const DUTCH: Words = Words {
    usage: "Gebruik:",
    options_tag: ("[OPTIONS]", "[OPTIES]"),
    commands: "Opdrachten",
    command: "OPDRACHT",
    arguments: "Argumenten",
    options: "Opties",
    global_options: "Algemene opties",
    default: "standaard",
    help: "Toon de hulp (meer met --help)",
    long_help: "Toon de hulp (korter met -h)",
    version: "Toon het versienummer",
    manual: "Handleiding routekaart",
    examples: "Voorbeelden",
    top_examples: [
        ("routekaart", "de vragenlijst"),
        (
            "routekaart advise -a signaal=verzuim …",
            "een plan zonder vragenlijst",
        ),
        (
            "routekaart check mijn-regio --strict",
            "een eigen kaart controleren",
        ),
        (
            "routekaart orgs --gemeente aalsmeer",
            "de adressenlijst van één gemeente",
        ),
        ("routekaart help check", "de hulp bij één opdracht"),
    ],
    man_sections: [
        ("NAME", "NAAM"),
        ("SYNOPSIS", "OVERZICHT"),
        ("DESCRIPTION", "BESCHRIJVING"),
        ("OPTIONS", "OPTIES"),
        ("Opdrachten", "OPDRACHTEN"),
        ("VERSION", "VERSIE"),
        ("AUTHORS", "AUTEURS"),
    ],
};

/// Clap's own words in English: mostly clap's, in routekaart's form.
const ENGLISH: Words = Words {
    usage: "Usage:",
    options_tag: ("[OPTIONS]", "[OPTIONS]"),
    commands: "Commands",
    command: "COMMAND",
    arguments: "Arguments",
    options: "Options",
    global_options: "Global options",
    default: "default",
    help: "Print help (more with --help)",
    long_help: "Print help (shorter with -h)",
    version: "Print the version",
    manual: "routekaart manual",
    examples: "Examples",
    top_examples: [
        ("routekaart", "the questionnaire"),
        (
            "routekaart advise -a signaal=verzuim …",
            "a plan without the questionnaire",
        ),
        (
            "routekaart check my-region --strict",
            "check a map of your own",
        ),
        (
            "routekaart orgs --gemeente aalsmeer",
            "the directory of one municipality",
        ),
        ("routekaart help check", "help with one command"),
    ],
    man_sections: [
        ("NAME", "NAME"),
        ("SYNOPSIS", "SYNOPSIS"),
        ("DESCRIPTION", "DESCRIPTION"),
        ("OPTIONS", "OPTIONS"),
        ("Commands", "COMMANDS"),
        ("VERSION", "VERSION"),
        ("AUTHORS", "AUTHORS"),
    ],
};

/// Clap's words in `lang`.
fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Nl => &DUTCH,
        Lang::En => &ENGLISH,
    }
}

/// The whole command line, built, with every word in `lang` (Dutch, or
/// English from [`crate::shell::english_help`]); `colour` is for what clap
/// prints itself while parsing (help, errors).
pub fn command(colour: ColorChoice, lang: Lang) -> Command {
    let words = words(lang);
    let root = match lang {
        Lang::Nl => Cli::command(),
        Lang::En => crate::shell::english_help::apply(Cli::command()),
    };
    let root = root
        .color(colour)
        .disable_help_flag(true)
        .disable_version_flag(true)
        // `help` is a command of our own (`cli::Command::Help`), with Dutch help.
        .disable_help_subcommand(true)
        // The help texts name the values themselves, in a sentence.
        .hide_possible_values(true)
        .subcommand_help_heading(words.commands)
        .subcommand_value_name(words.command)
        .after_help(examples(words))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(words.help)
                .long_help(words.long_help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.version)
                .help_heading(words.global_options),
        );
    let mut root = translate(root, words);
    root.build();
    dutch_usage(root, words)
}

/// The top-level examples, aligned, under a heading.
fn examples(words: &Words) -> String {
    let width = words
        .top_examples
        .iter()
        .map(|(example, _)| example.chars().count())
        .max()
        .unwrap_or_default();
    let lines: Vec<String> = words
        .top_examples
        .iter()
        .map(|(example, what)| {
            let pad = width - example.chars().count();
            format!("  {example}{:pad$}   {what}", "")
        })
        .collect();
    format!("{}:\n{}", words.examples, lines.join("\n"))
}

/// Sets the template, the headings and the defaults of `cmd` and its commands.
fn translate(cmd: Command, words: &'static Words) -> Command {
    let style = Styles::default().get_usage().to_owned();
    let usage = words.usage;
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{style}{usage}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .mut_args(|arg| {
        let heading = if arg.is_global_set() {
            words.global_options
        } else if arg.is_positional() {
            words.arguments
        } else {
            words.options
        };
        let arg = if arg.get_help_heading().is_some() {
            arg
        } else {
            arg.help_heading(heading)
        };
        with_default(arg, words)
    })
    .mut_subcommands(|sub| translate(sub, words))
}

/// Writes a default value into the help text, in Dutch, instead of clap's `[default: …]`.
fn with_default(arg: Arg, words: &Words) -> Arg {
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // A flag's "default" is `false`; clap shows none for it, neither do we.
    if defaults.is_empty() || arg.is_hide_default_value_set() || !arg.get_action().takes_values() {
        return arg;
    }
    let note = format!("[{}: {}]", words.default, defaults.join(", "));
    let help = arg.get_help().map(|h| format!("{h} {note}"));
    let long_help = arg.get_long_help().map(|h| format!("{h} {note}"));
    let arg = arg.hide_default_value(true);
    let arg = match help {
        Some(help) => arg.help(help),
        None => arg,
    };
    match long_help {
        Some(long_help) => arg.long_help(long_help),
        None => arg,
    }
}

/// Replaces clap's `[OPTIONS]` in each (built) command's usage line.
fn dutch_usage(mut cmd: Command, words: &Words) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace(words.options_tag.0, words.options_tag.1);
    cmd.override_usage(usage)
        .mut_subcommands(|sub| dutch_usage(sub, words))
}

/// The long help of `routekaart`, or of one of its commands; `None` when there
/// is no such command.
pub fn text(name: Option<&str>, colour: bool, lang: Lang) -> Option<String> {
    let mut root = command(ColorChoice::Auto, lang);
    let cmd = match name {
        None => &mut root,
        Some(name) => root.find_subcommand_mut(name)?,
    };
    let help = cmd.render_long_help();
    Some(if colour {
        help.ansi().to_string()
    } else {
        help.to_string()
    })
}

/// The names of the commands, for a message about one that does not exist.
pub fn command_names(lang: Lang) -> Vec<String> {
    command(ColorChoice::Auto, lang)
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
}

/// The completion script for `shell`.
pub fn completions(shell: Shell, lang: Lang) -> String {
    let mut out = Vec::new();
    let root = command(ColorChoice::Auto, lang);
    let commands = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // Values from the built-in map (`--answer`, `--gemeente`, …); without it
    // (it always loads; its tests hold that) the options complete nothing.
    let values = crate::shell::load::load(&crate::shell::load::MapSource::Embedded, lang)
        .map(|loaded| super::completion::suggestions(&loaded.map, commands, lang))
        .unwrap_or_default();
    let mut root = super::completion::with_values(root, &values);
    clap_complete::generate(shell, &mut root, "routekaart", &mut out);
    if shell == Shell::Fish {
        // clap's fish script completes options and commands, not a
        // positional's values: `help <Tab>` names the commands here.
        out.extend(super::completion::fish_help(&root).into_bytes());
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The man pages as (file name, roff): `routekaart.1`, then one per command
/// (`routekaart-check.1`, …), dated `date`.
pub fn man_pages(date: &str, lang: Lang) -> Vec<(String, String)> {
    let words = words(lang);
    let root = command(ColorChoice::Auto, lang);
    // Every page's footer names the program and its version, not only the
    // command (`routekaart 0.1.0`, not `check`).
    let source = format!("routekaart {}", env!("CARGO_PKG_VERSION"));
    let page = |cmd: Command| {
        let man = clap_mangen::Man::new(cmd)
            .date(date)
            .source(source.clone())
            .manual(words.manual);
        (man.get_filename(), render_man(&man, words))
    };
    // The examples get a section of their own, one example a paragraph.
    let (name, mut roff) = page(root.clone().after_help(None::<&str>));
    roff.push_str(&man_examples(words));
    std::iter::once((name, roff))
        .chain(root.get_subcommands().cloned().map(page))
        .map(|(name, roff)| (name, ascii_roff(&roff)))
        .collect()
}

/// Roff in ASCII: every other character as groff's `\[uXXXX]`, which groff
/// and mandoc both read, so `groff -man -Tutf8` needs no preprocessor and
/// warns about nothing (`é`, `…`, `–` in the Dutch texts).
fn ascii_roff(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len());
    for c in roff.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

/// The top-level examples as a man page section.
fn man_examples(words: &Words) -> String {
    use clap_mangen::roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    roff.control("SH", [words.examples.to_uppercase().as_str()]);
    for (example, what) in words.top_examples {
        roff.control("TP", []);
        roff.text([bold(example)]);
        roff.text([roman(what)]);
    }
    // Without the preamble that defines `\*(Aq`: the page has it already.
    let text = roff.render();
    text.find(".SH")
        .map_or(text.clone(), |at| text[at..].to_string())
}

/// One man page, with Dutch section headings.
fn render_man(man: &clap_mangen::Man, words: &Words) -> String {
    let mut out = Vec::new();
    man.render(&mut out)
        .expect("writing to memory does not fail");
    String::from_utf8_lossy(&out)
        .lines()
        .map(|line| {
            let heading = line.strip_prefix(".SH ").and_then(|h| {
                words
                    .man_sections
                    .iter()
                    .find(|(clap, _)| *clap == h)
                    .map(|(_, dutch)| dutch)
            });
            match heading {
                Some(dutch) => format!(".SH {dutch}\n"),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command(ColorChoice::Auto, Lang::Nl).debug_assert();
    }

    #[test]
    fn no_english_words_of_clap_remain_in_any_help() {
        let mut names: Vec<Option<String>> =
            command_names(Lang::Nl).into_iter().map(Some).collect();
        names.push(None);
        for name in names {
            let help = text(name.as_deref(), false, Lang::Nl).unwrap();
            for english in [
                "Usage",
                "Options",
                "Commands",
                "Arguments",
                "Print",
                "default:",
                "possible",
                "[OPTIONS]",
                "COMMAND",
            ] {
                assert!(!help.contains(english), "`{english}` in {name:?}:\n{help}");
            }
        }
    }

    #[test]
    fn defaults_are_written_in_dutch_and_flags_get_none() {
        let help = text(Some("check"), false, Lang::Nl).unwrap();
        assert!(help.contains("[standaard: human]"), "{help}");
        assert!(help.contains("[standaard: 12]"), "{help}");
        assert!(!help.contains("[standaard: false]"), "{help}");
    }

    #[test]
    fn man_pages_have_dutch_headings_and_one_page_per_command() {
        let pages = man_pages("2026-11-23", Lang::Nl);
        assert_eq!(pages[0].0, "routekaart.1");
        assert_eq!(pages.len(), command_names(Lang::Nl).len() + 1);
        assert!(pages.iter().any(|(name, _)| name == "routekaart-check.1"));
        for (name, roff) in &pages {
            assert!(roff.contains(".SH NAAM\n"), "{name}");
            assert!(!roff.contains(".SH NAME"), "{name}");
        }
    }
}
