//! Why a run could not finish, worded once for stderr; loading a map and
//! printing to stdout, the two steps every command can fail at.

use crate::core::compile::LoadError;
use crate::core::compile::Loaded;
use crate::core::diagnostic::Diagnostic;
use crate::core::source::SourceFile;
use crate::i18n::pick;
use crate::shell::exit::Exit;
use crate::shell::load::{self, MapSource};
use crate::tr;
use std::io::Write;

/// Why a run could not finish normally. Printed once by [`run`].
#[derive(Debug)]
pub enum Failure {
    /// The map did not load: every problem, with the texts to quote.
    Load(LoadError),
    /// Problems in a file other than the map (an answers file).
    File(Vec<Diagnostic>, Vec<SourceFile>),
    /// The school's profile did not load or does not fit the map.
    Profile(Vec<Diagnostic>, Vec<SourceFile>),
    /// A wrong call or answer, already worded in the run's language.
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
    pub(crate) fn exit(&self) -> Exit {
        match self {
            Failure::Interrupted => Exit::Interrupted,
            _ => Exit::Usage,
        }
    }

    /// The message for stderr; ANSI colour only when `colour` is set.
    pub(crate) fn message(&self, colour: bool) -> String {
        let word = pick("fout", "error");
        let error = if colour {
            format!("\x1b[1;31m{word}\x1b[0m")
        } else {
            word.to_string()
        };
        match self {
            Failure::Load(load) => {
                let rendered = crate::render::diagnostics::render_styled(
                    crate::i18n::current(),
                    &load.diagnostics,
                    &load.sources,
                    colour,
                );
                let errors = crate::i18n::format::count(
                    load.diagnostics.len(),
                    pick("fout", "error"),
                    pick("fouten", "errors"),
                );
                tr!(
                    "{rendered}De routekaart kan niet geladen worden: {errors}.\n",
                    "{rendered}The map cannot be loaded: {errors}.\n"
                )
            }
            Failure::File(diagnostics, sources) => crate::render::diagnostics::render_styled(
                crate::i18n::current(),
                diagnostics,
                sources,
                colour,
            ),
            Failure::Profile(diagnostics, sources) => {
                let lang = crate::i18n::current();
                let rendered =
                    crate::render::diagnostics::render_styled(lang, diagnostics, sources, colour);
                let end = crate::t!(lang, "school-laadt-niet", n = diagnostics.len());
                format!("{rendered}{end}\n")
            }
            // A message may quote what the user typed or a file held: never terminal control.
            Failure::Usage(message) => format!("{error}: {}\n", crate::core::text::clean(message)),
            Failure::Interrupted => pick(
                "Gestopt. Er is niets opgeslagen.\n",
                "Stopped. Nothing was saved.\n",
            )
            .into(),
            Failure::Other(other) => {
                format!(
                    "{error}: {}\n",
                    crate::core::text::clean(&format!("{other:#}"))
                )
            }
        }
    }
}

/// Loads the map or fails with all its problems.
pub fn load_map(source: &MapSource) -> Result<Loaded, Failure> {
    load::load(source).map_err(Failure::Load)
}

/// Loads the map, limited to the national core and one region when `region`
/// (`--regio`) is given.
pub fn load_map_in(source: &MapSource, region: Option<&str>) -> Result<Loaded, Failure> {
    let Some(region) = region else {
        return load_map(source);
    };
    let sources = load::sources(source).map_err(Failure::Load)?;
    let sources = select_region(sources, region)?;
    crate::core::compile::compile(sources).map_err(Failure::Load)
}

/// [`crate::core::region::select`], with an unknown region as a usage failure
/// that names the regions there are.
pub fn select_region(sources: Vec<SourceFile>, region: &str) -> Result<Vec<SourceFile>, Failure> {
    crate::core::region::select(sources, region).map_err(|known| {
        let lang = crate::i18n::current();
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        let message = crate::t!(lang, "regio-onbekend", region = region);
        let help = crate::t_help!(lang, "regio-onbekend", known = known.as_str());
        Failure::Usage(match help {
            Some(help) => format!("{message}; {help}"),
            None => message,
        })
    })
}

/// Writes to stdout; a closed pipe (`| head`) is a normal end, not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Other(anyhow::Error::new(e).context(pick(
                "kan niet naar de uitvoer schrijven",
                "cannot write to the output",
            ))))
        }
        _ => Ok(()),
    }
}
