//! One function per subcommand: command line → core → rendered text → stdout.
//!
//! The thin shell around the pure core. It reads the clock and the files, prints,
//! and decides the exit code; every failure is printed once, here, in the
//! run's language (see [`crate::i18n`]).

use crate::check;
use crate::core::answer::{self, Given};
use crate::core::compile::{LoadError, Loaded};
use crate::core::date::Date;
use crate::core::diagnostic::Diagnostic;
use crate::core::engine::Session;
use crate::core::map::Map;
use crate::core::model::AnswersFile;
use crate::core::parse::parse;
use crate::core::plan::Plan;
use crate::core::schema;
use crate::core::source::{Location, SourceFile};
use crate::i18n::{Lang, pick};
use crate::render::page::{PAPER_WIDTH, PlanOptions};
use crate::render::{self, Context, json, markdown, text};
use crate::shell::cli::{
    AdviseArgs, AskArgs, CheckArgs, CheckFormat, Cli, Command, DiffArgs, ExportArgs, ExportFormat,
    Format, GraphArgs, GraphFormat, OrgsArgs, RoutesArgs, TableFormat,
};
use crate::shell::colour::Colour;
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, load_map, load_map_in, print};
use crate::shell::help;
use crate::shell::load::{self, MapSource};
use crate::shell::save::save;
use crate::shell::school::School;
use crate::tr;
use crate::views::{self, Layout};
use std::io::{IsTerminal, Write};
use std::path::Path;

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
            advise(&loaded, &args, &context, options)
        }
        Some(Command::Check(args)) => {
            let dir = match (&args.dir, &cli.routekaart) {
                (Some(_), Some(_)) => {
                    return Err(Failure::Usage(pick(
                        "geef de map één keer: `routekaart check MAP` of `routekaart --routekaart MAP check`",
                        "give the folder once: `routekaart check DIR` or `routekaart --routekaart DIR check`",
                    ).into()));
                }
                (Some(dir), None) | (None, Some(dir)) => Some(dir.clone()),
                (None, None) => None,
            };
            match &args.school {
                Some(profile) => {
                    crate::shell::school::check(dir.as_deref(), profile, colour.stdout)
                }
                None => check(dir.as_deref(), &args, colour.stdout),
            }
        }
        Some(Command::Orgs(args)) => orgs(&load_map(&source)?.map, &args, layout),
        Some(Command::Routes(args)) => routes(
            &load_map_in(&source, args.regio.as_deref())?.map,
            &args,
            &context,
            layout,
        ),
        Some(Command::Graph(args)) => graph(&load_map(&source)?.map, &args),
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
            export(
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
            diff(&args, layout)
        }
        Some(Command::Schema(args)) => match (args.kind, args.dir) {
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
        },
        Some(Command::Completions(args)) => {
            print(&help::completions(args.shell))?;
            Ok(Exit::Success)
        }
        Some(Command::Man(args)) => {
            let pages = help::man_pages(&today().iso());
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
        Some(Command::Help(args)) => {
            let name = args.command.as_deref();
            let text = help::text(name, colour.stdout).ok_or_else(|| {
                let name = name.unwrap_or_default();
                let names =
                    crate::i18n::format::list(crate::i18n::current(), &help::command_names());
                Failure::Usage(tr!(
                    "`{name}` is geen opdracht van routekaart; kies uit {names}",
                    "`{name}` is not a command of routekaart; choose from {names}"
                ))
            })?;
            print(&text)?;
            Ok(Exit::Success)
        }
    }
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

/// `orgs`: the directory, filtered by gemeente and role.
fn orgs(map: &Map, args: &OrgsArgs, layout: Layout) -> Result<Exit, Failure> {
    use views::orgs;
    let lang = crate::i18n::current();
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
        TableFormat::Json => orgs::json(map, &rows),
        TableFormat::Csv => orgs::csv(&rows),
    })?;
    Ok(Exit::Success)
}

