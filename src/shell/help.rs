//! The command line described for people: `--help`, the man pages and the shell
//! completions, all from one clap command tree, in the run's language.
//!
//! Every text comes from the catalogue (`help.ftl`) through clap's own
//! override machinery: the help of each command (`cmd-<command>`, its long
//! form `.lang`) and of each option (`arg-<command>-<id>`, with `.lang` and
//! the placeholder of its value, `.waarde`), and clap's own words (`Usage:`,
//! `Options:`, `Print help`, `[default: …]`). The doc comments in `cli.rs` are
//! for the code's readers only; a test holds the catalogue and the command
//! tree to each other. Pure: it returns text, the shell prints or writes it.

use crate::i18n::Lang;
use crate::i18n::catalogue::{Args, attribute};
use crate::shell::cli::Cli;
use crate::t;
use clap::builder::Styles;
use clap::{Arg, ArgAction, ColorChoice, Command, CommandFactory};
use clap_complete::Shell;

/// The name of the root command in the catalogue's ids (`cmd-routekaart`).
const ROOT: &str = "routekaart";

/// The section headings clap_mangen writes, which [`render_man`] replaces;
/// the commands' section is named after their help heading instead.
const MAN_SECTIONS: [(&str, &str); 6] = [
    ("NAME", "man-naam"),
    ("SYNOPSIS", "man-overzicht"),
    ("DESCRIPTION", "man-beschrijving"),
    ("OPTIONS", "man-opties"),
    ("VERSION", "man-versie"),
    ("AUTHORS", "man-auteurs"),
];

/// The top-level examples: each a message whose value says what the example
/// does and whose `.opdracht` is the command line.
const EXAMPLES: [&str; 5] = [
    "help-voorbeeld-vragenlijst",
    "help-voorbeeld-advise",
    "help-voorbeeld-check",
    "help-voorbeeld-orgs",
    "help-voorbeeld-help",
];

/// Clap's own words, in one language.
struct Words {
    usage: String,
    options_tag: String,
    commands: String,
    command: String,
    arguments: String,
    options: String,
    global_options: String,
    default: String,
    help: String,
    long_help: String,
    version: String,
    manual: String,
    examples: String,
    /// The examples under the top-level help and in the man page.
    top_examples: Vec<(String, String)>,
    /// Section headings of a man page: clap_mangen's, then ours.
    man_sections: Vec<(String, String)>,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let commands = t!(lang, "help-opdrachten");
        let mut man_sections: Vec<(String, String)> = MAN_SECTIONS
            .iter()
            .map(|(clap, id)| (clap.to_string(), t!(lang, id)))
            .collect();
        man_sections.push((commands.clone(), t!(lang, "man-opdrachten")));
        Words {
            usage: t!(lang, "help-gebruik"),
            options_tag: t!(lang, "help-opties-tag"),
            command: t!(lang, "help-opdracht"),
            arguments: t!(lang, "help-argumenten"),
            options: t!(lang, "help-opties"),
            global_options: t!(lang, "help-algemene-opties"),
            default: t!(lang, "help-standaard"),
            help: t!(lang, "help-hulp"),
            long_help: t!(lang, "help-hulp-lang"),
            version: t!(lang, "help-versie"),
            manual: t!(lang, "man-handleiding"),
            examples: t!(lang, "help-voorbeelden"),
            top_examples: EXAMPLES
                .iter()
                .map(|id| {
                    let command = attribute(lang, id, "opdracht", &Args::new()).unwrap_or_default();
                    (command, t!(lang, id))
                })
                .collect(),
            man_sections,
            commands,
        }
    }
}

/// `cmd` (the unbuilt `Cli::command()`, or one of its commands, `name`) with
/// every help text and placeholder from the catalogue in `lang`.
fn texts(cmd: Command, name: &str, lang: Lang) -> Command {
    let id = format!("cmd-{name}");
    let long = attribute(lang, &id, "lang", &Args::new());
    let cmd = cmd.about(t!(lang, &id));
    let cmd = match long {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&str>),
    };
    cmd.mut_args(|arg| {
        let id = format!("arg-{name}-{}", arg.get_id());
        let long = attribute(lang, &id, "lang", &Args::new());
        let arg = arg.help(t!(lang, &id));
        let arg = match long {
            Some(long) => arg.long_help(long),
            None => arg.long_help(None::<&str>),
        };
        match attribute(lang, &id, "waarde", &Args::new()) {
            Some(value) => arg.value_name(value),
            None => arg,
        }
    })
    .mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        texts(sub, &name, lang)
    })
}

