//! The command line's help texts in English, in one table.
//!
//! The Dutch texts are the doc comments in `cli.rs`; for `--lang en`,
//! [`apply`] puts these in their place on the built clap command. A test
//! walks the command tree, so a new Dutch text without an English one fails.

use clap::Command;

/// `(command, argument id or "", short help, long help)`; the command is ""
/// for `routekaart` itself. The long help is only where the Dutch has one.
const TEXTS: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "",
        "",
        "routekaart: which organisation do you contact for which worry about a pupil?",
        Some(
            "routekaart: which organisation do you contact for which worry about a pupil?\n\n\
             Answer a few questions and get one plan: whom you call first and whom next, how \
             soon, why, what you prepare and on what grounds. Without a command the \
             questionnaire starts.",
        ),
    ),
    (
        "",
        "routekaart",
        "Folder with the YAML files of a map of your own (default: the built-in map with \
         Amstelland en de Meerlanden, Zuidoost-Drenthe and Groningen)",
        None,
    ),
    (
        "",
        "width",
        "Width of tables and printouts in columns (default: the terminal's width; otherwise \
         80, and 76 for a plan, to fit A4)",
        None,
    ),
    (
        "",
        "color",
        "Colour: auto (only in a terminal, and not when NO_COLOR is set), always or never",
        None,
    ),
    (
        "",
        "lang",
        "Language of routekaart's text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; \
         otherwise Dutch). Map texts in English where the map has them.",
        None,
    ),
    (
        "ask",
        "",
        "Questionnaire in the terminal: questions, review, plan and saving",
        Some(
            "Questionnaire in the terminal: questions, review, plan and saving\n\n\
             Example: routekaart ask -o plan.txt",
        ),
    ),
    (
        "ask",
        "output",
        "Save the plan in this file (text; markdown or HTML when the name ends in .md or .html)",
        None,
    ),
    ("ask", "force", "Replace the file if it exists", None),
    (
        "ask",
        "uitgebreid",
        "Add an appendix after the plan: route, answers and the command for the same plan",
        None,
    ),
    (
        "advise",
        "",
        "Plan without the questionnaire, for scripts and CI: answers as options or a file",
        Some(
            "Plan without the questionnaire, for scripts and CI: answers as options or a file\n\n\
             Example: routekaart advise --answer schoolgemeente=amstelveen \
             --answer woongemeente=aalsmeer --answer signaal=verzuim --answer verzuim-uren=16\n\n\
             Exit code 0: plan on stdout. 3: another answer is needed; the question is on \
             stdout. 2: an answer is wrong.",
        ),
    ),
    (
        "advise",
        "answers",
        "An answer: question-id=value; multiple choice with commas (signaal=verzuim,ziekte)",
        None,
    ),
    (
        "advise",
        "answers_file",
        "YAML file of answers (question-id: value); --answer takes precedence",
        None,
    ),
    (
        "advise",
        "format",
        "Output: text (printable), markdown, json or html (one file to print)",
        None,
    ),
    (
        "advise",
        "output",
        "Also save the plan in this file (in the chosen format)",
        None,
    ),
    ("advise", "force", "Replace the file if it exists", None),
    (
        "advise",
        "uitgebreid",
        "Add an appendix after the plan: route, answers and the command for the same plan \
         (JSON always has everything)",
        None,
    ),
    (
        "check",
        "",
        "Check a map: files, references, shape, municipalities, contact data, urgency, dates, \
         rules, scenarios and coverage",
        Some(
            "Check a map: files, references, shape, municipalities, contact data, urgency, \
             dates, rules, scenarios and coverage\n\n\
             Example: routekaart check routekaart --strict --format junit > check.xml\n\n\
             Without DIR the built-in map is checked. Exit code 0: fine. 1: errors found (with \
             --strict warnings too). 2: the folder cannot be read, or a wrong call.",
        ),
    ),
    (
        "check",
        "dir",
        "Folder with the map's files (default: the built-in map)",
        None,
    ),
    (
        "check",
        "format",
        "Output: human (for people), json, junit (CI test report), github (annotations) or \
         sarif",
        None,
    ),
    (
        "check",
        "strict",
        "Let warnings fail too (exit code 1)",
        None,
    ),
    (
        "check",
        "max_age",
        "Warn when contact data has not been verified for more than this many months",
        None,
    ),
    (
        "check",
        "min_coverage",
        "Fail when the scenarios cover less than this percentage of the map (0 to 100)",
        None,
    ),
    (
        "check",
        "bless",
        "Rewrite the scenarios' kept summaries instead of comparing them",
        None,
    ),
    (
        "check",
        "regio",
        "Check only the national core with this region (the folder's name in regios/)",
        None,
    ),
    (
        "orgs",
        "",
        "The directory: organisations, their roles per municipality and contact data",
        Some(
            "The directory: organisations, their roles per municipality and contact data\n\n\
             Example: routekaart orgs --gemeente aalsmeer --rol leerplicht",
        ),
    ),
    (
        "orgs",
        "gemeente",
        "Only the organisations that fill a role in this municipality (id or name), and those \
         an advice names directly (such as 112)",
        None,
    ),
    (
        "orgs",
        "rol",
        "Only the organisations that fill this role (id or name)",
        None,
    ),
    ("orgs", "format", "Output: table, json or csv", None),
    (
        "routes",
        "",
        "Every route from the first question to a plan, with a fixed short code per route",
        Some(
            "Every route from the first question to a plan, with a fixed short code per route\n\n\
             Example: routekaart routes --gemeente amstelveen --format csv > routes.csv\n\n\
             A route takes one answer per question, for multiple choice one signal; several \
             signals together give the merged plan of their routes. With more routes than \
             --max-routes the table counts per advice how many routes lead there.",
        ),
    ),
    (
        "routes",
        "gemeente",
        "Contacts for a pupil who lives, and goes to school, in this municipality",
        None,
    ),
    ("routes", "format", "Output: table, json or csv", None),
    (
        "routes",
        "regio",
        "Only the national core and this region (the folder's name in regios/)",
        None,
    ),
    (
        "routes",
        "max_routes",
        "Count per advice instead of showing every route when there are more than this",
        None,
    ),
    (
        "graph",
        "",
        "The map as a flowchart: Mermaid (GitHub, GitLab) or DOT (Graphviz)",
        Some(
            "The map as a flowchart: Mermaid (GitHub, GitLab) or DOT (Graphviz)\n\n\
             Example: routekaart graph --format dot --signaal verzuim | dot -Tsvg > verzuim.svg",
        ),
    ),
    ("graph", "format", "Output: mermaid or dot", None),
    (
        "graph",
        "signaal",
        "Draw only the branch of this signal (a value of the signal question)",
        None,
    ),
    (
        "diff",
        "",
        "The routes whose plan changes between two versions of a map",
        Some(
            "The routes whose plan changes between two versions of a map\n\n\
             Example: routekaart diff HEAD routekaart (the last commit against the folder as \
             it is now)\n\n\
             OLD is a folder, or a git revision of the folder NEW.",
        ),
    ),
    (
        "diff",
        "old",
        "The old map: a folder, or a git revision (HEAD, main, v0.2.0) of the folder NEW",
        None,
    ),
    ("diff", "new", "The new map: a folder", None),
    ("diff", "format", "Output: table, json or csv", None),
    (
        "diff",
        "max_routes",
        "Compare per advice instead of per route when a map has more routes than this",
        None,
    ),
    (
        "kaart",
        "",
        "The routekaart on one A4: per worry whom you call first, the number, how soon and the deadline",
        Some(
            "The routekaart on one A4: per worry whom you call first, the number, how soon and the deadline\n\n\
             Example: routekaart kaart --gemeente uithoorn > routekaart-uithoorn.txt\n\n\
             For a school and a pupil in the municipality of --gemeente, or else that of the \
             school's profile (routekaart school). With that profile the school's own contacts \
             are on it. Derived from the same routes as the plan.",
        ),
    ),
    (
        "kaart",
        "gemeente",
        "The municipality of the school and the pupil (id or name); default: the profile's",
        None,
    ),
    (
        "kaart",
        "format",
        "Output: text, json or html (one file to print)",
        None,
    ),
    (
        "kaart",
        "school",
        "The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)",
        None,
    ),
    (
        "ask",
        "school",
        "The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)",
        None,
    ),
    (
        "advise",
        "school",
        "The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)",
        None,
    ),
    (
        "school",
        "",
        "Make or change your school's profile: municipality, kind of school and own contacts",
        Some(
            "Make or change your school's profile: municipality, kind of school and own contacts\n\n\
             Example: routekaart school\n\n\
             Plans and the kaart then name the school's own contacts first. The profile is kept \
             in your computer's settings folder (--pad shows where), or in the file of --school \
             or ROUTEKAART_SCHOOL. It holds staff data only, never pupils'.",
        ),
    ),
    (
        "school",
        "voorbeeld",
        "Show an example profile with explanations, to fill in yourself, instead of the questions",
        None,
    ),
    ("school", "pad", "Show only where the profile is kept", None),
    (
        "school",
        "school",
        "The profile you make or change (default: ROUTEKAART_SCHOOL, or school.yaml in the \
         settings folder)",
        None,
    ),
    (
        "check",
        "school",
        "Check a school's profile against the map instead of the map: roles, municipality, \
         kind of school, dates, phone numbers and e-mail addresses",
        None,
    ),
    (
        "export",
        "",
        "The whole map as one printable document, to go through with partners",
        Some(
            "The whole map as one printable document, to go through with partners\n\n\
             Example: routekaart export --format markdown -o routekaart.md",
        ),
    ),
    (
        "export",
        "format",
        "Output: text, markdown or html (one file to print on A4)",
        None,
    ),
    (
        "export",
        "regio",
        "Only the national core and this region (the folder's name in regios/)",
        None,
    ),
    (
        "export",
        "output",
        "Write to this file instead of to the output",
        None,
    ),
    ("export", "force", "Replace the file if it exists", None),
    (
        "schema",
        "",
        "JSON Schema of the map files: completion and help in an editor",
        Some(
            "JSON Schema of the map files: completion and help in an editor\n\n\
             Example: routekaart schema --dir schema\n\n\
             With KIND the schema of that file (routekaart, organisaties, gemeenten, vragen, \
             adviezen, regels, scenarios or regio); with --dir all eight, as KIND.schema.json. Put \
             `# yaml-language-server: $schema=../schema/vragen.schema.json` at the top of a map \
             file (the path from that file), and VS Code (with Red Hat's YAML extension) and \
             other editors complete keys, show help and mark typos.",
        ),
    ),
    (
        "schema",
        "kind",
        "The map file: routekaart, organisaties, gemeenten, vragen, adviezen, regels, \
         scenarios or regio",
        None,
    ),
    (
        "schema",
        "dir",
        "Write every schema in this folder (KIND.schema.json; existing ones are replaced)",
        None,
    ),
    (
        "completions",
        "",
        "Tab completion for bash, zsh, fish, PowerShell or elvish",
        Some(
            "Tab completion for bash, zsh, fish, PowerShell or elvish\n\n\
             Example: routekaart completions bash > \
             ~/.local/share/bash-completion/completions/routekaart\n\n\
             The script goes to the output; put it where the shell reads it (see the README).",
        ),
    ),
    (
        "completions",
        "shell",
        "The shell: bash, zsh, fish, powershell or elvish",
        None,
    ),
    (
        "man",
        "",
        "The manual as a man page (roff), made from this help",
        Some(
            "The manual as a man page (roff), made from this help\n\n\
             Example: routekaart man | man -l -\n\n\
             Without --dir the page routekaart(1) goes to the output; with --dir the pages per \
             command come too (routekaart-check.1, …).",
        ),
    ),
    (
        "man",
        "dir",
        "Write every page in this folder (routekaart.1 and routekaart-COMMAND.1)",
        None,
    ),
    (
        "help",
        "",
        "Help with routekaart, or with one command",
        Some(
            "Help with routekaart, or with one command\n\n\
             Example: routekaart help check (the same as routekaart check --help)",
        ),
    ),
    (
        "help",
        "command",
        "The command (ask, advise, check, …); without: the help of routekaart itself",
        None,
    ),
];