/// `routes`: every route, or per advice when there are too many.
fn routes(
    map: &Map,
    args: &RoutesArgs,
    context: &Context,
    layout: Layout,
) -> Result<Exit, Failure> {
    use views::routes;
    let gemeente = args
        .gemeente
        .as_deref()
        .map(|g| views::find_gemeente(map, g, crate::i18n::current()))
        .transpose()
        .map_err(Failure::Usage)?;
    let listing = routes::list(
        map,
        gemeente,
        args.max_routes,
        context.map_argument.as_deref(),
    );
    print(&match args.format {
        TableFormat::Table => routes::output::table(map, &listing, layout),
        TableFormat::Json => routes::output::json(map, &listing),
        TableFormat::Csv => routes::output::csv(&listing),
    })?;
    Ok(Exit::Success)
}

/// `graph`: the flowchart, whole or of one signal.
fn graph(map: &Map, args: &GraphArgs) -> Result<Exit, Failure> {
    use views::graph;
    let lang = crate::i18n::current();
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
fn export(
    map: &Map,
    args: &ExportArgs,
    context: &Context,
    layout: Layout,
) -> Result<Exit, Failure> {
    use views::export;
    let lang = crate::i18n::current();
    let out = match args.format {
        ExportFormat::Text => export::text(map, context.date, layout, lang),
        ExportFormat::Markdown => export::markdown(map, context.date, lang),
        ExportFormat::Html => export::html(map, context.date, lang),
    };
    match &args.output {
        Some(path) => {
            save(path, &out, args.force)?;
            let shown = path.display();
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                tr!("Kaart geschreven naar {shown}.", "Map written to {shown}.")
            );
        }
        None => print(&out)?,
    }
    Ok(Exit::Success)
}

/// `diff`: the routes whose plan changes from OLD to NEW.
fn diff(args: &DiffArgs, layout: Layout) -> Result<Exit, Failure> {
    use views::diff;
    let new = load_map(&MapSource::Folder(args.new.clone()))?;
    let old_folder = Path::new(&args.old);
    let old = if old_folder.is_dir() {
        load_map(&MapSource::Folder(old_folder.to_path_buf()))?
    } else {
        let sources = load::read_git_revision(&args.old, &args.new).map_err(Failure::Usage)?;
        let map = crate::core::compile::from_sources(&sources).map_err(|diagnostics| {
            Failure::Load(LoadError {
                diagnostics,
                sources: sources.clone(),
            })
        })?;
        Loaded { map, sources }
    };
    let lang = crate::i18n::current();
    let changes = diff::compare(&old.map, &new.map, args.max_routes, lang);
    print(&match args.format {
        TableFormat::Table => diff::table(&changes, layout, lang),
        TableFormat::Json => diff::json(&changes),
        TableFormat::Csv => diff::csv(&changes),
    })?;
    Ok(Exit::Success)
}

