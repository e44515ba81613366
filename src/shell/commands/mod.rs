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

use crate::i18n::pick;
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

/// Runs the command line and returns the exit code; prints any failure to stderr.
pub fn run(cli: Cli) -> Exit {
    let colour = Colour::detect(cli.color);
    match dispatch(cli, colour) {
        Ok(exit) => exit,
        Err(failure) => {
            let _ = std::io::stderr().write_all(failure.message(colour.stderr).as_bytes());
            failure.exit()
        }
    }
}

fn dispatch(cli: Cli, colour: Colour) -> Result<Exit, Failure> {
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
        ),
        Some(Command::Ask(args)) => {
            let plans = plans(args.uitgebreid);
            crate::shell::ask::run(&source, &context, args, plans, colour.stderr)
        }
        Some(Command::Advise(args)) => {
            let loaded = load_map(&source)?;
            let options = PlanOptions {
                width: plan_width,
                extended: args.uitgebreid,
            };
            advise::run(&loaded, &args, &context, options)
        }
        Some(Command::Check(args)) => check::run(cli.routekaart.as_deref(), &args, colour.stdout),
        Some(Command::Orgs(args)) => views::orgs(&load_map(&source)?.map, &args, layout),
        Some(Command::Routes(args)) => views::routes(
            &load_map_in(&source, args.regio.as_deref())?.map,
            &args,
            &context,
            layout,
        ),
        Some(Command::Graph(args)) => views::graph(&load_map(&source)?.map, &args),
        Some(Command::Kaart(args)) => {
            crate::shell::kaart::run(&load_map(&source)?.map, &args, cli.width)
        }
        Some(Command::School(args)) => {
            crate::shell::school_form::run(&source, &args, context.date, colour.stderr)
        }
        Some(Command::Export(args)) => {
            let layout = if args.output.is_some() {
                file_layout
            } else {
                layout
            };
            views::export(
                &load_map_in(&source, args.regio.as_deref())?.map,
                &args,
                &context,
                layout,
            )
        }
        Some(Command::Diff(args)) => {
            if cli.routekaart.is_some() {
                return Err(Failure::Usage(
                    pick(
                        "`diff` leest twee kaarten uit OUD en NIEUW; laat --routekaart weg",
                        "`diff` reads two maps from OLD and NEW; leave out --routekaart",
                    )
                    .into(),
                ));
            }
            views::diff(&args, layout)
        }
        Some(Command::Schema(args)) => generate::schema(args),
        Some(Command::Completions(args)) => generate::completions(&args),
        Some(Command::Man(args)) => generate::man(args, &context),
        Some(Command::Help(args)) => generate::help(&args, colour.stdout),
    }
}

/// The layout of tables and printouts: `--width`, else the terminal's width,
/// else 80 columns; colour as `--color` and the terminal decided.
fn layout(width: Option<u16>, colour: bool) -> Layout {
    let terminal = std::io::stdout().is_terminal();
    let width = width
        .or_else(|| {
            terminal
                .then(|| comfy_table::Table::new().width())
                .flatten()
        })
        .unwrap_or(80);
    Layout { width, colour }
}