/// The placeholders of values (`--width <KOLOMMEN>`), Dutch and English.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("MAP", "DIR"),
    ("KOLOMMEN", "COLUMNS"),
    ("WANNEER", "WHEN"),
    ("TAAL", "LANG"),
    ("BESTAND", "FILE"),
    ("ID=WAARDE", "ID=VALUE"),
    ("GEMEENTE", "MUNICIPALITY"),
    ("REGIO", "REGION"),
    ("ROL", "ROLE"),
    ("AANTAL", "COUNT"),
    ("MAANDEN", "MONTHS"),
    ("PROCENT", "PERCENT"),
    ("SIGNAAL", "SIGNAL"),
    ("OUD", "OLD"),
    ("NIEUW", "NEW"),
    ("SOORT", "KIND"),
    ("OPDRACHT", "COMMAND"),
];

/// The English texts of one command or argument.
fn texts(command: &str, arg: &str) -> Option<(&'static str, Option<&'static str>)> {
    TEXTS
        .iter()
        .find(|(c, a, _, _)| *c == command && *a == arg)
        .map(|(_, _, short, long)| (*short, *long))
}

/// `cmd` (the unbuilt `Cli::command()`) with its help texts in English.
pub fn apply(cmd: Command) -> Command {
    english(cmd, "")
}

