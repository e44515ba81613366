//! The commands that describe routekaart itself rather than a map's routes:
//! `schema`, `completions`, `man` and `help`. They print, or write generated
//! files into a folder.

use crate::core::schema;
use crate::i18n::Lang;
use crate::render::Context;
use crate::shell::cli::{CompletionsArgs, HelpArgs, ManArgs, SchemaArgs};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, print};
use crate::shell::help;
use crate::t;
use std::io::Write;
use std::path::Path;

/// `schema`: one JSON Schema to stdout, or all of them into `--dir`.
pub(super) fn schema(args: SchemaArgs, lang: Lang) -> Result<Exit, Failure> {
    match (args.kind, args.dir) {
        (Some(kind), None) => {
            print(&schema::schema(&kind).unwrap_or_default())?;
            Ok(Exit::Success)
        }
        (None, Some(dir)) => write_generated(&dir, &schema::all(), "schemas-geschreven", lang),
        _ => {
            let kinds = schema::KINDS.join(", ");
            Err(Failure::Usage(t!(
                lang,
                "schema-soort-of-dir",
                kinds = kinds
            )))
        }
    }
}

/// `completions`: the completion script of one shell.
pub(super) fn completions(args: &CompletionsArgs, lang: Lang) -> Result<Exit, Failure> {
    print(&help::completions(args.shell, lang))?;
    Ok(Exit::Success)
}

/// `man`: the page routekaart(1) to stdout, or every page into `--dir`.
pub(super) fn man(args: ManArgs, context: &Context, lang: Lang) -> Result<Exit, Failure> {
    let pages = help::man_pages(&context.date.iso(), lang);
    match args.dir {
        Some(dir) => write_generated(&dir, &pages, "man-paginas-geschreven", lang),
        None => {
            print(&pages[0].1)?;
            Ok(Exit::Success)
        }
    }
}

/// `help`: the long help of routekaart or of one command.
pub(super) fn help(args: &HelpArgs, colour: bool, lang: Lang) -> Result<Exit, Failure> {
    let name = args.command.as_deref();
    let text = help::text(name, colour, lang).ok_or_else(|| {
        let name = name.unwrap_or_default();
        let names = crate::i18n::format::list(lang, &help::command_names(lang));
        Failure::Usage(t!(lang, "help-geen-opdracht", name = name, names = names))
    })?;
    print(&text)?;
    Ok(Exit::Success)
}

/// Writes generated files (man pages, schemas) into `dir`, made if missing,
/// replacing files of the same name; says on stderr how many, in the message
/// `written` (which has `$n` and `$folder`).
fn write_generated(
    dir: &Path,
    files: &[(String, String)],
    written: &str,
    lang: Lang,
) -> Result<Exit, Failure> {
    let failed =
        |e: std::io::Error, what: String| Failure::Other(anyhow::Error::new(e).context(what));
    let shown = dir.display().to_string();
    std::fs::create_dir_all(dir)
        .map_err(|e| failed(e, t!(lang, "map-maken-mislukt", folder = shown.as_str())))?;
    for (name, text) in files {
        let path = dir.join(name).display().to_string();
        std::fs::write(dir.join(name), text)
            .map_err(|e| failed(e, t!(lang, "schrijven-mislukt", path = path)))?;
    }
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        t!(lang, written, n = files.len(), folder = shown)
    );
    Ok(Exit::Success)
}