/// `check`: reads the map (and its rules, scenarios and kept summaries), runs
/// every pass, prints the report, and with `--bless` writes the summaries.
fn check(dir: Option<&Path>, args: &CheckArgs, colour: bool) -> Result<Exit, Failure> {
    use crate::check::report::{github, human, json, junit, sarif};
    if args.bless && dir.is_none() {
        return Err(Failure::Usage(
            pick(
                "--bless schrijft in de map van de routekaart; geef die map: routekaart check routekaart --bless",
                "--bless writes in the map's folder; give that folder: routekaart check routekaart --bless",
            )
            .into(),
        ));
    }
    let read_dir = |dir: &Path| -> Result<_, Vec<Diagnostic>> {
        let sources = load::read_folder(dir).map_err(|e| e.diagnostics)?;
        let optional = |name: &str| -> Result<Option<SourceFile>, Vec<Diagnostic>> {
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            load::read_text(&path)
                .map(|text| Some(SourceFile::new(path.display().to_string(), text)))
                .map_err(|d| vec![d])
        };
        let mut region_scenarios = Vec::new();
        for region in load::region_folders(dir) {
            let path = region.join("scenarios.yaml");
            if path.exists() {
                let text = load::read_text(&path).map_err(|d| vec![d])?;
                region_scenarios.push(SourceFile::new(path.display().to_string(), text));
            }
        }
        Ok((
            sources,
            optional("regels.yaml")?,
            optional("scenarios.yaml")?,
            region_scenarios,
        ))
    };
    let read_summary = |path: &str| match dir {
        Some(dir) => std::fs::read_to_string(dir.join(path)).ok(),
        None => crate::core::embedded::summary(path),
    };
    let files = match dir {
        Some(dir) => read_dir(dir),
        None => Ok((
            crate::core::embedded::files(),
            Some(crate::core::embedded::rules()),
            None,
            crate::core::embedded::region_scenarios(),
        )),
    };
    // `--regio`: the core with one region, and that region's scenarios.
    let files = match (files, &args.regio) {
        (Ok((sources, rules, scenarios, region_scenarios)), Some(region)) => {
            let mut sources = sources;
            sources.extend(region_scenarios);
            let sources = crate::shell::failure::select_region(sources, region)?;
            let (region_scenarios, sources) = sources
                .into_iter()
                .partition(|s| s.name.ends_with("scenarios.yaml"));
            Ok((sources, rules, scenarios, region_scenarios))
        }
        (files, _) => files,
    };
    let options = check::Options {
        max_age_months: args.max_age,
        min_coverage: args.min_coverage,
        bless: args.bless,
    };
    let report = match files {
        Ok((sources, rules, scenarios, region_scenarios)) => check::run(
            &check::Input {
                sources,
                rules,
                scenarios,
                region_scenarios,
                region: args.regio.clone(),
                summary: &read_summary,
                map_argument: dir.map(|d| d.display().to_string()),
                today: today(),
            },
            &options,
        ),
        Err(diagnostics) => check::Report {
            diagnostics,
            ..check::Report::default()
        },
    };
    if let Some(dir) = dir {
        for (path, text) in &report.blessed {
            let path = dir.join(path);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|e| {
                    let shown = folder.display();
                    Failure::Other(anyhow::Error::new(e).context(tr!(
                        "kan de map {shown} niet maken",
                        "cannot make the folder {shown}"
                    )))
                })?;
            }
            save(&path, text, true)?;
        }
    }
    let lang = crate::i18n::current();
    let out = match args.format {
        CheckFormat::Human => human::render(lang, &report, colour),
        CheckFormat::Json => json::render(lang, &report, args.strict),
        CheckFormat::Junit => junit::render(lang, &report, args.strict),
        CheckFormat::Github => github::render(lang, &report),
        CheckFormat::Sarif => sarif::render(lang, &report, &super::repository::base(dir)),
    };
    print(&out)?;
    Ok(if report.unreadable() {
        Exit::Usage
    } else if report.failed(args.strict) {
        Exit::Findings
    } else {
        Exit::Success
    })
}

/// Today's date in the Netherlands, or the date of `SOURCE_DATE_EPOCH` when set
/// (for reproducible output, as in reproducible builds).
pub fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    Date::from_unix_seconds(seconds + crate::core::date::amsterdam_offset_seconds(seconds))
}

