//! One function per subcommand: command line → core → rendered text → stdout.
//!
//! The thin shell around the pure core. It reads the clock and the files, prints,
//! and decides the exit code; every failure is printed once, here, in Dutch.

use crate::answer::{self, Given};
use crate::cli::{AdviseArgs, Cli, Command, Format};
use crate::date::Date;
use crate::diagnostic::{self, Diagnostic};
use crate::engine::Session;
use crate::exit::Exit;
use crate::load::{self, LoadError, Loaded, MapSource};
use crate::model::AnswersFile;
use crate::parse::parse;
use crate::plan::Plan;
use crate::render::{self, Context, json, markdown, text};
use crate::save::save;
use crate::source::{Location, SourceFile};
use std::io::Write;
use std::path::Path;

/// Why a run could not finish normally. Printed once by [`run`].
#[derive(Debug)]
pub enum Failure {
    /// The map did not load: every problem, with the texts to quote.
    Load(LoadError),
    /// Problems in a file other than the map (an answers file).
    File(Vec<Diagnostic>, Vec<SourceFile>),
    /// A wrong call or answer, already worded in Dutch.
    Usage(String),
    /// The user stopped the questionnaire.
    Interrupted,
    /// Something outside our control failed (writing a file, the terminal).
    Other(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(error: anyhow::Error) -> Self {
        Failure::Other(error)
    }
}

impl Failure {
    fn exit(&self) -> Exit {
        match self {
            Failure::Interrupted => Exit::Interrupted,
            _ => Exit::Usage,
        }
    }

    fn message(&self) -> String {
        match self {
            Failure::Load(error) => {
                let count = error.diagnostics.len();
                format!(
                    "{}De routekaart kan niet geladen worden: {count} {}.\n",
                    diagnostic::render(&error.diagnostics, &error.sources),
                    if count == 1 { "fout" } else { "fouten" }
                )
            }
            Failure::File(diagnostics, sources) => diagnostic::render(diagnostics, sources),
            Failure::Usage(message) => format!("fout: {}\n", message.trim_end()),
            Failure::Interrupted => "Gestopt. Er is niets opgeslagen.\n".into(),
            Failure::Other(error) => format!("fout: {error:#}\n"),
        }
    }
}

/// Runs the command line and returns the exit code; prints any failure to stderr.
pub fn run(cli: Cli) -> Exit {
    match dispatch(cli) {
        Ok(exit) => exit,
        Err(failure) => {
            let _ = std::io::stderr().write_all(failure.message().as_bytes());
            failure.exit()
        }
    }
}

fn dispatch(cli: Cli) -> Result<Exit, Failure> {
    let source = match &cli.routekaart {
        Some(dir) => MapSource::Folder(dir.clone()),
        None => MapSource::Embedded,
    };
    let context = Context {
        date: today(),
        map_argument: cli.routekaart.as_ref().map(|p| p.display().to_string()),
    };
    match cli.command {
        None => crate::ask::run(&source, &context, None, false),
        Some(Command::Ask(args)) => crate::ask::run(&source, &context, args.output, args.force),
        Some(Command::Advise(args)) => {
            let loaded = load_map(&source)?;
            advise(&loaded, &args, &context)
        }
    }
}

/// Loads the map or fails with all its problems.
pub fn load_map(source: &MapSource) -> Result<Loaded, Failure> {
    load::load(source).map_err(Failure::Load)
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
    Date::from_unix_seconds(seconds + crate::date::amsterdam_offset_seconds(seconds))
}

fn advise(loaded: &Loaded, args: &AdviseArgs, context: &Context) -> Result<Exit, Failure> {
    let map = &loaded.map;
    let mut given = Vec::new();
    if let Some(path) = &args.answers_file {
        given.extend(read_answers_file(path)?);
    }
    for flag in &args.answers {
        let Some((id, value)) = flag.split_once('=') else {
            return Err(Failure::Usage(format!(
                "`{flag}` is geen antwoord; schrijf --answer vraag-id=waarde, bijvoorbeeld --answer signaal=verzuim"
            )));
        };
        given.push(Given {
            id: id.trim().to_string(),
            value: value.to_string(),
            location: None,
        });
    }
    let answers = answer::check_given(map, &given).map_err(|e| Failure::Usage(e.to_string()))?;
    let session = Session::with_answers(map, answers);
    let walk = session.walk();
    if let Some(next) = walk.next {
        let view = render::question_view(map, next);
        let out = match args.format {
            Format::Text => text::question(&view),
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
        let (noun, verb, these) = if ids.len() == 1 {
            ("vraag", "ligt", "dat antwoord")
        } else {
            ("vragen", "liggen", "die antwoorden")
        };
        return Err(Failure::Usage(format!(
            "{noun} {} {verb} niet op de route van deze antwoorden; laat {these} weg.\n\
             De route vraagt: {}.",
            diagnostic::list(&ids),
            diagnostic::list(&route)
        )));
    }
    let plan = Plan::build(map, &walk);
    let view = render::plan_view(map, &plan, context);
    let out = match args.format {
        Format::Text => text::plan(&view),
        Format::Markdown => markdown::plan(&view),
        Format::Json => json::plan(&view),
    };
    if let Some(path) = &args.output {
        save(path, &out, args.force)?;
        let _ = writeln!(std::io::stderr(), "Plan opgeslagen in {}.", path.display());
    }
    print(&out)?;
    Ok(Exit::Success)
}

fn read_answers_file(path: &Path) -> Result<Vec<Given>, Failure> {
    let text = load::read_text(path).map_err(|d| Failure::File(vec![d], Vec::new()))?;
    let source = SourceFile::new(path.display().to_string(), text);
    let file: AnswersFile =
        parse(&source).map_err(|d| Failure::File(vec![d], vec![source.clone()]))?;
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

/// Writes to stdout; a closed pipe (`| head`) is a normal end, not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Other(
            anyhow::Error::new(e).context("kan niet naar de uitvoer schrijven"),
        )),
        _ => Ok(()),
    }
}
