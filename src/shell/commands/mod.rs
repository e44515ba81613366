//! One function per subcommand: command line → core → rendered text → stdout.
//!
//! The thin shell around the pure core, one file per group of commands
//! (`advise`, `check`, the maintainer's views, generated files) so each reads
//! on its own. This file holds the one entry, [`run`]: it reads the clock and
//! the terminal once, hands the values down, and prints any failure once, in
//! the run's language (see [`crate::i18n`]).

mod advise;
mod check;
mod generate;
mod views;

use crate::i18n::Lang;
use crate::render::Context;
use crate::render::page::{PAPER_WIDTH, PlanOptions};
use crate::shell::cli::{AskArgs, Cli, Command};
use crate::shell::clock::today;
use crate::shell::colour::Colour;
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, load_map, load_map_in};
use crate::shell::load::MapSource;
use crate::views::Layout;
use std::io::{IsTerminal, Write};

/// Runs the command line in `lang` and returns the exit code; prints any
/// failure to stderr.
pub fn run(cli: Cli, lang: Lang) -> Exit {
    let colour = Colour::detect(cli.color);
    match dispatch(cli, colour, lang) {
        Ok(exit) => exit,
        Err(failure) => {
            let message = failure.message(colour.stderr, lang);
            let _ = std::io::stderr().write_all(message.as_bytes());
            failure.exit()
        }
    }
}

fn dispatch(cli: Cli, colour: Colour, lang: Lang) -> Result<Exit, Failure> {
    let source = match &cli.routekaart {
        Some(dir) => MapSource::Folder(dir.clone()),
        None => MapSource::Embedded,
    };
    let context = Context {
        date: today(),
        map_argument: cli.routekaart.as_ref().map(|p| p.display().to_string()),
    };
    let layout = layout(cli.width, colour.stdout);
    // A file is for paper: 80 columns and no colour, whatever the terminal, unless --width.
    let file_layout = Layout {
        width: cli.width.unwrap_or(80),
        colour: false,
    };
    // A plan on paper (a file, a pipe) is 76 columns; on a terminal, its width.
    let paper_width = cli.width.map_or(PAPER_WIDTH, usize::from);
    let plan_width = if cli.width.is_none() && !std::io::stdout().is_terminal() {
        PAPER_WIDTH
    } else {
        usize::from(layout.width)
    };
    let plans = |extended| crate::shell::ask::Plans {
        screen: PlanOptions {
            width: plan_width,
            extended,
        },
        paper: PlanOptions {
            width: paper_width,
            extended,
        },
        width: cli.width,
    };
    match cli.command {
        None => crate::shell::ask::run(
            &source,
            &context,
            AskArgs::default(),
            plans(false),
            colour.stderr,
            lang,
        ),
        Some(Command::Ask(args)) => {
            let plans = plans(args.uitgebreid);
            crate::shell::ask::run(&source, &context, args, plans, colour.stderr, lang)
        }
        Some(Command::Advise(args)) => {
            let loaded = load_map(&source, lang)?;
            let options = PlanOptions {
                width: plan_width,
                extended: args.uitgebreid,
            };
            advise::run(&loaded, &args, &context, options, lang)
        }
        Some(Command::Check(args)) => {
            check::run(cli.routekaart.as_deref(), &args, colour.stdout, lang)
        }
        Some(Command::Orgs(args)) => {
            views::orgs(&load_map(&source, lang)?.map, &args, layout, lang)
        }
        Some(Command::Routes(args)) => views::routes(
            &load_map_in(&source, args.regio.as_deref(), lang)?.map,
            &args,
            &context,
            layout,
            lang,
        ),
        Some(Command::Graph(args)) => views::graph(&load_map(&source, lang)?.map, &args, lang),
        Some(Command::Kaart(args)) => {
            crate::shell::kaart::run(&load_map(&source, lang)?.map, &args, cli.width, lang)
        }
        Some(Command::School(args)) => {
            crate::shell::school_form::run(&source, &args, context.date, colour.stderr, lang)
        }
        Some(Command::Export(args)) => {
            let layout = if args.output.is_some() {
                file_layout
            } else {
                layout
            };
            views::export(
                &load_map_in(&source, args.regio.as_deref(), lang)?.map,
                &args,
                &context,
                layout,
                lang,
            )
        }
        Some(Command::Diff(args)) => {
            if cli.routekaart.is_some() {
                return Err(Failure::Usage(crate::t!(lang, "diff-zonder-routekaart")));
            }
            views::diff(&args, layout, lang)
        }
        Some(Command::Schema(args)) => generate::schema(args, lang),
        Some(Command::Completions(args)) => generate::completions(&args, lang),
        Some(Command::Man(args)) => generate::man(args, &context, lang),
        Some(Command::Help(args)) => generate::help(&args, colour.stdout, lang),
    }
}

/// The layout of tables and printouts: `--width`, else the terminal's width,
/// else 80 columns; colour as `--color` and the terminal decided.
fn layout(width: Option<u16>, colour: bool) -> Layout {
    let width = width
        .or_else(crate::shell::terminal::stdout_width)
        .unwrap_or(80);
    Layout { width, colour }
}
