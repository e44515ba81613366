//! The maintainer's views of a whole map: `orgs`, `routes`, `graph`, `export`
//! and `diff`. Each finds what the options name in the map, asks
//! [`crate::views`] for the text, and prints or saves it.

use crate::core::compile::{LoadError, Loaded};
use crate::core::map::Map;
use crate::i18n::Lang;
use crate::render::Context;
use crate::shell::cli::{
    DiffArgs, ExportArgs, ExportFormat, GraphArgs, GraphFormat, OrgsArgs, RoutesArgs, TableFormat,
};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, load_map, print};
use crate::shell::load::{self, MapSource};
use crate::shell::save::save;
use crate::t;
use crate::views::{self, Layout};
use std::io::Write;
use std::path::Path;

/// `orgs`: the directory, filtered by gemeente and role.
pub(super) fn orgs(
    map: &Map,
    args: &OrgsArgs,
    layout: Layout,
    lang: Lang,
) -> Result<Exit, Failure> {
    use views::orgs;
    let filter = orgs::Filter {
        gemeente: args
            .gemeente
            .as_deref()
            .map(|g| views::find_gemeente(map, g, lang))
            .transpose()
            .map_err(Failure::Usage)?,
        role: args
            .rol
            .as_deref()
            .map(|r| orgs::find_role(map, r, lang))
            .transpose()
            .map_err(Failure::Usage)?,
    };
    let rows = orgs::rows(map, &filter, lang);
    print(&match args.format {
        TableFormat::Table => orgs::table(map, &rows, &filter, layout, lang),
        TableFormat::Json => orgs::json(map, &rows, lang),
        TableFormat::Csv => orgs::csv(&rows),
    })?;
    Ok(Exit::Success)
}

/// `routes`: every route, or per advice when there are too many.
pub(super) fn routes(
    map: &Map,
    args: &RoutesArgs,
    context: &Context,
    layout: Layout,
    lang: Lang,
) -> Result<Exit, Failure> {
    use views::routes;
    let gemeente = args
        .gemeente
        .as_deref()
        .map(|g| views::find_gemeente(map, g, lang))
        .transpose()
        .map_err(Failure::Usage)?;
    let listing = routes::list(
        map,
        gemeente,
        args.max_routes,
        context.map_argument.as_deref(),
        lang,
    );
    print(&match args.format {
        TableFormat::Table => routes::output::table(map, &listing, layout, lang),
        TableFormat::Json => routes::output::json(map, &listing, lang),
        TableFormat::Csv => routes::output::csv(&listing),
    })?;
    Ok(Exit::Success)
}

/// `graph`: the flowchart, whole or of one signal.
pub(super) fn graph(map: &Map, args: &GraphArgs, lang: Lang) -> Result<Exit, Failure> {
    use views::graph;
    let signal = args
        .signaal
        .as_deref()
        .map(|s| views::find_signal(map, s, lang))
        .transpose()
        .map_err(Failure::Usage)?;
    print(&match args.format {
        GraphFormat::Mermaid => graph::mermaid(map, signal, lang),
        GraphFormat::Dot => graph::dot(map, signal, lang),
    })?;
    Ok(Exit::Success)
}

/// `export`: the printable map, to stdout or a file.
pub(super) fn export(
    map: &Map,
    args: &ExportArgs,
    context: &Context,
    layout: Layout,
    lang: Lang,
) -> Result<Exit, Failure> {
    use views::export;
    let out = match args.format {
        ExportFormat::Text => export::text(map, context.date, layout, lang),
        ExportFormat::Markdown => export::markdown(map, context.date, lang),
        ExportFormat::Html => export::html(map, context.date, lang),
    };
    match &args.output {
        Some(path) => {
            save(path, &out, args.force, lang)?;
            let shown = path.display().to_string();
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                t!(lang, "export-geschreven", path = shown)
            );
        }
        None => print(&out)?,
    }
    Ok(Exit::Success)
}

/// `diff`: the routes whose plan changes from OLD to NEW.
pub(super) fn diff(args: &DiffArgs, layout: Layout, lang: Lang) -> Result<Exit, Failure> {
    use views::diff;
    let new = load_map(&MapSource::Folder(args.new.clone()), lang)?;
    let old_folder = Path::new(&args.old);
    let old = if old_folder.is_dir() {
        load_map(&MapSource::Folder(old_folder.to_path_buf()), lang)?
    } else {
        let sources =
            load::read_git_revision(&args.old, &args.new, lang).map_err(Failure::Usage)?;
        let map = crate::core::compile::from_sources(&sources).map_err(|diagnostics| {
            Failure::Load(LoadError {
                diagnostics,
                sources: sources.clone(),
            })
        })?;
        Loaded { map, sources }
    };
    let changes = diff::compare(&old.map, &new.map, args.max_routes, lang);
    print(&match args.format {
        TableFormat::Table => diff::table(&changes, layout, lang),
        TableFormat::Json => diff::json(&changes),
        TableFormat::Csv => diff::csv(&changes),
    })?;
    Ok(Exit::Success)
}