fn english(cmd: Command, name: &str) -> Command {
    let cmd = match texts(name, "") {
        Some((about, long)) => cmd.about(about).long_about(long),
        None => cmd,
    };
    cmd.mut_args(|arg| {
        let arg = match texts(name, arg.get_id().as_str()) {
            Some((help, long)) => arg.help(help).long_help(long),
            None => arg,
        };
        let dutch: Vec<String> = arg
            .get_value_names()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        match dutch.as_slice() {
            [one] => match VALUE_NAMES.iter().find(|(nl, _)| nl == one) {
                Some((_, en)) => arg.value_name(*en),
                None => arg,
            },
            _ => arg,
        }
    })
    .mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        english(sub, &name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::cli::Cli;
    use clap::CommandFactory;

    /// Every help text of `cmd` and its commands as (command, arg, has long help).
    fn dutch_texts(cmd: &Command, name: &str, out: &mut Vec<(String, String, bool)>) {
        if cmd.get_about().is_some() {
            out.push((name.into(), String::new(), cmd.get_long_about().is_some()));
        }
        for arg in cmd.get_arguments() {
            if arg.get_help().is_some() {
                let id = arg.get_id().to_string();
                out.push((name.into(), id, arg.get_long_help().is_some()));
            }
        }
        for sub in cmd.get_subcommands() {
            dutch_texts(sub, sub.get_name(), out);
        }
    }

    #[test]
    fn every_dutch_placeholder_has_an_english_one() {
        let mut missing = Vec::new();
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            for arg in cmd
                .get_arguments()
                .filter(|a| a.get_action().takes_values())
            {
                for name in arg.get_value_names().unwrap_or_default() {
                    let name = name.to_string();
                    if name != "FORMAT"
                        && name != "SHELL"
                        && !VALUE_NAMES.iter().any(|(nl, _)| *nl == name)
                    {
                        missing.push(name);
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        walk(&Cli::command(), &mut missing);
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn every_dutch_help_text_has_an_english_one_and_no_english_one_is_left_over() {
        let mut dutch = Vec::new();
        dutch_texts(&Cli::command(), "", &mut dutch);
        assert!(dutch.len() > 40, "{dutch:?}");
        for (command, arg, long) in &dutch {
            let found = texts(command, arg);
            assert!(found.is_some(), "no English for `{command}` `{arg}`");
            assert_eq!(
                found.unwrap().1.is_some(),
                *long,
                "long help of `{command}` `{arg}`"
            );
        }
        for (command, arg, _, _) in TEXTS {
            assert!(
                dutch.iter().any(|(c, a, _)| c == command && a == arg),
                "English for `{command}` `{arg}`, which has no Dutch text"
            );
        }
    }
}