/// The whole command line, built, with every word in `lang` from the
/// catalogue; `colour` is for what clap prints itself while parsing (help,
/// errors).
pub fn command(colour: ColorChoice, lang: Lang) -> Command {
    let words = Words::new(lang);
    let words = &words;
    let root = texts(Cli::command(), ROOT, lang)
        .color(colour)
        .disable_help_flag(true)
        .disable_version_flag(true)
        // `help` is a command of our own (`cli::Command::Help`), with Dutch help.
        .disable_help_subcommand(true)
        // The help texts name the values themselves, in a sentence.
        .hide_possible_values(true)
        .subcommand_help_heading(&words.commands)
        .subcommand_value_name(&words.command)
        .after_help(examples(words))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(&words.help)
                .long_help(&words.long_help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(&words.version)
                .help_heading(&words.global_options),
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
fn translate(cmd: Command, words: &Words) -> Command {
    let style = Styles::default().get_usage().to_owned();
    let usage = &words.usage;
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{style}{usage}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .mut_args(|arg| {
        let heading = if arg.is_global_set() {
            &words.global_options
        } else if arg.is_positional() {
            &words.arguments
        } else {
            &words.options
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
        .replace("[OPTIONS]", &words.options_tag);
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
    let root = super::completion::with_value_help(root, lang);
    let mut root = super::completion::with_values(root, &values);
    clap_complete::generate(shell, &mut root, "routekaart", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    if shell == Shell::Fish {
        script = super::completion::fish_repaired(&script);
        // clap's fish script completes options and commands, not a
        // positional's values: `help <Tab>` names the commands here.
        script.push_str(&super::completion::fish_help(&root));
    }
    script
}

/// The man pages as (file name, roff): `routekaart.1`, then one per command
/// (`routekaart-check.1`, …), dated `date`.
pub fn man_pages(date: &str, lang: Lang) -> Vec<(String, String)> {
    let words = Words::new(lang);
    let words = &words;
    let root = command(ColorChoice::Auto, lang);
    // Every page's footer names the program and its version, not only the
    // command (`routekaart 0.1.0`, not `check`).
    let source = format!("routekaart {}", env!("CARGO_PKG_VERSION"));
    let page = |cmd: Command| {
        let man = clap_mangen::Man::new(cmd)
            .date(date)
            .source(source.clone())
            .manual(&words.manual);
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
    for (example, what) in &words.top_examples {
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

    /// The ids of the help texts the command tree asks the catalogue for.
    fn needed(cmd: &Command, name: &str, out: &mut Vec<String>) {
        out.push(format!("cmd-{name}"));
        for arg in cmd.get_arguments() {
            out.push(format!("arg-{name}-{}", arg.get_id()));
        }
        for sub in cmd.get_subcommands() {
            needed(sub, sub.get_name(), out);
        }
    }

    /// The ids of the messages in the Dutch `help.ftl` that start with one
    /// of `prefixes`, sorted.
    fn help_ids(prefixes: &[&str]) -> Vec<String> {
        let mut ids: Vec<String> = include_str!("../../locales/nl/help.ftl")
            .lines()
            .filter(|line| prefixes.iter().any(|p| line.starts_with(p)))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_string()))
            .collect();
        ids.sort();
        ids
    }

    /// A new option without its help in the catalogue would show its doc
    /// comment; a help text left behind for an option that is gone would
    /// wait there unseen. (The completeness test in `catalogue.rs` holds
    /// the English to the Dutch.)
    #[test]
    fn every_command_and_option_has_its_help_in_the_catalogue_and_no_other_is_there() {
        let mut wanted = Vec::new();
        needed(&Cli::command(), ROOT, &mut wanted);
        wanted.sort();
        assert!(wanted.len() > 40, "{wanted:?}");
        assert_eq!(wanted, help_ids(&["cmd-", "arg-"]));
    }

    /// Each value of a fixed list is helped from the catalogue (zsh and fish
    /// show it beside the value), and no value's help waits there unused.
    #[test]
    fn every_fixed_value_has_its_help_in_the_catalogue_and_no_other_is_there() {
        fn values(cmd: &clap::Command, out: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                out.extend(
                    arg.get_possible_values()
                        .iter()
                        .map(|v| super::super::completion::value_help_id(v.get_name())),
                );
            }
            for sub in cmd.get_subcommands() {
                values(sub, out);
            }
        }
        let mut wanted = Vec::new();
        values(&command(ColorChoice::Auto, Lang::Nl), &mut wanted);
        wanted.sort();
        wanted.dedup();
        assert!(wanted.len() > 20, "{wanted:?}");
        assert_eq!(wanted, help_ids(&["value-"]));
    }

    #[test]
    fn every_value_has_a_placeholder_from_the_catalogue_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let root = command(ColorChoice::Auto, lang);
            let mut commands = vec![&root];
            commands.extend(root.get_subcommands());
            for cmd in commands {
                for arg in cmd
                    .get_arguments()
                    .filter(|a| a.get_action().takes_values())
                {
                    let id = format!("arg-{}-{}", cmd.get_name(), arg.get_id());
                    let global = format!("arg-{ROOT}-{}", arg.get_id());
                    let placeholder = attribute(lang, &id, "waarde", &Args::new())
                        .or_else(|| attribute(lang, &global, "waarde", &Args::new()));
                    let names: Vec<String> = arg
                        .get_value_names()
                        .unwrap_or_default()
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    assert_eq!(placeholder, names.first().cloned(), "{lang:?} {id}");
                }
            }
        }
    }

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
