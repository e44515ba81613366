//! The commands that describe routekaart itself rather than a map's routes:
//! `schema`, `completions`, `man` and `help`. They print, or write generated
//! files into a folder.

use crate::core::schema;
use crate::i18n::pick;
use crate::render::Context;
use crate::shell::cli::{CompletionsArgs, HelpArgs, ManArgs, SchemaArgs};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, print};
use crate::shell::help;
use crate::tr;
use std::io::Write;
use std::path::Path;

/// `schema`: one JSON Schema to stdout, or all of them into `--dir`.
pub(super) fn schema(args: SchemaArgs) -> Result<Exit, Failure> {
    match (args.kind, args.dir) {
        (Some(kind), None) => {
            print(&schema::schema(&kind).unwrap_or_default())?;
            Ok(Exit::Success)
        }
        (None, Some(dir)) => write_generated(
            &dir,
            &schema::all(),
            (pick("schema", "schema"), pick("schema's", "schemas")),
        ),
        _ => {
            let kinds = schema::KINDS.join(", ");
            Err(Failure::Usage(tr!(
                "geef één SOORT ({kinds}) of --dir MAP voor alle schema's; bijvoorbeeld: routekaart schema --dir schema",
                "give one KIND ({kinds}) or --dir DIR for every schema; for example: routekaart schema --dir schema"
            )))
        }
    }
}

/// `completions`: the completion script of one shell.
pub(super) fn completions(args: &CompletionsArgs) -> Result<Exit, Failure> {
    print(&help::completions(args.shell))?;
    Ok(Exit::Success)
}

/// `man`: the page routekaart(1) to stdout, or every page into `--dir`.
pub(super) fn man(args: ManArgs, context: &Context) -> Result<Exit, Failure> {
    let pages = help::man_pages(&context.date.iso());
    match args.dir {
        Some(dir) => write_generated(
            &dir,
            &pages,
            (
                pick("man-pagina", "man page"),
                pick("man-pagina's", "man pages"),
            ),
        ),
        None => {
            print(&pages[0].1)?;
            Ok(Exit::Success)
        }
    }
}

/// `help`: the long help of routekaart or of one command.
pub(super) fn help(args: &HelpArgs, colour: bool) -> Result<Exit, Failure> {
    let name = args.command.as_deref();
    let text = help::text(name, colour).ok_or_else(|| {
        let name = name.unwrap_or_default();
        let names = crate::i18n::format::list(crate::i18n::current(), &help::command_names());
        Failure::Usage(tr!(
            "`{name}` is geen opdracht van routekaart; kies uit {names}",
            "`{name}` is not a command of routekaart; choose from {names}"
        ))
    })?;
    print(&text)?;
    Ok(Exit::Success)
}

/// Writes generated files (man pages, schemas) into `dir`, made if missing,
/// replacing files of the same name; says on stderr how many.
fn write_generated(
    dir: &Path,
    files: &[(String, String)],
    (one, many): (&str, &str),
) -> Result<Exit, Failure> {
    let failed =
        |e: std::io::Error, what: String| Failure::Other(anyhow::Error::new(e).context(what));
    let shown = dir.display();
    std::fs::create_dir_all(dir).map_err(|e| {
        failed(
            e,
            tr!(
                "kan de map {shown} niet maken",
                "cannot make the folder {shown}"
            ),
        )
    })?;
    for (name, text) in files {
        let path = dir.join(name);
        let shown = path.display();
        std::fs::write(&path, text)
            .map_err(|e| failed(e, tr!("kan {shown} niet schrijven", "cannot write {shown}")))?;
    }
    let written = crate::i18n::format::count(files.len(), one, many);
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        tr!(
            "{written} geschreven in {shown}.",
            "{written} written in {shown}."
        )
    );
    Ok(Exit::Success)
}
