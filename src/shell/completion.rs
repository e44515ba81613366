//! Values for Tab completion, from the built-in map: `--answer` as
//! `vraag-id=waarde` (every option of every question; a number question as
//! `vraag-id=`), `--gemeente`, `--rol`, `--signaal`, and the commands of
//! `help`. clap's static scripts complete an option's possible values, so the
//! script is generated from a copy of the command line whose free-text
//! options name these values as possible; parsing never sees that copy, so
//! any other map's ids stay valid answers. The same copy gives each value of
//! a fixed list (`--color auto`, `--format json`) its help from the
//! catalogue (`value-<value>` in `help.ftl`), in the run's language, for the
//! shells that show it (zsh, fish).

use crate::core::map::{Map, QuestionKind};
use crate::i18n::Lang;
use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Arg, Command};
use std::ffi::OsStr;

/// A value parser that takes any text but suggests `values`.
#[derive(Clone)]
struct Suggest(Vec<PossibleValue>);

impl TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().cloned()))
    }
}

/// The values to suggest per argument id (as clap names the fields).
/// `lang` is the language of the gemeente names offered.
pub fn suggestions(
    map: &Map,
    commands: Vec<String>,
    lang: Lang,
) -> Vec<(&'static str, Vec<String>)> {
    let mut answers = Vec::new();
    for question in &map.questions {
        let id = &question.id;
        match &question.kind {
            QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => {
                answers.extend(options.iter().map(|o| format!("{id}={}", o.value)));
            }
            QuestionKind::YesNo { .. } => {
                answers.extend(["ja", "nee"].map(|v| format!("{id}={v}")));
            }
            QuestionKind::Gemeente { .. } => {
                answers.extend(
                    crate::core::answer::options(map, question, lang)
                        .into_iter()
                        .map(|(value, _)| format!("{id}={value}")),
                );
            }
            QuestionKind::Number { .. } => answers.push(format!("{id}=")),
        }
    }
    let signals = map
        .signals()
        .map(|(_, options)| options.iter().map(|o| o.value.clone()).collect())
        .unwrap_or_default();
    vec![
        ("answers", answers),
        (
            "gemeente",
            map.gemeenten.iter().map(|g| g.id.clone()).collect(),
        ),
        ("rol", map.roles.iter().map(|r| r.id.clone()).collect()),
        ("signaal", signals),
        ("command", commands),
    ]
}

/// `command` with the free-text options of every subcommand suggesting the
/// values in `suggestions`.
pub fn with_values(mut command: Command, suggestions: &[(&'static str, Vec<String>)]) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |mut sub| {
            for (id, values) in suggestions {
                if sub.get_arguments().any(|a| a.get_id() == *id) {
                    let values = Suggest(values.iter().map(PossibleValue::new).collect());
                    sub = sub.mut_arg(*id, |arg| {
                        arg.value_parser(values).hide_possible_values(true)
                    });
                }
            }
            sub
        });
    }
    command
}

/// `command` (built, so global options are on every command) with each
/// possible value of a fixed list helped in `lang` from the catalogue.
pub fn with_value_help(mut command: Command, lang: Lang) -> Command {
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|arg| !arg.get_possible_values().is_empty())
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| {
            let values = arg
                .get_possible_values()
                .into_iter()
                .map(|value| {
                    let help = crate::t!(lang, &value_help_id(value.get_name()));
                    value.help(help)
                })
                .collect();
            arg.value_parser(Suggest(values))
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| with_value_help(sub, lang));
    }
    command
}

/// The catalogue id of the help of a fixed value, the same for every option
/// that offers it (`json` is JSON wherever it is offered).
pub fn value_help_id(value: &str) -> String {
    format!("value-{value}")
}

/// clap's fish script with one repair: its test "is there a command yet?"
/// gives up when a global option still waits for its value
/// (`routekaart --color <Tab>`: fish's `argparse` fails on the missing
/// value), so fish offered file names there. No command can have been given
/// before that value, so the repaired test answers "no command yet", and the
/// option's own values are offered.
pub fn fish_repaired(script: &str) -> String {
    let broken =
        "    argparse -s (__fish_routekaart_global_optspecs) -- $cmd 2>/dev/null\n    or return\n";
    let repaired = "    argparse -s (__fish_routekaart_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n";
    debug_assert!(
        script.contains(broken),
        "clap_complete's fish script changed"
    );
    script.replacen(broken, repaired, 1)
}

/// The fish line that completes `help`'s argument with the commands.
pub fn fish_help(root: &Command) -> String {
    let names: Vec<&str> = root.get_subcommands().map(|c| c.get_name()).collect();
    format!(
        "complete -c routekaart -n \"__fish_routekaart_using_subcommand help\" -f -a \"{}\"\n",
        names.join(" ")
    )
}