fn advise(
    loaded: &Loaded,
    args: &AdviseArgs,
    context: &Context,
    options: PlanOptions,
) -> Result<Exit, Failure> {
    let map = &loaded.map;
    let mut given = Vec::new();
    if let Some(path) = &args.answers_file {
        given.extend(read_answers_file(path)?);
    }
    let from_file = given.len();
    for flag in &args.answers {
        let Some((id, value)) = flag.split_once('=') else {
            return Err(Failure::Usage(tr!(
                "`{flag}` is geen antwoord; schrijf --answer vraag-id=waarde, bijvoorbeeld --answer signaal=verzuim",
                "`{flag}` is not an answer; write --answer question-id=value, for example --answer signaal=verzuim"
            )));
        };
        if id.trim().is_empty() {
            return Err(Failure::Usage(tr!(
                "`{flag}` noemt geen vraag; zet het id van de vraag vóór de `=`: --answer vraag-id=waarde",
                "`{flag}` names no question; put the question's id before the `=`: --answer question-id=value"
            )));
        }
        given.push(Given {
            id: id.trim().to_string(),
            value: value.to_string(),
            location: None,
        });
    }
    let lang = crate::i18n::current();
    let answers = answer::check_given(map, &given).map_err(|e| Failure::Usage(e.text(lang)))?;
    // Flags override the file, but two flags for one question are refused.
    if let Some(message) = answer::repeated(map, &given[from_file..], lang) {
        return Err(Failure::Usage(message));
    }
    let school = crate::shell::school::load(map, args.school.as_deref())?;
    let session =
        Session::with_answers(map, answers).with_preset(School::preset(school.as_ref(), map));
    let walk = session.walk();
    if let Some(next) = walk.next {
        let view = render::question_view(map, next);
        let out = match args.format {
            Format::Text | Format::Html => text::question(&view),
            Format::Markdown => markdown::question(&view),
            Format::Json => json::question(&view, &render::answer_views(map, &walk.steps)),
        };
        print(&out)?;
        return Ok(Exit::NeedsAnswer);
    }
    let unused = session.unused_answers(&walk);
    if !unused.is_empty() {
        let ids: Vec<String> = unused
            .iter()
            .map(|&q| map.questions[q].id.clone())
            .collect();
        let route: Vec<String> = walk
            .steps
            .iter()
            .map(|s| map.questions[s.question].id.clone())
            .collect();
        let (ids, route) = (
            crate::i18n::format::list(crate::i18n::current(), &ids),
            crate::i18n::format::list(crate::i18n::current(), &route),
        );
        return Err(Failure::Usage(
            match (unused.len() == 1, crate::i18n::current()) {
                (true, Lang::Nl) => format!(
                    "vraag {ids} ligt niet op de route van deze antwoorden; laat dat antwoord weg.\n\
                 De route vraagt: {route}."
                ),
                (false, Lang::Nl) => format!(
                    "vragen {ids} liggen niet op de route van deze antwoorden; laat die antwoorden weg.\n\
                 De route vraagt: {route}."
                ),
                (true, Lang::En) => format!(
                    "question {ids} is not on the route of these answers; leave that answer out.\n\
                 The route asks: {route}."
                ),
                (false, Lang::En) => format!(
                    "questions {ids} are not on the route of these answers; leave those answers out.\n\
                 The route asks: {route}."
                ),
            },
        ));
    }
    let plan = Plan::build(map, &walk);
    let mut view = render::plan_view(map, &plan, context);
    School::add_to(school.as_ref(), &mut view, map, &plan, context.date);
    let out = match args.format {
        Format::Text => text::plan(&view, options),
        Format::Html => render::html::plan::plan(&view, options),
        Format::Markdown => markdown::plan(&view),
        Format::Json => json::plan(&view),
    };
    if let Some(path) = &args.output {
        save(path, &out, args.force)?;
        let shown = path.display();
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            tr!("Plan opgeslagen in {shown}.", "Plan saved in {shown}.")
        );
    }
    print(&out)?;
    Ok(Exit::Success)
}

fn read_answers_file(path: &Path) -> Result<Vec<Given>, Failure> {
    let text = load::read_text(path).map_err(|d| Failure::File(vec![d], Vec::new()))?;
    let source = SourceFile::new(path.display().to_string(), text);
    let file: AnswersFile = parse(&source).map_err(|d| {
        let first_key = source
            .text
            .lines()
            .map(|line| line.trim_start_matches('\u{feff}'))
            .find(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
        if first_key.is_some_and(|line| line.starts_with("antwoorden:")) {
            let name = &source.name;
            Failure::Usage(tr!(
                "{name}: een antwoordenbestand heeft per regel `vraag: antwoord`, zonder `antwoorden:` erboven (die kop hoort bij een scenario in scenarios.yaml); haal de kop weg en de inspringing terug",
                "{name}: an answers file has `question: answer` per line, without `antwoorden:` above (that heading belongs to a scenario in scenarios.yaml); remove the heading and the indentation"
            ))
        } else {
            Failure::File(vec![d], vec![source.clone()])
        }
    })?;
    Ok(file
        .antwoorden
        .into_iter()
        .map(|(id, value)| Given {
            location: Location::of(&source.name, &id),
            id: id.value,
            value: value.to_text(),
        })
        .collect())
}
